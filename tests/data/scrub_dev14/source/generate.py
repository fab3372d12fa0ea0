#!/usr/bin/env python3
"""Generate scrub development corpus dev14: what participants and families write and say,
naming people loosely (nicknames, pet forms, surnames alone, first name + initial, handles,
display names, misspellings) beside words that are names elsewhere.

A TUNING corpus (see ../SOURCE.md). Seeded, Python 3.11 standard library only. Each document
casts its people first, then writes its text from templates whose tokens append text and
record its label at once, so offsets are right by construction. Literal template text is
scanned as it is appended for decoys (ordinary words that are names elsewhere, roles, ranks,
acronyms, products), which are labelled there. A document that breaks a rule (a person named
more than six times, a name given to two people, a word of a name left unlabelled, a decoy
that is a name) is thrown away and the next draw of the same seeded stream taken, so the file
stays reproducible.

Usage: python generate.py [--check | --stats]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

SEED = 20261214
HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus.jsonl"
PREFIX = "dev14"
STYLES = ["survey", "interview", "chat", "email", "forum"]
PER_STYLE = 120

# --------------------------------------------------------------------------- name pools
# (first, sex, origin); diminutives and pet forms by first name; nicknames by surname.
FIRSTS = {
    "british": [
        ("David", "m"), ("Gareth", "m"), ("Gary", "m"), ("Steven", "m"), ("Michael", "m"),
        ("Christopher", "m"), ("Daniel", "m"), ("Jonathan", "m"), ("Barry", "m"),
        ("Frederick", "m"), ("Oliver", "m"), ("Dean", "m"), ("Craig", "m"), ("Lee", "m"),
        ("Jamie", "m"), ("Ryan", "m"), ("Nathan", "m"), ("Callum", "m"), ("Kieran", "m"),
        ("Samuel", "m"), ("Thomas", "m"), ("Alexander", "m"), ("Charles", "m"),
        ("Rebecca", "f"), ("Sharon", "f"), ("Margaret", "f"), ("Samantha", "f"),
        ("Joanne", "f"), ("Isabel", "f"), ("Charlotte", "f"), ("Natasha", "f"),
        ("Lauren", "f"), ("Kerry", "f"), ("Katherine", "f"), ("Fenella", "f"),
        ("Kayleigh", "f"), ("Chloe", "f"), ("Leanne", "f"), ("Stacey", "f"), ("Amy", "f"),
        ("Gemma", "f"), ("Nicola", "f"), ("Alexandra", "f"), ("Philippa", "f"),
    ],
    "word": [
        ("Will", "m"), ("Bill", "m"), ("Frank", "m"), ("Rob", "m"), ("Mark", "m"),
        ("Jack", "m"), ("Ray", "m"), ("Guy", "m"), ("Max", "m"), ("Pat", "m"),
        ("Grace", "f"), ("May", "f"), ("Sue", "f"), ("Hope", "f"), ("Dawn", "f"),
        ("Rose", "f"), ("Joy", "f"), ("Penny", "f"), ("Summer", "f"), ("Sandy", "f"),
    ],
    "scottish": [("Alasdair", "m"), ("Hamish", "m"), ("Fraser", "m"), ("Morag", "f"),
                 ("Eilidh", "f"), ("Kirsty", "f")],
    "irish": [("Seán", "m"), ("Ciarán", "m"), ("Declan", "m"), ("Siobhán", "f"),
              ("Niamh", "f"), ("Aoife", "f")],
    "welsh": [("Dafydd", "m"), ("Rhys", "m"), ("Gethin", "m"), ("Cerys", "f"),
              ("Bethan", "f"), ("Angharad", "f")],
    "polish": [("Wojciech", "m"), ("Jakub", "m"), ("Łukasz", "m"), ("Katarzyna", "f"),
               ("Małgorzata", "f"), ("Agnieszka", "f")],
    "nigerian": [("Chukwuemeka", "m"), ("Babatunde", "m"), ("Jude", "m"), ("Adaeze", "f"),
                 ("Ngozi", "f"), ("Folake", "f")],
    "ghanaian": [("Kwabena", "m"), ("Kofi", "m"), ("Yaw", "m"), ("Akosua", "f"),
                 ("Abena", "f"), ("Efua", "f")],
    "nepali": [("Dil", "m"), ("Bishnu", "m"), ("Hari", "m"), ("Sita", "f"),
               ("Gita", "f"), ("Sunita", "f")],
    "fijian": [("Viliame", "m"), ("Sakeasi", "m"), ("Jone", "m"), ("Mereani", "f"),
               ("Litia", "f"), ("Salote", "f")],
    "southasian": [("Mohammed", "m"), ("Imran", "m"), ("Harpreet", "m"), ("Priya", "f"),
                   ("Shivani", "f"), ("Ayesha", "f")],
}  # fmt: skip
DIMS = {
    "David": ["Dave", "Davey"], "Gareth": ["Gaz"], "Gary": ["Gaz", "Gazza"],
    "Steven": ["Steve", "Stevie"], "Michael": ["Mikey", "Mick"], "Christopher": ["Chris"],
    "Daniel": ["Dan", "Danny"], "Jonathan": ["Jonno", "Jon"], "Barry": ["Baz"],
    "Frederick": ["Freddie", "Fred"], "Oliver": ["Ollie"], "Dean": ["Deano"],
    "Samuel": ["Sam", "Sammy"], "Thomas": ["Tom", "Tommy"], "Alexander": ["Alex", "Sandy"],
    "Charles": ["Charlie", "Chas"], "Rebecca": ["Bex", "Becky"], "Sharon": ["Shaz"],
    "Margaret": ["Mags", "Maggie"], "Samantha": ["Sam", "Sammi"], "Joanne": ["Jo"],
    "Isabel": ["Izzy"], "Charlotte": ["Charlie", "Lottie"], "Natasha": ["Tash"],
    "Lauren": ["Lozza", "Loz"], "Kerry": ["Kez"], "Katherine": ["Kath", "Katie"],
    "Fenella": ["Nell"], "Kayleigh": ["Kay"], "Nicola": ["Nicky"], "Alexandra": ["Alex", "Lexi"],
    "Philippa": ["Pippa", "Pip"], "Leanne": ["Lea"], "Stacey": ["Stace"],
    "Will": ["Willy"], "Rob": ["Robbie"], "Frank": ["Frankie"], "Grace": ["Gracie"],
    "Alasdair": ["Ali"], "Hamish": ["Hame"], "Kirsty": ["Kirst"], "Seán": ["Shaun"],
    "Ciarán": ["Ciar"], "Declan": ["Dec"], "Siobhán": ["Shiv", "Shiv"], "Niamh": ["Nee"],
    "Dafydd": ["Dai", "Daf"], "Gethin": ["Geth"], "Angharad": ["Hari"], "Bethan": ["Beth"],
    "Wojciech": ["Wojtek"], "Jakub": ["Kuba"], "Łukasz": ["Łukas"], "Katarzyna": ["Kasia"],
    "Małgorzata": ["Gosia", "Małgosia"], "Agnieszka": ["Aga"],
    "Chukwuemeka": ["Emeka"], "Babatunde": ["Tunde"], "Adaeze": ["Ada"], "Folake": ["Fola"],
    "Kwabena": ["Kwabs"], "Akosua": ["Akos"], "Viliame": ["Vili"], "Sakeasi": ["Saki"],
    "Mereani": ["Mere"], "Mohammed": ["Mo", "Moh"], "Harpreet": ["Harry"],
    "Shivani": ["Shiv"], "Priya": ["Pri"],
}  # fmt: skip
# Spellings the same person gets in one document (the first is the person's own).
FIRST_VARIANTS = {
    "Katherine": ["Kathryn", "Catherine"], "Steven": ["Stephen"], "Jonathan": ["Johnathan"],
    "Seán": ["Sean", "Shaun"], "Siobhán": ["Siobhan", "Shivaun"], "Niamh": ["Neve"],
    "Mohammed": ["Mohammad", "Muhammad"], "Rebecca": ["Rebekah"], "Philippa": ["Phillipa"],
    "Łukasz": ["Lukasz"], "Małgorzata": ["Malgorzata"], "Wojciech": ["Wojtech"],
    "Isabel": ["Isobel"], "Lauren": ["Loren"], "Natasha": ["Natascha"], "Kerry": ["Keri"],
    "Alasdair": ["Alastair", "Alistair"], "Gareth": ["Garath"], "Dafydd": ["Daffyd"],
    "Ciarán": ["Kieran"], "Kayleigh": ["Kaylee", "Kayley"], "Viliame": ["Villiame"],
}  # fmt: skip

SURNAMES = {
    "british": ["Hughes", "Bennett", "Foster", "Hollis", "Pritchard", "Atherton", "Cartwright",
                "Brackenbury", "Pemberton", "Hargreaves", "Ashdown", "Whitfield", "Haworth",
                "Naylor", "Tranter", "Fairclough", "Lockwood", "Sutcliffe", "Ridley", "Dobson",
                "Hamilton-Smythe", "Campbell-Reid", "Kettering", "Thorne", "Ollerton"],
    "scottish": ["MacKenzie", "McDonald", "Fraser", "Sinclair", "Drummond", "Ferguson"],
    "irish": ["O'Brien", "O'Neill", "Gallagher", "Fitzgerald", "Kavanagh", "Doherty"],
    "welsh": ["Pryce", "Llewellyn", "Vaughan", "ap Rhys", "Bowen", "Prosser"],
    "polish": ["Wójcik", "Kowalczyk", "Nowak", "Zielinski", "Wiśniewski", "Mazur"],
    "nigerian": ["Okonkwo", "Adeyemi", "Okafor", "Eze", "Balogun", "Nwosu"],
    "ghanaian": ["Mensah", "Asante", "Owusu", "Boateng", "Appiah", "Osei"],
    "nepali": ["Gurung", "Rai", "Limbu", "Thapa", "Pun", "Tamang"],
    "fijian": ["Tuilagi", "Naivalu", "Ratu", "Baleiwai", "Koroi", "Vunibaka"],
    "southasian": ["Patel", "Hussain", "Sandhu", "Chaudhry", "Kaur", "Begum"],
}  # fmt: skip
SUR_VARIANTS = {
    "McDonald": ["Mcdonald", "MacDonald"], "MacKenzie": ["Mckenzie", "McKenzie"],
    "Okonkwo": ["Okonkow"], "Wójcik": ["Wojcik", "Wojick"], "Brackenbury": ["Brackenberry"],
    "Gurung": ["Gurang"], "Fitzgerald": ["FitzGerald", "Fitzgerrald"],
    "O'Neill": ["O'Neil", "ONeill"],
    "Pritchard": ["Prichard"], "Llewellyn": ["Llewelyn"], "Wiśniewski": ["Wisniewski"],
    "Zielinski": ["Zelinski"], "Hargreaves": ["Hargreeves"], "Mensah": ["Mensa"],
    "Thompson": ["Thomson"], "Stevens": ["Stephens"], "Phillips": ["Philips"],
    "Robinson": ["Robertson"], "Miller": ["Millar"], "Adeyemi": ["Adeyami"],
    "Hamilton-Smythe": ["Hamilton Smythe"], "Tuilagi": ["Tuilage"],
}  # fmt: skip
# Service nicknames tied to a surname, and pet forms made from it.
SUR_NICKS = {
    "Miller": "Dusty", "Smith": "Smudge", "White": "Chalky", "Clark": "Nobby", "Bell": "Dinger",
    "Wilson": "Tug", "Murphy": "Spud", "Martin": "Pincher", "Wood": "Timber", "Brown": "Buster",
    "Robinson": "Robbo", "Jones": "Jonesy", "Fitzpatrick": "Fitzy", "McAllister": "Mackers",
    "Stevens": "Stevo", "Hodgson": "Hodgy", "Thompson": "Tommo", "Henderson": "Hendo",
    "Wilkinson": "Wilko", "Sullivan": "Sully", "Gibson": "Gibbo", "Hutchinson": "Hutch",
    "Phillips": "Pip", "Parkes": "Parksy", "Dickson": "Dicko",
}  # fmt: skip
ORIGIN_NICKS = {"welsh": "Taff", "scottish": "Jock", "irish": "Paddy"}
PLACE_NICKS = ["Geordie", "Scouse", "Brummie", "Yorkie"]
PERSONAL_NICKS = [
    "Tiny",
    "Lofty",
    "Ginge",
    "Spike",
    "Moose",
    "Stretch",
    "Tank",
    "Smiler",
    "Bungle",
    "Rocket",
    "Tink",
    "Duchess",
    "Pocket",
    "Mongo",
    "Gonzo",
    "Bubbles",
]

# --------------------------------------------------------------------------- ranks
# (written, spoken) ranks by service; spoken forms are how people say them to a name.
RANKS = {
    "army_or": [("Pte", "Private"), ("LCpl", "Lance Corporal"), ("L/Cpl", "Lance Corporal"),
                ("Cpl", "Corporal"), ("Sgt", "Sarnt"), ("SSgt", "Staff"), ("CSgt", "Colour"),
                ("WO2", "Sarnt Major"), ("Spr", "Sapper"), ("Rfn", "Rifleman"),
                ("Gnr", "Gunner"), ("Tpr", "Trooper"), ("Cfn", "Craftsman"), ("Kgn", "Kingsman")],
    "army_off": [("Lt", "Lieutenant"), ("Capt", "Captain"), ("Maj", "Major"),
                 ("Lt Col", "Colonel")],
    "navy": [("AB", "Able Seaman"), ("LH", "Leading Hand"), ("PO", "Petty Officer"),
             ("CPO", "Chief"), ("Lt", "Lieutenant"), ("Lt Cdr", "Lieutenant Commander"),
             ("Cdr", "Commander")],
    "rm": [("Mne", "Marine"), ("Cpl", "Corporal"), ("Sgt", "Sergeant"), ("CSgt", "Colour"),
           ("Capt", "Captain"), ("Maj", "Major")],
    "raf": [("SAC", "SAC"), ("Cpl", "Corporal"), ("Sgt", "Sergeant"), ("FS", "Flight"),
            ("Chf Tech", "Chief"), ("Fg Off", "Flying Officer"), ("Flt Lt", "Flight Lieutenant"),
            ("Sqn Ldr", "Squadron Leader"), ("Wg Cdr", "Wing Commander")],
}  # fmt: skip
TITLES = {"m": ["Mr"], "f": ["Mrs", "Ms", "Miss"]}
RANK_WORDS = {
    w.lower()
    for pairs in RANKS.values()
    for pair in pairs
    for text in pair
    for w in re.split(r"[\s.,/-]+", text)
    if w
} | {"mr", "mrs", "ms", "miss", "dr", "mister", "sergeant", "major", "sarnt"}

# --------------------------------------------------------------------------- places and units
BASES = [
    ("RAF Brize Norton", "base"), ("Brize", "abbreviation"), ("RAF Lossiemouth", "base"),
    ("Lossie", "abbreviation"), ("RAF Coningsby", "base"), ("RAF Marham", "base"),
    ("RAF Waddington", "base"), ("Waddo", "abbreviation"), ("RAF Honington", "base"),
    ("RAF Odiham", "base"), ("RAF Benson", "base"), ("RAF Akrotiri", "base"),
    ("HMNB Devonport", "base"), ("Guz", "abbreviation"), ("HMNB Portsmouth", "base"),
    ("HMNB Clyde", "base"), ("Faslane", "abbreviation"), ("RNAS Culdrose", "base"),
    ("RNAS Yeovilton", "base"), ("CTCRM Lympstone", "base"), ("Lympstone", "abbreviation"),
    ("Catterick Garrison", "garrison"), ("Catterick", "garrison"), ("Tidworth", "garrison"),
    ("Bulford Camp", "garrison"), ("Bulford", "garrison"), ("Larkhill", "garrison"),
    ("Aldershot Garrison", "garrison"), ("Colchester Garrison", "garrison"),
    ("Bovington Camp", "garrison"), ("Bovvy", "abbreviation"), ("Pirbright", "garrison"),
    ("Episkopi", "garrison"), ("BATUK", "abbreviation"), ("RMAS", "abbreviation"),
    ("Leuchars Station", "base"), ("Kinloss Barracks", "base"), ("MOD Lyneham", "base"),
    ("Abbey Wood", "base"), ("Chilwell", "garrison"), ("Brize Norton", "base"),
    ("Lossiemouth", "base"), ("Culdrose", "base"), ("Yeovilton", "base"),
]  # fmt: skip
AIRFIELDS = {
    "RAF Brize Norton",
    "Brize",
    "Brize Norton",
    "RAF Akrotiri",
    "MOD Lyneham",
    "RAF Odiham",
    "RNAS Culdrose",
    "RNAS Yeovilton",
    "Yeovilton",
    "Lossie",
}


def service_of(name: str) -> str:
    """Which service a base or unit belongs to, from how its name is written."""
    if re.search(r"Commando|Cdo|CTCRM|Lympstone", name):
        return "rm"
    if re.search(r"HMS|RFA|HMNB|RNAS|NAS|Guz|Faslane|Culdrose|Yeovilton|Big Lizzie|Albion", name):
        return "navy"
    if re.search(r"RAF|Sqn|Squadron|Dambusters|Brize|Lossie|Waddo", name):
        return "raf"
    return "army"


UNITS = [
    ("1 RIFLES", "battalion"), ("2 PARA", "battalion"), ("3 PARA", "battalion"),
    ("1 SCOTS", "battalion"), ("2 Yorks", "battalion"), ("1 R Irish", "battalion"),
    ("1 Mercian", "battalion"), ("2 LANCS", "battalion"), ("1 Royal Welsh", "battalion"),
    ("1st Battalion Irish Guards", "battalion"), ("2 RGR", "battalion"), ("1 RGR", "battalion"),
    ("the Lanky", "regiment"), ("3 RHA", "regiment"), ("22 Engr Regt", "regiment"),
    ("21 Engineer Regiment", "regiment"), ("27 Regt RLC", "regiment"), ("1 Med Regt", "regiment"),
    ("the Light Dragoons", "regiment"), ("the Queen's Dragoon Guards", "regiment"),
    ("16 Regt RA", "regiment"), ("the Household Cavalry", "regiment"),
    ("40 Commando", "commando"), ("42 Cdo", "commando"), ("45 Commando", "commando"),
    ("29 Cdo Regt", "commando"), ("30 Cdo", "commando"), ("24 Cdo RE", "commando"),
    ("16 Air Assault Brigade", "formation"), ("16X", "formation"), ("3 Cdo Bde", "formation"),
    ("1 (UK) Div", "formation"), ("3 (UK) Division", "formation"), ("7 Bde", "formation"),
    ("12 Armd Inf Bde", "formation"), ("102 Log Bde", "formation"),
    ("HMS Albion", "ship"), ("HMS Dragon", "ship"), ("HMS Prince of Wales", "ship"),
    ("HMS Queen Elizabeth", "ship"), ("Big Lizzie", "ship"), ("HMS Somerset", "ship"),
    ("HMS Tyne", "ship"), ("RFA Argus", "ship"), ("HMS Defender", "ship"),
    ("HMS Northumberland", "ship"), ("HMS Bulwark", "ship"), ("the Albion", "ship"),
    ("617 Squadron", "squadron"), ("617 Sqn", "squadron"), ("IX(B) Sqn", "squadron"),
    ("II(AC) Sqn", "squadron"), ("29 Sqn", "squadron"), ("845 NAS", "squadron"),
    ("820 NAS", "squadron"), ("47 Sqn", "squadron"), ("99 Sqn", "squadron"),
    ("the Dambusters", "squadron"), ("LXX Sqn", "squadron"),
]  # fmt: skip
UNIT_TAGS = [
    ("1RIFLES", "battalion"),
    ("2PARA", "battalion"),
    ("1SCOTS", "battalion"),
    ("1MERCIAN", "battalion"),
    ("2RGR", "battalion"),
    ("3RHA", "regiment"),
    ("22ENGR", "regiment"),
    ("27RLC", "regiment"),
    ("1MED", "regiment"),
    ("40CDO", "commando"),
    ("42CDO", "commando"),
    ("16AAB", "formation"),
]
TOWNS = [
    "Andover",
    "Swindon",
    "Salisbury",
    "Ripon",
    "Darlington",
    "Plymouth",
    "Lincoln",
    "Grantham",
    "Wrexham",
    "Dundee",
    "Inverness",
    "Elgin",
    "Carlisle",
    "Preston",
    "Wigan",
    "Rotherham",
    "Cardiff",
    "Swansea",
    "Belfast",
    "Lisburn",
    "Gosport",
    "Helston",
    "Exeter",
    "Chippenham",
    "Devizes",
    "Amesbury",
    "Warminster",
    "Blandford",
    "Farnborough",
    "Camberley",
    "Northallerton",
    "Bedford",
    "Sleaford",
    "Stirling",
    "Kathmandu",
    "Pokhara",
    "Suva",
    "Accra",
    "Lagos",
    "Kraków",
    "Gdańsk",
    "Middlesbrough",
    "Hull",
]
STREETS = [
    "Haig Road",
    "Kitchener Road",
    "Wellington Crescent",
    "Gort Close",
    "Slim Road",
    "Alanbrooke Avenue",
    "Montgomery Way",
    "Wavell Close",
    "Allenby Road",
    "Jellicoe Way",
    "Beatty Road",
    "Anson Close",
    "Dowding Avenue",
    "Tedder Road",
    "Trenchard Lane",
    "Laburnum Grove",
    "Chestnut Avenue",
    "Cedar Close",
    "Station Road",
    "Church Lane",
    "Mill Lane",
    "Victoria Terrace",
    "Beech Drive",
    "Rowan Way",
    "Sycamore Close",
]
STREET_SHORT = {
    "Road": "Rd",
    "Crescent": "Cres",
    "Close": "Cl",
    "Avenue": "Ave",
    "Lane": "Ln",
    "Grove": "Gr",
    "Drive": "Dr",
    "Terrace": "Terr",
    "Way": "Way",
}
OUTWARDS = [
    "SP9",
    "SP4",
    "SP11",
    "DL9",
    "DL10",
    "GU11",
    "GU12",
    "CO2",
    "OX18",
    "PL2",
    "PL5",
    "PO1",
    "PO12",
    "TR12",
    "BA22",
    "EX8",
    "IV31",
    "PE33",
    "LN4",
    "LN5",
    "IP31",
    "BH20",
    "GU15",
    "SN6",
    "NG34",
    "ME4",
    "KY16",
    "G84",
    "CF14",
    "BT28",
]
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"

# --------------------------------------------------------------------------- decoys
# Literal template text is scanned for these as it is appended; each becomes a decoy.
WORD_DECOYS = [
    "will",
    "may",
    "mark",
    "bill",
    "frank",
    "grace",
    "hope",
    "pat",
    "sue",
    "rob",
    "jack",
    "chase",
    "dusty",
    "tiny",
    "lofty",
    "spud",
    "spuds",
    "ginger",
    "smudge",
    "dawn",
    "rose",
    "joy",
    "penny",
    "ray",
    "summer",
    "guy",
    "sandy",
    "max",
    "scouse",
    "paddy",
    "tank",
    "pocket",
    "rocket",
    "spike",
    "duchess",
    "moose",
    "stretch",
    "mo",
    "pip",
    "timber",
    "bungle",
]
AUTO_DECOYS = {
    "role": ["RSM", "OC", "CO", "MO", "CSM", "QM", "2IC", "Adjt", "UWO", "padre", "Padre",
             "welfare officer", "boss", "medic", "doc", "line manager", "Chief Clerk",
             "RQ", "PTI", "Swain", "Buffer", "Jimmy", "facilitator", "OC's", "CO's",
             "unit welfare officer", "HIVE", "key worker", "health visitor", "sqn boss"],
    "rank": ["Sarnt Major", "lance jack", "full screw", "Colour", "Staff", "Sgt", "Cpl",
             "sergeant major", "Flight", "Corporal", "Chief"],
    "acronym": ["OH", "SFA", "HR", "JPA", "PT", "NOK", "AWOL", "ASAP", "TBH", "FYI", "ETA",
                "R&R", "POTL", "MATTs", "BFT", "DCMH", "A&E", "TRiM", "MOD", "NAAFI", "WFH",
                "GP", "SSAFA", "TBC", "FOB", "OOA", "LSA", "tbh", "ffs", "lol", "asap"],
    "product": ["WhatsApp", "Teams", "Outlook", "Headspace", "Calm", "Strava",
                "Combat Stress", "Op Courage", "Help for Heroes", "Togetherall", "Jackal",
                "Foxhound", "Chinook", "Typhoon", "Samaritans", "Anchor programme",
                "Anchor", "Facebook", "Instagram", "MODNet", "Defence Gateway", "Zoom"],
    "service": ["Royal Navy", "Army", "RAF", "Navy", "Marines", "Royal Marines", "Corps",
                "civil service", "Civil Service"],
}  # fmt: skip
POOLS = {
    "time": ["0830", "14:02", "half 7", "10ish", "1900hrs", "0600", "21:47", "7am", "9pm",
             "lunchtime", "1730", "22:15", "08:12", "3 in the morning", "half 5"],
    "date": ["12/03/2025", "Tues 4 March", "4th June", "last Thursday", "14 Feb", "Jan",
             "03/11/2024", "Sunday", "the 21st", "2 May", "Friday", "28/08", "New Year's Eve",
             "Christmas", "bank holiday Monday"],
    "count": ["6 of us", "20 blokes", "three lads", "a dozen of us", "10 people",
              "four girls", "eight of the lads", "half a dozen", "30-odd people", "two of us"],
    "duration": ["6 months", "2 years", "three weeks", "18 months", "a fortnight",
                 "9 month tour", "12 years", "six weeks", "a couple of days", "22 years",
                 "10 days", "4 years", "nine months"],
    "age_band": ["25-34", "35-44", "18-24", "45-54", "under 25", "55+", "30-39", "40s",
                 "30s", "mid-thirties", "late twenties", "early forties"],
    "money": ["£40", "£1,200", "200 quid", "£85", "a tenner", "£350", "£12.50", "50 quid"],
    "greet": ["Hi all", "Morning", "Hiya", "Hi", "Evening all", "Afternoon", "Hello"],
    "signoff": ["Cheers", "Thanks", "Ta", "Kind regards", "Regards", "Many thanks", "Best"],
    "team": ["B Coy", "3 Coy", "HQ Coy", "Blue Watch", "the ops room", "the QM's dept",
             "A Flt", "Sp Coy", "the Wives' club", "the welfare team", "the stores",
             "Recce Pl", "Mortars", "the galley"],
    "ref": ["JSP 770", "INC0012345", "R_4471", "Ser 4", "Q7", "JSP 752", "Form 3",
            "case 2291", "Ticket 88213"],
}  # fmt: skip


# --------------------------------------------------------------------------- people
@dataclass
class Person:
    first: str
    sur: str
    sex: str
    origin: str
    kind: str  # "mil", "civ", "fam" (spouse or child)
    service: str = ""
    rank: tuple[str, str] | None = None
    title: str = ""
    dim: str | None = None
    nick: str | None = None
    first_typo: str | None = None
    sur_typo: str | None = None
    middle: str = ""
    age: int = 0
    handle: str = ""
    seed: int = 0
    entity: str = ""
    mentions: int = 0
    names: set[str] = field(default_factory=set)


def ascii_fold(text: str) -> str:
    """Accents off and Ł to L, for e-mail addresses and handles."""
    text = text.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def initials_of(p: Person) -> str:
    sur = [w for w in re.split(r"[\s-]+", p.sur) if w.lower() not in ("ap",)]
    return (p.first[0] + sur[0].replace("'", "")[0].upper()).upper()


BAD_INITIALS = {
    "MO", "OC", "CO", "IT", "OK", "HR", "PT", "OH", "AM", "PM", "IS", "AS", "AT", "BE", "BY",
    "DO", "GO", "HE", "IF", "IN", "ME", "MY", "NO", "OF", "ON", "OR", "SO", "TO", "UP", "US",
    "WE", "QM", "GP", "RE", "MT", "ED", "DI", "TA", "PO", "AB", "LH", "FS", "WO", "UK", "TV",
    "AN", "OX", "GU", "SP", "PL", "DL", "CF", "BT", "LN", "IP", "BA", "EX", "TR", "NG",
    "SN", "BH", "PE", "IV", "KY", "HI", "YO", "JO", "MA", "PA", "NA", "HA", "AH", "ER", "UM",
    "OI", "AR", "RM", "RA", "AA", "SA", "WI", "FO", "DR", "MR", "MS",
}  # fmt: skip


class Cast:
    """The people of one document, kept apart: no two share a first name, diminutive,
    nickname, any word of a surname, two-letter initials or first name + surname initial."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people: dict[str, Person] = {}
        # The service most of the document's people, bases and units belong to.
        self.service = rng.choices(["army", "navy", "rm", "raf"], weights=[5, 2, 1, 2])[0]
        self.taken: set[str] = set()

    def keys(self, p: Person) -> set[str]:
        out = {p.first.lower(), initials_of(p).lower(), f"{p.first} {p.sur[0]}".lower()}
        out |= {w.lower() for w in re.split(r"[\s-]+", p.sur)}
        out |= {ascii_fold(p.first).lower()}
        for extra in (p.dim, p.nick, p.first_typo, p.sur_typo):
            if extra:
                out.add(extra.lower())
                out |= {w.lower() for w in re.split(r"[\s-]+", extra)}
        if p.dim:
            out.add(f"{p.dim} {p.sur[0]}".lower())
        return out

    def add(
        self, role: str, kind: str, age_range: tuple[int, int] = (19, 55), origin: str = ""
    ) -> Person:
        for _ in range(200):
            p = self.draw(kind, age_range, origin)
            keys = self.keys(p)
            if keys & self.taken or initials_of(p) in BAD_INITIALS:
                continue
            if any(k in BAD_INITIALS_WORDS for k in keys if len(k) <= 2):
                continue
            self.taken |= keys
            self.people[role] = p
            return p
        raise RuntimeError("could not cast")  # pragma: no cover - pools are wide

    def draw(self, kind: str, age_range: tuple[int, int], origin: str = "") -> Person:
        rng = self.rng
        origin = origin or rng.choices(list(FIRSTS), weights=[6, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1])[0]
        first, sex = rng.choice(FIRSTS[origin])
        sur_origin = "british" if origin == "word" else origin
        if rng.random() < 0.25:
            sur = rng.choice(list(SUR_NICKS))
        else:
            sur = rng.choice(SURNAMES[sur_origin])
        if sex == "f" and sur_origin == "polish" and sur.endswith("ski"):
            sur = sur[:-1] + "a"
        p = Person(first=first, sur=sur, sex=sex, origin=origin, kind=kind)
        dims = DIMS.get(first)
        if dims:
            p.dim = rng.choice(dims)
        if first in FIRST_VARIANTS:
            p.first_typo = rng.choice(FIRST_VARIANTS[first])
        if sur in SUR_VARIANTS:
            p.sur_typo = rng.choice(SUR_VARIANTS[sur])
        elif not p.first_typo:
            p.sur_typo = misspell(sur)
        p.age = rng.randint(*age_range)
        p.seed = rng.randint(0, 2**31)
        if kind == "mil":
            p.service = (
                self.service
                if rng.random() < 0.7
                else rng.choices(["army", "navy", "rm", "raf"], weights=[5, 2, 1, 2])[0]
            )
            group = {
                "army": rng.choice(["army_or", "army_or", "army_off"]),
                "navy": "navy",
                "rm": "rm",
                "raf": "raf",
            }[p.service]
            p.rank = rng.choice(RANKS[group])
        p.title = rng.choice(TITLES[sex])
        if kind != "fam":
            r = rng.random()
            if sur in SUR_NICKS and r < 0.75:
                p.nick = SUR_NICKS[sur]
            elif origin in ORIGIN_NICKS and sex == "m" and r < 0.6:
                p.nick = ORIGIN_NICKS[origin]
            elif r < 0.35:
                p.nick = rng.choice(PERSONAL_NICKS + PLACE_NICKS)
        if rng.random() < 0.3:
            p.middle = rng.choice("ABCDEFGHJKLMNPRSTW")
        base = ascii_fold(p.dim or p.first).lower()
        trade = rng.choice(
            [
                "sapper",
                "medic",
                "chef",
                "scaley",
                "tankie",
                "gunner",
                "rigger",
                "sparky",
                "greenie",
                "matelot",
                "bootneck",
                "crab",
            ]
        )
        clean = re.sub(r"[^a-z]", "", ascii_fold(sur).lower())
        p.handle = rng.choice([
            f"{base}_{ascii_fold(sur)[0].lower()}{rng.randint(70, 99)}",
            f"{base}_the_{trade}",
            f"{ascii_fold(first).lower()}{clean}{rng.randint(1, 99)}",
            f"{(p.nick or base).lower()}{rng.randint(1980, 2005)}",
            f"{clean}_{base[0]}",
        ])  # fmt: skip
        return p


