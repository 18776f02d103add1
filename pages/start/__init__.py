"""Start: the Home page."""
