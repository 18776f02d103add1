import streamlit as st

from pages.shared.cached import cached_device_info

st.title("cnnviz: build, train and look inside convolutional networks")
st.markdown(
    """
Stack layers and watch every output shape and parameter count update as you type, with the formula
behind each number. Train on MNIST, Fashion-MNIST or CIFAR-10 and watch loss and accuracy stream in.
Then open the network up: feature maps, kernels, the confusion matrix and its mistakes, and a canvas to
draw a digit and see what the network predicts and why.

**Start with** the *Build* page: pick a preset from the study notes (the Fashion-MNIST convnet has
333,526 parameters; can you see where they all come from?) or stack your own layers.
"""
)
info = cached_device_info()
if info.has_gpu:
    st.success(f"TensorFlow sees {info.label}; training uses it.", icon=":material/memory:")
else:
    st.info("TensorFlow sees no GPU: training runs on the CPU (fine for MNIST-sized data).",
            icon=":material/memory:")
st.caption(f"TensorFlow {info.tensorflow_version} · Keras {info.keras_version}")
