"""Named bases, stations, ships and units: a configurable gazetteer plus their general shapes.

The gazetteer (config/scrub/gazetteer.yaml) lists places by type. The shapes catch what it
does not list: "RAF Lossiemouth", "HMS Dauntless", "Kiwi Barracks", "Bhurtpore Lines",
"Tidworth Camp", "3 Rifles", "1st Battalion", "22 Field Hospital", "2 Signal Regiment",
"Royal Welsh Fusiliers", "845 Naval Air Squadron". Service-wide names that identify no one
(the Army, the Royal Navy, RAF on its own) stay through the allow list.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from sealflow.scrub.recognizers.base import ContextRegexRecognizer
from sealflow.scrub.recognizers.generic.deny_list_recognizer import phrase_regex

_CAP = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_ORD = r"\d{1,3}(?:st|nd|rd|th)?"
BASE_SHAPES = (
    r"\b(?:RAF|RNAS|HMNB|MOD|DSTL|RM|RAF\s+Station|Royal\s+Naval\s+Air\s+Station)\s+"
    + _CAP
    + r"(?:\s+"
    + _CAP
    + r")?",
    r"\b"
    + _CAP
    + r"(?:\s+"
    + _CAP
    + r")?\s+(?:Barracks|Camp|Garrison|Lines|Airfield|Dockyard|Naval\s+Base|Training\s+Area|Air\s+Station|Cantonment)\b",  # noqa: E501
)
UNIT_SHAPES = (
    r"\b(?:HMS|RFA|HMY|HMSM)\s+" + _CAP + r"(?:\s+" + _CAP + r")?",
    r"\b"
    + _ORD
    + r"\s+(?:Bn|Battalion|Regiment|Regt|Squadron|Sqn|Brigade|Bde|Company|Coy|Battery|Bty|Platoon|Pl|Troop|Tp|Wing|Flight|Division|Div)\b(?:,?\s+(?:the\s+)?"  # noqa: E501
    + _CAP
    + r"(?:\s+(?:of\s+)?"
    + _CAP
    + r"){0,3})?",
    r"\b"
    + _ORD
    + r"\s+(?:"
    + _CAP
    + r"\s+){1,3}(?:Regiment|Regt|Squadron|Sqn|Brigade|Battalion|Hospital|Group|Wing|Company|Battery|Corps)\b",  # noqa: E501
    r"\b\d{1,3}\s+(?:Rifles|SCOTS|RIFLES|PARA|Para|Cdo|Commando|Sigs|Signals|RLC|REME|RE|RA|RAMC|RHA|RTR|Lancs|LANCS|Mercian|MERCIAN|Yorks|YORKS|Guards|Gurkha\s+Rifles|RGR|RWF|RRF|Welsh|WELSH|Irish|IRISH|RM|Sqn)\b",
    r"\b(?:[A-Z]\s+(?:Coy|Company|Sqn|Squadron|Bty|Battery))\b",
    r"\b(?:The\s+)?(?:Royal|Queen['’]s|King['’]s|Princess\s+of\s+Wales['’]s?)\s+(?:"
    + _CAP
    + r"\s+){0,3}(?:Regiment|Corps|Rifles|Guards|Fusiliers|Hussars|Lancers|Dragoons|Dragoon\s+Guards|Yeomanry|Artillery|Engineers|Signals|Logistic\s+Corps|Highlanders|Gurkha\s+Rifles)\b",  # noqa: E501
)


class MilitaryPlaceRecognizer(ContextRegexRecognizer):
    ENTITY = "BASE"
    SHAPES: ClassVar[Mapping[str, Sequence[str]]] = {
        "BASE": BASE_SHAPES,
        "UNIT": UNIT_SHAPES,
    }
    EXAMPLES = (
        ("posted to RAF Lossiemouth last year", ["RAF Lossiemouth"]),
        ("I was on HMS Dauntless", ["HMS Dauntless"]),
        ("Bhurtpore Lines and Kiwi Barracks", ["Bhurtpore Lines", "Kiwi Barracks"]),
        ("with 3 Rifles then 22 Field Hospital", ["22 Field Hospital", "3 Rifles"]),
        ("1st Battalion, the Royal Welsh", ["1st Battalion, the Royal Welsh"]),
        ("the Royal Army Medical Corps", ["Royal Army Medical Corps"]),
        ("The Army and the Royal Navy and RAF", []),
        ("12 days and 3 years", []),
    )

    def __init__(
        self,
        supported_language: str = "en",
        gazetteer: Mapping[str, Sequence[str]] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(supported_language=supported_language, **kwargs)
        self.supported_entities = ["BASE", "UNIT"]
        self._listed = {
            entity: regex
            for entity, names in (gazetteer or {}).items()
            if (regex := phrase_regex(names))
        }
        self._shapes = {
            entity: [re.compile(shape) for shape in shapes]
            for entity, shapes in self.SHAPES.items()
        }

    def configure(self, settings: Any) -> None:
        self._listed = {
            entity: regex
            for entity, names in settings.gazetteer().items()
            if (regex := phrase_regex(names))
        }

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = []
        for entity, regex in self._listed.items():
            for match in regex.finditer(text):
                results.append(self._typed(entity, match.start(), match.end(), 0.85))
        for entity, shapes in self._shapes.items():
            for shape in shapes:
                for match in shape.finditer(text):
                    results.append(self._typed(entity, match.start(), match.end(), 0.75))
        return [r for r in results if not entities or r.entity_type in entities]

    def _typed(self, entity: str, start: int, end: int, score: float) -> RecognizerResult:
        result = self.result(start, end, score)
        result.entity_type = entity
        return result
