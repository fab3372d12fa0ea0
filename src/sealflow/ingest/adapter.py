"""Moved to ``sealflow.adapters`` (the ground floor); kept as a re-export for old imports."""

from sealflow.adapters import one_line_errors

__all__ = ["one_line_errors"]
