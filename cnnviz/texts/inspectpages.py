"""Texts of the look-inside pages (Confusion matrix, Feature maps, Kernels) and their shared pickers."""

TEXTS = {
    "inspectpages.cam_value": {"en": "Grad-CAM", "ko": "Grad-CAM 값"},
}
