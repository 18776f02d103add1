"""The convolution lab's step-through by keyboard: a Streamlit slider (arrow keys) picks the output cell, whose
multiply-adds are written as text and which the figure shows first (plotly's own Play and slider take no keys)."""

from __future__ import annotations

import json

from streamlit.testing.v1 import AppTest

from tests.test_lab_pages import open_page


def shown(at: AppTest) -> tuple[str, int, str]:
    """The step text, the figure's active slider step and the figure's own caption of the cell it shows."""
    chart = next(c for c in at.get("plotly_chart") if c.proto.id and "lab_steps_chart" in c.proto.id)
    spec = json.loads(chart.proto.spec)
    text = next(x.value for x in at.text if x.value.startswith("output["))
    return text, spec["layout"]["sliders"][0]["active"], spec["layout"]["annotations"][-1]["text"]


def test_the_output_cell_slider_steps_the_text_and_the_figure() -> None:
    at = open_page("pages/learn/lab.py")
    assert shown(at) == ("output[0, 0] = 1·2 + 2·0 + 4·0 + 5·0 = 2", 0, "output[0, 0] = 1·2 + 2·0 + 4·0 + 5·0 = 2")
    slider = at.slider(key="lab_step")
    assert slider.label == "Output cell (of 4)" and slider.help
    slider.set_value(4).run()
    assert shown(at) == ("output[1, 1] = 5·2 + 6·0 + 8·0 + 9·0 = 10", 3, "output[1, 1] = 5·2 + 6·0 + 8·0 + 9·0 = 10")
    at.slider(key="lab_stride").set_value(2).run()  # one output cell: no slider, that cell
    assert not at.exception and not [s for s in at.slider if s.key == "lab_step"]
    assert shown(at)[0] == "output[0, 0] = 1·2 + 2·0 + 4·0 + 5·0 = 2"
    at.slider(key="lab_stride").set_value(1).run()
    assert not at.exception and at.slider(key="lab_step").value == 1
