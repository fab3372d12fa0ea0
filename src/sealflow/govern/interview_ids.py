"""The interview's document id: a keyed hash of the interviewee's pseudonymous ID.

Its own module, below both the selection (interviews.py), which names each invitee's
interview by it, and the holdings (holdings.py), which recompute it to find a person's
transcripts and recordings even when the interview map has lost their row. Stable across
reruns, and unlinkable to the ID without the workspace's interview key.
"""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path

INTERVIEW_KEY = "interview_id.key"  # in the workspace's keys folder


def interview_key_path(workspace: Path) -> Path:
    """The key of the interview IDs: its own, so that no other record's key is shared."""
    return workspace / "keys" / INTERVIEW_KEY


def doc_id(key: bytes, pseudonymous_id: str) -> str:
    """The interview's document id: keyed, so the id does not lead back to the person."""
    digest = hmac.new(key, b"interview:" + pseudonymous_id.encode("utf-8"), hashlib.sha256)
    return f"interview-{digest.hexdigest()[:12]}"
