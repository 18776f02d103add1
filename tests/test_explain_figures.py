"""Figures of cnnviz.figures.explain: what each trace holds, checked against the data it was made from."""

from __future__ import annotations

import numpy as np
import pytest

from cnnviz import i18n
from cnnviz.arch.presets import PRESETS
from cnnviz.figures import explain as fx
from cnnviz.inspect.adversarial import AdversarialResult, RobustnessCurve
from cnnviz.inspect.attribution import AttributionResult, Completeness
from cnnviz.inspect.patterns import PatternResult, PatternSettings
from cnnviz.inspect.receptive import InputRegion, input_region, receptive_fields
from cnnviz.train.snapshots import SnapshotSeries, _quantise


def test_tile_coordinates_are_per_tile():
    tile, x, y = fx.tile_coordinates(count=3, height=2, width=3, columns=2)
    assert tile.shape == (5, 7)  # 2 rows of tiles: 2·2 + 1 gap; 2 columns: 2·3 + 1 gap
    assert (tile[1, 6], x[1, 6], y[1, 6]) == (1, 2, 1)  # tile 1 starts at column 4
    assert (tile[4, 0], x[4, 0], y[4, 0]) == (2, 0, 1)  # tile 2: second row of tiles, starts at row 3
    assert tile[2, 0] == -1 and tile[0, 3] == -1  # the gaps
    assert tile[3, 4] == -1  # no tile 3


def pattern_result(channels: int = 1, count: int = 5) -> PatternResult:
    images = np.random.default_rng(0).random((count, 4, 6, channels)).astype(np.float32)
    return PatternResult("conv2d", np.arange(count), images, images, np.ones(count), np.full(count, 2.0),
                         PatternSettings(), 0.1)


def test_pattern_grid_hover_names_the_filter_and_the_pixel_in_its_tile():
    result = pattern_result()
    fig = fx.pattern_grid(result, max_columns=3)
    heat = fig.data[0]
    z, data = np.asarray(heat.z, dtype=float), np.asarray(heat.customdata)
    # filter 4 is tile (row 1, column 1): rows 5..8, columns 7..12; its pixel (x 2, y 3) is at row 8, column 9
    assert z[8, 9] == pytest.approx(result.images[4, 3, 2, 0])
    assert list(data[8, 9][:3]) == ["filter 4", 2, 3]
    assert "customdata[1]" in heat.hovertemplate and "%{x}" not in heat.hovertemplate
    named = fx.pattern_grid(result, names=["a", "b", "c", "d", "e"], max_columns=3)
    assert np.asarray(named.data[0].customdata)[8, 9][0] == "e"


def test_colour_pattern_grid_shows_the_image_with_the_same_hover():
    result = pattern_result(channels=3, count=2)
    fig = fx.pattern_grid(result)
    image, hover = fig.data
    assert image.type == "image" and hover.type == "heatmap" and hover.opacity == 0
    rgb = np.asarray(image.z)
    assert rgb[1, 8].tolist() == list((result.images[1, 1, 1] * 255).astype(np.uint8))  # tile 1 starts at column 7
    assert list(np.asarray(hover.customdata)[1, 8][:3]) == ["filter 1", 1, 1]


def attribution_results() -> list[AttributionResult]:
    rng = np.random.default_rng(1)
    saliency = rng.random((5, 5)).astype(np.float32) * 3
    ig = (rng.random((5, 5)) - 0.5).astype(np.float32)
    return [AttributionResult("saliency", 0, 1.0, saliency, signed=False, reduction="max_abs"),
            AttributionResult("integrated-gradients", 0, 1.0, ig, signed=True, reduction="sum",
                              baseline=np.zeros((5, 5, 1), np.float32),
                              completeness=Completeness(float(ig.sum()), 1.0, 1.0 - float(ig.sum())),
                              settings={"baseline": "black"})]


def test_attribution_row_puts_every_map_on_one_relative_scale():
    """Each map over its 99th percentile of |value|, clipped to ±1; the raw values stay on hover."""
    results = attribution_results()
    image = np.zeros((5, 5, 1), np.float32)
    fig = fx.attribution_row(image, results)
    assert len(fig.data) == 3
    for trace, result in zip(fig.data[1:], results, strict=True):
        scale = np.percentile(np.abs(result.map), 99)
        np.testing.assert_allclose(trace.z, np.clip(result.map / scale, -1, 1), rtol=1e-6)
        assert np.abs(trace.z).max() == 1.0
        np.testing.assert_allclose(trace.customdata, result.map)
        assert (trace.zmin, trace.zmax) == (-1, 1)
    assert [trace.showscale for trace in fig.data[1:]] == [False, True]
    assert [a.text for a in fig.layout.annotations] == ["input", "Saliency (gradient)", "Integrated Gradients"]


