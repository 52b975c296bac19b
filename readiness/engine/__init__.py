"""Step 4: an initiative → facts → the durable_rules engine → the rules that are unmet.
``durable`` is the only module of readiness that imports durable_rules."""
