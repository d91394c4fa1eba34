"""Widgets shared by pages and editors."""
