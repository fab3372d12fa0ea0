"""Build the dev10 scrub tuning corpus: exported messages where people call each other by
nicknames, initials and half-names.

Usage (Python 3.11, standard library only):

    python generate.py            # writes ../corpus.jsonl
    python generate.py --check    # rebuilds in memory and compares with the file
    python generate.py --stats    # the counts SOURCE.md shows

Every piece of text is appended through ``Doc``; a label or decoy is recorded as its text is
appended, so offsets are exact by construction and nothing edits the text afterwards. A
document that breaks a rule (a person named more than six times, a word of someone's name
left unlabelled, a decoy that is a word of someone's name) is thrown away and drawn again
from the same seeded stream.
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
from dataclasses import dataclass
from pathlib import Path

SEED = 20261212
PER_STYLE = 150
STYLES = ("whatsapp", "teams", "sms", "rota", "email")
OUT = Path(__file__).resolve().parents[1] / "corpus.jsonl"

# --------------------------------------------------------------------------------------
# Name pools (written for this corpus). First names: (name, diminutives).

MALE = {
    "english": [
        ("Gareth", ["Gaz"]), ("Kevin", ["Kev"]), ("Barry", ["Baz"]), ("Darren", ["Daz"]),
        ("Jonathan", ["Jonno"]), ("Daniel", ["Dan", "Danny"]), ("Michael", ["Mick", "Mikey"]),
        ("Christopher", ["Chris"]), ("Stephen", ["Steve"]), ("Anthony", ["Tony", "Ant"]),
        ("Robert", ["Rob", "Bob"]), ("Thomas", ["Tom", "Tommy"]), ("Jason", ["Jay"]),
        ("Matthew", ["Matt"]), ("Andrew", ["Andy"]), ("Nathan", ["Nate"]),
        ("Benjamin", ["Ben"]), ("Craig", []), ("Wayne", []), ("Dean", []), ("Liam", []),
        ("Joseph", ["Joe"]), ("Alexander", ["Alex"]), ("Terence", ["Tel"]),
        ("Lee", []), ("Richard", ["Rich"]), ("Nicholas", ["Nick"]), ("Philip", ["Phil"]),
    ],
    "scottish": [
        ("Alasdair", ["Ali"]), ("Hamish", []), ("Callum", ["Cal"]), ("Fraser", []),
        ("Euan", []), ("Angus", ["Gus"]), ("Ruairidh", ["Rory"]), ("Gregor", ["Greg"]),
    ],
    "irish": [
        ("Ciarán", []), ("Seán", []), ("Declan", ["Dec"]), ("Eoin", []), ("Cormac", []),
        ("Niall", []), ("Pádraig", ["Podge"]), ("Diarmuid", []),
    ],
    "welsh": [
        ("Dafydd", ["Dai", "Dafs"]), ("Rhys", []), ("Gethin", ["Geth"]), ("Iwan", []),
        ("Emyr", []), ("Llywelyn", ["Llew"]), ("Aled", []), ("Huw", []),
    ],
    "polish": [
        ("Wojciech", ["Wojtek"]), ("Krzysztof", ["Krzysiek"]), ("Tomasz", ["Tomek"]),
        ("Paweł", []), ("Łukasz", []), ("Grzegorz", ["Grzesiek"]), ("Piotr", ["Piotrek"]),
    ],
    "nigerian": [
        ("Chukwuemeka", ["Emeka"]), ("Oluwatunde", ["Tunde"]), ("Olusegun", ["Segun"]),
        ("Adebayo", ["Bayo"]), ("Obinna", ["Obi"]), ("Ikechukwu", ["Ike"]), ("Chinedu", []),
    ],
    "ghanaian": [
        ("Kwame", []), ("Kofi", []), ("Kwabena", ["Kobby"]), ("Yaw", []), ("Kwaku", []),
        ("Ekow", []), ("Kojo", []),
    ],
    "nepali": [
        ("Bishnu", []), ("Dil", []), ("Hari", []), ("Ramesh", []), ("Suraj", []),
        ("Dipendra", ["Dipen"]), ("Bhim", []), ("Kamal", []), ("Yam", []),
    ],
    "fijian": [
        ("Josefa", ["Jo"]), ("Sakiusa", ["Saki"]), ("Inoke", []), ("Jone", []),
        ("Tevita", ["Tev"]), ("Viliame", ["Vili"]), ("Apisai", ["Api"]), ("Waisea", []),
    ],
    "south_asian": [
        ("Rajinder", ["Raj"]), ("Gurpreet", ["Gurps"]), ("Sukhwinder", ["Sukhi"]),
        ("Harjit", ["Harj"]), ("Imran", ["Immy"]), ("Arjun", []), ("Vikram", ["Vik"]),
        ("Sanjay", ["Sanj"]),
    ],
    "caribbean": [
        ("Delroy", ["Del"]), ("Winston", ["Winnie"]), ("Desmond", ["Des"]), ("Clive", []),
        ("Errol", []), ("Tyrone", ["Ty"]), ("Marlon", []), ("Courtney", []),
    ],
    "chinese": [
        ("Wei", []), ("Jun", []), ("Hao", []), ("Zhiwei", []), ("Ming", []), ("Jian", []),
        ("Kai", []),
    ],
    "arabic": [
        ("Youssef", ["Yus"]), ("Abdullah", ["Abdi"]), ("Khalid", []), ("Omar", []),
        ("Tariq", []), ("Samir", []), ("Hassan", []),
    ],
}  # fmt: skip
FEMALE = {
    "english": [
        ("Margaret", ["Mags", "Maggie"]), ("Rebecca", ["Bex", "Becky"]), ("Sharon", ["Shaz"]),
        ("Stephanie", ["Steph"]), ("Elizabeth", ["Liz", "Lizzie"]), ("Jennifer", ["Jen"]),
        ("Victoria", ["Vicky", "Tori"]), ("Samantha", ["Sam"]), ("Catherine", ["Cath"]),
        ("Nicola", ["Nicky"]), ("Deborah", ["Debs"]), ("Joanne", ["Jo"]), ("Hayley", []),
        ("Gemma", ["Gem"]), ("Jessica", ["Jess"]), ("Charlotte", ["Lottie"]),
        ("Natalie", ["Nat"]), ("Amanda", ["Mandy"]), ("Patricia", ["Trish"]),
        ("Kimberley", ["Kim"]), ("Lauren", []), ("Danielle", ["Dani"]),
    ],
    "scottish": [
        ("Catriona", ["Cat"]), ("Morag", []), ("Eilidh", []), ("Kirsty", []), ("Isla", []),
        ("Mhairi", []),
    ],
    "irish": [
        ("Siobhán", ["Shiv"]), ("Aoife", []), ("Niamh", []), ("Gráinne", []),
        ("Róisín", []), ("Orla", []), ("Ciara", []),
    ],
    "welsh": [
        ("Rhiannon", ["Rhi"]), ("Angharad", []), ("Cerys", []), ("Siân", []),
        ("Bethan", ["Beth"]), ("Ffion", []), ("Nia", []),
    ],
    "polish": [
        ("Katarzyna", ["Kasia"]), ("Małgorzata", ["Gosia"]), ("Aleksandra", ["Ola"]),
        ("Agnieszka", ["Aga"]), ("Magdalena", ["Magda"]), ("Joanna", ["Asia"]),
        ("Zofia", ["Zosia"]),
    ],
    "nigerian": [
        ("Oluwaseun", ["Seun"]), ("Adaeze", ["Ada"]), ("Folasade", ["Sade"]), ("Ngozi", []),
        ("Oluwakemi", ["Kemi"]), ("Funmilayo", ["Funmi"]), ("Temitope", ["Tope"]),
    ],
    "ghanaian": [
        ("Akosua", []), ("Efua", []), ("Abena", []), ("Adwoa", []), ("Esi", []),
        ("Afua", []), ("Yaa", []),
    ],
    "nepali": [
        ("Sita", []), ("Anjali", []), ("Sunita", []), ("Kamala", []), ("Pratima", []),
        ("Bimala", []), ("Sabina", []),
    ],
    "fijian": [
        ("Mere", []), ("Litia", []), ("Salote", []), ("Ana", []), ("Miliakere", ["Mili"]),
        ("Adi", []), ("Unaisi", ["Una"]),
    ],
    "south_asian": [
        ("Priyanka", ["Priya"]), ("Harpreet", ["Harps"]), ("Parminder", ["Pam"]),
        ("Balvinder", ["Bal"]), ("Nusrat", []), ("Ayesha", []), ("Shabnam", ["Shab"]),
    ],
    "caribbean": [
        ("Marcia", []), ("Beverley", ["Bev"]), ("Sharmaine", ["Shar"]), ("Paulette", []),
        ("Jacqueline", ["Jackie"]), ("Yvonne", []), ("Claudette", []),
    ],
    "chinese": [
        ("Mei", []), ("Xin", []), ("Yan", []), ("Hui", []), ("Ling", []), ("Xiu", []),
    ],
    "arabic": [
        ("Layla", []), ("Amira", []), ("Noor", []), ("Yasmin", ["Yas"]), ("Huda", []),
        ("Rania", []), ("Fatima", []),
    ],
}  # fmt: skip
# Surnames: (surname, nickname tied to it or None).
SURNAMES = {
    "english": [
        ("Miller", "Dusty"), ("Smith", "Smudge"), ("White", "Chalky"), ("Clark", "Nobby"),
        ("Bell", "Dinger"), ("Wilson", "Tug"), ("Martin", "Pincher"), ("Collins", "Jumper"),
        ("Warren", "Bunny"), ("Gray", "Dolly"), ("Wright", "Shiner"), ("Walker", "Hooky"),
        ("Turner", "Topsy"), ("Taylor", "Buck"), ("Wood", "Timber"), ("Brown", "Buster"),
        ("Harris", "Bomber"), ("Parker", "Nosey"), ("Robinson", "Robbo"),
        ("Thompson", "Tommo"), ("Henderson", "Hendo"), ("Wilkinson", "Wilko"),
        ("Atkinson", "Atko"), ("Fletcher", None), ("Bradshaw", None), ("Pearson", None),
        ("Hollis-Barker", None), ("Ashby-Cole", None), ("Rowntree", None), ("Kershaw", None),
    ],
    "scottish": [
        ("MacLeod", None), ("Campbell", None), ("McAllister", "Macca"), ("Stewart", None),
        ("Munro", None), ("Buchanan", None), ("Sinclair", None), ("Drummond", None),
    ],
    "irish": [
        ("Murphy", "Spud"), ("O'Brien", None), ("Doyle", None), ("Kavanagh", None),
        ("Fitzgerald", "Fitzy"), ("McCarthy", "Macca"), ("Byrne", None), ("Gallagher", None),
    ],
    "welsh": [
        ("Hughes", None), ("Jones", "Jonah"), ("Davies", "Davo"), ("Evans", None),
        ("Williams", "Bungy"), ("Morgan", "Rattler"), ("Pritchard", None), ("ap Rhys", None),
        ("Griffiths", "Griff"), ("Powell", None),
    ],
    "polish": [
        ("Wiśniewski", None), ("Kowalski", "Kowal"), ("Nowak", None),
        ("Lewandowski", "Lewy"), ("Wójcik", None), ("Zieliński", None),
    ],
    "nigerian": [
        ("Okafor", None), ("Adeyemi", None), ("Okonkwo", None), ("Balogun", None),
        ("Nwosu", None), ("Ogunleye", None), ("Oyelaran", None), ("Eze", None),
    ],
    "ghanaian": [
        ("Boateng", "Boaty"), ("Mensah", None), ("Asante", None), ("Owusu", None),
        ("Osei", None), ("Appiah", None), ("Agyeman", None), ("Ofori", None),
    ],
    "nepali": [
        ("Gurung", None), ("Rai", None), ("Limbu", None), ("Thapa", None),
        ("Tamang", None), ("Magar", None), ("Shrestha", None), ("Pun", None),
    ],
    "fijian": [
        ("Naivalu", None), ("Rokodi", None), ("Ratuvou", None), ("Waqa", None),
        ("Nasilasila", None), ("Baleiwai", None), ("Vunibaka", None), ("Koroi", None),
    ],
    "south_asian": [
        ("Patel", None), ("Singh", None), ("Kaur", None), ("Sandhu", None), ("Gill", None),
        ("Khan", None), ("Hussain", None), ("Sharma", None), ("Chaudhry", None),
    ],
    "caribbean": [
        ("Beckford", None), ("Lindo", None), ("McKenzie", "Macca"), ("Samuels", None),
        ("Gayle", None), ("Bailey", None), ("Francis", None), ("Campbell-Reid", None),
    ],
    "chinese": [
        ("Leung", None), ("Chen", None), ("Wong", None), ("Zhang", None), ("Liu", None),
        ("Cheung", None), ("Yeung", None), ("Tang", None),
    ],
    "arabic": [
        ("al-Amin", None), ("el-Sayed", None), ("Haddad", None), ("Nasser", None),
        ("Mansour", None), ("Khoury", None), ("Saleh", None), ("Aziz", None),
    ],
}  # fmt: skip
# Where the first name comes from, weighted a little towards the British and Irish pools as
# in a British unit; every pool still turns up in every style.
ORIGIN_WEIGHTS = {
    "english": 4, "scottish": 2, "irish": 1.5, "welsh": 2, "polish": 1, "nigerian": 1,
    "ghanaian": 1, "nepali": 1, "fijian": 1, "south_asian": 1, "caribbean": 1, "chinese": 1,
    "arabic": 1,
}  # fmt: skip
TIED_SURNAMES = [pair for pool in SURNAMES.values() for pair in pool if pair[1]]
ORIGIN_NICKS = {"welsh": "Taff", "scottish": "Jock"}
PLACE_NICKS = ["Geordie", "Scouse", "Brummie", "Yorkie"]
PERSONAL_NICKS = {
    "M": ["Lofty", "Tiny", "Ginge", "Spike", "Shorty", "Moose", "Chopper", "Stretch",
          "Tank", "Razor", "Smiler", "Gonzo", "Bungle", "Rocket"],
    "F": ["Ginge", "Shorty", "Tink", "Moo", "Bubbles", "Duchess", "Smiler", "Pocket"],
}  # fmt: skip

ARMY = [("Pte", "Private"), ("LCpl", "Lance Corporal"), ("L/Cpl", "Lance Corporal"),
        ("Cpl", "Corporal"), ("Sgt", "Sergeant"), ("SSgt", "Staff Sergeant"),
        ("CSgt", "Colour Sergeant"), ("WO2", "WO2"), ("2Lt", "Second Lieutenant"),
        ("Lt", "Lieutenant"), ("Capt", "Captain"), ("Maj", "Major"),
        ("Lt Col", "Lieutenant Colonel"), ("Mne", "Marine"), ("Gnr", "Gunner"),
        ("Spr", "Sapper"), ("Rfn", "Rifleman"), ("Tpr", "Trooper")]  # fmt: skip
NAVY = [("AB", "Able Seaman"), ("LH", "Leading Hand"), ("PO", "Petty Officer"),
        ("CPO", "Chief Petty Officer"), ("Lt Cdr", "Lieutenant Commander"),
        ("Cdr", "Commander"), ("Surg Lt", "Surgeon Lieutenant")]  # fmt: skip
RAF = [("SAC", "Senior Aircraftman"), ("Cpl", "Corporal"), ("Sgt", "Sergeant"),
       ("FS", "Flight Sergeant"), ("Fg Off", "Flying Officer"),
       ("Flt Lt", "Flight Lieutenant"), ("Sqn Ldr", "Squadron Leader"),
       ("Wg Cdr", "Wing Commander")]  # fmt: skip
TITLES = {"M": ["Mr"], "F": ["Mrs", "Ms", "Miss"]}
RANK_WORDS = sorted(
    {w.lower() for pair in ARMY + NAVY + RAF for part in pair for w in part.split()}
    | {"mr", "mrs", "ms", "miss", "dr"}
)

# Capital runs that are words, abbreviations or roles: no one's bare initials may be one.
_NOT_INITIALS = (
    "AM PM IT OK OC CO MO HR PT MT TV UK ED NB AP ID IS IN ON OF TO GO NO SO DO BE ME MY WE "
    "US AS AT BY HE IF OR UP AN OH HI HA EH OX YO LA MA PA PS GP QM RN RM MP PC SA DR MR MS "
    "LT ST RD TA CV DB GB HQ RE EU AB LH PO FS AA BA SE NE SW NW XO DJ TB AI OT IV GG "
    "JJ LL SS NN TBC FYI NCO RSM CSM SSM POC NOK AOB BTW LOL IDK NFA RTW COB WFH OOO BFT CFT "
    "LSP MFO ROP RAO UWO PTI DOB SMS MOD NHS RAF RFA HMS SNCO JNCO CQMS"
)
NOT_INITIALS = set(_NOT_INITIALS.split())

# --------------------------------------------------------------------------------------
# Values.

TOWNS = ["Tidworth", "Aldershot", "Catterick", "Colchester", "Plymouth", "Portsmouth",
         "Gosport", "Wrexham", "Hartlepool", "Swindon", "Andover", "Salisbury", "Lincoln",
         "Brecon", "Helensburgh", "Lisburn", "Wigan", "Sunderland", "Cardiff", "Inverness",
         "Blackpool", "Doncaster", "Stockport", "Kettering", "Telford", "Exeter", "Preston",
         "Paisley", "Swansea", "Carlisle"]  # fmt: skip
OUTWARD = ["SP9", "SP4", "SP11", "GU11", "GU12", "CO2", "PL1", "PL2", "PO1", "PO12", "DL9",
           "YO24", "IV31", "KY16", "HP14", "NG34", "LN5", "BA22", "EX8", "G84", "LD3",
           "BT28", "TA1", "OX18", "SN4", "CT21"]  # fmt: skip
STREETS = ["Wellington Road", "Church Street", "Victoria Avenue", "Station Road",
           "Queens Drive", "Kings Close", "Mill Lane", "Park View", "Elm Grove",
           "Nightingale Way", "Balaclava Road", "Alamein Close", "Arnhem Drive",
           "Ypres Road", "Somme Crescent", "Mons Avenue", "Meadow Way",
           "Orchard Close"]  # fmt: skip
BASES = {
    "base": ["Bulford Camp", "Larkhill Camp", "Lympstone", "RAF Brize Norton",
             "RAF Lossiemouth", "RAF Odiham", "Leuchars Station", "Dalton Barracks",
             "Kendrew Barracks", "Thiepval Barracks", "HMS Raleigh", "Stonehouse Barracks"],
    "abbreviation": ["CTCRM", "HMNB Devonport", "HMNB Clyde", "HMNB Portsmouth",
                     "RNAS Culdrose", "RNAS Yeovilton", "DMRC", "MOD Lyneham", "ATR Pirbright",
                     "DST Leconfield"],
    "garrison": ["Catterick Garrison", "Tidworth Garrison", "Aldershot Garrison",
                 "Colchester Garrison", "Bulford Garrison", "Edinburgh Garrison"],
}  # fmt: skip
UNITS = {
    "battalion": ["1 RIFLES", "2 PARA", "1 R WELSH", "2 RGR", "3 SCOTS", "1 YORKS",
                  "2 R ANGLIAN", "1 IG", "1 RRF", "4 RIFLES", "1 LANCS", "2 LANCS"],
    "regiment": ["26 Regt RA", "22 Engr Regt", "1 Regt RLC", "3 Regt AAC", "HCR",
                 "Royal Dragoon Guards", "32 Regiment RA",
                 "10 Queen's Own Gurkha Logistic Regiment",
                 "1 Close Support Regiment REME"],
    "commando": ["40 Commando", "42 Cdo", "45 Commando", "30 Cdo IX Gp", "29 Cdo RA",
                 "24 Cdo RE"],
    "formation": ["16 Air Assault Brigade", "3rd (UK) Division", "7 Light Mechanised Brigade",
                  "12 Armoured Brigade", "1st (UK) Division", "3 Cdo Bde", "4th Infantry Brigade"],
    "ship": ["HMS Albion", "HMS Somerset", "HMS Dauntless", "RFA Tidespring", "HMS Kent",
             "HMS Prince of Wales", "HMS Tyne", "HMS Duncan"],
    "squadron": ["IX(B) Squadron", "99 Squadron", "617 Sqn", "845 NAS", "XV Squadron",
                 "27 Squadron", "1 Sqn RAF Regt", "820 NAS"],
}  # fmt: skip
MAIL_DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com",
                "btinternet.com"]  # fmt: skip
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip
MON3 = [m[:3] for m in MONTHS]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"]  # fmt: skip
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
       7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth",
       13: "thirteenth", 14: "fourteenth", 15: "fifteenth", 16: "sixteenth",
       17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth",
       30: "thirtieth"}  # fmt: skip

# --------------------------------------------------------------------------------------
# Decoy pools: text that must survive scrubbing.

DECOYS = {
    "acronym": ["ETA", "ASAP", "TBC", "FYI", "OK", "PT", "AWOL", "POC", "R&R", "HR", "NOK",
                "AOB", "TBH", "BTW", "LOL", "IDK", "A&E", "MT", "NFA", "RTW", "SITREP", "ETD",
                "OOO", "WFH", "COB", "IIRC", "MATTs", "BFT", "CFT", "ROP", "MFO", "LSP"],
    "role": ["NCO", "OC", "CO", "RSM", "MO", "CSM", "QM", "2IC", "Adjt", "PTI", "SNCO",
             "JNCO", "padre", "welfare officer", "duty officer", "line manager", "chief clerk",
             "CQMS", "UWO", "RAO", "guard commander", "medic", "boss", "chef",
             "troop commander", "platoon sergeant", "clerk", "SSM", "RQ"],
    "product": ["WhatsApp", "Teams", "Outlook", "Strava", "JPA", "SharePoint", "Excel", "Zoom",
                "Uber", "Deliveroo", "Google Maps", "Snapchat", "Facebook", "Signal",
                "MODNET", "Defence Gateway", "Just Eat", "Trainline", "Combat Stress",
                "Headspace", "Vinted", "Rightmove", "Spotify"],
    "emoji": [":thumbsup:", ":joy:", ":+1:", ":fire:", ":beers:", ":pray:", "(y)", ":heart:",
              ":clap:", ":facepalm:", ":sweat_smile:", ":salute:", ":muscle:", ":eyes:"],
    "time": ["19:22", "0830", "half 7", "10ish", "7pm", "13:45", "0600", "1900", "9am",
             "quarter to 6", "midday", "22:10", "1630", "noon"],
    "count": ["3 of us", "2 crates", "12 people", "four bags", "6 vehicles", "20 chairs",
              "two pallets", "9 lads", "a dozen rolls", "15 places", "3 boxes", "5 spaces"],
    "money": ["£20", "£4.50", "£150", "a tenner", "£35", "£12.99", "£80", "a fiver", "£200",
              "£7"],
    "duration": ["2 weeks", "three days", "48 hrs", "a fortnight", "5 days", "ten mins",
                 "6 months", "an hour", "2 hrs", "a week", "36 hours", "four weeks"],
    "place_word": ["the mess", "the gym", "camp", "the block", "the cookhouse", "the NAAFI",
                   "stores", "the guardroom", "the MT yard", "the armoury", "the pool",
                   "the Sgts' Mess", "the Junior Ranks' club", "the car park"],
    "rank": ["the Sgt", "a Cpl", "the new Lt", "the sergeant major", "a lance jack",
             "the Capt", "the full screw", "the PO", "the Flt Lt", "the Major"],
    "service": ["the Army", "the RAF", "the Navy", "the Royal Navy", "the Marines",
                "the Reserves"],
    "team": ["Lads on Tour 24", "3 Coy Ops", "B Sqn Admin", "Family Chat", "Mess Committee",
             "Netball Girls", "Fantasy Football", "Ops Room", "Blue Watch", "Fitness Squad",
             "REME Reunion", "Old Sweats", "Wives and Partners", "Stag Do", "MT Section",
             "Cadre 2/24", "Ski Trip", "Signals Det", "Football Team"],
    "heading": ["Name", "Init", "Rank", "Date", "From", "To", "Days", "Type", "Svc No",
                "Course", "Time in", "Time out", "Duty Officer", "Duty Driver", "Remarks",
                "Auth", "Ser", "Sign", "Vehicle", "Day", "Shift", "Status", "Contact"],
    "shift": ["A/L", "R/D", "S/L", "N", "E", "L", "OFF", "Guard", "nights", "earlies",
              "lates", "0800-1700", "2x12s", "Duty", "Course", "Leave", "Sick"],
    "greet": ["Hi all", "Morning all", "Evening", "Hiya", "Alright", "Afternoon", "Hello",
              "Morning"],
    "signoff": ["Thanks", "Cheers", "Ta", "Regards", "Many thanks", "Kind regards", "Best",
                "Thanks in advance", "Cheers all"],
    "ref": ["JSP 770", "JSP 752", "JSP 375", "3COY/ADM/24/017", "INC0012345", "2024DIN01-123",
            "PAM 21", "AGAI 67", "Ref 41/B", "REQ-58812", "Ser 14"],
    "grade": ["OR-4", "OR-6", "OF-2", "Band 6", "SO2", "HEO", "EO", "C1", "B2", "OR-2", "AA"],
    "building": ["Bldg 112", "Rm 2.14", "B Block", "Hangar 3", "Bldg 5", "Rm 14", "C Block",
                 "Hut 7", "Bay 4", "Rm G.07"],
    "date": ["12/03", "Fri", "next Tue", "the 14th", "Monday", "tmrw", "Wed 6th",
             "end of month", "Sat", "21 Mar", "this Thurs"],
}  # fmt: skip
# Ordinary words that are names or nicknames elsewhere, each inside a phrase that uses it as a
# word. The word is the decoy.
WORD_PHRASES = [
    "who's paying the {=word:bill}?", "to be {=word:frank} it was grim",
    "{=word:Will} do", "need a {=word:jack} for the wheel",
    "kit's all {=word:dusty} from the range",
    "there's a {=word:smudge} on the screen", "{=word:mark} it on the board",
    "don't {=word:rob} the brew kit", "there's a {=word:grace} period till Fri",
    "I'll {=word:chase} it up", "they'll {=word:sue} the landlord", "{=word:hope} so",
    "I {=word:may} be late", "a {=word:tiny} bit late", "{=word:lofty} ideas",
    "big {=word:spike} in sick days", "got the {=word:grant} for the course",
    "a {=word:pat} on the back", "the {=word:ginger} cat's back", "it's a {=word:chalky} mess",
    "it's a bit {=word:dusty} in there", "{=word:frank} chat with the boss",
    "the {=word:will} is with the solicitor", "left a {=word:mark} on the wall",
    "{=word:chase} the stores", "the {=word:bill} came to {*money}", "{=word:smudge} of oil",
    "use the {=word:jack} in the boot", "say {=word:grace} before scoff lol",
    "bring a {=word:brolly}", "the {=word:duchess} of the mess lol",
]  # fmt: skip

# --------------------------------------------------------------------------------------


def fold(text: str) -> str:
    """ASCII letters of a name, for e-mail addresses and initials."""
    text = text.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii())


def number_words(n: int) -> str:
    if n < 20:
        return ONES[n]
    tens, ones = divmod(n, 10)
    return TENS[tens] + ("-" + ONES[ones] if ones else "")


@dataclass
class Person:
    first: str
    sur: str
    sex: str
    origin: str
    dims: list[str]
    nick: str | None
    middle: str | None
    rank: tuple[str, str] | None
    title: str
    call: str = ""
    call_form: str = "first"
    contact: str = ""
    contact_form: str = "first"
    contact_tail: str = ""
    email_addr: str = ""
    mentions: int = 0
    key: str = ""

    @property
    def dim(self) -> str | None:
        return self.dims[0] if self.dims else None

    def sur_letters(self) -> str:
        """The surname's initial(s): the main part after a particle, both parts if hyphenated."""
        main = re.sub(r"^(al-|el-|ap )", "", self.sur)
        return "".join(fold(p)[0].upper() for p in main.split("-"))

    def initials(self, three: bool = False) -> str:
        mid = self.middle if three and self.middle else ""
        return fold(self.first)[0].upper() + mid + self.sur_letters()

    def keys(self) -> set[str]:
        """Everything that must name this person alone in a document."""
        parts = {self.first, *self.dims, *re.split(r"[ -]", self.sur)}
        if self.nick:
            parts.add(self.nick)
        found = {fold(p).lower() for p in parts if len(p) > 1}
        found |= {self.initials().lower(), self.initials(True).lower()}
        found |= {
            f"{fold(n).lower()} {self.sur_letters()[0].lower()}" for n in [self.first, *self.dims]
        }
        return found


