"""Other forms of a found name: spelled out, misspelt, short forms, initials (no engine)."""

from __future__ import annotations

import pytest

from sealflow.scrub.detect import Detection, join_names
from sealflow.scrub.settings import default_settings
from sealflow.scrub.variants import extend_initials, extend_particles, name_variants

WORDS = default_settings().wordlists()
DIMINUTIVES = default_settings().diminutives()


def found(text: str, *names: str) -> list[Detection]:
    return [Detection("PERSON", text.index(n), text.index(n) + len(n), 0.85, "test") for n in names]


def added_values(text: str, *names: str) -> list[str]:
    detections = found(text, *names)
    out = name_variants(text, detections, WORDS, DIMINUTIVES)
    return sorted(text[d.start : d.end] for d in out if d.recognizer == "name_variant")


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("Gareth Hughes: that's H-U-G-H-E-S, yes.", ["Gareth Hughes"], ["H-U-G-H-E-S"]),
        ("Gareth Hughes, spelled h u g h e s.", ["Gareth Hughes"], ["h u g h e s"]),
        ("Gareth Hughes came. Huhges said so.", ["Gareth Hughes"], ["Huhges"]),
        ("Gareth Hughes came; Gaz said so.", ["Gareth Hughes"], ["Gaz"]),
        ("Katarzyna Nowak rang, then Kasia wrote.", ["Katarzyna Nowak"], ["Kasia"]),
        ("Katarzyna Nowak rang; Nowka wrote.", ["Katarzyna Nowak"], ["Nowka"]),
        ("Grzegorz Sobczyński rang; Soobczyński wrote.", ["Grzegorz Sobczyński"], ["Soobczyński"]),
        # no anchor, no variant; ordinary words near a name stay
        ("H-U-G-H-E-S is not named here.", [], []),
        ("Gareth Hughes came. Huge thanks, hugs all round.", ["Gareth Hughes"], []),
        ("William Hughes joined. Will you ask him?", ["William Hughes"], []),
        ("John Smith met John Smyth.", ["John Smith"], []),
        ("Sgt Okafor rang; the I.T. desk was shut.", ["Sgt Okafor"], []),
        (
            "Katarzyna Wiśniewska: that's W-I-Ś-N-I-E-W-S-K-A.",
            ["Katarzyna Wiśniewska"],
            ["W-I-Ś-N-I-E-W-S-K-A"],
        ),
        ("Siobhán Kelly joined. Shiv came round later.", ["Siobhán Kelly"], ["Shiv"]),
        ("William Hughes joined. Bill came round later.", ["William Hughes"], ["Bill"]),
        # after a spelling cue, three letters and said separators are a spelling too
        ("partner Rai. Asked caller to spell it again: R A I.", ["Rai"], ["R A I"]),
        (
            "Donncha Ó Dálaigh: that's Ó - space - D - Á - L - A - I - G - H.",
            ["Donncha Ó Dálaigh"],
            ["Ó - space - D - Á - L - A - I - G - H"],
        ),
        ("Sgt Okafor said. Plan A B C, grades A B.", ["Sgt Okafor"], []),
    ],
)
def test_when_a_name_was_found_then_its_other_forms_are_found_too(text, names, expected):
    assert added_values(text, *names) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("I think D. Hughes put it up.", "Hughes", "D. Hughes"),
        ("ask J Okafor then", "Okafor", "J Okafor"),
        ("and I Okafor", "Okafor", "Okafor"),
        ("he said A. Mensah did", "Mensah", "A. Mensah"),
        # the surname's initial after a first name (a chat's display name)
        ("Kasia M: yeah", "Kasia", "Kasia M"),
        ("then Dave S. said so", "Dave", "Dave S"),
        ("Gaz W, you there?", "Gaz", "Gaz W"),
        ("Priya I think", "Priya", "Priya"),
        ("Priya A lot", "Priya", "Priya"),
        ("Hughes D Company", "Hughes", "Hughes"),
        ("Kasia MBE", "Kasia", "Kasia"),
    ],
)
def test_when_an_initial_stands_before_a_name_then_it_is_taken_in(text, name, expected):
    (detection,) = extend_initials(text, found(text, name))
    assert text[detection.start : detection.end] == expected


@pytest.mark.parametrize(
    ("text", "names", "joined"),
    [
        ("Priya\nShah rang", ["Priya", "Shah"], ["Priya\nShah"]),
        ("Priya\n\nShah rang", ["Priya", "Shah"], ["Priya", "Shah"]),
        # two names whole on their own stay two
        (
            "cc D.Pritchard Sgt Pritchard",
            ["D.Pritchard", "Sgt Pritchard"],
            ["D.Pritchard", "Sgt Pritchard"],
        ),
        ("Lt Col Priya\nShah", ["Lt Col Priya", "Shah"], ["Lt Col Priya\nShah"]),
        # a full name then a surname on the next line: two people ("... was akosua owusu
        # \nchaudhry wrote my report"); only a lone first name's line runs on
        (
            "akosua owusu\nchaudhry wrote",
            ["akosua owusu", "chaudhry"],
            ["akosua owusu", "chaudhry"],
        ),
    ],
)
def test_when_a_name_breaks_over_one_line_then_it_is_one_name(text, names, joined):
    out = join_names(text, found(text, *names))
    assert [text[d.start : d.end] for d in out] == joined


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("I was with Seán Mac an t-Saoir then.", "Seán Mac", "Seán Mac an t-Saoir"),
        ("and Ní Bhriain chased it", "Bhriain", "Ní Bhriain"),
        ("with Jan van der Berg today", "Jan van", "Jan van der Berg"),
        ("ask Hughes about it", "Hughes", "Hughes"),
        ("Mac an t-Saoir rang", "Mac", "Mac an t-Saoir"),
        ("then Mac and cheese", "Mac", "Mac"),
        ("i spoke to nurse o'connor at the med centre", "connor", "o'connor"),
        ("ask D’Souza", "Souza", "D’Souza"),
        # Welsh and Dutch particles written in lower case
        ("I was posted with Dafydd ap Gwilym then", "Gwilym", "ap Gwilym"),
        ("with Nia ferch Rhys today", "Rhys", "ferch Rhys"),
        ("and la Rosa came", "Rosa", "Rosa"),
        ("mid-forties. - D. ab Iorwerth", "Iorwerth", "D. ab Iorwerth"),
        ("on file. - D.ab Iorwerth", "Iorwerth", "D.ab Iorwerth"),
    ],
)
def test_when_a_surname_has_particles_then_they_are_taken_in(text, name, expected):
    (detection,) = extend_particles(text, found(text, name))
    assert text[detection.start : detection.end] == expected
