"""Benchmarks: rerunnable measurements of accuracy, speed and memory (``python -m tui.bench``)."""
