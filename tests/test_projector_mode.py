"""Projector mode (issue 23 item 5): `for_projector` draws a figure with thicker lines and larger labels and leaves
the figure it was given alone; the sidebar switch is kept in the address (?theme=projector) and the session, and a
value the app does not have gets the standard display and a note."""

from __future__ import annotations

import copy
from pathlib import Path

import numpy as np
import plotly.graph_objects as go
import pytest
from plotly.subplots import make_subplots
from streamlit.testing.v1 import AppTest

from cnnviz.figures import palette
from cnnviz.figures.palette import PROJECTOR_FONT, PROJECTOR_LINE, PROJECTOR_TEXT_SCALE, for_projector

ROOT = Path(__file__).resolve().parent.parent


def every_trace_type() -> go.Figure:
    """A figure with each trace type the app draws: curves, bars, a heatmap with numbers in its cells, an image."""
    fig = make_subplots(rows=2, cols=2, subplot_titles=("Loss", "Counts", "Confusion", "Digit"))
    fig.add_trace(go.Scatter(y=[1.0, 0.5, 0.3], mode="lines+markers", line={"width": 2}, marker={"size": 8}), 1, 1)
    fig.add_trace(go.Scatter(y=[0.9, 0.6, 0.4], mode="lines"), 1, 1)
    fig.add_trace(go.Scattergl(y=[1, 2], mode="markers", marker={"size": np.array([4, 10])}), 1, 1)
    fig.add_trace(go.Bar(x=["a", "b"], y=[3, 4], textfont={"size": 10}), 1, 2)
    fig.add_trace(go.Heatmap(z=[[5, 1], [0, 7]], colorscale=palette.CONFUSION, texttemplate="%{z}",
                             textfont={"size": 12}), 2, 1)
    fig.add_trace(go.Image(z=np.zeros((4, 4, 3), dtype=np.uint8)), 2, 2)
    fig.add_trace(go.Scatter(x=[0, 1], y=[0, 1], mode="markers", marker={"color": "rgba(0,0,0,0.01)"}), 2, 1)
    fig.update_annotations(font_size=12)
    fig.update_layout(title={"text": "Training", "font": {"size": 13}}, legend={"font": {"size": 10}})
    return fig


def test_lines_are_thick_and_markers_larger() -> None:
    fig = for_projector(every_trace_type())
    curve, plain_line, dots = fig.data[0], fig.data[1], fig.data[2]
    assert curve.line.width == PROJECTOR_LINE and plain_line.line.width == PROJECTOR_LINE
    assert curve.marker.size == 12  # 8 × 1.5
    assert plain_line.marker.size == 9  # plotly's default 6 × 1.5
    assert list(dots.marker.size) == [6, 15]
    thick = for_projector(go.Figure(go.Scatter(y=[1, 2], line={"width": 6})))
    assert thick.data[0].line.width == 6  # never thinner than the figure drew it


def test_every_label_is_at_least_the_projector_size() -> None:
    fig = for_projector(every_trace_type())
    layout = fig.layout
    assert layout.font.size >= PROJECTOR_FONT and layout.font.color == "#000000"
    assert layout.title.font.size >= PROJECTOR_FONT and layout.legend.font.size >= PROJECTOR_FONT
    assert layout.hoverlabel.font.size > PROJECTOR_FONT
    assert all(annotation.font.size > 12 for annotation in layout.annotations)  # the subplot titles grew
    axes = [layout[name] for name in layout if name.startswith(("xaxis", "yaxis"))]
    assert len(axes) == 8
    for axis in axes:
        assert axis.tickfont.size >= PROJECTOR_FONT and axis.title.font.size >= PROJECTOR_FONT
    # Black axis lines and ticks, darker gridlines under the curves and bars (cells 1 and 2); none drawn around and
    # across the heatmap (with a confusion matrix's clickable markers on it) and the image.
    cells = [layout[f"{axis}axis{cell}"] for cell in ("", "2", "3", "4") for axis in "xy"]
    assert [axis.gridcolor for axis in cells] == [palette.GRID_GREY] * 4 + [None] * 4
    assert [axis.linecolor for axis in cells] == ["#000000"] * 4 + [None] * 4
    assert all(axis.tickcolor == "#000000" and axis.linewidth >= 2 for axis in cells[:4])
    bar, heatmap = fig.data[3], fig.data[4]
    assert bar.textfont.size == 14 and heatmap.textfont.size == pytest.approx(16.8)
    assert heatmap.colorbar.tickfont.size >= PROJECTOR_FONT


def test_colours_and_colour_scales_stay() -> None:
    before, after = every_trace_type(), for_projector(every_trace_type())
    assert after.data[4].colorscale == before.data[4].colorscale
    assert [trace.marker.color for trace in after.data[:4]] == [trace.marker.color for trace in before.data[:4]]
    assert after.data[5].z.tolist() == before.data[5].z.tolist()
    assert [trace.type for trace in after.data] == ["scatter", "scatter", "scattergl", "bar", "heatmap", "image",
                                                    "scatter"]


