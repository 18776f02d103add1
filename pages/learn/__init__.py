"""Learn: Convolution lab, Pooling/ReLU/softmax, One training step and Concepts, with their shared helper
(teaching)."""
