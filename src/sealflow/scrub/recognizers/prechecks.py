"""Presidio's own pattern recognizers, run only where their patterns could match.

Presidio's e-mail and IP patterns are tried at every position of every text, though most
texts hold no "@" and no dotted or colon-separated number. Each check below is a necessary
condition read off the patterns as Presidio ships them: a text that fails it cannot hold a
match, so the recognizer's answer there is empty without running it, and elsewhere the
recognizer runs unchanged. The e-mail pattern runs only on the stretches between whitespace
that hold an "@": no character it matches is whitespace, so every match lies inside one
such stretch, and its word boundaries at a stretch's ends read the same in the stretch alone
(whitespace and the text's ends are both no word character). A recognizer whose patterns
differ from the shipped ones (another Presidio version, a study's own patterns or deny list)
is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from presidio_analyzer import EntityRecognizer, PatternRecognizer, RecognizerResult
from presidio_analyzer.predefined_recognizers import EmailRecognizer, IpRecognizer

# IPv4, alone or inside IPv6: four groups of digits with dots between ("10.0.0.1",
# "::ffff:10.0.0.1"); the middle two of one to three digits each
_DOTTED_QUAD = re.compile(r"\d\.\d{1,3}\.\d{1,3}\.\d")
# IPv6 written in full, eight groups and no "::" (every shorter form holds "::")
_EIGHT_GROUPS = re.compile(r"(?:[0-9a-f]{1,4}:){7}[0-9a-f]", re.IGNORECASE)


# a stretch of text between whitespace holding an "@", found from its start only
_STRETCH_WITH_AT = re.compile(r"(?<!\S)[^\s@]*@\S*")


def may_hold_email(text: str) -> bool:
    """Every match of Presidio's e-mail pattern holds its "@"."""
    return "@" in text


def may_hold_ip(text: str) -> bool:
    """Every match of Presidio's IP patterns holds four groups of digits between dots (IPv4,
    alone or inside IPv6), "::" (IPv6 shortened, unspecified or mapped), or eight groups."""
    return (
        "::" in text
        or _DOTTED_QUAD.search(text) is not None
        or (text.count(":") >= 7 and _EIGHT_GROUPS.search(text) is not None)
    )


# Presidio's class -> the check its shipped patterns allow
PRECHECKS: dict[type[PatternRecognizer], Callable[[str], bool]] = {
    EmailRecognizer: may_hold_email,
    IpRecognizer: may_hold_ip,
}


def _as_shipped(recognizer: PatternRecognizer) -> bool:
    """Whether the recognizer runs its class's own patterns (and no deny list's)."""
    shipped: list[Any] = getattr(type(recognizer), "PATTERNS", [])
    own: list[Any] = getattr(recognizer, "patterns", [])
    return [(p.name, p.regex) for p in own] == [(p.name, p.regex) for p in shipped]


def gated(recognizer: PatternRecognizer, check: Callable[[str], bool]) -> Callable[..., Any]:
    """The recognizer's ``analyze``, answering [] at once for a text ``check`` rules out."""
    analyze = recognizer.analyze

    def analyze_if_possible(text: str, *args: Any, **kwargs: Any) -> Any:
        return analyze(text, *args, **kwargs) if check(text) else []

    return analyze_if_possible


def on_stretches_with_at(recognizer: PatternRecognizer) -> Callable[..., Any]:
    """The e-mail recognizer's ``analyze``, run on each stretch holding an "@" alone, its
    results moved back to the text's offsets (Presidio's own last step, which drops
    duplicates and sorts, run again over them all)."""
    analyze = recognizer.analyze

    def analyze_stretches(text: str, *args: Any, **kwargs: Any) -> list[RecognizerResult]:
        if not may_hold_email(text):
            return []
        results: list[RecognizerResult] = []
        for stretch in _STRETCH_WITH_AT.finditer(text):
            for result in analyze(stretch.group(), *args, **kwargs):
                result.start += stretch.start()
                result.end += stretch.start()
                results.append(result)
        return EntityRecognizer.remove_duplicates(results)

    return analyze_stretches


def install(recognizers: Iterable[EntityRecognizer]) -> None:
    """Put each check in front of its recognizer (the instance's own ``analyze``)."""
    for recognizer in recognizers:
        check = PRECHECKS.get(type(recognizer))  # type: ignore[arg-type]
        if check is None or not isinstance(recognizer, PatternRecognizer):
            continue
        if not _as_shipped(recognizer):
            continue
        if type(recognizer) is EmailRecognizer:
            recognizer.analyze = on_stretches_with_at(recognizer)  # type: ignore[method-assign]
        else:
            recognizer.analyze = gated(recognizer, check)  # type: ignore[method-assign]