class Doc:
    """Text being written, with its labels recorded as each piece is appended."""

    def __init__(self, style: str) -> None:
        self.style = style
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[dict] = []
        self.decoys: list[dict] = []
        self.lower = False
        self.people: list[Person] = []

    def add(self, text: str) -> None:
        if self.lower:
            text = text.lower()
        self.parts.append(text)
        self.pos += len(text)

    def span(self, kind: str, text: str, form: str, person: Person | None = None) -> None:
        start = self.pos
        self.add(text)
        mark = {"type": kind, "start": start, "end": self.pos, "form": form}
        if person is not None:
            if not person.key:
                person.key = f"p{1 + sum(1 for p in self.people if p.key)}"
            person.mentions += 1
            mark["entity"] = person.key
        self.spans.append(mark)

    def decoy(self, kind: str, text: str) -> None:
        start = self.pos
        self.add(text)
        self.decoys.append({"start": start, "end": self.pos, "kind": kind})

    @property
    def text(self) -> str:
        return "".join(self.parts)


class Rejected(Exception):
    """The document broke a rule; draw it again."""


# --------------------------------------------------------------------------------------
# Casting.


def draw_person(rng: random.Random, style: str, service_share: float) -> Person:
    sex = rng.choice("MF") if rng.random() < 0.45 else "M"
    origin = rng.choices(list(ORIGIN_WEIGHTS), weights=list(ORIGIN_WEIGHTS.values()))[0]
    first, dims = rng.choice((MALE if sex == "M" else FEMALE)[origin])
    if rng.random() < 0.3:  # a surname that carries a service nickname
        sur, sur_nick = rng.choice(TIED_SURNAMES)
    else:
        sur_origin = origin if rng.random() < 0.85 else rng.choice(list(SURNAMES))
        sur, sur_nick = rng.choice(SURNAMES[sur_origin])
    if sex == "F" and sur.endswith("ski"):
        sur = sur[:-1] + "a"
    nick = None
    r = rng.random()
    if sur_nick and r < 0.75:
        nick = sur_nick
    elif r < 0.5:
        if origin in ORIGIN_NICKS and rng.random() < 0.5:
            nick = ORIGIN_NICKS[origin]
        elif rng.random() < 0.25:
            nick = rng.choice(PLACE_NICKS)
        else:
            nick = rng.choice(PERSONAL_NICKS[sex])
    middle = rng.choice("ABCDEFGHJKLMNPRSTW") if rng.random() < 0.4 else None
    rank = None
    if rng.random() < service_share:
        rank = rng.choice(rng.choice([ARMY, ARMY, ARMY, NAVY, RAF]))
    title = rng.choice(TITLES[sex])
    person = Person(first, sur, sex, origin, list(dims), nick, middle, rank, title)
    choices = [("first", first)] + [("dim", d) for d in dims] * 2
    if nick:
        choices += [("nick", nick)] * 3
    person.call_form, person.call = rng.choice(choices)
    if len(person.initials(True)) > 3 or person.initials(True)[1] in "AEIOU":
        person.middle = None
    three = person.initials(True)
    if person.initials() in NOT_INITIALS or three in NOT_INITIALS:
        raise Rejected("initials spell a word")
    if len(three) > 3 or (len(three) == 3 and three[1] in "AEIOU"):
        raise Rejected("initials look like a word")
    return person


