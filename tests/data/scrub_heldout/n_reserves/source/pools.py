"""Word pools for held-out corpus N, written for this corpus (no public word list used).

Unit, ship, squadron, base, building, hospital and town names are public place and
formation names; charity, scheme, employer and software names are public names. Every
person is a random pairing of a first name and a surname from these pools.
"""

from __future__ import annotations

# (first name, sex) by origin; surnames by origin. "ski"/"ska" surnames are set by sex.
FIRST = {
    "english": [
        ("Daniel", "m"), ("Gareth", "m"), ("Stephen", "m"), ("Michael", "m"), ("Christopher", "m"),
        ("Liam", "m"), ("Nathan", "m"), ("Craig", "m"), ("Darren", "m"), ("Oliver", "m"),
        ("Rebecca", "f"), ("Jennifer", "f"), ("Elizabeth", "f"), ("Kirsty", "f"), ("Hannah", "f"),
        ("Leanne", "f"), ("Nicola", "f"), ("Charlotte", "f"), ("Samantha", "f"), ("Gemma", "f"),
        ("Anthony", "m"), ("Lucy", "f"), ("Philippa", "f"), ("Toby", "m"), ("Karen", "f"),
    ],
    "scottish": [
        ("Alasdair", "m"), ("Callum", "m"), ("Fraser", "m"), ("Eilidh", "f"), ("Isla", "f"),
        ("Morag", "f"), ("Ruaridh", "m"), ("Kirsteen", "f"),
    ],
    "welsh": [
        ("Rhodri", "m"), ("Owain", "m"), ("Dafydd", "m"), ("Cerys", "f"), ("Sian", "f"),
        ("Ffion", "f"), ("Iwan", "m"), ("Angharad", "f"),
    ],
    "irish": [
        ("Siobhán", "f"), ("Ciarán", "m"), ("Niamh", "f"), ("Pádraig", "m"), ("Aoife", "f"),
        ("Eoin", "m"),
    ],
    "polish": [
        ("Katarzyna", "f"), ("Małgorzata", "f"), ("Tomasz", "m"), ("Piotr", "m"),
        ("Agnieszka", "f"), ("Łukasz", "m"),
    ],
    "nigerian": [
        ("Babatunde", "m"), ("Oluwaseun", "m"), ("Chiamaka", "f"), ("Ngozi", "f"),
        ("Emeka", "m"), ("Folasade", "f"),
    ],
    "ghanaian": [("Kwabena", "m"), ("Akosua", "f"), ("Yaw", "m"), ("Abena", "f")],
    "nepali": [("Dipendra", "m"), ("Sunita", "f"), ("Bikash", "m"), ("Anjali", "f")],
    "fijian": [("Ratu Josefa", "m"), ("Litia", "f"), ("Semisi", "m"), ("Adi Mere", "f")],
    "south_asian": [
        ("Harjit", "m"), ("Shivani", "f"), ("Imran", "m"), ("Priya", "f"), ("Sanjay", "m"),
        ("Nasreen", "f"),
    ],
    "caribbean": [("Delroy", "m"), ("Marcia", "f"), ("Winston", "m"), ("Claudette", "f")],
    "somali": [("Abdirahman", "m"), ("Hodan", "f"), ("Faisal", "m")],
    "zimbabwean": [("Kudakwashe", "m"), ("Tendai", "f"), ("Tatenda", "m")],
    "chinese": [("Wei Ling", "f"), ("Jun Hao", "m")],
    "word": [
        ("Will", "m"), ("Mark", "m"), ("Frank", "m"), ("Bill", "m"), ("Jack", "m"), ("Rob", "m"),
        ("Grace", "f"), ("Hope", "f"), ("Joy", "f"), ("Dawn", "f"), ("Rose", "f"), ("Faith", "f"),
        ("Holly", "f"), ("Sue", "f"), ("Pat", "f"), ("Drew", "m"), ("Amber", "f"), ("Sky", "f"),
    ],
}  # fmt: skip

