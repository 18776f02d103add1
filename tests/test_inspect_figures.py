"""Figures of the look-inside pages: what hovering a tile says, and the confusion matrix's layout."""

from __future__ import annotations

import numpy as np

from cnnviz.figures.inspect import (
    confusion_heatmap,
    feature_map_grid,
    gallery_titles,
    image_gallery,
    kernel_grid,
)


def test_hovering_a_feature_map_gives_coordinates_inside_that_map() -> None:
    from cnnviz.figures.inspect import INVISIBLE

    maps = np.arange(28 * 28 * 6, dtype=np.float32).reshape(28, 28, 6)
    for shared in (True, False):
        trace = feature_map_grid(maps, "t", shared_scale=shared).data[0]
        custom = np.asarray(trace.customdata)
        channel = custom if shared else custom[..., 0]
        value = np.asarray(trace.z) if shared else custom[..., 1]
        xs = [label.replace(INVISIBLE, "") for label in trace.x]  # what hover shows as %{x}, %{y}
        ys = [label.replace(INVISIBLE, "") for label in trace.y]
        # Find the mosaic pixel showing channel 4 at x=17, y=3 and check what its hover reports.
        hits = [(y, x) for y, x in np.argwhere(channel == 4) if xs[x] == "17" and ys[y] == "3"]
        assert len(hits) == 1
        y, x = hits[0]
        assert value[y, x] == maps[3, 17, 4]
        assert x > 28 or y > 28  # channel 4 does not sit at the grid's origin: grid and map coordinates differ
        shown = {int(xs[x]) for x in range(len(xs)) if (channel[:, x] >= 0).any()}
        assert shown == set(range(28))  # never beyond the 28×28 map
        assert len(set(trace.x)) == len(trace.x) and len(set(trace.y)) == len(trace.y)  # one category per column
        assert "%{x}" in trace.hovertemplate and "%{y}" in trace.hovertemplate


def test_hovering_a_kernel_gives_the_row_and_column_inside_that_kernel() -> None:
    weights = np.random.default_rng(0).normal(size=(3, 3, 1, 12)).astype(np.float32)
    custom = np.asarray(kernel_grid(weights, "k").data[0].customdata)
    for filter_index in range(12):
        cells = custom[custom[..., 0] == filter_index]
        assert sorted({(int(r), int(c)) for _, r, c in cells}) == [(r, c) for r in range(3) for c in range(3)]


def test_confusion_matrix_labels_leave_room_for_long_class_names() -> None:
    names = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]
    fig = confusion_heatmap(np.eye(10, dtype=int) * 90 + 1, names)
    assert fig.layout.xaxis.tickangle in (-45, -90) and fig.layout.xaxis.automargin and fig.layout.yaxis.automargin
    assert fig.layout.yaxis.scaleanchor == "x"  # square cells, never squeezed into a strip


def test_gallery_titles_are_short_enough_for_their_tiles() -> None:
    # Once "#1234 · P(Coat)=0.83 · P(true)=0.10": six of them in a row overlapped at 1024 px.
    titles = gallery_titles(np.array([1234, 7, 9999]), np.array([0.83, 0.5, 0.99]), np.array([0.1, 0.2, 0.0]))
    assert titles[0] == "#1234<br>0.83 · 0.10"
    assert all(len(line) <= 12 for title in titles for line in title.split("<br>"))
    assert gallery_titles(np.array([5]), np.array([0.9]), None) == ["#5<br>0.90"]
    fig = image_gallery(np.zeros((3, 28, 28, 1), np.float32), titles, columns=6)
    assert [a.text for a in fig.layout.annotations] == titles


def test_the_figures_built_unchecked_validate() -> None:
    """The figures redrawn on every click are built without plotly's validation (cnnviz.figures.unchecked_figure):
    rebuilt with validation, each must be the same figure, so a misspelt property fails here."""
    import json

    import plotly.graph_objects as go
    import plotly.io as pio

    from cnnviz.figures import draw, inspect, lab

    image, rgb = np.random.default_rng(0).random((28, 28, 1)), np.random.default_rng(1).random((8, 8, 3))
    probabilities = np.linspace(0.01, 0.19, 10)
    figures = [
        inspect.image_figure(image, "input"), inspect.image_figure(rgb),
        inspect.probability_bars(probabilities, [str(i) for i in range(10)], top_k=5, title="top 5"),
        inspect.gradcam_overlay(image, image[..., 0], "cam"), inspect.gradcam_overlay(rgb, rgb[..., 0]),
        inspect.feature_map_grid(np.random.default_rng(2).random((6, 6, 5)), "maps", dead=np.array([0, 1, 0, 0, 1])),
        inspect.feature_map_grid(np.random.default_rng(3).random((6, 6, 5)), "maps", shared_scale=False),
        inspect.feature_map_grid(np.arange(7.0), "flat"),
        draw.class_probabilities(probabilities, [str(i) for i in range(10)], "all"),
        draw.preprocessing_steps([("drawn 280×280", np.random.default_rng(4).random((280, 280))),
                                  ("20×20", image[:20, :20, 0]), ("colour", rgb)]),
        inspect.image_gallery(np.random.default_rng(5).random((8, 6, 6, 1)), [f"#{i}" for i in range(8)], columns=6),
        inspect.image_gallery(np.zeros((0, 4, 4, 1)), []),
        inspect.confusion_heatmap(np.arange(9).reshape(3, 3), ["a", "b", "c"], selected=(1, 2)),
        lab.kernels_figure(np.random.default_rng(6).normal(size=(3, 3, 1, 7)), "kernels"),
        lab.loss_curve([2.3, 2.1, 1.8], [0.1, 0.3, 0.5]), lab.loss_curve([2.3]),
        lab.digits_figure(np.random.default_rng(7).random((12, 8, 8, 1)), list(range(12)), list(range(11, -1, -1))),
        lab.side_by_side([np.eye(3), -np.ones((3, 5))], ["a", "b"], diverging=True, boxes=[(2, 0, 1, 2, 2)]),
    ]
    for figure in figures:
        validated = go.Figure(figure.to_dict())
        assert json.loads(pio.to_json(figure, validate=False)) == json.loads(pio.to_json(validated))
