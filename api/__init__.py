"""The HTTP face of diet-tracker: the only package that imports FastAPI."""