def test_the_figure_given_is_not_changed() -> None:
    fig = every_trace_type()
    before = copy.deepcopy(fig.to_plotly_json())
    projected = for_projector(fig)
    assert projected is not fig
    after = fig.to_plotly_json()
    assert after["layout"] == before["layout"]
    assert [trace.get("line") for trace in after["data"]] == [trace.get("line") for trace in before["data"]]
    assert fig.data[0].line.width == 2 and fig.layout.font.size is None


def test_an_animations_frames_are_thickened_too() -> None:
    fig = go.Figure(go.Scatter(y=[1, 2]), frames=[go.Frame(data=[go.Scatter(y=[2, 3])])])
    fig.update_layout(sliders=[{"steps": [], "currentvalue": {"font": {"size": 12}}}])
    projected = for_projector(fig)
    assert projected.frames[0].data[0].line.width == PROJECTOR_LINE
    assert projected.layout.sliders[0].currentvalue.font.size > 12


def test_a_table_reads_larger() -> None:
    projected = for_projector(go.Figure(go.Table(header={"values": ["a"]}, cells={"values": [[1]]})))
    assert projected.data[0].cells.font.size > 12 and projected.data[0].header.font.size > 12


# ---- The switch, through app.py ------------------------------------------------------------------------------

def app(tmp_path: Path, monkeypatch, theme: str | None = None) -> AppTest:
    monkeypatch.setenv("CNNVIZ_RUNS_DIR", str(tmp_path))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    if theme is not None:
        at.query_params["theme"] = theme
    return at.run()


def theme_param(at: AppTest) -> str | None:
    value = at.query_params.get("theme")
    return value[0] if isinstance(value, list) else value


def projector_style_shown(at: AppTest) -> bool:
    from pages.common.display import PROJECTOR_STYLE

    return any(element.proto.body == PROJECTOR_STYLE for element in at.get("html"))


def test_the_link_turns_projector_mode_on(tmp_path: Path, monkeypatch) -> None:
    at = app(tmp_path, monkeypatch, "projector")
    assert not at.exception
    assert at.toggle(key="theme_switch").value is True
    assert theme_param(at) == "projector"
    assert projector_style_shown(at)
    assert at.session_state["theme"] == "projector"


def test_standard_by_default_and_the_address_stays_clean(tmp_path: Path, monkeypatch) -> None:
    at = app(tmp_path, monkeypatch)
    assert not at.exception
    assert at.toggle(key="theme_switch").value is False
    assert theme_param(at) is None
    assert not projector_style_shown(at)


@pytest.mark.parametrize("asked", ["<script>alert(1)</script>", "neon", "projector-but-much-longer-than-twenty"])
def test_an_unknown_theme_gets_the_standard_one_and_a_note(tmp_path: Path, monkeypatch, asked: str) -> None:
    at = app(tmp_path, monkeypatch, asked)
    assert not at.exception
    assert at.toggle(key="theme_switch").value is False
    assert not projector_style_shown(at)
    assert theme_param(at) is None  # the bad value is not kept
    notes = [toast.value for toast in at.toast if "projector" in toast.value and "standard" in toast.value]
    assert len(notes) == 1, [toast.value for toast in at.toast]
    assert asked[:20].replace("<", "") in notes[0].replace("\\", "").replace("<", "")
    assert asked[:21] not in notes[0] or len(asked) <= 20  # cut to 20 characters
    assert "<script>" not in notes[0]  # shown as its characters (escaped), never as markup


def test_switching_off_removes_it_from_the_address(tmp_path: Path, monkeypatch) -> None:
    at = app(tmp_path, monkeypatch, "projector")
    at.toggle(key="theme_switch").set_value(False).run()
    assert not at.exception
    assert theme_param(at) is None
    assert not projector_style_shown(at)
    at.toggle(key="theme_switch").set_value(True).run()
    assert theme_param(at) == "projector" and projector_style_shown(at)


def test_the_choice_is_kept_across_a_page_change(tmp_path: Path, monkeypatch) -> None:
    at = app(tmp_path, monkeypatch)
    at.toggle(key="theme_switch").set_value(True).run()
    at.query_params.clear()  # a page change through the navigation drops the address's parameters
    at.switch_page("pages/play/draw.py").run()
    assert not at.exception
    assert at.toggle(key="theme_switch").value is True
    assert theme_param(at) == "projector" and projector_style_shown(at)
    at.switch_page("pages/build/build.py").run()
    assert at.toggle(key="theme_switch").value is True and projector_style_shown(at)


