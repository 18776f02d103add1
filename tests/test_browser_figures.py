"""Real browser, a figure alone (no app): Compare's two confusion matrices drawn by plotly.js in the width a
projector leaves them (about 670 px at 1024×768) with Fashion-MNIST's class names: no row name of the right matrix
lies over the left one (issue 19 item 6), checked by the same layout rules as the pages."""

from __future__ import annotations

import json

import numpy as np
import plotly
import pytest
from plotly.offline import get_plotlyjs

from cnnviz.compare.confusion import ConfusionDiff
from cnnviz.figures.compare import confusion_pair_figure
from cnnviz.i18n import set_language
from tests.layout import layout_problems

pytestmark = [pytest.mark.browser]

FASHION = ("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot")


def drawn(browser, figure, width: int):
    page = browser.new_page(viewport={"width": width + 40, "height": 900})
    spec = json.dumps(figure.to_plotly_json(), cls=plotly.utils.PlotlyJSONEncoder)
    page.set_content(f"""<html><body><div class="js-plotly-plot-host" style="width:{width}px">
        <div id="plot"></div></div><script>{get_plotlyjs()}</script>
        <script>const spec = {spec}; Plotly.newPlot('plot', spec.data, spec.layout);</script></body></html>""")
    page.wait_for_selector("#plot .nsewdrag")
    return page


def test_the_confusion_pair_keeps_its_row_names_off_the_left_matrix_on_a_projector(browser) -> None:
    set_language("en")
    rng = np.random.default_rng(0)
    a, b = (rng.integers(0, 90, (10, 10)) + np.eye(10, dtype=int) * 800 for _ in range(2))
    figure = confusion_pair_figure(ConfusionDiff("run A", "run B", FASHION, a, b, ()))
    page = drawn(browser, figure, width=670)
    try:
        assert layout_problems(page) == []
        assert page.locator(".yaxislayer-above text").filter(has_text="T-shirt/top").count() == 1  # named once
    finally:
        page.close()
