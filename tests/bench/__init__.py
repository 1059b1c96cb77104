"""Benchmarks: rerunnable measurements of accuracy, speed and memory (``python -m tests.bench``).

They live beside the tests, outside the installed package."""