SURNAME = {
    "english": [
        "Whitfield", "Hargreaves", "Pritchard", "Ashworth", "Dobson", "Kershaw", "Lister",
        "Ormerod", "Pendleton", "Thackeray", "Wilkinson", "Stubbs", "Cartwright", "Holloway",
        "Smith", "Miller", "Clark", "Wilson", "Murphy", "Martin", "Thompson", "Robinson",
        "Fairbrother", "Seddon", "Bramley", "Catchpole",
    ],
    "scottish": ["MacKenzie", "McIntyre", "Buchanan", "Fraser-Reid", "MacLeod", "Drummond"],
    "welsh": ["Lloyd-Jones", "ap Rhys", "Prosser", "Llewellyn", "Pugh", "Vaughan"],
    "irish": ["O'Sullivan", "FitzGerald", "Ó Briain", "McGuinness", "Brennan", "Kavanagh"],
    "polish": ["Nowak", "Kowalski", "Wiśniewski", "Zieliński", "Lewandowski"],
    "nigerian": ["Okafor", "Adeyemi", "Ogunleye", "Nwosu", "Balogun"],
    "ghanaian": ["Mensah", "Owusu", "Asante", "Boateng"],
    "nepali": ["Gurung", "Thapa Magar", "Rai", "Limbu", "Pun"],
    "fijian": ["Tuilagi", "Naivalu", "Ratuvou", "Vakacegu"],
    "south_asian": ["Sandhu", "Chaudhry", "Patel", "Rahman", "Bhattacharya", "Gill"],
    "caribbean": ["Campbell-Reid", "Ferguson", "Bailey", "Grant-Lewis"],
    "somali": ["Farah", "Warsame", "Abdi Nur"],
    "zimbabwean": ["Moyo", "Chikwanha", "Ndlovu"],
    "chinese": ["Chen", "Leung", "Zhou"],
    "word": [
        "Long", "Young", "Hall", "Stone", "Moss", "Cross", "Hunt", "Wood", "Bell", "Gray",
        "White", "Grant", "Marsh", "Fox", "Baker", "Hill", "Best", "Sharp", "Ward", "Field",
        "Brook", "Rich", "Bishop", "Mason", "Page", "Steel", "Lamb", "Parsons",
    ],
}  # fmt: skip

# Diminutives people use for a first name.
DIM = {
    "Daniel": "Danny", "Gareth": "Gaz", "Stephen": "Steve", "Michael": "Mikey",
    "Christopher": "Chris", "Rebecca": "Bex", "Jennifer": "Jen", "Elizabeth": "Lizzie",
    "Samantha": "Sammy", "Nicola": "Nicky", "Anthony": "Tony", "Philippa": "Pippa",
    "Alasdair": "Ally", "Ruaridh": "Rory", "Dafydd": "Dai", "Katarzyna": "Kasia",
    "Małgorzata": "Gosia", "Agnieszka": "Aga", "Babatunde": "Tunde", "Oluwaseun": "Seun",
    "Chiamaka": "Amaka", "Folasade": "Sade", "Abdirahman": "Abdi", "Kudakwashe": "Kuda",
    "Shivani": "Shiv", "Harjit": "Harj", "Charlotte": "Lottie", "Oliver": "Olly",
    "Pádraig": "Paddy", "Tomasz": "Tomek",
}  # fmt: skip

# Service nicknames bound to a surname, and loose ones by origin or build.
BOUND_NICK = {
    "Smith": "Smudge", "Miller": "Dusty", "White": "Chalky", "Clark": "Nobby",
    "Wilson": "Tug", "Murphy": "Spud", "Bell": "Dinger", "Martin": "Pincher",
    "Thompson": "Tommo", "Robinson": "Robbo", "Wood": "Timber", "Gray": "Dolly",
}  # fmt: skip
LOOSE_NICK = {"welsh": "Taff", "scottish": "Jock", "irish": "Paddy"}
OTHER_NICK = ["Lofty", "Ginge", "Stretch", "Bomber", "Scouse", "Geordie", "Brummie", "Tiny"]

