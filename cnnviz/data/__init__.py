"""Images to learn from: the built-in datasets and the bundled MNIST sample (`datasets`); a user's own image datasets,
in three layers: one image file made into a dataset image (`images`), a .zip of class folders or classes filled one
by one made into a dataset (`importing`), and the datasets stored, listed and loaded (`userdata`); the dataset a
training configuration names (`training_data`); safe unpacking of uploaded archives (`safezip`); how a drawing or a
photo is prepared for a model (`preprocess`); and class names (`classnames`).

May import cnnviz.arch and cnnviz.i18n only."""
