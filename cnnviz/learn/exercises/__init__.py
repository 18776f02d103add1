"""Exercises that check themselves (the whole module, moved as it was; the next commit splits it into parts)."""

from cnnviz.learn.exercises.problems import *  # noqa: F403
from cnnviz.learn.exercises.problems import _answer as _answer
from cnnviz.learn.exercises.problems import _network as _network
