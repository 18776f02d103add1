"""Process-wide caches (st.cache_resource) around cnnviz calls that are slow or heavy."""

from __future__ import annotations

import streamlit as st

from cnnviz.device import DeviceInfo, device_info


@st.cache_resource(show_spinner="Starting TensorFlow…")
def cached_device_info() -> DeviceInfo:
    return device_info()
