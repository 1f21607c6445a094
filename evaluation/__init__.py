"""Scores the pipeline against hand-made gold annotations (tests/fixtures/gold)."""
