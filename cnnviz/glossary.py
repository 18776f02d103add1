"""Teaching texts for every layer setting and layer type (tooltips on the Build page; reusable anywhere).

Plain strings, Markdown allowed. The examples follow the study notes: 28×28 Fashion-MNIST images,
3×3 kernels, 2×2 max pooling, Dropout 0.4 before the output layer.
"""

from __future__ import annotations

GLOSSARY: dict[str, str] = {
    # ---- input
    "input_height": "Height of the input images in pixels. MNIST and Fashion-MNIST are 28×28, CIFAR-10 is 32×32. "
                    "Every later shape follows from this.",
    "input_width": "Width of the input images in pixels (may differ from the height).",
    "input_channels": "1 for grayscale images (MNIST, Fashion-MNIST), 3 for colour (red, green, blue: CIFAR-10). "
                      "The first Conv2D's kernels have one slice per input channel, so this changes its parameters: "
                      "(3·3·**3** + 1)·32 = 896 instead of (3·3·**1** + 1)·32 = 320.",
    "preset": "Ready-made networks from the study notes (and one stronger one of ours). Loading a preset replaces "
              "the layers you are editing; export your JSON first if you want to keep them.",
    # ---- Conv2D settings
    "filters": "How many filters (kernels) the layer learns. Each filter slides over the input and produces one "
               "feature map, so the output has this many channels. More filters detect more kinds of pattern but "
               "add parameters: (kernel h · kernel w · input channels + 1) · filters. The notes use 32, then 64.",
    "kernel_size": "Height × width of each filter's window, e.g. 3×3. Each output pixel is a weighted sum of the "
                   "kernel-sized patch under it (plus a bias). Small kernels (3×3) stacked see as far as one big "
                   "kernel with fewer weights. With 'valid' padding a k×k kernel shrinks each side by k − 1.",
    "strides": "How many pixels the window moves between two outputs. Stride 1 (the default and the usual choice) "
               "visits every position; stride 2 skips every other one and halves the output size. The notes prefer "
               "stride 1 with pooling for down-sampling.",
    "padding": "What happens at the border. **valid** = no padding: the kernel only visits positions where it fits "
               "completely, so the map shrinks: 28×28 with a 3×3 kernel gives 28 − 3 + 1 = **26**×26. **same** = "
               "zeros are added around the input so the output keeps the input size (28×28 → **28**×28 at stride 1; "
               "⌈size / stride⌉ in general) and border pixels count as much as central ones.",
    "activation": "The non-linear function applied to each output value. **relu** (max(0, x)) is the usual choice "
                  "for hidden layers; **softmax** turns the last layer's outputs into class probabilities that sum "
                  "to 1; **linear** means none. Without non-linearities, stacked layers collapse into one linear map.",
    "use_bias": "Whether each filter (or unit) has a learnable bias added to its weighted sum: one extra parameter "
                "per filter/unit (the '+ 1' in the parameter formula). Often switched off right before "
                "BatchNormalization, which has its own shift (β).",
    # ---- pooling settings
    "pool_size": "Height × width of the pooling window. Pooling has **no weights**: MaxPooling2D keeps the largest "
                 "value of each window, AveragePooling2D the mean. A 2×2 pool halves height and width "
                 "(28×28×32 → 14×14×32) and never changes the number of channels.",
    "pool_strides": "How far the pooling window moves. Left empty it equals the pool size (as in Keras), so the "
                    "windows do not overlap: a 2×2 pool with stride 2 halves the map.",
    "pool_padding": "**valid** (the usual choice for pooling) drops a leftover border row/column: 7×7 → 3×3 with a "
                    "2×2 pool. **same** pads so nothing is dropped: 7×7 → ⌈7/2⌉ = 4×4.",
    # ---- Dense / Dropout settings
    "units": "Number of neurons. Each one is connected to every input value, so the layer has "
             "(inputs + 1) · units parameters: Flatten's 3,136 values into Dense 100 is (3,136 + 1)·100 = 313,700, "
             "most of the Fashion-MNIST convnet. The output layer needs one unit per class (10).",
    "rate": "Fraction of the inputs set to zero at random during training (0.4 = 40 %). The survivors are scaled "
            "up by 1 / (1 − rate) so the total stays the same; at prediction time nothing is dropped. It stops "
            "neurons from relying on each other and so reduces over-fitting. No parameters, no shape change.",
    # ---- layer types
    "Conv2D": "Convolution: learns `filters` small kernels and slides each over the whole input, producing one "
              "feature map per filter. It finds the same pattern anywhere in the image with few weights.",
    "MaxPooling2D": "Keeps the largest value in each window: shrinks the feature maps (usually by half) while "
                    "keeping the strongest responses. No weights.",
    "AveragePooling2D": "Averages each window: shrinks the feature maps like max pooling but smooths them (LeNet-5 "
                        "uses it). No weights.",
    "Flatten": "Unrolls the height × width × channels feature maps into one long vector (7×7×64 → 3,136) so that "
               "Dense layers can take it. No weights; it only reshapes.",
    "Dense": "Fully connected layer: every unit sees every input value. Needs a flat input (Flatten or "
             "GlobalAveragePooling2D first). The last Dense with softmax gives the class probabilities.",
    "Dropout": "Randomly silences a fraction (`rate`) of its inputs during training to fight over-fitting; "
               "does nothing at prediction time. No weights, no shape change.",
    "BatchNormalization": "Normalises each channel to mean 0, variance 1 over the batch, then scales by a learned γ "
                          "and shifts by a learned β. 4 numbers per channel: γ and β are trained, the moving mean "
                          "and variance (used at prediction time) are not, hence the non-trainable parameters. "
                          "It makes training faster and more stable.",
    "GlobalAveragePooling2D": "Averages each whole feature map to one number: h×w×c → c. A flat vector without "
                              "the huge Dense layer that Flatten needs, so far fewer parameters. No weights.",
}


def explain(key: str) -> str:
    """The teaching text for a setting or layer type ('' if there is none)."""
    return GLOSSARY.get(key, "")
