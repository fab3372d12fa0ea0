"""A person as a staff directory shows them: "FRASER, Morag Lt Col (ARMY-42CDO)", as
Outlook's From and To lines, a Teams chat's sender line and a pasted meeting invite write
it. Surname, first names, rank or title, then the organisation and unit in brackets.

Why a module: the layout says everything, word by word nothing does. spaCy reads "Grace
LCpl" and leaves "Brackenbury, " standing, or finds "Osei" and "Kofi Kgn" as two people;
the unit code glued to its service ("42CDO", "1MED", "2RGR") is no word any unit list
holds. Read as a whole, the name is one person (one placeholder, the surname with it) and
the code after a service's prefix is their unit. A civil service team's code ("HOCS-HR",
"DBS-Pay") names a department, not a person's unit, and stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

DIRECTORY_ENTRY = "directory_entry"  # the recognizer name its detections carry
# the services whose directory entries carry the person's unit after the dash
_SERVICES = "ARMY|Army|RM|RN|NAVY|Navy|RAF|RFA|UKSF"
# other organisations of the defence directory: the entry is a person, the code a team
_OTHERS = "MOD|MoD|CIV|HOCS|DBS|DIO|DE&S|DES|DSTL|Dstl|UKStratCom|StratCom|PJHQ|SPVA|JFC"
_NAME_WORD = r"[A-ZÀ-Þ][A-Za-zÀ-ÿ'’\-]+"
_DIRECTORY_ENTRY = re.compile(
    r"(?<![\w'’\-])"
    # the surname, maybe after a particle ("van der MERWE"); a capitalised word before it is
    # the sentence's ("Message Fairclough, Summer Cpl (RM-42CDO)")
    rf"(?P<name>(?:(?:van der|van|von|de|da|di|du|le|la|ap|bin|al)[ \t])?{_NAME_WORD}"
    rf",[ \t]+{_NAME_WORD}(?:[ \t]{_NAME_WORD})?"
    # a rank or a title of up to three words ("Lt Col", "L/Cpl", "WO2", "Ms")
    r"(?:[ \t][A-Z][A-Za-z0-9/]*\.?){0,3})"
    rf"[ \t]+\((?P<code>(?:(?P<service>{_SERVICES})|{_OTHERS})(?:-(?P<unit>[A-Za-z0-9]+))?)\)"
)


def directory_entries(text: str) -> Iterator[tuple[str, int, int]]:
    """(entity type, start, end) of each directory entry's person and unit, and ("CODE",
    start, end) of the bracket's organisation code: a department's ("DE&S-Ops") is no
    person, whatever a model reads in it."""
    for entry in _DIRECTORY_ENTRY.finditer(text):
        yield "PERSON", entry.start("name"), entry.end("name")
        if entry.group("service") is not None and entry.group("unit") is not None:
            yield "UNIT", entry.start("unit"), entry.end("unit")
        else:
            yield "CODE", entry.start("code"), entry.end("code")
