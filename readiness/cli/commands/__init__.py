"""One module per command; readiness.cli.main registers them lazily."""
