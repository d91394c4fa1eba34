"""Qt models: thin adapters over plain rows from the core."""
