"""Play: Predict and Draw a digit, with the helpers only they use (results, drawing)."""
