"""UK vehicle registration marks: current (AB12 CDE), prefix (A123 BCD) and suffix (ABC 123D)."""

from __future__ import annotations

import re

from sealflow.scrub.recognizers.base import ContextRegexRecognizer


class UkVehicleRegistrationMarkRecognizer(ContextRegexRecognizer):
    ENTITY = "VEHICLE_REG"
    PATTERNS = (
        ("current", r"\b[A-Z]{2}\d{2} ?[A-Z]{3}\b", 0.75),
        ("current_lower", r"\b[a-z]{2}\d{2} ?[a-z]{3}\b", 0.4),
        ("prefix", r"\b[A-Z]\d{1,3} ?[A-Z]{3}\b", 0.45),
        ("suffix", r"\b[A-Z]{3} ?\d{1,3}[A-Z]\b", 0.45),
    )
    CONTEXT = (
        "reg",
        "registration",
        "number plate",
        "plate",
        "car",
        "van",
        "vehicle",
        "motorbike",
        "drive",
        "drives",
        "parked",
    )
    EXAMPLES = (
        ("my car reg is AB12 CDE", ["AB12 CDE"]),
        ("plate ld65xyz", ["ld65xyz"]),
        ("the old van P123 ABC", ["P123 ABC"]),
        ("reg number ABC 123D", ["ABC 123D"]),
        ("the SA80 rifle", []),
        ("we did OR5 and OF3 boards", []),
    )

    def score_match(self, match: re.Match[str], base_score: float, text: str) -> float | None:
        if self.has_context(text, match.start(), match.end()):
            return min(1.0, base_score + 0.4)
        return base_score
