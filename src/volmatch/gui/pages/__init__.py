"""Pages of the main window: the lists, matching and the overview."""
