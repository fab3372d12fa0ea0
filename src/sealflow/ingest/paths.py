"""Moved to ``sealflow.workspace`` (the ground floor); kept as a re-export for old imports."""

from sealflow.workspace import INPUT_DESCRIPTIONS, StudyPaths

__all__ = ["INPUT_DESCRIPTIONS", "StudyPaths"]
