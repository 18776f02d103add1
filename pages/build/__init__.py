"""Build & train: My data, Build, Train, Runs, Compare and Class, with the helpers only they use (build_form,
training, sweep, comparing)."""
