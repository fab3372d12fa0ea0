#!/usr/bin/env python3
"""Build the ninth scrub tuning corpus (tests/data/scrub_dev9/corpus.jsonl): exact ages and the
people they belong to, as medical letters, welfare records, news pieces, forum posts and oral
history transcripts write and say them.

Every label is recorded when its text is appended (``Doc.span``, ``Doc.decoy``), so offsets
are exact by construction; lower case is applied to each piece before it is appended and
nothing edits the text afterwards. A document that breaks a rule (a word of someone's name
left unlabelled, a decoy that is a word or the initials of a name, a person mentioned more
than six times) is thrown away and the next draw of the same seeded stream is taken, so the
file stays reproducible. Python 3.11 standard library only.

    python generate.py            # writes ../corpus.jsonl
    python generate.py --check    # rebuilds in memory and compares with the file
    python generate.py --stats    # the counts SOURCE.md shows
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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

SEED = 20261210
PER_STYLE = 150
STYLES = ("medical", "welfare", "news", "forum", "oral")
CORPUS = Path(__file__).resolve().parents[1] / "corpus.jsonl"
NOW_YEAR = 2026

# ---------------------------------------------------------------------------------------
# Name pools (written for this corpus): origin -> (men's first names, women's, surnames)
# ---------------------------------------------------------------------------------------
ORIGINS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "english": (
        [
            "Daniel",
            "David",
            "Thomas",
            "Michael",
            "Stephen",
            "Gary",
            "Kevin",
            "Craig",
            "Liam",
            "Ryan",
            "Nathan",
            "Andrew",
            "Jamie",
            "Connor",
            "Barry",
            "Jonathan",
            "Anthony",
            "Christopher",
            "Matthew",
            "Darren",
            "Wayne",
            "Shaun",
        ],
        [
            "Katherine",
            "Rebecca",
            "Sarah",
            "Gemma",
            "Kayleigh",
            "Natalie",
            "Joanne",
            "Lisa",
            "Claire",
            "Donna",
            "Stacey",
            "Hannah",
            "Chloe",
            "Sharon",
            "Margaret",
            "Patricia",
            "Elizabeth",
            "Jennifer",
            "Samantha",
            "Victoria",
            "Deborah",
            "Louise",
        ],
        [
            "Turner",
            "Whitfield",
            "Bradley",
            "Thornton",
            "Kershaw",
            "Pickering",
            "Naylor",
            "Holloway",
            "Ashworth",
            "Barlow",
            "Dobson",
            "Horrocks",
            "Lambert",
            "Mercer",
            "Stubbs",
            "Tranter",
            "Miller",
            "Smith",
            "Clark",
            "Bell",
            "Martin",
            "Robinson",
            "Thompson",
            "Harrison",
            "Wilkinson",
            "Fletcher",
            "Jenkinson",
            "Dawson",
            "Platt",
            "Hollis-Barker",
            "Fenwick-Hale",
            "Ashby-Cole",
            "Prior-Davies",
            "Sutcliffe",
        ],
    ),
    "scottish": (
        ["Callum", "Iain", "Alasdair", "Hamish", "Ewan", "Struan", "Gregor", "Murdo"],
        ["Morag", "Kirsty", "Eilidh", "Catriona", "Shona", "Ailsa", "Fiona", "Mhairi"],
        [
            "MacLeod",
            "McIntyre",
            "Buchanan",
            "Sutherland",
            "Munro",
            "Drummond",
            "Ferguson",
            "Cameron",
            "McDonald",
            "Urquhart",
            "Galbraith",
            "Lindsay",
        ],
    ),
    "irish": (
        ["Ciarán", "Seán", "Declan", "Padraig", "Eoin", "Cathal", "Oisín", "Fergal"],
        ["Niamh", "Aoife", "Siobhán", "Orla", "Gráinne", "Clodagh", "Róisín", "Sinead"],
        [
            "O'Brien",
            "Gallagher",
            "Doherty",
            "Byrne",
            "Kavanagh",
            "Brennan",
            "O'Neill",
            "Murphy",
            "McGuinness",
            "Donnelly",
            "Flanagan",
            "Keogh",
        ],
    ),
    "welsh": (
        ["Rhys", "Gethin", "Iwan", "Dafydd", "Aled", "Emyr", "Gareth", "Owain"],
        ["Sian", "Ffion", "Carys", "Bethan", "Nia", "Angharad", "Cerys", "Lowri"],
        [
            "Pryce",
            "Llewellyn",
            "Evans",
            "Griffiths",
            "Vaughan",
            "Bevan",
            "Prosser",
            "Rowlands",
            "Pugh",
            "Jenkins",
            "Meredith",
            "Probert",
        ],
    ),
    "polish": (
        ["Wojciech", "Piotr", "Krzysztof", "Tomasz", "Marek", "Pawel", "Grzegorz"],
        ["Katarzyna", "Agnieszka", "Małgorzata", "Joanna", "Magdalena", "Ewelina"],
        [
            "Kowalczyk",
            "Wiśniewski",
            "Nowak",
            "Zielinski",
            "Szymanski",
            "Wozniak",
            "Kaczmarek",
            "Jankowski",
        ],
    ),
    "nigerian": (
        ["Chukwuemeka", "Babatunde", "Oluwaseun", "Adebayo", "Chinedu", "Obinna", "Ifeanyi"],
        ["Olufunmilayo", "Chiamaka", "Ngozi", "Adaeze", "Folasade", "Temitope", "Yewande"],
        ["Okafor", "Adeyemi", "Balogun", "Nwosu", "Okonkwo", "Oyelaran", "Eze", "Afolabi"],
    ),
    "ghanaian": (
        ["Kofi", "Kwabena", "Kwame", "Yaw", "Kojo", "Kwesi"],
        ["Ama", "Abena", "Akosua", "Efua", "Adjoa", "Afia"],
        ["Asante", "Boateng", "Mensah", "Owusu", "Acheampong", "Osei", "Appiah", "Darko"],
    ),
    "nepali": (
        ["Bikash", "Dipprasad", "Hari", "Kamal", "Sanjay", "Yam", "Dilbahadur", "Nabin"],
        ["Pratima", "Sunita", "Kamala", "Gita", "Sabina", "Pramila"],
        ["Gurung", "Limbu", "Thapa", "Tamang", "Magar", "Ghale", "Rai", "Shrestha"],
    ),
    "fijian": (
        ["Josefa", "Semi", "Iliesa", "Timoci", "Apisai", "Sitiveni", "Waisale"],
        ["Litia", "Mereoni", "Salote", "Unaisi", "Ana", "Vasemaca"],
        [
            "Naivalu",
            "Waqa",
            "Ravouvou",
            "Tikoisuva",
            "Vunibaka",
            "Qiolevu",
            "Matanavou",
            "Rokotuiloma",
        ],
    ),
    "south_asian": (
        ["Rajesh", "Gurpreet", "Imran", "Sunil", "Ravi", "Asif", "Harjit", "Vikram"],
        ["Priya", "Harpreet", "Deepa", "Anjali", "Nadia", "Ayesha", "Meena", "Shabana"],
        [
            "Patel",
            "Sharma",
            "Sandhu",
            "Hussain",
            "Menon",
            "Nair",
            "Chauhan",
            "Mistry",
            "Iqbal",
            "Akhtar",
            "Dhillon",
            "Qureshi",
        ],
    ),
    "caribbean": (
        ["Delroy", "Winston", "Clive", "Desmond", "Errol", "Jermaine", "Leroy", "Everton"],
        ["Marcia", "Lorna", "Paulette", "Shanice", "Beverley", "Yvonne", "Jacqueline"],
        [
            "Campbell",
            "Francis",
            "Bailey",
            "Forbes",
            "Samuels",
            "Powell",
            "Beckford",
            "McKenzie",
            "Gayle",
            "Thomas-Reid",
        ],
    ),
    "chinese": (
        ["Wei", "Jun", "Hao", "Ming", "Kai", "Zhen"],
        ["Mei", "Xin", "Ling", "Jia", "Yan", "Hui"],
        ["Chen", "Wong", "Zhang", "Lam", "Cheung", "Liu", "Huang", "Tang", "Leung"],
    ),
    "arabic": (
        ["Omar", "Yusuf", "Karim", "Tariq", "Khalid", "Samir", "Hassan"],
        ["Layla", "Amira", "Hana", "Samira", "Yasmin", "Rania", "Noor"],
        [
            "Haddad",
            "Mansour",
            "Khalil",
            "Saleh",
            "Nasser",
            "Aziz",
            "al-Amin",
            "el-Sayed",
            "Haddadin",
        ],
    ),
}
ORIGIN_WEIGHTS = {
    "english": 30,
    "scottish": 8,
    "irish": 7,
    "welsh": 7,
    "polish": 5,
    "nigerian": 6,
    "ghanaian": 5,
    "nepali": 6,
    "fijian": 5,
    "south_asian": 8,
    "caribbean": 6,
    "chinese": 4,
    "arabic": 4,
}
DIMINUTIVES = {
    "Daniel": ["Dan", "Danny"],
    "David": ["Dave", "Davey"],
    "Thomas": ["Tom", "Tommy"],
    "Michael": ["Mick", "Mike"],
    "Stephen": ["Steve", "Stevie"],
    "Gary": ["Gaz"],
    "Kevin": ["Kev"],
    "Andrew": ["Andy", "Drew"],
    "Jonathan": ["Jonno", "Jon"],
    "Anthony": ["Tony", "Ant"],
    "Christopher": ["Chris", "Kit"],
    "Matthew": ["Matt"],
    "Barry": ["Baz"],
    "Darren": ["Daz"],
    "Katherine": ["Kate", "Katie"],
    "Rebecca": ["Becky", "Bex"],
    "Joanne": ["Jo", "Jojo"],
    "Sharon": ["Shaz"],
    "Margaret": ["Maggie", "Mags"],
    "Patricia": ["Trish", "Tricia"],
    "Elizabeth": ["Liz", "Beth"],
    "Jennifer": ["Jen", "Jenny"],
    "Samantha": ["Sam", "Sammy"],
    "Victoria": ["Vicky", "Tori"],
    "Deborah": ["Debbie", "Debs"],
    "Natalie": ["Nat"],
    "Gemma": ["Gem"],
    "Alasdair": ["Ali"],
    "Catriona": ["Cat"],
    "Dafydd": ["Dai"],
    "Gareth": ["Gaz", "Gar"],
    "Angharad": ["Angie"],
    "Wojciech": ["Wojtek"],
    "Piotr": ["Piotrek"],
    "Krzysztof": ["Krzys"],
    "Katarzyna": ["Kasia"],
    "Agnieszka": ["Aga"],
    "Małgorzata": ["Gosia"],
    "Magdalena": ["Madzia"],
    "Chukwuemeka": ["Emeka"],
    "Babatunde": ["Tunde"],
    "Oluwaseun": ["Seun"],
    "Olufunmilayo": ["Funmi"],
    "Chiamaka": ["Amaka"],
    "Folasade": ["Sade"],
    "Temitope": ["Tope"],
    "Ifeanyi": ["Ify"],
    "Dilbahadur": ["Dil"],
    "Sitiveni": ["Steve"],
    "Vasemaca": ["Mac"],
    "Gurpreet": ["Gupi"],
    "Harpreet": ["Preet"],
    "Vikram": ["Vik"],
    "Jacqueline": ["Jackie"],
    "Beverley": ["Bev"],
    "Everton": ["Evvy"],
    "Jermaine": ["Jerm"],
    "Yasmin": ["Yaz"],
    "Khalid": ["Kal"],
}
# Service nicknames that go with a surname, and pet forms of a surname.
SURNAME_NICKS = {
    "Miller": "Dusty",
    "Smith": "Smudge",
    "Clark": "Nobby",
    "Bell": "Dinger",
    "Martin": "Pincher",
    "Murphy": "Spud",
    "Robinson": "Robbo",
    "Thompson": "Tommo",
    "Harrison": "Hazza",
    "Wilkinson": "Wilko",
    "Fletcher": "Fletch",
    "McDonald": "Macca",
    "Jenkins": "Jenks",
    "Dawson": "Dawsy",
    "Kowalczyk": "Kowal",
    "Stubbs": "Stubbsy",
    "Griffiths": "Griff",
    "Boateng": "Bo",
    "Sutherland": "Suds",
    "Whitfield": "Whitty",
}
ORIGIN_NICKS = {
    "welsh": "Taff",
    "scottish": "Jock",
    "irish": "Paddy",
    "nepali": "Guru",
    "fijian": "Fiji",
}
GENERIC_NICKS = [
    "Lofty",
    "Tiny",
    "Ginge",
    "Spike",
    "Geordie",
    "Scouse",
    "Brummie",
    "Shorty",
    "Yorkie",
    "Bomber",
    "Stretch",
    "Mooch",
    "Tank",
    "Jonesy",
]
CHILD_NAMES = {
    "M": [
        "Alfie",
        "Oscar",
        "Archie",
        "Leo",
        "Noah",
        "Harry",
        "Jacob",
        "Kwame",
        "Logan",
        "Riley",
        "Tobi",
        "Ayaan",
        "Reuben",
        "Finlay",
        "Mason",
        "Ezra",
        "Rohan",
        "Kacper",
        "Tevita",
        "Arlo",
        "Jayden",
        "Callan",
    ],
    "F": [
        "Ruby",
        "Freya",
        "Poppy",
        "Isla",
        "Mia",
        "Evie",
        "Lily",
        "Amara",
        "Zara",
        "Esi",
        "Maya",
        "Sienna",
        "Ellie",
        "Aria",
        "Zofia",
        "Anaya",
        "Mali",
        "Nevaeh",
        "Tahlia",
        "Orla-Mae",
        "Kiera",
        "Thea",
    ],
}

RANKS_ABBR = {
    "army": [
        "Pte",
        "LCpl",
        "L/Cpl",
        "Cpl",
        "Sgt",
        "SSgt",
        "CSgt",
        "WO2",
        "Lt",
        "Capt",
        "Maj",
        "Lt Col",
        "Spr",
        "Gnr",
        "Tpr",
        "Rfn",
        "Gdsm",
        "Cfn",
        "Bdr",
        "LBdr",
    ],
    "navy": ["AB", "LS", "PO", "CPO", "Lt Cdr", "Cdr", "Mne", "Surg Lt"],
    "raf": ["SAC", "Cpl", "Sgt", "FS", "Flt Lt", "Fg Off", "Sqn Ldr", "Wg Cdr", "Chf Tech"],
}
RANKS_FULL = {
    "army": [
        "Private",
        "Lance Corporal",
        "Corporal",
        "Sergeant",
        "Staff Sergeant",
        "Colour Sergeant",
        "Captain",
        "Major",
        "Lieutenant",
        "Sapper",
        "Gunner",
        "Trooper",
        "Rifleman",
        "Guardsman",
        "Craftsman",
        "Bombardier",
        "Lieutenant Colonel",
        "Warrant Officer Class 2",
    ],
    "navy": [
        "Able Seaman",
        "Leading Seaman",
        "Petty Officer",
        "Chief Petty Officer",
        "Lieutenant Commander",
        "Commander",
        "Marine",
    ],
    "raf": [
        "Senior Aircraftman",
        "Senior Aircraftwoman",
        "Corporal",
        "Sergeant",
        "Flight Sergeant",
        "Flight Lieutenant",
        "Squadron Leader",
        "Wing Commander",
    ],
}
TITLES = {"M": ["Mr"], "F": ["Mrs", "Ms", "Miss"]}
RANK_WORDS = {
    part.lower()
    for pool in (*RANKS_ABBR.values(), *RANKS_FULL.values(), ["Mr", "Mrs", "Ms", "Miss", "Dr"])
    for rank in pool
    for part in re.split(r"[\s./-]+", rank)
    if part
}
# Bare initials never spell one of these (or any three-letter word shape listed).
NOT_INITIALS = {
    "AM",
    "AN",
    "AS",
    "AT",
    "BE",
    "BY",
    "DO",
    "GO",
    "HE",
    "IF",
    "IN",
    "IS",
    "IT",
    "ME",
    "MY",
    "NO",
    "OF",
    "OK",
    "ON",
    "OR",
    "SO",
    "TO",
    "UP",
    "US",
    "WE",
    "HR",
    "ED",
    "PT",
    "MO",
    "CO",
    "OC",
    "GP",
    "DR",
    "MR",
    "MS",
    "TV",
    "UK",
    "AB",
    "LS",
    "PO",
    "FS",
    "MT",
    "PE",
    "OH",
    "HI",
    "ID",
    "AI",
    "NB",
    "PM",
    "RM",
    "CV",
    "BP",
    "HB",
    "PS",
    "ST",
    "RE",
    "MH",
    "RN",
    "IV",
    "OT",
    "AH",
    "EH",
    "YA",
    "YE",
    "DC",
    "AA",
    "GI",
    "MI",
    "WW",
    "EU",
    "NI",
    "TA",
    "SA",
    "LA",
}
THREE_LETTER_WORDS = {
    "MAN",
    "MEN",
    "ASK",
    "BAD",
    "BIG",
    "BOY",
    "CAN",
    "CAR",
    "DAD",
    "DAY",
    "DOG",
    "EGG",
    "FAT",
    "GOT",
    "HAD",
    "HAM",
    "HAT",
    "HIM",
    "HIS",
    "HOT",
    "JAM",
    "JOB",
    "KID",
    "LAD",
    "LET",
    "MAD",
    "MAP",
    "MUM",
    "NAN",
    "NHS",
    "NOK",
    "NOT",
    "NOW",
    "OLD",
    "PAD",
    "PAT",
    "PET",
    "RAF",
    "RAN",
    "RAT",
    "RED",
    "SAD",
    "SAT",
    "SET",
    "SHE",
    "SIT",
    "TAX",
    "TEA",
    "TOP",
    "WAR",
    "WAS",
    "WET",
    "WHO",
    "WHY",
    "YES",
    "YET",
    "MOD",
    "SSM",
    "RSM",
    "CSM",
    "KFC",
    "BBC",
    "ITV",
    "GAD",
    "PHQ",
    "AWOL",
    "SFA",
    "SMO",
    "DCM",
    "WOW",
    "LOL",
    "OMG",
}

# ---------------------------------------------------------------------------------------
# Values beside a name (written for this corpus; all synthetic)
# ---------------------------------------------------------------------------------------
STREETS = [
    "Mill Lane",
    "Church Street",
    "Station Road",
    "Kestrel Close",
    "Beech Grove",
    "Larch Avenue",
    "Wellington Road",
    "Napier Crescent",
    "Alma Terrace",
    "Hawthorn Drive",
    "Orchard Way",
    "Falcon Close",
    "Balaclava Road",
    "Sandhurst Way",
    "Heather Close",
    "Oak Tree Road",
    "Mons Avenue",
    "Quebec Road",
    "Tidworth Road",
    "Lupin Way",
    "Chestnut Walk",
    "Ypres Close",
    "Corunna Drive",
    "Jubilee Terrace",
]
OUTWARD_CODES = [
    "SP9",
    "SP4",
    "SP11",
    "DL9",
    "DL10",
    "GU11",
    "GU12",
    "GU14",
    "GU24",
    "PL1",
    "PL2",
    "PL5",
    "PO1",
    "PO12",
    "CO2",
    "EX8",
    "KY16",
    "IV31",
    "OX18",
    "NG34",
    "LD3",
    "BA12",
    "TA21",
    "CF14",
    "DD5",
    "SN4",
    "LL18",
    "BT42",
    "ME4",
    "CT21",
]
TOWNS = [
    "Wrexham",
    "Barnsley",
    "Wigan",
    "Dundee",
    "Paisley",
    "Newry",
    "Swansea",
    "Merthyr Tydfil",
    "Stoke-on-Trent",
    "Luton",
    "Leicester",
    "Croydon",
    "Hartlepool",
    "Kirkcaldy",
    "Pokhara",
    "Dharan",
    "Suva",
    "Nausori",
    "Kumasi",
    "Accra",
    "Ibadan",
    "Enugu",
    "Bradford",
    "Blackburn",
    "Sunderland",
    "Plymouth",
    "Rotherham",
    "Motherwell",
    "Ballymena",
    "Llanelli",
    "Wolverhampton",
    "Gateshead",
    "Oldham",
    "Doncaster",
    "Kingston",
    "Lahore",
    "Krakow",
    "Gdansk",
    "Huddersfield",
    "Inverness",
]
BASES = {
    "base": [
        "RAF Brize Norton",
        "RAF Lossiemouth",
        "HMNB Devonport",
        "HMNB Clyde",
        "RNAS Yeovilton",
        "RNAS Culdrose",
        "Bulford Camp",
        "Imphal Barracks",
        "Aliwal Barracks",
        "Stonehouse Barracks",
        "RAF Odiham",
        "Kiwi Barracks",
        "Marne Barracks",
        "RAF Coningsby",
        "Baker Barracks",
        "Dalton Barracks",
    ],
    "abbreviation": [
        "CTCRM",
        "RMAS",
        "Brize",
        "Lossie",
        "ITC Catterick",
        "ATR Pirbright",
        "DMRC",
        "RMB Chivenor",
        "RAF Cosford",
        "HMS Raleigh",
    ],
    "garrison": [
        "Tidworth",
        "Bulford",
        "Catterick",
        "Aldershot",
        "Colchester",
        "Larkhill",
        "Pirbright",
        "Warminster",
        "Perham Down",
        "Lympstone",
    ],
}
UNITS = {
    "battalion": [
        "1 RIFLES",
        "2 RIFLES",
        "1 R WELSH",
        "2 RGR",
        "3 PARA",
        "1 YORKS",
        "2 LANCS",
        "1 SCOTS",
        "4 SCOTS",
        "1 R IRISH",
        "1 MERCIAN",
        "1st Battalion Grenadier Guards",
        "2nd Battalion The Rifles",
        "1st Battalion Irish Guards",
        "1 PWRR",
    ],
    "regiment": [
        "Royal Tank Regiment",
        "Household Cavalry Regiment",
        "32 Regiment RA",
        "Royal Dragoon Guards",
        "22 Engineer Regiment",
        "3 Regiment AAC",
        "27 Regiment RLC",
        "Queen's Royal Hussars",
        "1 Close Support Regiment REME",
    ],
    "commando": [
        "40 Commando",
        "42 Commando",
        "45 Commando",
        "29 Commando Regiment RA",
        "24 Commando RE",
        "30 Commando IX Group",
    ],
    "formation": [
        "16 Air Assault Brigade",
        "3rd (UK) Division",
        "7th Light Mechanised Brigade",
        "3 Commando Brigade",
        "102 Operational Sustainment Brigade",
        "12th Armoured Brigade",
        "1st (UK) Division",
    ],
    "ship": [
        "HMS Albion",
        "HMS Dauntless",
        "HMS Prince of Wales",
        "HMS Northumberland",
        "RFA Argus",
        "HMS Somerset",
        "HMS Tyne",
        "HMS Kent",
        "HMS Protector",
    ],
    "squadron": [
        "IX(B) Squadron",
        "617 Squadron",
        "1(F) Squadron",
        "29 Squadron",
        "XV Squadron",
        "47 Squadron",
        "230 Squadron",
        "II(AC) Squadron",
    ],
}
EMAIL_DOMAINS = [
    "gmail.com",
    "hotmail.co.uk",
    "outlook.com",
    "yahoo.co.uk",
    "btinternet.com",
    "icloud.com",
    "mod.gov.uk",
    "live.co.uk",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

ONES = [
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
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORDINAL_WORDS = {
    1: "first",
    2: "second",
    3: "third",
    4: "fourth",
    5: "fifth",
    6: "sixth",
    7: "seventh",
    8: "eighth",
    9: "ninth",
    10: "tenth",
    11: "eleventh",
    12: "twelfth",
    13: "thirteenth",
    14: "fourteenth",
    15: "fifteenth",
    16: "sixteenth",
    17: "seventeenth",
    18: "eighteenth",
    19: "nineteenth",
    20: "twentieth",
    30: "thirtieth",
    40: "fortieth",
    50: "fiftieth",
    60: "sixtieth",
    70: "seventieth",
    80: "eightieth",
    90: "ninetieth",
}
MILESTONES = [18, 21, 30, 40, 50, 60, 65, 70, 75, 80, 90, 100]


def in_words(n: int) -> str:
    """0-99 in words, hyphenated as people write them ("thirty-four")."""
    if n < 20:
        return ONES[n]
    tens, ones = divmod(n, 10)
    return TENS[tens] + (f"-{ONES[ones]}" if ones else "")


def ordinal_words(n: int) -> str:
    if n == 100:
        return "hundredth"
    if n in ORDINAL_WORDS:
        return ORDINAL_WORDS[n]
    tens, ones = divmod(n, 10)
    return f"{TENS[tens]}-{ORDINAL_WORDS[ones]}"


def ordinal_digits(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def year_words(year: int) -> str:
    """A year as people say it: "nineteen eighty-five", "two thousand and four"."""
    if 2000 <= year < 2010:
        return "two thousand" + (f" and {ONES[year - 2000]}" if year > 2000 else "")
    high, low = divmod(year, 100)
    tail = in_words(low) if low >= 10 else (f"oh {ONES[low]}" if low else "hundred")
    return f"{in_words(high)} {tail}"


def ascii_fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
    return "".join(c for c in folded if c.isascii() and c.isalpha())


# ---------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------
@dataclass
class Person:
    first: str
    sur: str | None
    sex: str
    age: int
    origin: str = "english"
    dim: str | None = None
    nick: str | None = None
    rank: str | None = None
    title: str = "Mr"
    mid: str = ""
    rel: str = ""
    joined: int = 0
    key: str | None = None
    mentions: int = 0

    def tokens(self) -> set[str]:
        """Every word and short form of this person's name, lower case: no other person in
        the document may share one."""
        words = {self.first, self.dim, self.nick, *(re.split(r"[\s'-]+", self.sur or ""))}
        found = {w.lower() for w in words if w}
        found.add(self.first[0].lower() + (self.sur or "?")[0].lower())
        if self.sur:
            found.add(self.initials().lower())
        return found

    def initials(self) -> str:
        return self.first[0] + self.mid + (self.sur or " ")[0].upper()

    def bare_initials_ok(self) -> bool:
        two = self.first[0] + (self.sur or " ")[0].upper()
        return (
            self.sur is not None
            and ascii_fold(self.initials()) == self.initials()
            and two not in NOT_INITIALS
            and self.initials() not in NOT_INITIALS | THREE_LETTER_WORDS
        )

    @property
    def forms(self) -> list[str]:
        if self.sur is None:
            return ["first", "dim"] if self.dim else ["first"]
        found = ["full", "first", "sur", "title", "init", "short"]
        found += ["rank"] * bool(self.rank) + ["dim"] * bool(self.dim) + ["nick"] * bool(self.nick)
        return found


def draw_person(
    rng: random.Random,
    sex: str | None = None,
    service: str | None = "army",
    full_ranks: bool = False,
    age: tuple[int, int] = (18, 55),
) -> Person:
    origin = rng.choices(list(ORIGIN_WEIGHTS), weights=list(ORIGIN_WEIGHTS.values()))[0]
    men, women, surnames = ORIGINS[origin]
    sex = sex or rng.choice("MF")
    first = rng.choice(men if sex == "M" else women)
    sur = rng.choice(surnames)
    dims = DIMINUTIVES.get(first)
    dim = rng.choice(dims) if dims and rng.random() < 0.7 else None
    nick = None
    if sur in SURNAME_NICKS and rng.random() < 0.8:
        nick = SURNAME_NICKS[sur]
    elif rng.random() < 0.25:
        nick = ORIGIN_NICKS.get(origin) if rng.random() < 0.5 else None
        nick = nick or rng.choice(GENERIC_NICKS)
    rank = None
    if service:
        pool = (RANKS_FULL if full_ranks else RANKS_ABBR)[service]
        rank = rng.choice(pool)
        if rank == "Senior Aircraftwoman" and sex == "M":
            rank = "Senior Aircraftman"
    mid = rng.choice("ABCDEFGHJKLMNPRSTW") if rng.random() < 0.35 else ""
    return Person(
        first=first,
        sur=sur,
        sex=sex,
        age=rng.randint(*age),
        origin=origin,
        dim=dim,
        nick=nick,
        rank=rank,
        title=rng.choice(TITLES[sex]),
        mid=mid,
    )


def draw_family(rng: random.Random, rel: str, sex: str, age: int) -> Person:
    if rel in {"son", "daughter", "lad", "boy", "girl", "grandson", "granddaughter"}:
        first = rng.choice(CHILD_NAMES[sex])
        dims = None
    else:
        origin = rng.choices(list(ORIGIN_WEIGHTS), weights=list(ORIGIN_WEIGHTS.values()))[0]
        men, women, _ = ORIGINS[origin]
        first = rng.choice(men if sex == "M" else women)
        dims = DIMINUTIVES.get(first)
    dim = rng.choice(dims) if dims and rng.random() < 0.5 else None
    return Person(first=first, sur=None, sex=sex, age=max(0, age), dim=dim, rel=rel)


# ---------------------------------------------------------------------------------------
# A document under construction
# ---------------------------------------------------------------------------------------
TOKEN = re.compile(r"\{([^{}]+)\}")
PRONOUNS = {
    "he": ("he", "she"),
    "him": ("him", "her"),
    "his": ("his", "her"),
    "hes": ("he's", "she's"),
    "man": ("man", "woman"),
    "mf": ("M", "F"),
    "son": ("son", "daughter"),
    "boy": ("boy", "girl"),
    "lad": ("lad", "girl"),
    "husband": ("husband", "wife"),
    "dad": ("dad", "mum"),
    "father": ("father", "mother"),
    "himself": ("himself", "herself"),
    "sir": ("sir", "ma'am"),
    "bloke": ("bloke", "woman"),
}


class Reject(Exception):
    """The document broke a rule; draw the next one."""


class Doc:
    def __init__(self, rng: random.Random, style: str) -> None:
        self.rng = rng
        self.style = style
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[dict] = []
        self.decoys: list[dict] = []
        self.lower = False
        self.cast: dict[str, Person] = {}
        self.taken: set[str] = set()
        self.keys = 0
        self.later_forms: dict[str, int] = {"first": 3, "sur": 2, "rank": 2, "title": 2}

    # -- casting -------------------------------------------------------------------------
    def add_person(self, slot: str, make: Callable[[], Person]) -> Person:
        """Draw until the person shares no word or short form of a name with anyone cast."""
        for _ in range(60):
            person = make()
            tokens = person.tokens()
            if not tokens & self.taken:
                self.taken |= tokens
                self.cast[slot] = person
                return person
        raise Reject("no distinct person")

    def staff(self, slot: str, **kwargs) -> Person:
        return self.add_person(slot, lambda: draw_person(self.rng, **kwargs))

    def family(self, slot: str, rel: str, sex: str, age: int) -> Person:
        return self.add_person(slot, lambda: draw_family(self.rng, rel, sex, age))

    # -- appending -----------------------------------------------------------------------
    def add(self, text: str) -> tuple[int, int]:
        if self.lower:
            text = text.lower()
        start = self.pos
        self.parts.append(text)
        self.pos += len(text)
        return start, self.pos

    def span(self, text: str, kind: str, form: str, person: Person | None = None) -> None:
        assert text and text == text.strip(), (kind, text)
        start, end = self.add(text)
        mark = {"type": kind, "start": start, "end": end, "form": form}
        if person is not None:
            if person.key is None:
                self.keys += 1
                person.key = f"p{self.keys}"
            person.mentions += 1
            mark["entity"] = person.key
        self.spans.append(mark)

    def decoy(self, text: str, kind: str) -> None:
        assert text and text == text.strip(), (kind, text)
        start, end = self.add(text)
        self.decoys.append({"start": start, "end": end, "kind": kind})

    def w(self, template: str) -> None:
        """Append a template: plain text, and tokens in braces whose handlers label."""
        at = 0
        for match in TOKEN.finditer(template):
            if match.start() > at:
                self.add(template[at : match.start()])
            self.token(match.group(1))
            at = match.end()
        if at < len(template):
            self.add(template[at:])

    def line(self, template: str = "") -> None:
        self.w(template + "\n")

    @property
    def text(self) -> str:
        return "".join(self.parts)

    # -- tokens --------------------------------------------------------------------------
    def token(self, body: str) -> None:
        rng = self.rng
        if body.startswith("~"):
            self.add(rng.choice(body[1:].split("|")))
        elif body.startswith("*"):
            pool = body[1:]
            self.decoy(DECOY_POOLS[pool](rng), POOL_KINDS.get(pool, pool))
        elif body.startswith("="):
            kind, _, literal = body[1:].partition(":")
            self.decoy(rng.choice(literal.split("|")), kind)
        elif "." in body and body.split(".")[0] in self.cast:
            slot, attr = body.split(".", 1)
            if attr in {"noun", "adj"}:
                self.w((age_noun if attr == "noun" else age_adj)(slot, rng))
            else:
                self.person_token(self.cast[slot], attr)
        elif body in VALUE_TOKENS:
            VALUE_TOKENS[body](self)
        else:
            raise KeyError(body)

    def person_token(self, p: Person, attr: str) -> None:
        rng = self.rng
        low = attr.lower()
        if low in PRONOUNS:
            word = PRONOUNS[low][p.sex == "F"]
            self.add(word[0].upper() + word[1:] if attr[0].isupper() else word)
            return
        if attr in AGE_TOKENS:
            AGE_TOKENS[attr](self, p)
            return
        if attr == "rel":
            self.add(p.rel)
            return
        if attr == "Rel":
            self.add(p.rel.capitalize())
            return
        if attr == "email":
            self.span(email_of(rng, p), "EMAIL", "plain")
            return
        if attr in {"dob", "dobw", "yob", "yobw"}:
            dob_token(self, p, attr)
            return
        form = attr
        if attr == "any":
            choices = [f for f in p.forms if f in self.later_forms]
            weights = [self.later_forms[f] for f in choices]
            form = rng.choices(choices, weights=weights)[0] if choices else "first"
        elif attr == "fam":
            form = "dim" if p.dim and rng.random() < 0.4 else "first"
        elif attr == "ini":
            form = "ini" if p.bare_initials_ok() else "init"
        elif attr == "nick" and not p.nick:
            form = "dim" if p.dim else "first"
        elif attr == "dim" and not p.dim:
            form = "first"
        elif attr in {"rank", "rankfull"} and not p.rank:
            form = "title" if attr == "rank" else "titlefull"
        self.span(*name_in_form(rng, p, form), p)


def name_in_form(rng: random.Random, p: Person, form: str) -> tuple[str, str, str]:
    """(text, "PERSON", form) of one mention of ``p``."""
    sur = p.sur or ""
    given = p.dim if p.dim and rng.random() < 0.3 else p.first
    if form == "full":
        return f"{given} {sur}", "PERSON", "full"
    if form in {"first", "dim", "sur", "nick"}:
        return {"first": p.first, "dim": p.dim, "sur": sur, "nick": p.nick}[form], "PERSON", form
    if form == "rank":
        rest = rng.choice([sur, sur, f"{given} {sur}", f"{p.first[0]} {sur}"])
        return f"{p.rank} {rest}", "PERSON", "rank"
    if form == "rankfull":
        return f"{p.rank} {given} {sur}", "PERSON", "rank"
    if form == "title":
        rest = rng.choice([sur, sur, f"{p.first} {sur}"])
        return f"{p.title} {rest}", "PERSON", "title"
    if form == "titlefull":
        return f"{p.title} {p.first} {sur}", "PERSON", "title"
    if form == "init":
        first = ascii_fold(p.first[0]) or p.first[0]
        mid = p.mid
        shape = rng.choice(
            ["{f}. {s}", "{f} {s}", "{f}.{m}. {s}", "{f}{m} {s}"]
            if mid
            else ["{f}. {s}", "{f} {s}", "{f}. {s}"]
        )
        return shape.format(f=first, m=mid, s=sur), "PERSON", "init"
    if form == "ini":
        bare = p.initials()
        shape = rng.random()
        if shape < 0.25:
            bare = ".".join(bare) + "."
        elif shape < 0.4:
            bare = bare.lower()
        return bare, "PERSON", "init"
    if form == "short":
        return f"{given} {sur[0].upper()}", "PERSON", "short"
    raise KeyError(form)


def email_of(rng: random.Random, p: Person) -> str:
    first, sur = ascii_fold(p.first).lower(), ascii_fold(p.sur or "mail").lower()
    local = rng.choice(
        [
            f"{first}.{sur}",
            f"{first[0]}{sur}",
            f"{first}{sur}{rng.randint(1, 99)}",
            f"{sur}.{first[0]}",
            f"{first}_{sur}",
        ]
    )
    domain = rng.choice(EMAIL_DOMAINS)
    if domain == "mod.gov.uk":
        local = f"{first}.{sur}{rng.randint(100, 999)}"
    return f"{local}@{domain}"


def dob_token(doc: Doc, p: Person, attr: str) -> None:
    rng = doc.rng
    year = NOW_YEAR - p.age - rng.choice([0, 1])
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    if attr == "yob":
        doc.span(str(year), "DATE_OF_BIRTH", "year")
    elif attr == "yobw":
        doc.span(year_words(year), "DATE_OF_BIRTH", "year")
    elif attr == "dob":
        shape = rng.choice(
            [
                "{d:02d}/{m:02d}/{y}",
                "{d}/{m}/{yy:02d}",
                "{d:02d}.{m:02d}.{y}",
                "{d} {mon3} {y}",
                "{d:02d}-{m:02d}-{yy:02d}",
                "{d} {mon} {y}",
                "{y}-{m:02d}-{d:02d}",
                "{d:02d}/{m:02d}/{yy:02d}",
            ]
        )
        text = shape.format(
            d=day, m=month, y=year, yy=year % 100, mon=MONTHS[month - 1], mon3=MONTHS[month - 1][:3]
        )
        doc.span(text, "DATE_OF_BIRTH", "digits")
    else:
        shape = rng.choice(
            [
                "the {dw} of {mon}, {yw}",
                "{mon} the {dw}, {yw}",
                "{dw} of {mon} {yw}",
                "the {dw} of {mon} {yy}",
            ]
        )
        yy = in_words(year % 100) if year % 100 >= 10 else f"oh {ONES[year % 100]}"
        text = shape.format(
            dw=ordinal_words(day), mon=MONTHS[month - 1], yw=year_words(year), yy=yy
        )
        doc.span(text, "DATE_OF_BIRTH", "words")


# -- ages -------------------------------------------------------------------------------
def _age_digits(doc: Doc, p: Person) -> None:
    doc.span(str(p.age), "AGE", "digits")


def _age_words(doc: Doc, p: Person) -> None:
    doc.span(in_words(p.age), "AGE", "words")


def _age_words_cap(doc: Doc, p: Person) -> None:
    word = in_words(p.age)
    doc.span(word[0].upper() + word[1:], "AGE", "words")


def _past_age(doc: Doc, p: Person) -> int:
    if p.age <= 5:
        return max(1, p.age - 1) if p.age > 1 else 1
    return doc.rng.randint(4 if p.age < 20 else 12, max(5, p.age - 6 if p.age > 24 else p.age - 1))


def _at_digits(doc: Doc, p: Person) -> None:
    doc.span(str(_past_age(doc, p)), "AGE", "digits")


def _at_words(doc: Doc, p: Person) -> None:
    doc.span(in_words(_past_age(doc, p)), "AGE", "words")


def _joined(doc: Doc, p: Person) -> int:
    """The age this person joined up at: the same each time it is told."""
    p.joined = p.joined or doc.rng.randint(16, min(23, max(16, p.age)))
    return p.joined


def _join_digits(doc: Doc, p: Person) -> None:
    doc.span(str(_joined(doc, p)), "AGE", "digits")


def _join_words(doc: Doc, p: Person) -> None:
    doc.span(in_words(_joined(doc, p)), "AGE", "words")


def _join_words_cap(doc: Doc, p: Person) -> None:
    word = in_words(_joined(doc, p))
    doc.span(word[0].upper() + word[1:], "AGE", "words")


def _next_digits(doc: Doc, p: Person) -> None:
    doc.span(str(p.age + 1), "AGE", "digits")


def _next_words(doc: Doc, p: Person) -> None:
    doc.span(in_words(p.age + 1), "AGE", "words")


def _milestone(p: Person) -> int:
    return min((m for m in MILESTONES if m > p.age), default=MILESTONES[-1])


def _ord_digits(doc: Doc, p: Person) -> None:
    doc.span(ordinal_digits(_milestone(p)), "AGE", "ordinal")


def _ord_words(doc: Doc, p: Person) -> None:
    doc.span(ordinal_words(_milestone(p)), "AGE", "ordinal")


AGE_TOKENS: dict[str, Callable[[Doc, Person], None]] = {
    "age": _age_digits,
    "agew": _age_words,
    "Agew": _age_words_cap,
    "at": _at_digits,
    "atw": _at_words,
    "join": _join_digits,
    "joinw": _join_words,
    "Joinw": _join_words_cap,
    "next": _next_digits,
    "nextw": _next_words,
    "ord": _ord_digits,
    "ordw": _ord_words,
}


# -- other values -----------------------------------------------------------------------
def _postcode(rng: random.Random) -> str:
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    inward = f"{rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}"
    return rng.choice(
        [f"{rng.choice(OUTWARD_CODES)} {inward}"] * 4 + [f"{rng.choice(OUTWARD_CODES)}{inward}"]
    )


def _mobile_digits(rng: random.Random) -> str:
    return "07" + "".join(str(rng.randint(0, 9)) for _ in range(9))


def _phone_text(rng: random.Random) -> str:
    d = _mobile_digits(rng)
    if rng.random() < 0.2:
        d = rng.choice(["01980", "01748", "01252", "01752", "01206", "01395"]) + "".join(
            str(rng.randint(0, 9)) for _ in range(6)
        )
    return rng.choice(
        [
            f"{d[:5]} {d[5:]}",
            d,
            f"{d[:5]} {d[5:8]} {d[8:]}",
            f"+44 {d[1:5]} {d[5:]}",
            f"{d[:5]}-{d[5:]}",
            f"({d[:5]}) {d[5:]}",
        ]
    )


def digits_spoken(digits: str, rng: random.Random) -> str:
    """A digit string read aloud: "oh seven seven double oh ...", "triple five"."""
    said, i = [], 0
    names = ["oh" if rng.random() < 0.8 else "zero", *ONES[1:10]]
    while i < len(digits):
        run = 1
        while i + run < len(digits) and digits[i + run] == digits[i] and run < 3:
            run += 1
        word = names[int(digits[i])]
        if run == 3:
            said.append(f"triple {word}")
        elif run == 2:
            said.append(f"double {word}")
        else:
            said.append(word)
        i += run
    return " ".join(said)


def _nhs_number(rng: random.Random) -> str:
    while True:
        digits = [rng.randint(0, 9) for _ in range(9)]
        check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True)) % 11
        check = 0 if check == 11 else check
        if check != 10 and digits[0] != 0:
            s = "".join(map(str, digits)) + str(check)
            return rng.choice([f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}"])


def _service_number(rng: random.Random) -> str:
    shape = rng.random()
    if shape < 0.6:
        n = f"{rng.choice('23')}{rng.randint(0, 9999999):07d}"
        return n if rng.random() < 0.7 else f"{n[:4]} {n[4:]}"
    if shape < 0.8:
        return f"{rng.randint(500000, 569999)}"
    return f"{rng.choice('DPQ')}{rng.randint(100000, 9999999)}"


def _street(rng: random.Random) -> str:
    house = f"{rng.randint(1, 120)} {rng.choice(STREETS)}"
    return f"Flat {rng.randint(1, 12)}, {house}" if rng.random() < 0.15 else house


def _value(kind: str, form: str, make: Callable[[random.Random], str]) -> Callable[[Doc], None]:
    return lambda doc: doc.span(make(doc.rng), kind, form)


def _phone_words(doc: Doc) -> None:
    doc.span(digits_spoken(_mobile_digits(doc.rng), doc.rng), "PHONE", "words")


def _pick(pool: list[str]) -> Callable[[random.Random], str]:
    return lambda rng: rng.choice(pool)


VALUE_TOKENS: dict[str, Callable[[Doc], None]] = {
    "phone": _value("PHONE", "digits", _phone_text),
    "phonew": _phone_words,
    "pc": _value("POSTCODE", "plain", _postcode),
    "pcout": _value("POSTCODE", "outward", _pick(OUTWARD_CODES)),
    "addr": _value("ADDRESS", "street", _street),
    "svc": _value("SERVICE_NUMBER", "digits", _service_number),
    "nhs": _value("NHS_NUMBER", "digits", _nhs_number),
    "town": _value("LOCATION", "town", _pick(TOWNS)),
    "base": _value("BASE", "base", _pick(BASES["base"])),
    "abbr": _value("BASE", "abbreviation", _pick(BASES["abbreviation"])),
    "garrison": _value("BASE", "garrison", _pick(BASES["garrison"])),
}
for _form, _pool in UNITS.items():
    VALUE_TOKENS[_form] = _value("UNIT", _form, _pick(_pool))


def _any_base(doc: Doc) -> None:
    VALUE_TOKENS[doc.rng.choice(["base", "base", "abbr", "garrison", "garrison"])](doc)


def _any_unit(doc: Doc) -> None:
    VALUE_TOKENS[doc.rng.choice(list(UNITS))](doc)


VALUE_TOKENS["anybase"] = _any_base
VALUE_TOKENS["unit"] = _any_unit


# ---------------------------------------------------------------------------------------
# Decoys: what must survive (numbers that look like ages and are not, above all)
# ---------------------------------------------------------------------------------------
def _n(rng: random.Random, low: int, high: int) -> int:
    return rng.randint(low, high)


def _duration(rng: random.Random) -> str:
    n = _n(rng, 2, 12)
    return rng.choice(
        [
            f"{n} years",
            f"{n} yrs",
            f"{in_words(n)} years",
            f"{n} months",
            f"{in_words(n)} months",
            f"{n} weeks",
            f"{n}+ years",
        ]
    )


def _age_band(rng: random.Random) -> str:
    decade = rng.choice([20, 30, 40, 50, 60, 70])
    spoken = {
        20: "twenties",
        30: "thirties",
        40: "forties",
        50: "fifties",
        60: "sixties",
        70: "seventies",
    }[decade]
    return rng.choice(
        [
            f"{decade}s",
            f"mid-{spoken}",
            f"late {spoken}",
            f"early {spoken}",
            "18-25",
            "16-24",
            "over-50s",
            "under-16s",
            "under 18s",
            "over 65s",
            f"{decade}-{decade + 9}",
            f"mid {decade}s",
            "18 to 30",
        ]
    )


def _object_age(rng: random.Random) -> str:
    n = _n(rng, 2, 60)
    return rng.choice([f"{n}-year-old", f"{n} year old", f"{n} years old", f"{n} yr old"])


def _grade(rng: random.Random) -> str:
    return rng.choice(
        [
            "OR-4",
            "OR-6",
            "OF-3",
            "OF-2",
            "Band 5",
            "Band 6",
            "Band 7",
            "C2",
            "grade 7",
            "SO2",
            "SO1",
            "E1",
            "E2",
            "B2",
            "HEO",
            "EO",
            "Level 3",
        ]
    )


def _building(rng: random.Random) -> str:
    return rng.choice(
        [
            f"Room {_n(rng, 1, 40)}",
            f"Rm {_n(rng, 1, 3)}.{_n(rng, 10, 40)}",
            f"Bldg {_n(rng, 10, 350)}",
            f"Block {rng.choice('ABCDF')}",
            f"Ward {_n(rng, 10, 40)}",
            f"Bay {_n(rng, 1, 12)}",
            f"Bed {_n(rng, 1, 30)}",
            f"Hangar {_n(rng, 1, 9)}",
        ]
    )


def _time(rng: random.Random) -> str:
    h, m = _n(rng, 7, 21), rng.choice([0, 10, 15, 20, 30, 40, 45, 50])
    return rng.choice(
        [
            f"{h:02d}{m:02d}",
            f"{h:02d}:{m:02d}",
            f"{(h - 1) % 12 + 1}.{m:02d}pm",
            f"{(h - 1) % 12 + 1}pm",
            f"{h:02d}:{m:02d}hrs",
        ]
    )


def _date(rng: random.Random) -> str:
    d, m = _n(rng, 1, 28), _n(rng, 1, 12)
    y = rng.choice([2025, 2026])
    return rng.choice(
        [
            f"{d:02d}/{m:02d}/{y}",
            f"{d} {MONTHS[m - 1]} {y}",
            f"{d}/{m}/{y % 100}",
            f"{d} {MONTHS[m - 1][:3]}",
            f"{ordinal_digits(d)} {MONTHS[m - 1]}",
            f"{d:02d}.{m:02d}.{y % 100}",
        ]
    )


def _percent(rng: random.Random) -> str:
    n = _n(rng, 5, 95)
    return rng.choice([f"{n}%", f"{n} per cent", f"{n}.{_n(rng, 1, 9)}%", f"{n} percent"])


def _money(rng: random.Random) -> str:
    return rng.choice(
        [
            f"£{_n(rng, 1, 9)},{_n(rng, 0, 999):03d}",
            f"£{_n(rng, 12, 99)}",
            f"£{_n(rng, 100, 950)}",
            f"{_n(rng, 20, 60)} quid",
            f"£{_n(rng, 1, 9)}.{_n(rng, 1, 9)}m",
            f"£{_n(rng, 20, 80)}k",
        ]
    )


def _score(rng: random.Random) -> str:
    return rng.choice(
        [
            str(_n(rng, 8, 90)),
            f"{_n(rng, 3, 27)}/27",
            f"{_n(rng, 20, 30)}/30",
            f"{_n(rng, 1, 5)}-{_n(rng, 0, 4)}",
            f"{_n(rng, 10, 99)} points",
            f"{_n(rng, 60, 99)} runs",
        ]
    )


def _size(rng: random.Random) -> str:
    return rng.choice(
        [
            f"size {_n(rng, 6, 12)}",
            f"size {_n(rng, 8, 20)}",
            f"{_n(rng, 28, 44)}-inch",
            f"{_n(rng, 28, 40)} waist",
            f"{_n(rng, 30, 48)} chest",
            f"UK {_n(rng, 4, 13)}",
        ]
    )


def _measure(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{rng.choice([25, 50, 100, 150, 200])}mg",
            f"{_n(rng, 50, 120)}kg",
            f"{_n(rng, 2, 26)} miles",
            f"{_n(rng, 5, 40)}k",
            f"BMI {_n(rng, 19, 38)}",
            f"BP {_n(rng, 105, 165)}/{_n(rng, 60, 99)}",
            f"HR {_n(rng, 52, 110)}",
            f"{_n(rng, 4, 60)} units",
            f"{_n(rng, 5, 20)} stone",
            f"{_n(rng, 150, 195)}cm",
        ]
    )


def _count(rng: random.Random) -> str:
    n = _n(rng, 2, 60)
    return rng.choice(
        [
            f"{n} of us",
            f"{in_words(min(n, 12))} kids",
            f"{_n(rng, 2, 6)} tours",
            f"{n} people",
            f"{in_words(_n(rng, 2, 5))} children",
            f"{n} lads",
            f"{n} recruits",
            f"{_n(rng, 2, 40)} a day",
            f"{n} families",
        ]
    )


def _page(rng: random.Random) -> str:
    return rng.choice(
        [
            f"page {_n(rng, 2, 60)}",
            f"para {_n(rng, 1, 9)}.{_n(rng, 1, 9)}",
            f"p. {_n(rng, 2, 90)}",
            f"section {_n(rng, 2, 12)}",
            f"p{_n(rng, 2, 40)}",
            f"paragraph {_n(rng, 2, 30)}",
        ]
    )


def _year(rng: random.Random) -> str:
    return str(_n(rng, 1982, 2025))


def _ref(rng: random.Random) -> str:
    return rng.choice(
        [
            f"WEL/{_n(rng, 24, 26)}/{_n(rng, 1, 999):04d}",
            f"CR-{_n(rng, 2024, 2026)}-{_n(rng, 100, 9999)}",
            f"HR{_n(rng, 10000, 99999)}",
            f"REF {_n(rng, 1000, 99999)}",
            f"Case {_n(rng, 100, 9999)}",
        ]
    )


POOL_KINDS = {"clinic": "acronym"}  # pools drawn for one context, recorded as their kind
DECOY_POOLS: dict[str, Callable[[random.Random], str]] = {
    "clinic": _pick(["DCMH", "CCMH", "MDT", "CAMHS", "PCRF", "A&E", "OOH"]),
    "duration": _duration,
    "age_band": _age_band,
    "object_age": _object_age,
    "grade": _grade,
    "building": _building,
    "time": _time,
    "date": _date,
    "percent": _percent,
    "money": _money,
    "score": _score,
    "size": _size,
    "measure": _measure,
    "count": _count,
    "page": _page,
    "year": _year,
    "ref": _ref,
    "role": _pick(
        [
            "GP",
            "the CO",
            "OC",
            "RSM",
            "MO",
            "CSM",
            "padre",
            "welfare officer",
            "UWO",
            "CPN",
            "nurse",
            "line manager",
            "HIVE",
            "chain of command",
            "medic",
            "social worker",
            "psychiatrist",
            "health visitor",
            "boss",
            "sarge",
            "Adjt",
            "2IC",
            "SNCO",
            "PTI",
        ]
    ),
    "rank": _pick(
        [
            "the sergeant major",
            "a lance jack",
            "the sgt",
            "a full screw",
            "a brigadier",
            "the colonel",
            "a corporal",
            "the major",
            "a private",
        ]
    ),
    "acronym": _pick(
        [
            "DCMH",
            "PTSD",
            "NOK",
            "SFA",
            "AWOL",
            "A&E",
            "MDT",
            "RTW",
            "PCRF",
            "JPA",
            "ETA",
            "ASAP",
            "HR",
            "IT",
            "OK",
            "TBH",
            "LOL",
            "MOD",
            "DWP",
            "PHQ-9",
            "GAD-7",
            "CBT",
            "EMDR",
            "OOH",
            "NFA",
            "SSAFA",
            "MMR",
            "ADHD",
            "SSP",
            "PIP",
            "ESA",
            "CAMHS",
        ]
    ),
    "product": _pick(
        [
            "WhatsApp",
            "Facebook",
            "Togetherall",
            "Headspace",
            "Combat Stress",
            "Help for Heroes",
            "Op Courage",
            "the Samaritans",
            "Veterans UK",
            "Instagram",
            "TikTok",
            "Strava",
            "Reddit",
            "Calm",
        ]
    ),
    "place_word": _pick(
        [
            "the NAAFI",
            "the cookhouse",
            "the block",
            "back home",
            "the mess",
            "the gym",
            "the sangar",
            "the lines",
            "the guardroom",
            "the patch",
        ]
    ),
    "word": _pick(
        [
            "dusty",
            "will",
            "grace",
            "frank",
            "mark",
            "hope",
            "may",
            "bill",
            "rob",
            "pat",
            "sue",
            "jack",
            "joy",
            "rose",
            "dawn",
            "ginger",
            "lofty",
            "tiny",
            "spike",
            "chalk",
            "faith",
            "summer",
            "sky",
            "guy",
            "mo",
        ]
    ),
    "greet": _pick(["Hi all", "Hiya", "Evening all", "Morning", "Hello", "Hi everyone"]),
    "signoff": _pick(
        [
            "Cheers",
            "Thanks",
            "Kind regards",
            "Regards",
            "Ta",
            "Best wishes",
            "Thanks in advance",
            "Many thanks",
        ]
    ),
    "service": _pick(
        [
            "the Army",
            "the Navy",
            "the RAF",
            "the Marines",
            "the Corps",
            "the Forces",
            "the Reserves",
        ]
    ),
}

# Phrases that give an exact age, with X standing for whose age it is.
AGE_NOUN = [
    "aged {X.age}",
    "age {X.age}",
    "({X.age})",
    "{X.age}{X.mf}",
    "{X.age} {X.mf}",
    "{X.mf}{X.age}",
    "{X.mf}/{X.age}",
    "{X.age}yo",
    "{X.age} yo",
    "{X.age}y/o",
    "{X.age} y/o",
    "{X.age} yrs",
    "{X.age}yrs old",
    "{X.age} years old",
    "{X.age} years of age",
    "{X.age} yr old",
    "Age: {X.age}",
    "aged {X.agew}",
    "{X.age}yrs",
    "{X.age} y.o.",
]
AGE_ADJ = [
    "{X.age}-year-old",
    "{X.age} year old",
    "{X.age} yr old",
    "{X.age}-yr-old",
    "{X.agew}-year-old",
    "{X.age}yo",
    "{X.age} y/o",
    "{X.agew} year old",
]


def age_noun(slot: str, rng: random.Random) -> str:
    return rng.choice(AGE_NOUN).replace("X.", f"{slot}.")


def age_adj(slot: str, rng: random.Random) -> str:
    return rng.choice(AGE_ADJ).replace("X.", f"{slot}.")


# ---------------------------------------------------------------------------------------
# Casting helpers shared by the styles
# ---------------------------------------------------------------------------------------
def partner_of(doc: Doc, slot: str, of: Person, age: int | None = None) -> Person:
    rng = doc.rng
    sex = ("F" if of.sex == "M" else "M") if rng.random() < 0.9 else of.sex
    rel = rng.choice(
        {
            "F": ["wife", "partner", "girlfriend", "wife"],
            "M": ["husband", "partner", "boyfriend", "husband"],
        }[sex]
    )
    years = age if age is not None else min(99, max(17, of.age + rng.randint(-6, 6)))
    if rng.random() < 0.3:
        person = doc.add_person(slot, lambda: draw_person(rng, sex=sex, service=None))
        person.age, person.rel = years, rel
        return person
    return doc.family(slot, rel, sex, years)


def child_of(doc: Doc, slot: str, of: Person, low: int = 0, high: int = 17) -> Person:
    rng = doc.rng
    sex = rng.choice("MF")
    rel = "son" if sex == "M" else "daughter"
    low = max(1, low)
    return doc.family(slot, rel, sex, rng.randint(low, max(low, min(high, of.age - 17))))


def parent_of(doc: Doc, slot: str, of: Person) -> Person:
    rng = doc.rng
    sex = rng.choice("MF")
    rel = "father" if sex == "M" else "mother"
    return doc.family(slot, rel, sex, min(99, of.age + rng.randint(20, 36)))


def clinician(doc: Doc, slot: str) -> Person:
    person = doc.staff(slot, service=None, age=(28, 64))
    if doc.rng.random() < 0.75:
        person.title = "Dr"
    return person


def with_nick(doc: Doc, person: Person) -> Person:
    """Give someone a nickname if they have none (the styles that call people by one)."""
    if person.nick is None:
        free = [n for n in GENERIC_NICKS if n.lower() not in doc.taken]
        person.nick = doc.rng.choice(free)
        doc.taken.add(person.nick.lower())
    return person


def pick(rng: random.Random, pool: list[str], k: int) -> list[str]:
    return rng.sample(pool, min(k, len(pool)))


def service_of(rng: random.Random) -> str:
    return rng.choices(["army", "navy", "raf"], weights=[6, 2, 2])[0]


# ---------------------------------------------------------------------------------------
# Medical: GP, medical-centre and mental-health letters, referrals and triage notes
# ---------------------------------------------------------------------------------------
MED_HISTORY = [
    "{A} lives with {a.his} {d.rel} {d.fam} ({d.age}) and their {~two|three} children, "
    "{e.fam} ({e.age}) and {f.fam} ({f.age}).",
    "Lives in SFA with {d.rel} {d.fam}, {d.age}, and {e.fam} {e.age}, {f.fam} {f.age}.",
    "SH: lives w/ {d.rel} {d.fam} ({d.age}{d.mf}). {=count:Two kids|2 kids}: {e.fam} "
    "{e.age}, {f.fam} {f.age}. Smokes {=count:10 a day|5 a day|20 a day}, ETOH "
    "{=measure:14 units|22 units|30 units}/wk.",
    "{A} has been with {a.his} {d.rel} {d.fam} for {*duration}; {d.he} is {d.age}. Their "
    "{e.rel} {e.fam} is {e.agew}.",
    "Separated from {d.fam} ({d.age}) {=duration:two years|18 months|6 months} ago. Sees "
    "{a.his} {e.rel} {e.fam}, aged {e.age}, "
    "every other weekend.",
    "{A}'s {g.rel} {g.fam} is {g.age} and has dementia; {a.he} is {a.his} {g.rel}'s main "
    "support when on leave.",
]
MED_FAMILY_EXTRA = [
    "Father died aged {y.age} of an MI; mother alive, {g.age}, T2DM.",
    "{A}'s brother died by suicide in {*year}, aged {x.age}.",
    "{A}'s {g.rel} {g.fam} ({g.age}) lives in {town} and is unwell.",
    "Paternal grandfather had bowel cancer at {y.age}.",
    "{A}'s {g.rel}, {g.fam}, {g.age}, had a stroke {=duration:6 weeks|two months|3 weeks} ago.",
]
MED_PRESENT = [
    "Thank you for seeing this {ADJ} {~soldier|junior NCO|service person|reservist} who "
    "presents with low mood and poor sleep for {*duration}.",
    "I would be grateful if you could assess {a.rank}, a {ADJ} {~rifleman|sapper|marine|"
    "airman|lance corporal|signaller|chef|driver} serving with {unit}.",
    "{a.title} ({a.noun}) was seen with {a.his} {d.rel} {d.fam} ({d.noun}).",
    "{A} is a {ADJ} {a.man} who has served {*duration} and is based at {anybase}.",
    "{a.titlefull} is {NOUN2}; {a.he} has been in {*service} for {*duration}.",
    "I saw this {ADJ} {~soldier|sailor|service person} today, {*date}, at the request of {a.his} "
    "{*role}.",
]
MED_FINDINGS = [
    "{a.His} PHQ-9 today was {*score} and GAD-7 {*score}.",
    "O/E: {=measure:BP 128/84|BP 142/91|BP 118/76}, {=measure:HR 88|HR 72|HR 96}, {*measure}.",
    "{A} joined at {a.join} and describes {*duration} of heavy drinking since {a.he} was {a.at}.",
    "{A} reports nightmares since a tour in {*year}, when {a.he} was {a.at}.",
    "Currently on sertraline {=measure:50mg|100mg|150mg}, started {*duration} ago.",
    "{A} was first seen by the {*clinic} team in {*year}, aged {a.at}.",
    "No risk to others. Protective factors: {a.his} {e.rel} {e.fam} ({e.age}) and {a.his} "
    "{=count:two dogs|three dogs|dog}.",
    "{A} was medically downgraded {*duration} ago and is on a {=duration:3-year|4-year|"
    "2-year} posting at {anybase}.",
    "{A} scored {*score} on the AUDIT and lost {=measure:8kg|5kg|12kg} over {*duration}.",
    "{A} was {=word:frank} about {a.his} drinking and says there is {=word:hope} now.",
    "{A} is seen by our {*grade} nurse; see {*page} of the discharge summary.",
    "{A} lives in a {=word:tiny} flat and walks {*measure} most days.",
    "{A} came in with {*rank} and a {*role}; {*percent} of {a.his} platoon are off sick.",
]
MED_PLAN = [
    "Plan: review in {=duration:2/52|4/52|6/52}; safety net advice given. {*clinic} to follow up.",
    "I have advised {a.any} to attend {*product} and the {*role} is aware.",
    "Referred to {*clinic} at {anybase}; seen in {*building} on {*date} at {*time}.",
    "Please do not hesitate to contact me on {phone} if you need more information.",
    "Fitness: MND; review at {*time} on {*date}. The {*role} has been informed.",
]


def med_sentence(doc: Doc, template: str) -> str:
    rng = doc.rng
    return (
        template.replace("{ADJ}", age_adj("a", rng))
        .replace("{NOUN2}", age_noun("a", rng))
        .replace("{A}'s", rng.choice(["{a.title}'s", "{a.any}'s", "{a.His}"]))
        .replace("{A}", rng.choice(["{a.title}", "{a.any}", "{a.He}"]))
    )


def medical(doc: Doc) -> None:
    rng = doc.rng
    service = service_of(rng)
    a = doc.staff("a", service=service, age=(18, 58))
    clinician(doc, "b")
    doc.staff("c", service=service, age=(24, 50))
    partner_of(doc, "d", a)
    child_of(doc, "e", a)
    child_of(doc, "f", a)
    parent_of(doc, "g", a)
    doc.family("x", "brother", "M", max(17, a.age + rng.randint(-8, 8)))
    doc.family("y", "mother", "F", rng.randint(48, 90))
    doc.later_forms = {"first": 2, "sur": 1, "title": 4, "rank": 3, "init": 1}
    kind = rng.choice(["referral", "triage", "mh", "discharge"])
    if kind == "triage":
        medical_triage(doc)
        return
    doc.line(
        rng.choice(
            [
                "{anybase} Medical Centre",
                "{garrison} Group Practice",
                "Department of Community Mental Health, {anybase}",
                "{town} Road Surgery",
            ]
        )
    )
    doc.line("{addr}, {town} {pc}")
    doc.line(rng.choice(["Tel: {phone}", "Tel {phone}  Fax {phone}", "T: {phone}"]))
    doc.line("{*date}")
    doc.line()
    doc.line(
        rng.choice(["Dear {b.title},", "Dear {b.titlefull},", "Dear Colleague,", "Dear {b.first},"])
    )
    doc.line()
    re_line = rng.choice(
        [
            "Re: {a.titlefull} (DOB {a.dob}) aged {a.age}",
            "Re: {a.titlefull}, DOB: {a.dob} ({a.age})",
            "RE: {a.rankfull}  D.O.B. {a.dob}  Age: {a.age}",
            "Re: {a.titlefull} {a.age}{a.mf}",
            "Re: {a.titlefull}, {a.noun}",
            "Patient: {a.rankfull} {a.noun}",
            "Patient: {a.titlefull}  DOB {a.dob}  {a.age} yrs",
            "Re: {a.rankfull}, {a.age}",
        ]
    )
    doc.line(re_line)
    doc.line(rng.choice(["NHS No: {nhs}", "NHS number: {nhs}", "NHS {nhs}"]))
    ids = [
        "Svc No: {svc}",
        "{addr}, {town}, {pc}",
        "Unit: {unit}",
        "Email: {a.email}",
        "Mob: {phone}",
    ]
    for item in pick(rng, ids, rng.randint(1, 4)):
        doc.line(item)
    doc.line()
    body = [rng.choice(MED_PRESENT)]
    body += pick(rng, MED_HISTORY, 1) + pick(rng, MED_FAMILY_EXTRA, rng.randint(0, 2))
    body += [*pick(rng, MED_FINDINGS, rng.randint(2, 3)), rng.choice(MED_PLAN)]
    for sentence in body:
        doc.line(med_sentence(doc, sentence))
    doc.line()
    doc.line(rng.choice(["Yours sincerely,", "Kind regards,", "With best wishes,"]))
    doc.line()
    doc.line(rng.choice(["{b.titlefull}", "{b.full}", "{b.init} MRCGP", "{b.init}"]))
    doc.line(
        rng.choice(
            [
                "GP Registrar",
                "Civilian Medical Practitioner",
                "Consultant Psychiatrist",
                "Senior Medical Officer",
                "Mental Health Nurse",
                "Locum GP",
            ]
        )
    )
    if rng.random() < 0.35:
        doc.line("{b.email}")
    if rng.random() < 0.5:
        doc.line("cc: {c.rankfull}, {unit}")


def medical_triage(doc: Doc) -> None:
    rng = doc.rng
    doc.line(
        rng.choice(["TRIAGE NOTE", "Triage - duty doc", "MED CENTRE TRIAGE", "Telephone triage"])
        + " {*date} {*time}  {*building}"
    )
    doc.line(
        rng.choice(
            [
                "Pt: {a.rank}  {NOUN}",
                "Pt: {a.rank}  {a.mf}{a.age}",
                "Pt: {a.full}  {a.noun}",
                "Pt: {a.rank}, {a.noun}, {unit}",
                "Patient: {a.rankfull} ({a.age})",
                "Pt: {a.full}, {a.age}{a.mf}, {unit}",
                "{a.rank}  {a.mf}/{a.age}",
                "Name: {a.full}  Age: {a.age}  Svc No: {svc}",
            ]
        ).replace("{NOUN}", age_noun("a", rng))
    )
    if rng.random() < 0.8:
        doc.line(rng.choice(["DOB: {a.dob}  NHS: {nhs}", "NHS no {nhs}", "DOB {a.dob}"]))
    doc.line(
        rng.choice(
            [
                "PC: {a.age}{a.mf} c/o chest pain on exertion {*duration}.",
                "PC: pt is {a.age}, low mood, not sleeping, {=measure:10 units|20 units}/day.",
                "PC: {a.mf}/{a.age} knee pain post {=measure:10k|8 miles|12 miles} TAB.",
                "PC: {ADJ} {a.man}, SOB on PT, ?asthma.",
            ]
        ).replace("{ADJ}", age_adj("a", rng))
    )
    hx = [
        "Hx: joined at {a.join}, {=count:3 tours|two tours|4 tours}, nil previous.",
        "SH: lives w/ {d.rel} {d.fam} ({d.age}) + {e.rel} {e.fam} {e.age}.",
        "SH: single, lives in {*place_word}. {g.Rel} ({g.age}) in {town}.",
        "FH: dad died at {y.age}, MI. Mum {g.age}, well.",
        "Meds: nil. {=measure:BMI 31|BMI 24|BMI 27}, {=measure:BP 138/88|BP 122/80}.",
        "{=acronym:PHQ-9|GAD-7|AUDIT-C} score {*score}; last seen {*date}.",
    ]
    for item in pick(rng, hx, rng.randint(2, 4)):
        doc.line(item)
    doc.line(
        rng.choice(
            [
                "Plan: {*clinic} referral, r/v {=duration:1/52|2/52}. Safety net given.",
                "Plan: bloods, ECG, r/v with {b.title} {*date}.",
                "Plan: physio {*building}, light duties {=duration:2 weeks|4 weeks}.",
            ]
        )
    )
    doc.line(
        rng.choice(
            [
                "Seen by: {b.ini}",
                "Triaged by {c.rank} ({c.ini})",
                "{b.ini} {*time}",
                "Signed {b.init}",
            ]
        )
    )


# ---------------------------------------------------------------------------------------
# Welfare: welfare and HR case records, family circumstances, absence records, NOK forms
# ---------------------------------------------------------------------------------------
WELFARE_ENTRIES = [
    "Spoke to {a.first} by phone. {e.fam} (the {e.age}yo) has been excluded from school "
    "{=count:3 times|twice|4 times} this term.",
    "Home visit with {c.rank}. {d.fam} is {=duration:20 weeks|24 weeks|12 weeks} pregnant and "
    "struggling with {e.fam}, who is {e.agew}.",
    "{a.His} {g.rel} {g.fam} ({g.age}) admitted to hospital in {town}; compassionate leave of "
    "{=duration:5 days|7 days|10 days} granted.",
    "{d.fam} rang the welfare office: their {e.rel}, aged {e.age}, is not coping since the "
    "move from {garrison}.",
    "{a.first} turns {a.next} next month and wants to PVR after {*duration}' service.",
    "The {e.age}yo has been referred to {=acronym:CAMHS|ADHD|SEN|OT}; {d.fam} asked for a letter.",
    "Debt of {*money} on a {=object_age:9-year-old|12-year-old|10 year old} car; referred to "
    "{*product}.",
    "{=duration:10 days|3 weeks|6 days} sick leave; RTW interview with {c.rank} at {*time} in "
    "{*building}.",
    "{a.first} said {a.he} has been drinking since {a.he} was {a.at}. Advised {*product}.",
    "{e.rel} {e.fam} ({e.age}) has {=acronym:CAMHS|ADHD|SEN|OT} assessment {*date}; "
    "{a.first} asked for {=duration:2 days|a week} leave.",
    "Family moving to {addr}, {town} {pc} on {*date}.",
    "{d.fam} ({d.age}) has started work at {*place_word}; childcare for the {f.age}-year-old "
    "still a problem.",
    "Spoke to {c.any}: {a.rank} has {=count:two kids|three kids} under {=age_band:5|10} and "
    "no family nearby.",
    "{a.first} was {a.at} when {a.his} {g.rel} left; {g.he} is now {g.age} and back in touch.",
    "{d.fam} gave {a.his} date of birth as {a.dobw} on the phone; checked against JPA.",
    "Spoke to {c.short} about {a.first}'s kit: {=size:size 9|size 11|size 7} boots and a "
    "{=size:34 waist|36 waist|32 waist} still not issued.",
    "Left a message for {c.short}; {a.first} ({a.age}) rang back at {*time}.",
    "{a.first} was {=word:frank} with me: the {=object_age:30-year-old|40-year-old} quarter "
    "has mould and {f.fam} ({f.age}) has asthma.",
    "Grant of {*money} agreed by {*role}; {*percent} of the cost. See {*page} of the policy.",
    "{c.rank} ({*grade}) says {a.first} {=word:may} need a posting nearer {a.his} {g.rel}, who "
    "is {g.agew}.",
]


def welfare(doc: Doc) -> None:
    rng = doc.rng
    service = service_of(rng)
    a = doc.staff("a", service=service, age=(19, 52))
    b = doc.staff("b", service=service if rng.random() < 0.6 else None, age=(30, 60))
    doc.staff("c", service=service, age=(24, 50))
    partner_of(doc, "d", a)
    child_of(doc, "e", a, 1, 16)
    child_of(doc, "f", a, 0, 17)
    parent_of(doc, "g", a)
    doc.later_forms = {"first": 4, "sur": 1, "rank": 3, "title": 1, "dim": 2, "init": 1}
    kind = rng.choice(["case", "case", "absence", "nok", "email"])
    if kind == "absence":
        welfare_absence(doc)
    elif kind == "nok":
        welfare_nok(doc)
    elif kind == "email":
        welfare_email(doc, b)
    else:
        welfare_case(doc)


def welfare_case(doc: Doc) -> None:
    rng = doc.rng
    doc.line(
        rng.choice(
            [
                "WELFARE CASE RECORD",
                "Unit Welfare Case Notes",
                "Welfare case file",
                "FAMILY WELFARE RECORD",
            ]
        )
        + "  Ref: {*ref}"
    )
    fields = [
        "Name: {a.rankfull}",
        "Svc No: {svc}",
        "Unit: {unit}",
        "Location: {anybase}",
        rng.choice(["Age: {a.age}", "Age {a.age}", "Aged {a.age}", "Age/sex: {a.noun}"]),
        "DOB: {a.dob}",
        "Address: {addr}, {town}, {pc}",
        "Tel: {phone}",
        "Email: {a.email}",
    ]
    chosen = [fields[0], *pick(rng, fields[1:], rng.randint(4, 7))]
    for field in chosen:
        doc.line(field)
    doc.line(
        rng.choice(
            [
                "NOK: {d.rel} {d.fam}, {d.age}, Tel {phone}",
                "NOK: {d.fam} ({d.rel}) {phone}",
                "NOK - {d.rel}, {d.age}",
            ]
        )
    )
    doc.line()
    doc.line(rng.choice(["Family circumstances:", "Background:", "Circumstances"]))
    doc.line(
        rng.choice(
            [
                "{a.first} lives in SFA at {garrison} with {a.his} {d.rel} {d.fam} ({d.age}) and "
                "{~two|2} children, {e.fam} {e.age} and {f.fam} {f.age}.",
                "{a.rank} is {NOUN}, married to {d.fam} ({d.agew}), with {e.fam} ({e.age}) and "
                "{f.fam} ({f.age}) at home.",
                "Lives off the patch with {d.rel} {d.fam}, {d.age}; {e.rel} aged {e.age}, {f.rel} "
                "aged {f.age}.",
                "Single parent since {*year}: {e.fam} is {e.age}, {f.fam} is {f.age}. Ex-partner "
                "{d.fam} ({d.age}) lives in {town}.",
            ]
        ).replace("{NOUN}", age_noun("a", rng))
    )
    doc.line()
    doc.line(rng.choice(["Case notes:", "Notes", "Log:"]))
    for entry in pick(rng, WELFARE_ENTRIES, rng.randint(2, 4)):
        doc.line("{*date} " + rng.choice(["", "- ", ": "]) + entry)
    doc.line(
        rng.choice(
            [
                "Welfare officer: {b.rankfull}",
                "UWO: {b.rank} ({b.ini})",
                "Entered by {b.init}",
                "{b.ini}",
            ]
        )
    )


def welfare_absence(doc: Doc) -> None:
    rng = doc.rng
    doc.line(rng.choice(["ABSENCE RECORD", "Sickness absence summary", "Attendance record"]))
    doc.line(
        rng.choice(
            [
                "Employee: {a.full} ({a.age})",
                "{a.rankfull}  {a.mf}{a.age}",
                "Employee: {a.full}, {a.noun}",
                "Name: {a.rankfull}  Age: {a.age}",
                "{a.rankfull}, {a.age}{a.mf}",
            ]
        )
    )
    doc.line("Staff/Svc no: {svc}   Grade: {*grade}   Line manager: {c.rankfull}")
    doc.line("Date | Days | Reason")
    reasons = [
        "D&V",
        "back pain",
        "childcare: {e.rel} ({e.age}) unwell",
        "{g.rel} ({g.age}) in hospital",
        "stress",
        "migraine",
        "dental",
        "child's hospital appt ({f.fam}, {f.age})",
        "covid",
        "bereavement",
    ]
    for reason in pick(rng, reasons, rng.randint(2, 5)):
        doc.line("{*date} | {=count:1|2|3|5|7|10|14} | " + reason)
    doc.line(
        rng.choice(
            [
                "Notes: {a.first} has had {=count:4 spells|3 spells|5 spells} in "
                "{=duration:12 months|6 months}; Bradford score {*score}.",
                "Notes: trigger reached ({*score}). {a.first} is {a.age} and carer for {a.his} "
                "{g.rel}, {g.age}.",
                "Notes: RTW with {c.any} on {*date}; {*percent} attendance this year.",
            ]
        )
    )
    doc.line(rng.choice(["Reviewed by {b.init} {*date}", "Completed: {b.rankfull}"]))


def welfare_nok(doc: Doc) -> None:
    rng = doc.rng
    d = doc.cast["d"]
    doc.line(
        rng.choice(["NEXT OF KIN AND DEPENDANTS", "NOK / emergency contacts", "Dependants form"])
    )
    doc.line("Service person: {a.rankfull}   Svc No: {svc}   Age: {a.age}")
    doc.line("DOB: {a.dob}   Unit: {unit}")
    doc.line("Address: {addr}, {town} {pc}")
    partner = "{d.full}" if d.sur else "{d.fam}"
    doc.line(f"Spouse/partner: {partner} ({{d.rel}})  Age: {{d.age}}  Tel: {{phone}}")
    doc.line("Dependants:")
    doc.line(
        "1. {e.fam}  "
        + rng.choice(["age {e.age}", "({e.age})", "{e.age} yrs", "aged {e.age}"])
        + "  {e.mf}"
    )
    doc.line(
        "2. {f.fam}  "
        + rng.choice(["age {f.age}", "({f.age})", "{f.age} yrs", "aged {f.age}"])
        + "  {f.mf}"
    )
    if rng.random() < 0.6:
        doc.line("Other: {g.rel} {g.fam}, {g.age}, {town}, {phone}")
    doc.line(
        rng.choice(
            ["Checked by {b.rank} on {*date}", "Witness: {c.rankfull}", "Signed {a.init} {*date}"]
        )
    )


def welfare_email(doc: Doc, b: Person) -> None:
    rng = doc.rng
    doc.line("From: {b.email}")
    doc.line("Sent: {*date} {*time}")
    doc.line(
        "Subject: "
        + rng.choice(["{a.rank} - compassionate leave", "Welfare update", "RE: {a.sur} family"])
    )
    doc.line()
    doc.line(rng.choice(["Hi {c.first},", "{c.rank},", "Sir,", "Morning {c.dim},"]))
    doc.line()
    doc.line(
        rng.choice(
            [
                "{a.first}'s {g.rel} {g.fam} died last night aged {g.age} in {town}.",
                "Quick update on {a.rank}: {a.his} {e.rel} {e.fam}, {e.age}, was admitted to "
                "{*building} at {*time} yesterday.",
                "{a.first} ({a.age}) came to see me about {a.his} {d.rel} {d.fam}, who is {d.age} "
                "and was diagnosed with MS {*duration} ago.",
            ]
        )
    )
    doc.line(
        rng.choice(
            [
                "{a.He} has asked for {=duration:5 days|a week|10 days} leave; {a.his} kids are "
                "{e.age} and {f.age}.",
                "The family have {=count:two kids|three kids} ({e.fam} is {e.agew}) and no support "
                "nearby.",
                "I've put {a.him} in touch with {*product} and the {*role}.",
            ]
        )
    )
    doc.line(
        rng.choice(
            ["Can we discuss at {*time}?", "Ring me on {phone}.", "I'm in {*building} all day."]
        )
    )
    doc.line()
    doc.line("{*signoff}")
    doc.line(rng.choice(["{b.full}", "{b.first}", "{b.rankfull}"]))
    doc.line(rng.choice(["Unit Welfare Officer, {unit}", "HIVE, {anybase}", "Welfare Office"]))


# ---------------------------------------------------------------------------------------
# News: service newspapers, unit newsletters, press releases, obituaries
# ---------------------------------------------------------------------------------------
def news(doc: Doc) -> None:
    rng = doc.rng
    kind = rng.choice(["release", "release", "obituary", "community", "court", "sport"])
    service = service_of(rng)
    old = kind in {"obituary", "community"}
    a = doc.staff(
        "a", service=service, full_ranks=rng.random() < 0.5, age=(62, 99) if old else (18, 45)
    )
    doc.staff("b", service=service, full_ranks=rng.random() < 0.5, age=(25, 55))
    c = doc.staff("c", service=None, age=(40, 95))
    partner_of(doc, "d", a)
    child_of(doc, "e", a, 0 if not old else 30, 17 if not old else 70)
    child_of(doc, "f", a, 0 if not old else 30, 17 if not old else 70)
    doc.later_forms = {"sur": 3, "rank": 4, "title": 2, "first": 1}
    if old:
        c.age = rng.randint(60, 99)
    {
        "release": news_release,
        "obituary": news_obituary,
        "community": news_community,
        "court": news_court,
        "sport": news_sport,
    }[kind](doc)


def news_release(doc: Doc) -> None:
    rng = doc.rng
    doc.line(
        rng.choice(
            [
                "{unit} soldier, {a.age}, wins top award",
                "Medic, {a.age}, honoured for rescue",
                "PRESS RELEASE",
                "Unit news: {garrison}",
                "Young sailor named apprentice of the year",
            ]
        )
    )
    doc.line()
    doc.line(
        rng.choice(
            [
                "{a.rankfull}, {a.age}, from {town}, has been named "
                "{~Soldier|Sailor|Apprentice} of the Year at a ceremony in {anybase}.",
                "{a.rankfull}, {a.age}, of {unit}, pulled a driver from a burning car on the A303 "
                "near {garrison}.",
                "A {ADJ} {~corporal|medic|rifleman|engineer|technician} from {town} has been "
                "recognised for {a.his} work with {*product}.",
            ]
        ).replace("{ADJ}", age_adj("a", rng))
    )
    middle = [
        "The {a.age}-year-old, who joined {*service} at {a.join}, has served {*duration} and "
        "completed {=count:3 tours|two tours|four tours}.",
        '{a.rank}, who turns {a.next} next week, said: "I just did what anyone would."',
        "{a.Hes} the youngest of {=count:34 of us|12 nominees|40 finalists} and scored "
        "{*score} in the final assessment.",
        '"{a.sur} is {~outstanding|a credit to us}," said {b.rankfull}, {b.age}. "At '
        '{a.atw} {a.he} was already leading the {=age_band:under-18s|16-24s} squad."',
        "{b.rankfull}, {b.age}, added that the {=object_age:40-year-old|60-year-old|100-year-old}"
        " {~gym|accommodation block|cookhouse} would be replaced by {*year}.",
        "{a.His} {d.rel} {d.fam}, {d.age}, and their {e.rel} {e.fam}, {e.age}, watched from the "
        "front row.",
        "The award comes with {*money} and is open to all ranks {*age_band}.",
        "About {*percent} of the {=count:400 entries|250 entries} came from {*service}, see "
        "{*page} of this issue.",
        "{a.rank} celebrated {a.his} {a.ord} birthday on the same day.",
        "Known to everyone as {a.nick}, {a.first} says {a.he} owes it all to {*rank}.",
        "{a.full}'s {d.rel} {d.fam} said: \"We're so proud, {a.he} was only {a.atw} when "
        '{a.he} said {a.he} wanted to do this."',
        "Residents of the {pcout} area turned out in force; {*count} lined the road.",
    ]
    for sentence in pick(rng, middle, rng.randint(3, 5)):
        doc.line(sentence)
    doc.line()
    doc.line(
        rng.choice(
            [
                "Words: {b.rank}, {unit}",
                "Pictures: {b.full}",
                "Ends",
                "For more information call {phone}.",
                "Contact: {b.full}, {b.email}",
                "Media enquiries: {b.email} / {phone}",
            ]
        )
    )


def news_obituary(doc: Doc) -> None:
    rng = doc.rng
    doc.line(rng.choice(["OBITUARY", "Obituaries", "Last Post"]))
    doc.line(
        rng.choice(
            [
                "{a.rankfull} ({a.yob}-{*year})",
                "{a.rankfull}, who has died aged {a.age}",
                "{a.full} {a.yob} - {=year:2026|2025}",
            ]
        )
    )
    doc.line()
    sentences = [
        "{a.rankfull} died on {*date} aged {a.age} after a short illness.",
        "Born in {town} in {a.yob}, {a.he} joined {unit} at {a.joinw} and served {*duration}.",
        "{a.He} left {*service} in {*year} after {*duration}' service, and ran a "
        "{=object_age:200-year-old|300-year-old} pub in {town} for {*duration}.",
        "At {a.at} {a.he} was the youngest {~sergeant major|colour sergeant|warrant officer} in "
        "the battalion.",
        "{a.sur} is survived by {a.his} {d.rel} {d.fam}, {d.age}, and by {e.fam} and {f.fam}.",
        '{a.His} {e.rel} {e.fam}, {e.age}, said: "Dad never talked about {*year}."',
        "{a.He} would have been {a.next} next month.",
        "{a.He} was an active member of the {=age_band:over-60s|over-70s|over 65s} walking "
        "group until {a.his} {ORD} birthday.",
        "Friends from {*place_word} remember {a.any} as {=word:frank|dusty|tiny|lofty} company.",
        "A service will be held at {*time} on {*date}; donations to {*product}.",
    ]
    for sentence in pick(rng, sentences, rng.randint(4, 6)):
        doc.line(sentence.replace("{ORD}", rng.choice(["{a.ordw}", "{a.ord}"])))
    doc.line(rng.choice(["{b.rankfull}", "By {b.full}", "- {b.init}"]))


def news_community(doc: Doc) -> None:
    rng = doc.rng
    doc.line(
        rng.choice(
            [
                "Veteran, {a.age}, marks milestone",
                "Community news",
                "Birthday honours at {garrison}",
                "From the Association",
            ]
        )
    )
    doc.line()
    sentences = [
        "{a.titlefull}, {a.age}, of {town}, was guest of honour at {*place_word} on {*date}.",
        "{a.rankfull}, who turns {a.next} next week, served with {unit} from {*year}.",
        '{c.title}, {c.age}, who organised the party, said: "{a.first} is a legend."',
        "{a.title} celebrated {a.his} {a.ordw} birthday with {=count:34 of us|60 guests|"
        "three generations} and a cake from the {=object_age:150-year-old|80-year-old} bakery.",
        "The oldest of the {=age_band:over-70s|over-80s|over 65s} club, {a.he} still walks "
        "{=measure:5 miles|10 miles|3 miles} a week.",
        "{a.His} {e.rel} {e.fam}, {e.age}, travelled from {town} with {a.his} {f.rel} "
        "{f.fam}, {f.age}.",
        "{a.He} joined {*service} in {*year}, aged {a.join}, and married {d.fam} in {*year}.",
        "Raffle tickets raised {*money}; see {*page}.",
        "{c.titlefull}, {c.age}, from {addr}, {town}, won the raffle.",
        "{a.full}, known as {a.nick} in {unit}, lives in the {pcout} area with {a.his} "
        "{d.rel} {d.fam}.",
        '"{a.dim} has always been {=word:frank|lofty|tiny} company," said {c.full}.',
    ]
    for sentence in pick(rng, sentences, rng.randint(4, 6)):
        doc.line(sentence)


def news_court(doc: Doc) -> None:
    rng = doc.rng
    doc.line(
        rng.choice(
            ["Soldier, {a.age}, fined after crash", "Court round-up", "Magistrates: {garrison}"]
        )
    )
    doc.line()
    sentences = [
        "{a.full}, {a.age}, of {addr}, {town}, {pc}, appeared before magistrates on {*date}.",
        "The {a.age}-year-old {~private|gunner|lance corporal|airman}, based at {anybase}, "
        "admitted driving at {=measure:58mph|64mph|71mph} in a {=measure:30mph|40mph} zone.",
        "{a.sur} was fined {*money} and given {=count:6 points|3 points}.",
        "{b.rankfull}, {b.age}, told the court {a.sur} had served {*duration} without a blemish.",
        "Defending, {c.titlefull} said {a.his} client was {a.at} when {a.his} {d.rel} died.",
        "{a.sur}, who turns {a.next} in {*date}, must pay {*money} costs.",
        "{a.full}, of {town} ({pcout}), was known as {a.nick} to friends, the court heard.",
        "A {=object_age:23-year-old|14 year old} van and a {=count:2 kids} car seat were seized.",
    ]
    for sentence in pick(rng, sentences, rng.randint(4, 6)):
        doc.line(sentence)


def news_sport(doc: Doc) -> None:
    rng = doc.rng
    doc.line(
        rng.choice(
            [
                "Sport: {unit} take the cup",
                "Inter-unit boxing",
                "Rugby round-up",
                "Cross-country results",
            ]
        )
    )
    doc.line()
    sentences = [
        "{a.rankfull}, {a.age}, scored {*score} as {unit} beat {unit} {*score}.",
        "The {a.age}-year-old {~winger|fly-half|welterweight|runner} from {town} was named "
        "player of the match.",
        "{b.rankfull} ({b.age}) finished the {=measure:10k|12 miles|5 miles} in "
        "{=time:38:12|41:05|1:02:40}.",
        "In the {*age_band} category, {c.titlefull}, {c.age}, took gold.",
        "Coach {b.rank} said the squad of {*count} had trained {*duration}.",
        "{a.rank} first boxed at {a.at} in {town}; {a.he} is now ranked {=score:4th|12th|2nd}.",
        "The team kit ({*size} shirts for the {=age_band:U18s|under-21s}) cost {*money}.",
        "{a.His} {e.rel} {e.fam}, {e.agew}, presented the trophy.",
    ]
    for sentence in pick(rng, sentences, rng.randint(4, 6)):
        doc.line(sentence)


# ---------------------------------------------------------------------------------------
# Forum: posts and threads by service people and families, often lower case
# ---------------------------------------------------------------------------------------
HANDLE_WORDS = [
    "tankie",
    "sapper",
    "crabair",
    "matelot",
    "bootneck",
    "redcap",
    "forcesmum",
    "armywife",
    "pongo",
    "scaley",
    "greenfinch",
    "stab",
    "jackspeak",
    "wafu",
    "gunbunny",
    "loggie",
    "blanket_stacker",
    "sprog",
    "oppo",
    "cabbage_hat",
    "civvie",
    "navywife",
    "rafmum",
    "patchlife",
    "ex_reme",
    "doggy",
]
FORUM_TITLES = [
    "posting to {garrison} with kids - advice?",
    "son wants to join at {b.join}",
    "too old to join?",
    "RIP to an old mate",
    "SFA in {garrison}",
    "anyone from {unit} in the {=year:2000s|90s|80s}?",
    "Age limit for reserves",
    "birthday ideas for the other half",
    "going back in at {w.age}?",
    "school places near {anybase}",
]
FORUM_BODIES = [
    "me ({w.age}{w.mf}) and my {a.rel} ({a.age}{a.mf}) are being posted to {garrison} in "
    "{*date}. we have {b.fam} who is {b.age} and {f.fam} {f.age}. any tips on schools?",
    "my {b.lad} is {b.age} and wants to join. {b.fam} keeps on about {unit} but {b.hes} only "
    "{b.agew} ffs. i joined at {w.join} and did {*duration}",
    "im {w.age} now and still paying for it with my knees lol. at {w.join} i signed up, did "
    "{*count} and got out in {*year}",
    "{w.noun} here, partner {a.fam} {a.noun}. {b.fam} is {b.adj} and wants a dog lol",
    "omg my {b.lad} {b.fam} is {b.agew} 2day n wants 2 join up lol. i was {w.join} wen i "
    "went in, ur never 2 young m8",
    "tbh im {w.age} n knackered. {d.nick} ({d.rank} 2 u lot) is {d.age} n still does "
    "{*measure} b4 work ffs",
    "gr8 nite at {*place_word} 4 {c.dim}'s {c.ord}!! {=count:34 of us|20 of us} there, "
    "{c.he} cried lol. {c.hes} still a legend",
    "{w.mf}{w.age}. {a.rel} is {a.age} years old and wants to move back to {town}",
    "{w.age}{w.mf}, served {*duration} with {unit}, out since {*year}. {*greet} to anyone "
    "who remembers {c.nick}",
    "my {a.rel} {a.fam} turns {a.next} next week and i want to do something for {a.his} "
    "{a.ord}. {a.hes} never had a party",
    "does anyone remember {c.rank}? {c.he} was our sgt at {abbr} in {*year}. found out "
    "{c.he} died last month aged {c.age}",
    "RIP {c.nick}. {c.first} was only {c.age}. we did {*duration} together in {*place_word}",
    "our {b.age}yo {b.fam} starts at the school on the patch in {=date:sept|september|jan}",
    "my {e.dad} ({e.age}) was in {unit} in the {=year:70s|80s|90s} and still goes to the reunions",
    "happy birthday {c.dim}!! {c.agew} today, the old git. see you at {*place_word}",
    "{a.fam} is {a.age}, {b.fam} is {b.age} and i'm {w.agew}. we're in {pcout} if anyone is local",
    "got a {=object_age:2 year old|3 year old|5 year old} laptop for {b.fam} ({b.age}) off "
    "{*product} for {*money}",
    "{c.first} {c.sur} ({c.age}) from our old troop is on {*product} asking for help, "
    "give {c.him} a ring {phone} or email {c.email}",
    "i was {w.at} when my {e.dad} left for the gulf. {e.he} was {e.at}. now i'm {w.age} and "
    "doing the same to mine",
    "{*percent} of my intake were under {=age_band:20|21}. i was the old man at {w.join}",
    "cant believe {b.fam} is {b.agew} already, seems like yesterday {b.he} was born in {b.yob}",
    "the {=object_age:40-year-old|50-year-old} SFA in {garrison} is falling apart, "
    "{=count:34 of us|12 families} complained",
    "went to {*place_word} with {d.any} last night, {d.hes} {d.age} and still cant hold "
    "{d.his} drink",
    "{w.age}{w.mf} here. partner {a.fam} is {a.age}. {a.he} wants me to do my {=duration:22 "
    "years|24 years} but i'm done after {*duration}",
    "bought my {e.dad} a {=object_age:12-year-old|18-year-old|25-year-old} whisky for "
    "{e.his} {e.ord}. {e.he} cried lol",
    "as a {=age_band:40-plus|over-40s|over-50s} reservist (i'm {w.age}) i scored {*score} "
    "on the fitness test, not bad",
    "{d.rank} told me {d.he} was {d.age} on {d.his} first tour. i was {w.join}",
    "{d.short} sold me {d.his} old {*size} boots for {*money}. {d.hes} {d.age} and packing in",
    "{b.fam} ({b.age}) is {*size} boots already. {=money:£60|£45} a pair. help",
    "anyone know {c.short} from {unit}? {c.he} was our {*role} in {*year}, must be {c.age} now "
    "cos {c.he} was {c.at} when i joined",
    "{d.short} ({d.age}{d.mf}) is looking for a lift from {pcout} to {garrison} on {*date}",
    "me and {d.nick} go back {*duration}. {d.nick} turned {d.age} last week and still does "
    "the {*measure}",
    "its a {=word:tiny} flat and a bit {=word:dusty} but {b.fam} ({b.age}) loves it. anyone "
    "near {pcout}?",
    "i {=word:will} be {w.next} in {=date:may|june|august} and {a.fam} keeps joking about my "
    "{=age_band:midlife|mid-life} crisis lol",
    "my {a.rel} is {a.age} and on {*product}. {*percent} better since {a.he} started. {*signoff}",
    "{c.nick} ({c.first} {c.sur}) was {c.agew} when {c.he} did selection, i was {w.at}",
]


def forum(doc: Doc) -> None:
    rng = doc.rng
    service = service_of(rng)
    for slot in ("w", "v", "u", "t"):
        doc.family(slot, "me", rng.choice("MF"), rng.randint(18, 64))
    w = doc.cast["w"]
    partner_of(doc, "a", w)
    child_of(doc, "b", w, 1, 17)
    with_nick(doc, doc.staff("c", service=service, age=(30, 70)))
    doc.staff("d", service=service, age=(20, 50))
    parent_of(doc, "e", w)
    child_of(doc, "f", w, 0, 17)
    doc.later_forms = {"first": 4, "nick": 3, "dim": 2, "sur": 1, "rank": 2, "short": 2}
    handles = [
        rng.choice(HANDLE_WORDS) + rng.choice(["", "_", ""]) + str(rng.randint(1, 99))
        for _ in range(4)
    ]
    if len(set(handles)) < 4:
        raise Reject("handles repeat")
    doc.line(rng.choice(["Thread: ", "Re: ", "", "[Forum] "]) + rng.choice(FORUM_TITLES))
    doc.line()
    bodies = pick(rng, FORUM_BODIES, rng.randint(2, 4))
    for n, body in enumerate(bodies):
        slot_name = ("w", "v", "u", "t")[n]
        doc.lower = False
        doc.line(
            rng.choice(
                [
                    f"{handles[n]} | {{*date}} {{*time}}",
                    f"Posted by {handles[n]} on {{*date}}",
                    f"{handles[n]} wrote ({{*time}}):",
                    f"#{n + 1} {handles[n]}",
                ]
            )
        )
        doc.lower = rng.random() < 0.55
        if n and rng.random() < 0.4:
            doc.lower = False
            doc.w(f"> Quote from {handles[n - 1]}: ")
            doc.lower = rng.random() < 0.55
            doc.line(
                rng.choice(["any tips?", "he'd be ancient now", "same here", "{*age_band} only?"])
            )
        doc.line(body.replace("{w.", f"{{{slot_name}."))
        if rng.random() < 0.2:
            doc.line("{*signoff}")
        doc.line()
    doc.lower = False


# ---------------------------------------------------------------------------------------
# Oral: transcribed oral-history interviews and focus groups, ages said aloud
# ---------------------------------------------------------------------------------------
ORAL_PROMPTS = [
    "And how old were you then?",
    "Can you tell me a bit about {c.first}?",
    "What about your family?",
    "When did you join up?",
    "Where were you living?",
    "And {b.fam}, how old is {b.he} now?",
    "Was {c.any} older than you?",
    "Mm-hm.",
    "Go on.",
    "How did your {e.dad} take it?",
    "What year would that be?",
]
ORAL_TURNS = [
    "Yeah, I was, er, {w.joinw} when I joined up. {=count:Thirty-four of us|Forty of us|Sixty "
    "of us} in the intake and I was- I was the youngest.",
    "I was {w.joinw}. {~Just|Only} {w.joinw}, you know, straight out of school in {town}.",
    "{c.He}'d be {c.agew} now, {c.nick} would. [pause] {c.He} died in {*year}, {c.he} was only "
    "{c.atw}.",
    "When our {b.fam} was {b.atw} we got posted to {garrison}, and- and {b.he} hated it.",
    "I'm {w.agew} this year. {w.Agew}! [laughs] Can you believe it?",
    "My {e.dad}, {e.he} was born in {e.yobw}, {e.he} did {e.his} national service and all that.",
    "I did {=duration:twenty-two years|twelve years|nine years|twenty-four years}, um, and "
    "came out at {w.atw}.",
    "We lived at {addr}, near {garrison}, and the phone was- it was {phonew}, I still remember it.",
    "{d.sur}- {d.rankfull}, I mean- {d.he}'d have been, what, {d.agew}? No, {d.nextw}.",
    "It was, er, {=year:nineteen eighty-two|nineteen ninety-one|two thousand and three}, we "
    "went out again. I was {w.atw}.",
    "In {*year}, aged {w.at}, I got my first stripe. [inaudible] {c.first} got {c.his} the "
    "same week.",
    "{c.His} {c.ordw}, we had it in {*place_word}, {=count:thirty of us|forty of us|half the "
    "company}, [laughs] and {*rank} turned up.",
    "We were all in our {=age_band:twenties|early twenties|late teens|thirties}, you know, "
    "nobody was over {=age_band:thirty|forty}.",
    "Our {b.fam}'s {b.agew} now. {b.Hes} {~doing well|down south now|the first one to go to uni}.",
    "{a.fam}, my {a.rel}, {a.he} turned {a.agew} in {=date:March|June|the summer}, so we "
    "had a do at {*place_word}.",
    "You'd get {=money:forty quid|twenty quid|a fiver} a week and a {=object_age:forty-year-"
    "old|thirty-year-old} Land Rover to drive.",
    "Me and {c.dim} were both {w.joinw}, we went through {abbr} together, you know.",
    "My {e.dad} died when I was {w.atw}. {e.He} was {e.agew}, {e.he} was- yeah. [pause]",
    "I rang {d.any} on, er, {phonew} and {d.he} said {*greet}, come round.",
    "That was {=duration:ten years|fifteen years|twenty years} ago now. {b.fam} was {b.atw}, "
    "{f.fam} was only {f.atw}.",
    "{f.fam}'s turning {f.nextw} next month, {f.he} wants to join {*service} like {f.his} "
    "{~mum|dad}.",
    "I'm- I'm {w.agew}, I'll be {w.nextw} in {=date:March|May|October}, and I still dream "
    "about it.",
    "There's a {*age_band} group at the legion now, we meet at {=time:half nine|ten|quarter "
    "past two} on a Tuesday.",
    "We were at {anybase} with {unit}, er, from {*year}, for {*duration} or so.",
    "My wife's {a.fam}, she's {a.agew}, she was a {*role} at the medical centre.",
    "I scored, um, {=score:thirty-four|ninety|forty-two} on the range that day and {c.any} "
    "never let me forget it.",
    "I was born on {w.dobw}, in {town}, and we moved to {garrison} when I was {w.atw}.",
    "{e.He} was born {e.dobw}, so {e.he}'d be, um, {e.agew} now if {e.he} was still here.",
    "{c.nick}, we called {c.him} {c.nick}. {c.full}. {c.He} was {c.agew} when {c.he} went out "
    "there.",
    "It was a {=word:tiny} quarter, {=count:two kids|three kids} in one room, and {b.fam} was "
    "only {b.atw}.",
    "There wasn't much {=word:hope} for a lad of {w.joinw} round our way. [pause] So I joined.",
    "{d.rankfull}, {d.he} was {*rank} then, {d.he}'d be {d.agew} now. {d.sur} was- {d.he} was "
    "a good one.",
    "{a.fam} was {a.atw} and I was {w.atw} when we got married, at {*place_word}.",
]
SPEAKER_LABELS = [
    ("INT", "P1"),
    ("Interviewer", "Respondent"),
    ("Q", "A"),
    ("I", "R"),
    ("Speaker 1", "Speaker 2"),
    ("INT", "R"),
]
GROUP_LABELS = [
    ("FACILITATOR", "P1", "P2", "P3"),
    ("Facilitator", "Speaker 2", "Speaker 3", "Speaker 4"),
    ("F", "M1", "M2", "W1"),
]


def oral(doc: Doc) -> None:
    rng = doc.rng
    service = service_of(rng)
    for slot in ("w", "v", "u"):
        doc.family(slot, "me", rng.choice("MF"), rng.randint(40, 92))
    w = doc.cast["w"]
    partner_of(doc, "a", w)
    child_of(doc, "b", w, 2, 40)
    with_nick(doc, doc.staff("c", service=service, age=(40, 90)))
    doc.staff("d", service=service, age=(40, 90))
    parent_of(doc, "e", w)
    child_of(doc, "f", w, 2, 40)
    doc.later_forms = {"first": 4, "nick": 2, "dim": 2, "sur": 1, "rank": 2, "full": 1}
    group = rng.random() < 0.35
    doc.line(
        rng.choice(
            [
                "Transcript: oral history project, interview {*ref}",
                "Focus group {*ref} - veterans' families"
                if group
                else "Interview {*ref} (audio, {=duration:47 min|1 hr 12 min|58 min})",
                "[Recording starts {*time}]",
            ]
        )
    )
    doc.line()
    labels = rng.choice(GROUP_LABELS if group else SPEAKER_LABELS)
    turns = pick(rng, ORAL_TURNS, rng.randint(4, 7))
    for n, turn in enumerate(turns):
        if rng.random() < 0.6 or n == 0:
            doc.decoy(labels[0], "role")
            doc.line(": " + rng.choice(ORAL_PROMPTS))
        speaker = 1 + (n % (len(labels) - 1) if group else 0)
        doc.decoy(labels[speaker], "role")
        slot = ("w", "v", "u")[speaker - 1] if group else "w"
        doc.line(": " + turn.replace("{w.", f"{{{slot}."))
    doc.line(rng.choice(["[Recording ends]", "[END]", ""]))


# ---------------------------------------------------------------------------------------
# Building, checking and counting the corpus
# ---------------------------------------------------------------------------------------
BUILDERS: dict[str, Callable[[Doc], None]] = {
    "medical": medical,
    "welfare": welfare,
    "news": news,
    "forum": forum,
    "oral": oral,
}
WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
NAME_PARTS = re.compile(r"[\s.,/-]+")


def name_parts(text: str) -> set[str]:
    """The words of a PERSON mention that are a name (rank and title words are not)."""
    return {
        part.lower()
        for part in NAME_PARTS.split(text)
        if len(part) > 1 and part.lower() not in RANK_WORDS
    }


def broken_rule(doc: Doc) -> str | None:
    """Why this document may not stand, or None."""
    text = doc.text
    if "{" in text or "}" in text:
        raise ValueError("a template token was not expanded")
    if any(p.mentions > 6 for p in doc.cast.values()):
        return "a person mentioned more than six times"
    names: set[str] = set()
    owner: dict[str, str] = {}
    for span in doc.spans:
        if span["type"] == "PERSON":
            value = text[span["start"] : span["end"]]
            names |= name_parts(value)
            said = " ".join(value.lower().replace(".", "").split())
            if span["form"] != "rank" and owner.setdefault(said, span["entity"]) != span["entity"]:
                return "one name given to two people"
    covered = set()
    for mark in doc.spans + doc.decoys:
        covered.update(range(mark["start"], mark["end"]))
    for word in WORD.finditer(text):
        if word.start() not in covered and word.group().lower() in names:
            return "a word of a name left unlabelled"
    for decoy in doc.decoys:
        if names & set(NAME_PARTS.split(text[decoy["start"] : decoy["end"]].lower())):
            return "a decoy that is a name"
    return None


def build_document(rng: random.Random, style: str, number: int) -> dict:
    for _ in range(200):
        doc = Doc(rng, style)
        try:
            BUILDERS[style](doc)
        except Reject:
            continue
        if broken_rule(doc) is None:
            return {
                "id": f"dev9-{number:04d}",
                "style": style,
                "format": "txt",
                "text": doc.text.rstrip("\n") + "\n",
                "spans": doc.spans,
                "decoys": doc.decoys,
            }
    raise RuntimeError(f"no acceptable {style} document after 200 draws")


def documents() -> list[dict]:
    rng = random.Random(SEED)
    order = [STYLES[n % len(STYLES)] for n in range(PER_STYLE * len(STYLES))]
    return [build_document(rng, style, n) for n, style in enumerate(order, start=1)]


def build() -> str:
    """The corpus file's whole text, one JSON object per line, keys sorted."""
    lines = [json.dumps(doc, ensure_ascii=False, sort_keys=True) for doc in documents()]
    return "\n".join(lines) + "\n"