TOWNS = [
    "Swindon", "Chippenham", "Trowbridge", "Frome", "Yeovil", "Taunton", "Bridgwater",
    "Weston-super-Mare", "Keynsham", "Stroud", "Cheltenham", "Gloucester", "Newport",
    "Pontypridd", "Caerphilly", "Llanelli", "Wrexham", "Warrington", "Wigan", "Bolton",
    "Rochdale", "Huddersfield", "Wakefield", "Pontefract", "Harrogate", "Darlington",
    "Hartlepool", "Gateshead", "Ashington", "Kilmarnock", "Paisley", "Falkirk", "Dunfermline",
    "Kirkcaldy", "Lisburn", "Bangor", "Coleraine", "Mansfield", "Loughborough", "Nuneaton",
    "Tamworth", "Kidderminster", "Redditch", "Ipswich", "Colchester", "Chelmsford", "Basildon",
    "Stevenage", "Luton", "Reading", "Basingstoke", "Andover", "Farnborough", "Guildford",
    "Crawley", "Eastbourne", "Maidstone", "Gillingham", "Fareham", "Gosport", "Havant",
    "Bournemouth", "Poole", "Weymouth", "Exeter", "Barnstaple", "Truro", "Bodmin",
    "Plymouth", "Harrow", "Croydon", "Bromley", "Enfield", "Romford", "Dundee", "Stirling",
]  # fmt: skip

STREETS = [
    "Elm Grove", "Station Road", "Chapel Lane", "Victoria Street", "Meadow Close",
    "Orchard Way", "Church View", "Mill Lane", "Priory Road", "Queens Drive", "Kingsway",
    "Beech Avenue", "Laburnum Road", "Hawthorn Crescent", "Nelson Street", "Albert Terrace",
    "Coronation Avenue", "Willow Court", "Spring Gardens", "Park Road", "Cedar Walk",
    "Sycamore Drive", "Heol y Parc", "Ffordd Las", "Glebe Road", "Carlton Street",
]  # fmt: skip

POSTCODE_AREAS = [
    "SN", "BA", "BS", "TA", "GL", "NP", "CF", "LL", "WA", "WN", "BL", "OL", "HD", "WF", "HG",
    "DL", "TS", "NE", "KA", "PA", "FK", "KY", "BT", "NG", "LE", "CV", "B", "DY", "IP", "CO",
    "CM", "SS", "SG", "LU", "RG", "SP", "GU", "RH", "BN", "ME", "PO", "BH", "DT", "EX", "TR",
    "PL", "HA", "CR", "BR", "EN", "RM", "DD",
]  # fmt: skip

# MoD buildings and bases: (name, form). Abbreviations are those staff write.
BUILDINGS = [
    ("Main Building", "base"), ("MB", "abbreviation"), ("Abbey Wood", "base"),
    ("ABW", "abbreviation"), ("MoD Corsham", "base"), ("Northwood", "base"),
    ("Northwood HQ", "base"), ("Marlborough Lines", "base"), ("Army HQ Andover", "base"),
    ("MOD Shrivenham", "base"), ("RAF High Wycombe", "base"), ("Chicksands", "base"),
    ("DMS Whittington", "base"), ("Whale Island", "base"), ("Leach Building", "base"),
]  # fmt: skip
BASES = [
    ("Chilwell Station", "base"), ("RTMC Chilwell", "abbreviation"),
    ("Catterick Garrison", "garrison"), ("Tidworth Garrison", "garrison"),
    ("Aldershot Garrison", "garrison"), ("Colchester Garrison", "garrison"),
    ("Bulford Camp", "base"), ("Sennybridge Camp", "base"), ("Longmoor Camp", "base"),
    ("Pirbright", "base"), ("Brecon", "base"), ("RAF Brize Norton", "base"),
    ("Brize", "abbreviation"), ("RAF Lossiemouth", "base"), ("Lossie", "abbreviation"),
    ("RAF Honington", "base"), ("RAF Waddington", "base"), ("Wadd", "abbreviation"),
    ("HMNB Portsmouth", "base"), ("HMNB Devonport", "base"), ("HMNB Clyde", "base"),
    ("Faslane", "base"), ("CTCRM Lympstone", "base"), ("Lympstone", "base"),
    ("Kingston Reserve Centre", "base"), ("Yeomanry House", "base"),
    ("Keynsham Army Reserve Centre", "base"), ("ARC Cwmbran", "abbreviation"),
    ("Upavon", "base"), ("Warminster", "base"), ("Bovington", "base"),
]  # fmt: skip

