"""Look inside: Feature maps, Kernels, Confusion matrix and My models."""
