"""Build page: what one rerun computes (every widget change reruns the page), per architecture.

Side by side in one run: the page's own work (summarize, table frame, diagram, Keras script), the diagram
drawn with one `fig.add_annotation` call per label (how it was first written), and building the Keras model
to ask it for `count_params()` (what a page without the pure shape math would pay on every keystroke).
Target: the page's work under 100 ms per rerun for the presets and a 40-layer net.
Run: python -m bench.bench_build
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")


def median_ms(fn: Callable[[], object], rounds: int = 5) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    import plotly.graph_objects as go

    from bench.bench_shapes import forty_layer_net
    from cnnviz.arch.codegen import keras_script
    from cnnviz.arch.presets import PRESETS
    from cnnviz.arch.shapes import summarize
    from cnnviz.figures.architecture import _annotations, architecture_figure, layer_boxes
    from cnnviz.models.builder import build_model
    from pages.build.build_form import summary_frame

    def page_work(arch) -> None:
        summary = summarize(arch)
        summary_frame(summary)
        architecture_figure(summary)
        keras_script(arch)

    def diagram_one_call_per_label(arch) -> None:
        summary = summarize(arch)
        fig = architecture_figure(summary)
        fig.layout.annotations = ()
        for annotation in _annotations(layer_boxes(summary)):
            fig.add_annotation(**annotation)
        assert isinstance(fig, go.Figure)

    def keras_count(arch) -> None:
        build_model(arch).count_params()

    archs = {name: p.architecture for name, p in PRESETS.items()} | {"40-layer": forty_layer_net()}
    keras_count(archs["lenet5"])  # import TensorFlow before timing
    print(f"{'architecture':<18}{'page rerun':>12}{'diagram, add_annotation':>26}{'Keras build+count':>20}")
    for name, arch in archs.items():
        ours = median_ms(lambda a=arch: page_work(a))
        slow = median_ms(lambda a=arch: diagram_one_call_per_label(a), rounds=3)
        keras = median_ms(lambda a=arch: keras_count(a), rounds=3)
        print(f"{name:<18}{ours:>9.1f} ms{slow:>16.1f} ms ({slow / ours:4.0f}×)"
              f"{keras:>11.1f} ms ({keras / ours:4.1f}×)")


if __name__ == "__main__":
    main()