def table(title: str, counts: Counter) -> list[str]:
    rows = [f"| {title} | count |", "|---|---|"]
    rows += [f"| {key} | {counts[key]} |" for key in sorted(counts)]
    return [*rows, f"| total | {sum(counts.values())} |", ""]


def stats(text: str) -> str:
    docs = [json.loads(line) for line in text.splitlines()]
    people = [
        n
        for doc in docs
        for n in Counter(s["entity"] for s in doc["spans"] if s["type"] == "PERSON").values()
    ]
    out = [
        f"documents: {len(docs)}",
        f"distinct people (entities, counted per document): {len(people)}",
        f"people mentioned more than once in their document: {sum(n > 1 for n in people)}",
        "",
    ]
    out += table("style", Counter(doc["style"] for doc in docs))
    out += table("type", Counter(s["type"] for doc in docs for s in doc["spans"]))
    out += table(
        "type/form", Counter(f"{s['type']}/{s['form']}" for doc in docs for s in doc["spans"])
    )
    out += table("decoy kind", Counter(d["kind"] for doc in docs for d in doc["decoys"]))
    out.append("sha256: " + hashlib.sha256(text.encode("utf-8")).hexdigest())
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with corpus.jsonl")
    parser.add_argument("--stats", action="store_true", help="print the counts")
    args = parser.parse_args(argv)
    text = build()
    if args.check:
        if CORPUS.read_text(encoding="utf-8") != text:
            print("corpus.jsonl differs from the generator's output", file=sys.stderr)
            return 1
        print("corpus.jsonl reproduced")
    elif args.stats:
        print(stats(text))
    else:
        CORPUS.write_text(text, encoding="utf-8")
        print(f"wrote {CORPUS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
