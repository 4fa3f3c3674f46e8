"""The edit evaluation: instructions over generated designs, each clause checked by machine, and the
adapt evaluation (designs re-laid out for other formats). Run `python -m aiengine.evaluate.edits`."""
