"""Explain: Why this answer (explain.py), What filters look for (filters.py), Fool the network (adversarial.py)."""