def cast(rng: random.Random, style: str, count: int, service_share: float) -> list[Person]:
    people: list[Person] = []
    taken: set[str] = set()
    while len(people) < count:
        try:
            person = draw_person(rng, style, service_share)
        except Rejected:
            continue
        keys = person.keys()
        if keys & taken:
            continue
        taken |= keys
        people.append(person)
    return people


# --------------------------------------------------------------------------------------
# Rendering: templates with tokens.
#   {a:FORM}       person a (b, c...) in a form; FORM may end :U (upper) or :l (lower)
#   {*kind}        a decoy drawn from DECOYS[kind]
#   {=kind:text}   the given text as a decoy
#   {$value}       a labelled value (phone, age, dob, pc, town, base, unit, svc, addr...)
#   {~word}        a word phrase (a decoy word in a phrase)

TOKEN = re.compile(r"\{([^{}]+)\}")


class Writer:
    def __init__(self, rng: random.Random, doc: Doc) -> None:
        self.rng = rng
        self.doc = doc

    def render(self, template: str, roles: dict[str, Person]) -> None:
        pos = 0
        for match in TOKEN.finditer(template):
            self.doc.add(template[pos : match.start()])
            self.token(match.group(1), roles)
            pos = match.end()
        self.doc.add(template[pos:])

    def token(self, body: str, roles: dict[str, Person]) -> None:
        head = body[0]
        if head == "*":
            kind = body[1:]
            self.doc.decoy(kind, self.rng.choice(DECOYS[kind]))
        elif head == "=":
            kind, text = body[1:].split(":", 1)
            self.doc.decoy(kind, text)
        elif head == "$":
            self.value(body[1:], roles)
        elif head == "~":
            self.render(self.rng.choice(WORD_PHRASES), roles)
        else:
            letter, _, rest = body.partition(":")
            form, _, mod = rest.partition(":")
            self.person(roles[letter], form, mod)

    # ---- people -------------------------------------------------------------------

    def person(self, p: Person, form: str, mod: str = "") -> None:
        if form == "nick" and not p.nick:
            form = "dim" if p.dim else "first"
        if form == "dim" and not p.dim:
            form = "nick" if p.nick else "first"
        if form == "friend":  # how a friend calls them
            form = p.call_form
        if form in ("rank", "rankfull", "rankfirst") and not p.rank:
            form = "title"
        if form == "call":
            form = p.call_form
        text, label = self.person_text(p, form)
        if mod == "U":
            text = text.upper()
        elif mod == "l":
            text = text.lower()
        # Forms written with a part outside the span.
        if form == "surfirst_rank":
            self.doc.span("PERSON", text, "surfirst", p)
            self.doc.add(f" ({p.rank[0]})" if p.rank else "")
            return
        if form == "surinit_rank":
            self.doc.span("PERSON", text, "surinit", p)
            self.doc.add(f" {p.rank[0]}" if p.rank else "")
            return
        if form == "shortdot":  # "Dan H." at a sentence's end: the full stop is outside
            self.doc.span("PERSON", text, label, p)
            self.doc.add(".")
            return
        self.doc.span("PERSON", text, label, p)

    def person_text(self, p: Person, form: str) -> tuple[str, str]:
        rng = self.rng
        given = p.call if p.call_form == "dim" else p.first
        if form == "first":
            return p.first, "first"
        if form == "dim":
            return p.dim or p.first, "dim"
        if form == "nick":
            return p.nick or p.first, "nick"
        if form == "sur":
            return p.sur, "sur"
        if form == "SUR":
            return p.sur.upper(), "sur"
        if form == "full":
            return f"{given} {p.sur}", "full"
        if form == "formal":
            return f"{p.first} {p.sur}", "full"
        if form == "nickfull":
            return f"{p.nick or given} {p.sur}", "full" if not p.nick else "nick"
        if form == "rank":
            return f"{p.rank[0]} {p.sur}", "rank"
        if form == "rankfull":
            return f"{p.rank[1]} {p.sur}", "rank"
        if form == "rankfirst":
            return f"{p.rank[0]} {given} {p.sur}", "rank"
        if form == "title":
            return f"{p.title} {p.sur}", "title"
        if form == "ini":
            ini = p.initials(rng.random() < 0.5)
            shape = rng.random()
            if shape < 0.2:
                return ".".join(ini) + ".", "init"
            if shape < 0.35:
                return ini.lower(), "init"
            return ini, "init"
        if form == "ini_plain":
            return p.initials(), "init"
        if form == "ini_lower":
            return p.initials().lower(), "init"
        if form == "inisur":
            ini = fold(p.first)[0]
            shape = rng.choice([f"{ini}.{p.sur}", f"{ini} {p.sur}", f"{ini}. {p.sur}"])
            return shape, "init"
        if form in ("short", "shortdot"):
            return f"{given} {p.sur_letters()[0]}", "short"
        if form in ("surfirst", "surfirst_rank"):
            return f"{p.sur}, {p.first}", "surfirst"
        if form in ("surinit", "surinit_rank"):
            ini = fold(p.first)[0] + (p.middle or "")
            sur = p.sur.upper() if rng.random() < 0.6 or form == "surinit_rank" else p.sur
            return f"{sur} {ini}", "surinit"
        if form == "contact":
            return p.contact, p.contact_form
        raise ValueError(form)

    # ---- values -------------------------------------------------------------------

    def value(self, name: str, roles: dict[str, Person]) -> None:
        rng, doc = self.rng, self.doc
        if name == "phone":
            doc.span("PHONE", phone(rng), "digits")
        elif name == "wa":  # a WhatsApp mention of a number not saved as a contact
            digits = "447" + "".join(str(rng.randint(0, 9)) for _ in range(9))
            doc.span("PHONE", digits, "digits")
        elif name == "mobile":
            doc.span("PHONE", phone(rng, mobile_only=True), "digits")
        elif name == "age":
            doc.span("AGE", str(rng.randint(19, 58)), "digits")
        elif name == "kidage":
            doc.span("AGE", str(rng.randint(2, 16)), "digits")
        elif name == "agew":
            doc.span("AGE", number_words(rng.randint(18, 62)), "words")
        elif name == "dob":
            doc.span("DATE_OF_BIRTH", dob_digits(rng), "digits")
        elif name == "dobw":
            doc.span("DATE_OF_BIRTH", dob_words(rng), "words")
        elif name == "addr":
            doc.span("ADDRESS", f"{rng.randint(1, 160)} {rng.choice(STREETS)}", "street")
        elif name == "pc":
            doc.span("POSTCODE", postcode(rng), "plain")
        elif name == "pcout":
            doc.span("POSTCODE", rng.choice(OUTWARD), "outward")
        elif name == "town":
            doc.span("LOCATION", rng.choice(TOWNS), "town")
        elif name == "base":
            form = rng.choice(list(BASES))
            doc.span("BASE", rng.choice(BASES[form]), form)
        elif name == "unit":
            form = rng.choice(list(UNITS))
            doc.span("UNIT", rng.choice(UNITS[form]), form)
        elif name == "svc":
            doc.span("SERVICE_NUMBER", service_number(rng), "digits")
        elif name.startswith("email"):
            person = roles[name.split(":")[1]] if ":" in name else None
            doc.span("EMAIL", email(rng, person), "plain")
        else:
            raise ValueError(name)


