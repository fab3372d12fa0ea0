"""Presidio's URL recognizer, run only on texts that could hold a URL; and paths into a
user's own folder.

Presidio's URL pattern is long and tried at every position of every text; most survey
answers and transcript turns hold no URL at all. A cheap test (a scheme, "www", or a dot
directly followed by letters, as in "example.org") finds where one could be, and the
pattern runs only on the whitespace-delimited stretch around each such place (a URL holds
no spaces), with offsets mapped back.

Presidio's pattern ends at a top-level domain with nothing after it to say the word ends,
so a file name or a dotted user name whose next letters spell a country code matched in
part: "notes.docx" as "notes.do" (.do), "horatia.mcgillicuddy" as "horatia.mc" (.mc), and
the replacement left the rest ("[URL-1]cx", "[URL-2]gillicuddy"). A match that a letter or
digit follows is no address and is dropped.

A path into a user's profile folder ("C:\\Users\\horatia.mcgillicuddy\\Documents",
"/home/bquilliam/notes", "file:///C:/Users/...", "\\\\server\\c$\\Users\\...") names its
user: the whole path, from its start to the next space, is one finding, so no part of the
name is left beside the placeholder. A file: link, or a mailto: link with a query
("?subject=..."), is one finding whole too; a bare mailto: address is left to the e-mail
recognizers (internal_email_recognizer.py), so it gets the placeholder of the same address
written without the scheme.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import UrlRecognizer

# a word goes on after the match: the "top-level domain" was the start of a longer word
_WORD_GOES_ON = re.compile(r"[^\W_]")
# a profile folder and the user name after it; a Unix one ("/home/", "/Users/") only where a
# path starts (not "work/home/life"), a Windows one ("\Users\") anywhere
_USER_FOLDER = re.compile(
    r"(?:\\|(?<![\w.])/)(?:users|home|documents and settings)[\\/][^\\/\s:*?\"<>|]+",
    re.IGNORECASE,
)
# a file: link, or a mailto: link with a query (a scheme Presidio's pattern does not know):
# the whole link, as a folder named for someone or a subject line is not found in it
# otherwise; a bare mailto: address is the e-mail recognizers' (one [EMAIL-n] with the
# same address written elsewhere)
_LINK = re.compile(
    r"\b(?:file:[^\s\"'<>()\[\]]+|mailto:[^\s\"'<>()\[\]?]*\?[^\s\"'<>()\[\]]*)", re.IGNORECASE
)
# where the path of such a folder ends: a space, a quote or a closing bracket
_PATH_END = re.compile(r"[\s\"'<>()\[\]]")
PATH_SCORE = 0.85


def _user_paths(text: str) -> list[tuple[int, int]]:
    """The whitespace-delimited stretches holding a path into a user's profile folder."""
    spans: list[tuple[int, int]] = []
    for match in _USER_FOLDER.finditer(text):
        if spans and match.start() < spans[-1][1]:
            continue
        start = match.start()
        while start > 0 and not _PATH_END.match(text[start - 1]):
            start -= 1
        end = _end_of_path(text, match.end())
        spans.append((start, end))
    return spans


def _end_of_path(text: str, position: int) -> int:
    """The next space, quote or bracket; past a space when the word after it goes on into
    the path ("C:\\Users\\Horatia McGillicuddy\\Desktop": a folder name with a space)."""
    while True:
        stop = _PATH_END.search(text, position)
        if stop is None:
            return len(text)
        after = _PATH_END.search(text, stop.end())
        word = text[stop.end() : after.start() if after else len(text)]
        if text[stop.start()] != " " or not word or not re.search(r"[\\/]", word):
            return stop.start()
        position = stop.end()


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
        ("I typed it up in notes.docx and sent it", []),
        ("he logs in as horatia.mcgillicuddy at work", []),
        ("see example.org, then example.com's page", ["example.org", "example.com"]),
        (
            r"saved to C:\Users\horatia.mcgillicuddy\Documents on the drive",
            [r"C:\Users\horatia.mcgillicuddy\Documents"],
        ),
        (
            "link file:///C:/Users/barnaby.quilliam/Documents/notes.docx here",
            ["file:///C:/Users/barnaby.quilliam/Documents/notes.docx"],
        ),
        ("in /home/bquilliam/notes and", ["/home/bquilliam/notes"]),
        (
            r"at C:\Documents and Settings\Horatia McGillicuddy\Desktop now",
            [r"C:\Documents and Settings\Horatia McGillicuddy\Desktop"],
        ),
        ("the work/home/life balance, users/home folders", []),
        ("write to mailto:fenella.brackenbury@unit.example today", []),
        (
            "write to mailto:f.b@unit.example?subject=Brackenbury%20case now",
            ["mailto:f.b@unit.example?subject=Brackenbury%20case"],
        ),
        (
            "open file://fs01/share/Brackenbury_F/notes.docx",
            ["file://fs01/share/Brackenbury_F/notes.docx"],
        ),
        ("the file: notes are there; mailto: is a scheme", []),
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
                if not _WORD_GOES_ON.match(text, result.end):
                    results.append(result)
        if "\\" in text or "/" in text or ":" in text:
            paths = _user_paths(text)
            for link in _LINK.finditer(text):
                if not any(s <= link.start() < e for s, e in paths):
                    paths.append(link.span())
            results = [r for r in results if not any(s <= r.start < e for s, e in paths)]
            for start, end in paths:
                results.append(
                    RecognizerResult(
                        "URL",
                        start,
                        end,
                        PATH_SCORE,
                        recognition_metadata={
                            RecognizerResult.RECOGNIZER_NAME_KEY: str(getattr(self, "name", "")),
                            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                            RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
                        },
                    )
                )
        return results
