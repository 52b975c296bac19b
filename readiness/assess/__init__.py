"""Step 5: unmet rules → findings → a verdict for the gate; a run over many files and its exit
code."""
