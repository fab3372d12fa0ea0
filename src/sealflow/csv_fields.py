"""Python's csv module refuses a field longer than 131,072 characters unless told otherwise.

A survey's free-text answer may be longer (docs/DATA.md: no field-size limit), and a file is
only ever read whole here, so the limit is raised to the text's own length before reading:
a long answer is read, never a traceback (a blind tester's 145,599-character answer crashed
the withdrawal screen after the batch had been accepted).
"""

from __future__ import annotations

import csv


def allow_fields_of(length: int) -> None:
    """Let csv read a field as long as ``length`` characters (the limit never goes down)."""
    csv.field_size_limit(max(csv.field_size_limit(), length + 1))
