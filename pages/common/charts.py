"""Every chart with its text alternative: the plotly chart, then a collapsed expander right after it holding a
sentence of what the chart shows and its data as a table (`cnnviz.figures.describe`), so a screen reader reaches
both right after the chart."""

from __future__ import annotations

from typing import Any

import plotly.graph_objects as go
import streamlit as st

from cnnviz.figures.describe import describe
from cnnviz.figures.palette import for_projector
from cnnviz.i18n import literal_markdown, t
from pages.common.display import projector_on

SENTENCE_LIMIT = 4000  # characters of the sentence shown (it is short; a figure of many traces says "and N more")


def chart(fig: go.Figure, *, where: Any = None, **kwargs: Any) -> Any:
    """`st.plotly_chart(fig, **kwargs)` (in `where`, e.g. a column, if given) followed by the "About this chart"
    expander; returns what st.plotly_chart returns (the selection event when on_select is set). In projector mode the
    chart is drawn with thicker lines and larger labels; the expander describes the figure as given."""
    target = st if where is None else where
    event = target.plotly_chart(for_projector(fig) if projector_on() else fig, **kwargs)
    about(fig, where=target)
    return event


def about(fig: go.Figure, *, where: Any = None) -> None:
    """The expander of `fig`'s sentence and table alone (for a chart drawn some other way)."""
    target = st if where is None else where
    description = describe(fig)
    with target.expander(t("figures.describe.about"), expanded=False):
        st.markdown(literal_markdown(description.sentence, SENTENCE_LIMIT))
        if description.table is not None:
            st.dataframe(description.table)
