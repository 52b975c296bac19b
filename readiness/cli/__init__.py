"""The command line (step 8): parses, dispatches, maps errors to exit codes."""
