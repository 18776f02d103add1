"""Keras models: `builder` turns a spec into a Keras model; `modelfile` is the one loader of model files (.keras
and .h5, refused before Keras builds what would not fit in memory) and what a model is (its layers and shapes).

May import cnnviz.arch and cnnviz.data (the safe archive reader). Keras is imported inside functions only."""
