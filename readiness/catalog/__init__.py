"""Step 2: the rule catalog, as data in rules/*.yaml: its records and how they are loaded."""
