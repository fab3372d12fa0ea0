"""The deposit as a BagIt bag (RFC 8493), made and validated with the `bagit` library.

The bag's data/ holds the certified payload (microdata as CSV and Parquet, the data
dictionary, the docs) and certification/ (the statement, both signatures and both public
keys), so the archive can check the bag with bagit and the statement with minisign and
nothing else. bag-info.txt carries the study, the contact and the dates; no identifier,
and no file of the bag holds an interview doc id (``sealflow.doc_aliases``).
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import tarfile
from datetime import UTC, datetime
from pathlib import Path

import bagit

from sealflow import fsutil
from sealflow.deposit.certify import check_files, read_statement
from sealflow.deposit.settings import DepositSettings
from sealflow.doc_aliases import check_no_doc_ids
from sealflow.errors import IntegrityError, PathSafetyError

CERTIFICATION = "certification"
CHECKSUMS = ["sha256", "sha512"]
_SAFE_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,127}$")


def bag_name(settings: DepositSettings, when: datetime | None = None) -> str:
    """``<study id>-deposit-<YYYYMMDD>``, checked to be one safe path component."""
    name = f"{settings.bag_name}-{(when or datetime.now(UTC)).strftime('%Y%m%d')}"
    if not _SAFE_NAME.fullmatch(name):
        raise PathSafetyError(
            f"bag name {name!r} (from config key study.id) is not a safe folder name: use "
            "lower-case letters, digits, '.', '_' and '-'"
        )
    return name


def _certification_files(settings: DepositSettings, into: Path, keys: dict[str, str]) -> None:
    fsutil.private_dir(into)
    for source in (settings.statement, settings.signature, settings.reviewer_signature):
        shutil.copyfile(source, into / source.name)
    for name, key_line in keys.items():
        fsutil.write_text(into / name, f"untrusted comment: minisign public key\n{key_line}\n")


def make_bag(settings: DepositSettings, public_keys: dict[str, str]) -> Path:
    """Build and validate the bag in the staging folder; returns its folder.

    ``public_keys`` maps a file name in certification/ to a minisign ``RW…`` key line.
    """
    statement_created = _statement_date(settings)
    name = bag_name(settings)
    building_root = fsutil.private_dir(settings.staging / f".bag-{secrets.token_hex(4)}")
    try:
        building = building_root / name
        shutil.copytree(settings.payload, building)
        # What goes into the bag is what was certified, checked on the copy itself.
        check_files(read_statement(settings.statement), building, settings.statement)
        _certification_files(settings, building / CERTIFICATION, public_keys)
        check_no_doc_ids(building)  # every file the archive gets, the statement included
        bag_info = {
            "Source-Organization": settings.organisation,
            "Contact-Name": settings.contact_name,
            "Contact-Email": settings.contact_email,
            "External-Description": f"Anonymised deposit of the study: {settings.study_name}",
            "Bag-Group-Identifier": settings.study_id,
            "Certification-Date": statement_created,
            "Bag-Size": _human_size(building),
        }
        bagit.make_bag(str(building), bag_info, processes=1, checksums=CHECKSUMS)
        validate_bag(building)
        final = fsutil.private_dir(settings.staging / "bag") / name
        if final.exists():
            shutil.rmtree(final)
        os.replace(building, final)
        fsutil.fsync_dir(final.parent)
    finally:
        shutil.rmtree(building_root, ignore_errors=True)
    return final


def _statement_date(settings: DepositSettings) -> str:
    return str(read_statement(settings.statement).get("created_at", ""))[:10]


def _human_size(folder: Path) -> str:
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    return f"{total / 1024:.1f} KB" if total < 1024**2 else f"{total / 1024**2:.1f} MB"


def validate_bag(folder: Path) -> None:
    """Validate every checksum and the Payload-Oxum; IntegrityError names the files at fault."""
    try:
        bagit.Bag(str(folder)).validate(processes=1)
    except bagit.BagValidationError as exc:
        details = getattr(exc, "details", None) or []
        names = sorted({str(getattr(d, "path", "")) for d in details if getattr(d, "path", "")})
        what = f"files failing: {', '.join(names)}" if names else str(exc.message)
        raise IntegrityError(
            f"{folder}: the bag does not validate ({what}); make it again"
        ) from None
    except bagit.BagError as exc:
        raise IntegrityError(f"{folder}: not a valid bag ({exc})") from None


def tar_bag(folder: Path, out: Path) -> Path:
    """A plain tar of the bag (one top folder, owners reset), written whole or not at all."""

    def anonymous_owner(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with fsutil.atomic_path(out) as tmp, tarfile.open(tmp, "w", format=tarfile.PAX_FORMAT) as tar:
        tar.add(folder, arcname=folder.name, filter=anonymous_owner)
    return out
