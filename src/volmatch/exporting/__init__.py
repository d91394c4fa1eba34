"""Publishing listings: a static multilingual site and data feeds (see docs/exports.md)."""

from volmatch.exporting.exporter import FORMATS, ExportReport, build, export

__all__ = ["FORMATS", "ExportReport", "build", "export"]
