"""Training: one run's settings (`config`), the job that trains it in a worker process (`job`) with the Keras
callback streaming its metrics (`callback`) and what it needs to set up a fit (`keras_setup`), its progress and
event stream as readers see them (`progress`), the verdict on a run that ran to the end (`verdicts`), evaluating
a saved run (`evaluate`), the job runtime on Dask that queues and watches jobs (`jobs`), sweeps of settings
(`sweeps`), snapshots of kernels and feature maps while training (`snapshots`), the TensorBoard log (`tblog`) and
the device it trains on (`device`).

May import every package below it: cnnviz.arch, data, models, runs and inspect."""
