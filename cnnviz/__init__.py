"""cnnviz core: architecture spec, shape math, Keras builder, data, training, extraction, figures.

Importing this package (or the spec/shape modules) imports neither streamlit nor TensorFlow.
"""

__version__ = "0.1.0"