def phone(rng: random.Random, mobile_only: bool = False) -> str:
    digits = "7" + "".join(str(rng.randint(0, 9)) for _ in range(9))
    shape = rng.randint(0, 5 if not mobile_only else 4)
    if shape == 0:
        return f"0{digits[:4]} {digits[4:]}"
    if shape == 1:
        return f"0{digits}"
    if shape == 2:
        return f"+44 {digits[:4]} {digits[4:]}"
    if shape == 3:
        return f"+44{digits}"
    if shape == 4:
        return f"0{digits[:4]} {digits[4:7]} {digits[7:]}"
    area = rng.choice(["01980", "01252", "01748", "01206", "01752", "023", "01264"])
    local = "".join(str(rng.randint(0, 9)) for _ in range(8 if area == "023" else 6))
    return f"{area} {local}"


def postcode(rng: random.Random) -> str:
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    inward = f"{rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}"
    return f"{rng.choice(OUTWARD)} {inward}"


def dob_digits(rng: random.Random) -> str:
    y, m, d = rng.randint(1966, 2005), rng.randint(1, 12), rng.randint(1, 28)
    shape = rng.randint(0, 3)
    if shape == 0:
        return f"{d:02d}/{m:02d}/{y}"
    if shape == 1:
        return f"{d:02d}.{m:02d}.{y % 100:02d}"
    if shape == 2:
        return f"{d} {MON3[m - 1]} {y}"
    return f"{d:02d}/{m:02d}/{y % 100:02d}"


def dob_words(rng: random.Random) -> str:
    y, m, d = rng.randint(1966, 2005), rng.randint(1, 12), rng.randint(1, 28)
    suffix = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suffix} {MONTHS[m - 1]} {y}"


