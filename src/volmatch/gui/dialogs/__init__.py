"""Dialogs: import, publish, history, trash, conflicts, database faults, about."""
