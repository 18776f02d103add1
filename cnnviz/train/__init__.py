"""Training: the job that trains one run in a worker process (`training`), the job runtime on Dask that queues and
watches jobs (`jobs`), sweeps of settings (`sweeps`), snapshots of kernels and feature maps while training
(`snapshots`), the TensorBoard log (`tblog`) and the device it trains on (`device`).

May import every package below it: cnnviz.arch, data, models, runs and inspect."""
