"""Words around a token that point to a person's name: the person scanner's cues.

Kept apart from the scanner so the word sets can be read (and reviewed) as data.
"""

from __future__ import annotations

from typing import Any

# A civil title before a name, as a regex ("Mr", "Mrs.", "Dr"): one pattern for every rule
# that reads a title's place (initials after it, an addressee's line in an address block).
CIVIL_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?"

# Relations, contact verbs and greetings after which a capitalised word is a name either way.
_SHARED_CUES = frozenset(
    [
        "asked",
        "boss",
        "brother",
        "called",
        "colleague",
        "daughter",
        "fiance",
        "fiancee",
        "friend",
        "husband",
        "manager",
        "mate",
        "named",
        "oppo",
        "partner",
        "sister",
        "son",
        "supervisor",
        "thank",
        "thanks",
        "told",
        "wife",
    ]
)
# The relations among them: after one, a lower-case name that is also a word ("my daughter
# love(s) it") is a name only with a verb after it ("my mate rich said", "my wife hope was").
RELATION_CUES = frozenset(
    ["boss", "brother", "colleague", "daughter", "fiance", "fiancee", "friend", "husband",
     "manager", "mate", "oppo", "partner", "sister", "son", "supervisor", "wife"]
)  # fmt: skip
# Words next to which an unlisted capitalised word is most likely a person's name.
BEFORE_CUES = _SHARED_CUES | frozenset(
    ["clerk", "dad", "doc", "doctor", "instructor", "line-manager", "medic", "mum", "nurse", "with"]
)
# Cues strong enough to mark a listed or rare word as a name, and to name speech-only words.
# ("doc": what service people call a medical officer, "doc sinclair at the med centre")
STRONG_BEFORE_CUES = _SHARED_CUES | frozenset(
    ["ask", "cheers", "dear", "doc", "hello", "hi", "tell"]
)
OPENERS = frozenset(["and", "but", "so", "then", "me", "i"])
DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "my",
        "our",
        "your",
        "his",
        "her",
        "their",
        "this",
        "that",
        "these",
        "those",
        "some",
        "any",
        "every",
        "each",
        "no",
    ]
)
# Verbs of speaking and contact: after a dictionary word they still point to a person.
SPEECH_CUES = frozenset(
    [
        "said",
        "says",
        "told",
        "asked",
        "reckons",
        "reckoned",
        "thinks",
        "thought",
        "helped",
        "rang",
        "called",
        "texted",
        "emailed",
        "messaged",
        "mentioned",
        "explained",
        "suggested",
        "replied",
        "agreed",
        "laughed",
        "found",
    ]
)
# Weaker: after a word in no dictionary (or a listed name) they point to a person too.
AFTER_CUES = SPEECH_CUES | frozenset(
    [
        "from",
        "would",
        "could",
        "should",
        "will",
        "was",
        "is",
        "did",
        "does",
        "had",
        "has",
        "got",
        "gets",
        "went",
        "goes",
        "came",
        "comes",
        "took",
        "takes",
        "made",
        "makes",
        "gave",
        "gives",
        "sent",
        "works",
        "worked",
        "lives",
        "lived",
        "needs",
        "needed",
        "wants",
        "wanted",
        "knows",
        "knew",
        "runs",
        "ran",
    ]
)
# Written without an apostrophe in texts and chat ("hes 42", "note to self"): never names.
NOT_NAMES_LOWER = frozenset(
    [
        "hes", "shes", "im", "ive", "youre", "theyre", "thats", "whats", "dont", "cant",
        "wont", "didnt", "isnt", "wasnt", "doesnt", "havent", "couldnt", "wouldnt", "shouldnt",
        "ur", "self", "myself", "yourself", "himself", "herself", "ourselves", "themselves",
        # chat abbreviations
        "ffs", "lol", "omg", "tbh", "tbf", "idk", "imo", "imho", "btw", "brb", "lmao", "smh",
        "ngl", "asap", "iirc", "afaik", "irl", "pls", "plz", "thx", "cya", "ty", "np", "yh",
        "rly", "prob", "probs", "defo", "gonna", "wanna", "gotta", "dunno", "innit", "cuz",
        # survey text-speak: "u shud", "6 yrs", "2 hrs", "gd", "the rbl"
        "u", "shud", "wud", "cud", "gd", "yrs", "yr", "hrs", "mins", "wks", "rbl",
        "comd", "nco", "snco", "jnco",
        # first names whose lower-case form is the word ("a mere formality"; "Mere" is one)
        "mere",
    ]
)  # fmt: skip
# Family by the word their own people call them ("mum", "the missus", "our kid"): after "my"
# a relation before a name (FAMILY_AFTER_MY), and as a contact a phone saves, no one's name
# (contact_labels.NOT_A_SENDER). One list for both, so a word added is read alike in each.
# (Kin words only one of them holds yet, "mother", "granny", "uncle" not after "my", "ex",
# "partner", "mate" not as a contact, stay apart: moving one changes what is found.)
FAMILY_WORDS = frozenset(
    [
        "wife", "husband", "missus", "mrs", "hubby", "lad", "son", "daughter", "kid", "mum",
        "dad", "mam", "bro", "brother", "sis", "sister", "nan", "grandad", "cousin",
    ]
)  # fmt: skip
# Relations that, after "my" or "our" ("my lad tom", "me n my missus jo"), make the next
# listed first name a name even when it is short or also a word ("tom", "jo").
FAMILY_AFTER_MY = FAMILY_WORDS | frozenset(
    [
        "partner", "fiance", "fiancee", "gf", "bf", "ex", "boy", "girl", "eldest", "youngest",
        "mate", "oppo", "pal",
    ]
)  # fmt: skip
# Single lower-case letters that are text-speak words, never an initial: "u" (you), "n"
# (and: "me n jones"), "r" (are), "y" (why), "i". ("k", "c", "b" and "x" are words of their
# own too, but before a listed surname they are initials: "k patel in hr".)
NOT_INITIALS_LOWER = frozenset("unryi")
# Two consonants after "thanks to" that are an abbreviation, not someone's initials.
NOT_INITIALS_PAIRS = frozenset(
    [
        "hr", "gp", "mp", "pt", "cv", "tv", "pc", "dr", "ms", "mr", "st", "nd", "rd", "th",
        "pm", "vs", "ss", "cc", "bc", "nb", "ps", "dm", "pr", "hq", "rn", "bf", "gf", "mt",
        "sm", "wg", "tx", "ft", "lt", "ct", "dj", "md", "bt", "xx",
    ]
)  # fmt: skip
# Two capitals that are an abbreviation or a role, never a person's initials, however a
# verb of speaking follows ("HR said no", "the CO said", "OK said the sergeant", "SU rang").
NOT_INITIALS_CAPITALS = frozenset(
    [
        "OK", "HR", "GP", "CO", "OC", "MO", "XO", "PT", "TV", "UK", "GB", "US", "EU", "UN",
        "RN", "RM", "MP", "QM", "IO", "SM", "PC", "IT", "AI", "ID", "NI", "BB", "OT", "PA",
        "PR", "HQ", "RP", "TA", "IV", "SO", "DS", "DI", "DC", "DO", "NO", "SA", "OR", "AM",
        "PM", "AT", "IN", "ON", "UP", "WO", "CQ", "EA", "SP", "BT", "VW", "GS",
        # care and case notes: service user, key worker, social worker, probation officer,
        # occupational health, doctor and titles without their full stop
        "SU", "KW", "SW", "PO", "OH", "DV", "RA", "CC", "DR", "MR", "MS", "FS", "LO", "CA",
        # roles and titles said as letters: disc jockey, King's Counsel, Victoria Cross
        "DJ", "QC", "KC", "VC", "MC", "PE", "RE", "VP", "MD", "AA",
    ]
)  # fmt: skip
# Words before "to" after which two capitals are someone spoken to ("spoke to JS").
SPOKE_TO = frozenset(["spoke", "spoken", "speak", "talked", "talk", "chatted", "wrote", "said"])
# Words right before two capitals that make them someone ("told JS", "thanks JS").
BEFORE_INITIALS = frozenset(["told", "asked", "ask", "tell", "thanks", "cheers", "ta", "rang"])
# Words after which a list of people starts: "thanks to kev and shaz", "ta to taff".
THANKS_WORDS = frozenset(["thanks", "thank", "ta", "thx", "cheers", "out"])
# Forms of address by nation or city that stand for a person's name in the forces ("Pte
# McGregor (Jock)", "Taff said hello"), and those by build ("Lofty", "Tiny", "Shorty",
# "Spike"): no surname goes with them, so they are a person only in a document that uses
# one as a name (see variants.address_forms); "a tiny leak", "the Geordie lads" stay.
ADDRESS_FORMS = frozenset(
    ["jock", "taff", "paddy", "geordie", "scouse", "scouser", "brummie",
     "lofty", "tiny", "shorty", "spike"]
)  # fmt: skip


def names_by_address(settings: Any) -> frozenset[str]:
    """Forms of address and the study's service nicknames ("Lofty", "Scouse", "Dusty"): the
    words a document may use as a person's only name. One set for every rule that asks (a
    chat speaker's label, a list of people, an age after a lower-case name)."""
    return ADDRESS_FORMS | frozenset(settings.service_nicknames())