def service_number(rng: random.Random) -> str:
    shape = rng.random()
    if shape < 0.55:
        return "25" + "".join(str(rng.randint(0, 9)) for _ in range(6))
    if shape < 0.8:
        return "30" + "".join(str(rng.randint(0, 9)) for _ in range(6))
    return rng.choice("CDPQ") + "".join(str(rng.randint(0, 9)) for _ in range(6))


def email(rng: random.Random, person: Person | None) -> str:
    if person is None:
        box = rng.choice(["3coy.ops", "welfare.office", "unit.admin", "hive.info", "mess.sec"])
        return f"{box}{rng.randint(1, 99)}@mod.gov.uk"
    first, sur = fold(person.first).lower(), fold(person.sur).lower().replace(" ", "")
    shape = rng.randint(0, 4)
    if shape == 0:
        return f"{first}.{sur}{rng.randint(100, 999)}@mod.gov.uk"
    if shape == 1:
        return f"{first}.{sur}@{rng.choice(MAIL_DOMAINS)}"
    if shape == 2:
        return f"{first[0]}{sur}{rng.randint(70, 99)}@{rng.choice(MAIL_DOMAINS)}"
    if shape == 3 and person.nick:
        return f"{fold(person.nick).lower()}{sur}@{rng.choice(MAIL_DOMAINS)}"
    return f"{sur}.{first[0]}@{rng.choice(MAIL_DOMAINS)}"


def a_date(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1, 28), rng.randint(1, 12), rng.choice([2023, 2024, 2025, 2026])


class Clock:
    """Message times that only move forward, as an export lists them."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.day, self.month, self.year = a_date(rng)
        self.minute = rng.randint(6 * 60, 20 * 60)

    def tick(self) -> None:
        self.minute += self.rng.choice([1, 1, 2, 3, 5, 8, 15, 40, 90, 300])
        if self.minute >= 24 * 60:
            self.minute -= 24 * 60
            self.day += 1

    def date(self) -> str:
        return f"{self.day:02d}/{self.month:02d}/{self.year}"

    def time(self, seconds: bool = False) -> str:
        text = f"{self.minute // 60:02d}:{self.minute % 60:02d}"
        return text + (f":{self.rng.randint(0, 59):02d}" if seconds else "")

    def twelve(self) -> str:
        hour = self.minute // 60
        return f"{(hour - 1) % 12 + 1}:{self.minute % 60:02d} {'AM' if hour < 12 else 'PM'}"


def hhmm(rng: random.Random, seconds: bool = False) -> str:
    text = f"{rng.randint(6, 23):02d}:{rng.randint(0, 59):02d}"
    return text + (f":{rng.randint(0, 59):02d}" if seconds else "")


# --------------------------------------------------------------------------------------
# Message bodies. Letters: x, y, z other people (never the sender); s the sender only where
# a sender writes their own sign-off.

CHAT_BODIES = [
    "anyone seen {x:friend}? not answering",
    "{x:friend} you still owe me {*money}",
    "{x:nick} is buying the first round",
    "{=signoff:cheers} {x:friend}",
    "{~word}",
    "who's driving {=date:Sat}? {x:friend} said he can't",
    "{=acronym:ETA} {*time}",
    "{x:friend} and {y:friend} are already at {*place_word}",
    "happy birthday {x:friend}!! {$age} today {*emoji}",
    "{x:nick} 😂😂",
    "lol {x:nick} fell asleep again",
    "tell {x:friend} to ring me {$mobile}",
    "new number is {$mobile}, save it",
    "it's {$addr}, {$town} {$pc}",
    "we're moving to {$town} in the summer, {x:friend} got a posting to {$base}",
    "{x:friend}'s lad is {$kidage} now can you believe it",
    "{*greet} 👋",
    "{x:sur} got his promotion!! {*emoji}",
    "{x:friend} {y:friend} u coming {*date}?",
    "sorry lads stuck at {*place_word} till {*time}",
    "{*acronym}",
    "{x:nick} has got the {*product} link",
    "address for the party: {$addr}, {$pc}",
    "she's {$agew} next week, don't tell her",
    "{x:full} from {$unit} is coming too",
    "I'll {=word:chase} {x:friend} up",
    "{x:friend} said {=word:frank} is the best way to be lol",
    "back from {$base} {*date}, {*duration} leave",
    "{x:short} says hi",
    "@{x:friend} {*thumb}",
    "{=emoji:(y)}",
    "the {*role} wants us in at {*time}",
    "who's got {x:dim}'s number?",
    "{x:nick} it's your round",
    "do we need {*count}?",
    "posted to {$unit} now, {$base}",
    "old {x:nick} turned up at {*place_word} lol",
    "miss you {x:friend} x",
    "{*signoff} {x:friend}",
    "{x:nick} {y:nick} stop arguing",
    "{x:friend} has the {=word:jack}, ask him",
    "{*count} coming so far",
    "anyone near {$pcout}? need a lift",
    "@{$wa} welcome to the group",
    "@{$wa} who's this?",
    "we're in the {$pcout} area now",
    "need ur DOB for the flights, mine's {$dob}",
    "{x:friend} is {$agew}!! old man {*emoji}",
    "{x:nick} is back in {*service} after {*duration} lol",
    "{x:friend} made {*grade} {*emoji}",
    "can't believe {x:nick} is {$agew} this year",
    "{x:friend} left {*service}, lives in {$town} now",
    "say hi to {x:shortdot}",
    "{x:friend} turns {$age} on {*date}, party at {$addr}",
    "dob {$dobw} if anyone's doing the booking",
    "{*rank} is on the warpath, {x:nick} hide",
    "ask {*rank}, {x:friend} doesn't know",
]
SMS_BODIES = [
    "{=greet:hi} its {s:friend}, call me when u can",
    "can u pick me up at {*time}",
    "running late, there in {=duration:ten mins}",
    "{x:friend} says hi",
    "got ur msg, will ring after {*time}",
    "{=acronym:ok} {*thumb}",
    "{~word}",
    "did {x:friend} get the keys?",
    "new address {$addr} {$pc}",
    "my new no. {$mobile}",
    "{x:friend} is {$kidage} on {*date} x",
    "tell {x:nick} the {*role} wants him",
    "can u cover my duty {*date}? {x:ini} said {=acronym:ok}",
    "spoke to {x:friend}, all sorted",
    "{*acronym} pls",
    "at {*place_word}, where r u",
    "u seen {x:nick}? he's not answering",
    "mum says ring her",
    "thx for {*date} x",
    "in {$town} til {*date}",
    "booked in at {$base} for {*duration}",
    "meet at {$addr}, {$town}",
    "can u send me {x:friend}'s no",
    "{x:friend} is out of hosp, home {*date}",
    "owe u {*money}",
    "im in the {$pcout} bit now",
    "my dob is {$dobw} for the form",
    "im {$agew} not 12 lol",
    "{x:friend} is {$agew} {*date} can u believe it",
    "near {$pcout}, send pin",
    "{x:nick} says he's leaving {*service}",
    "spoke to {x:shortdot}",
]
WORK_BODIES = [
    "Can someone cover the {*role} {=date:Friday}? {x:ini} is on {*shift}",
    "{x:friend} can you send me the nominal roll by {*time}",
    "@{x:full} see above",
    "{x:sur} is at {$base} this week, {*acronym} Monday",
    "{=signoff:Thanks} {x:friend}",
    "Noted {*thumb}",
    "{x:rank} to see the {*role} at {*time}",
    "Who has the {*product} login?",
    "{x:ini} and {y:ini} on {*shift} {*date}",
    "{x:full} joined from {$unit} today, welcome",
    "{=acronym:FYI} {x:friend}'s new mobile is {$mobile}",
    "Minutes on {*product}, {*ref} applies",
    "Please check your {=product:JPA}, {*duration} left to book leave",
    "{~word}",
    "{x:rank} has gone {*shift}, {y:friend} covering",
    "{*greet}, reminder {*acronym} at {*time}",
    "is {x:sur} still in {$town}?",
    "Course dates for {x:rank}: {*date}",
    "@{x:friend} can you pick this up",
    "{x:short} has the keys for {*building}",
    "{=greet:Welcome} {x:friend} {*emoji}",
    "{y:friend} is {$agew} today, cake in {*place_word}",
    "{x:ini} to action please",
    "{*count} booked on the bus",
    "{x:nick} is back from {$base}",
    "Postcode for the venue is {$pc}",
    "{x:rankfull} is the {*role} until {*date}",
    "{x:full} is {*grade} now, board results out {*date}",
    "{x:short} lives out, {$pcout} area",
    "Has anyone got {x:sur}'s DOB? {=product:JPA} says {$dob}",
    "{x:ini} is off to {*service} liaison",
    "{x:friend} turns {$agew} {*date}",
    "Sorted with {x:shortdot}",
    "Can {*rank} from {$unit} sign for it? {x:ini} is away",
    "{*rank} wants the list, {x:ini} has it",
]

RELATIONS = ["Mum", "Dad", "Nan", "Grandad", "Our Kid", "Wifey", "Hubby", "Bro", "Sis ❤️"]
THUMB = ["👍", "👌", "🙏", "✅"]
# What a reply quotes of the message before it (no one's name in it).
QUOTES = [
    "who's in for Sat?",
    "anyone got a charger",
    "what time we meeting",
    "on my way",
    "is it fancy dress?",
    "can't make it sorry",
    "who's got the tickets",
    "where's the venue",
    "bring cash",
    "any news?",
    "running late",
    "see you there",
]


class Builder:
    """One document of one style."""

    def __init__(self, rng: random.Random, style: str) -> None:
        self.rng = rng
        self.doc = Doc(style)
        self.w = Writer(rng, self.doc)

    def people(self, count: int, service_share: float) -> list[Person]:
        people = cast(self.rng, self.doc.style, count, service_share)
        self.doc.people = people
        return people

    def say(self, template: str, roles: dict[str, Person]) -> None:
        template = template.replace("{*thumb}", self.rng.choice(THUMB))
        self.w.render(template, roles)

    def body(self, pool: list[str], sender: Person, others: list[Person]) -> None:
        template = self.rng.choice(pool)
        picks = [p for p in others if p is not sender and p.mentions < 5]
        self.rng.shuffle(picks)
        picks = sorted(picks, key=lambda p: p.mentions)
        roles = {"s": sender}
        for letter, p in zip("xyz", picks, strict=False):
            roles[letter] = p
        if any("{" + letter + ":" in template for letter in "xyz" if letter not in roles):
            template = "{~word}"
        self.say(template, roles)


def set_contact(rng: random.Random, p: Person, style: str) -> None:
    """How this person is saved in a phone or shown in an app."""
    if rng.random() < 0.07:  # saved as a relation: no name, so no label
        p.contact, p.contact_form, p.contact_tail = rng.choice(RELATIONS), "relation", ""
        return
    given = p.call if p.call_form == "dim" else p.first
    options = [(p.call, p.call_form), (p.call, p.call_form), (f"{given} {p.sur}", "full")]
    options.append((f"{given} {p.sur_letters()[0]}", "short"))
    if p.nick:
        options += [(p.nick, "nick"), (p.nick, "nick")]
    if p.dim:
        options.append((p.dim, "dim"))
    options.append((p.sur, "sur"))
    p.contact, p.contact_form = rng.choice(options)
    tails = [""] * 14 + [" Work", " Army", " Gym", " (Plumber)", " 2", " New", " Mob"]
    p.contact_tail = rng.choice(tails)


def sender(b: Builder, p: Person) -> None:
    """A sender's saved contact name, with its tail ('Work') outside the span."""
    if p.contact_form == "relation":
        b.doc.add(p.contact)
        return
    b.w.person(p, "contact")
    b.doc.add(p.contact_tail)


