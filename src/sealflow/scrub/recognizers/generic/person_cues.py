"""Words around a token that point to a person's name: the person scanner's cues.

Kept apart from the scanner so the word sets can be read (and reviewed) as data.
"""

from __future__ import annotations

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
# Words next to which an unlisted capitalised word is most likely a person's name.
BEFORE_CUES = _SHARED_CUES | frozenset(
    ["clerk", "dad", "doctor", "instructor", "line-manager", "medic", "mum", "nurse", "with"]
)
# Cues strong enough to mark a listed or rare word as a name, and to name speech-only words.
STRONG_BEFORE_CUES = _SHARED_CUES | frozenset(["ask", "cheers", "dear", "hello", "hi", "tell"])
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
    ]
)  # fmt: skip
