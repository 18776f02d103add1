"""Which devices TensorFlow sees (imports TensorFlow when called)."""

from __future__ import annotations

from dataclasses import dataclass

from cnnviz.i18n import t


@dataclass(frozen=True)
class DeviceInfo:
    gpus: tuple[str, ...]
    tensorflow_version: str
    keras_version: str

    @property
    def has_gpu(self) -> bool:
        return bool(self.gpus)

    @property
    def label(self) -> str:
        """Where training runs, in the current language: "CPU" or "GPU: <names>"."""
        if not self.gpus:
            return t("device.cpu")
        return t("device.gpu", names=", ".join(self.gpus))


def gpu_names() -> tuple[str, ...]:
    import tensorflow as tf

    names = []
    for gpu in tf.config.list_physical_devices("GPU"):
        details = tf.config.experimental.get_device_details(gpu)
        names.append(details.get("device_name", gpu.name))
    return tuple(names)


def device_info() -> DeviceInfo:
    import keras
    import tensorflow as tf

    return DeviceInfo(gpu_names(), tf.__version__, keras.__version__)