def test_a_long_method_name_takes_two_lines_in_the_row():
    """Six panels share a projector's width: the Korean "Integrated Gradients (적분 기울기)" is set on two lines
    instead of running into its neighbours' titles; the English names fit on one."""
    image = np.zeros((5, 5, 1), np.float32)
    with i18n.language_scope("ko"):
        titles = [a.text for a in fx.attribution_row(image, attribution_results()).layout.annotations]
    assert titles[2] == "Integrated Gradients<br>(적분 기울기)"
    assert all(len(line) <= fx.ROW_TITLE_WIDTH for text in titles for line in text.split("<br>"))


def test_integrated_gradients_figure_shows_baseline_and_completeness():
    image = np.full((5, 5, 1), 0.5, np.float32)
    result = attribution_results()[1]
    fig = fx.integrated_gradients_figure(image, result)
    np.testing.assert_allclose(fig.data[0].z, result.baseline[..., 0])
    assert fig.layout.title.text.startswith("Completeness") and fig.layout.title.text.endswith("✓ within 1 %")


def test_adversarial_figure():
    original = np.full((4, 4, 1), 0.5, np.float32)
    delta = np.where(np.eye(4, dtype=bool), 0.1, -0.1)[..., None].astype(np.float32)
    result = AdversarialResult("fgsm", 0.1, 0.1, 1, 0, original, original + delta, np.array([0.9, 0.1]),
                               np.array([0.3, 0.7]))
    fig = fx.adversarial_figure(result, ["cat", "dog"])
    perturbation = fig.data[1]
    np.testing.assert_allclose(perturbation.z, delta[..., 0] / 0.1, rtol=1e-5)  # amplified to ±1
    bars = [trace for trace in fig.data if trace.type == "bar"]
    assert [list(bar.x) for bar in bars] == [[0.9, 0.1], [0.3, 0.7]]
    assert "cat (90.0%)" in fig.layout.annotations[0].text and "dog (70.0%)" in fig.layout.annotations[2].text


def test_robustness_figure():
    curves = [RobustnessCurve("fgsm", np.array([0, 0.1]), np.array([0.9, 0.4]), 500),
              RobustnessCurve("ifgsm", np.array([0, 0.1]), np.array([0.9, 0.1]), 500)]
    fig = fx.robustness_figure(curves)
    assert [trace.name for trace in fig.data] == ["FGSM (one step)", "iterated FGSM"]
    assert list(fig.data[1].y) == [0.9, 0.1]
    assert "500" in fig.layout.title.text


def series(steps=(0, 1, 10, 30)) -> SnapshotSeries:
    rng = np.random.default_rng(2)
    count = len(steps)
    kernels = rng.normal(0, 1, (count, 3, 3, 1, 4)).astype(np.float32)
    maps = rng.random((count, 2, 5, 5, 4)).astype(np.float32)
    codes, low, high = zip(*(_quantise(m) for m in maps), strict=True)
    dead = np.zeros((count, 4), bool)
    dead[2:, 3] = True
    return SnapshotSeries(
        steps=np.array(steps), epochs=np.array(steps) / 10, kinds=("start", "batch", "epoch", "epoch"),
        probe_images=rng.random((2, 7, 7, 1)), probe_labels=np.array([0, 1]),
        probabilities=rng.dirichlet([1, 1], (count, 2)), loss=rng.random(count), norm_layers=("conv", "out"),
        weight_norms=rng.random((count, 2)), grad_norms=rng.random((count, 2)) + 0.01, dead={"conv": dead},
        conv_layer="conv", kernels=kernels, biases=None, _codes=np.stack(codes), _low=np.stack(low),
        _high=np.stack(high))


def test_kernel_replay_has_one_frame_per_snapshot_with_slider_play_and_dead_filters():
    snaps = series()
    fig = fx.kernel_replay(snaps, max_columns=4)
    assert len(fig.frames) == 4 and [f.name for f in fig.frames] == ["s0", "s1", "s2", "s3"]
    # filter 2 is the third tile of the row: columns 8..10; its weight at (y 1, x 0) is at row 1, column 8
    for frame, kernel in zip(fig.frames, snaps.kernels, strict=True):
        assert np.asarray(frame.data[0].z, dtype=float)[1, 8] == pytest.approx(kernel[1, 0, 0, 2], abs=1e-4)
    assert list(np.asarray(fig.data[0].customdata)[1, 8][:3]) == ["filter 2", 0, 1]
    bound = float(np.percentile(np.abs(snaps.kernels), 99.5))
    assert (fig.data[0].zmin, fig.data[0].zmax) == pytest.approx((-bound, bound))  # one scale for all frames
    np.testing.assert_array_equal(fig.data[0].z, fig.frames[0].data[0].z)  # it opens at the first snapshot
    assert fig.layout.sliders[0].active == 0
    assert [len(f.layout.shapes) for f in fig.frames] == [0, 0, 1, 1]
    slider = fig.layout.sliders[0]
    assert [s.label for s in slider.steps] == ["epoch 0", "epoch 0 · batch 1", "epoch 1", "epoch 3"]
    assert list(slider.steps[1].args[0]) == ["s1"]
    assert "channel %{customdata[3]}" in fig.data[0].hovertemplate
    assert [b.label for b in fig.layout.updatemenus[0].buttons] == ["▶", "❚❚"]


