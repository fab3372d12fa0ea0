"""sealflow.scrub: identifiers out of free text and transcripts, offline.

Importing the package first makes tldextract snapshot-only (see ``offline``), so no later
import or call can fetch the public-suffix list.
"""

from sealflow.scrub import offline as _offline  # noqa: F401  (side effect: offline guard)
