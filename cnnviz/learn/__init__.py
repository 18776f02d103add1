"""Learning: the labs' maths in numpy, checked against SciPy and TensorFlow in the tests (convolution, padding,
stride and pooling in `lab`, one training step by hand in `training_step`), the concept index (`concepts`), and the
course: lessons read from data files (`course` holds them, `lessonfile` reads and validates them; the shipped ones and
their format are in `lessons/`), exercises that check themselves against the core's own shape math and run folders
(`exercises`), and what each student tried (`attempts`).

May import cnnviz.i18n, cnnviz.io, cnnviz.arch, cnnviz.data, cnnviz.runs and cnnviz.train (its settings), never
TensorFlow."""