def test_charts_are_drawn_for_the_projector_in_projector_mode(tmp_path: Path, monkeypatch) -> None:
    """Build's architecture diagram: thicker, larger in projector mode, as given otherwise."""
    import json

    def diagram_fonts(at: AppTest) -> list[float]:
        specs = [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]
        assert specs
        return [spec["layout"].get("font", {}).get("size") for spec in specs]

    from cnnviz.i18n import t

    standard = app(tmp_path, monkeypatch).switch_page("pages/build/build.py").run()
    projector = app(tmp_path, monkeypatch, "projector").switch_page("pages/build/build.py").run()
    assert all(size is None or size < PROJECTOR_FONT for size in diagram_fonts(standard))
    assert all(size >= PROJECTOR_FONT for size in diagram_fonts(projector))
    expanders = [e.label for e in projector.expander]
    assert expanders.count(t("figures.describe.about")) == len(diagram_fonts(projector))  # the text alternative stays


def test_long_titles_and_legend_entries_wrap_instead_of_being_cut_off() -> None:
    title = "Box height ∝ feature-map height, width ∝ log₂ channels; thin bars are flat vectors"
    fig = go.Figure(go.Scatter(y=[1, 2], name="train loss (per batch, running mean of the epoch)"))
    fig.update_layout(title={"text": title, "font": {"size": 13}}, margin={"t": 40})
    projected = for_projector(fig)
    lines = projected.layout.title.text.split("<br>")
    assert len(lines) >= 2 and " ".join(lines) == title
    assert max(map(len, lines)) <= palette.TITLE_LINE
    assert projected.layout.margin.t >= len(lines) * projected.layout.title.font.size  # room for every line
    assert projected.data[0].name.replace("<br>", " ") == fig.data[0].name and "<br>" in projected.data[0].name
    short = for_projector(go.Figure(go.Scatter(y=[1], name="validation")).update_layout(title="Loss"))
    assert short.layout.title.text == "Loss" and short.data[0].name == "validation"
    image = go.Figure(go.Image(z=np.zeros((2, 2, 3)))).update_layout(title="28×28 model input", height=300)
    assert for_projector(image).layout.title.text == "28×28 model<br>input"  # a small picture, in a narrow column
    grey = go.Figure(go.Heatmap(z=np.zeros((2, 2)), showscale=False)).update_layout(title="28×28 model input",
                                                                                      height=300)
    assert for_projector(grey).layout.title.text == "28×28 model<br>input"
    grid = go.Figure(go.Heatmap(z=np.zeros((4, 8)))).update_layout(title="conv2d: 32 feature maps of 28×28",
                                                                    height=300)
    assert for_projector(grid).layout.title.text == grid.layout.title.text  # maps with their scale: wide
    bars = for_projector(go.Figure(go.Bar(y=[1.0], text=["100%"], textposition="outside")))
    assert bars.layout.uniformtext.minsize >= 14 and bars.layout.uniformtext.mode == "show"  # not shrunk to fit


def test_a_legend_below_the_plot_moves_to_the_bottom_edge_and_the_figure_grows() -> None:
    fig = go.Figure([go.Scatter(y=[1, 2], name=str(digit)) for digit in range(10)])
    fig.update_layout(height=300, legend={"orientation": "h", "y": -0.25})
    projected = for_projector(fig)
    assert (projected.layout.legend.yref, projected.layout.legend.y) == ("container", 0)
    assert 300 < projected.layout.height <= 300 + 3 * 1.3 * PROJECTOR_FONT  # ten digits take two or three rows
    beside = for_projector(go.Figure(go.Scatter(y=[1])).update_layout(height=300))
    assert beside.layout.height == 300 and beside.layout.legend.yref is None


def test_the_labs_animation_keeps_its_frames_and_their_text_grows_too() -> None:
    """The convolution lab's step-through keeps its frames as plain dicts (figures.lab.AnimatedFigure), which a
    plain copy of the figure loses: projector mode had left the Play button nothing to play."""
    from cnnviz.figures.lab import step_animation
    from cnnviz.learn.lab import slide

    result = slide(np.arange(16.0).reshape(4, 4), np.ones((3, 3)))
    fig = step_animation(result)
    projected = for_projector(fig)
    frames = projected.to_dict()["frames"]
    assert len(frames) == len(fig.raw_frames) == 4
    sizes = [a["font"]["size"] for a in fig.raw_frames[1]["layout"]["annotations"]]
    grown = [a["font"]["size"] for a in frames[1]["layout"]["annotations"]]
    assert grown == [size * PROJECTOR_TEXT_SCALE for size in sizes]
    assert [a["font"]["size"] for a in fig.raw_frames[1]["layout"]["annotations"]] == sizes  # the input unchanged
    assert frames[1]["data"][0]["z"] == fig.raw_frames[1]["data"][0]["z"]