def test_feature_map_replay_and_probe_predictions():
    snaps = series()
    fig = fx.feature_map_replay(snaps, probe=1, class_names=["zero", "one"], max_columns=4)
    assert len(fig.frames) == 4 and "class one" in fig.layout.title.text
    assert "customdata[3]" not in fig.data[0].hovertemplate  # the tile is the channel: named once
    np.testing.assert_allclose(np.asarray(fig.frames[2].data[0].z, dtype=float)[:5, :5], snaps.maps_at(2)[1, :, :, 0],
                               atol=1e-4)
    predictions = fx.probe_predictions_figure(snaps, ["zero", "one"])
    assert [trace.name for trace in predictions.data] == ["zero", "one"]
    assert list(predictions.data[0].x) == ["epoch 0", "epoch 0 · batch 1", "epoch 1", "epoch 3"]
    np.testing.assert_allclose(predictions.data[1].y, snaps.probabilities[:, 1, 1])


def test_norms_figure():
    snaps = series()
    fig = fx.norms_figure(snaps)
    assert len(fig.data) == 2 * 2 + 1
    np.testing.assert_allclose(fig.data[1].y, snaps.grad_norms[:, 0])  # conv: weights (row 1), gradients (row 2)
    assert list(fig.data[-1].y) == [0, 0, 1, 1] and fig.data[-1].name == "dead in conv"
    assert fig.layout.yaxis2.type == "log"


def test_receptive_field_outline_and_rows():
    fields = receptive_fields(PRESETS["fashion-convnet"].architecture)
    region = input_region(fields[2], 5, 5)
    fig = fx.image_with_region(np.zeros((28, 28, 1), np.float32), region)
    shape = fig.layout.shapes[0]
    assert (shape.x0, shape.x1, shape.y0, shape.y1) == (6.5, 14.5, 6.5, 14.5)
    assert region == InputRegion(7, 7, 14, 14)
    rows = fx.receptive_field_rows(fields)
    assert rows[2]["receptive field"] == "8" and rows[2]["jump (input pixels between units)"] == "2"
    assert rows[-1]["receptive field"] == "whole input"


def test_figures_speak_korean():
    try:
        i18n.set_language("ko")
        fig = fx.kernel_replay(series())
        assert "커널" in fig.layout.title.text
        assert fx.receptive_field_rows(receptive_fields(PRESETS["fashion-convnet"].architecture))[0]["층"] == "conv2d"
    finally:
        i18n.set_language("en")


def test_colour_images_are_shown_as_colour():
    image = np.random.default_rng(3).random((5, 5, 3)).astype(np.float32)
    row = fx.attribution_row(image, attribution_results())
    assert row.data[0].type == "image"
    delta = np.full((5, 5, 3), 0.05, np.float32)
    result = AdversarialResult("ifgsm", 0.1, 0.025, 10, 1, image * 0.5, image * 0.5 + delta, np.array([0.2, 0.8]),
                               np.array([0.6, 0.4]))
    fig = fx.adversarial_figure(result, ["a", "b"])
    perturbation = fig.data[1]
    assert perturbation.type == "image"
    assert np.asarray(perturbation.z)[0, 0].tolist() == [191, 191, 191]  # +ε/2 → 0.5 + 0.25 of full scale


def test_the_row_sets_three_maps_to_a_line_so_each_stays_readable_on_a_projector():
    """Six panels in one row were ~90 px each at 1024 px (issue 19, item 12): the input and five maps take two rows
    of three, the colour scale beside the last map, every panel square."""
    image = np.zeros((5, 5, 1), np.float32)
    results = attribution_results() * 2 + attribution_results()[:1]  # five maps
    fig = fx.attribution_row(image, results)
    rows = [fig.layout[f"yaxis{'' if i == 1 else i}"].domain for i in range(1, 7)]
    assert rows[0] == rows[1] == rows[2] and rows[3] == rows[4] == rows[5] and rows[0][0] > rows[3][1]
    columns = [fig.layout[f"xaxis{'' if i == 1 else i}"].domain for i in range(1, 7)]
    assert columns[:3] == columns[3:] and columns[0][1] < columns[1][0]
    assert [trace.showscale for trace in fig.data[1:]] == [False] * 4 + [True]
    assert all(fig.layout[f"yaxis{i}"].scaleanchor == f"x{i}" for i in range(2, 7))
    assert fig.layout.height > 2 * 200
