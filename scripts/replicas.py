"""Several cnnviz web processes behind nginx, for a class bigger than one Streamlit process serves well.

    python scripts/replicas.py --replicas 2 --port 8080

starts a Dask scheduler and one worker (or uses `--scheduler tcp://HOST:8786`), N `streamlit run app.py` replicas on
loopback ports sharing the data folders and the cluster, and nginx in front of them with sticky sessions
(scripts/nginx-cnnviz.conf.template); prints the address, restarts a replica that dies, and stops everything on
Ctrl-C. Settings such as CNNVIZ_CLASS_MODE and CNNVIZ_DATA_DIR are passed on to every replica.
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "scripts" / "nginx-cnnviz.conf.template"
LINK_TOO_LONG_PAGE = ROOT / "scripts" / "link-too-long.html"  # what nginx answers a request it cannot read
NGINX_MISSING = "nginx not found: install it (Debian/Ubuntu: apt-get install nginx)"


def _inline_page(path: Path) -> str:
    """A page for nginx to `return` inside single quotes: no quote, backslash or `$` (nginx's variables)."""
    text = path.read_text(encoding="utf-8")
    if set("'\\$") & set(text):
        raise ValueError(f"{path} must not hold ', \\ or $ (it is inlined into nginx.conf)")
    return text


def render_config(replica_ports: Sequence[int], listen: str, prefix: Path) -> Path:
    """Write `prefix`/nginx.conf: nginx on `listen` (e.g. 127.0.0.1:8080) in front of replicas on these loopback
    ports, its logs and temp files under `prefix`. Returns the file."""
    prefix = prefix.resolve()
    prefix.mkdir(parents=True, exist_ok=True)
    addresses = [f"127.0.0.1:{port}" for port in replica_ports]
    indent = " " * 8
    upstreams = [
        f"    upstream cnnviz_{port} {{\n{indent}server {address} max_fails=1 fail_timeout=10s;\n"
        + "".join(f"{indent}server {other} backup;\n" for other in addresses if other != address) + "    }"
        for port, address in zip(replica_ports, addresses, strict=True)]
    fields = {"prefix": str(prefix), "listen": listen,
              "servers": "\n".join(f"{indent}server {a} max_fails=1 fail_timeout=10s;" for a in addresses),
              "upstreams": "\n".join(upstreams),
              "routes": "\n".join(f'{indent}"{a}" cnnviz_{p};' for p, a in zip(replica_ports, addresses, strict=True)),
              "link_too_long_page": _inline_page(LINK_TOO_LONG_PAGE)}
    text = TEMPLATE.read_text()
    for key, value in fields.items():
        text = text.replace("{{" + key + "}}", value)
    if "{{" in text:
        raise ValueError(f"{TEMPLATE} has a field render_config does not fill in")
    conf = prefix / "nginx.conf"
    conf.write_text(text)
    return conf


def nginx_command(prefix: Path, conf: Path) -> list[str]:
    """nginx in the foreground, everything it writes under `prefix` (runs as any user)."""
    nginx = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/usr/local/sbin:/usr/local/nginx/sbin")
    if nginx is None:
        raise FileNotFoundError(NGINX_MISSING)
    prefix = prefix.resolve()
    return [nginx, "-p", f"{prefix}/", "-c", str(conf.resolve()), "-g", f"daemon off; pid {prefix}/nginx.pid;"]


def replica_command(port: int) -> list[str]:
    return [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true", "--server.port",
            str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"]


def replica_environment(cookie_secret: str, scheduler: str | None, environ: Mapping[str, str] = os.environ
                        ) -> dict[str, str]:
    """Every replica signs its cookies (the login's, with `[auth]`) with the same secret, so a student moved to
    another replica stays logged in; it is passed in the environment, where `ps` does not show it."""
    env = {**environ, "STREAMLIT_SERVER_COOKIE_SECRET": cookie_secret, "PYTHONUNBUFFERED": "1"}
    if scheduler:
        env["CNNVIZ_SCHEDULER"] = scheduler
    return env


def wait_until_up(url: str, process: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[0]} exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"nothing answered at {url} within {timeout:.0f} s")


def spawn(command: Sequence[str], env: Mapping[str, str] | None = None) -> subprocess.Popen:
    """A child in its own process group: Ctrl-C reaches only this script, which stops the children in order (nginx,
    replicas, workers, scheduler) instead of all at once."""
    return subprocess.Popen(command, cwd=ROOT, env=env, process_group=0)


def stop(processes: Sequence[subprocess.Popen]) -> None:
    for process in processes:
        if process.poll() is None:
            process.terminate()
    for process in processes:
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--replicas", type=int, default=2, help="Streamlit processes (default 2)")
    parser.add_argument("--port", type=int, default=8080, help="nginx's port, the one students open (default 8080)")
    parser.add_argument("--host", default="0.0.0.0", help="nginx's address (default all: the class's network)")
    parser.add_argument("--first-replica-port", type=int, default=8501, help="replicas on this port and the next")
    parser.add_argument("--scheduler", help="an existing Dask scheduler (tcp://HOST:8786) instead of starting one")
    parser.add_argument("--dask-port", type=int, default=8786, help="port of the scheduler started here")
    parser.add_argument("--workers", type=int, default=1, help="Dask workers started here (one trains one job)")
    parser.add_argument("--prefix", type=Path, help="folder for nginx's config, logs, temp files (default: a temp one)")
    args = parser.parse_args(argv)

    prefix = args.prefix or Path(tempfile.mkdtemp(prefix="cnnviz-nginx-"))
    ports = [args.first_replica_port + i for i in range(args.replicas)]
    command = nginx_command(prefix, render_config(ports, f"{args.host}:{args.port}", prefix))
    subprocess.run([*command[:-2], "-t", "-q"], check=True)  # a wrong config stops here, before anything starts
    for stop_signal in (signal.SIGINT, signal.SIGTERM):  # Ctrl-C, or `kill`: stop everything started here
        signal.signal(stop_signal, signal.default_int_handler)
    processes: list[subprocess.Popen] = []
    try:
        scheduler = args.scheduler
        if scheduler is None:
            scheduler = f"tcp://127.0.0.1:{args.dask_port}"
            # a job is never retried: a worker that died training it (out of memory) ends it (cnnviz/train/jobs.py)
            dask_env = {**os.environ, "PYTHONPATH": str(ROOT), "DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "0"}
            processes.append(spawn([sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
                                    "--port", str(args.dask_port), "--no-dashboard"], dask_env))
            processes += [spawn([sys.executable, "-m", "distributed.cli.dask_worker", scheduler, "--nthreads", "1",
                                 "--no-dashboard"], dask_env) for _ in range(args.workers)]
        env = replica_environment(secrets.token_hex(32), scheduler)
        replicas = {port: spawn(replica_command(port), env) for port in ports}
        processes += replicas.values()
        for port, replica in replicas.items():
            wait_until_up(f"http://127.0.0.1:{port}/_stcore/health", replica)
        nginx = spawn(command)
        processes.append(nginx)
        host = "127.0.0.1" if args.host in ("0.0.0.0", "*") else args.host
        wait_until_up(f"http://{host}:{args.port}/_stcore/health", nginx)
        print(f"\ncnnviz: http://{host}:{args.port}  ({args.replicas} replicas, Dask at {scheduler}, nginx files in "
              f"{prefix}). Ctrl-C stops them all.\n", flush=True)
        while nginx.poll() is None:
            time.sleep(2)
            for port, replica in replicas.items():
                if replica.poll() is not None:  # died (out of memory?): its students are on the others by now
                    print(f"replica on port {port} exited with {replica.returncode}: starting it again", flush=True)
                    replicas[port] = spawn(replica_command(port), env)
                    processes.append(replicas[port])
        sys.exit(f"nginx exited with {nginx.returncode} (see {prefix}/error.log)")
    except KeyboardInterrupt:
        print("stopping nginx, the replicas and the Dask processes started here", flush=True)
    finally:
        stop(processes[::-1])


if __name__ == "__main__":
    main()
