"""Interview doc ids stay out of the deposit: each becomes an alias drawn for this deposit.

A doc id (``interview-<12 hex>``, govern/interviews.py ``doc_id``) is a keyed hash of a
pseudonymous ID: whoever holds the interview key and the provider's roster turns it back
into the person, so it has no place in an anonymised deposit. The de-identification
report names documents by doc id (received batches, retention, vendor deletions); its
copies in the deposit name each by an alias drawn at random for this deposit instead
(``document-<12 hex>``, the same alias for the same document throughout the deposit). The
mapping is never written, so nothing with any key leads from an alias back to a person.
Every file of the payload and of the bag is then searched, and one that still holds a doc
id stops the deposit naming it.
"""

from __future__ import annotations

import re
import secrets
from pathlib import Path

from sealflow import fsutil
from sealflow.errors import IntegrityError

DOC_ID = re.compile(r"interview-[0-9a-f]{12}")
_DOC_ID_BYTES = re.compile(DOC_ID.pattern.encode("ascii"))


def alias_doc_ids(text: str, aliases: dict[str, str]) -> str:
    """``text`` with every doc id replaced by its alias (drawn on first sight into ``aliases``)."""

    def alias(match: re.Match[str]) -> str:
        return aliases.setdefault(match.group(0), f"document-{secrets.token_hex(6)}")

    return DOC_ID.sub(alias, text)


def copy_with_aliases(source: Path, target: Path, aliases: dict[str, str]) -> None:
    """Copy a text file (a report) into the deposit with its doc ids replaced by aliases."""
    fsutil.write_text(target, alias_doc_ids(source.read_text(encoding="utf-8"), aliases))


def check_no_doc_ids(folder: Path) -> None:
    """IntegrityError naming the first file under ``folder`` that holds a doc id.

    Bytes are searched, so text of any encoding that keeps ASCII as is, and uncompressed
    binary, are covered; the Parquet copy of the microdata is compressed, and is checked
    through its CSV twin, which holds the same cells.
    """
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if _DOC_ID_BYTES.search(path.read_bytes()):
            raise IntegrityError(
                f"{path.relative_to(folder)}: holds an interview doc id, which leads back to "
                "the person with the interview key; the deposit was not made; find where "
                "that file takes it from and leave it out",
                path=str(path),
            )
