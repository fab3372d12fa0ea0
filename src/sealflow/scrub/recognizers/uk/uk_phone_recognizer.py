"""UK phone numbers in every written form, found by Google's libphonenumber (region GB).

Presidio's generic phone recognizer has used the invalid region "UK" (Presidio #2173) and
keeps only numbers libphonenumber calls *valid*, which drops Ofcom's drama ranges and many
real-world forms. Here a *possible* number counts when it is written like a UK phone number
(leading 0, +44 or 0044, or "(0)"), with extensions kept inside the span.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

import phonenumbers
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from sealflow.scrub.recognizers.base import ContextRegexRecognizer

# A number written in UK layout, for when libphonenumber's matcher reads digits that follow
# it ("07700 900123 14 Acacia Road") as part of one over-long number and drops it whole.
_WRITTEN = re.compile(
    r"(?<![\w+(])(?:\+44\s?(?:\(0\)\s?)?|0|\(0(?=\d{2,4}\)))\d{2,4}\)?[ \-\n]?\d{3,4}[ \-\n]?"
    r"\d{3,4}(?!\w)"
)
# A number on the MOD's own network (DFTS), as signature blocks give it beside the civil
# one: "Mil: 94434 7587", "Mil Tel 9 4434 7587", "DFTS 94434-7587" (a site code from 9, then
# the extension). libphonenumber knows no such range, and nothing else writes it so.
_MILITARY = re.compile(
    r"(?i)\b(?:mil(?:itary)?(?:[ \t]+(?:tel|no|number|line|ext))?|dfts)[ \t]*[:.\-]?[ \t]*"
    r"(?P<number>9[ \t]?\d{3,4}[ \t\-]?\d{4})(?![\w/.:])"
)
# The same with the letter O typed for the leading zero ("O7700 900123").
_LETTER_O = re.compile(r"(?<![\w+])[Oo](?=[1-9]\d{1,3}[ \-]?\d{3,4}[ \-]?\d{3,4}(?!\w))")


class UkPhoneRecognizer(ContextRegexRecognizer):
    ENTITY = "PHONE"
    REGION: ClassVar[str] = "GB"
    CONTEXT = (
        "phone",
        "mobile",
        "mob",
        "tel",
        "telephone",
        "call",
        "ring",
        "text",
        "number",
        "whatsapp",
        "landline",
        "contact",
    )
    EXAMPLES = (
        ("ring me on 07700 900123 after 6", ["07700 900123"]),
        ("my mobile is +44 7700 900456.", ["+44 7700 900456"]),
        ("office +44 (0)20 7946 0018 ext 214 thanks", ["+44 (0)20 7946 0018 ext 214"]),
        ("call 0117 496 0123 or 0044 161 496 0000", ["0044 161 496 0000", "0117 496 0123"]),
        ("freephone 0800 123 4567", ["0800 123 4567"]),
        ("tel: 01632-960-123", ["01632-960-123"]),
        ("07700 900123 14 Acacia Road", ["07700 900123"]),
        ("Mil: 94434 7587 | T: 01264 791651", ["01264 791651", "94434 7587"]),
        ("DFTS 9 4434-7587", ["9 4434-7587"]),
        ("the mil budget was 9000 4000 in all", []),
        ("ring me on O7700 900123", ["O7700 900123"]),
        ("next of kin, tel 0783\n484 4513.", ["0783\n484 4513"]),
        ("next of kin, tel (020) 3529\n0777.", ["(020) 3529\n0777"]),
        ("it took 12 days and 3 years", []),
        ("service number 25012345", []),
        ("the 2019 to 2021 period", []),
    )

    def __init__(self, supported_language: str = "en", leniency: int = 0, **kwargs: Any) -> None:
        self.leniency = phonenumbers.Leniency.POSSIBLE if leniency == 0 else leniency
        super().__init__(supported_language=supported_language, **kwargs)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if entities and self.ENTITY not in entities:
            return []
        results = []
        for match in phonenumbers.PhoneNumberMatcher(text, self.REGION, leniency=self.leniency):
            raw = match.raw_string.lstrip()
            digits = sum(ch.isdigit() for ch in raw)
            written_as_phone = raw.startswith(("0", "+", "(")) or self.has_context(
                text, match.start, match.end
            )
            if not written_as_phone or digits < 9:
                continue
            score = 0.85 if phonenumbers.is_valid_number(match.number) else 0.7
            if self.has_context(text, match.start, match.end):
                score = min(1.0, score + 0.15)
            results.append(self.result(match.start, match.end, score))
        for written in _WRITTEN.finditer(text):
            start, end = written.span()
            if any(r.start < end and start < r.end for r in results):
                continue
            try:
                number = phonenumbers.parse(written.group(0).replace("\n", " "), self.REGION)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_possible_number(number):
                results.append(self.result(start, end, 0.7))
        for military in _MILITARY.finditer(text):
            start, end = military.span("number")
            if not any(r.start < end and start < r.end for r in results):
                results.append(self.result(start, end, 0.85))
        for letter in _LETTER_O.finditer(text):
            for result in results:
                if result.start == letter.end():
                    result.start = letter.start()
        return results
