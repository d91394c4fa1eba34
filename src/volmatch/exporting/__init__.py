"""Publishing listings: a static multilingual site and data feeds (see docs/exports.md)."""

from volmatch.exporting.exporter import (
    EXPORT_FORMATS,
    FORMATS,
    ExportFormat,
    ExportReport,
    build,
    export,
)

__all__ = ["EXPORT_FORMATS", "FORMATS", "ExportFormat", "ExportReport", "build", "export"]
