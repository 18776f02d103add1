"""Teaching tooltips for the training settings (Train page), in the spirit of the study notes."""

from __future__ import annotations

TRAINING_HELP: dict[str, str] = {
    "dataset": "The images to learn from. **MNIST**: handwritten digits 0–9, 28×28 grayscale. **Fashion-MNIST**: "
               "ten kinds of clothing, same size, harder (the notes' convnet reaches about 0.91). **CIFAR-10**: "
               "32×32 colour photos (3 channels), much harder. The **bundled MNIST sample** (5,000 real digits) "
               "needs no download and trains in seconds.",
    "data_path": "Optional: a folder holding the four IDX files (train-images-idx3-ubyte.gz, ...) or an .npz with "
                 "x_train, y_train, x_test, y_test, to load the dataset from instead of the Keras cache.",
    "architecture_source": "Train the network you are editing on the **Build** page, or one of the ready-made "
                           "presets from the study notes.",
    "adapt": "The network's input layer must match the images. Replacing the input shape keeps every layer but "
             "recomputes all shapes: a bigger image makes the maps (and the Dense layer after Flatten) bigger.",
    "optimizer": "How the weights move downhill on the loss. **SGD** steps by learning rate × gradient (with "
                 "**momentum** it keeps part of the previous step, rolling through small bumps). **RMSprop** divides "
                 "each step by a running size of that weight's recent gradients. **Adam** combines momentum and "
                 "RMSprop's scaling; it is the notes' default and works well with its default learning rate 0.001.",
    "learning_rate": "The size of each weight update. Too small: the loss falls very slowly. Too large: the loss "
                     "jumps around or explodes to NaN. Typical: 0.001 for Adam and RMSprop, 0.01–0.1 for SGD.",
    "momentum": "SGD only: the fraction of the previous update added to the current one (0 = plain SGD, 0.9 is "
                "usual). It speeds up travel along consistent directions and damps zig-zagging.",
    "lr_schedule": "**constant** keeps the learning rate fixed. **cosine** starts at the learning rate and lowers it "
                   "smoothly to 0 by the last batch of the last epoch: big steps early, fine-tuning steps late, "
                   "which usually adds accuracy in the final epochs.",
    "batch_size": "How many images are averaged into one gradient step. Small batches (32, the Keras default) make "
                  "many noisy steps per epoch; big batches make fewer, smoother steps and use the hardware better "
                  "(more samples/s) but often need more epochs.",
    "epochs": "How many times the network sees the whole training set. More epochs fit the training data better; "
              "when the validation loss starts rising while the training loss keeps falling, it is over-fitting.",
    "loss": "Both are cross-entropy: −log(probability given to the true class). **sparse** "
            "(sparse_categorical_crossentropy) takes labels as integers (7); **categorical** "
            "(categorical_crossentropy) takes one-hot vectors ([0,0,0,0,0,0,0,1,0,0], made with to_categorical). "
            "Same numbers, same training: the notes use both. Sparse saves memory with many classes.",
    "early_stopping": "Stop when the validation loss has not improved for `patience` epochs in a row, instead of "
                      "running all epochs: saves time and avoids over-fitting (the notes use patience 2).",
    "patience": "How many epochs without a better validation loss to wait before stopping. 0 stops at the first "
                "epoch that is not better; larger values tolerate noisy plateaus.",
    "restore_best_weights": "When early stopping ends training, roll the weights back to the epoch with the best "
                            "validation loss (otherwise you keep the last, slightly over-fitted, weights).",
    "save_best_checkpoint": "After each epoch whose validation accuracy is the best so far, save the model to "
                            "best.keras (like ModelCheckpoint(save_best_only=True)). A crash or a kill keeps it.",
    "val_fraction": "The share of the training images held out for validation (0.2 = 20 %, as in the notes). The "
                    "network never trains on them, so their loss and accuracy show how well it generalises. The "
                    "split is stratified: every class keeps its share. The test set stays apart until the end.",
    "seed": "Fixes the random choices (train/validation split, initial weights, shuffling order) so a run can be "
            "repeated: the same seed gives the same split (42, as in the notes).",
    "limit": "Train on at most this many images (a stratified subset) for quick experiments; 0 = all of them. "
             "Validation shrinks in proportion. A few hundred images train in seconds but reach lower accuracy.",
    "mixed_precision": "GPU only: compute in 16-bit floats (keeping the weights and the final softmax in 32-bit). "
                       "Often 2–3× faster on recent NVIDIA GPUs with nearly the same accuracy.",
    "run_name": "A name to find this run again on the Runs page (you can rename it later).",
}


def training_help(key: str) -> str:
    return TRAINING_HELP.get(key, "")
