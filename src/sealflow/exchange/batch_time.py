"""When a received batch says it was made: not later than our clock allows.

Kept batches are opened oldest first by id, and an id starts with its UTC creation time
(`<YYYYMMDDTHHMMSSZ>-<sender>-<purpose>-<8 hex>`), so the newest file of a name wins. A
batch dated in the future (a sender whose clock is wrong, or a hostile one) would shadow
every later correction of its files until that date. So a received batch's id must start
with a real UTC time, and neither that time nor the manifest's `created` may be more than
MAX_AHEAD after our clock. A day covers a clock set to the wrong time zone (at most 14
hours) and ordinary drift; anything later is refused, with a rejected receipt telling the
sender to set its clock right and send again. Dates in the past are not bounded: an old
batch only loses to newer ones.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sealflow.errors import IntegrityError
from sealflow.exchange.manifest import Manifest

MAX_AHEAD = timedelta(days=1)
_STAMP = "%Y%m%dT%H%M%SZ"
_STAMP_LENGTH = len("20260101T000000Z")


def batch_time(batch_id: str, where: str) -> datetime:
    """The UTC time a batch id starts with (IntegrityError if it starts with none)."""
    try:
        if batch_id[_STAMP_LENGTH : _STAMP_LENGTH + 1] != "-":
            raise ValueError
        return datetime.strptime(batch_id[:_STAMP_LENGTH], _STAMP).replace(tzinfo=UTC)
    except ValueError:
        raise IntegrityError(
            f"{where}: batch id {batch_id!a} does not start with its UTC creation time "
            "(YYYYMMDDTHHMMSSZ-), which orders batches; the batch is refused: the sender must "
            "send the files again in a batch named <UTC time>-<sender>-<purpose>-<8 hex>"
        ) from None


def check_not_ahead(manifest: Manifest, where: str, now: datetime | None = None) -> None:
    """Refuse a batch whose id or `created` time is more than MAX_AHEAD after ``now``."""
    now = now or datetime.now(UTC)
    latest = now + MAX_AHEAD
    dated = {
        "batch id": batch_time(manifest.batch_id, where),
        # `created` was checked to be ISO 8601 with a zone when the manifest was parsed
        "created": datetime.fromisoformat(manifest.created).astimezone(UTC),
    }
    for what, when in dated.items():
        if when > latest:
            raise IntegrityError(
                f"{where}: {what} is dated {when:%Y-%m-%d %H:%M} UTC, more than "
                f"{MAX_AHEAD.days} day after our clock ({now:%Y-%m-%d %H:%M} UTC); a batch "
                "from the future would replace every later file of the same name, so it is "
                f"refused: {manifest.sender} must set its clock right and send the files "
                "again in a new batch"
            )