# --------------------------------------------------------------------------------------
# Styles.


def build_whatsapp(b: Builder) -> None:
    rng, doc = b.rng, b.doc
    people = b.people(rng.randint(3, 6), 0.5)
    for p in people:
        set_contact(rng, p, "whatsapp")
    ios = rng.random() < 0.4
    clock = Clock(rng)
    lower_share = rng.choice([0.0, 0.3, 0.6])

    def stamp() -> None:
        clock.tick()
        if ios:
            doc.add("[")
            doc.decoy("date", clock.date())
            doc.add(", ")
            doc.decoy("time", clock.time(True))
            doc.add("] ")
        else:
            doc.decoy("date", clock.date())
            doc.add(", ")
            doc.decoy("time", clock.time())
            doc.add(" - ")

    if rng.random() < 0.5:
        stamp()
        doc.add(
            "Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
        )
        doc.decoy("product", "WhatsApp")
        doc.add(", can read or listen to them.\n")
    if rng.random() < 0.5:
        stamp()
        sender(b, people[0])
        doc.add(' created group "')
        doc.decoy("team", rng.choice(DECOYS["team"]))
        doc.add('"\n')
        if rng.random() < 0.5:
            stamp()
            sender(b, people[0])
            doc.add(" added ")
            sender(b, people[1])
            doc.add("\n")
    unsaved = people[-1] if rng.random() < 0.2 else None
    last_text: tuple[Person, str] | None = None  # who wrote last, and the words quoted
    for _ in range(rng.randint(4, 9)):
        who = rng.choice(people)
        if who.mentions >= 5:
            continue
        stamp()
        if who is unsaved:
            doc.span("PHONE", phone(rng, mobile_only=True), "digits")
        else:
            sender(b, who)
        doc.add(": ")
        doc.lower = rng.random() < lower_share
        roll = rng.random()
        if roll < 0.08:
            doc.add("<Media omitted>")
        elif roll < 0.12:
            doc.add("This message was deleted")
        elif roll < 0.25 and last_text and last_text[0] is not who:
            quoted = last_text[0]
            doc.add("> ")
            b.w.person(quoted, rng.choice(["friend", "nick", "first"]))
            doc.add(": ")
            doc.add(last_text[1])
            doc.add("\n")
            b.body(CHAT_BODIES, who, people)
        else:
            b.body(CHAT_BODIES, who, people)
        last_text = (who, rng.choice(QUOTES))
        doc.lower = False
        doc.add("\n")
        if rng.random() < 0.12:
            stamp()
            sender(b, who)
            doc.add(" left\n")


def build_teams(b: Builder) -> None:
    rng, doc = b.rng, b.doc
    people = b.people(rng.randint(3, 6), 0.8)
    layout = rng.choice(["teams", "teams_dm", "slack"])
    display = {}
    for p in people:
        if layout == "slack":
            display[id(p)] = rng.choice(["full", "friend", "short", "nick"])
        else:
            display[id(p)] = rng.choice(
                [
                    "surfirst_rank",
                    "surfirst_rank",
                    "surinit_rank",
                    "surfirst",
                    "formal",
                    "surinit_rank",
                ]
            )

    def name(p: Person) -> None:
        b.w.person(p, display[id(p)])

    clock = Clock(rng)
    bracketed = rng.random() < 0.5
    if layout == "slack":
        doc.add("#")
        doc.decoy("team", rng.choice(DECOYS["team"]).lower().replace(" ", "-"))
        doc.add("\n")
    elif layout == "teams":
        doc.add("Channel: ")
        doc.decoy("team", rng.choice(DECOYS["team"]))
        doc.add(" > General\n")
    else:
        doc.add("Chat with ")
        name(people[1])
        doc.add("\n")
    if rng.random() < 0.6:
        joiner = people[-1]
        b.w.person(joiner, "formal")
        doc.add(rng.choice([" joined the chat", " was added to the chat", " has joined the team"]))
        doc.add("\n")
    for n in range(rng.randint(3, 7)):
        who = rng.choice(people[:-1] if n == 0 else people)
        if who.mentions >= 5:
            continue
        clock.tick()
        if layout == "slack":
            name(who)
            doc.add("  ")
            doc.decoy("time", clock.twelve())
            doc.add("\n")
        elif bracketed:
            doc.add("[")
            doc.decoy("date", clock.date())
            doc.add(" ")
            doc.decoy("time", clock.time())
            doc.add("] ")
            name(who)
            doc.add("\n")
        else:
            name(who)
            doc.add("\n")
            doc.decoy("time", clock.time())
            doc.add("\n")
        doc.lower = layout == "slack" and rng.random() < 0.35
        b.body(WORK_BODIES, who, people)
        doc.lower = False
        doc.add("\n")
        roll = rng.random()
        if roll < 0.3:
            fans = [p for p in people if p is not who and p.mentions < 5][:2]
            if fans:
                doc.add(rng.choice(THUMB) + " ")
                doc.decoy("count", str(len(fans)))
                doc.add(" (")
                for i, p in enumerate(fans):
                    if i:
                        doc.add(", ")
                    b.w.person(p, "formal" if layout != "slack" else "friend")
                doc.add(")\n")
        elif roll < 0.45:
            doc.add("Reactions: ")
            doc.decoy("emoji", rng.choice(DECOYS["emoji"]))
            doc.add(" ")
            fan = rng.choice(people)
            b.w.person(fan, "friend")
            doc.add("\n")
        elif roll < 0.65:
            replier = rng.choice([p for p in people if p is not who])
            if replier.mentions < 5:
                doc.add("    ↳ Reply from ")
                name(replier)
                doc.add(": ")
                b.body(WORK_BODIES, replier, people)
                doc.add("\n")
    if rng.random() < 0.3:
        leaver = rng.choice(people)
        if leaver.mentions < 5:
            b.w.person(leaver, "formal")
            doc.add(" left the chat.\n")


def build_sms(b: Builder) -> None:
    rng, doc = b.rng, b.doc
    people = b.people(rng.randint(2, 5), 0.4)
    for p in people:
        set_contact(rng, p, "sms")
    if rng.random() < 0.35:
        voicemail(b, people)
        return
    other, owner = people[0], people[1]
    if rng.random() < 0.5:
        doc.add("SMS thread with ")
        sender(b, other)
        doc.add(" (")
        doc.span("PHONE", phone(rng, mobile_only=True), "digits")
        doc.add(")\n")
    clock = Clock(rng)
    dated = rng.random() < 0.5
    for _ in range(rng.randint(3, 7)):
        mine = rng.random() < 0.45
        if not mine and other.mentions >= 5:
            break
        clock.tick()
        if dated:
            doc.decoy("date", clock.date())
            doc.add(" ")
        doc.decoy("time", clock.time())
        doc.add(" ")
        if mine:
            doc.add("Me")
        else:
            sender(b, other)
        doc.add(": ")
        doc.lower = rng.random() < 0.8
        writer = owner if mine else other
        third = [p for p in people if p is not owner and p is not other]
        b.body(SMS_BODIES, writer, third if mine else [other, *third])
        if rng.random() < 0.45 and writer.mentions < 5:
            sign_off(b, writer)
        doc.lower = False
        doc.add("\n")


def sign_off(b: Builder, p: Person) -> None:
    rng, doc = b.rng, b.doc
    shape = rng.randint(0, 4)
    if shape == 0:
        doc.add(" ")
        doc.decoy("signoff", rng.choice(["ta", "cheers", "thx"]))
        doc.add(", ")
        b.w.person(p, "ini_plain")
    elif shape == 1:
        doc.add(" - ")
        b.w.person(p, "ini_lower")
    elif shape == 2:
        doc.add(" ")
        b.w.person(p, "friend")
        doc.add(" x")
    elif shape == 3:
        doc.add("\n")
        b.w.person(p, "ini")
    else:
        doc.add(" ")
        doc.decoy("signoff", "cheers")
        doc.add(" ")
        b.w.person(p, "friend")