# Reserve units (and a few regular ones reservists are mobilised into): (name, form, service).
UNITS = [
    ("4 PARA", "battalion", "army"), ("6 RIFLES", "battalion", "army"),
    ("7 RIFLES", "battalion", "army"), ("4 LANCS", "battalion", "army"),
    ("3 PWRR", "battalion", "army"), ("4 MERCIAN", "battalion", "army"),
    ("3 R ANGLIAN", "battalion", "army"), ("6 SCOTS", "battalion", "army"),
    ("3 R WELSH", "battalion", "army"), ("2 R IRISH", "battalion", "army"),
    ("London Guards", "battalion", "army"),
    ("101 (City of London) Engineer Regiment", "regiment", "army"),
    ("71 Engineer Regiment", "regiment", "army"), ("The Royal Yeomanry", "regiment", "army"),
    ("Royal Wessex Yeomanry", "regiment", "army"),
    ("165 Port and Maritime Regiment", "regiment", "army"),
    ("150 Regiment RLC", "regiment", "army"), ("104 Regiment Royal Artillery", "regiment", "army"),
    ("32 Signal Regiment", "regiment", "army"), ("37 Signal Regiment", "regiment", "army"),
    ("243 Field Hospital", "regiment", "army"),
    ("Honourable Artillery Company", "regiment", "army"),
    ("Royal Monmouthshire Royal Engineers", "regiment", "army"),
    ("101 Engr Regt", "regiment", "army"),
    ("RMR Bristol", "commando", "rm"), ("RMR London", "commando", "rm"),
    ("RMR Scotland", "commando", "rm"), ("RMR Merseyside", "commando", "rm"),
    ("RMR Tyne", "commando", "rm"),
    ("HMS President", "ship", "navy"), ("HMS Calliope", "ship", "navy"),
    ("HMS Flying Fox", "ship", "navy"), ("HMS Cambria", "ship", "navy"),
    ("HMS Eaglet", "ship", "navy"), ("HMS Sherwood", "ship", "navy"),
    ("HMS Wildfire", "ship", "navy"), ("HMS Vivid", "ship", "navy"),
    ("HMS Scotia", "ship", "navy"), ("HMS King Alfred", "ship", "navy"),
    ("HMS Prince of Wales", "ship", "navy"), ("HMS Dauntless", "ship", "navy"),
    ("600 Sqn RAuxAF", "squadron", "raf"), ("600 (City of London) Squadron", "squadron", "raf"),
    ("501 Squadron", "squadron", "raf"), ("504 Sqn", "squadron", "raf"),
    ("603 (City of Edinburgh) Squadron", "squadron", "raf"), ("612 Squadron", "squadron", "raf"),
    ("2620 Sqn RAuxAF", "squadron", "raf"), ("4626 Squadron", "squadron", "raf"),
    ("7006 Squadron", "squadron", "raf"),
    ("1346 (Ashby) Squadron ATC", "squadron", "cadet"), ("2277 Squadron ATC", "squadron", "cadet"),
    ("Wiltshire ACF", "formation", "cadet"), ("Gwent and Powys ACF", "formation", "cadet"),
    ("7th Infantry Brigade", "formation", "army"), ("3rd (UK) Division", "formation", "army"),
    ("19 Brigade", "formation", "army"), ("Maritime Reserve", "formation", "navy"),
]  # fmt: skip
# How a speaker says some units.
UNIT_SPOKEN = {
    "4 PARA": "four para", "6 RIFLES": "six rifles", "7 RIFLES": "seven rifles",
    "3 PWRR": "three PWRR", "4 LANCS": "four lancs", "600 Sqn RAuxAF": "six hundred squadron",
    "504 Sqn": "five oh four", "2620 Sqn RAuxAF": "twenty-six twenty",
    "4 MERCIAN": "four mercian", "71 Engineer Regiment": "seventy-one engineers",
}  # fmt: skip

