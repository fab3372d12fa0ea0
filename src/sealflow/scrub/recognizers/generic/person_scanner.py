"""The person gazetteer as a token scanner: named rules over classes of tokens, named scores.

The text is cut into word tokens; each token is classed against the study's word lists
(listed first name, listed surname, unambiguous name, ordinary English word, allowed word,
stop word) and the cue words around it (``person_cues``). The scanner walks the tokens left
to right and, at each one, takes the first rule of ``RULES`` whose pattern of classes holds;
a hit names its rule, so every score in a finding can be traced to one row of the table and
one set of examples (``ScanRule.examples``, run by the unit tests).

Notation of the ``tokens`` column: ``Cap`` a capitalised, name-shaped word that is not an
allowed word; ``First``/``Sur`` a listed first name/surname; ``Name!`` a listed name that is
not also an ordinary word; ``Rare`` a word in no dictionary; ``low`` a lower-case word;
``Cue`` a relation or contact word (``friend``, ``with``), ``Greet`` a strong cue
(``hi``, ``thanks``, ``told``), ``Verb`` a verb of speaking or acting; ``.`` a sentence
boundary; ``+`` one or more; ``|`` either.
"""

from __future__ import annotations

import functools
import re
import string
from dataclasses import dataclass
from pathlib import Path

import yaml

from sealflow.scrub.recognizers.forces.rank_name_recognizer import RANKS
from sealflow.scrub.recognizers.generic.contact_labels import CONTACT_TAIL_WORDS
from sealflow.scrub.recognizers.generic.person_cues import (
    AFTER_CUES,
    BEFORE_CUES,
    BEFORE_INITIALS,
    DETERMINERS,
    FAMILY_AFTER_MY,
    NOT_INITIALS_CAPITALS,
    NOT_INITIALS_LOWER,
    NOT_INITIALS_PAIRS,
    NOT_NAMES_LOWER,
    OPENERS,
    RELATION_CUES,
    SPEECH_CUES,
    SPOKE_TO,
    STRONG_BEFORE_CUES,
    THANKS_WORDS,
)
from sealflow.scrub.recognizers.generic.word_first_names import (
    WORD_FIRST_NAMES,
    addressed_by_name,
    word_name_in_a_persons_place,
)
from sealflow.scrub.wordlists import RANK_AND_ROLE_WORDS, WordLists

_LETTER = r"[^\W\d_]"
TOKEN = re.compile(
    r"(?:Mc|Mac|O['’])?"
    + _LETTER
    + r"(?:"
    + _LETTER
    + r"|['’])*(?:-"
    + _LETTER
    + r"(?:"
    + _LETTER
    + r"|['’])*)*"
)
# Ranks in short forms typed in lower case ("lcpl", "ssgt", "wo2"): never a name themselves.
RANK_ABBREVIATIONS = frozenset(r.lower() for r in RANKS if " " not in r)
# Under this share of capitals among letters, a text is "lower-case writing" (chat, notes).
LOWER_CASE_RATIO = 0.015
_SENTENCE_BREAK = re.compile(r"[.!?:;\n]")
# the tags a phone saves a contact with after the name ("Ekow Gym"), and what ends a message
# export's sender there
CONTACT_TAILS = frozenset(word.lower() for word in CONTACT_TAIL_WORDS)
_SENDER_END = re.compile(r"[ \t]*(?::|\(\d|$)", re.M)
# a count and an opening bracket before a list of who reacted ("👍 2 (Benjamin, Emyr)")
_COUNT_OPENS_A_LIST = re.compile(r"\d[ \t]*\($")
# Words that open an address to someone ("Thanks, Priya."), never a surname before a comma.
NOT_SURNAMES = frozenset(
    [
        "thanks",
        "thank",
        "ta",
        "thx",
        "regards",
        "best",
        "kind",
        "warm",
        "many",
        "cheers",
        "hello",
        "hi",
        "hiya",
        "hey",
        "dear",
        "yes",
        "yeah",
        "yep",
        "no",
        "nope",
        "sorry",
        "well",
        "right",
        "ok",
        "okay",
        "morning",
        "afternoon",
        "evening",
        "night",
        "yesterday",
        "today",
        "tomorrow",
        "tonight",
        "anyway",
        "honestly",
        "look",
        "listen",
        "please",
        "congratulations",
        "welcome",
        "goodbye",
        "bye",
        "oh",
        "aye",
        "sure",
        "now",
        "then",
        "also",
        "however",
        "again",
        "mate",
        "sir",
        "madam",
        "boss",
        "love",
        "hun",
        "babe",
        "guys",
        "folks",
        "everyone",
        "everybody",
    ]
)
_HYPHEN_SPELLED = re.compile(r"[A-Za-z](?:-[A-Za-z]){3,}")
_LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*")
_SENTENCE_END = re.compile(r"[.!?;,]")
# A speaker label's colon: "Chi: well", "Dec:\n" (not a time "Dec:30" or a URL "Mo://")
_SPEAKER_COLON = re.compile(r":(?:[ \t]|\n|$)")
# Field labels that are also listed first names ("Date:", "Summary:" are no names)
NOT_NAMES_LABELS = frozenset(
    ["date", "summary", "note", "notes", "subject", "re", "ps", "re", "sign", "will", "rank",
     "unit", "age", "address", "number", "may", "june", "april", "august", "autumn", "summer",
     "ray", "pat", "art", "bill", "sterling", "page", "chase", "reading", "story", "faith",
     "reason", "comment", "comments", "update", "question", "answer", "response"]
)  # fmt: skip


# Minutes give each action to someone's initials: "Action: MC to chase.", "- ST to f/u".
_ACTION_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:(?:actions?|action\s+point|ap)\s*[:\-–]|[-*•])[ \t]*$", re.IGNORECASE
)
_ACTION_AFTER = re.compile(
    r"[ \t]+to[ \t]+(?:action|chase|liaise|f/u|follow[ \t\-]?up|contact|call|ring|phone|email|"
    r"e-mail|arrange|book|update|review|check|confirm|send|speak|write|refer|visit|find|sort|"
    r"raise|circulate|share|draft|brief|discuss|provide|ask|inform|meet|complete)\b",
    re.IGNORECASE,
)


def _owns_an_action(text: str, start: int, end: int) -> bool:
    """Two capitals that an action in minutes is given to ("Action: MC to chase.")."""
    return bool(
        _ACTION_AFTER.match(text, end) and _ACTION_BEFORE.search(text, max(0, start - 24), start)
    )


def _opens_lines_twice(text: str, label: str) -> bool:
    """A label in capitals ("MARK:", "ROSE:") that opens two or more lines is a speaker's
    name, as vendors type it; a heading in capitals ("NOTE:") opens one."""
    found = re.findall(r"(?:^|\n)[ \t]*" + re.escape(label) + r":", text)
    return len(found) >= 2


_LABEL_AFTER = re.compile(r"(?:[ \t][A-Za-z])?\.?(?::|[ \t]{2,}\d|[ \t]+\(\d)")
# Words after which a name signs or acts: "reviewed by I Gruffudd", "cc I Cadwaladr".
SIGNED_BY = frozenset(["by", "cc", "from", "signed"])
# Last words that make a run of capitals a street, however listed its first word is.
STREET_WORDS = frozenset(
    [
        "street",
        "road",
        "lane",
        "avenue",
        "close",
        "drive",
        "way",
        "crescent",
        "terrace",
        "gardens",
        "park",
        "grove",
        "place",
        "square",
        "row",
        "mews",
        "walk",
        "view",
        "rise",
    ]
)
# Particles inside a full name in lower case ("Idris ab Iorwerth") or capitals ("Ní Bhriain").
LOWER_PARTICLES = frozenset(["ab", "ap", "ferch", "van", "von", "der", "den", "de", "da", "dos"])
CAPITAL_PARTICLES = frozenset(["ní", "nic", "mac", "ó", "ui", "uí", "mhic", "ab", "ap"])
# Lower-case words that may stand inside a particle surname ("Mac an t-Saoir", "Mac a'
# Phearsain"); any other lower-case word ends it ("Ní Bhriain said to SMITH, Ewan" is two).
_INSIDE_PARTICLE_SURNAME = re.compile(r"(?:an|na|a|a['’]|t-\S+|h-\S+|n-\S+)")
_NAME_PREFIX_CAPS = re.compile(r"^(?:Mc|Mac|O['’]|D['’]|De|Di|Da|La|Le|Van|Von|Fitz)[A-Z]")