def voicemail(b: Builder, people: list[Person]) -> None:
    rng, doc = b.rng, b.doc
    caller = people[0]
    doc.add("Voicemail from ")
    if rng.random() < 0.5:
        sender(b, caller)
        doc.add(" (")
        doc.span("PHONE", phone(rng), "digits")
        doc.add(")")
    else:
        doc.span("PHONE", phone(rng), "digits")
    doc.add(" - ")
    doc.decoy("date", f"{rng.choice(DAYS)} {rng.randint(1, 28)} {rng.choice(MON3)}")
    doc.add(" ")
    doc.decoy("time", hhmm(rng))
    doc.add(f" ({rng.randint(0, 2)}:{rng.randint(5, 59):02d})\n")
    doc.lower = rng.random() < 0.6
    roles = {"s": caller, **dict(zip("xyz", people[1:], strict=False))}
    openers = [
        "{=greet:hello}, {s:rank} here, I'm {*rank} at {$unit} now. ",
        "{=greet:hi} it's {s:friend} from {=place_word:the med centre}. ",
        "{=greet:hi} it's {s:friend} from {=role:welfare}. ",
        "{=greet:hiya} it's {s:first}. ",
        "{=greet:hello} this is {s:rank} at {$base}. ",
        "{=greet:hi} it's {s:friend}, ",
        "{=greet:alright} it's {s:nick}. ",
    ]
    if caller.contact_form == "relation":  # family do not say who they are
        openers = ["{=greet:hiya} love it's me. ", "{=greet:hi} it's only me. "]
    opener = rng.choice(openers)
    b.say(opener, roles)
    lines = [
        "just calling about {x:friend}'s appointment on {*date}. ",
        "can you call me back on {$phone}. ",
        "I'm at {$addr} in {$town} if you want to pop round. ",
        "it's about the {*acronym}. ",
        "{x:nick} said you might know. ",
        "my date of birth is {$dobw} for the form. ",
        "post code is {$pc}. ",
        "I'm {$agew} not a kid. ",
        "the {*role} needs to see you. ",
        "{x:sur} is on {*shift} so I'm covering. ",
        "we're in the {$pcout} area now. ",
        "{x:friend} is {$agew} on {*date} so we're doing a do. ",
    ]
    for line in rng.sample(lines, rng.randint(2, 4)):
        if "{x:" in line and "x" not in roles:
            continue
        b.say(line, roles)
    b.say(rng.choice(["anyway ", "right ", "um ", ""]), roles)
    b.say(rng.choice(["call me back", "speak soon", "{*signoff}", "bye"]), roles)
    doc.lower = False
    if rng.random() < 0.5:
        sign_off(b, caller)
    doc.add("\n")


def build_rota(b: Builder) -> None:
    kind = b.rng.choice([duty_rota, leave_tracker, training_list, sign_in, handover])
    kind(b)


def heading_row(b: Builder, names: list[str], sep: str = " | ") -> None:
    for i, name in enumerate(names):
        if i:
            b.doc.add(sep)
        b.doc.decoy("heading", name)
    b.doc.add("\n")


def duty_rota(b: Builder) -> None:
    rng, doc = b.rng, b.doc
    people = b.people(rng.randint(5, 8), 0.95)
    doc.add("DUTY ROTA - ")
    b.w.value("unit", {})
    doc.add(" - WK ")
    doc.decoy("ref", str(rng.randint(1, 52)))
    doc.add("\n")
    cols = rng.sample(["Duty Officer", "Duty NCO", "Duty Driver", "Guard", "Stand-by"], 3)
    forms = [rng.choice(["rank", "surinit", "inisur", "SUR", "ini_plain"]) for _ in cols]
    heading_row(b, ["Day", *cols])
    pools = [people[i::3] or people for i in range(3)]
    for day in rng.sample(DAYS, rng.randint(4, 6)):
        doc.decoy("date", f"{day} {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}")
        for i, col_form in enumerate(forms):
            doc.add(" | ")
            person = rng.choice(pools[i])
            if person.mentions >= 5:
                gap = rng.choice(["TBC", "R/D"])
                doc.decoy("acronym" if gap == "TBC" else "shift", gap)
            else:
                b.w.person(person, col_form)
        doc.add("\n")
    if rng.random() < 0.7:
        doc.add("Swaps: ")
        a, c = rng.sample(people, 2)
        b.w.person(a, "ini_plain")
        doc.add("/ ")
        b.w.person(c, "ini_plain")
        doc.add(" on ")
        doc.decoy("date", rng.choice(DAYS))
        doc.add("\n")
    doc.add("On call: ")
    oc = rng.choice(people)
    b.w.person(oc, "rank")
    doc.add(" ")
    doc.span("PHONE", phone(rng), "digits")
    doc.add("\n")
    doc.add("Compiled by: ")
    b.w.person(rng.choice(people), rng.choice(["ini_plain", "inisur"]))
    doc.add(" (")
    doc.decoy("role", rng.choice(["chief clerk", "SSM", "CSM", "RQ", "2IC"]))
    doc.add(")\n")


def leave_tracker(b: Builder) -> None:
    rng, doc = b.rng, b.doc
    people = b.people(rng.randint(4, 7), 0.9)
    doc.add("LEAVE TRACKER ")
    doc.decoy("date", str(rng.choice([2024, 2025, 2026])))
    doc.add(" - ")
    doc.decoy("team", rng.choice(DECOYS["team"]))
    doc.add("\n")
    heading_row(b, ["Name", "From", "To", "Days", "Type", "Auth"])
    form = rng.choice(["surinit", "inisur", "rank", "surinit"])
    boss = people[0]
    for p in people[1:]:
        for _ in range(rng.randint(1, 2)):
            b.w.person(p, form)
            day, month, days = rng.randint(1, 14), rng.randint(1, 12), rng.randint(1, 14)
            doc.add(" | ")
            doc.decoy("date", f"{day:02d}/{month:02d}")
            doc.add(" | ")
            doc.decoy("date", f"{day + days:02d}/{month:02d}")
            doc.add(" | ")
            doc.decoy("count", str(days))
            doc.add(" | ")
            doc.decoy("shift", rng.choice(["A/L", "S/L", "R/D", "A/L", "Course"]))
            doc.add(" | ")
            if boss.mentions < 5:
                b.w.person(boss, "ini_plain")
            else:
                doc.decoy("acronym", "TBC")
            doc.add("\n")
    doc.add("Notes: ")
    note = rng.choice(
        [
            "{x:friend} back from {$base} {*date}, {*duration} owed",
            "{x:ini} to see {*role} re {*acronym}",
            "{x:rank} on {*duration} {=shift:S/L}, RTW interview with {y:ini}",
            "{x:sur} in {$town} for a family funeral, contact {$mobile}",
        ]
    )
    b.say(note, {"x": rng.choice(people[1:]), "y": boss})
    doc.add("\n")


def training_list(b: Builder) -> None:
    rng, doc = b.rng, b.doc
    people = b.people(rng.randint(4, 7), 1.0)
    doc.add("NOMINAL ROLL - ")
    doc.decoy("heading", rng.choice(["Course", "Cadre", "Ex"]))
    doc.add(" ")
    doc.decoy("ref", rng.choice(["PNCO 2/24", "CLM 01/25", "JNCO Cadre 3", "TTT 12", "AT 4/26"]))
    doc.add(" at ")
    b.w.value("base", {})
    doc.add("\n")
    cols = ["Ser", "Rank", "Name", "Svc No", rng.choice(["DOB", "Age"]), "Unit"]
    heading_row(b, cols)
    for n, p in enumerate(people[1:], 1):
        doc.add(f"{n} | ")
        doc.decoy("rank", p.rank[0] if p.rank else "Pte")
        doc.add(" | ")
        b.w.person(p, rng.choice(["surinit", "SUR", "surfirst"]))
        doc.add(" | ")
        b.w.value("svc", {})
        doc.add(" | ")
        b.w.value("dob" if cols[4] == "DOB" else "age", {})
        doc.add(" | ")
        b.w.value("unit", {})
        doc.add("\n")
    doc.add("Course officer: ")
    b.w.person(people[0], "rank")
    doc.add(" (")
    b.w.person(people[0], "ini_plain")
    doc.add(") ")
    b.w.value("phone", {})
    doc.add("\nJI: ")
    b.w.person(rng.choice(people[1:]), "ini_plain")
    doc.add(" / ")
    b.w.person(rng.choice(people[1:]), "ini_plain")
    doc.add("\n")


def sign_in(b: Builder) -> None:
    rng, doc = b.rng, b.doc
    people = b.people(rng.randint(4, 7), 0.7)
    doc.add("SIGN-IN SHEET ")
    doc.decoy("building", rng.choice(DECOYS["building"]))
    doc.add(" ")
    doc.decoy(
        "date", f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.choice([2025, 2026])}"
    )
    doc.add("\n")
    heading_row(b, ["Time in", "Name", "Contact", "Init", "Time out"])
    for p in people:
        doc.decoy("time", f"{rng.randint(6, 10):02d}{rng.randint(0, 59):02d}")
        doc.add(" | ")
        b.w.person(p, rng.choice(["inisur", "full", "rank", "surinit"]))
        doc.add(" | ")
        if rng.random() < 0.5:
            b.w.value("mobile", {})
        else:
            doc.decoy("role", rng.choice(["visitor", "contractor", "duty driver", "QM"]))
        doc.add(" | ")
        b.w.person(p, "ini")
        doc.add(" | ")
        doc.decoy("time", f"{rng.randint(12, 19):02d}{rng.randint(0, 59):02d}")
        doc.add("\n")
    doc.add("Checked: ")
    b.w.person(rng.choice(people), "ini_plain")
    doc.add("\n")


def handover(b: Builder) -> None:
    rng, doc = b.rng, b.doc
    people = b.people(rng.randint(4, 7), 0.8)
    doc.add("HANDOVER BOARD ")
    doc.decoy("date", f"{rng.choice(DAYS)} {rng.randint(1, 28)} {rng.choice(MON3)}")
    doc.add("\n")
    doc.decoy("shift", "Days")
    doc.add(": ")
    group = rng.sample(people, 3)
    for i, p in enumerate(group):
        if i:
            doc.add(rng.choice(["/ ", "/", " / "]))
        b.w.person(p, "ini_plain")
    doc.add("\n")
    doc.decoy("shift", "Nights")
    doc.add(": ")
    rest = [p for p in people if p not in group] or people[:1]
    for i, p in enumerate(rest[:2]):
        if i:
            doc.add(", ")
        b.w.person(p, rng.choice(["surinit", "inisur", "short"]))
    doc.add("\nOn call: ")
    b.w.person(rng.choice(people), "rank")
    doc.add(" ")
    b.w.value("mobile", {})
    doc.add("\nNotes:\n")
    notes = [
        "- {x:ini} to chase {*role} re {*acronym}",
        "- {x:rank} at {$base} till {*date}",
        "- keys for {*building} with {x:friend}",
        "- {x:ini} on {*shift} {*date}, {y:ini} covering",
        "- {x:sur} to ring {*role} on {$phone}",
        "- {~word}",
        "- {*count} in {*place_word}, {*acronym} {*time}",
        "- visitor for {x:rank}: from {$unit}",
    ]
    for note in rng.sample(notes, rng.randint(2, 4)):
        x, y = rng.sample(people, 2)
        b.say(note, {"x": x, "y": y})
        doc.add("\n")
    doc.add("Handed over by ")
    b.w.person(rng.choice(people), rng.choice(["ini_plain", "short", "ini"]))
    doc.add("\n")


