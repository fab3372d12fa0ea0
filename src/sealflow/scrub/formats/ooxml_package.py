"""Open an Office (OOXML) zip package safely: refuse zip bombs and hostile XML, one clear error.

A .docx comes from outside. Before any part is inflated the central directory is checked:
member count, total uncompressed size and each member's compression ratio (zipfile itself
stops a member at its declared size, and a lying header fails its CRC). Parts are parsed
without DTDs, entity expansion or network access, and libxml2's depth limit (256 levels)
refuses deeply nested XML; a document type declaration is refused outright (OOXML has none).
"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from sealflow.errors import DocumentError

MAX_MEMBERS = 2_000
MAX_TOTAL_BYTES = 256 * 1024 * 1024
MAX_RATIO = 200
RATIO_FLOOR_BYTES = 1024 * 1024  # small parts may compress very well; only big ones are judged
READ_CHUNK = 64 * 1024


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_blank_text=False,
    )


@dataclass
class Package:
    """The members of a package in order, their raw bytes, and the parts parsed so far."""

    path: Path
    infos: list[zipfile.ZipInfo]
    data: dict[str, bytes]

    def names(self) -> list[str]:
        return [info.filename for info in self.infos]

    def parse(self, name: str) -> etree._ElementTree:
        raw = self.data[name]
        try:
            tree = etree.ElementTree(etree.fromstring(raw, _parser()))
        except etree.XMLSyntaxError as exc:
            deep = "depth" in str(exc).lower()
            reason = " ".join(str(exc).split())  # libxml2's message may hold line breaks
            raise DocumentError(
                f"{self.path}: part {name} "
                + ("nests XML too deeply" if deep else "is not well-formed XML")
                + f" ({reason}); the file is corrupt or crafted: re-save it from Word"
            ) from None
        if tree.docinfo.doctype:
            raise DocumentError(
                f"{self.path}: part {name} declares a document type, which Office files never "
                "do; the file is crafted: re-save it from Word"
            )
        return tree

    def save(
        self, out_file: Path, replaced: dict[str, bytes], dropped: frozenset[str] = frozenset()
    ) -> None:
        """Write every member in its order, with the replaced parts' new bytes, but those
        ``dropped``."""
        with zipfile.ZipFile(out_file, "w") as zout:
            for info in self.infos:
                if info.filename in dropped:
                    continue
                zout.writestr(info, replaced.get(info.filename, self.data[info.filename]))


def _safe_name(name: str) -> bool:
    """A member name as Office writes it: relative, forward slashes, no "..", no drive."""
    parts = name.split("/")
    return not (
        name.startswith("/") or "\\" in name or ":" in parts[0] or ".." in parts or "\0" in name
    )


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """A member's bytes, read in chunks: never more than its declared size is inflated.

    ``ZipFile.read`` inflates the whole compressed stream in one call before cutting it to
    the declared size, so a member that lies about its size (a few KiB declared, gigabytes
    inflated) would exhaust memory; read in chunks, it stops at the declared size and its
    checksum then fails (BadZipFile).
    """
    chunks = []
    with archive.open(info) as member:
        while chunk := member.read(READ_CHUNK):
            chunks.append(chunk)
    return b"".join(chunks)


def open_package(path: Path) -> Package:
    """Read a zip package whole after checking it is not a bomb."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_MEMBERS:
                raise DocumentError(
                    f"{path}: the package has {len(infos)} members (limit {MAX_MEMBERS}); "
                    "refused as a possible zip bomb;"
                    " ask the sender to re-save it from Word (Save As .docx) and send it again"
                )
            names = [info.filename for info in infos]
            if len(set(names)) != len(names):
                raise DocumentError(f"{path}: the package names a member twice; refused")
            unsafe = next((n for n in names if not _safe_name(n)), None)
            if unsafe is not None:
                raise DocumentError(
                    f"{path}: member name {unsafe!r} is absolute or climbs out of the "
                    "package; refused"
                )
            total = sum(info.file_size for info in infos)
            if total > MAX_TOTAL_BYTES:
                raise DocumentError(
                    f"{path}: the package inflates to {total} bytes (limit {MAX_TOTAL_BYTES}); "
                    "refused as a possible zip bomb;"
                    " ask the sender to re-save it from Word (Save As .docx) and send it again"
                )
            for info in infos:
                ratio = info.file_size / max(info.compress_size, 1)
                if info.file_size > RATIO_FLOOR_BYTES and ratio > MAX_RATIO:
                    raise DocumentError(
                        f"{path}: member {info.filename} compresses {ratio:.0f}:1 "
                        f"(limit {MAX_RATIO}:1); refused as a possible zip bomb;"
                        " ask the sender to re-save it from Word (Save As .docx) and send it again"
                    )
            data = {info.filename: _read_member(archive, info) for info in infos}
    except zipfile.BadZipFile as exc:
        raise DocumentError(
            f"{path}: not a readable .docx file (BadZipFile: {exc}); the file is damaged or "
            "not a .docx; ask the sender to re-save it from Word (Save As .docx) and send it again"
        ) from None
    except (RuntimeError, NotImplementedError, EOFError, zlib.error) as exc:  # encrypted, odd
        raise DocumentError(
            f"{path}: not a readable .docx file ({type(exc).__name__}: {exc}); the file is "
            "damaged, encrypted or not a .docx; ask the sender to re-save it from Word (Save As "
            ".docx, without a password) and send it again"
        ) from None
    return Package(path, infos, data)