@dataclass(frozen=True)
class ScanRule:
    """One row of the scanner's table: why a run of tokens is a name, and how sure."""

    name: str
    tokens: str
    score: float
    examples: tuple[tuple[str, tuple[str, ...]], ...]
    # a rule that only extends another rule's hit names it: its examples hold both hits
    follows: str = ""


@dataclass(frozen=True)
class Hit:
    """A name the scanner found: the characters it covers and the rule that found it."""

    rule: str
    start: int
    end: int
    score: float


RULES: tuple[ScanRule, ...] = (
    ScanRule(
        "spelled_letters",
        "L L L L+ (single letters, one separator throughout: space, comma, full stop)",
        0.7,
        (
            ("that's K O W A L S K I", ("K O W A L S K I",)),
            ("spelled D, Y, E, R, S for me", ("D, Y, E, R, S",)),
            ("surname C-A-D-W-A-L-A-D-R.", ("C-A-D-W-A-L-A-D-R",)),
        ),
    ),
    ScanRule(
        "its_name_here",
        "it's|its|is  Name|Rare  here",
        0.7,
        (("Yeah it's ellis here, ring me", ("ellis",)), ("Hi, it's Zorbulat here.", ("Zorbulat",))),
    ),
    ScanRule(
        "name_speaker_label",
        "^Short|First :  (a diminutive or first name alone as a line's speaker label)",
        0.7,
        (
            ("I: Who else was there?\nChi: My mum.", ("Chi",)),
            ("Dec: I still talk to him.", ("Dec",)),
        ),
    ),
    ScanRule(
        "lower_first_then_surname",
        "low-Rare low-Sur (in mixed-case writing)",
        0.6,
        (("Yeah it's wiktor szymanski here", ("wiktor szymanski",)),),
    ),
    ScanRule(
        "initial_then_surname",
        "Initial[.] Sur|Rare (the initial not I, nor A without a full stop)",
        0.75,
        (
            ("seen by P. Blackwood today", ("P. Blackwood",)),
            ("Bed 3 - C Ambrusko, settled", ("C Ambrusko",)),
            ("my oppo M.Okonkwo said so", ("M.Okonkwo",)),
            ("Bed 3 - E.Blackwood (34)", ("E.Blackwood",)),
            ("then A Kaczmarek came in", ("A Kaczmarek",)),
            ("agreed plan. - I Cadwaladr", ("I Cadwaladr",)),
        ),
    ),
    ScanRule(
        "lower_initial_then_surname",
        "low-initial[.] low-Sur! (no text-speak letter: u n r y c b k x i; a only before Rare)",
        0.7,
        (
            ("j smith sorted my housing", ("j smith",)),
            ("i owe a lot to a okafor", ("a okafor",)),
            ("cheers to p. evans", ("p. evans",)),
            ("chatted to b. mason at the drop-in", ("b. mason",)),
        ),
    ),
    ScanRule(
        "initials_after_thanks",
        "thanks|ta|cheers to  two lower-case consonants (no abbreviation: hr, gp, hq)",
        0.6,
        (("thanks to js in welfare", ("js",)),),
    ),
    ScanRule(
        "capital_initials_with_cue",
        "II SpeechVerb | spoke|talked to II | told|asked|thanks II  (two capitals, no"
        " abbreviation: HR, GP, CO, OK; not after a determiner)",
        0.6,
        (
            ("Later JS said it was fine", ("JS",)),
            ("so I spoke to JS about it", ("JS",)),
            ("I told JW, and he agreed", ("JW",)),
        ),
    ),
    ScanRule(
        "capital_surname_then_initial",
        "SUR I[.] (a listed or rare surname in capitals, then one initial ending the name)",
        0.75,
        (
            ("Statement of SMITH J. taken today", ("SMITH J",)),
            ("Witness: PENNINGTON S, retired", ("PENNINGTON S",)),
        ),
    ),
    ScanRule(
        "nickname_then_surname",
        "Nick low-Sur | Nick Own-Sur | me and|my Relation|thanks to  Nick (a service nickname)",
        0.7,
        (
            ("dusty miller and tug wilson were sound", ("dusty miller", "tug wilson")),
            ("me and spud went to the naafi", ("spud",)),
            ("Thanks to Chalky for the help.", ("Chalky",)),
            ("Chalky White used to beast us", ("Chalky White",)),
        ),
    ),
    ScanRule(
        "family_then_first",
        "my|our Relation low-First (a listed first name, even short or a word: tom, jo)",
        0.7,
        (("me n my missus jo moved", ("jo",)), ("my lad tom starts school", ("tom",))),
    ),
    ScanRule(
        "name_and_name",
        "Name and|n low (a listed first name or a service nickname, after a found name)",
        0.6,
        (("ta to taff and smudge for the lift", ("taff", "smudge")),),
        follows="lower_case_run",
    ),
    ScanRule(
        "surname_comma_first",
        "SUR, Cap|Initial. | Sur|Rare, First",
        0.75,
        (
            ("Name: SOLVANG, Gurpreet", ("SOLVANG, Gurpreet",)),
            ("Statement of ABERNETHY, R. on oath", ("ABERNETHY, R.",)),
            ("Respondent: Okonkwo, Priya.", ("Okonkwo, Priya",)),
            ("- Thackeray, Priya, 23, for review", ("Thackeray, Priya",)),
            (
                "Name: MAC AN T-SAOIR, Eilidh\nSubject: MAC A' PHEARSAIN, Rose",
                ("MAC AN T-SAOIR, Eilidh", "MAC A' PHEARSAIN, Rose"),
            ),
        ),
    ),
    ScanRule(
        "upper_surname_then_first",
        "SUR First|Rare",
        0.75,
        (
            ("Referral: O'DRISCOLL Priya, today", ("O'DRISCOLL Priya",)),
            ("Referral: HAWORTH Tavren, 25yo", ("HAWORTH Tavren",)),
        ),
    ),
    ScanRule(
        "full_name",
        "Cap Cap+ (a First or a Name! among them, and the last one listed)",
        0.8,
        (
            ("I asked Tom Hargreaves-Bell", ("Tom Hargreaves-Bell",)),
            ("Will Smith said so", ("Will Smith",)),
            ("the form went to JOHN BLAKE today", ("JOHN BLAKE",)),
            ("Present: Faith Ní Bhriain, Amber Ramasamy", ("Amber Ramasamy", "Faith Ní Bhriain")),
            (
                "then Hope Vaughan-Price and Idris ab Iorwerth",
                ("Hope Vaughan-Price", "Idris ab Iorwerth"),
            ),
            ("written by Katarzyna\nPietrzak-Nowicka today", ("Katarzyna\nPietrzak-Nowicka",)),
        ),
    ),
    ScanRule(
        "rare_full_name",
        "Rare Rare [Rare] (two or three capitalised words in no dictionary)",
        0.6,
        (("Present: Ulamila Nabou, and others", ("Ulamila Nabou",)),),
    ),
    ScanRule(
        "listed_first_name",
        "First! (a listed first name that is no ordinary word)",
        0.75,
        (
            ("Then Priya told me it was fine", ("Priya",)),
            ("Thanks, Priya. Morning, Priya, all well?", ("Priya", "Priya")),
        ),
    ),
    ScanRule(
        "listed_surname",
        "Name! (a listed surname that is no ordinary word)",
        0.6,
        (("Monday with Okonkwo", ("Okonkwo",)),),
    ),
    ScanRule(
        "greeting_then_cap",
        "Greet Cap",
        0.7,
        (
            ("my wife Precious came along", ("Precious",)),
            ("named Tivolenka by them", ("Tivolenka",)),
        ),
    ),
    ScanRule(
        "cap_possessive",
        "Cap's",
        0.65,
        (("it was Zorbulat's idea", ("Zorbulat's",)),),
    ),
    ScanRule(
        "cap_and_i",
        "Cap and I|me",
        0.7,
        (("Zorbulat and I went", ("Zorbulat",)),),
    ),
    ScanRule(
        "me_and_cap",
        "me|I and Cap",
        0.7,
        (("me and Zorbulat went", ("Zorbulat",)),),
    ),
    ScanRule(
        "cue_beside_cap",
        "Cue Cap | Cap Verb",
        0.65,
        (
            ("the clerk Zorbulat", ("Zorbulat",)),
            ("and Zorbulat said no", ("Zorbulat",)),
            ("Grace said no. Bill rang me", ("Bill", "Grace")),
        ),
    ),
    ScanRule(
        "rare_mid_sentence",
        "word Rare (no sentence break between)",
        0.55,
        (("we drove past Zorbulat on the way", ("Zorbulat",)),),
    ),
    ScanRule(
        "rare_opening_before_lower",
        ". Rare low",
        0.55,
        (("Zorbulat often drove the school runs", ("Zorbulat",)),),
    ),
    ScanRule(
        "lower_case_run",
        "in lower-case writing: Rare+ | First! | Name Rare",
        0.55,
        (
            ("me and dave went to see siobhan", ("dave", "siobhan")),
            ("me and dave hes great", ("dave",)),
        ),
    ),
    ScanRule(
        "lower_unambiguous_name",
        "low Name!",
        0.6,
        (("I think siobhan was there.", ("siobhan",)),),
    ),
    ScanRule(
        "lower_rare_after_greeting",
        "Greet low-Rare",
        0.55,
        (("Thanks zorbulat for it.", ("zorbulat",)),),
    ),
    ScanRule(
        "lower_rare_after_greeting_in_lower_case_writing",
        "Greet low-Rare (in lower-case writing, where no Rare+ run was found)",
        0.6,
        (("hi zorbulat's mate", ("zorbulat's",)),),
    ),
    ScanRule(
        "lower_name_after_greeting",
        "Greet low (a listed name or Rare, not an ambiguous name)",
        0.6,
        (("I said thanks mark for it.", ("mark",)),),
    ),
    ScanRule(
        "lower_name_with_cue",
        "low (a listed name or Rare) beside a Cue or Verb",
        0.6,
        (("I know zorbulat's car was gone.", ("zorbulat's",)),),
    ),
    ScanRule(
        "lower_word_then_speech_verb",
        "in lower-case writing: . | and | but | so  low SpeechVerb (low an ordinary word)",
        0.55,
        (("we met them. zaman found out", ("zaman",)), ("we met. rocket said no", ("rocket",))),
    ),
    ScanRule(
        "word_name_in_a_persons_place",
        "( . | , | and | with ) WordName ( was Praise | from the Workplace | Doing )",
        0.6,
        (
            ("pat was lovely. bill was a star", ("bill", "pat")),
            ("Sue in the office helped", ("Sue",)),
        ),
    ),
)
SCORES: dict[str, float] = {rule.name: rule.score for rule in RULES}
# Texts in which no rule fires: ordinary words, capitalised sentence openers, institutions.
NEGATIVE_EXAMPLES: tuple[str, ...] = (
    "we will see, mark my words, grace period",
    "The Army and the NHS",
    "Brown boots in May",
    "Thanks for the form, it came",
    "it's cold here and it's me here",
    "and hes 42? note to self: shes fine",
    "I, for one, am A OK",
    "Plan B, Section C. The NHS, Army and RAF",
    "grades A B C D",
    "Will you come? Grace period. Frank words. Hope you are ok. Mark my words",
    "Amber Alert. Hope Street. Grace Period and the van There",
    "* Partner's name. Caller's e-mail. Employee's HR reference",
    "my son and my daughter love the school, me n the wife r fine",
    "i was a lcpl for 6 yrs, 2 hrs away, u shud ask hr. thanks to hr and the gp",
    "The GP said rest. HR said no. The CO said yes. OK said the sergeant. I spoke to HR",
    "I wrote it in JS and Python. The JSP says otherwise. Read JSP 534 and the JSA form",
    "The JS said nothing. Plan B said no. ALL STAFF A. SEE NOTE. SU rang, KW said no",
    "I SPOKE TO ME MUM AND TOLD US. The DJ said hello; a QC said so",
)


