"""Step 3: the initiative format (../shared/spec/initiative-format.md): its model, loading a
parsed document into a validated ``Initiative``, its JSON Schema and the ``init`` template."""
