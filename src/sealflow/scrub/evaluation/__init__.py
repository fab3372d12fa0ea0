"""Measure the scrubber: a seeded labelled corpus of its own, and recall/precision scoring.

Used by bench/scrub_accuracy.py (full size, with Presidio's default configuration for
comparison) and by the test suite (small size, floors that fail CI on a regression). The
templates and names here are deliberately unlike the demo generator's.
"""