def build_email(b: Builder) -> None:
    rng, doc = b.rng, b.doc
    people = b.people(rng.randint(3, 5), 0.7)
    chain = people[:]
    rng.shuffle(chain)
    header_form = {
        id(p): rng.choice(["surfirst_rank", "formal", "surinit_rank", "full"]) for p in people
    }
    msgs = rng.randint(1, 3)
    writers = [chain[i % len(chain)] for i in range(msgs)]
    if rng.random() < 0.6:
        doc.add("---------- Forwarded message ---------\n")
    for n, writer in enumerate(writers):
        reader = chain[(chain.index(writer) + 1) % len(chain)]
        cc = [p for p in people if p is not writer and p is not reader][:1]
        if n:
            doc.add("\n-----Original Message-----\n")
        doc.add("From: ")
        b.w.person(writer, header_form[id(writer)])
        doc.add(" <")
        b.w.value("email:w", {"w": writer})
        doc.add(">\nSent: ")
        year = rng.choice([2025, 2026])
        doc.decoy("date", f"{rng.choice(DAYS)} {rng.randint(1, 28)} {rng.choice(MON3)} {year}")
        doc.add(" ")
        doc.decoy("time", hhmm(rng))
        doc.add("\nTo: ")
        b.w.person(reader, header_form[id(reader)])
        if cc and rng.random() < 0.6:
            doc.add("\nCc: ")
            b.w.person(cc[0], header_form[id(cc[0])])
            if rng.random() < 0.4:
                doc.add("; ")
                doc.decoy("role", rng.choice(["Welfare Office", "3 Coy Clerk", "Adjt"]))
        doc.add("\nSubject: ")
        doc.add("RE: " * (len(writers) - 1 - n))
        b.say(
            rng.choice(
                [
                    "{*acronym} for {*date}",
                    "leave",
                    "Course loading",
                    "Welfare visit",
                    "{*team}",
                    "drinks {*date}",
                    "Kit return",
                    "Duty swap",
                    "{x:friend}'s leaving do",
                ]
            ),
            {"x": reader},
        )
        doc.add("\n\n")
        greet = rng.randint(0, 3)
        if greet == 0:
            doc.decoy("greet", "Hi")
            doc.add(" ")
            b.w.person(reader, "friend")
            doc.add(",\n\n")
        elif greet == 1:
            b.w.person(reader, rng.choice(["first", "dim", "nick"]))
            doc.add(",\n\n")
        elif greet == 2:
            doc.decoy("greet", rng.choice(DECOYS["greet"]))
            doc.add(",\n\n")
        else:
            doc.add("Dear ")
            b.w.person(reader, "rank")
            doc.add(",\n\n")
        others = [p for p in people if p is not writer and p is not reader]
        for _ in range(rng.randint(1, 3)):
            b.body(EMAIL_BODIES, writer, others or [reader])
            doc.add(" ")
        doc.add("\n\n")
        sig = rng.randint(0, 3)
        if sig == 0:
            doc.decoy("signoff", rng.choice(["Thanks", "Cheers", "Regards"]))
            doc.add(", ")
            b.w.person(writer, rng.choice(["friend", "dim", "nick"]))
        elif sig == 1:
            b.w.person(writer, "ini_plain")
        elif sig == 2:
            doc.decoy("signoff", rng.choice(["Kind regards", "Many thanks", "Best"]))
            doc.add("\n\n")
            b.w.person(writer, "formal")
            doc.add("\n")
            if writer.rank:
                doc.add(writer.rank[1] + "\n")
            doc.decoy(
                "role",
                rng.choice(
                    ["OC B Coy", "Chief Clerk", "Welfare Officer", "QM", "Ops Officer", "UWO"]
                ),
            )
            doc.add(" | ")
            b.w.value("unit", {})
            doc.add("\n")
            b.w.value("base", {})
            doc.add("\nMob: ")
            b.w.value("mobile", {})
        else:
            doc.decoy("signoff", "Cheers")
            doc.add("\n")
            b.w.person(writer, "nick")
        doc.add("\n")


EMAIL_BODIES = [
    "{x:friend} is happy to cover, just needs it in writing.",
    "I've cc'd {x:sur} as he's the {*role} now.",
    "Can you send the form to {x:ini}?",
    "Spoke to {x:rank} this morning, {*acronym} is {*date}.",
    "{x:nick} says the venue is {$addr}, {$town}, {$pc}.",
    "His new address is {$addr}, {$pc}, mobile {$mobile}.",
    "{x:full} (DOB {$dob}) has been loaded on the course.",
    "Please add {x:full}, {$svc}, to the nominal roll.",
    "{x:friend} turns {$age} on the {*date} so we're doing drinks at {*place_word}.",
    "To be {=word:frank}, the {*role} is not happy.",
    "I'll {=word:chase} the stores.",
    "Can you {=word:mark} it as urgent?",
    "The {=word:bill} for the function is {*money}.",
    "There's a {=word:grace} period until {*date}.",
    "See {*ref} para 4.",
    "Cost is {*money} a head, {*count} so far.",
    "{x:short} will bring the keys for {*building}.",
    "{x:friend} is on {*shift} until {*date}, after that it's {x:ini}.",
    "Rumour is {x:nick} is off to {$unit} at {$base}.",
    "I've booked {*duration} leave, back {*date}.",
    "Numbers to me by {*time} please.",
    "Email {x:friend} on {$email:x} if you can't get me.",
    "The {*role} wants to see {x:rank} about the {*acronym}.",
    "His wife is expecting so he may go {*shift} {*date}.",
    "Thanks to {x:friend} for sorting the {*product} group.",
    "{x:full} ({*grade}) is covering while I'm away.",
    "He lives in the {$pcout} area.",
    "For the insurance his DOB is {$dobw}.",
    "{x:friend} is {$agew} on the {*date}, card's in {*building}.",
    "{x:friend} is leaving {*service} after {*duration}.",
    "Passed it to {x:shortdot}",
]


BUILDERS = {
    "whatsapp": build_whatsapp, "teams": build_teams, "sms": build_sms,
    "rota": build_rota, "email": build_email,
}  # fmt: skip


# --------------------------------------------------------------------------------------
# Checks and the whole corpus.

WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")


def check(doc: Doc) -> None:
    counts = Counter(s["entity"] for s in doc.spans if s["type"] == "PERSON")
    if not counts or max(counts.values()) > 6:
        raise Rejected("mentions")
    text = doc.text
    covered = set()
    for mark in doc.spans + doc.decoys:
        covered.update(range(mark["start"], mark["end"]))
    names: set[str] = set()
    owner: dict[str, str] = {}
    for s in doc.spans:
        if s["type"] != "PERSON":
            continue
        value = text[s["start"] : s["end"]]
        names |= {
            part.lower()
            for part in re.split(r"[\s.,/-]+", value)
            if len(part) > 1 and part.lower() not in RANK_WORDS
        }
        if s["form"] != "rank":
            norm = " ".join(value.lower().replace(".", "").split())
            if owner.setdefault(norm, s["entity"]) != s["entity"]:
                raise Rejected("shared form")
    for word in WORD.finditer(text):
        if word.start() not in covered and word.group().lower() in names:
            raise Rejected("unlabelled name word")
    for d in doc.decoys:
        parts = re.split(r"[\s.,/-]+", text[d["start"] : d["end"]].lower())
        if names.intersection(parts):
            raise Rejected("decoy is a name")


def one_document(rng: random.Random, style: str, number: int) -> dict:
    while True:
        b = Builder(rng, style)
        try:
            BUILDERS[style](b)
            check(b.doc)
        except Rejected:
            continue
        text = b.doc.text.rstrip("\n")
        spans = [s for s in b.doc.spans if s["end"] <= len(text)]
        return {
            "id": f"dev10-{number:04d}",
            "style": style,
            "format": "txt",
            "text": text,
            "spans": spans,
            "decoys": [d for d in b.doc.decoys if d["end"] <= len(text)],
        }


def documents() -> list[dict]:
    rng = random.Random(SEED)
    found = []
    for n in range(PER_STYLE * len(STYLES)):
        found.append(one_document(rng, STYLES[n % len(STYLES)], n + 1))
    return found


def build() -> str:
    return "".join(
        json.dumps(doc, ensure_ascii=False, sort_keys=True) + "\n" for doc in documents()
    )


def stats(text: str) -> str:
    docs = [json.loads(line) for line in text.splitlines()]
    entities = [Counter(s["entity"] for s in d["spans"] if s["type"] == "PERSON") for d in docs]
    lines = [
        f"documents: {len(docs)}",
        f"distinct people (entities, counted per document): {sum(len(e) for e in entities)}",
        "people mentioned more than once in their document: "
        f"{sum(n > 1 for e in entities for n in e.values())}",
    ]

    def table(title: str, counts: Counter) -> None:
        lines.extend(["", f"| {title} | count |", "|---|---|"])
        lines.extend(f"| {k} | {v} |" for k, v in sorted(counts.items()))
        lines.append(f"| total | {sum(counts.values())} |")

    table("style", Counter(d["style"] for d in docs))
    table("type", Counter(s["type"] for d in docs for s in d["spans"]))
    table("type/form", Counter(f"{s['type']}/{s['form']}" for d in docs for s in d["spans"]))
    table("decoy kind", Counter(x["kind"] for d in docs for x in d["decoys"]))
    lines.extend(["", f"sha256: {hashlib.sha256(text.encode('utf-8')).hexdigest()}"])
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with corpus.jsonl")
    parser.add_argument("--stats", action="store_true", help="print the counts")
    args = parser.parse_args(argv)
    text = build()
    if args.check:
        same = OUT.read_text(encoding="utf-8") == text
        print("corpus.jsonl reproduced" if same else "corpus.jsonl differs")
        return 0 if same else 1
    if args.stats:
        print(stats(text))
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