@functools.cache
def service_nicknames() -> dict[str, frozenset[str]]:
    """The shipped service nicknames ("smudge", "dusty", "chalky") -> their surnames: after
    a found name and "and", before a surname or after a cue they are a person ("taff and
    smudge", "dusty miller", "me and spud"), though each is also a word."""
    path = Path(__file__).resolve().parents[2] / "service_nicknames.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    table = data.get("nicknames", {}) or {}
    index: dict[str, set[str]] = {}
    for surname, forms in table.items():
        for form in forms or ():
            index.setdefault(str(form).lower(), set()).add(str(surname).lower())
    return {form: frozenset(surnames) for form, surnames in index.items()}


def misspelt_common_word(key: str, words: WordLists) -> bool:
    """Whether a lower-case word in no dictionary is an ordinary word with one letter
    doubled or undoubled, the commonest slip of typing ("referal", "occured", "comming"):
    no rare name, though no dictionary holds it. A listed name is asked about first."""
    if len(key) < 5 or not key.isalpha():
        return False
    for i in range(1, len(key)):
        doubled = key[i] == key[i - 1]
        fixed = key[:i] + key[i + 1 :] if doubled else key[:i] + key[i - 1] + key[i:]
        # "camppbell", "grifffiths": a name misspelt the same way stays a name
        if words.is_common_word(fixed) and not (
            words.is_listed_name(fixed) or fixed in words.ambiguous
        ):
            return True
    return False


def _blank(gap: str) -> bool:
    """A space or one line break between two words (a name broken over lines)."""
    return gap == " " or (bool(gap) and gap.isspace() and gap.count("\n") == 1)


_ASCII_LETTERS = frozenset(string.ascii_letters.encode())
_NOT_LETTERS = bytes(b for b in range(256) if b not in _ASCII_LETTERS)
_NOT_CAPITALS = bytes(b for b in range(256) if b not in string.ascii_uppercase.encode())


def letters_and_capitals(text: str) -> tuple[int, int]:
    """How many characters of ``text`` are letters (``str.isalpha``) and how many capitals
    (``str.isupper``): counted in C for ASCII text (bytes.translate keeps only the wanted
    bytes), character by character otherwise."""
    if text.isascii():
        data = text.encode("ascii")
        return len(data.translate(None, _NOT_LETTERS)), len(data.translate(None, _NOT_CAPITALS))
    return sum(c.isalpha() for c in text), sum(c.isupper() for c in text)


def is_capitalised(token: str) -> bool:
    return (
        bool(token) and token[0].isupper() and (any(c.islower() for c in token) or len(token) >= 3)
    )


