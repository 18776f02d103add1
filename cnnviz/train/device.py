"""Which GPUs TensorFlow sees (imports TensorFlow when called)."""

from __future__ import annotations


def gpu_names() -> tuple[str, ...]:
    import tensorflow as tf

    names = []
    for gpu in tf.config.list_physical_devices("GPU"):
        details = tf.config.experimental.get_device_details(gpu)
        names.append(details.get("device_name", gpu.name))
    return tuple(names)