# How people misspell a name they have only heard or half remember: a doubled letter single,
# ie for ei, aw for ow, ck for k, a final y for ie (Hollis -> Holis, Haworth -> Howorth).
MISSPELLINGS = [
    (r"([bcdfglmnprst])\1", r"\1"), (r"ei", "ie"), (r"ie", "ei"), (r"aw", "ow"), (r"ck", "k"),
    (r"ph", "f"), (r"y$", "ie"), (r"ou", "o"), (r"ai", "ia"), (r"ae", "ea"), (r"ch", "sh"),
    (r"([aeiou])([lnrt])([aeiou])", r"\1\2\2\3"),
]  # fmt: skip


def misspell(name: str) -> str | None:
    for pattern, repl in MISSPELLINGS:
        wrong = re.sub(pattern, repl, name, count=1)
        if wrong != name:
            return wrong
    return None


BAD_INITIALS_WORDS = {b.lower() for b in BAD_INITIALS}


# --------------------------------------------------------------------------- document
def _auto_pattern() -> tuple[re.Pattern, dict[str, str]]:
    kinds: dict[str, str] = {}
    for kind, words in AUTO_DECOYS.items():
        for w in words:
            kinds[w] = kind
    keys = sorted(kinds, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w&])(" + "|".join(re.escape(k) for k in keys) + r")(?![\w&])")
    return pattern, kinds


