"""`python -m cnnviz train ...` and `python -m cnnviz evaluate ...` (registered in cnnviz.cli)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from cnnviz.cli import CliError, add_architecture_args, load_architecture

EXIT_FAILED = 1


def _train(args: argparse.Namespace) -> int:
    from cnnviz.data import DataError
    from cnnviz.runs import RunError
    from cnnviz.training import ConfigError, TrainingConfig, TrainingEvent, TrainingJob

    arch = load_architecture(args.arch, args.preset)
    try:
        config = TrainingConfig(
            dataset=args.dataset.replace("-", "_"), optimizer=args.optimizer, learning_rate=args.learning_rate,
            momentum=args.momentum, lr_schedule=args.lr_schedule, batch_size=args.batch_size, epochs=args.epochs,
            loss=args.loss, val_fraction=args.val_fraction, seed=args.seed, limit=args.limit,
            early_stopping=args.patience is not None, patience=args.patience or 0,
            data_path=args.data_path, sample=args.sample)
        if Path(args.out, "run.json").exists():
            raise CliError(f"{args.out} already holds a run; choose another --out folder")

        def print_epoch(e: TrainingEvent) -> None:
            val = f" val_loss {e.val_loss:.4f} val_accuracy {e.val_accuracy:.4f}" if e.val_loss is not None else ""
            print(f"epoch {e.epoch}/{config.epochs}: loss {e.loss:.4f} accuracy {e.accuracy:.4f}{val} "
                  f"({e.samples_per_s:,.0f} samples/s, {e.elapsed:.1f} s)", flush=True)

        job = TrainingJob(arch, config, name=args.name or Path(args.out).name, run_dir=args.out,
                          on_epoch=print_epoch).start()
        try:
            while not job.wait(0.5):
                pass
        except KeyboardInterrupt:
            print("stopping after the current batch (Ctrl-C again to abort)…", file=sys.stderr, flush=True)
            job.stop()
            job.wait()
    except (ConfigError, DataError, RunError) as exc:
        raise CliError(str(exc)) from None
    progress = job.snapshot()
    if progress.state == "failed":
        print(f"error: training failed: {progress.message}", file=sys.stderr)
        return EXIT_FAILED
    test = progress.test_metrics
    print(f"{progress.state}: test accuracy {test.get('accuracy', float('nan')):.4f} "
          f"loss {test.get('loss', float('nan')):.4f} on {test.get('n', 0):,} images; run saved in {progress.run_dir}")
    return 0


def register_train(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("train", help="train an architecture and save the run folder (one line per epoch)")
    add_architecture_args(p)
    p.add_argument("--dataset", required=True, help="mnist, fashion_mnist or cifar10")
    p.add_argument("--sample", action="store_true", help="MNIST: use the bundled 5,000-digit sample")
    p.add_argument("--data-path", help="folder of IDX files or an .npz to load the dataset from")
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
    p.set_defaults(run=_train)


def _evaluate(args: argparse.Namespace) -> int:
    from cnnviz.data import DataError
    from cnnviz.runs import RunError
    from cnnviz.training import ConfigError, evaluate_run

    try:
        result = evaluate_run(args.run_dir, split=args.split, which=args.model)
    except (ConfigError, DataError, RunError, KeyError) as exc:
        raise CliError(str(exc)) from None
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"{result['split']}: accuracy {result['accuracy']:.4f}, loss {result['loss']:.4f} on {result['n']:,} images")
    print("confusion matrix (rows: true class, columns: predicted):")
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
