"""Images to learn from: the built-in datasets and the bundled MNIST sample (`datasets`), a user's own image folders
(`userdata`), safe unpacking of uploaded archives (`safezip`), how one image is read and prepared (`preprocess`)
and class names (`classnames`).

May import cnnviz.arch and cnnviz.i18n only."""