AUTO_RE, AUTO_KIND = _auto_pattern()
WORD_RE = re.compile(r"(?<![\w'])(" + "|".join(WORD_DECOYS) + r")(?![\w'])", re.I)


class Doc:
    """Text built piece by piece, each label recorded as its text is appended."""

    def __init__(self) -> None:
        self.text = ""
        self.spans: list[dict] = []
        self.decoys: list[dict] = []
        self.lower = False
        self.entities = 0

    def put(self, text: str) -> None:
        self.text += text.lower() if self.lower else text

    def literal(self, text: str) -> None:
        """Plain template text: decoys it holds are labelled where they stand."""
        marks = []
        for m in AUTO_RE.finditer(text):
            marks.append((m.start(), m.end(), AUTO_KIND[m.group()]))
        for m in WORD_RE.finditer(text):
            if not any(s < m.end() and m.start() < e for s, e, _ in marks):
                marks.append((m.start(), m.end(), "word"))
        pos = 0
        for s, e, kind in sorted(marks):
            self.put(text[pos:s])
            self.decoy(text[s:e], kind)
            pos = e
        self.put(text[pos:])

    def span(self, text: str, kind: str, form: str, person: Person | None = None) -> None:
        start = len(self.text)
        self.put(text)
        mark = {"type": kind, "start": start, "end": len(self.text), "form": form}
        if person is not None:
            if not person.entity:
                self.entities += 1
                person.entity = f"p{self.entities}"
            person.mentions += 1
            mark["entity"] = person.entity
        self.spans.append(mark)

    def decoy(self, text: str, kind: str) -> None:
        start = len(self.text)
        self.put(text)
        self.decoys.append({"start": start, "end": len(self.text), "kind": kind})