# Employers' sites that, with the person's job, identify them.
SITES = [
    "Tesco Extra Hedge End", "Sainsbury's Longwell Green", "Asda Brislington",
    "Morrisons Bridgwater", "Aldi Avonmouth distribution centre", "Lidl Weston RDC",
    "Southmead Hospital", "Derriford Hospital", "Royal Cornwall Hospital", "Musgrove Park Hospital",
    "Frimley Park Hospital", "Queen Alexandra Hospital", "Royal United Hospital",
    "Network Rail Swindon depot", "Chippenham delivery office", "Airbus Filton",
    "Keynsham council depot", "BAE Systems Barrow", "Hinkley Point C", "Wessex Water Saltford",
    "Cribbs Causeway John Lewis", "Screwfix Yate", "B&Q Cribbs", "Bristol Airport fire station",
]  # fmt: skip

# Organisations, schemes, charities and software that name nobody's workplace.
PRODUCTS = [
    "SSAFA", "Help for Heroes", "Combat Stress", "the Royal British Legion", "Veterans' Gateway",
    "Forces Employment Charity", "RAF Benevolent Fund", "ABF The Soldiers' Charity",
    "Naval Families Federation", "Army Families Federation", "RAF Families Federation",
    "Op COURAGE", "HeadFIT", "Togetherall", "the Armed Forces Covenant",
    "the Employer Recognition Scheme", "Defence Relationship Management", "SaBRE", "JPA",
    "MODNET", "Teams", "Skype", "Outlook", "WhatsApp", "Defence Gateway", "MyHR", "the NHS",
    "Tesco", "Sainsbury's", "the Civil Service Benevolent Fund", "the Reserve Forces' Pledge",
]  # fmt: skip
PROGRAMMES = ["the Thrive programme", "Thrive", "the Thrive pilot", "Thrive Reserves"]
ACRONYMS = [
    "RFA 96", "MATT", "AFCS", "OPTAG", "JSP 752", "DIN", "EFA", "TACOS", "RSOI", "ITC",
    "CEA", "TSMP", "AFPS", "SFA", "MDP", "FTRS", "ADC", "MOB", "DEMOB", "POTL",
]  # fmt: skip
TEAMS = [
    "DES SEC-Ops", "UKStratCom DD-JFD", "Army HQ-RF-Pers", "Navy Cmd-MWD-Res", "Air-Res-HQ",
    "DBS Pers-Vets", "Def Res-Pol", "Head Office-CDP", "DIO SD Accn", "DE&S Fin-AccPay",
    "Army HQ-Res Mob", "Defence People-Res Pol", "the Reserves Team", "the People Team",
    "HR Shared Services", "the Employer Support Team", "Occupational Health", "the Welfare Team",
    "the Mobilisation Cell", "Ward 7 nursing team", "the store management team",
]  # fmt: skip
ROLE_WORDS = [
    "the PSI", "the RSM", "the CO", "the adjutant", "the OC", "the UWO", "the welfare officer",
    "the padre", "my line manager", "the store manager", "the ward sister", "the SO2 Reserves",
    "the duty officer", "the chain of command", "the unit admin officer", "the caseworker",
    "the Bn 2IC", "the Unit Employer Support Officer", "the HR business partner",
]  # fmt: skip
PUBLIC_TITLES = [
    "the Secretary of State for Defence", "the Minister for Veterans", "the Prime Minister",
    "the Chief of the General Staff", "the First Sea Lord", "the Chief of the Air Staff",
    "the Permanent Secretary", "the Chief of Defence People", "Commander Field Army",
    "the Lord Lieutenant",
]  # fmt: skip
PLACE_WORDS = [
    "the drill hall", "the NAAFI", "the guardroom", "the cookhouse", "the mess", "the ranges",
    "the stores", "the canteen", "the hot desks", "the atrium", "the car park", "the gym",
]  # fmt: skip
GRADES = ["AA", "AO", "EO", "HEO", "SEO", "G7", "G6", "SCS1", "E1", "D", "C2", "C1", "B2"]

