"""The export formats by name (light: the command line lists them without loading exporters)."""

FORMATS = ("site", "json", "hsds", "ics", "atom", "csv", "social", "all")
