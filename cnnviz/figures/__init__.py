"""Plotly figures built from cnnviz results (no streamlit)."""