RANKS = {
    "army": [
        ("Pte", "Private", 19), ("LCpl", "Lance Corporal", 22), ("Cpl", "Corporal", 26),
        ("Sgt", "Sergeant", 31), ("SSgt", "Staff Sergeant", 35), ("WO2", "Warrant Officer", 38),
        ("Lt", "Lieutenant", 25), ("Capt", "Captain", 29), ("Maj", "Major", 37),
        ("Lt Col", "Lieutenant Colonel", 44), ("Rfn", "Rifleman", 20), ("Spr", "Sapper", 21),
    ],
    "navy": [
        ("AB", "Able Seaman", 22), ("LH", "Leading Hand", 27), ("PO", "Petty Officer", 32),
        ("CPO", "Chief Petty Officer", 38), ("SLt", "Sub Lieutenant", 24),
        ("Lt", "Lieutenant", 29), ("Lt Cdr", "Lieutenant Commander", 38),
        ("Cdr", "Commander", 45),
    ],
    "rm": [("Mne", "Marine", 22), ("Cpl", "Corporal", 28), ("Sgt", "Sergeant", 33),
           ("Capt", "Captain", 30)],
    "raf": [
        ("SAC", "Senior Aircraftman", 23), ("Cpl", "Corporal", 28), ("Sgt", "Sergeant", 33),
        ("FS", "Flight Sergeant", 38), ("Fg Off", "Flying Officer", 26),
        ("Flt Lt", "Flight Lieutenant", 31), ("Sqn Ldr", "Squadron Leader", 39),
        ("Wg Cdr", "Wing Commander", 46),
    ],
    "cadet": [("SI", "Sergeant Instructor", 35), ("SSI", "Staff Sergeant Instructor", 42),
              ("Capt", "Captain", 45), ("Flt Lt", "Flight Lieutenant", 40),
              ("CI", "Civilian Instructor", 38)],
}  # fmt: skip
SERVICE_WORD = {
    "army": "Army Reserve",
    "navy": "Royal Naval Reserve",
    "rm": "Royal Marines Reserve",
    "raf": "RAuxAF",
    "cadet": "ACF",
}

ORDINARY = [
    # sentences full of ordinary words that are names in the pools
    "To be frank, I will say it was a long time coming.",
    "Mark my words, it will all hinge on the grant.",
    "I hope they sort it, but there was no joy from the helpdesk.",
    "It was a saving grace that the village hall was a stone's throw away.",
    "We had to jack it in by the time dawn came round.",
    "I kept the faith, but the young ones drew the short straw.",
    "The gas bill went up and the white goods packed in the same week.",
    "Honestly it felt like being in the field again, wet and cold.",
    "We got there in the end, but it was a long haul and a bit of a cross to bear.",
    "The rich people in Whitehall do not see what a bill like that does.",
    "The holly bush by the gate had to come out, and the moss on the roof.",
    "It is a hunt for a parking space at best.",
]  # fmt: skip
