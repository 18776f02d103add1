"""Looking inside and using trained models, returning numpy: predictions and the preparation of a new image
(`predict`, `prepare`), feature maps, kernels and confusion (`extract`), receptive fields (`receptive`),
attribution such as Grad-CAM (`attribution`), what filters respond to (`patterns`) and adversarial examples
(`adversarial`). `ExplainError` (below) is the error of bad input to any of them.

May import cnnviz.arch, cnnviz.data, cnnviz.models and cnnviz.runs."""

from cnnviz.i18n import CnnvizError


class ExplainError(CnnvizError):
    """Bad input to an explanation method (attribution, patterns, attacks, snapshots); says what and where."""
