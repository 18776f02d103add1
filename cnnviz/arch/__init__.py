"""Architectures as data and their pure maths: the spec (layers as dataclasses, JSON and share links), the shape,
parameter and FLOP math (`shapes`), the memory estimates and guard (`memory`), the seeds' presets and the Keras code a
spec reads as (`codegen`).

Imports only cnnviz.i18n and the standard library and numpy: never TensorFlow, so every page can count shapes and
parameters as the user types."""
