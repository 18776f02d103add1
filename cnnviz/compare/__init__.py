"""Comparing runs: architecture diffs, paired statistics on the same test images, confusion differences and the
leaderboard.

May import cnnviz.arch, data, runs and inspect (never train: a comparison reads finished run folders)."""
