"""Evaluation data shipped with arkg (``devset/``: real texts with gold made by reading) and its scorer."""
