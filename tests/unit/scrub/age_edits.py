"""What the exact-age tests share: which words of a text its [AGE-n] placeholders stand for."""

from __future__ import annotations

import re


def ages_gone(scrubbed: str, text: str) -> list[str]:
    """What each [AGE-n] stands for (other placeholders, a name or a place, are passed over);
    fails unless the rest of the text is unchanged."""
    kinds = re.findall(r"\[([A-Z_]+)-\d+\]", scrubbed)
    parts = re.split(r"\[[A-Z_]+-\d+\]", scrubbed)
    match = re.fullmatch("(.+?)".join(re.escape(part) for part in parts), text, re.DOTALL)
    assert match is not None, (scrubbed, text)
    return [said for kind, said in zip(kinds, match.groups(), strict=True) if kind == "AGE"]