# --------------------------------------------------------------------------- writer
LOOSE = {
    # form: weight, per style
    "survey": {"first": 4, "nick": 3, "sur": 2, "rank": 3, "dim": 2, "short": 2, "init": 1,
               "full": 1, "title": 1, "typo": 2, "spoken": 2},
    "interview": {"nick": 4, "first": 3, "dim": 2, "sur": 2, "rank": 2, "spoken": 3,
                  "full": 1, "short": 1, "typo": 2},
    "chat": {"nick": 4, "dim": 4, "first": 3, "short": 3, "init": 2, "sur": 2, "handle": 1,
             "rank": 1, "typo": 2},
    "email": {"rank": 4, "first": 3, "sur": 2, "init": 3, "full": 2, "dim": 2, "surfirst": 1,
              "short": 1, "nick": 2, "initsur": 1, "typo": 1},
    "forum": {"first": 4, "dim": 3, "nick": 3, "short": 2, "sur": 2, "rank": 2, "title": 1,
              "handle": 1, "typo": 1, "spoken": 1},
}  # fmt: skip
PRONOUNS = {
    "he": ("he", "she"),
    "him": ("him", "her"),
    "his": ("his", "her"),
    "lad": ("lad", "girl"),
    "partner": ("fella", "missus"),
    "hubby": ("hubby", "wife"),
    "son": ("son", "daughter"),
}
TOKEN = re.compile(r"\{([^{}]+)\}")
NUMBER_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty"}


