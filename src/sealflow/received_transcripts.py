"""The files in the received transcripts folder, by name: what the transcript scrub owes.

Transcripts land directly in ``inputs.transcripts`` (`sealflow import`) or one level down, a
folder per vendor (exchange/vendors.py), the two levels the scrub reads. Two readers need
the same list: the workflow, whose transcript scrub takes each file as an input of its own
so that a transcript added or replaced in a folder no rule makes (an imported one) reruns it
(Snakemake dates a folder by its timestamp marker, which an import does not touch); and the
"every document scrubbed" gate, which compares this list with the scrubbed folder. Every
regular file counts, whatever its suffix: a file the scrub cannot read is still one that
was received and is not scrubbed. Names and dates only; no file is opened.
"""

from __future__ import annotations

from pathlib import Path

# The document types the transcript scrub reads (scrub.formats.READERS; a test keeps the two
# the same). `sealflow import` refuses a transcript of any other type: it would be received
# and never scrubbed, and the gate would fail with a fix no rerun can bring.
SCRUBBED_SUFFIXES = (".txt", ".vtt", ".srt", ".docx")


def received_transcripts(folder: str | Path) -> dict[str, Path]:
    """Each file (name relative to ``folder``, POSIX) -> its path, sorted; hidden names left
    out (Snakemake's ``.snakemake_timestamp``, a half-written ``.name.part``). A folder
    that does not exist yet holds nothing."""
    root = Path(folder)
    if not root.is_dir():
        return {}
    entries = [p for p in root.iterdir() if not p.name.startswith(".")]
    entries += [
        p
        for sub in entries
        if sub.is_dir() and not sub.is_symlink()
        for p in sub.iterdir()
        if not p.name.startswith(".")
    ]
    files = sorted(p for p in entries if p.is_file() and not p.is_symlink())
    return {p.relative_to(root).as_posix(): p for p in files}
