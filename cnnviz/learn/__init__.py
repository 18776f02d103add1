"""The labs' maths in numpy, checked against SciPy and TensorFlow in the tests: convolution, padding, stride and
pooling (`lab`), one training step by hand (`training_step`), and the concept index (`concepts`).

Imports only cnnviz.i18n, numpy and the standard library."""
