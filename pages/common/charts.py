"""Every chart with its text alternative: the plotly chart, then a collapsed expander right after it holding a
sentence of what the chart shows and its data as a table (`cnnviz.figures.describe`), so a screen reader reaches
both right after the chart."""

from __future__ import annotations

from typing import Any

import plotly.graph_objects as go
import streamlit as st

from cnnviz.figures.alt import Alt
from cnnviz.figures.describe import describe
from cnnviz.figures.palette import for_projector
from cnnviz.i18n import literal_markdown, t
from pages.common.display import projector_on

SENTENCE_LIMIT = 4000  # characters of the sentence shown (it is short; a figure of many traces says "and N more")


def chart(fig: go.Figure, *, where: Any = None, alt: Alt | None = None, **kwargs: Any) -> Any:
    """`st.plotly_chart(fig, **kwargs)` (in `where`, e.g. a column, if given) followed by the "About this chart"
    expander; an image chart's `alt` (`cnnviz.figures.alt`) names it in the expander's label and opens its text.
    In projector mode the chart is drawn with thicker lines and larger labels; the expander describes the figure as
    given. Returns what st.plotly_chart returns (the selection event when on_select is set)."""
    target = st if where is None else where
    event = target.plotly_chart(for_projector(fig) if projector_on() else fig, **kwargs)
    about(fig, where=target, alt=alt)
    return event


def about(fig: go.Figure, *, where: Any = None, alt: Alt | None = None) -> None:
    """The expander of `fig`'s sentence and table alone (for a chart drawn some other way)."""
    target = st if where is None else where
    description = describe(fig)
    label = t("figures.describe.about") if alt is None else t("figures.describe.about_alt", alt=alt.name)
    sentence = description.sentence if alt is None else f"{alt.sentence} {description.sentence}"
    with target.expander(label, expanded=False):
        st.markdown(literal_markdown(sentence, SENTENCE_LIMIT))
        if description.table is not None:
            st.dataframe(description.table)
