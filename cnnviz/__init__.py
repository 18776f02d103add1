"""cnnviz core: architectures and their maths (arch), Keras models (models), data, run folders (runs), looking inside
trained models (inspect), training jobs (train), comparisons (compare), the labs' maths (learn), plotly figures
(figures), the inference workers (inference) and the CLI (cli). The README's code map shows how data flows between
them; each package's docstring says what it holds and what it may import.

Importing this package (or the spec/shape modules) imports neither streamlit nor TensorFlow.
"""

from pathlib import Path

__version__ = "0.1.0"
ASSETS_DIR = Path(__file__).resolve().parent / "assets"  # the files cnnviz ships: the MNIST sample, the digit model
