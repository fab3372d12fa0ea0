"""Keep scrubbing offline: no library may reach the network at import or run time.

Presidio's email recognizer calls ``tldextract.extract``, whose default extractor fetches
the public-suffix list over HTTPS on first use (Presidio #1205). sealflow swaps in an
extractor that reads only the snapshot bundled inside tldextract and never caches to disk.
"""

from __future__ import annotations

import os

import tldextract
import tldextract.tldextract


def use_bundled_suffix_list() -> None:
    """Replace tldextract's module-level extractor with a snapshot-only, no-cache one."""
    extractor = tldextract.TLDExtract(
        cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True
    )
    tldextract.tldextract.TLD_EXTRACTOR = extractor
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


use_bundled_suffix_list()
