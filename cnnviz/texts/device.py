"""Texts of cnnviz.train.device: where TensorFlow trains."""

TEXTS = {
    "device.cpu": {"en": "CPU", "ko": "CPU"},
    "device.gpu": {"en": "GPU: {names}", "ko": "GPU: {names}"},
}
