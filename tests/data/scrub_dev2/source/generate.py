# ruff: noqa: E501  (sentence templates are prose data, kept one per line)
"""Second scrub development corpus (issue 9): a seeded template composer, stdlib only.

Written without reading the scrubber or its data, so its phrasing, styles and values are
ones the tuners did not anticipate. Every label is recorded at the moment its text is
appended, so offsets are exact by construction.

    python tests/data/scrub_dev2/source/generate.py            # rewrites corpus.jsonl
    python tests/data/scrub_dev2/source/generate.py --check    # byte-for-byte check
    python tests/data/scrub_dev2/source/generate.py --stats    # markdown count tables
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from pathlib import Path

SEED = 20261206
HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus.jsonl"

# --------------------------------------------------------------------------- pools
# (first, gender, diminutive or "") by origin; surnames by origin. All invented pairings.
FIRST = {
    "welsh": [
        ("Iolo", "m", ""),
        ("Gethin", "m", "Geth"),
        ("Rhodri", "m", "Rhod"),
        ("Dafydd", "m", "Dai"),
        ("Emyr", "m", ""),
        ("Idris", "m", ""),
        ("Aled", "m", ""),
        ("Gruffydd", "m", "Gruff"),
        ("Huw", "m", ""),
        ("Owain", "m", "Ows"),
        ("Angharad", "f", "Hari"),
        ("Eleri", "f", ""),
        ("Ffion", "f", ""),
        ("Gwenllian", "f", "Gwen"),
        ("Heledd", "f", ""),
        ("Lowri", "f", ""),
        ("Mererid", "f", "Mer"),
        ("Delyth", "f", ""),
        ("Catrin", "f", "Cat"),
    ],
    "gaelic": [
        ("Ruairidh", "m", "Rory"),
        ("Somhairle", "m", "Sorley"),
        ("Eachann", "m", "Hector"),
        ("Lachlan", "m", "Lachie"),
        ("Tormod", "m", "Norrie"),
        ("Alasdair", "m", "Ally"),
        ("Calum", "m", "Cal"),
        ("Fionnlagh", "m", "Finlay"),
        ("Mhairi", "f", ""),
        ("Catriona", "f", "Triona"),
        ("Seonaid", "f", "Shona"),
        ("Iseabail", "f", "Isa"),
        ("Ealasaid", "f", "Elsie"),
        ("Kirsteen", "f", "Kirsty"),
        ("Peigi", "f", ""),
    ],
    "irish": [
        ("Pádraig", "m", "Paddy"),
        ("Cathal", "m", ""),
        ("Oisín", "m", ""),
        ("Tadhg", "m", ""),
        ("Diarmuid", "m", "Dermot"),
        ("Donncha", "m", "Donie"),
        ("Colm", "m", ""),
        ("Gráinne", "f", ""),
        ("Aoife", "f", ""),
        ("Siobhán", "f", "Shiv"),
        ("Caoimhe", "f", ""),
        ("Órla", "f", ""),
        ("Bríd", "f", "Bridie"),
        ("Sadhbh", "f", ""),
    ],
    "polish": [
        ("Krzysztof", "m", "Krzysiek"),
        ("Grzegorz", "m", "Grzesiek"),
        ("Wojciech", "m", "Wojtek"),
        ("Przemysław", "m", "Przemek"),
        ("Bartłomiej", "m", "Bartek"),
        ("Łukasz", "m", "Łukaszek"),
        ("Tomasz", "m", "Tomek"),
        ("Katarzyna", "f", "Kasia"),
        ("Małgorzata", "f", "Gosia"),
        ("Agnieszka", "f", "Aga"),
        ("Joanna", "f", "Asia"),
        ("Zofia", "f", "Zosia"),
        ("Magdalena", "f", "Madzia"),
    ],
    "nigerian": [
        ("Oluwaseun", "m", "Seun"),
        ("Chukwuemeka", "m", "Emeka"),
        ("Babatunde", "m", "Tunde"),
        ("Olumide", "m", "Mide"),
        ("Ikechukwu", "m", "Ike"),
        ("Adebayo", "m", "Bayo"),
        ("Obinna", "m", "Obi"),
        ("Chiamaka", "f", "Amaka"),
        ("Folasade", "f", "Sade"),
        ("Oluwakemi", "f", "Kemi"),
        ("Adaeze", "f", "Ada"),
        ("Temitope", "f", "Tope"),
        ("Yewande", "f", "Yewa"),
        ("Ngozi", "f", ""),
    ],
    "nepali": [
        ("Kamal", "m", ""),
        ("Bishnu", "m", ""),
        ("Dhanbahadur", "m", "Dhan"),
        ("Premkumar", "m", "Prem"),
        ("Yambahadur", "m", "Yam"),
        ("Tekraj", "m", "Tek"),
        ("Sabitra", "f", ""),
        ("Dipika", "f", "Dipu"),
        ("Laxmi", "f", ""),
        ("Kamala", "f", ""),
        ("Anju", "f", ""),
        ("Sarmila", "f", ""),
    ],
    "fijian": [
        ("Semisi", "m", "Sem"),
        ("Josaia", "m", "Joe"),
        ("Apisai", "m", "Api"),
        ("Isoa", "m", ""),
        ("Tevita", "m", "Vita"),
        ("Waisea", "m", "Wai"),
        ("Sitiveni", "m", "Steve"),
        ("Litia", "f", ""),
        ("Salote", "f", "Lote"),
        ("Mereoni", "f", "Mere"),
        ("Akanisi", "f", "Kani"),
        ("Vasiti", "f", ""),
    ],
    "english": [
        ("Jolyon", "m", "Jol"),
        ("Barnaby", "m", "Barney"),
        ("Crispin", "m", ""),
        ("Leighton", "m", ""),
        ("Tobias", "m", "Toby"),
        ("Jago", "m", ""),
        ("Peregrine", "m", "Perry"),
        ("Tamsin", "f", "Tam"),
        ("Philippa", "f", "Pippa"),
        ("Henrietta", "f", "Hettie"),
        ("Rosalind", "f", "Roz"),
        ("Bryony", "f", ""),
        ("Araminta", "f", "Minty"),
        ("Keziah", "f", "Kez"),
        ("Lavinia", "f", "Vinnie"),
    ],
    "southasian": [
        ("Gurvinder", "m", "Gurv"),
        ("Rizwan", "m", "Riz"),
        ("Sukhdeep", "m", "Sukhi"),
        ("Anirudh", "m", "Ani"),
        ("Tariq", "m", ""),
        ("Navdeep", "f", "Nav"),
        ("Parminder", "f", "Pam"),
        ("Farzana", "f", ""),
        ("Shabnam", "f", "Shabs"),
        ("Priyanka", "f", "Priya"),
        ("Anjali", "f", "Anj"),
    ],
    "ghanaian": [
        ("Kwabena", "m", "Kobby"),
        ("Kwame", "m", ""),
        ("Delroy", "m", "Del"),
        ("Akosua", "f", ""),
        ("Abena", "f", ""),
        ("Efua", "f", ""),
        ("Claudette", "f", "Dette"),
    ],
    # first names that are also ordinary words (their word twins are decoys elsewhere)
    "wordname": [
        ("Grace", "f", ""),
        ("Faith", "f", ""),
        ("Rose", "f", "Rosie"),
        ("Amber", "f", ""),
        ("Hope", "f", ""),
        ("Dawn", "f", ""),
        ("Frank", "m", "Frankie"),
        ("Mark", "m", "Marky"),
        ("William", "m", "Bill"),
        ("Wilfred", "m", "Will"),
        ("Alexander", "m", "Sandy"),
    ],
}
SURNAMES = {
    "welsh": [
        "ap Gwilym",
        "Pugh-Prydderch",
        "Llewellyn-Bevan",
        "Rhydderch",
        "Tudur",
        "Vaughan-Price",
        "ab Iorwerth",
        "Cadwaladr",
        "Gruffudd",
        "Prosser",
        "Mostyn",
    ],
    "gaelic": [
        "Mac an t-Saoir",
        "Mac Gille Bhrìde",
        "NicDhòmhnaill",
        "MacIllFhinnein",
        "Mac a' Phearsain",
        "Mac an Tòisich",
        "MacAskill",
        "Macrae-Gunn",
        "Matheson",
        "NicLeòid",
    ],
    "irish": [
        "Ó Súilleabháin",
        "Ó Ceallaigh",
        "Ní Bhriain",
        "Mac Giolla Phádraig",
        "O'Driscoll-Nagle",
        "Ó Dálaigh",
        "McGonigle",
        "Ní Mhurchú",
        "Breathnach",
    ],
    "polish": [
        "Szczepaniak",
        "Wróblewski",
        "Grzybowski",
        "Zając",
        "Brzęczek",
        "Pietrzak-Nowicki",
        "Sobczyński",
        "Chmielewski",
        "Kaczmarczyk",
        "Przybylski",
    ],
    "nigerian": [
        "Okonkwo-Bright",
        "Adeyemi-Cole",
        "Nwachukwu",
        "Ogunleye",
        "Eze-Ibekwe",
        "Olaniyan",
        "Akinwande",
        "Onyekachi",
        "Babalola",
        "Adebiyi",
    ],
    "nepali": [
        "Gurung",
        "Limbu",
        "Pun",
        "Thapa Magar",
        "Tamang",
        "Ghale",
        "Sunuwar",
        "Chhetri",
        "Ale Magar",
        "Rai",
    ],
    "fijian": [
        "Naivalu",
        "Ratuvou",
        "Vakacegu",
        "Delairewa",
        "Raiwalui",
        "Nabou",
        "Qereqeretabua",
        "Waqanivalu",
        "Koroitamana",
        "Bulitavu",
    ],
    "english": [
        "Thistlethwaite",
        "Quennell",
        "Pengelly",
        "Trevorrow",
        "Heathcote-Drury",
        "Winstanley",
        "Scattergood",
        "Mountjoy",
        "Lethbridge",
        "Blenkinsop",
        "Ollerenshaw",
        "Penhaligon",
        "Tregenza",
        "Kettlewell",
        "Fairbrass",
    ],
    "southasian": [
        "Dhaliwal",
        "Sandhu-Bains",
        "Chaudhry",
        "Ramasamy",
        "Bhattacharjee",
        "Qureshi",
        "Rahman-Chowdhury",
        "Sidhu",
        "Grewal",
    ],
    "ghanaian": [
        "Asante-Mensah",
        "Boateng",
        "Owusu-Ansah",
        "Agyeman",
        "Ampofo",
        "Fearon",
        "Grant-Lindo",
    ],
}
FEMININE = {
    "Wróblewski": "Wróblewska",
    "Grzybowski": "Grzybowska",
    "Pietrzak-Nowicki": "Pietrzak-Nowicka",
    "Sobczyński": "Sobczyńska",
    "Chmielewski": "Chmielewska",
    "Przybylski": "Przybylska",
}

RANKS = {
    "army": [
        "Pte",
        "LCpl",
        "L/Cpl",
        "Cpl",
        "Sgt",
        "SSgt",
        "CSgt",
        "WO2",
        "WO1",
        "Lt",
        "Capt",
        "Maj",
        "Lt Col",
        "Rfn",
        "Gdsm",
        "Spr",
        "Tpr",
        "Bdr",
        "Craftsman",
        "Sergeant",
        "Corporal",
        "Captain",
        "Major",
        "Colour Sergeant",
        "Staff Sergeant",
    ],
    "navy": [
        "AB",
        "LH",
        "PO",
        "CPO",
        "Lt Cdr",
        "Cdr",
        "Mne",
        "Marine",
        "Leading Hand",
        "Petty Officer",
        "Surgeon Lt",
        "Sub Lt",
    ],
    "raf": [
        "SAC",
        "Cpl",
        "Sgt",
        "Chf Tech",
        "Flt Sgt",
        "Fg Off",
        "Flt Lt",
        "Sqn Ldr",
        "Wg Cdr",
        "Flight Lieutenant",
        "Squadron Leader",
        "Senior Aircraftman",
    ],
}
TITLES = {"m": ["Mr", "Dr", "Mr.", "Father"], "f": ["Mrs", "Ms", "Miss", "Dr", "Mrs."]}

TOWNS = [
    "Merthyr Tydfil",
    "Ystradgynlais",
    "Llandrindod Wells",
    "Stornoway",
    "Portree",
    "Kilmarnock",
    "Dumfries",
    "Ballymena",
    "Enniskillen",
    "Scunthorpe",
    "Barnsley",
    "Wigan",
    "Hartlepool",
    "Stoke-on-Trent",
    "Gateshead",
    "Ashington",
    "Bridgend",
    "Pontypridd",
    "Truro",
    "Penzance",
    "Helston",
    "Yeovil",
    "Swindon",
    "Lowestoft",
    "Kettering",
    "Carlisle",
    "Inverness",
    "Fort William",
    "Oban",
    "Lerwick",
    "Kirkwall",
    "Caernarfon",
    "Aberystwyth",
    "Folkestone",
    "Mansfield",
    "Grimsby",
    "Gosport",
    "Fareham",
    "Andover",
    "Rhyl",
    "Wrexham",
    "Newry",
    "Omagh",
    "Motherwell",
    "Paisley",
    "Arbroath",
    "Peterhead",
    "Whitby",
    "Rotherham",
    "Kidderminster",
    "Telford",
    "Hereford",
    "Barrow-in-Furness",
    "Haverfordwest",
    "Ebbw Vale",
    "Blaenau Ffestiniog",
    "Dunfermline",
    "Coleraine",
]
STREETS = [
    "Heol y Nant",
    "Ffordd Glyndŵr",
    "Lôn Ganol",
    "Stryd y Capel",
    "Rathad a' Chladaich",
    "Sràid na h-Eaglaise",
    "Tregarthen Road",
    "Kestrel Way",
    "Ropewalk Court",
    "Penhallow Close",
    "Quarry Bank Terrace",
    "Sycamore Rise",
    "Bellwether Lane",
    "Cuthbert Drive",
    "Minster Yard",
    "Thornfield Avenue",
    "Ravensworth Gardens",
    "Gallowgate",
    "Wynd Brae",
    "Harbour Row",
    "Chapel Hill",
    "Cae Mawr",
    "Maes yr Haf",
    "Larch Crescent",
    "Tannery Walk",
    "Saltpans Road",
    "Clodagh Park",
    "Ashgrove Mews",
    "Pit Row",
    "Mariners Reach",
]
BUILDINGS = [
    "Alder House",
    "Kingfisher Court",
    "The Maltings",
    "Quayside Lofts",
    "Beacon View",
    "Tŷ Derw",
    "Ropemakers House",
    "St Non's Court",
]
HOUSE_NAMES = [
    "Bryn Awel",
    "Tigh na Mara",
    "The Old Forge",
    "Hafod Wen",
    "Rose Cottage",
    "Glenview",
    "Pen y Bryn",
    "The Stables",
    "Cnoc Ard",
    "Orchard End",
    "Tŷ Gwyn",
    "Fernlea",
]
PC_AREAS = [
    "PL",
    "EX",
    "TR",
    "CF",
    "SA",
    "LL",
    "IV",
    "HS",
    "KW",
    "ZE",
    "G",
    "EH",
    "AB",
    "DD",
    "BT",
    "DL",
    "YO",
    "LS",
    "NE",
    "SP",
    "GU",
    "CO",
    "PO",
    "TA",
    "BA",
    "HR",
    "SY",
    "DN",
    "HU",
    "TS",
    "NP",
    "LD",
    "PA",
    "KA",
    "CA",
    "LA",
]

UNITS = {
    "battalion": [
        "1 R WELSH",
        "2 RIFLES",
        "2 RGR",
        "1 RGR",
        "3 PARA",
        "1 SCOTS",
        "4 SCOTS",
        "1 YORKS",
        "2 LANCS",
        "1 R IRISH",
        "1 MERCIAN",
        "2 PWRR",
        "1 RRF",
        "1st Battalion The Royal Welsh",
        "2nd Battalion The Rifles",
        "3rd Battalion, The Royal Regiment of Scotland",
        "1 IG",
        "1 WG",
        "5 RIFLES",
        "2 R ANGLIAN",
    ],
    "regiment": [
        "32 Engineer Regiment",
        "3 Regiment RLC",
        "1 Regiment AAC",
        "QRH",
        "the Queen's Royal Hussars",
        "the Royal Dragoon Guards",
        "RDG",
        "the Light Dragoons",
        "4 Regiment RA",
        "10 Signal Regiment",
        "the King's Royal Hussars",
        "KRH",
        "21 Engineer Regiment",
        "1 Close Support Battalion REME",
        "the Household Cavalry Regiment",
        "HCR",
        "3 Medical Regiment",
        "16 Regiment RA",
    ],
    "commando": [
        "40 Commando",
        "42 Cdo",
        "45 Commando RM",
        "30 Commando IX Group",
        "29 Commando RA",
        "24 Commando RE",
        "43 Cdo FPGRM",
        "45 Cdo",
        "40 Cdo RM",
        "Commando Logistic Regiment",
    ],
    "formation": [
        "16 Air Assault Brigade",
        "3 Commando Brigade",
        "1st (UK) Division",
        "3rd (UK) Division",
        "7 Infantry Brigade",
        "4th Infantry Brigade",
        "102 Logistic Brigade",
        "12 Armoured Brigade",
        "16 AA Bde",
        "3 Cdo Bde",
        "20 Armoured Infantry Brigade",
        "11 Sig Bde",
    ],
    "ship": [
        "HMS Daring",
        "HMS Dragon",
        "HMS Kent",
        "HMS Albion",
        "HMS Protector",
        "HMS Tyne",
        "HMS Astute",
        "HMS Vengeance",
        "RFA Argus",
        "HMS Prince of Wales",
        "HMS Lancaster",
        "HMS Somerset",
        "HMS Mersey",
        "HMS Medway",
        "RFA Tidespring",
        "HMS Bulwark",
    ],
    "squadron": [
        "IX(B) Squadron",
        "II(AC) Sqn",
        "617 Squadron",
        "XV Squadron",
        "1(F) Squadron",
        "99 Sqn",
        "47 Squadron",
        "814 Naval Air Squadron",
        "820 NAS",
        "12(B) Squadron",
        "LXX Squadron",
        "30 Sqn",
        "845 NAS",
        "XXIV Squadron",
        "18(B) Sqn",
    ],
}
BASES = {
    "base": [
        "HMNB Devonport",
        "HMNB Clyde",
        "HMNB Portsmouth",
        "RNAS Culdrose",
        "RNAS Yeovilton",
        "RAF Brize Norton",
        "RAF Lossiemouth",
        "RAF Coningsby",
        "RAF Marham",
        "RAF Odiham",
        "RAF Waddington",
        "RAF Valley",
        "RAF Leeming",
        "RAF Akrotiri",
        "Stonehouse Barracks",
        "Lympstone Commando",
        "Dale Barracks",
        "Fort George",
        "Kinloss Barracks",
        "Leuchars Station",
        "Merville Barracks",
        "Normandy Barracks",
        "Bulford Camp",
        "Keogh Barracks",
        "Beachley Barracks",
        "Baker Barracks",
        "MOD Lyneham",
        "DMRC Stanford Hall",
        "RMA Sandhurst",
        "Chilwell Station",
        "Worthy Down",
        "MOD St Athan",
        "Wattisham Flying Station",
        "Dishforth Airfield",
        "Commando Training Centre Royal Marines",
        "Britannia Royal Naval College",
        "Faslane",
        "Brecon Barracks",
        "Picton Barracks",
        "Bovington Camp",
    ],
    "abbreviation": [
        "CTCRM",
        "BRNC",
        "RMAS",
        "DMRC",
        "ITC",
        "AFC Harrogate",
        "DSTL",
        "RAF BZN",
        "ATR Pirbright",
        "HMNB",
        "RNAS",
        "DCLPA",
        "ATC Pirbright",
        "JSCSC",
        "DLSTC",
    ],
    "garrison": [
        "Catterick",
        "Catterick Garrison",
        "Tidworth",
        "Bulford",
        "Aldershot",
        "Larkhill",
        "Warminster",
        "Colchester Garrison",
        "Pirbright",
        "Bovington",
        "Blandford Camp",
        "Sennybridge",
        "Tidworth Garrison",
        "Aldershot Garrison",
        "Bulford Garrison",
    ],
}
BASE_PAIRS = [
    ("CTCRM", "Lympstone"),
    ("BRNC", "Dartmouth"),
    ("RMAS", "Sandhurst"),
    ("DMRC", "Stanford Hall"),
    ("ITC", "Catterick"),
    ("HMNB", "Devonport"),
    ("RNAS", "Culdrose"),
    ("ATR", "Winchester"),
    ("DSTL", "Porton Down"),
    ("JSCSC", "Shrivenham"),
]
DOMAINS = [
    "mod.gov.uk",
    "mod.uk",
    "gmail.com",
    "hotmail.co.uk",
    "outlook.com",
    "btinternet.com",
    "yahoo.co.uk",
    "icloud.com",
    "nhs.net",
    "proton.me",
    "sky.com",
    "veteranshub.org.uk",
    "talktalk.net",
    "live.co.uk",
]

DECOYS = {
    "product": [
        "Togetherall",
        "Headspace",
        "Calm",
        "Teams",
        "JPA",
        "Defence Gateway",
        "WhatsApp",
        "Zoom",
        "Op COURAGE",
        "Veterans' Gateway",
        "Strava",
        "Duolingo",
        "MyHR",
        "Outlook",
        "Signal",
        "Kooth",
    ],
    "count": [
        "6 weeks",
        "24 hours",
        "three months",
        "two years",
        "10 days",
        "48 hrs",
        "12 months",
        "5 yrs",
        "eighteen months",
        "a fortnight",
        "4 days",
        "90 minutes",
        "nine weeks",
        "3 years",
        "six months",
        "72 hours",
        "30 days",
    ],
    "rank": [
        "the sergeant major",
        "my OC",
        "the CO",
        "the RSM",
        "a corporal",
        "the padre",
        "the duty officer",
        "the 2IC",
        "the Adjt",
        "my section commander",
        "the boss",
        "the chain of command",
        "a lance jack",
        "the Bosun",
        "the Jimmy",
    ],
    "service": [
        "the Army",
        "the RAF",
        "the Navy",
        "the Royal Navy",
        "the Marines",
        "the Corps",
        "the Andrew",
        "the mob",
    ],
    "greet": [
        "Hi",
        "Hiya",
        "Morning all",
        "Hello",
        "Dear all",
        "Afternoon",
        "Evening",
        "Morning",
        "Hi team",
        "Hey",
    ],
    "signoff": [
        "Thanks",
        "Cheers",
        "Many thanks",
        "Best wishes",
        "Kind regards",
        "Ta",
        "Speak soon",
        "Regards",
        "Thanks again",
        "All the best",
    ],
    "weekday": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "month": ["January", "March", "April", "May", "June", "August", "October", "November"],
    "agerange": [
        "forties",
        "late twenties",
        "early thirties",
        "fifties",
        "mid-forties",
        "twenties",
        "late sixties",
        "early fifties",
    ],
    "placeword": [
        "Yorkshire tea",
        "Cornish pasty",
        "Scotch egg",
        "Bakewell tart",
        "Welsh cakes",
        "Eton mess",
        "Victoria sponge",
        "Cumberland sausage",
        "Wellington boots",
        "Brighton rock",
        "Devon cream tea",
        "Arbroath smokie",
        "Chelsea bun",
    ],
    "helpline": ["111", "999", "116 123", "85258"],
    "ref": [
        "CM/2026/0417",
        "INC-88213",
        "ref 3391",
        "ticket #48213",
        "Room 214",
        "Form 1771",
        "item 4.2",
        "JSP 770",
        "Bay 7",
        "cabin 12",
        "Block C",
    ],
}

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
ORDS = {
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
}
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
NATO = {
    "A": "Alpha",
    "B": "Bravo",
    "C": "Charlie",
    "D": "Delta",
    "E": "Echo",
    "F": "Foxtrot",
    "G": "Golf",
    "H": "Hotel",
    "J": "Juliet",
    "K": "Kilo",
    "L": "Lima",
    "M": "Mike",
    "N": "November",
    "P": "Papa",
    "R": "Romeo",
    "S": "Sierra",
    "T": "Tango",
    "W": "Whiskey",
    "X": "X-ray",
    "Y": "Yankee",
    "Z": "Zulu",
}


def words(n: int, hyphen: bool = True) -> str:
    if n < 20:
        return ONES[n]
    tens, ones = divmod(n, 10)
    return TENS[tens] + ("" if ones == 0 else ("-" if hyphen else " ") + ONES[ones])


def ordinal(n: int) -> str:
    if n in ORDS:
        return ORDS[n]
    tens, ones = divmod(n, 10)
    return TENS[tens] + "-" + ORDS[ones]


def suffix(n: int) -> str:
    if n in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def ascii_fold(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii())


# --------------------------------------------------------------------------- people
class Person:
    """One invented person of one document, with every written form of their name."""

    def __init__(
        self, rng: random.Random, key: str, used: set[str], wordname: bool, gender_wanted: str = ""
    ):
        self.key = key
        self.rng = rng
        while True:
            origin = "wordname" if wordname else rng.choice(sorted(SURNAMES))
            first, gender, dim = rng.choice(FIRST[origin])
            if gender_wanted and gender != gender_wanted:
                continue
            sur_origin = rng.choice(sorted(SURNAMES)) if origin == "wordname" else origin
            if rng.random() < 0.15:
                sur_origin = rng.choice(sorted(SURNAMES))
            sur = rng.choice(SURNAMES[sur_origin])
            if gender == "f":
                sur = FEMININE.get(sur, sur)
            parts = {first, sur, dim} - {""}
            if not parts & used:
                break
        used.update(parts)
        self.first, self.gender, self.dim, self.sur = first, gender, dim, sur
        self.branch = rng.choice(["army", "army", "navy", "raf"])
        self.rank = rng.choice(RANKS[self.branch])
        self.title = rng.choice(TITLES[gender])
        self.mentioned = False
        self._handle: str | None = None
        self._label: tuple[str, str] | None = None
        self._email: str | None = None

    @property
    def full(self) -> str:
        return f"{self.first} {self.sur}"

    def handle(self) -> str:
        if self._handle is None:
            rng = self.rng
            first = ascii_fold(self.dim if self.dim and rng.random() < 0.5 else self.first)
            sur = ascii_fold(self.sur).replace(" ", "").replace("'", "")
            style = rng.randrange(6)
            if style == 0:
                self._handle = f"{first}{sur[0].upper()}"
            elif style == 1:
                self._handle = f"{first.lower()}_{sur[0].lower()}"
            elif style == 2:
                self._handle = f"{first} {sur[0].upper()}."
            elif style == 3:
                self._handle = f"{first}{sur[0].upper()}{rng.randrange(70, 99)}"
            elif style == 4:
                self._handle = f"{first.lower()}.{sur[0].lower()}"
            else:
                self._handle = f"{first} {sur[0].upper()}"
        return self._handle

    def label(self) -> tuple[str, str]:
        """A speaker label, fixed for the document once chosen."""
        if self._label is None:
            choice = self.rng.randrange(5)
            if choice == 0:
                self._label = (self.first.upper(), "first")
            elif choice == 1 and self.dim:
                self._label = (self.dim, "dim")
            elif choice == 2:
                self._label = (self.full, "full")
            else:
                self._label = (self.first, "first")
        return self._label

    def email(self) -> str:
        if self._email is None:
            rng = self.rng
            f = ascii_fold(self.first).lower()
            s = ascii_fold(self.sur).lower().replace(" ", "").replace("'", "")
            local = rng.choice(
                [
                    f"{f}.{s}",
                    f"{f[0]}.{s}",
                    f"{f}{s[0]}{rng.randrange(10, 99)}",
                    f"{s}{f[0]}",
                    f"{f}_{s}",
                    f"{f}.{s}{rng.randrange(100, 999)}",
                ]
            )
            self._email = f"{local}@{rng.choice(DOMAINS)}"
        return self._email

    def typo(self) -> str:
        rng = self.rng
        base = self.sur if len(self.sur) >= 5 and rng.random() < 0.7 else self.first
        if len(base) < 4:
            base = self.sur
        for _ in range(50):
            chars = list(base)
            i = rng.randrange(1, len(chars) - 1)
            op = rng.randrange(4)
            if op == 0 and chars[i].isalpha() and chars[i + 1].isalpha():
                chars[i], chars[i + 1] = chars[i + 1], chars[i]
            elif op == 1 and chars[i].isalpha():
                del chars[i]
            elif op == 2 and chars[i].isalpha():
                chars.insert(i, chars[i])
            elif op == 3 and chars[i].lower() in "aeiou":
                chars[i] = rng.choice([v for v in "aeiouy" if v != chars[i].lower()])
            out = "".join(chars)
            if out != base:
                return out
        return base + "e"

    def spelled(self, base: str = "") -> str:
        rng = self.rng
        base = base or self.sur
        sep = rng.choice(["-", " ", ", ", ". ", " - "])
        out = []
        for ch in base:
            if ch == " ":
                out.append("space")
            elif ch == "-":
                out.append("hyphen")
            elif ch == "'":
                out.append("apostrophe")
            else:
                out.append(ch.upper())
        text = sep.join(out)
        return text.lower() if rng.random() < 0.2 else text

    def initial(self) -> str:
        rng = self.rng
        i = self.first[0]
        return rng.choice(
            [f"{i}. {self.sur}", f"{i} {self.sur}", f"{i}.{self.sur}", f"{i}. {self.sur}"]
        )

    def surfirst(self) -> str:
        sur = self.sur.upper() if self.rng.random() < 0.7 else self.sur
        return f"{sur}, {self.first}"


# --------------------------------------------------------------------------- values
def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def spoken_digits(rng: random.Random, groups: list[str]) -> str:
    zero = rng.choice(["oh", "oh", "zero", "nought"])
    doubles = rng.random() < 0.65
    said = []
    for group in groups:
        out, i = [], 0
        while i < len(group):
            d = group[i]
            run = 1
            while i + run < len(group) and group[i + run] == d and run < 3:
                run += 1
            name = zero if d == "0" else ONES[int(d)]
            if doubles and run == 3:
                out.append(f"triple {name}")
            elif doubles and run == 2:
                out.append(f"double {name}")
            else:
                out.extend([name] * run)
            i += run
        said.append(" ".join(out))
    return rng.choice([", ", " ", " ... ", ", "]).join(said)


def mobile(rng: random.Random) -> str:
    n = "07" + rng.choice("345789") + digits(rng, 8)
    return n


def phone_digits(rng: random.Random) -> str:
    if rng.random() < 0.65:
        n = mobile(rng)
        layout = rng.randrange(10)
        return [
            f"{n[:5]} {n[5:]}",
            n,
            f"{n[:5]} {n[5:8]} {n[8:]}",
            f"+44 {n[1:5]} {n[5:]}",
            f"+44 (0){n[1:5]} {n[5:]}",
            f"+44{n[1:]}",
            f"{n[:5]}-{n[5:8]}-{n[8:]}",
            f"0044 {n[1:5]} {n[5:8]} {n[8:]}",
            f"{n[:4]} {n[4:7]} {n[7:]}",
            f"({n[:5]}) {n[5:]}",
        ][layout]
    area = rng.choice(
        [
            "01392",
            "01752",
            "0141",
            "0131",
            "029",
            "020",
            "0117",
            "01224",
            "01970",
            "01248",
            "01407",
            "01904",
            "028",
            "01326",
            "01980",
        ]
    )
    rest = digits(rng, 11 - len(area))
    if len(rest) == 8:
        local = rng.choice([f"{rest[:4]} {rest[4:]}", rest])
    elif len(rest) == 7:
        local = rng.choice([f"{rest[:3]} {rest[3:]}", f"{rest[:3]} {rest[3:5]} {rest[5:]}"])
    else:
        local = rng.choice([rest, f"{rest[:3]} {rest[3:]}"])
    return rng.choice(
        [f"{area} {local}", f"({area}) {local}", f"{area}-{local}", f"+44 {area[1:]} {local}"]
    )


def phone_words(rng: random.Random) -> str:
    n = mobile(rng) if rng.random() < 0.8 else "01" + digits(rng, 9)
    cut = rng.choice([[5, 8], [5], [4, 7], [3, 5, 8]])
    groups, prev = [], 0
    for c in [*cut, 11]:
        groups.append(n[prev:c])
        prev = c
    return spoken_digits(rng, groups)


def email_words(rng: random.Random, address: str) -> str:
    local, domain = address.split("@")
    dot = rng.choice([" dot ", " dot ", " (dot) ", " [dot] ", " full stop "])
    at = rng.choice([" at ", " at ", " (at) ", " at sign ", " @ "])
    local = local.replace(".", dot).replace("_", " underscore ").replace("-", " hyphen ")
    return local + at + domain.replace(".", dot)


def service_number(rng: random.Random) -> tuple[str, str, list[str]]:
    """(written, kind, groups for speaking)."""
    kind = rng.choice(["army", "army", "rn", "raf"])
    if kind == "army":
        n = rng.choice(["25", "24", "30"]) + digits(rng, 6)
        text = rng.choice(
            [n, f"{n[:4]} {n[4:]}", f"{n[:2]} {n[2:5]} {n[5:]}", f"{n[:2]}-{n[2:]}", n]
        )
        return text, kind, [n[:4], n[4:]]
    if kind == "rn":
        a, b = rng.choice("DPCQRSW"), rng.choice("ABCDEFGHJKLMNPRSTWXYZ")
        n = digits(rng, 6)
        text = rng.choice(
            [f"{a}{n}{b}", f"{a} {n} {b}", f"{a}{n}{b}".lower(), f"{a}-{n}-{b}", f"{a}{n}{b}"]
        )
        return text, kind, [a, n[:3], n[3:], b]
    n = rng.choice(["30", "31", "8"]) + digits(rng, 6 if rng.random() < 0.7 else 5)
    if n.startswith("8"):
        pre = rng.choice(["M", "R", "Q"])
        return rng.choice([f"{pre}{n}", f"{pre} {n}"]), kind, [pre, n]
    return rng.choice([n, f"{n[:2]} {n[2:5]} {n[5:]}", f"{n[:4]} {n[4:]}"]), kind, [n[:4], n[4:]]


def service_words(rng: random.Random) -> str:
    _, _, groups = service_number(rng)
    out = []
    for g in groups:
        if g.isalpha():
            out.append(NATO.get(g.upper(), g) if rng.random() < 0.7 else g)
        else:
            out.append(spoken_digits(rng, [g]))
    return rng.choice([", ", " ", " "]).join(out)


def nhs_number(rng: random.Random) -> str:
    while True:
        body = digits(rng, 9)
        if body[0] == "0":
            continue
        total = sum(int(d) * (10 - i) for i, d in enumerate(body))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check != 10:
            return body + str(check)


def nhs_digits(rng: random.Random) -> str:
    n = nhs_number(rng)
    return rng.choice(
        [f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}"]
    )


def nhs_words(rng: random.Random) -> str:
    n = nhs_number(rng)
    return spoken_digits(rng, [n[:3], n[3:6], n[6:]])


def ni_number(rng: random.Random) -> str:
    while True:
        pre = rng.choice("ABCEGHJKLMNOPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if pre not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    n, suf = digits(rng, 6), rng.choice("ABCD")
    text = rng.choice(
        [
            f"{pre}{n}{suf}",
            f"{pre} {n[:2]} {n[2:4]} {n[4:]} {suf}",
            f"{pre}-{n[:2]}-{n[2:4]}-{n[4:]}-{suf}",
            f"{pre} {n} {suf}",
            f"{pre}{n}{suf}",
        ]
    )
    return text.lower() if rng.random() < 0.12 else text


def sort_code(rng: random.Random) -> str:
    n = digits(rng, 6)
    return rng.choice(
        [
            f"{n[:2]}-{n[2:4]}-{n[4:]}",
            f"{n[:2]} {n[2:4]} {n[4:]}",
            n,
            f"{n[:2]}–{n[2:4]}–{n[4:]}",
            f"{n[:2]}-{n[2:4]}-{n[4:]}",
        ]
    )


def account(rng: random.Random) -> str:
    n = str(rng.randrange(1, 10)) + digits(rng, 7)
    return rng.choice([n, f"{n[:4]} {n[4:]}", n])


def iban(rng: random.Random) -> str:
    bank = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "SRLG", "CPBK"])
    bban = bank + digits(rng, 14)
    rearranged = bban + "GB00"
    num = "".join(str(int(c, 36)) for c in rearranged)
    check = 98 - int(num) % 97
    text = f"GB{check:02d}{bban}"
    if rng.random() < 0.7:
        return " ".join(text[i : i + 4] for i in range(0, len(text), 4))
    return text


def postcode(rng: random.Random) -> tuple[str, str]:
    area = rng.choice(PC_AREAS)
    district = str(rng.randrange(1, 30 if len(area) == 2 else 80))
    inward = str(rng.randrange(10)) + "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
    if rng.random() < 0.3:
        return f"{area}{district}{inward}", "compact"
    return f"{area}{district} {inward}", "spaced"


def address(rng: random.Random) -> tuple[str, str]:
    kind = rng.choice(["street", "street", "flat", "house"])
    num = str(rng.randrange(1, 140)) + ("a" if rng.random() < 0.1 else "")
    street = rng.choice(STREETS)
    if kind == "street":
        return rng.choice([f"{num} {street}", f"{num}, {street}", f"{num} {street}"]), kind
    if kind == "flat":
        flat = rng.choice(
            [
                str(rng.randrange(1, 30)),
                f"{rng.randrange(1, 9)}B",
                f"{rng.randrange(1, 4)}/{rng.randrange(1, 4)}",
            ]
        )
        word = rng.choice(["Flat", "Flat", "Apartment", "flat"])
        return rng.choice(
            [
                f"{word} {flat}, {num} {street}",
                f"{word} {flat} {rng.choice(BUILDINGS)}, {street}",
                f"{word} {flat}, {rng.choice(BUILDINGS)}",
            ]
        ), kind
    return rng.choice([f"{rng.choice(HOUSE_NAMES)}, {street}", f"{rng.choice(HOUSE_NAMES)}"]), kind


class Birth:
    def __init__(self, rng: random.Random):
        self.year = rng.randrange(1958, 2007)
        self.month = rng.randrange(1, 13)
        self.day = rng.randrange(1, 29)
        self.age = 2026 - self.year - (1 if (self.month, self.day) > (12, 5) else 0)

    def digits(self, rng: random.Random) -> str:
        d, m, y = self.day, self.month, self.year
        return rng.choice(
            [
                f"{d:02d}/{m:02d}/{y}",
                f"{d}/{m}/{y % 100:02d}",
                f"{y}-{m:02d}-{d:02d}",
                f"{d:02d}.{m:02d}.{y}",
                f"{d:02d}-{m:02d}-{y % 100:02d}",
                f"{d}/{m:02d}/{y}",
                f"{d:02d}{m:02d}{y % 100:02d}",
                f"{d}.{m}.{y}",
            ]
        )

    def month_form(self, rng: random.Random) -> str:
        d, mon, y = self.day, MONTHS[self.month - 1], self.year
        return rng.choice(
            [
                f"{d} {mon} {y}",
                f"{d}{suffix(d)} {mon} {y}",
                f"{mon} {d}, {y}",
                f"{d:02d} {mon[:3]} {y}",
                f"{d}{suffix(d)} of {mon} '{y % 100:02d}",
                f"{d}-{mon[:3]}-{y % 100:02d}",
                f"{mon[:3]} {d} {y}",
            ]
        )

    def words(self, rng: random.Random) -> str:
        d, mon, y = self.day, MONTHS[self.month - 1], self.year
        if y >= 2000:
            yw = rng.choice(
                [
                    f"two thousand and {words(y - 2000)}",
                    f"two thousand {words(y - 2000)}",
                    f"twenty oh {words(y - 2000)}",
                ]
            )
            if y >= 2010:
                yw = rng.choice(
                    [f"twenty {words(y - 2000)}", f"two thousand and {words(y - 2000)}"]
                )
        else:
            yy = y - 1900
            tail = words(yy, hyphen=rng.random() < 0.5) if yy >= 10 else f"oh {ONES[yy]}"
            yw = rng.choice([f"nineteen {tail}", tail]) if yy >= 10 else f"nineteen {tail}"
        return rng.choice(
            [
                f"the {ordinal(d)} of {mon} {yw}",
                f"{mon} the {ordinal(d)}, {yw}",
                f"{ordinal(d)} {mon} {yw}",
                f"the {ordinal(d)} of {mon}, {yw}",
                f"{ordinal(d)} of the {ordinal(self.month)} {yw}",
            ]
        )


# --------------------------------------------------------------------------- document
SLOT = re.compile(r"\{([^{}]+)\}")


class Doc:
    def __init__(self, rng: random.Random, style: str):
        self.rng = rng
        self.style = style
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[dict[str, object]] = []
        self.decoys: list[dict[str, object]] = []
        self.people: dict[str, Person] = {}
        self.used: set[str] = set()
        self.birth = Birth(rng)

    # -- low level
    def add(self, text: str) -> None:
        self.parts.append(text)
        self.pos += len(text)

    def span(self, text: str, kind: str, form: str, entity: str | None = None) -> None:
        start = self.pos
        self.add(text)
        record: dict[str, object] = {"start": start, "end": self.pos, "type": kind, "form": form}
        if entity:
            record["entity"] = entity
        self.spans.append(record)

    def decoy(self, text: str, kind: str) -> None:
        start = self.pos
        self.add(text)
        self.decoys.append({"start": start, "end": self.pos, "kind": kind})

    def person(self, key: str, gender: str = "") -> Person:
        if key not in self.people:
            wordname = self.rng.random() < 0.07
            self.people[key] = Person(self.rng, key, self.used, wordname, gender)
        return self.people[key]

    def sentence_start(self) -> bool:
        tail = "".join(self.parts[-6:])[-2:]
        return not tail or tail[-1] == "\n" or tail in (". ", "> ", "* ", "! ", "? ", ": ", "| ")

    # -- templates
    def fill(self, template: str) -> None:
        # a misspelling is only a `typo` beside a correct spelling; one later in the
        # same template counts (as in "{p1.typo} = {p1.full}?")
        for key in re.findall(r"\{(p\d+)[mf]?\.typo\}", template):
            if re.search(
                r"\{" + key + r"[mf]?\.(full|first|sur|surfirst|rank|rankfull)\}", template
            ):
                self.person(key).mentioned = True
        pos = 0
        for m in SLOT.finditer(template):
            self.add(template[pos : m.start()])
            self.slot(m.group(1))
            pos = m.end()
        self.add(template[pos:])

    def line(self, template: str = "") -> None:
        self.fill(template + "\n")

    def person_slot(self, key: str, form: str) -> None:
        upper = form.endswith("!U")
        lower = form.endswith("!l")
        form = form.removesuffix("!U").removesuffix("!l")
        gender = key[-1] if key[-1] in "mf" else ""
        p = self.person(key.rstrip("mf"), gender)
        rng = self.rng

        def emit(text: str, label_form: str) -> None:
            if upper:
                text = text.upper()
            if lower:
                text = text.lower()
            self.span(text, "PERSON", label_form, p.key)
            if label_form != "typo":
                p.mentioned = True

        if form == "typo" and not p.mentioned:
            form = "full"
        if form == "dim" and not p.dim:
            form = "first"
        if form == "full":
            emit(p.full, "full")
        elif form == "first":
            emit(p.first, "first")
        elif form == "sur":
            emit(p.sur, "sur")
        elif form == "dim":
            emit(p.dim, "dim")
        elif form == "init":
            emit(p.initial(), "init")
        elif form == "surfirst":
            emit(p.surfirst(), "surfirst")
        elif form == "fi":
            emit(p.handle(), "fi")
        elif form == "typo":
            emit(p.typo(), "typo")
        elif form == "spell":
            emit(p.spelled(p.sur), "spell")
        elif form == "spellfirst":
            emit(p.spelled(p.first), "spell")
        elif form == "broken":
            emit(f"{p.first}\n{p.sur}", "broken")
        elif form == "label":
            text, label_form = p.label()
            emit(text, label_form)
        elif form == "rank":
            self.add(p.rank + " ")
            emit(p.sur, "rank")
        elif form == "rankfull":
            self.add(p.rank + " ")
            emit(p.full, "full")
        elif form == "dr":
            self.add("Dr ")
            emit(p.sur, "title")
        elif form == "title":
            self.add(p.title + " ")
            if rng.random() < 0.35:
                emit(p.full, "title")
            else:
                emit(p.sur, "title")
        elif form == "email":
            self.span(p.email(), "EMAIL", "plain")
        elif form == "email_w":
            self.span(email_words(rng, p.email()), "EMAIL", "words")
        elif form == "rankword":
            self.decoy(p.rank, "rank")
        elif form in ("he", "his", "him"):
            word = {"he": ("he", "she"), "his": ("his", "her"), "him": ("him", "her")}[form]
            text = word[0] if p.gender == "m" else word[1]
            self.add(text.capitalize() if self.sentence_start() else text)
        else:
            raise ValueError(form)

    def slot(self, name: str) -> None:
        rng = self.rng
        if name.startswith("~"):
            kind, _, text = name[1:].partition(":")
            self.decoy(text or rng.choice(DECOYS[kind]), kind)
            return
        if name.startswith("@"):
            self.add(rng.choice(name[1:].split("|")))
            return
        m = re.fullmatch(r"(p\d+[mf]?)\.(.+)", name)
        if m:
            self.person_slot(m.group(1), m.group(2))
            return
        if name == "phone":
            self.span(phone_digits(rng), "PHONE", "digits")
        elif name == "phone_w":
            self.span(phone_words(rng), "PHONE", "words")
        elif name == "email":
            fake = Person(rng, "x", set(self.used), False)
            self.span(fake.email(), "EMAIL", "plain")
        elif name == "email_w":
            fake = Person(rng, "x", set(self.used), False)
            self.span(email_words(rng, fake.email()), "EMAIL", "words")
        elif name == "svc":
            self.span(service_number(rng)[0], "SERVICE_NUMBER", "digits")
        elif name == "svc_w":
            self.span(service_words(rng), "SERVICE_NUMBER", "words")
        elif name == "nhs":
            self.span(nhs_digits(rng), "NHS_NUMBER", "digits")
        elif name == "nhs_w":
            self.span(nhs_words(rng), "NHS_NUMBER", "words")
        elif name == "ni":
            self.span(ni_number(rng), "NI_NUMBER", "digits")
        elif name == "sort":
            self.span(sort_code(rng), "BANK_ACCOUNT", "sort_code")
        elif name == "acct":
            self.span(account(rng), "BANK_ACCOUNT", "account")
        elif name == "iban":
            self.span(iban(rng), "BANK_ACCOUNT", "iban")
        elif name == "dob":
            self.span(self.birth.digits(rng), "DATE_OF_BIRTH", "digits")
        elif name == "dob_m":
            self.span(self.birth.month_form(rng), "DATE_OF_BIRTH", "month")
        elif name == "dob_w":
            self.span(self.birth.words(rng), "DATE_OF_BIRTH", "words")
        elif name == "age":
            self.span(str(self.birth.age), "AGE", "digits")
        elif name == "age_w":
            self.span(words(self.birth.age, hyphen=rng.random() < 0.6), "AGE", "words")
        elif name == "age_kid":
            self.span(str(rng.randrange(2, 18)), "AGE", "digits")
        elif name == "age_kid_w":
            self.span(words(rng.randrange(2, 18)), "AGE", "words")
        elif name == "age2":
            self.span(str(rng.randrange(19, 80)), "AGE", "digits")
        elif name == "age2_w":
            self.span(words(rng.randrange(19, 80), hyphen=rng.random() < 0.6), "AGE", "words")
        elif name == "pc":
            text, form = postcode(rng)
            self.span(text, "POSTCODE", form)
        elif name == "addr":
            text, form = address(rng)
            self.span(text, "ADDRESS", form)
        elif name == "town":
            self.span(rng.choice(TOWNS), "LOCATION", "town")
        elif name in ("base", "abbr", "garrison"):
            kind = {"base": "base", "abbr": "abbreviation", "garrison": "garrison"}[name]
            self.span(rng.choice(BASES[kind]), "BASE", kind)
        elif name == "abbrpair":
            abbr, full = rng.choice(BASE_PAIRS)
            if rng.random() < 0.5:
                self.span(abbr, "BASE", "abbreviation")
                self.add(rng.choice([" (", " ", ", "]))
                self.span(full, "BASE", "base")
                self.add(")" if self.parts[-2] == " (" else "")
            else:
                self.span(full, "BASE", "base")
                self.add(" (")
                self.span(abbr, "BASE", "abbreviation")
                self.add(")")
        elif name == "anybase":
            kind = rng.choice(["base", "base", "abbreviation", "garrison"])
            self.span(rng.choice(BASES[kind]), "BASE", kind)
        elif name == "unit":
            kind = rng.choice(sorted(UNITS))
            self.span(rng.choice(UNITS[kind]), "UNIT", kind)
        elif name.startswith("unit:"):
            kind = name[5:]
            self.span(rng.choice(UNITS[kind]), "UNIT", kind)
        else:
            raise ValueError(name)

    def some(self, pool: list[str], k: int, sep: str = " ") -> None:
        """Fill k distinct templates from pool, joined by sep."""
        for i, template in enumerate(self.rng.sample(pool, min(k, len(pool)))):
            if i:
                self.add(sep)
            self.fill(template)

    def finish(self, doc_id: str, lower: bool = False, wrap: int = 0) -> dict[str, object]:
        text = "".join(self.parts)
        if lower:
            lowered = text.lower()
            if len(lowered) == len(text):
                text = lowered
        if wrap:
            text = hard_wrap(text, wrap)
        spans = sorted(self.spans, key=lambda s: (s["start"], s["end"]))
        decoys = sorted(self.decoys, key=lambda s: (s["start"], s["end"]))
        return {
            "id": doc_id,
            "format": "txt",
            "style": self.style,
            "text": text,
            "spans": spans,
            "decoys": decoys,
        }


def hard_wrap(text: str, width: int) -> str:
    """Turn some spaces into newlines (offsets unchanged), as a mail client would."""
    chars = list(text)
    col, last_space = 0, -1
    for i, ch in enumerate(chars):
        if ch == "\n":
            col, last_space = 0, -1
            continue
        if ch == " ":
            last_space = i
        col += 1
        if col > width and last_space >= 0:
            chars[last_space] = "\n"
            col = i - last_space
            last_space = -1
    return "".join(chars)


# --------------------------------------------------------------------------- styles
EMAIL_BODY = [
    "As discussed, {p1.init} (that's {p1.full}, not the other {p1.sur} in {unit}) has asked for {p1.his} file.",
    "{p1.first} was {age_w} last week - the card from the troop went to {p1.his} mum's in {town}.",
    "D.O.B. on the form reads {dob_w}; JPA has {dob}. Same date, different ink.",
    "If it helps, my personal mobile is {phone} and I'm at {base} until {~weekday}.",
    "The {~word:sandy} patch by the gate at {garrison} has flooded again, so meet at the Spar.",
    "{p4.surfirst} has taken over from me as {p1.first}'s point of contact while I'm on leave for {~count}.",
    "{p1.he}'s in {p1.his} {~agerange} and has three children, the youngest {age_kid}.",
    "For the avoidance of doubt, {p1.his} surname is spelled {p1.spell} - the council keep getting it wrong.",
    "{p1.full} rang - {p1.he} gave {p1.his} new number as {phone_w}, I've written it down as best I could.",
    "The old file has {p1.him} as {p1.typo}, which is why the search found nothing for {p1.full}.",
    "{p1.he} read {p1.his} service number out to me as {svc_w}; could you check it against {~product}?",
    "Welcome tea was {~placeword} and {~placeword} - {~service} knows how to do a morale event.",
    "{p1.first} did {p1.his} training at {abbrpair} and was then posted to {unit}.",
    "The grant will be paid to IBAN {iban} (our reference {~ref}) within {~count}.",
    "Old address was {addr}, {town} {pc}; new one is {addr}, {town} {pc}.",
    "Just to confirm, that's {email_w} for the personal address - I've read it back to {p1.him} twice.",
    "His NHS number, read to me over the phone, was {nhs_w}.",
    "We've also had a note from {p4.broken} about the same case.",
    "Posting order: {unit} at {anybase} until {~month}, then {unit} at {garrison}.",
    "Bank: sort code {sort}, account no. {acct}.",
    "Personal mobile {phone}, work {phone}.",
    "Just following up on {p1.first}'s resettlement paperwork - {p1.he} says the bank details on {~product} are still the old ones (sort code {sort}, account {acct}).",
    "I spoke with {p3.rankfull} from {unit} this morning and {p3.he} is happy to act as a referee.",
    "{p1.first} can be reached on {phone} most afternoons, or via {p1.email} if that's easier.",
    "For the record {p1.his} service number is {svc} and {p1.he} left {~service} in {~month}.",
    "Could you chase {p4.title} at the housing office? {p4.he} has had the file for {~count}.",
    "Attached is the form {~ref} - please check the address, {addr}, {town} {pc}, is current.",
    "Apparently {p1.dim} (as everyone at {anybase} calls {p1.him}) has been using {~product} which seems to help.",
    "I'll be frank, the chain of command didn't move on this until {p3.rank} got involved. (I mean {~word:frank} as in honest, not a person!)",
    "{p1.he} is {age} and was born {dob_m}, so the age criteria for the scheme are met.",
    "Their IBAN for the grant is {iban} - please don't forward this outside the team.",
    "{p3.sur} said {p1.first} was posted to {unit} at {anybase} before the move to {garrison}.",
    "Spoke to {p1.his} partner {p5.full} ({p5.email}) who asked that we ring the landline, {phone}.",
    "The {~word:bill} for the storage unit is overdue; {p1.first} asked if the fund can cover it.",
    "NHS number for the GP letter: {nhs}. NI number: {ni}.",
    "Can someone in {unit} confirm {p1.init} is the same person as {p1.surfirst} on the nominal roll?",
    "{~signoff} for turning this round in {~count}, I know it was short notice.",
    "{p1.first} mentioned {p1.his} old oppo {p6.full} from {unit:ship} might also want to speak to us.",
    "There's a {~word:grace} period on the rent arrears until {~weekday}.",
    "I have {~word:will} power in short supply on {~weekday}s, so let's aim for {~weekday} instead.",
    "Apologies - I wrote {p1.typo} in the last email, it should of course be {p1.sur}.",
]
QUOTED = [
    "> Sorry - my personal email is {email_w}.",
    "> Posting to {unit} at {base} confirmed.",
    "> Can you send over {p1.first}'s details before {~weekday}?",
    "> {p1.rank} has moved to {anybase} so the address we hold may be wrong.",
    "> Mob for {p1.him} is {phone} if needed.",
    "> {~signoff}, {p2.first}",
    "> I think {p4.full} in welfare knows the family.",
    "> {p1.he} turned {age_w} last {~month} - does that affect the pension forecast?",
    "> The {~product} login isn't working for {p1.him}.",
]


def style_email(doc: Doc) -> None:
    rng = doc.rng
    doc.line("From: {p2.full} <{p2.email}>")
    doc.line("To: {p1.email}" + ("; {email}" if rng.random() < 0.4 else ""))
    doc.line(
        "Subject: "
        + rng.choice(
            [
                "RE: RE: resettlement grant",
                "Fwd: housing",
                "Referral follow-up",
                "RE: catch up",
                "Update",
            ]
        )
    )
    doc.line(
        f"Sent: {rng.choice(DECOYS['weekday'])} {rng.randrange(1, 28)} "
        f"{rng.choice(MONTHS)} 2026 {rng.randrange(7, 19):02d}:{rng.randrange(60):02d}"
    )
    doc.add("\n")
    doc.line(
        "{~greet:"
        + rng.choice(["Hi", "Hello", "Dear", "Morning", "Hiya", "Afternoon"])
        + "} {p1.label},"
    )
    doc.add("\n")
    doc.some(EMAIL_BODY, rng.randrange(3, 6), "\n\n")
    doc.add("\n\n")
    doc.line("{~signoff},")
    doc.line("{p2.first}")
    doc.add("\n")
    doc.line("--")
    doc.line("{p2.rankfull}")
    doc.line(
        rng.choice(
            [
                "Unit Welfare Officer",
                "Personnel Recovery Officer",
                "Veterans Adviser",
                "Resettlement Clerk",
            ]
        )
        + " | {unit}"
    )
    doc.line("{anybase}")
    doc.line(rng.choice(["Mob: ", "M: ", "Tel ", "Mil: "]) + "{phone}")
    if rng.random() < 0.5:
        doc.line("Please consider the environment before printing this e-mail.")
    doc.add("\n")
    doc.line("On " + rng.choice(DECOYS["weekday"]) + ", {p1.full} <{p1.email}> wrote:")
    doc.some(QUOTED, rng.randrange(2, 4), "\n>\n")
    doc.add("\n")


CASE_ENTRIES = [
    "SU states {p1.he} is '{age_w} going on ninety'. Mood low but engaging.",
    "Wrote to SU at {addr}; copy to {p4.title} at the housing association in {town}.",
    "SU tells me friends from {unit} call {p1.him} '{p1.dim}'.",
    "Rang {p2.full} at {anybase}: confirmed the dates {p1.first} served there.",
    "SU in {p1.his} {~agerange}; lives alone since the separation.",
    "SU asked us to contact {p1.his} brother-in-law, {p6m.full}, on {phone_w}.",
    "Called SU ({p1.full}). New mobile given verbally: {phone_w}.",
    "DWP letter addressed to '{p1.typo}' - SU {p1.full} asked us to chase the correction.",
    "SU recited service number from memory: {svc_w}.",
    "SU trained at {abbrpair}; later served with {unit} and {unit}.",
    "Grant approved; paid to IBAN {iban}.",
    "SU now at {addr}, {pc} ({town}). Landline {phone}.",
    "SU gave email verbally as {p1.email_w}.",
    "Discussed case with {p3.broken} at {anybase}; agreed plan.",
    "Old unit ({unit}) confirmed dates of service; service number {svc} on file.",
    "SU's NHS number read out: {nhs_w}.",
    "SU's DOB given as {dob_w} (matches record).",
    "Tel call to SU. {p1.first} reports sleep still poor; using {~product} app nightly. Next review in {~count}.",
    "Home visit to {addr}, {town}. {p1.he} was alone; partner {p2.first} at work.",
    "SU disclosed debt of approx. £2,300. Agreed to contact creditor. Bank: sort {sort} acct {acct}.",
    "Letter from GP ({p3.dr}) received, scanned to file. NHS no. confirmed as {nhs}.",
    "SU asked that we use {p1.his} nickname {p1.dim} in future contact.",
    "Spoke to {p4.rankfull}, {unit}, re: character reference. {p4.he} will email from {p4.email}.",
    "SU was {age_w} on {p1.his} last birthday; eligible for the over-25 housing route.",
    "Attempted call to {phone} - no answer. Left message. {~word:Will} try {~weekday}.",
    "{p1.surfirst} added to the waiting list for the {~product} group ({~count} wait).",
    "SU gave alt. mobile verbally: {phone_w}.",
    "Confirmed service no. verbally as {svc_w}; matches JPA record.",
    "SU's sister {p5f.full} ({p5.he} lives in {town}) is emergency contact, tel {phone}.",
    "SU described {p1.his} time at {anybase} with {unit} as 'the best {~count} of my life'.",
    "Case discussed at MDT. {p3.init} to lead on mental health, {p4.init} on housing.",
    "SU spelled surname for the council form: {p1.spell}.",
    "Council wrote to SU as '{p1.typo}'; asked them to correct to {p1.sur}.",
    "SU said {p1.he} 'had a {~word:bill} from the water board the size of a phone number'.",
    "Referral accepted by Combat Stress. {~signoff} noted to SU's brother {p6.first}.",
    "SU moving to {addr}, {town}, {pc} from {~month}.",
    "NI number provided: {ni}. DOB re-confirmed: {dob}.",
]


def style_casenote(doc: Doc) -> None:
    rng = doc.rng
    doc.line(
        "CASE MANAGEMENT RECORD - "
        + rng.choice(["Veterans' Welfare", "Unit Welfare", "Personnel Recovery", "Housing Support"])
    )
    doc.line("Case ref: {~ref}")
    doc.line("Service user: {p1.surfirst}")
    doc.line(
        rng.choice(["DOB: {dob}", "D.O.B.: {dob}", "Date of birth: {dob_m}", "DoB {dob}"])
        + rng.choice(["", " (age {age})", " - {age} yrs"])
    )
    if rng.random() < 0.7:
        doc.line("Service no: {svc}   Unit: {unit}")
    if rng.random() < 0.6:
        doc.line("Address: {addr}, {town}, {pc}")
    if rng.random() < 0.5:
        doc.line("NI: {ni}    NHS: {nhs}")
    doc.line("Phone: {phone}" + ("   Email: {p1.email}" if rng.random() < 0.5 else ""))
    doc.line("Case worker: {p2.full}")
    doc.add("\n")
    for template in rng.sample(CASE_ENTRIES, rng.randrange(4, 8)):
        day, month = rng.randrange(1, 29), rng.randrange(1, 13)
        doc.add(
            f"{day:02d}/{month:02d}/2026 {rng.randrange(8, 18):02d}:{rng.randrange(60):02d} "
            + rng.choice(["- ", "| ", ""])
        )
        doc.fill(template)
        opener = rng.choice([" (", " - "])
        doc.add(opener)
        doc.fill("{p2.init}" if rng.random() < 0.5 else "{p2.first}")
        doc.add(")\n" if opener == " (" else "\n")


MINUTE_ITEMS = [
    "{p3.first} noted that {p1.init} had transferred from {unit} to {unit} in {~month}.",
    "The member confirmed {p1.his} date of birth as {dob_m} and current age as {age}.",
    "{p2.sur} thanked {p5.first} for the paper. ({~signoff:Thanks} recorded.)",
    "It was agreed to {~word:mark} the case as priority.",
    "Postings to date: {unit} ({base}), {unit} ({garrison}), {unit:ship}.",
    "Correspondence address: {addr}, {town}, {pc}; telephone {phone}.",
    "For the record the member spelled {p1.his} surname {p1.spell}.",
    "{p1.first} read {p1.his} service number into the record as {svc_w}.",
    "The member's course at {abbrpair} was deferred for {~count}.",
    "The address held on JPA ({addr}, {town}, {pc}) was confirmed as out of date.",
    "Bank details for the relocation grant: sort code {sort}, account {acct}; IBAN {iban} for the overseas transfer.",
    "Service number {svc} and NI number {ni} to be quoted on all correspondence.",
    "It was noted that the posting from {unit} at {anybase} to {unit} at {garrison} was made at short notice.",
    "The member is {age_w} (DOB {dob}) and within the age limits for the course at {abbr}.",
    "A letter from {p6.broken} (GP) was read into the record.",
    "Contact details: mobile {phone}, personal e-mail {email}.",
    "The member's spouse works at {base} and the family lives in {town} ({pc}).",
    "{p2.first} summarised the case of {p1.rankfull} ({unit}), currently on sick leave for {~count}.",
    "The panel noted that {p1.sur} had been at {anybase} since {~month} and had asked for a posting nearer {town}.",
    "{p3.title} asked whether {p1.first}'s line manager, {p4.rank}, had been consulted. {p2.first} confirmed {p4.he} had.",
    "It was agreed that the grievance raised by {p1.init} would be heard by an officer outside {unit}.",
    "{p1.first} stated that {p1.he} is {age} and would prefer to complete {p1.his} engagement rather than transfer.",
    "{p5.surfirst} (Federation rep) requested that the minutes record {p1.sur}'s objection in full.",
    "Members were reminded that {~product} is available to all staff; no names to be recorded in the log.",
    "The chair asked the note-taker to correct the spelling of {p1.typo} to {p1.full} throughout.",
    "Contact number for {p1.first} during leave: {phone}.",
    "{p3.first} pointed out that the {~word:bill} for the removal had been paid twice.",
    "{p4.rank} will meet {p1.first} on {~weekday} at {garrison}.",
    "To be {~word:frank}, the panel felt the timeline was unrealistic; {p2.sur} agreed.",
    "A welfare referral for {p1.his} daughter, {p6f.first}, aged {age_kid}, was noted.",
    "Employee's HR reference is {~ref}; service number {svc} to be added to the record.",
    "{p3.dim} will draft the letter; {p2.first} to sign it.",
    "{p1.first} had served on {unit:ship} and later {unit} before joining the section.",
    "The panel will reconvene in {~count}. {~signoff} to all for attending.",
]


def style_minutes(doc: Doc) -> None:
    rng = doc.rng
    doc.line(
        rng.choice(
            [
                "MINUTES OF CASE REVIEW MEETING",
                "HR Meeting - Notes",
                "Record of Formal Meeting (Stage 2)",
                "Attendance Review Minutes",
            ]
        )
    )
    doc.line(
        f"Date: {rng.randrange(1, 29)} {rng.choice(MONTHS)} 2026   Location: {rng.choice(['Room 3', 'Teams', 'HQ Building 4'])}"
    )
    doc.line("Present: {p2.full} (Chair), {p3.title} (HR Business Partner), {p1.rankfull}")
    if rng.random() < 0.6:
        doc.line("Apologies: {p4.rankfull}")
    doc.line("Note-taker: {p7.full}")
    doc.add("\n")
    for n, template in enumerate(rng.sample(MINUTE_ITEMS, rng.randrange(5, 9)), start=1):
        doc.add(f"{n}. ")
        doc.line(template)
    doc.add("\n")
    doc.line("Actions:")
    doc.line("- {p2.init} to write to {p1.sur} within {~count}.")
    if rng.random() < 0.6:
        doc.line("- {p3.first} to book the {~product} follow-up.")


CALL_LINES = [
    "Caller gave DOB as {dob_w}, then corrected to the same date in digits, {dob}.",
    "Caller, a {age}-year-old ex-{p1.rankword}, wants help with a PIP form.",
    "Caller's dog is called {~word:Rose} - mentioned several times, not a person.",
    "Caller's phone kept dropping; landline given as {phone}.",
    "Lives with {p1.his} mum near {garrison}; caller is in {p1.his} {~agerange}.",
    "Said 'ask for {p4.dim}' when ringing the unit, i.e. {p4.full}.",
    "Partner's name spelled for me: {p2.spell}.",
    "Asked caller to spell it again: {p1.spell}.",
    "Caller said the number again slowly: {phone_w}.",
    "Served in {~service}; said {p1.his} number was {svc_w} - 'you never forget it'.",
    "DBS letter was addressed to {p1.typo}; caller ({p1.first}) wants it corrected.",
    "Trained at {abbrpair} in the nineties, then {unit}.",
    "Caller's e-mail, spelled out: {email_w}.",
    "Caller asked for the grant to go to IBAN {iban}.",
    "Was posted from {unit} at {base} to {unit} at {garrison}.",
    "Had moved from {town} to {addr}, {town} {pc}.",
    "Caller read out NHS number as {nhs_w}.",
    "Caller said partner {p7.broken} had also been in touch.",
    "Caller {p1.first} rang from {town}; said {p1.he} is {age_w} and has not worked since leaving {unit}.",
    "Verified ID: DOB {dob} and last four of service number.",
    "Caller gave DOB as {dob_w}.",
    "Caller read out mobile as {phone_w}.",
    "Caller gave service number as {svc_w}.",
    "Says {p1.his} partner {p2.full} wants a call back on {phone}.",
    "Worried about {p1.his} mate {p3.rank} who was at {anybase} with {p1.him}.",
    "Mentioned {p3.dim} again - same person as earlier, {p3.full}.",
    "Has a {~word:bill} from the council for £1,100; will send a photo.",
    "Gave {~helpline} and {~product} details. Caller had used {~product} before.",
    "Email given over the phone: {p1.email_w}.",
    "Spelled name for records: {p1.spellfirst}, surname {p1.spell}.",
    "NHS number quoted: {nhs_w}.",
    "NI number: {ni}.",
    "Lives at {addr}, {town}, postcode {pc}.",
    "Caller {~word:will} ring back {~weekday}. Agreed next call in {~count}.",
    "Served on {unit:ship} then {unit}; medically discharged after {~count} at {anybase}.",
    "Caller asked for {p4.title} who {p1.he} spoke to last time.",
    "Caller's son {p5m.first} ({age_kid}) answered first and passed the phone over.",
    "Caller sounded calmer by the end; said '{~signoff}' and rang off.",
]


def style_calllog(doc: Doc) -> None:
    rng = doc.rng
    doc.line(
        rng.choice(
            ["WELFARE LINE - CALL LOG", "Welfare Officer call record", "Duty welfare phone log"]
        )
    )
    doc.line("Officer: {p6.rankfull}   Shift: " + rng.choice(["early", "late", "nights"]))
    doc.add("\n")
    calls = rng.randrange(2, 4)
    for n in range(1, calls + 1):
        doc.line(
            f"Call {n} | {rng.randrange(7, 23):02d}:{rng.randrange(60):02d} | "
            + rng.choice(["inbound", "outbound", "inbound (transfer)"])
            + " | "
            + rng.choice(["{p1.full}", "{p1.surfirst}", "{p1.rank}"])
        )
        for template in rng.sample(CALL_LINES, rng.randrange(3, 6)):
            doc.add("  * ")
            doc.line(template)
        doc.line(
            f"  Outcome: {rng.choice(['advice given', 'referred', 'call back booked', 'no further action'])}"
        )
        doc.add("\n")
        if n < calls:
            # the next call is about somebody else
            old = doc.people.pop("p1")
            doc.people[f"old{n}"] = old
            doc.people.pop("p2", None)
            doc.people.pop("p3", None)
            for key in ("p1", "p2", "p3"):
                doc.person(key)
            _rekey(doc, n)


def _rekey(doc: Doc, n: int) -> None:
    """People of an earlier call keep distinct entity keys from the new ones."""
    for key in ("p1", "p2", "p3"):
        doc.people[key].key = f"c{n + 1}{key}"


FG_TURNS = [
    "{~signoff:Thanks}, yeah. I'd agree with that.",
    "Honestly? To be {~word:frank}, no.",
    "At the {~word:dawn} parade I'd be thinking, what am I doing here.",
    "I'm {age2}. No - {age2}, I had a birthday.",
    "We lost {p9m.full} in {~month}. {p9m.first}'s mum still rings me.",
    "I was in my {~agerange}, thought I was invincible.",
    "There was a sergeant, {p9m.rank}, and nobody could say his name right.",
    "Have some {~word:faith} in people, my nan used to say.",
    "Born in {town}, trained at {abbr}, {unit}, {unit}, then {base}. That's me.",
    "We're at {addr} now, {town}, {pc}. Council house. It's fine.",
    "I was {age2} and my daughter was {age_kid} when we got posted to {garrison}.",
    "It's {p9m.spellfirst} {p9m.spell}, he'd hate me getting it wrong.",
    "We called him {p9m.dim}. {p9m.full}. Everybody knew {p9m.first}... well, {p9m.typo}, the clerks never got it right.",
    "I still know my number. {svc_w}. Drilled into you.",
    "If you want a chat after, I'm on {phone_w}.",
    "Tea was {~placeword}, every single day, for {~count}.",
    "Did my training at {abbrpair}. Loved it, hated it.",
    "Me and {p8.first} were in the same troop at {abbrpair}.",
    "I did {~count} at {base}, then {unit}, then {unit:ship}. Then out.",
    "We were living in {town} and then quarters at {garrison}, which, yeah.",
    "I'm from {town} originally. Went back there, {addr}, same street as my nan.",
    "My lad's {age_kid_w} now and he's asking about joining {unit}.",
    "I was {age2} when I left, {age2} now. Nothing's changed.",
    "{abbr} then {unit:commando}, {unit:formation}, the lot.",
    "Honestly my number's on the sheet, {phone}, if anyone wants to ring.",
    "You could email me, {email_w}, I'll be about.",
    "My NHS number is {nhs_w}, I know it off by heart because of all the forms.",
    "I was with {unit} at {anybase}, so, you know, the usual.",
    "Same. Well, not the same, I was {unit:ship}, but yeah.",
    "My corporal back then, {p9m.rank}, he was the one who told me about {~product}.",
    "{~signoff}, that's - yeah. That's helpful.",
    "I'm {age2_w}, I've got two kids, and I still don't know what I want to do.",
    "When I got out I moved back to {town}, back in with my mum.",
    "{p2.first} - sorry, can I come in there? - {p2.first} makes a good point about the {~count}.",
    "I'll be {~word:frank} with you, the resettlement was a tick-box.",
    "{~word:Mark} my words, they'll cut that scheme next year.",
    "There was a lad, {p9m.full}, from {town}, he didn't make it. I think about {p9m.first} a lot.",
    "Honestly {~rank} was great. It was the system that wasn't.",
    "We did {~count} at {garrison} and then straight out on tour.",
    "I rang {~helpline} once. Just once. It did help.",
    "Yeah, {p3.dim} knows, {p3.he} was there.",
    "I'd say give it {~count} before you judge it.",
    "We had a {~word:grace} period on the quarter and then the bill came in.",
    "You'd ring the welfare and get {p10f.title}, every time, lovely woman.",
    "Thing is, {~service} looks after its own, until it doesn't.",
    "My wife is {age2}, she's been carrying all of it.",
    "I was at {abbr} for my training, then posted to {unit}.",
]


def style_focusgroup(doc: Doc) -> None:
    rng = doc.rng
    fac = rng.choice(["Facilitator", "FAC", "INT", "Moderator", "Researcher", "R1"])
    doc.line(
        rng.choice(
            [
                "Focus group 3 - transition experiences",
                "FG02 transcript (cleaned)",
                "Focus group: families and welfare",
                "Group session 4 - partial",
            ]
        )
    )
    doc.line(
        rng.choice(["Participants: ", "Present: ", "Attendees: "])
        + "{p1.full}, {p2.full}, {p3.full}"
        + (", {p4.full}" if rng.random() < 0.5 else "")
    )
    doc.add("\n")
    roles = rng.random() < 0.6  # some transcripts use SPEAKER_nn / P1 labels only
    speakers = ["p1", "p2", "p3"] + (["p4"] if "p4" in doc.people else [])
    numbers = {s: i for i, s in enumerate(speakers, start=1)}
    doc.decoy(fac, "role")
    doc.add(": ")
    doc.line(
        rng.choice(
            [
                "Thanks everyone for coming. Shall we start with where you served?",
                "OK so just to start, tell me a bit about leaving.",
                "Let's go round the room. Keep it to a minute or so.",
            ]
        )
    )
    pending_p8 = False
    for template in rng.sample(FG_TURNS, rng.randrange(6, 11)):
        s = rng.choice(speakers)
        if roles:
            label = rng.choice(
                [f"SPEAKER_{numbers[s]:02d}", f"P{numbers[s]}", f"Participant {numbers[s]}"]
            )
            doc.decoy(label, "role")
        else:
            doc.fill("{" + s + ".label}")
        doc.add(": ")
        if "p8." in template:
            pending_p8 = True
        doc.line(template)
        if rng.random() < 0.3:
            doc.decoy(fac, "role")
            doc.add(": ")
            doc.line(
                rng.choice(
                    [
                        "Mm-hm.",
                        "Can you say more about that?",
                        "{~signoff:Thanks}. Anyone else?",
                        "And how long ago was that?",
                        "Who was that, sorry - {p8.first}?",
                        "Go on.",
                    ]
                )
            )
    if pending_p8 and rng.random() < 0.5:
        doc.decoy(fac, "role")
        doc.add(": ")
        doc.line("Just for the tape, {p8.sur} is spelled {p8.spell}?")


VTT_LINES = [
    "My name? {p1.full}. {p1.first} to my friends, {p1.dim} to my mum.",
    "{~signoff:Thanks} for asking, nobody does.",
    "{~word:Grace} period's over on the quarter now, so.",
    "At {base}, credit to them, they were good to me.",
    "Born on the... {dob_w}. There you go.",
    "Couldn't tell you the postcode, but it's {addr} in {town}.",
    "Oh, {p6.first}. {p6.full}. Went by {p6.dim}.",
    "I was at {garrison}, then {unit}, then nothing.",
    "I'm in my {~agerange}, I shouldn't be this tired.",
    "My mate {p6.broken} still has my old email, {email_w}.",
    "That's {p6.spell}. Yeah, with the hyphen if there is one.",
    "My number's {phone_w}, if you need to follow up.",
    "Service number, yeah: {svc_w}.",
    "{p5.full}, the letters always said {p5.typo}, drove {p5.him} mad.",
    "Trained at {abbrpair}, then {unit}.",
    "I was at {base} and then {unit}, you know.",
    "We moved to {town}, {addr}, near the barracks.",
    "It's {email_w}, all lower case.",
    "NHS number, hang on... {nhs_w}.",
    "I did basic at {abbr}, then {unit:battalion}.",
    "My postcode? {pc}. Why?",
    "I'm {age_w}. Don't look it, do I?",
    "Ring me on {phone}, it's easier.",
    "Born {dob_m} in {town}.",
    "I joined {unit} straight from {abbr}.",
    "Yeah, I was born in {town}, {dob_w}.",
    "I'm {age}, if that matters.",
    "We were at {anybase}, {unit}, proper busy.",
    "My sergeant, {p5m.rank}, he sorted it.",
    "{~signoff}, honestly.",
    "It took {~count} to get a GP appointment.",
    "Mum still lives at {addr}, {town}.",
    "{p5.first} used to say we'd all end up back in {town}.",
    "I used {~product} for a bit. It was alright.",
    "I'll give you my number, it's {phone_w}.",
    "Service number? {svc_w}. Still know it by heart.",
    "Well, it's {p1.spell}, people always get it wrong.",
    "To be {~word:frank}, I don't miss it.",
    "I don't {~word:bill} myself as a veteran, you know?",
    "{p6.full} was my section commander, top bloke.",
    "Then {p6.first} got posted to {garrison} and we lost touch.",
    "I turned {age_w} in {~month}.",
    "It was {~rank} who called me in.",
]


def _timestamp(rng: random.Random, t: float, srt: bool) -> str:
    h, rem = divmod(t, 3600)
    m, s = divmod(rem, 60)
    ms = int((s - int(s)) * 1000)
    sep = "," if srt else "."
    return f"{int(h):02d}:{int(m):02d}:{int(s):02d}{sep}{ms:03d}"


def style_vtt(doc: Doc) -> None:
    rng = doc.rng
    srt = rng.random() < 0.35
    interviewer = rng.choice(["Interviewer", "INT", "Researcher", "Speaker 1", "SPEAKER_00"])
    # a third of transcripts label the participant by role only; the name is in the speech
    participant = rng.choice(["P1", "Participant", "SPEAKER_01", "Respondent", "R"])
    anonymous = rng.random() < 0.35

    def speaker() -> None:
        if anonymous:
            doc.decoy(participant, "role")
        else:
            doc.fill("{p1.label}")

    if not srt:
        doc.line("WEBVTT")
        doc.add("\n")
    t = rng.uniform(0, 30)
    for n, template in enumerate(rng.sample(VTT_LINES, rng.randrange(6, 11)), start=1):
        end = t + rng.uniform(2, 9)
        if srt:
            doc.line(str(n))
        doc.line(f"{_timestamp(rng, t, srt)} --> {_timestamp(rng, end, srt)}")
        t = end + rng.uniform(0.1, 2)
        who = rng.random()
        if who > 0.6:
            doc.line(template)
            doc.add("\n")
            continue
        if srt:
            if who < 0.3:
                doc.decoy(interviewer, "role")
                doc.add(": ")
                doc.line(
                    rng.choice(
                        ["And where was that?", "OK.", "Right, go on.", "How old were you then?"]
                    )
                )
                doc.add("\n")
                continue
            speaker()
            doc.add(": ")
            doc.line(template)
        else:
            if who < 0.3:
                doc.add("<v ")
                doc.decoy(interviewer, "role")
                doc.add(">")
                doc.line(
                    rng.choice(
                        [
                            "And where was that?",
                            "OK.",
                            "Right, go on.",
                            "Can you spell that for me?",
                        ]
                    )
                )
                doc.add("\n")
                continue
            doc.add("<v ")
            speaker()
            doc.add(">")
            doc.fill(template)
            doc.line("</v>" if rng.random() < 0.4 else "")
        doc.add("\n")


SURVEY_ANSWERS = [
    "i was {age2} when i joined {unit} and {age2} when i left. no one asked how i was",
    "please pass this to {p1.full} at {anybase}",
    "{~word:sandy} road to {garrison} was the worst {~count} of my life",
    "in my {~agerange}, divorced, no job. thats the outcome",
    "my DOB is {dob_w} and they still got it wrong",
    "{p1.init} was my CO and he was decent",
    "{p1.broken} helped me more than anyone",
    "{p6.full} at {anybase} was a legend. thank you {p6.typo} if ur reading this",
    "my service number was {svc_w} lol still know it",
    "call me {phone_w}",
    "{~service} was my family for {~count}",
    "training at {abbrpair} was the best bit, after that downhill",
    "address for the voucher: {addr}, {town}, {pc}",
    "{unit} then {unit}. {base} both times",
    "from {town}. was at {garrison} for {~count}",
    "im {age_w} and feel ancient",
    "email me {email_w}",
    "pls send form to {addr} {pc}",
    "my nhs number is {nhs} - the GP never got my records from {base}",
    "phone {phone} (after 6)",
    "My NI number is {ni} if that helps with the pension",
    "was in {unit:squadron} at {base}, now live in {town}",
    "the {~placeword} at the families day was the best thing about {garrison} lol",
    "my welfare officer {p1.first} was brilliant tbh, rang me evry week",
    "dont really want to say but i was at {anybase} with {unit} and it was grim",
    "im {age} now and still waiting on the pension forcast",
    "{p1.rank} at {garrison} was the only one who listned",
    "used {~product} a couple of times, not for me",
    "i moved to {town} after i left, no support there at all",
    "{p1.dim} from the unit got me sorted with a job",
    "if you want to talk to me my numbers {phone}",
    "email me {p1.email} if you need more",
    "email is {p1.email_w} (dont want to write it properly lol)",
    "waited {~count} for a call back",
    "the padre was good. {~rank} less so",
    "mark my words nothing will change",
    "{p4f.sur} was my LSO and shes amazing, {p4.typo} if u spell it wrong like JPA does",
    "I was a {age2}-year-old single mum living at {addr} with no help",
    "the {~word:bill} for the house move was never paid back",
    "{~placeword} in the NAAFI was the highlight of my week honestly",
    "n/a",
    "too many to list. {~count} of being passed around",
    "my husband {p2m.full} served with {unit} and he'd say the same",
    "they had my dob wrong ({dob}) on JPA for years",
    "Born {dob_m}, joined straight from school, out at {age2}. say no more",
    "i'd {~word:hope} its better now",
    "ring {p5f.full} at the RBL in {town}, she saved me",
    "posted to {unit:ship} then {unit:squadron} - zero welfare on either",
    "got a leter addressed to {p1.surfirst} at {addr}, {town} {pc}... i moved 2 yrs ago",
    "my service no is {svc} if you need to check anything",
]


def style_survey(doc: Doc) -> None:
    rng = doc.rng
    q = rng.choice(
        [
            "Q14. Is there anything else you would like to tell us about leaving the service?",
            "Q7 (optional): Who or what helped you most?",
            "Free text - comments",
            "Q22. Any other comments?",
        ]
    )
    doc.line(q)
    for template in rng.sample(SURVEY_ANSWERS, rng.randrange(2, 5)):
        doc.fill(template)
        doc.add(rng.choice([". ", " ", "\n", "!! ", "... "]))
    doc.add("\n")


INCIDENT_OPENER = "At approx 2140 hrs {p1.rank} reported that {p2.full} had left the accommodation block without signing out."
INCIDENT_NARRATIVE = [
    "{p2.first} is {age_w} and has been in {unit} for {~count}.",
    "{p5.surfirst} drove {p2.first} back from {town} at 0140 hrs.",
    "{p3.init} informed {p2.his} next of kin by phone ({phone}).",
    "Movements that evening: {base} gate at 1930 hrs, a taxi to {town}, then {addr}.",
    "The taxi firm in {town} gave a contact number of {phone} for the driver's log.",
    "{p2.sur} gave {p2.his} service number verbally as {svc_w}.",
    "The guardroom log records the name as {p2.typo}; the correct spelling is {p2.sur}.",
    "The individual's home address is {addr}, {town}, {pc}; the family were informed by telephone on {phone}.",
    "Vehicle registered to {addr}, {town}.",
    "{p2.his} parents were informed; they live in {town}.",
    "The individual's NI number ({ni}) was used to trace the hire car.",
    "An entry was made in the guardroom log by {p7.broken}.",
    "{p2.sur} was later located by the guard at the main gate of {anybase}.",
    "{p3.rankfull} and {p4.rank} attended. {p4.sur} administered first aid.",
    "{p2.first} stated that {p2.he} was {age_w} today and 'just wanted a drink with the lads'.",
    "The duty officer was informed at 2215 hrs; {~rank} attended.",
    "Witness {p5.full} ({unit}) corroborates the timings.",
    "{p2.surfirst}'s next of kin is {p6.full}, tel {phone}.",
    "The individual's service number is {svc} and {p2.he} is attached from {unit}.",
    "Civil police from {town} attended; log {~ref}.",
    "{p2.first} was taken to the medical centre at {garrison}; NHS number {nhs}.",
    "{p1.sur} noted that {p2.sur} had mentioned money worries; a {~word:bill} for £900 was found in {p2.his} room.",
    "No further action was taken overnight. Review within {~count}.",
    "The block CCTV was reviewed by {p3.init}.",
    "{p2.dim} (as {p2.he} is known to peers) had been reported missing once before, in {~month}.",
    "{p5.first} said {p2.first} had been using {~product} and seemed fine on {~weekday}.",
]


def style_incident(doc: Doc) -> None:
    rng = doc.rng
    doc.line(
        rng.choice(
            [
                "INCIDENT REPORT",
                "Serious Incident Notification (SIN)",
                "Occurrence report - Form 510",
            ]
        )
    )
    doc.line("Ref: {~ref}")
    doc.line("Unit: {unit}    Location: {anybase}")
    doc.line(
        "Reported by: {p1.rankfull}, " + rng.choice(["Guard Commander", "Duty NCO", "Block NCO"])
    )
    doc.line("Subject: {p2.surfirst}   DOB: {dob}   Age: {age}")
    if rng.random() < 0.5:
        doc.line("Home address: {addr}, {town} {pc}")
    doc.add("\n")
    doc.line("Narrative:")
    doc.fill(INCIDENT_OPENER)
    for template in rng.sample(INCIDENT_NARRATIVE, rng.randrange(4, 8)):
        doc.add(" " if rng.random() < 0.6 else "\n")
        doc.fill(template)
    doc.add("\n\n")
    doc.line("Signed: {p1.init}")


REFERRAL_BODY = [
    "{p1.he} is in {p1.his} {~agerange} and lives with {p1.his} partner in {town}.",
    "{p1.first} served for {~count} with {unit}, most recently at {garrison}.",
    "{p1.his} DOB is recorded as {dob}; please note {p1.he} is {age_w}.",
    "{p1.he} asks that letters go to {addr}, {town}, {pc}, not the address above.",
    "{p1.he} served at {base} and {anybase} with {unit} and {unit}.",
    "{p1.his} service number is {svc} and NI number {ni}.",
    "{p1.he} has recently moved from {town} and the practice has {p1.his} old address as {addr}.",
    "I have discussed the referral with {p7.broken} at the surgery.",
    "I would be grateful if you could see {p1.first}, a {age}-year-old former {p1.rankword} who served with {unit}.",
    "{p1.he} left {~service} {~count} ago and has struggled since moving to {town}.",
    "{p1.first} reports low mood and poor sleep over the past {~count}.",
    "{p1.his} partner, {p2.full}, is supportive and may attend appointments.",
    "{p1.he} was previously seen at {base} by {p3.dr}.",
    "{p1.he} is happy to be contacted on {phone} or by email at {p1.email}.",
    "{p1.he} tells me {p1.he} has tried {~product} and found it of limited use.",
    "Please note {p1.he} prefers to be called {p1.dim}.",
    "There are no current safeguarding concerns; {p1.his} daughter {p4f.first} ({age_kid}) lives with {p1.him}.",
    "Service number for records access: {svc}.",
    "{p1.he} said {p1.he} {~word:will} attend a group if offered.",
]


def style_referral(doc: Doc) -> None:
    rng = doc.rng
    doc.line(
        rng.choice(
            [
                "Veterans' Mental Health Service",
                "Op COURAGE (South West)",
                "Defence Primary Healthcare",
                "Community Mental Health Team",
            ]
        )
    )
    doc.line("{addr}")
    doc.line("{town}")
    doc.line("{pc}")
    doc.add("\n")
    doc.line(f"{rng.randrange(1, 29)} {rng.choice(MONTHS)} 2026")
    doc.add("\n")
    doc.line("Dear {p5.title},")
    doc.add("\n")
    doc.line("Re: {p1.full}" + rng.choice([", DOB {dob}", " (DOB {dob_m})", " - born {dob_w}"]))
    doc.line("    NHS No: {nhs}" + (" | NI: {ni}" if rng.random() < 0.5 else ""))
    doc.line("    {addr}, {town}, {pc}")
    doc.add("\n")
    doc.some(REFERRAL_BODY, rng.randrange(4, 8), " ")
    doc.add("\n\n")
    doc.line("Yours sincerely,")
    doc.add("\n")
    doc.fill("Dr ")
    doc.line("{p6.full}")
    doc.line(rng.choice(["GP Partner", "Medical Officer", "Consultant Psychiatrist"]))
    doc.line("cc: {p1.surfirst}")


TEAMS_MSGS = [
    "{p1.first} is {age}, not {age2} - fixed",
    "{~word:Bill} for the van hire is in the shared drive",
    "{p3.he}'s in {p3.his} {~agerange} ffs, not a kid",
    "who's {p5.dim}? oh {p5.full}, got it",
    "{unit} at {base} -> {unit} at {garrison}, dates on the tracker",
    "postcode is {pc} not {pc}",
    "NHS {nhs} / NI {ni}",
    "DOB {dob}, so {age}",
    "spelling for the form: {p1.spell}",
    "{p4.full} called, number given as {phone_w} - can someone check that's right",
    "{p4.typo} = {p4.full}? think JPA has a typo",
    "svc no read out as {svc_w}, matches",
    "{p1.first} is at {abbrpair} on a course this week",
    "new address {addr}, {town} {pc}",
    "{unit} say {p1.he}'s still on their books at {base}",
    "GP wants the NHS no. - it's {nhs}",
    "NI {ni}",
    "IBAN for the grant: {iban}",
    "landline {phone}",
    "svc no {svc}",
    "posted {garrison} -> {base} in {~month}",
    "email {email}",
    "{~placeword} in the kitchen if anyone wants it",
    "{~greet} all, has anyone got a number for {p1.first}?",
    "it's {phone}",
    "cheers {p2.label}",
    "{p1.sur} is at {anybase} this week fyi",
    "who's covering {p3.rank}'s cases while {p3.he}'s off?",
    "me for {~count}",
    "can someone pass {p1.dim} the {~product} link",
    "done",
    "{~signoff}",
    "does {p1.init} = {p1.full}? two on the list",
    "yes same person, {p1.he} changed name",
    "{p4.full} from {unit} wants a callback",
    "{p4.first} said {p4.he}'s free {~weekday}",
    "email {p4.email} not the old one",
    "who typed {p1.typo} in the tracker lol, it's {p1.sur}",
    "that'd be me 🙃",
    "{~word:Will} do",
    "moving {p1.first}'s move to {addr}, {town} {pc} to the housing channel",
    "sort code {sort} acc {acct} - can you check that's the one on JPA",
    "pinged {p3.fi}",
    "{p1.first}'s DOB is {dob} btw, system has it wrong",
    "{p4.he}'s {age2} not {age2}",
    "anyone going to {garrison} {~weekday}? need a lift",
    "meeting in {~product} at 1400",
    "+1",
    "{~word:Frank} conversation with the OC earlier, will update",
]


def style_teams(doc: Doc) -> None:
    rng = doc.rng
    layout = rng.randrange(3)
    doc.line(
        rng.choice(
            [
                "Welfare cell - chat export",
                "Teams: Case team (General)",
                "Chat with 4 people",
                "#welfare-coord",
            ]
        )
    )
    doc.add("\n")
    speakers = ["p2", "p3", "p5"]
    for template in rng.sample(TEAMS_MSGS, rng.randrange(6, 11)):
        who = rng.choice(speakers)
        hh, mm = rng.randrange(8, 18), rng.randrange(60)
        if layout == 0:
            doc.add(f"[{hh:02d}:{mm:02d}] ")
            doc.fill("{" + who + ".fi}: ")
        elif layout == 1:
            doc.fill("{" + who + ".fi}")
            doc.add(f"  {hh % 12 or 12}:{mm:02d} {'AM' if hh < 12 else 'PM'}\n")
        else:
            doc.fill("{" + who + ".full} ")
            doc.add(f"({hh:02d}:{mm:02d}): ")
        doc.fill(template)
        if rng.random() < 0.1:
            doc.add(" (edited)")
        doc.add("\n")


STYLES = [
    ("email", style_email, 55),
    ("casenote", style_casenote, 55),
    ("minutes", style_minutes, 40),
    ("calllog", style_calllog, 50),
    ("focusgroup", style_focusgroup, 45),
    ("vtt", style_vtt, 50),
    ("survey", style_survey, 70),
    ("incident", style_incident, 45),
    ("referral", style_referral, 50),
    ("teams", style_teams, 40),
]


def build() -> str:
    rng = random.Random(SEED)
    plan = [name for name, _, n in STYLES for _ in range(n)]
    rng.shuffle(plan)
    makers = {name: maker for name, maker, _ in STYLES}
    lines = []
    for i, name in enumerate(plan, start=1):
        doc = Doc(rng, name)
        makers[name](doc)
        lower = (name == "survey" and rng.random() < 0.5) or (
            name == "teams" and rng.random() < 0.25
        )
        wrap = 72 if name in ("casenote", "referral", "incident") and rng.random() < 0.3 else 0
        record = doc.finish(f"dev2-{i:04d}", lower=lower, wrap=wrap)
        lines.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
    return "\n".join(lines) + "\n"


def stats(text: str) -> str:
    from collections import Counter

    types: Counter[str] = Counter()
    forms: Counter[str] = Counter()
    decoys: Counter[str] = Counter()
    styles: Counter[str] = Counter()
    for line in text.splitlines():
        doc = json.loads(line)
        styles[doc["style"]] += 1
        for s in doc["spans"]:
            types[s["type"]] += 1
            forms[f"{s['type']}/{s['form']}"] += 1
        for d in doc["decoys"]:
            decoys[d["kind"]] += 1
    out = []
    for title, counter in (
        ("style", styles),
        ("type", types),
        ("type/form", forms),
        ("decoy kind", decoys),
    ):
        out.append(f"| {title} | count |\n|---|---|")
        out.extend(f"| {k} | {v} |" for k, v in sorted(counter.items()))
        out.append(f"| total | {sum(counter.values())} |\n")
    return "\n".join(out)


def main(argv: list[str]) -> int:
    text = build()
    if "--check" in argv:
        same = CORPUS.read_text(encoding="utf-8") == text
        print("corpus.jsonl reproduced" if same else "corpus.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        print(stats(text))
        return 0
    CORPUS.write_text(text, encoding="utf-8", newline="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
