"""Step 1 of the pipeline: a file the user gives → text → data with the position of every key.

``files`` is the one bounded reader (regular files only, 1 MiB); ``paths`` turns the PATH
arguments of a run into initiative files; ``document`` parses YAML and JSON with positions.
"""
