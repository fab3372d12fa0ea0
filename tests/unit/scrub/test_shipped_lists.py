"""The scrubber's lists ship inside the package and are edited under config/.

Why: a study's reviewer reads and amends config/scrub/*.yaml and config/recognizers.yaml; the
library reads its packaged copies. If one side drifts (a merge once turned a link into a
stale copy), the reviewed list is not the list that runs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
PACKAGE = REPO / "src" / "sealflow" / "scrub"
EDITED = [*sorted((REPO / "config" / "scrub").glob("*.yaml")), REPO / "config" / "recognizers.yaml"]


@pytest.mark.parametrize("edited", EDITED, ids=lambda path: path.name)
def test_when_a_list_is_edited_under_config_then_the_package_reads_the_same_bytes(
    edited: Path,
) -> None:
    shipped = PACKAGE / edited.name
    assert shipped.exists(), f"{shipped} missing: link it to {edited}"
    assert shipped.read_bytes() == edited.read_bytes(), f"{shipped} differs from {edited}"
