"""Presidio's URL recognizer, run only on texts that could hold a URL.

Presidio's URL pattern is long and tried at every position of every text; most survey
answers and transcript turns hold no URL at all. A cheap test (a scheme, "www", or a dot
directly followed by letters, as in "example.org") finds where one could be, and the
pattern runs only on the whitespace-delimited stretch around each such place (a URL holds
no spaces), with offsets mapped back.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import UrlRecognizer


class QuickUrlRecognizer(UrlRecognizer):
    MAY_HOLD_URL: ClassVar[re.Pattern[str]] = re.compile(
        r"https?:|www\.|\w\.[A-Za-z]{2}", re.IGNORECASE
    )
    EXAMPLES: ClassVar[tuple[tuple[str, list[str]], ...]] = (
        (
            "see https://intranet.example.co.uk/page for more",
            ["https://intranet.example.co.uk/page"],
        ),
        ("the site www.example.org is down", ["www.example.org"]),
        ("no links here. Just text, e.g. this", []),
    )

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("supported_entity", "URL")
        super().__init__(**kwargs)

    def configure(self, settings: Any) -> None:
        """Nothing to configure."""

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        done: set[tuple[int, int]] = set()
        for hint in self.MAY_HOLD_URL.finditer(text):
            start = text.rfind(" ", 0, hint.start()) + 1
            end = min(
                len(text),
                *(i for i in (text.find(c, hint.end()) for c in " \n\t") if i >= 0),
                len(text),
            )
            start = max(start, text.rfind("\n", 0, hint.start()) + 1)
            if (start, end) in done:
                continue
            done.add((start, end))
            for result in super().analyze(text[start:end], entities, nlp_artifacts, regex_flags):
                result.start += start
                result.end += start
                results.append(result)
        return results
