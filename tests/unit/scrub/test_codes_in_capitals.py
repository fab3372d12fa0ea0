"""Words in capitals the fine-tuned model reads as people: a coding frame's codes
("WORKLOAD", "PEER-SUPP"), and the service's schemes and checks by their initials ("AFCS",
"RSOI", "MATTs"). Held-out corpus K lost 5% of its must-survive text this way (codes 23%),
held-out N 64% of its acronyms. A name in capitals stays a name: a listed one, one that is no
ordinary word, one that is also a word (HOPE), and a transcript's speaker in capitals, who is
often named by a nickname that is a word ("<v SPUD>", "BRUMMIE  1:24")."""

from __future__ import annotations

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.scrubber import scrub_texts


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Code: WORKLOAD\nDefinition: what the job asks of them.", "WORKLOAD"),
        ("WB-055 fits BELONGING well, but also the chain of command.", "BELONGING"),
        ("Compare WB-010 with the others under PEER-SUPP before Friday.", "PEER-SUPP"),
        ("MH-LITERACY came up in every group this week.", "MH-LITERACY"),
        ("My AFCS claim took two years and the WPS one longer.", "AFCS"),
        ("RSOI at Chilwell was a week of forms.", "RSOI"),
        ("He failed his MATTs twice after the knee went.", "MATTs"),
        ("LSA and GYH stopped the month I came home.", "GYH"),
        ("The DBS check came back in a fortnight.", "DBS"),
    ],
)
def test_when_capitals_are_a_code_or_a_scheme_then_they_stay(
    engine: ScrubEngine, text: str, kept: str
) -> None:
    (scrubbed,) = scrub_texts(engine, [text])
    assert kept in scrubbed, scrubbed


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("'CAPT. OGUNLEYE pulled me aside and said go and get seen.'", "OGUNLEYE"),
        ("Referred by JANE SMITH-JONES on the ward.", "SMITH-JONES"),
        ("<v SPUD>Yeah, no problem, I was there.\n<v Interviewer>Go on.", "SPUD"),
        ("Ms McKenzie  1:35\nThat makes sense.\n\nBRUMMIE  1:38\nYeah, signed it.", "BRUMMIE"),
        ("[00:09:18] TAFF: Like I said, it was fine.", "TAFF"),
    ],
)
def test_when_capitals_name_someone_then_they_go(engine: ScrubEngine, text: str, gone: str) -> None:
    (scrubbed,) = scrub_texts(engine, [text])
    assert gone not in scrubbed, scrubbed


def test_when_the_new_medical_service_is_named_then_it_is_a_unit(engine: ScrubEngine) -> None:
    (scrubbed,) = scrub_texts(engine, ["I was in RAMS attached to 4 SCOTS, rams on the hill."])
    assert "RAMS" not in scrubbed and "[UNIT-" in scrubbed and "rams on the hill" in scrubbed
