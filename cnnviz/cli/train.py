"""`python -m cnnviz train ...` and `python -m cnnviz evaluate ...` (registered in cnnviz.cli.main)."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from cnnviz.cli.common import CliError, add_architecture_args, load_architecture
from cnnviz.i18n import t

EXIT_FAILED = 1


def _config(args: argparse.Namespace) -> Any:
    from cnnviz.train.config import TrainingConfig

    return TrainingConfig(
        dataset=args.dataset.replace("-", "_"), optimizer=args.optimizer, learning_rate=args.learning_rate,
        momentum=args.momentum, lr_schedule=args.lr_schedule, batch_size=args.batch_size, epochs=args.epochs,
        loss=args.loss, val_fraction=args.val_fraction, seed=args.seed, limit=args.limit,
        early_stopping=args.patience is not None, patience=args.patience or 0,
        data_path=args.data_path, sample=args.sample)


def _print_epoch(e: Any, epochs: int) -> None:
    # Keras' metric names (loss, val_accuracy...) stay as they are in every language: they are what Keras prints.
    val = f" val_loss {e.val_loss:.4f} val_accuracy {e.val_accuracy:.4f}" if e.val_loss is not None else ""
    print(t("cli.epoch_line", epoch=e.epoch, epochs=epochs, loss=e.loss, accuracy=e.accuracy, val=val,
            speed=e.samples_per_s, seconds=e.elapsed), flush=True)


def _report(progress: Any) -> int:
    if progress.state in ("failed", "interrupted"):
        print(t("cli.error", reason=t("cli.training_ended", state=progress.state_text, message=progress.message)),
              file=sys.stderr)
        return EXIT_FAILED
    test = progress.test_metrics
    print(t("cli.training_result", state=progress.state_text, accuracy=test.get("accuracy", float("nan")),
            loss=test.get("loss", float("nan")), n=test.get("n", 0), folder=str(progress.run_dir)))
    if progress.state == "diverged":
        print(t("cli.warning", text=progress.message), file=sys.stderr)
    return 0


def _train_here(arch: Any, config: Any, args: argparse.Namespace) -> int:
    """In this process (no cluster needed)."""
    from cnnviz.train.job import TrainingJob

    job = TrainingJob(arch, config, name=args.name or Path(args.out).name, run_dir=args.out,
                      on_epoch=lambda e: _print_epoch(e, config.epochs)).start()
    try:
        while not job.wait(0.5):
            pass
    except KeyboardInterrupt:
        print(t("cli.stopping_abort"), file=sys.stderr, flush=True)
        job.stop()
        job.wait()
    return _report(job.snapshot())


def _train_on_cluster(arch: Any, config: Any, args: argparse.Namespace) -> int:
    """Queued on the Dask cluster (`$CNNVIZ_SCHEDULER`, else an embedded one), reading the run folder as the
    pages do; Ctrl-C asks the job to stop."""
    from cnnviz.data.training_data import load_training_dataset
    from cnnviz.runs import store as runs
    from cnnviz.train import jobs
    from cnnviz.train.progress import RunStream

    out = Path(args.out)
    dataset = load_training_dataset(config.dataset, config.data_path, sample=config.sample)
    runtime = jobs.JobRuntime(jobs.RuntimeSettings.from_environment())
    try:
        run_dir = jobs.queue_training(runtime, "cli", out.parent, arch, config, args.name or out.name,
                                      len(dataset.x_train) + len(dataset.x_test), run_dir=out)
        stream, printed = RunStream(run_dir), 0
        while True:
            try:
                time.sleep(0.5)
                info = runs.load_run(run_dir)
                stream.update()
                epochs = [e for e in stream.events if e.kind == "epoch"]
                for event in epochs[printed:]:
                    _print_epoch(event, config.epochs)
                printed = len(epochs)
                if not info.active:
                    return _report(stream.update().progress(info.status, info.status_message))
            except KeyboardInterrupt:
                print(t("cli.stopping"), file=sys.stderr, flush=True)
                runs.request_stop(run_dir)
    finally:
        runtime.close()


def _train(args: argparse.Namespace) -> int:
    from cnnviz.data.datasets import DataError
    from cnnviz.runs.layout import RunError
    from cnnviz.train.config import ConfigError
    from cnnviz.train.jobs import JobRefused

    arch = load_architecture(args.arch, args.preset)
    try:
        config = _config(args)
        if Path(args.out, "run.json").exists():
            raise CliError("cli.out_holds_a_run", folder=str(args.out))
        return _train_on_cluster(arch, config, args) if args.cluster else _train_here(arch, config, args)
    except (ConfigError, DataError, RunError, JobRefused) as exc:
        raise CliError(exc.key, **exc.params) from None


def register_train(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("train", help="train an architecture and save the run folder (one line per epoch)")
    add_architecture_args(p)
    p.add_argument("--dataset", required=True,
                   help="mnist, fashion_mnist, cifar10, or user with --data-path <your dataset's folder>")
    p.add_argument("--sample", action="store_true", help="MNIST: use the bundled 5,000-digit sample")
    p.add_argument("--data-path", help="folder of IDX files or an .npz to load the dataset from; for --dataset "
                                       "user, the folder `import-dataset` made")
    p.add_argument("--epochs", type=int, default=5)
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--limit", type=int, help="train on at most this many images (stratified)")
    p.add_argument("--optimizer", default="adam", choices=("adam", "rmsprop", "sgd"))
    p.add_argument("--learning-rate", type=float, default=0.001)
    p.add_argument("--momentum", type=float, default=0.9, help="SGD only")
    p.add_argument("--lr-schedule", default="constant", choices=("constant", "cosine"))
    p.add_argument("--loss", default="sparse", choices=("sparse", "categorical"))
    p.add_argument("--val-fraction", type=float, default=0.2)
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--patience", type=int, help="early stopping on val_loss with this patience (off if omitted)")
    p.add_argument("--name", help="display name of the run (default: the folder name)")
    p.add_argument("--out", required=True, help="the run folder to create")
    p.add_argument("--cluster", action="store_true",
                   help="queue the job on the Dask cluster at $CNNVIZ_SCHEDULER (else start an embedded one) instead "
                        "of training in this process")
    p.set_defaults(run=_train)


def _evaluate(args: argparse.Namespace) -> int:
    from cnnviz.data.datasets import DataError
    from cnnviz.models.modelfile import ModelLoadError
    from cnnviz.runs.layout import RunError
    from cnnviz.train.config import ConfigError
    from cnnviz.train.evaluate import evaluate_run

    try:
        result = evaluate_run(args.run_dir, split=args.split, which=args.model)
    except (ConfigError, DataError, RunError, ModelLoadError, KeyError, ValueError) as exc:
        raise CliError(str(exc)) from None
    for note in result["notes"]:  # what was damaged and what was used instead, also with --json
        print(t("cli.note", note=note), file=sys.stderr)
    if args.json:
        print(json.dumps(result))
        return 0
    print(t("cli.evaluation", split=result["split"], accuracy=result["accuracy"], loss=result["loss"], n=result["n"]))
    print(t("cli.confusion_title"))
    for name, row in zip(result["class_names"], result["confusion_matrix"], strict=True):
        print(f"  {name[:12]:>12} " + " ".join(f"{v:5d}" for v in row))
    return 0


def register_evaluate(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("evaluate", help="accuracy, loss and confusion matrix of a saved run")
    p.add_argument("run_dir", help="a run folder (written by `train` or the app)")
    p.add_argument("--split", default="test", choices=("train", "val", "test"),
                   help="train/val are re-made from the run's saved dataset, fraction, seed and limit")
    p.add_argument("--model", default="final", choices=("final", "best"), help="final.keras or best.keras")
    p.add_argument("--json", action="store_true", help="print JSON: accuracy, loss, confusion_matrix, ...")
    p.set_defaults(run=_evaluate)