def age_words(n: int, rng: random.Random) -> str:
    if n < 20:
        return NUMBER_WORDS[n]
    tens, ones = divmod(n, 10)
    if not ones:
        return TENS[tens]
    return f"{TENS[tens]}{rng.choice(['-', ' '])}{NUMBER_WORDS[ones]}"


class Writer:
    def __init__(self, rng: random.Random, style: str, cast: Cast, doc: Doc) -> None:
        word = cast.people["a"].first.lower()
        self.bonus = [] if word not in AS_WORD else [
            rng.choice(["Tell {a:first} I said thanks, ", "{a:first} knows this: ",
                        "{a:first} said it best, ", "Thanks {a:first}, "]) + AS_WORD[word]
        ]  # fmt: skip
        self.rng = rng
        self.style = style
        self.cast = cast
        self.doc = doc
        self.caps = 0.04

    def fill(self, template: str) -> None:
        pos = 0
        for m in TOKEN.finditer(template):
            self.doc.literal(template[pos : m.start()])
            self.token(m.group(1))
            pos = m.end()
        self.doc.literal(template[pos:])

    def token(self, body: str) -> None:
        rng, doc = self.rng, self.doc
        if body.startswith("$"):
            self.value(body[1:])
        elif body.startswith("*"):
            kind = body[1:]
            if kind in POOLS:
                doc.decoy(rng.choice(POOLS[kind]), kind)
            else:
                doc.decoy(rng.choice(AUTO_DECOYS[kind]), kind)
        elif body.startswith("="):
            kind, _, text = body[1:].partition(":")
            doc.decoy(text, kind)
        else:
            role, _, form = body.partition(":")
            self.mention(self.cast.people[role], form or "loose")

    # values ---------------------------------------------------------------
    def value(self, body: str) -> None:
        rng, doc = self.rng, self.doc
        name, _, form = body.partition(":")
        if name == "base":
            choices = self.home([b for b in BASES if not form or b[1] == form])
            if form == "airfield":
                choices = [b for b in BASES if b[0] in AIRFIELDS]
            text, f = rng.choice(choices)
            doc.span(text, "BASE", f)
        elif name == "unit":
            choices = self.home([u for u in UNITS if not form or u[1] == form])
            text, f = rng.choice(choices)
            if text.startswith("the "):
                doc.literal("the ")
                text = text[4:]
            doc.span(text, "UNIT", f)
        elif name == "town":
            doc.span(rng.choice(TOWNS), "LOCATION", "town")
        elif name == "phone":
            d = "7" + "".join(str(rng.randint(0, 9)) for _ in range(9))
            text = rng.choice(
                [
                    f"0{d[:4]} {d[4:]}",
                    f"0{d}",
                    f"+44 {d[:4]} {d[4:]}",
                    f"0{d[:4]}-{d[4:7]}-{d[7:]}",
                    f"0{d[:4]} {d[4:7]} {d[7:]}",
                ]
            )
            doc.span(text, "PHONE", "digits")
        elif name == "svcno":
            text = rng.choice([
                "25" + "".join(str(rng.randint(0, 9)) for _ in range(6)),
                "30" + "".join(str(rng.randint(0, 9)) for _ in range(6)),
                rng.choice("DPC") + "".join(str(rng.randint(0, 9)) for _ in range(7)),
            ])  # fmt: skip
            doc.span(text, "SERVICE_NUMBER", "digits")
        elif name == "address":
            street = rng.choice(STREETS)
            if rng.random() < 0.45:
                head, _, tail = street.rpartition(" ")
                street = f"{head} {STREET_SHORT[tail]}"
            if rng.random() < 0.3:
                street = street.lower()
            num = str(rng.randint(1, 64)) + rng.choice(["", "", "", "a", "b"])
            text = rng.choice(
                [f"{num} {street}", f"{num} {street}", f"flat {rng.randint(1, 9)}, {num} {street}"]
            )
            doc.span(text, "ADDRESS", "street")
        elif name in ("postcode", "outward"):
            out = rng.choice(OUTWARDS)
            if name == "outward":
                doc.span(out if rng.random() < 0.7 else out.lower(), "POSTCODE", "outward")
                return
            inward = str(rng.randint(1, 9)) + "".join(rng.choice(INWARD_LETTERS) for _ in range(2))
            text = rng.choice(
                [
                    f"{out} {inward}",
                    f"{out} {inward}",
                    f"{out}{inward}",
                    f"{out} {inward}".lower(),
                    f"{out}  {inward}",
                ]
            )
            doc.span(text, "POSTCODE", "plain")
        elif name == "age":
            n = rng.randint(19, 58)
            self.age(n)
        elif name == "agedigits":
            doc.span(str(rng.randint(19, 58)), "AGE", "digits")
        else:  # pragma: no cover - a template error
            raise KeyError(name)

    def home(self, choices: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """Mostly the places and units of the document's service (a Navy family writes of
        Guz and HMS Dragon), now and then another's, as people cross-post and deploy."""
        mine = [c for c in choices if service_of(c[0]) == self.cast.service]
        return mine if mine and self.rng.random() < 0.8 else choices

    def age(self, n: int) -> None:
        if self.rng.random() < 0.55:
            self.doc.span(str(n), "AGE", "digits")
        else:
            self.doc.span(age_words(n, self.rng), "AGE", "words")

    def email(self, p: Person) -> None:
        rng = self.rng
        first = ascii_fold(p.first).lower()
        sur = re.sub(r"[^a-z]", "", ascii_fold(p.sur).lower())
        short = ascii_fold(p.dim or p.first).lower()
        text = rng.choice([
            f"{first[0]}.{sur}@army.local",
            f"{first}.{sur}@army.local",
            f"{first}.{sur}{rng.randint(100, 999)}@mod.gov.uk",
            f"{first}.{sur}{rng.randint(1, 9)}@mod.gov.uk",
            f"{short}_{sur[0]}{rng.randint(70, 99)}@hotmail.co.uk",
            f"{(p.nick or short).lower()}{rng.randint(1, 99)}@gmail.com",
            f"{sur}{first[0]}@btinternet.com",
        ])  # fmt: skip
        self.doc.span(text, "EMAIL", "plain")

    # people ---------------------------------------------------------------
    def available(self, p: Person) -> dict[str, int]:
        weights = dict(LOOSE[self.style])
        if p.kind == "fam":
            return {"first": 5, "dim": 3 if p.dim else 0, "typo": 2 if p.first_typo else 0}
        if not p.dim:
            weights.pop("dim", None)
        if not p.nick:
            weights.pop("nick", None)
        if not p.rank:
            weights.pop("rank", None)
            weights.pop("spoken", None)
            weights["title"] = weights.get("title", 0) + 2
        if not (p.first_typo or p.sur_typo):
            weights.pop("typo", None)
        return {k: v for k, v in weights.items() if v}

    def mention(self, p: Person, form: str) -> None:
        rng, doc = self.rng, self.doc
        if form in PRONOUNS:
            doc.literal(PRONOUNS[form][p.sex == "f"])
            return
        if form == "age":
            self.age(p.age)
            return
        if form == "sahib":  # what Gurkha soldiers call a British officer: a nickname here
            if p.sex == "m" and p.rank in RANKS["army_off"]:
                doc.span(rng.choice(["Sahib", "Saheb", "sahib"]), "PERSON", "nick", p)
                return
            form = "nick"
        if form == "email":
            self.email(p)
            return
        if form == "display":
            self.display(p)
            return
        if form == "friend":
            form = rng.choice(
                [f for f in ("nick", "dim", "first") if f != "nick" or p.nick]
                + (["dim"] if p.dim else [])
            )
            if form == "dim" and not p.dim:
                form = "first"
        if form == "typo" and not self.can(p, form):
            form = "sur"  # `I think it's spelt Hughes`
        if form in ("nick", "dim", "rank", "spoken", "title") and not self.can(p, form):
            form = "loose"
        if form == "loose":
            weights = self.available(p)
            form = rng.choices(list(weights), weights=list(weights.values()))[0]
        text, label = self.render(p, form)
        if rng.random() < self.caps and label not in ("init", "handle"):
            text = text.upper()
        if label == "rank" and " " not in text:  # a spoken rank with no name: never
            raise AssertionError(text)
        doc.span(text, "PERSON", label, p)

    def can(self, p: Person, form: str) -> bool:
        return {
            "nick": bool(p.nick),
            "dim": bool(p.dim),
            "rank": bool(p.rank),
            "spoken": bool(p.rank),
            "typo": bool(p.first_typo or p.sur_typo),
            "title": True,  # asked for by name: `Mrs Okafor on reception`, serving or not
        }[form]

    def render(self, p: Person, form: str) -> tuple[str, str]:
        rng = self.rng
        given = p.dim if p.dim and rng.random() < 0.4 else p.first
        if form == "full":
            return f"{given} {p.sur}", "full"
        if form in ("first", "dim", "nick", "sur"):
            return {"first": p.first, "dim": p.dim, "nick": p.nick, "sur": p.sur}[form], form
        if form == "rank":
            written = p.rank[0]
            style = rng.random()
            if style < 0.55:
                return f"{written} {p.sur}", "rank"
            if style < 0.8:
                return f"{written} {p.first} {p.sur}", "rank"
            return f"{written} {p.first[0]} {p.sur}", "rank"
        if form == "rankfull":
            return (
                (f"{p.rank[0]} {p.first} {p.sur}", "rank")
                if p.rank
                else (f"{p.first} {p.sur}", "full")
            )
        if form == "spoken":
            return f"{p.rank[1]} {p.sur}", "rank"
        if form == "title":
            return f"{p.title} {p.sur}", "title"
        if form == "init":
            ini = initials_of(p)
            if p.middle and rng.random() < 0.3:
                ini = ini[0] + p.middle + ini[1]
            return rng.choice([ini, ini, ".".join(ini) + ".", ini.lower()]), "init"
        if form == "initsur":
            return rng.choice(
                [f"{p.first[0]}. {p.sur}", f"{p.first[0]} {p.sur}", f"{p.first[0]}.{p.sur}"]
            ), "init"
        if form == "short":
            return f"{given} {p.sur[0].upper()}", "short"
        if form == "surfirst":
            return f"{p.sur}, {p.first}", "surfirst"
        if form == "surinit":
            return f"{p.sur.upper()} {p.first[0]}", "surinit"
        if form == "handle":
            return p.handle, "handle"
        if form == "typo":
            options = []
            if p.first_typo:
                options += [p.first_typo, f"{p.first_typo} {p.sur}"]
            if p.sur_typo:
                options += [p.sur_typo, f"{p.first} {p.sur_typo}"]
            return rng.choice(options), "typo"
        raise KeyError(form)  # pragma: no cover

    def display(self, p: Person) -> None:
        """A Teams or Outlook display name: `Okonkwo, Jude Cpl (ARMY-1RIFLES)`, the same for
        one person throughout a document (the directory holds one)."""
        rng, doc = random.Random(p.seed), self.doc
        sur = p.sur.upper() if rng.random() < 0.5 else p.sur
        doc.span(f"{sur}, {p.first}", "PERSON", "surfirst", p)
        if p.kind == "mil":
            doc.put(f" {p.rank[0]} (")
            if p.service == "army" and rng.random() < 0.8:
                tag, f = rng.choice(UNIT_TAGS)
                doc.put("ARMY-")
                doc.span(tag, "UNIT", f)
            elif p.service == "rm":
                tag, f = rng.choice([t for t in UNIT_TAGS if t[1] == "commando"])
                doc.put("RM-")
                doc.span(tag, "UNIT", f)
            else:
                doc.decoy({"army": "Army", "navy": "RN", "raf": "RAF"}[p.service], "service")
            doc.put(")")
        else:
            doc.put(f" {p.title} (")
            doc.decoy(rng.choice(["DIO-Estates", "DBS-Civ", "DE&S-Ops", "HOCS-HR"]), "team")
            doc.put(")")


# --------------------------------------------------------------------------- templates
# Roles: a b c d colleagues (serving or civil servants), s a spouse or partner, k1 k2
# children (with ages), w the writer where the genre names one.
SHARED = [
    "{a:nick} ({a:full}) was the one who told me about it.",
    "{a:rankfull}, or {a:nick} as everyone calls {a:him}, sorted the time off.",
    "Me and {a:friend} went to the first session together after {b:sur} put our names down.",
    "Our {k1:first} is {k1:age} and {k1:he} will not sleep when I'm away.",
    "I've got {=count:two kids}, {k1:first} ({k1:age}) and {k2:first}"
    " ({k2:age}), so evenings are hard.",
    "My {s:first} works shifts so I rely on my mum a lot.",
    "{s:first} says I'm a different person since I started, and {s:first}"
    " doesn't say that lightly.",
    "{a:short} from {*team} put me onto the group.",
    "I spoke to {a:sur} about it and to be fair {a:sur} was sound.",
    "The welfare officer at {$base} was good but {b:title} on reception was the real help.",
    "We were in SFA at {$address}, {$postcode}, and the damp was terrible.",
    "Posted to {$base} in {*date} with {$unit}, {*duration} in.",
    "I'm {$age} and have done {*duration} in the {*service}.",
    "{a:init} and {b:init} ran the session on the Tuesday.",
    "{a:typo} (sorry if I've spelt that wrong) was brilliant with the kids.",
    "{b:typo}, or however you spell it, {b:he} was the one who rang round.",
    "I think it's spelt {c:typo}, {c:he} did the partners' evening.",
    "The Sarnt Major said I could go if the boss signed it off.",
    "Staff, I mean {a:spoken}, made it clear nobody would mark us down for going.",
    "I hope {a:friend} knows how much it helped.",
    "My {k1:lad} {k1:first} is {k1:age} next month and wants to join up like {s:his} dad.",
    "We got a new OC half way through and {b:rank} didn't rate it at all.",
    "Even {a:nick} turned up in the end, and {a:he}'s been in {*duration}.",
    "{a:friend} from {$unit} rang me on {$phone} when I didn't show.",
    "I drove over from {$town} every week, about {*duration} of it in the end.",
    "Ask {a:first} if you don't believe me, {a:he} was on {$unit:ship} with me.",
    "Our {k2:first} ({k2:age}) drew a picture of the group leader, {b:first}.",
    "Got a lift off {a:short} most weeks, {*money} in petrol.",
    "{a:full} from the padre's office did the referral to DCMH.",
    "{b:sur} in HR may be able to confirm the dates.",
    "{a:dim} went sick after the second week, not the programme's fault.",
    "It was good to hear {a:rank} say out loud that {a:he} struggled too.",
]  # fmt: skip
SHARED += [
    "We're from {$town} originally so {s:first}'s mum helps out.",
    "{a:surinit} and {b:surinit} were down on the list from {*team}.",
    "My svc no is {$svcno} if you need to check, I'm {w:init} on the sheet.",
    "Moved up from {$town} to {$town} and lost all our support.",
    "{a:sur}'s lot from {$unit} were there, {a:surinit} on the nominal roll.",
    "Live near {$town} now, {$outward} area, so it's a trek to {$base}.",
    "Service number {$svcno}, in case the names got mixed up on JPA.",
]
SHARED += [
    "If you need me my mobile is {$phone}, or the house phone, I'm at {$address} till the posting.",
    "We'll be at {$address}, {$postcode} from {*date}, so post anything there.",
    "You may as well ask {c:friend}, it will not hurt.",
    "{a:friend} will tell you, {a:he} had a week's grace before {a:he} had to go back.",
    "To be frank, {a:first} saved my bacon, and {a:he} may not even know it.",
    "We paid the gas bill late twice while {s:first} was away and nobody at the HIVE could help.",
    "The penny dropped when {b:friend} said {b:he} felt the same.",
    "I still hope {b:first} gets the recognition, {b:he} will not ask for it.",
]
SHARED += [
    "{a:rankfull} -- the Gurkha lads call {a:him} {a:sahib} -- signed the chit.",
    "Yes Staff, no Staff, that's how it was, until {a:spoken} sat us down.",
    "{a:nick} -- {a:full} on JPA, but nobody calls {a:him} that -- was first to sign up.",
    "Message {a:display} on Teams if you want the slides.",
    "me and {a:short}. went to the first one",
    "My {s:first} ({s:age}) and the kids, {k1:first} who's {k1:age} and {k2:first} who's "
    "{k2:age}, all came to the family day at {$base}.",
    "{k1:first}'s {k1:age} now so {k1:he} understands when I'm away on {$unit:ship}.",
    "Got posted to {$base:abbreviation} with {$unit:squadron} and {s:first} had to give up "
    "{s:his} job.",
    "We're in a quarter at {$address} ({$base}), {$postcode}.",
    "Told {b:sur} straight, and {b:sur} just said crack on.",
    "{a:initsur} signed the form, I think that's {a:first}.",
    "A Jackal commander, {a:rank}, was in my group.",
    "{a:friend}'s {a:age} and still going, fair play.",
    "Parking at {$base} is {*money} a month now, which doesn't help.",
    "The whole of {$unit:formation} was meant to do it by {*date}, {a:nick} said.",
    "{s:first} and I met when we were both at {$unit:formation}, {*duration} ago.",
    "We flew out of {$base:airfield} on {*date} and {b:nick} was on the same flight.",
    "The MO sent me, then {b:title} at the practice.",
    "Was on {$unit:ship} with {a:nick}, {a:he} was a killick then.",
    "My NOK is {s:first} on {$phone}.",
    "Ring {a:dim} on {$phone} or email {a:email}.",
    "The RSM wasn't keen but {a:nick} talked him round.",
    "{a:sur}'s lot from {$unit} did it the week before us, {=count:a dozen} of them.",
    "I'm {$age}, {s:first}'s {s:age}, and we've moved {=count:five times} in {*duration}.",
]
SURVEY_Q = [
    "{=ref:Q7}. In your own words, how has the programme affected you?",
    "{=ref:Q8}. Is there anything else you would like to tell us?",
    "{=ref:Q9}. Who, if anyone, encouraged you to take part?",
    "{=ref:Q10}. What got in the way of taking part? (free text)",
    "{=ref:Q11}. How has your family found it?",
]
SURVEY = [
    *SHARED,
    "honestly {a:nick} is the reason I went, {a:him} and {b:dim}",
    "I was on a 9 month tour when it started so {s:first} did the family sessions without me.",
    "The facilitator {c:first} was lovely, {c:title} I think {c:his} surname is.",
    "{a:surinit} was on the list but never came, tbh most of {*team} didn't.",
    "Not really no. Maybe more notice next time, {b:first} only found out"
    " at {*time} the day before.",
    "{k1:first} who is {k1:age} asked if daddy was going to the sad club again lol",
    "My wife {s:first} ({s:age}) found the evening session for partners at {$base} very good.",
    "The lads from {$unit} took the mick a bit, {a:nick} especially, but they came round.",
    "We moved from {$base} to {$base} in {*duration} so I only did half.",
    "{a:rank} ({$unit}) will tell you the same.",
]  # fmt: skip
INTERVIEW = [
    "Um, {a:nick}, so that's {a:rank}, yeah, {a:he} -- sorry, I've lost my thread.",
    "Yes Staff, no Staff, three bags full Staff, that's what it was like.",
    "My {k1:son}, {k1:first}, {k1:he}'s {k1:age}, {k1:he} came to the family day.",
    "There was a lance jack in my group, {b:nick}, and {b:he} said what we all thought.",
    "Me and {b:friend} and {a:friend}, the three of us, in {a:friend}'s car.",
    "My {s:partner}, {s:first}, was on at me for months.",
    *SHARED,
    "And then there was {a:nick} -- {a:spoken}, sorry -- who basically dragged me there.",
    "Yeah {a:first}, {a:first} was, um, {a:he} was the one.",
    "I mean me and {a:nick} go back to {$base}, we did basic together.",
    "The RSM came in and it went quiet, you know, and then {b:sur} just started talking.",
    "My {s:partner}, {s:first}, {s:he}'s {s:age} now, {s:he} said go or"
    " don't come home, basically.",
    "Our {k1:first}'s only {k1:age} so {k1:he} doesn't get it, but our"
    " {k2:first} does, {k2:he}'s {k2:age}.",
    "We were on {$unit:ship}, I was with {a:dim} in the mess, and it was grim.",
    "It's like, the {*rank} says one thing and {b:rank} says another.",
    "{a:nick}, who's a lance jack now, {a:he} came every week.",
    "Yeah, {c:first} from the Anchor programme, I don't know {c:his} surname, {c:first} something.",
    "Sorry, I keep saying {a:typo}, it's {a:full}, I always get it wrong.",
    "To be frank I didn't want to go, and {b:friend} knew it.",
    "There's a {a:lad}, {a:short}, {a:he}'s a Jackal driver, and he was worse than me.",
    "Half the Sqn from {$unit:squadron} were there, even {b:spoken}.",
]  # fmt: skip
CHAT = [
    "{a:nick} u coming sat",
    "@{b:handle} did u get the form",
    "{a:short}. has the keys",
    "wheres {a:nick} lol",
    "tell {a:rank} im sick",
    "{a:init} ffs",
    "{k1:first} says hi x",
    "{s:first} will pick up at {*time}",
    "{$base:abbreviation} at {*time} for the flight",
    "shout out to {a:nick} and {b:nick}",
    "{a:nick} ({a:full}) is in the family group now",
    "{a:email} is the one for the forms",
    "ring me {$phone}",
    "new address is {$address} btw",
    "{a:friend} ur a star, no joy here tho",
    "may as well, will bring the spuds",

    "anyone going to the thing at {*time}? {a:friend} said its on",
    "{a:friend} u still got my jack in ur boot",
    "{a:init} is covering for {b:friend} tmrw",
    "ask {b:sur} {b:he}'ll know",
    "{a:nick} is a legend",
    "{b:short} said {b:he}'d bring the kids, {k1:first} and {k2:first}",
    "session moved to {$base}, lift from the block at {*time}",
    "lol {a:nick} fell asleep in it",
    "cheers {b:dim} x",
    "has anyone got {a:first}'s number? its {$phone} i think",
    "@{a:handle} you coming or what",
    "tell {a:spoken} I'll be late, stuck at {$base:abbreviation}",
    "{c:rank} wants names by {*time} for the {*date} one",
    "{a:friend} is {a:age} today!! {*count} coming to the NAAFI",
    "our {k1:first} has got chicken pox so I'm out",
    "WhatsApp it to {b:first}, {b:he}'s running it now",
    "will do",
    "it's {$address} if anyone wants to come round after",
    "mine's the one on the left, postcode {$postcode}",
    "{b:typo} said its fine",
    "may be late, {*team} briefing",
    "tbh {a:nick} it wasn't that bad",
    "{c:friend} I owe u {*money}",
    "anyone heard from {a:sur}?",
]  # fmt: skip
EMAIL_BODY = [
    *SHARED,
    "Please can {a:init} confirm the numbers for {*date}.",
    "I've copied in {b:rank} who is the POC at {$base}.",
    "{a:first} - can you chase this up with {c:sur}?",
    "{b:initsur} has asked for a list of attendees ASAP.",
    "As discussed with {c:rank}, the next session is at {*time} in the NAAFI.",
    "{a:nick} mentioned that {b:first} may be able to cover.",
    "Attendance from {$unit} has been good; {a:spoken} is keen to keep it going.",
    "For info, {b:title} will be on leave for {*duration}.",
    "Could you send {c:first}'s service number? I have {$svcno} but JPA says otherwise.",
]  # fmt: skip
FORUM_TITLES = [
    "Anyone else done the Anchor programme?",
    "Partners' sessions at {$base} - worth it?",
    "Posting to {$base:abbreviation}, any tips?",
    "Kids struggling with deployments",
    "SFA nightmare (rant)",
]
FORUM = [
    "{c:title} at the school has been brilliant with our {k1:first} ({k1:age})",
    "pm me or drop me a line on {w:email}",
    "we're in the quarters on {$address}, {$outward}",
    "{s:hubby}'s at {$base:abbreviation} with {$unit:squadron} all week",
    "my {k1:son} is {k1:age} and has been struggling since we left {$town}",
    "me ({$agedigits}F) and {s:hubby} ({s:age}) have done it together",
    "{a:nick}'s missus said the same, {a:he}'s with {$unit} too",
    *SHARED,
    "my OH is with {$unit} and has just done the course, {w:first} here btw",
    "we're at {$address}, {$outward} if anyone's local and fancies a brew",
    "{c:title} next door told me about it, {c:he}'s lovely",
    "{c:first} didi has been a rock since {s:first} went away",
    "{c:sur} aunty from the Gurkha wives has been a rock since {s:first} went away",
    "our {k1:first} is {k1:age} and our {k2:first} is {k2:age}, both hated the move",
    "> {a:handle} wrote: has anyone done the evening one?",
    "@{a:handle} yes! {b:first} ran it, {b:he}'s great",
    "{s:hubby} is {s:first}, {*rank}, {$unit}, if that helps anyone who knows {s:him}",
    "{a:nick} from the Wives' club (you know who you are) thank you x",
    "there's a Facebook group, ask {b:full} or {c:dim}",
    "tbh the best bit was meeting {a:short} and {b:short}",
]  # fmt: skip


# --------------------------------------------------------------------------- documents
def cast_document(rng: random.Random, style: str) -> Cast:
    cast = Cast(rng)
    for role in "abcd":
        origin = "word" if role == "a" and rng.random() < 0.45 else ""
        cast.add(role, "mil" if rng.random() < 0.75 else "civ", origin=origin)
    cast.add("s", "fam", (24, 52))
    cast.add("k1", "fam", (1, 17))
    cast.add("k2", "fam", (1, 17))
    cast.add("w", "mil" if style != "forum" or rng.random() < 0.3 else "fam")
    return cast


# A clause using each first name that is also a word as a word, put beside the person who
# bears it (`Tell Will I said thanks, I will be back`).
AS_WORD = {
    "will": "I will be back", "bill": "the gas bill can wait", "frank": "to be frank",
    "rob": "no point trying to rob Peter to pay Paul", "mark": "mark my words",
    "jack": "I nearly said jack it in", "ray": "a ray of light",
    "guy": "some guy from the HIVE rang", "max": "max two a month mind", "pat": "a pat on the back",
    "grace": "a week's grace on the form", "may": "it may be the last one",
    "sue": "nobody wants to sue anyone", "hope": "I hope so", "dawn": "up at dawn again",
    "rose": "the whole family rose to it", "joy": "no joy with the housing",
    "penny": "the penny dropped", "summer": "last summer was the worst",
    "sandy": "sandy boots and all",
}  # fmt: skip


def sentences(rng: random.Random, pool: list[str], n: int, w: Writer | None = None) -> list[str]:
    """n different lines of the pool, each ending in a stop so they run on as prose, and the
    writer's bonus line the first time it is asked."""
    lines = rng.sample(pool, n)
    if w is not None and w.bonus:
        lines.insert(rng.randint(0, len(lines)), w.bonus.pop())
    return [t if t[-1] in ".?!" else t + "." for t in lines]


def write_survey(rng: random.Random, w: Writer) -> None:
    doc = w.doc
    w.fill("Response ID: {=ref:R_" + str(rng.randint(1000, 9999)) + "}\n")
    w.fill("Age group: {*age_band}\n")
    w.fill("Service: {*service}\n")
    if rng.random() < 0.2:
        w.fill("Service number (optional): {$svcno}\n")
    for question in rng.sample(SURVEY_Q, rng.randint(1, 3)):
        w.fill(question + "\n")
        doc.lower = rng.random() < 0.35
        w.fill(" ".join(sentences(rng, SURVEY, rng.randint(1, 3), w)) + "\n")
        doc.lower = False


def write_interview(rng: random.Random, w: Writer) -> None:
    doc = w.doc
    pid = f"P{rng.randint(1, 48):02d}"
    w.fill("Interview {=role:" + pid + "} | {*date} | transcript excerpt\n")
    prompts = ["Can you tell me how you first heard about it?", "Who else went?",
               "And how did your family find it?", "What would you change?",
               "Did anyone in your chain of command support it?", "Go on."]  # fmt: skip
    for prompt in rng.sample(prompts, rng.randint(2, 4)):
        w.fill("{=role:INT}: " + prompt + "\n")
        doc.put("")
        w.fill(
            "{=role:"
            + pid
            + "}: "
            + " ".join(sentences(rng, INTERVIEW, rng.randint(1, 3), w))
            + "\n"
        )


def roles_in(template: str) -> set[str]:
    """The people a template names, so a message or post is not signed by the one it is
    about (`Craig: tell lcpl pemberton im sick` from Craig Pemberton himself)."""
    return set(re.findall(r"\{([a-z0-9]+):", template))


def write_chat(rng: random.Random, w: Writer) -> None:
    doc = w.doc
    teams = rng.random() < 0.35
    senders = ["a", "b", "c", "w"]
    day = rng.randint(1, 28)
    month = rng.randint(1, 12)
    minute = rng.randint(0, 600)
    lines = rng.sample(CHAT, rng.randint(4, 8))
    if w.bonus:
        lines.insert(rng.randint(0, len(lines)), w.bonus.pop().lower())
    for line in lines:
        who = rng.choice([r for r in senders if r not in roles_in(line)])
        minute += rng.randint(1, 40)
        stamp = f"{7 + minute // 60 % 16:02d}:{minute % 60:02d}"
        if teams:
            w.fill("{" + who + ":display}  {=time:" + stamp + "}\n")
        else:
            w.fill("{=date:" + f"{day:02d}/{month:02d}/2025" + "}, {=time:" + stamp + "} - ")
            w.fill("{" + who + ":friend}: ")
        doc.lower = rng.random() < 0.5
        w.fill(line + "\n")
        doc.lower = False


def write_email(rng: random.Random, w: Writer) -> None:
    w.fill("From: {w:display} <{w:email}>\n")
    w.fill("To: {a:display} <{a:email}>\n")
    if rng.random() < 0.5:
        w.fill("Cc: {c:surfirst}\n")
    w.fill("Subject: RE: wellbeing sessions {*date}\n\n")
    hello = rng.choice(["Hi", "Hiya", "Morning", "Afternoon", "Hello"])
    w.fill("{=greet:" + hello + "} {a:friend},\n\n")
    w.fill(" ".join(sentences(rng, EMAIL_BODY, rng.randint(2, 4), w)) + "\n\n")
    w.fill(
        rng.choice(
            [
                "{*signoff},\n{w:friend}\n",
                "{*signoff}\n{w:init}\n",
                "{*signoff},\n{w:rank}\n{$unit} | {$base}\nMob: {$phone}\n",
                "{*signoff}\n{w:full} | {$svcno}\n{$base}, {$outward}\n",
            ]
        )
    )


def write_forum(rng: random.Random, w: Writer) -> None:
    doc = w.doc
    w.fill("Thread: " + rng.choice(FORUM_TITLES) + "\n")
    for n in range(rng.randint(2, 3)):
        post = " ".join(sentences(rng, FORUM, rng.randint(1, 3), w))
        others = [r for r in "abc" if r not in roles_in(post)] or ["d"]
        who = "w" if n == 0 else rng.choice(others)
        where = " ({$town})" if rng.random() < 0.4 else ""
        w.fill("Posted by {" + who + ":handle}" + where + " | {*date} {*time}\n")
        doc.lower = rng.random() < 0.45
        w.fill(post + "\n")
        doc.lower = False


WRITERS = {
    "survey": write_survey,
    "interview": write_interview,
    "chat": write_chat,
    "email": write_email,
    "forum": write_forum,
}


def problems(doc: Doc, cast: Cast) -> list[str]:
    """What would make this draft break a rule the corpus test checks."""
    out = []
    people = [p for p in cast.people.values() if p.entity]
    if any(p.mentions > 6 for p in people):
        out.append("over six mentions")
    if not people:
        out.append("no one named")
    text = doc.text
    owner: dict[str, str] = {}
    names: set[str] = set()
    for s in doc.spans:
        value = text[s["start"] : s["end"]]
        if value != value.strip() or not value:
            out.append("untrimmed")
        if s["type"] != "PERSON":
            continue
        if s["form"] != "rank":
            key = " ".join(value.lower().replace(".", "").split())
            if owner.setdefault(key, s["entity"]) != s["entity"]:
                out.append("one name, two people")
        names |= {
            part.lower()
            for part in re.split(r"[\s.,/-]+", value)
            if len(part) > 1 and part.lower() not in RANK_WORDS
        }
    covered: set[int] = set()
    for mark in doc.spans + doc.decoys:
        covered.update(range(mark["start"], mark["end"]))
    for found in re.finditer(r"[^\W\d_]+(?:'[^\W\d_]+)*", text):
        if found.start() not in covered and found.group().lower() in names:
            out.append("name word unlabelled")
    for d in doc.decoys:
        if d["kind"] not in MEANING_KINDS:
            parts = re.split(r"[\s.,/-]+", text[d["start"] : d["end"]].lower())
            if names.intersection(parts):
                out.append("decoy is a name")
    return out


MEANING_KINDS = {"word", "role", "rank"}


def draw(rng: random.Random, style: str) -> Doc:
    while True:
        cast = cast_document(rng, style)
        doc = Doc()
        WRITERS[style](rng, Writer(rng, style, cast, doc))
        doc.text = doc.text.rstrip("\n")
        if not problems(doc, cast):
            return doc


def documents() -> list[tuple[dict, Doc]]:
    rng = random.Random(SEED)
    out = []
    for n in range(PER_STYLE * len(STYLES)):
        style = STYLES[n % len(STYLES)]
        doc = draw(rng, style)
        record = {
            "decoys": sorted(doc.decoys, key=lambda d: d["start"]),
            "format": "txt",
            "id": f"{PREFIX}-{n + 1:04d}",
            "spans": sorted(doc.spans, key=lambda s: s["start"]),
            "style": style,
            "text": doc.text,
        }
        out.append((record, doc))
    return out


def build() -> str:
    return "".join(
        json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n" for record, _ in documents()
    )


def table(title: str, counts: Counter) -> str:
    rows = [f"| {title} | count |", "|---|---|"]
    rows += [f"| {key} | {counts[key]} |" for key in sorted(counts)]
    rows.append(f"| total | {sum(counts.values())} |")
    return "\n".join(rows)


def stats(text: str) -> str:
    records = [json.loads(line) for line in text.splitlines()]
    mentions = [
        n
        for r in records
        for n in Counter(s["entity"] for s in r["spans"] if s["type"] == "PERSON").values()
    ]
    spans = [s for r in records for s in r["spans"]]
    lines = [
        f"documents: {len(records)}",
        f"distinct people (entities, counted per document): {len(mentions)}",
        f"people mentioned more than once in their document: {sum(n > 1 for n in mentions)}",
        "",
        table("style", Counter(r["style"] for r in records)),
        "",
        table("type", Counter(s["type"] for s in spans)),
        "",
        table("type/form", Counter(f"{s['type']}/{s['form']}" for s in spans)),
        "",
        table("decoy kind", Counter(d["kind"] for r in records for d in r["decoys"])),
        "",
        f"sha256: {hashlib.sha256(text.encode('utf-8')).hexdigest()}",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with corpus.jsonl")
    parser.add_argument("--stats", action="store_true", help="print the counts")
    args = parser.parse_args(argv)
    text = build()
    if args.check:
        if not CORPUS.exists() or CORPUS.read_text(encoding="utf-8") != text:
            print("corpus.jsonl differs from the generator's output")
            return 1
        print("corpus.jsonl reproduced")
        return 0
    if args.stats:
        print(stats(text))
        return 0
    CORPUS.write_text(text, encoding="utf-8")
    print(f"wrote {CORPUS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