class _Tokens:
    """One text's tokens, with the look-ups the rules share."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.matches = list(TOKEN.finditer(text))
        # each token as written and in lower case, read once: the rules ask for every token
        # several times (a sixth of the scanner went on building the same strings again)
        self._words = [m.group(0) for m in self.matches]
        self._lowers = [w.lower() for w in self._words]
        letters, capitals = letters_and_capitals(text)
        self.lower_case_writing = capitals / (letters or 1) < LOWER_CASE_RATIO

    def __len__(self) -> int:
        return len(self.matches)

    def word(self, index: int) -> str:
        """The token at ``index`` as written, or "" outside the text."""
        return self._words[index] if 0 <= index < len(self._words) else ""

    def lower(self, index: int) -> str:
        return self._lowers[index] if 0 <= index < len(self._lowers) else ""

    def gap(self, index: int) -> str:
        """The characters between token ``index`` and the next one."""
        if index + 1 >= len(self.matches):
            return ""
        return self.text[self.matches[index].end() : self.matches[index + 1].start()]

    def opens_sentence(self, index: int) -> bool:
        return index == 0 or bool(re.search(r"[.!?:;\n]\s*$", self.gap(index - 1)))


def name_shaped(tokens: _Tokens, index: int) -> bool:
    """Capitals where a name has them: "BagIt", "PyPI" and "IDs" are not names; a word in
    capitals ("BLAKE") counts only beside another word in capitals ("JOHN BLAKE")."""
    token = tokens.word(index)
    if token.isupper():
        neighbours = [tokens.word(i) for i in (index - 1, index + 1) if 0 <= i < len(tokens)]
        return len(token) > 1 and any(n.isupper() and len(n) > 1 for n in neighbours)
    inner = token[1:].replace("'s", "").replace("’s", "")
    return (
        not any(c.isupper() for c in inner) or bool(_NAME_PREFIX_CAPS.match(token)) or "-" in token
    )


class PersonScanner:
    """Walk a text's tokens and return the names the rules of ``RULES`` find."""

    def __init__(self, words: WordLists) -> None:
        self.words = words

    def scan(self, text: str) -> list[Hit]:
        tokens = _Tokens(text)
        hits: list[Hit] = []
        index = 0
        while index < len(tokens):
            hit, index = self._step(tokens, index)
            if hit is not None:
                hits.append(hit)
                joined = self._name_after_and(tokens, index)
                if joined is not None:
                    hits.append(joined)
                    index += 2
        return hits

    def _name_after_and(self, tokens: _Tokens, index: int) -> Hit | None:
        """After a found name, "and" or "n" and a lower-case listed first name or service
        nickname: a second person ("kev and shaz", "taff and smudge")."""
        words = self.words
        key = tokens.lower(index + 1).removesuffix("'s").removesuffix("’s")
        if (
            tokens.lower(index) not in ("and", "n")
            or tokens.gap(index - 1) != " "
            or tokens.gap(index) != " "
            or not (
                tokens.word(index + 1).islower()
                # "Chalky and Tug": a service nickname capitalised
                or (tokens.word(index + 1).istitle() and key in service_nicknames())
            )
            or len(key) < 2
            or key in words.stop_words
            or key in words.ambiguous
            or words.is_allowed(key)
            or key in NOT_NAMES_LOWER
            or key in RANK_AND_ROLE_WORDS
            or not (key in words.first_names or key in service_nicknames())
        ):
            return None
        pair = self._service_nickname(tokens, index + 1)
        if pair is not None and pair[1] == index + 3:
            return None  # "... and tug wilson": the nickname and its surname, read next
        match = tokens.matches[index + 1]
        return self._hit("name_and_name", match.start(), match.end())

    def _service_nickname(self, tokens: _Tokens, index: int) -> tuple[Hit, int] | None:
        """A service nickname in lower case before a surname ("dusty miller", "tug wilson")
        or after a person cue ("me and spud", "my mate chalky", "thanks to smudge")."""
        words = self.words
        surnames = service_nicknames().get(tokens.lower(index))
        if surnames is None:
            return None
        start = tokens.matches[index].start()
        after = tokens.lower(index + 1).removesuffix("'s").removesuffix("’s")
        if (
            tokens.gap(index) == " "
            and tokens.word(index + 1).islower()
            and tokens.lower(index - 1) not in DETERMINERS  # "the chalky white soil"
            and (
                after in surnames or (after in words.surnames and words.is_unambiguous_name(after))
            )
        ):
            end = tokens.matches[index + 1].end()
            return self._hit("nickname_then_surname", start, end), index + 2
        if self._nickname_then_own_surname(tokens, index, surnames):
            end = tokens.matches[index + 1].end()
            return self._hit("nickname_then_surname", start, end), index + 2
        before, two_before = tokens.lower(index - 1), tokens.lower(index - 2)
        cued = index > 0 and (
            (before == "and" and two_before in ("me", "i"))
            or (before in FAMILY_AFTER_MY and two_before in ("my", "our"))
            or before in THANKS_WORDS
            or (before == "to" and two_before in THANKS_WORDS)
        )
        if addressed_by_name(tokens.text, start, tokens.matches[index].end()):
            return self._hit("nickname_then_surname", start, tokens.matches[index].end()), (
                index + 1
            )
        if cued and not _SENTENCE_BREAK.search(tokens.gap(index - 1)):
            return self._hit("nickname_then_surname", start, tokens.matches[index].end()), (
                index + 1
            )
        return None

    def _nickname_then_own_surname(
        self, tokens: _Tokens, index: int, surnames: frozenset[str]
    ) -> bool:
        """Whether a service nickname, in any case, stands before the surname it belongs
        to, capitalised ("Chalky White used to beast us", "Smudge Smith listened", "chalky
        White"): the pair is a man's name in the forces wherever it stands, a sentence's
        start too; not after a determiner ("the Happy Day fund")."""
        after = tokens.word(index + 1).removesuffix("'s").removesuffix("’s")
        return (
            tokens.gap(index) == " "
            and after.istitle()
            and after.lower() in surnames
            and tokens.lower(index - 1) not in DETERMINERS
        )

    def _survey_typing(self, tokens: _Tokens, index: int) -> tuple[Hit, int] | None:
        """Names as survey answers type them, in lower case: an initial before a surname
        ("j smith"), two initials after thanks ("thanks to js"), a first name after a
        relation ("my lad tom")."""
        words = self.words
        token = tokens.word(index)
        start = tokens.matches[index].start()
        before = tokens.lower(index - 1)
        if len(token) == 1 and token not in NOT_INITIALS_LOWER:
            surname = tokens.word(index + 1)
            key = surname.removesuffix("'s").removesuffix("’s")
            glued = start > 0 and (
                tokens.text[start - 1].isalnum() or tokens.text[start - 1] in "_.@-/'’"
            )
            if (
                tokens.gap(index) in (" ", ". ")
                and surname.islower()
                and not glued
                # letters spelled out ("s m i t h"), not "a k smith"
                and not (index > 1 and len(before) == 1 and len(tokens.lower(index - 2)) == 1)
                and key in words.surnames
                and (
                    words.is_unambiguous_name(key)
                    # "b. mason", "t. brown": with its full stop, a surname that is a word
                    or (
                        tokens.gap(index) == ". "
                        and key not in words.stop_words
                        and not words.is_allowed(key)
                    )
                )
                and (token not in ("a",) or not words.is_common_word(key))  # "a" the article
            ):
                end = tokens.matches[index + 1].end()
                return self._hit("lower_initial_then_surname", start, end), index + 2
            return None
        nickname = self._service_nickname(tokens, index)
        if nickname is not None:
            return nickname
        if index == 0 or _SENTENCE_BREAK.search(tokens.gap(index - 1)):
            return None
        if (
            len(token) == 2
            and not any(c in "aeiouy" for c in token)
            and token not in NOT_INITIALS_PAIRS
            and token not in NOT_NAMES_LOWER
            and (
                before in THANKS_WORDS
                or (before == "to" and tokens.lower(index - 2) in THANKS_WORDS)
            )
        ):
            return self._hit("initials_after_thanks", start, tokens.matches[index].end()), (
                index + 1
            )
        my = tokens.lower(index - 2)
        if my == "step":
            my = tokens.lower(index - 3)
        key = token.removesuffix("'s").removesuffix("’s")
        if (
            before in FAMILY_AFTER_MY
            and my in ("my", "our")
            and tokens.gap(index - 1) == " "
            and len(key) >= 2
            and key in words.first_names
            and key not in words.stop_words
            and key not in words.ambiguous
            and key not in NOT_NAMES_LOWER
            and key not in RANK_AND_ROLE_WORDS
            and not words.is_allowed(key)
        ):
            return self._hit("family_then_first", start, tokens.matches[index].end()), index + 1
        return None

    def _hit(self, rule: str, start: int, end: int) -> Hit:
        return Hit(rule, start, end, SCORES[rule])

    def _step(self, tokens: _Tokens, index: int) -> tuple[Hit | None, int]:
        """The hit (or none) at token ``index`` and the index to go on from."""
        words = self.words
        match = tokens.matches[index]
        token = match.group(0)
        key = token.lower().removesuffix("'s").removesuffix("’s")
        if key in WORD_FIRST_NAMES and (
            word_name_in_a_persons_place(tokens.text, match.start(), match.end())
        ):
            return self._hit("word_name_in_a_persons_place", match.start(), match.end()), index + 1
        if token.islower():
            survey = self._survey_typing(tokens, index)
            if survey is not None:
                return survey
        elif token.istitle() and token.lower() in service_nicknames():
            nickname = self._service_nickname(tokens, index)  # "Thanks to Chalky"
            if nickname is not None:
                return nickname
        if self._ordinary_lower_case_word(tokens, token):
            return None, index + 1  # the bulk of any text: short, stop and ordinary words
        if self._name_as_speaker_label(tokens, index):
            return self._hit("name_speaker_label", match.start(), match.end()), index + 1
        structural = self._structural(tokens, index)
        if structural is not None:
            return structural
        before_listed_name = (
            is_capitalised(tokens.word(index + 1))
            and words.is_unambiguous_name(tokens.word(index + 1))
            and tokens.gap(index) == " "
        )
        if (
            tokens.opens_sentence(index)
            and is_capitalised(token)
            and words.is_common_word(key)
            and not words.is_listed_name(key)
            and self._cue(tokens, index, speech_only=True) is None
            and not before_listed_name
        ):
            return None, index + 1  # "Thanks", "Brown": an ordinary word opening a sentence
        if tokens.lower_case_writing and token.islower():
            run = self._lower_case_run(tokens, index)
            if run is not None:
                return self._hit(
                    "lower_case_run", match.start(), tokens.matches[run].end()
                ), run + 1
        if (
            is_capitalised(token)
            and name_shaped(tokens, index)
            and not words.is_allowed(token)
            and (key not in words.stop_words or (before_listed_name and words.is_listed_name(key)))
        ):
            return self._capitalised(tokens, index, key)
        if token.islower():
            rule = self._lower_case_rule(tokens, index, key)
            if rule is not None:
                return self._hit(rule, match.start(), match.end()), index + 1
        if len(token) == 2 and token.isupper() and self._cued_initials(tokens, index):
            return self._hit("capital_initials_with_cue", match.start(), match.end()), index + 1
        return None, index + 1

    def _name_as_speaker_label(self, tokens: _Tokens, index: int) -> bool:
        """A first name or short form alone as a speaker's label opening a line ("Chi:",
        "Dec:", "Harps:"): a word the diminutive table or the first-name list holds, though
        it is also a word ("chi", "dec"); role labels ("INT:", "Chair:") are not names. In
        capitals ("MARK:", "ROSE:") only when it opens two lines or more (a speaker's turns)."""
        token = tokens.word(index)
        key = token.lower()
        words = self.words
        return (
            token[:1].isupper()
            and len(key) >= 2
            and (index == 0 or "\n" in tokens.gap(index - 1))
            and _SPEAKER_COLON.match(tokens.gap(index)) is not None
            and (key in words.table_names or key in words.first_names)
            and key not in RANK_AND_ROLE_WORDS
            and key not in words.stop_words
            and key not in NOT_NAMES_LABELS
            and not words.is_allowed(key)
            # (last: it reads the whole text, and only for a label in capitals)
            and (not token[1:].isupper() or _opens_lines_twice(tokens.text, token))
        )

    def _cued_initials(self, tokens: _Tokens, index: int) -> bool:
        """Two capitals as someone's initials: a verb of speaking after them ("JS said")
        or someone speaking to them before ("spoke to JS", "told JS"), in writing that
        uses lower case around them; never an abbreviation (HR, GP, OK), a rank, a word
        of the allow list, nor after a determiner ("the CO said")."""
        token = tokens.word(index)
        start = tokens.matches[index].start()
        end = tokens.matches[index].end()
        text = tokens.text
        if (
            token in NOT_INITIALS_CAPITALS
            or self.words.is_allowed(token)
            or token.lower() in RANK_ABBREVIATIONS
            or token.lower() in RANK_AND_ROLE_WORDS
            or token.lower() in self.words.stop_words  # "TOLD ME", "WE SAID" in capitals
            or tokens.lower(index - 1) in DETERMINERS
            or (start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_.@-/&'’"))
            or (end < len(text) and (text[end].isalnum() or text[end] in "_@-/&'’"))
        ):
            return False
        after = tokens.word(index + 1)
        spoken_of = (
            after.islower() and after in SPEECH_CUES and tokens.gap(index).strip() in ("", ",")
        )
        spoken_to = (
            not _SENTENCE_BREAK.search(tokens.gap(index - 1))
            and not tokens.word(index - 1).isupper()  # "SPOKE TO" in capitals: no cue
        ) and (
            tokens.lower(index - 1) in BEFORE_INITIALS
            or (tokens.lower(index - 1) == "to" and tokens.lower(index - 2) in SPOKE_TO)
        )
        return spoken_of or spoken_to or _owns_an_action(text, start, end)

    def _structural(self, tokens: _Tokens, index: int) -> tuple[Hit, int] | None:
        """Names by their layout: spelled out, initialled, or written surname first."""
        words = self.words
        token = tokens.word(index)
        start = tokens.matches[index].start()
        if _HYPHEN_SPELLED.fullmatch(token) and len(set(token.replace("-", ""))) >= 3:
            return self._hit("spelled_letters", start, tokens.matches[index].end()), index + 1
        if (
            tokens.lower(index + 1) == "here"
            and tokens.lower(index - 1) in ("it's", "it’s", "its", "is")
            and self._name_or_rare(token)
            and not tokens.word(index + 1).isupper()
        ):
            return self._hit("its_name_here", start, tokens.matches[index].end()), index + 1
        if token.islower() and not tokens.lower_case_writing:
            pair = self._lower_name_pair(tokens, index)
            if pair is not None:
                return pair
        if len(token) == 1 and token.isalpha():
            last = self._spelled_run(tokens, index)
            if last is not None:
                return self._hit("spelled_letters", start, tokens.matches[last].end()), last + 1
            gap = tokens.gap(index)
            surname = tokens.word(index + 1)
            # the "A" of a code's last letter ("LA-24-92-76-A. Waisea") is no initial either
            glued = start > 0 and (
                tokens.text[start - 1].isalnum()
                or tokens.text[start - 1] in "_.@"
                or (tokens.text[start - 1] in "-/" and tokens.text[start - 2 : start - 1].isdigit())
            )
            if (
                token.isupper()
                and not glued  # the "S" of "Dave_S" or "dave.S" is no initial
                and gap in (". ", ".", " ")
                and self._initial_may_open_a_name(token, gap, surname, self._signed(tokens, index))
                and not self._initial_closes_a_first_name(tokens, index)
                and is_capitalised(surname)
                and name_shaped(tokens, index + 1)
                and not surname.isupper()
                and not words.is_allowed(surname)
                and surname.lower() not in words.stop_words
                and (
                    self._name_or_rare(surname)
                    # "E.Blackwood": glued by its full stop, even after a capitalised word
                    or gap == "."
                    or (gap.startswith(".") and not is_capitalised(tokens.word(index - 1)))
                )
            ):
                end = tokens.matches[index + 1].end()
                return self._hit("initial_then_surname", start, end), index + 2
            return None
        following = tokens.word(index + 1)
        if (
            len(token) == 2
            and token.isupper()
            and token.lower() in words.surnames
            and tokens.gap(index) == ", "
            and self._first_name(following)
            and not words.is_allowed(token)
        ):
            # "NG, Mei", "LI, Wei": a two-letter surname in capitals, then a listed first name
            end = tokens.matches[index + 1].end()
            return self._hit("surname_comma_first", start, end), index + 2
        if not is_capitalised(token) or words.is_allowed(token) or not following:
            return None
        particle_comma = self._particle_surname_comma_first(tokens, index)
        if particle_comma is not None:
            return particle_comma
        upper = token.isupper() and len(token) >= 2 and self._word_not_acronym(token)
        # a space or a line break ("Jennifer\nKowalska, Morag": a full name broken over lines)
        listed_before = (
            _blank(tokens.gap(index - 1))
            and is_capitalised(tokens.word(index - 1))
            # (the line before may end one "Surname, First" of a list: "Roberts, Ali\n")
            and not (
                "\n" in tokens.gap(index - 1)
                and (
                    tokens.gap(index - 2) == ", "
                    # over a line only a first name runs on ("Jennifer\nKowalska, Morag";
                    # not "Mei – G1 Clerk\nOkafor, Francesca")
                    or not self._first_name(tokens.word(index - 1))
                )
            )
        )
        if tokens.gap(index) == ", " and not listed_before:
            # (not "Litia Nabou, Anjali Sidhu": the end of one full name, then the next)
            initial = (
                len(following) == 1
                and following.isupper()
                and tokens.gap(index + 1).startswith(".")
                # "Sione, D. Shah": the initial opens the next person's name
                and not (
                    tokens.gap(index + 1) in (". ", ".") and is_capitalised(tokens.word(index + 2))
                )
            )
            written = following[:1].isupper() and not following[1:].isupper()
            cap_name = written and len(following) > 1 and self._name_or_rare(following)
            listed_first = self._first_name(following)
            # "Thackeray, Halima." - a surname that is also in the dictionary, before a
            # listed first name that closes the phrase; never a greeting ("Thanks, Priya")
            closes = re.match(
                r"[ \t]*(?:[,.;(\n]|$|is\b|isnt\b)", tokens.text[tokens.matches[index + 1].end() :]
            )
            surname_like = self._name_or_rare(token) or (
                closes is not None
                and token.lower() not in NOT_SURNAMES
                and token.lower() not in self.words.stop_words
                and token.lower() not in RANK_AND_ROLE_WORDS
            )
            named = (
                (listed_first or (closes is not None and cap_name))
                and following.lower() != token.lower()  # "Yolanda, Yolanda Iqbal" says it twice
                # "Asante-Mensah, Katarzyna Chmielewska": a list of full names
                and not (
                    is_capitalised(tokens.word(index + 2))
                    and (
                        tokens.gap(index + 1) == " "
                        # "Adeyemi, Delroy\nVunipola", not "Zając, Agnieszka\nDOB:" nor a
                        # list of "Surname, First" a line each ("Roberts, Ali\nOkafor, Fran")
                        or (
                            _blank(tokens.gap(index + 1))
                            and self._name_or_rare(tokens.word(index + 2))
                            and not (
                                "\n" in tokens.gap(index + 1) and tokens.gap(index + 2) == ", "
                            )
                        )
                    )
                )
            )
            if (upper and (initial or cap_name)) or (
                not token.isupper()
                and surname_like
                and (named or initial)
                and not self._names_in_a_list(tokens, index)
            ):
                end = tokens.matches[index + 1].end() + (1 if initial else 0)
                return self._hit("surname_comma_first", start, end), index + 2
        if (
            upper
            and tokens.gap(index) == " "
            and len(following) == 1
            and following.isupper()
            # "I" and "A" are words, but "A." with its full stop is an initial ("MENSAH A.")
            and (
                following not in ("I", "A")
                or (following == "A" and tokens.text[tokens.matches[index + 1].end() :][:1] == ".")
            )
            and self._name_or_rare(token)
            and not tokens.text.isupper()
            and re.match(
                r"\.?(?:$|[ \t]*[,;:)!?\n]|[ \t]+[a-z(])",
                tokens.text[tokens.matches[index + 1].end() :],
            )
        ):
            end = tokens.matches[index + 1].end()
            return self._hit("capital_surname_then_initial", start, end), index + 2
        if (
            upper
            and tokens.gap(index) == " "
            and (self._first_name(following) or self._name_or_rare(following))
            and following[:1].isupper()
            and not following[1:].isupper()
        ):
            end = tokens.matches[index + 1].end()
            return self._hit("upper_surname_then_first", start, end), index + 2
        return None

    def _names_in_a_list(self, tokens: _Tokens, index: int) -> bool:
        """Whether "Word, Name" written in mixed case is two people named in a row rather
        than ``Surname, First``: the first word is a first name and no surname ("Sam,
        Ngozi", "Dave, Kasia, what do you think?"), the pair opens a counted list in
        brackets ("👍 2 (Benjamin, Emyr)"), or the pair stands inside a spoken list
        ("me, Murphy, Olumide and the boss"), or runs on in a list of three or more
        capitalised words joined by commas ("MacLeod, Nwosu, Rai, Gill"): a record writes one
        ``Surname, First`` per line or between semicolons, never a run of them."""
        word = tokens.lower(index)
        if word in self.words.first_names and word not in self.words.surnames:
            return True
        opening = tokens.matches[index].start()
        if _COUNT_OPENS_A_LIST.search(tokens.text, max(0, opening - 8), opening):
            return True  # "👍 2 (Benjamin, Emyr)": who reacted, as a chat export counts them
        if (tokens.gap(index - 1) == ", " and is_capitalised(tokens.word(index - 1))) or (
            tokens.gap(index + 1) == ", " and is_capitalised(tokens.word(index + 2))
        ):
            return True
        after = tokens.text[tokens.matches[index + 1].end() :]
        return tokens.gap(index - 1) == ", " and re.match(r"[ \t]*(?:and|&)\s", after) is not None

    def _particle_surname_comma_first(self, tokens: _Tokens, index: int) -> tuple[Hit, int] | None:
        """ "MAC AN T-SAOIR, Eilidh", "NÍ BHRIAIN, Akanisi", "Mac a' Phearsain, Rose": a
        particle surname of up to four words, a comma, and a capitalised first name."""
        if tokens.lower(index) not in CAPITAL_PARTICLES | {"o", "ni"}:
            return None
        last = index
        while last < index + 4 and tokens.gap(last) in (" ", "' ", "’ ") and tokens.word(last + 1):
            inside = tokens.word(last + 1)
            if inside[:1].islower() and not _INSIDE_PARTICLE_SURNAME.fullmatch(inside):
                return None
            last += 1
            if tokens.gap(last) == ", ":
                break
        first = tokens.word(last + 1)
        before = tokens.word(index - 1)
        if (
            last > index
            and tokens.gap(last) == ", "
            and (
                # "Ní Bhriain, Jenkins": a surname after the comma is the next person
                (
                    first.lower() in self.words.surnames
                    and first.lower() not in self.words.first_names
                )
                # a first name or a rank before the particle ("Delroy\nNí Bhriain, Evnas",
                # "Lt Mac an t-Saoir, Achterberg"), a rank or a full name after the comma
                # ("Mac an t-Saoir, Capt Price", "..., Adebayo Hughes"): a list of people
                or (_blank(tokens.gap(index - 1)) and is_capitalised(before))
                or first.lower().strip(".") in RANK_AND_ROLE_WORDS
                or (_blank(tokens.gap(last + 1)) and self._name_or_rare(tokens.word(last + 2)))
            )
        ):
            # the particle surname alone is still a name
            end = tokens.matches[last].end()
            return self._hit("surname_comma_first", tokens.matches[index].start(), end), last + 1
        if (
            last == index
            or tokens.gap(last) != ", "
            or not is_capitalised(first)
            or first.isupper()
            or not self._name_or_rare(first)
        ):
            return None
        end = tokens.matches[last + 1].end()
        return self._hit("surname_comma_first", tokens.matches[index].start(), end), last + 2

    def _lower_name_pair(self, tokens: _Tokens, index: int) -> tuple[Hit, int] | None:
        """In mixed-case writing, a lower-case word in no dictionary before a lower-case
        listed surname: "it's wiktor szymanski here"."""
        words = self.words
        key, surname = tokens.lower(index), tokens.word(index + 1)
        if (
            len(key) >= 3
            and tokens.gap(index) == " "
            and surname.islower()
            and words.is_unambiguous_name(surname)
            and surname in words.surnames
            and not words.is_common_word(key)
            and not words.is_allowed(key)
            and key not in words.stop_words
            and key not in RANK_AND_ROLE_WORDS
        ):
            end = tokens.matches[index + 1].end()
            return self._hit("lower_first_then_surname", tokens.matches[index].start(), end), (
                index + 2
            )
        return None

    def _initial_may_open_a_name(
        self, letter: str, gap: str, surname: str, signed: bool = False
    ) -> bool:
        """ "I" is the pronoun unless a full stop follows it and a name comes next; "A" is
        the article unless a full stop follows it or a name comes next."""
        dotted = gap.startswith(".")
        if letter == "I":
            return (dotted or signed) and self._name_or_rare(surname)
        if letter == "A":
            return dotted or self._name_or_rare(surname)
        return True

    def _initial_closes_a_first_name(self, tokens: _Tokens, index: int) -> bool:
        """Whether the initial at ``index`` ends the first name before it, as display names
        in a list do ("Dai D Salote R. Lukas J"): a first name before it, and after it a
        first name that is no surname, or a name with an initial of its own ("Lukas J"), so
        no "D. Salote" is read across two people."""
        if tokens.gap(index - 1) != " " or not self._first_name(tokens.word(index - 1)):
            return False
        after = tokens.word(index + 1)
        if self._first_name(after) and after.lower() not in self.words.surnames:
            return True
        next_initial = tokens.word(index + 2)
        return (
            len(next_initial) == 1
            and next_initial.isupper()
            and tokens.gap(index + 1) == " "
            and not tokens.word(index + 3)[:1].isupper()
        )

    def _signed(self, tokens: _Tokens, index: int) -> bool:
        """Whether token ``index`` stands where a signature or an agent's name does: after
        a dash ("- I Cadwaladr"), "by", "cc" or "from" ("reviewed by I Gruffudd")."""
        before = tokens.text[: tokens.matches[index].start()].rstrip(" \t")
        return before.endswith(("-", "–", "(")) or tokens.lower(index - 1) in SIGNED_BY

    def _word_not_acronym(self, token: str) -> bool:
        """A word in capitals read as a surname: listed, or shaped like a word (two vowels
        or more), not like an acronym (CTCRM, RMAS, HMNB)."""
        key = token.lower()
        if self.words.is_listed_name(key):
            return True
        return len(key) >= 4 and sum(c in "aeiouy" for c in key) >= 2

    def _first_name(self, token: str) -> bool:
        """A capitalised listed first name that is no ordinary word ("Priya", not "Will")."""
        key = token.lower()
        return (
            token[:1].isupper()
            and not token[1:].isupper()
            and key in self.words.first_names
            and self.words.is_unambiguous_name(key)
        )

    def _name_or_rare(self, token: str) -> bool:
        """A listed name or a word in no dictionary, and not an allowed word."""
        words = self.words
        key = token.lower().removesuffix("'s").removesuffix("’s")
        if len(key) < 2 or words.is_allowed(token) or key in words.stop_words:
            return False
        return words.is_listed_name(key) or not words.is_common_word(key)

    def _spelled_run(self, tokens: _Tokens, index: int) -> int | None:
        """The last index of four or more single letters of one case, with one separator
        between them throughout, or None."""
        first = tokens.word(index)
        separator = tokens.gap(index)
        if separator not in (" ", ", ", ". ", ",", "."):
            return None
        last = index
        while (
            len(tokens.word(last + 1)) == 1
            and tokens.word(last + 1).isupper() == first.isupper()
            and tokens.gap(last) == separator
        ):
            last += 1
        letters = [tokens.word(i).upper() for i in range(index, last + 1)]
        alphabet = "".join(letters) in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # "A B C D": a list
        return last if len(letters) >= 4 and len(set(letters)) >= 3 and not alphabet else None

    def _ordinary_lower_case_word(self, tokens: _Tokens, token: str) -> bool:
        words = self.words
        return token[0].islower() and (
            len(token) < 3
            or token in words.stop_words
            or token in NOT_NAMES_LOWER
            or (
                not tokens.lower_case_writing
                and words.is_common_word(token)
                and not words.is_listed_name(token)
            )
        )

    def _capitalised(self, tokens: _Tokens, index: int, key: str) -> tuple[Hit | None, int]:
        """Rules for a capitalised word: a full name, a listed name, or a cued unknown word."""
        words = self.words
        last = index
        particles = 0
        while last + 1 < len(tokens):
            following = tokens.word(last + 1)
            gap = tokens.gap(last)
            if (
                following in LOWER_PARTICLES
                and gap == " "
                and tokens.gap(last + 1) == " "
                and is_capitalised(tokens.word(last + 2))
            ):
                particles += 1  # "Idris ab Iorwerth", "Jan van der Berg"
                last += 1
                continue
            # a lone first name at a line's end, its surname alone on the next line's start
            # ("Isoa\nVakacegu"); not a signature's next line ("Dr Idris Pugh\nConsultant")
            broken = (
                last == index
                and bool(_LINE_BREAK.fullmatch(gap))
                and (
                    tokens.lower(last) in words.first_names
                    or not words.is_common_word(tokens.lower(last))
                )
                # the next word in lower case, or after a sentence's end ("Isoa\nVakacegu.
                # Priyanka stated"); not a title run on ("Dr Idris Pugh\nConsultant Nurse")
                and (
                    not is_capitalised(tokens.word(last + 2))
                    or bool(_SENTENCE_END.match(tokens.gap(last + 1)))
                )
                # not a speaker's label opening the next line ("Ampofo\nWai N.  5:35 PM")
                and not _LABEL_AFTER.match(tokens.text, tokens.matches[last + 1].end())
                and (words.is_listed_name(following) or not words.is_common_word(following.lower()))
            )
            if not (gap in (" ", "-") or broken) or not is_capitalised(following):
                break
            if words.is_allowed(following) or following.lower() in words.stop_words:
                break
            if following.lower() in CONTACT_TAILS and _SENDER_END.match(
                tokens.text, tokens.matches[last + 1].end()
            ):
                break  # "Ekow Gym:", "Lauren Miller Mob:": the tag a phone saved the contact with
            particles += following.lower() in CAPITAL_PARTICLES
            last += 1
            if broken:
                break
        if last > index and (
            key in NOT_SURNAMES
            or key in STRONG_BEFORE_CUES
            or (words.is_common_word(key) and not words.is_listed_name(key))
        ):
            return None, index + 1  # "Dear Crispin Mountjoy", "Witness Delroy Fearon"
        start = tokens.matches[index].start()
        span_end = tokens.matches[last].end()
        span = [tokens.lower(i) for i in range(index, last + 1)]
        first_listed = key in words.first_names
        unambiguous = [words.is_unambiguous_name(t) for t in span]
        names = [t for t in span if t not in LOWER_PARTICLES]
        if span[-1] in STREET_WORDS:
            names = []  # "Hope Street", "Mark Lane": an address, not a name
        if len(names) >= 2 and (
            (
                (first_listed or any(unambiguous))
                and (any(unambiguous) or words.is_listed_name(span[-1]))
            )
            # "Faith Ní Bhriain", "Amber Ramasamy", "Hope Vaughan-Price": a listed first
            # name (even one that is a word) before a particle surname, a word in no
            # dictionary, or a double-barrelled surname with a listed half
            or (first_listed and (particles > 0 or self._surname_shaped(span[-1])))
        ):
            return self._hit("full_name", start, span_end), last + 1
        if 2 <= len(names) <= 3 and all(
            self._rare_name_word(tokens.word(i))
            for i in range(index, last + 1)
            if tokens.lower(i) not in LOWER_PARTICLES
        ):
            return self._hit("rare_full_name", start, span_end), last + 1
        if unambiguous[0]:
            listed = "listed_first_name" if first_listed else "listed_surname"
            return self._hit(listed, start, tokens.matches[index].end()), index + 1
        cued = self._unknown_capitalised_rule(tokens, index, key)
        if cued is not None:
            return self._hit(cued, start, span_end), last + 1
        return None, index + 1

    def _rare_name_word(self, token: str) -> bool:
        """A capitalised word in no dictionary, not in capitals ("Litia", "Nabou")."""
        key = token.lower()
        return (
            len(key) >= 3
            and not token.isupper()
            and not self.words.is_common_word(key)
            and not self.words.is_allowed(key)
            and key not in RANK_AND_ROLE_WORDS
        )

    def _surname_shaped(self, key: str) -> bool:
        """A word in no dictionary ("ramasamy"), or double-barrelled with a listed half
        ("vaughan-price", "owusu-ansah")."""
        words = self.words
        if "-" in key:
            halves = key.split("-")
            return all(len(h) >= 2 for h in halves) and any(
                words.is_listed_name(h) or not words.is_common_word(h) for h in halves
            )
        return len(key) >= 3 and not words.is_common_word(key) and not words.is_allowed(key)

    def _unknown_capitalised_rule(self, tokens: _Tokens, index: int, key: str) -> str | None:
        """An unlisted capitalised word as a name from the words around it, or None.

        A relation word before it ("my wife Precious", "named Tevita") counts even for
        ordinary words; otherwise the word must be no ordinary English word, and then a person
        cue (a speech verb after it, "X and I", "me and X", a possessive) is enough, or a
        place mid-sentence. spaCy's place/organisation labels are not consulted: it labels
        unfamiliar names as places as often as it labels them as people.
        """
        words = self.words
        token = tokens.word(index)
        if len(key) < 3 or token.isupper() or words.is_allowed(token):
            return None
        if key in RANK_AND_ROLE_WORDS:
            return None  # "Caller said", "Witness stated"
        if tokens.lower(index - 1) in STRONG_BEFORE_CUES and not _SENTENCE_BREAK.search(
            tokens.gap(index - 1)
        ):
            return "greeting_then_cap"  # not across a line: "Speaker A: hi\nPerson B:"
        if key in words.stop_words:
            return None
        if key in words.ambiguous:
            # "Grace said no", "Bill rang me": a name by a verb of speaking or contact after
            # it; "Will you", "Grace period", "Frank words" stay words
            return "cue_beside_cap" if self._speech_after(tokens, index) else None
        common = words.is_common_word(key)
        cue = self._cue(tokens, index, speech_only=common)
        if cue is not None:
            return cue
        if common:
            return None
        if index > 0 and not _SENTENCE_BREAK.search(tokens.gap(index - 1)):
            return "rare_mid_sentence"
        following = tokens.word(index + 1)
        if following[:1].islower() and tokens.gap(index) == " ":
            return "rare_opening_before_lower"
        return None

    def _speech_after(self, tokens: _Tokens, index: int) -> bool:
        """A verb of speaking or contact right after token ``index`` ("Grace said")."""
        return tokens.lower(index + 1) in SPEECH_CUES and tokens.gap(index).strip() in ("", ",")

    def _cue(self, tokens: _Tokens, index: int, speech_only: bool = False) -> str | None:
        """The rule of a person cue next to token ``index``: 's, "X and I", "me and X", a
        relation word before or a verb after; ``speech_only`` (for words that are also
        ordinary English) accepts only verbs of speaking and contact after the word."""
        token = tokens.word(index)
        before, after = tokens.lower(index - 1), tokens.lower(index + 1)
        gap_after = tokens.gap(index)
        possessive = token.endswith(("'s", "’s")) or (after == "s" and gap_after in ("'", "’"))
        if possessive and not speech_only:  # not "Caller's", "Partner's"
            return "cap_possessive"
        if after == "and" and tokens.lower(index + 2) in ("i", "me"):
            return "cap_and_i"
        if before == "and" and tokens.lower(index - 2) in ("me", "i"):
            return "me_and_cap"
        after_cues = SPEECH_CUES if speech_only else AFTER_CUES
        before_cue = before in (STRONG_BEFORE_CUES if speech_only else BEFORE_CUES)
        if speech_only and "\n" in tokens.gap(index - 1):
            before_cue = False  # "Hi,\nHonestly, ...": a greeting's line ends before the word
        if before_cue or (after in after_cues and gap_after.strip() in ("", ",")):
            return "cue_beside_cap"
        return None

    def _lower_case_rule(self, tokens: _Tokens, index: int, key: str) -> str | None:
        """Rules for a lower-case word: a listed name, or a name by its cues."""
        words = self.words
        if len(key) >= 3 and not words.is_common_word(key):
            if words.is_unambiguous_name(key):
                return "lower_unambiguous_name"
            if (
                index > 0
                and tokens.lower(index - 1) in STRONG_BEFORE_CUES
                and key not in words.ambiguous
                and not words.is_allowed(key)
            ):
                if tokens.lower_case_writing:
                    return "lower_rare_after_greeting_in_lower_case_writing"
                return "lower_rare_after_greeting"
        return self._lower_case_cued_rule(tokens, index, key)

    def _lower_case_cued_rule(self, tokens: _Tokens, index: int, key: str) -> str | None:
        """A lower-case word as a name: a listed name or no ordinary word, with a person cue;
        a dictionary word only opening a sentence before a verb of speaking ("zaman found
        out"), never after a determiner ("the boss")."""
        words = self.words
        if len(key) < 3 or key in words.stop_words or words.is_allowed(key):
            return None
        if key in RANK_AND_ROLE_WORDS:
            return None
        before = tokens.lower(index - 1)
        if (
            key in words.ambiguous
            and before in RELATION_CUES
            and not (
                tokens.lower(index + 1) in AFTER_CUES and tokens.gap(index).strip() in ("", ",")
            )
        ):
            return None  # "my daughter love the school"; not "my mate rich said so"
        if (
            key in words.ambiguous
            and before not in STRONG_BEFORE_CUES
            and self._cue(tokens, index, speech_only=True) is None
        ):
            return None
        listed_or_rare = words.is_listed_name(key) or not (
            words.is_common_word(key) or misspelt_common_word(key, words)
        )
        if before in STRONG_BEFORE_CUES and listed_or_rare:
            return "lower_name_after_greeting"
        if self._cue(tokens, index) is None or before in DETERMINERS:
            return None
        if listed_or_rare:
            return "lower_name_with_cue"
        gap = tokens.gap(index - 1) if index > 0 else "."
        opens = index == 0 or bool(_SENTENCE_BREAK.search(gap)) or before in OPENERS
        after = tokens.lower(index + 1)
        strong = after in SPEECH_CUES or (after == "and" and tokens.lower(index + 2) in ("i", "me"))
        if strong and opens and key not in words.ambiguous:
            return "lower_word_then_speech_verb"
        return None

    def _lower_case_run(self, tokens: _Tokens, index: int) -> int | None:
        """In all-lower-case writing: the last index of a run of words that are no ordinary
        English, or listed first names, or listed names beside one ("rika lindqvist",
        "joel"), or None."""
        words = self.words

        def rare(i: int) -> bool:
            key = tokens.lower(i)
            return (
                len(key) >= 3
                and key.isalpha()
                and not words.is_allowed(key)
                and key not in RANK_AND_ROLE_WORDS
                and key not in RANK_ABBREVIATIONS
                and key not in NOT_NAMES_LOWER
                and not words.is_common_word(key)
            )

        def listed(i: int) -> bool:
            key = tokens.lower(i)
            return words.is_listed_name(key) and key not in words.stop_words

        def first_name(i: int) -> bool:
            key = tokens.lower(i)
            return len(key) >= 4 and key in words.first_names and words.is_unambiguous_name(key)

        if not (
            rare(index)
            or first_name(index)
            or (
                listed(index)
                and not words.is_common_word(tokens.lower(index))
                and tokens.gap(index) == " "
                and rare(index + 1)
            )
        ):
            return None
        last = index
        # one space between the words of a name; a line break ends it ("books\ntevita")
        while (
            last + 1 < len(tokens)
            and tokens.gap(last) == " "
            and (rare(last + 1) or listed(last + 1))
        ):
            last += 1
        return last
