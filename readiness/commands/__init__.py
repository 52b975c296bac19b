"""One module per command; readiness.cli registers them lazily."""
