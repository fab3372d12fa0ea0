"""Interview doc ids stay out of what reviewers and the archive get: aliases drawn per copy.

A doc id (``interview-<12 hex>``, govern/interviews.py ``doc_id``) is a keyed hash of a
pseudonymous ID: whoever holds the interview key and the provider's roster turns it back
into the person. The workflow's own records need it (vendor batches, deletions, erasure),
but the de-identification report (results/report/, the reviewers' copy) and the deposit do
not: they name each document by an alias drawn at random for that copy instead
(``document-<12 hex>``, the same alias for the same document throughout one copy). The
mapping is never written, so no key leads from an alias back to a person. The deposit
then searches every file of its payload and bag, and one that still holds a doc id stops
it, naming the file. On the ground floor: the report and the deposit both use it.
"""

from __future__ import annotations

import re
import secrets
from pathlib import Path

from sealflow import fsutil
from sealflow.errors import IntegrityError

DOC_ID = re.compile(r"interview-[0-9a-f]{12}")
# A doc id or an alias an earlier copy drew: a copy made from a copy (the deposit's, from
# the report) draws its own aliases, so no two copies share one.
_DOC_ID_OR_ALIAS = re.compile(r"(?:interview|document)-[0-9a-f]{12}")
_DOC_ID_BYTES = re.compile(DOC_ID.pattern.encode("ascii"))


def alias_doc_ids(text: str, aliases: dict[str, str], redraw: bool = False) -> str:
    """``text`` with every doc id replaced by its alias (drawn on first sight into ``aliases``).

    ``redraw`` replaces the aliases of an earlier copy too.
    """

    def alias(match: re.Match[str]) -> str:
        return aliases.setdefault(match.group(0), f"document-{secrets.token_hex(6)}")

    return (_DOC_ID_OR_ALIAS if redraw else DOC_ID).sub(alias, text)


def copy_with_aliases(source: Path, target: Path, aliases: dict[str, str]) -> None:
    """Copy a text file (a report) into the deposit: doc ids and earlier aliases redrawn."""
    text = source.read_text(encoding="utf-8")
    fsutil.write_text(target, alias_doc_ids(text, aliases, redraw=True))


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
