"""Word pools for held-out corpus H (paperwork), written for this corpus only.

Names are grouped by origin as (men's given names, women's given names, surnames). Every
pairing the generator makes is random: no pairing is meant to be a real person. Unit,
ship, squadron, base and town names are public place and formation names; charity,
organisation and product names are public names used as text that must survive.
"""

ORIGINS = {
    "english": (
        ["Graham", "Stuart", "Philip", "Nathan", "Oliver", "Christopher", "Matthew", "Gareth"],
        ["Joanne", "Rebecca", "Claire", "Natalie", "Samantha", "Elizabeth", "Victoria", "Lucy"],
        ["Hargreaves", "Pickering", "Whitworth", "Ashdown", "Kettering", "Thornbury", "Lockwood"],
    ),
    "scottish": (
        ["Alasdair", "Fraser", "Hamish", "Callum", "Ruaridh", "Euan"],
        ["Morag", "Isla", "Kirsty", "Eilidh", "Shona", "Catriona"],
        ["MacLennan", "Sutherland", "McCrindle", "Drummond", "Urquhart", "MacAskill"],
    ),
    "welsh": (
        ["Dafydd", "Rhodri", "Iwan", "Gethin", "Aled", "Emyr"],
        ["Sian", "Ffion", "Angharad", "Cerys", "Nia", "Bethan"],
        ["ap Rhys", "Prydderch", "Llewellyn-Pugh", "Vaughan", "Gruffydd", "Bevan"],
    ),
    "irish": (
        ["Cathal", "Eoghan", "Donnacha", "Pádraig", "Ruairí", "Tadhg"],
        ["Siobhán", "Aoife", "Gráinne", "Niamh", "Róisín", "Clodagh"],
        ["Ó Briain", "Mac Giolla", "Ní Dhonnchadha", "Brosnan", "Keneally", "Ó Cearbhaill"],
    ),
    "polish": (
        ["Tomasz", "Aleksander", "Grzegorz", "Wojciech", "Piotr", "Łukasz"],
        ["Katarzyna", "Małgorzata", "Agnieszka", "Joanna", "Magdalena", "Zofia"],
        ["Wiśniewsk@", "Kowalczyk", "Zielińsk@", "Dąbrowsk@", "Lewandowsk@", "Nowak"],
    ),
    "nigerian": (
        ["Chukwudi", "Babatunde", "Adebayo", "Ikechukwu", "Oluwaseun", "Emeka"],
        ["Ngozi", "Funmilayo", "Chiamaka", "Adaeze", "Yetunde", "Folasade"],
        ["Adeyemi", "Okonkwo", "Oyelaran", "Nwachukwu", "Balogun", "Eze"],
    ),
    "ghanaian": (
        ["Kwadwo", "Yaw", "Kofi", "Kwame", "Nana"],
        ["Akosua", "Abena", "Efua", "Adwoa", "Ama"],
        ["Asante", "Owusu-Ansah", "Appiah", "Darko", "Ofori", "Bonsu"],
    ),
    "nepali": (
        ["Bishnu", "Dhan", "Tek", "Hari", "Lal", "Rajendra"],
        ["Sushila", "Kamala", "Pabitra", "Sarita", "Gita"],
        ["Gurung", "Limbu", "Pun", "Thapa Magar", "Rai", "Tamang"],
    ),
    "fijian": (
        ["Sevanaia", "Jone", "Apisai", "Ratu Viliame", "Eroni"],
        ["Litia", "Mereoni", "Salote", "Vasemaca"],
        ["Nadolo", "Tuilevuka", "Ravuvu", "Waqanivalu", "Koroi"],
    ),
    "south_asian": (
        ["Harjinder", "Imran", "Rajesh", "Faisal", "Kamran", "Sandeep"],
        ["Parveen", "Shabnam", "Anjali", "Rukhsana", "Harpreet", "Nusrat"],
        ["Chaudhry", "Malhotra", "Siddiqui", "Bains", "Qureshi", "Ahmed"],
    ),
    "caribbean": (
        ["Desmond", "Winston", "Leroy", "Marlon", "Delroy"],
        ["Marcia", "Beverley", "Sonia", "Paulette", "Janelle"],
        ["Braithwaite", "Campbell-Reid", "McFarlane", "Grant", "Forbes"],
    ),
    "chinese": (
        ["Jun Wei", "Zhi Hao", "Ming", "Wing Kit"],
        ["Li Na", "Mei Xin", "Hui Min", "Yan"],
        ["Zhou", "Leung", "Tsang", "Huang", "Lau"],
    ),
    "somali": (
        ["Abdirahman", "Mohamed", "Yusuf", "Liban"],
        ["Hodan", "Sahra", "Faadumo", "Ubah"],
        ["Warsame", "Jama", "Hirsi", "Egal", "Abdillahi"],
    ),
    "romanian": (
        ["Ionuț", "Bogdan", "Mihai", "Florin"],
        ["Ioana", "Andreea", "Roxana", "Mădălina"],
        ["Popescu", "Dumitrescu", "Ionescu", "Stănescu"],
    ),
    "portuguese": (
        ["Rui", "Tiago", "Nuno", "Joaquim"],
        ["Inês", "Beatriz", "Filipa", "Catarina"],
        ["Figueiredo", "dos Santos", "Carvalho", "Magalhães"],
    ),
    "kenyan": (
        ["Otieno", "Kiprop", "Mwangi", "Kamau"],
        ["Wanjiru", "Akinyi", "Nyambura", "Chebet"],
        ["Kariuki", "Ochieng", "Wekesa", "Njoroge"],
    ),
    "zimbabwean": (
        ["Tendai", "Tatenda", "Farai", "Tinashe"],
        ["Rudo", "Nyasha", "Chipo", "Tsitsi"],
        ["Moyo", "Chikwanha", "Mutasa", "Ncube"],
    ),
    "word_names": (
        ["Will", "Mark", "Frank", "Bill", "Jack", "Rob"],
        ["Grace", "Hope", "Joy", "Dawn", "Rose", "Faith", "May"],
        ["Marsh", "Fox", "Baker", "Hill", "Best", "Gray", "Ward", "Sharp", "Bell", "Smith"],
    ),
}

# Short forms a friend, a colleague or the person's own signature uses.
DIMINUTIVES = {
    "Christopher": "Chris", "Matthew": "Matty", "Oliver": "Ollie", "Nathan": "Nate",
    "Elizabeth": "Lizzie", "Samantha": "Sam", "Rebecca": "Becky", "Victoria": "Tori",
    "Natalie": "Nat", "Joanne": "Jo", "Philip": "Phil", "Gareth": "Gaz",
    "Alasdair": "Ali", "Callum": "Cal", "Catriona": "Cat", "Kirsty": "Kirst",
    "Dafydd": "Dai", "Rhodri": "Rhod", "Bethan": "Beth", "Angharad": "Haz",
    "Pádraig": "Paudie", "Donnacha": "Donie", "Siobhán": "Shiv", "Gráinne": "Gran",
    "Aleksander": "Olek", "Grzegorz": "Grzesiek", "Wojciech": "Wojtek", "Łukasz": "Łukie",
    "Katarzyna": "Kasia", "Małgorzata": "Gosia", "Agnieszka": "Aga", "Magdalena": "Madzia",
    "Babatunde": "Tunde", "Adebayo": "Bayo", "Ikechukwu": "Ike", "Oluwaseun": "Seun",
    "Chukwudi": "Chudi", "Funmilayo": "Funmi", "Chiamaka": "Amaka", "Folasade": "Sade",
    "Kwadwo": "Kojo", "Rajendra": "Raj", "Sevanaia": "Seva", "Apisai": "Api",
    "Vasemaca": "Vase", "Harjinder": "Harj", "Sandeep": "Sandy", "Kamran": "Kam",
    "Harpreet": "Preet", "Desmond": "Des", "Winston": "Winnie", "Beverley": "Bev",
    "Paulette": "Paula", "Abdirahman": "Abdi", "Mohamed": "Mo", "Faadumo": "Fadi",
    "Bogdan": "Bogdi", "Ioana": "Ioni", "Joaquim": "Quim", "Catarina": "Cati",
    "Wanjiru": "Shiru", "Nyambura": "Nyam", "Tatenda": "Tate", "Tinashe": "Tina",
}  # fmt: skip

# Service nicknames bound to a surname (the person gets the surname with the nickname).
SURNAME_NICKNAMES = [
    ("Dusty", "Miller"), ("Tug", "Wilson"), ("Spud", "Murphy"), ("Pincher", "Martin"),
    ("Shiner", "Wright"), ("Knocker", "White"), ("Buck", "Taylor"), ("Nutty", "Cox"),
]  # fmt: skip
# Nicknames that are not bound to a surname.
LOOSE_NICKNAMES = ["Taff", "Jock", "Geordie", "Scouse", "Brummie", "Yorkie", "Lofty", "Tiny"]

ARMY_RANKS = [
    ("Pte", "Private"), ("LCpl", "Lance Corporal"), ("Cpl", "Corporal"),
    ("Sgt", "Sergeant"), ("SSgt", "Staff Sergeant"), ("WO2", "Warrant Officer Class 2"),
    ("Lt", "Lieutenant"), ("Capt", "Captain"), ("Maj", "Major"),
    ("Lt Col", "Lieutenant Colonel"), ("Col", "Colonel"),
]  # fmt: skip
NAVY_RANKS = [
    ("AB", "Able Seaman"), ("LH", "Leading Hand"), ("PO", "Petty Officer"),
    ("CPO", "Chief Petty Officer"), ("Lt Cdr", "Lieutenant Commander"),
    ("Cdr", "Commander"), ("Mne", "Marine"), ("Surg Lt", "Surgeon Lieutenant"),
]  # fmt: skip
RAF_RANKS = [
    ("SAC", "Senior Aircraftman"), ("Cpl", "Corporal"), ("Sgt", "Sergeant"),
    ("FS", "Flight Sergeant"), ("Fg Off", "Flying Officer"), ("Flt Lt", "Flight Lieutenant"),
    ("Sqn Ldr", "Squadron Leader"), ("Wg Cdr", "Wing Commander"),
]  # fmt: skip
RANKS = {"Army": ARMY_RANKS, "Royal Navy": NAVY_RANKS, "RAF": RAF_RANKS}

# Two capitals that spell a word, a rank or a common abbreviation are never cast as a
# person's initials.
BLOCKED_INITIALS = {
    "AB", "AM", "AS", "AT", "BE", "BY", "CC", "CO", "DO", "DR", "GO", "GP", "HE", "HQ",
    "ID", "IF", "IN", "IS", "IT", "LH", "ME", "MO", "MP", "MR", "MS", "MY", "NB", "NI",
    "NO", "OC", "OF", "OH", "OK", "ON", "OR", "PA", "PM", "PO", "PP", "PT", "RE", "RN",
    "SO", "SU", "TA", "TC", "TO", "UK", "UP", "US", "WE", "HV", "FS", "AI", "PS", "BA",
    "RM", "CV", "DJ", "TV", "IV", "VC", "XO", "EU", "LT", "OS", "SA", "GB", "AD", "ED",
}  # fmt: skip

TOWNS = [
    "Wrexham", "Carlisle", "Dundee", "Barnsley", "Luton", "Swansea", "Inverness", "Plymouth",
    "Stoke-on-Trent", "Gateshead", "Merthyr Tydfil", "Kilmarnock", "Grimsby", "Wolverhampton",
    "Coleraine", "Peterborough", "Hartlepool", "Llanelli", "Dumfries", "Scunthorpe",
    "Taunton", "Rochdale", "Ipswich", "Newry", "Falkirk", "Bangor",
]  # fmt: skip
GARRISONS = [
    "Catterick", "Tidworth", "Bulford", "Aldershot", "Colchester", "Larkhill", "Warminster",
    "Catterick Garrison", "Tidworth Camp", "Bordon",
]  # fmt: skip
BASES = [
    "RAF Coningsby", "RAF Marham", "RAF Valley", "RAF Odiham", "RAF Benson", "RAF Waddington",
    "HMS Collingwood", "HMS Raleigh", "RNAS Culdrose", "RNAS Yeovilton", "Baker Barracks",
    "Lucknow Barracks", "Kendrew Barracks", "Dalton Barracks", "Chetwynd Barracks",
    "Normandy Barracks", "Abercorn Barracks", "Fort George", "Dale Barracks",
]  # fmt: skip
UNITS = {
    "battalion": [
        "2 YORKS",
        "1 SCOTS",
        "3 RIFLES",
        "1 R ANGLIAN",
        "2 LANCS",
        "1 MERCIAN",
        "1 PWRR",
        "1st Battalion Irish Guards",
        "4th Battalion The Rifles",
        "2nd Battalion Royal Welsh",
        "1 RGR",
        "3 PARA",
    ],
    "regiment": [
        "the Royal Dragoon Guards",
        "the Queen's Royal Hussars",
        "the Royal Tank Regiment",
        "26 Regiment Royal Artillery",
        "22 Engineer Regiment",
        "the Light Dragoons",
        "the Household Cavalry Regiment",
        "1 Regiment RLC",
        "3 Medical Regiment",
    ],
    "commando": [
        "40 Commando",
        "42 Commando",
        "45 Commando",
        "30 Commando",
        "24 Commando RE",
        "29 Commando RA",
    ],
    "formation": [
        "16 Air Assault Brigade",
        "3rd (UK) Division",
        "4th Infantry Brigade",
        "7th Infantry Brigade",
        "102 Operational Sustainment Brigade",
        "1st Deep Recce Strike BCT",
        "3 Commando Brigade",
    ],
    "ship": [
        "HMS Dragon",
        "HMS Kent",
        "HMS Somerset",
        "HMS Tyne",
        "HMS Albion",
        "HMS Prince of Wales",
        "RFA Tidespring",
        "HMS Lancaster",
    ],
    "squadron": [
        "II (AC) Squadron",
        "XI Squadron",
        "47 Squadron",
        "101 Squadron",
        "617 Squadron",
        "6 Squadron",
        "27 Squadron",
        "845 Naval Air Squadron",
    ],
}
STREETS = [
    "Larkspur Close", "Hawthorn Road", "Mill Lane", "Kingfisher Way", "Station Terrace",
    "Bramble Court", "Quarry Hill", "Oakfield Avenue", "Chapel Street", "Heol y Nant",
    "Marlborough Drive", "Ferry Road", "Sandpiper Crescent", "Gorse Walk", "Victoria Row",
]  # fmt: skip
HOUSE_NAMES = ["Rosemount", "The Laurels", "Ty Gwyn", "Hillcrest", "Orchard House"]
POSTCODE_AREAS = [
    "SP", "SO", "PL", "DL", "CF", "LS", "M", "B", "G", "EH", "BT", "IV", "TA", "BA", "GU",
    "CT", "CO", "YO", "NE", "BS", "TR", "NG", "LL", "KA",
]  # fmt: skip
MAIL_DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "btinternet.com"]

# Decoys: text that must survive.
TEAMS = [
    "The Welfare Team", "Research Ethics Committee", "Unit Welfare Office", "Orderly Room",
    "Research Governance Office", "Data Protection Office", "Families Office",
    "Study Coordinating Centre", "Medical Centre", "Personnel Recovery Unit",
    "Regimental Admin Office", "Community Mental Health Team", "HIVE Information Centre",
]  # fmt: skip
# Charities and services a case is referred to or funded by.
PRODUCTS = [
    "SSAFA", "Combat Stress", "the Royal British Legion", "Help for Heroes", "Op Courage",
    "Samaritans", "Veterans' Gateway", "Army Benevolent Fund", "RAF Benevolent Fund",
    "Naval Families Federation", "Army Families Federation", "Citizens Advice", "Mind",
    "Relate", "NHS 24",
]  # fmt: skip
# Software a study or an office works in.
TOOLS = ["Microsoft Teams", "Zoom", "Qualtrics", "REDCap", "Headspace", "WhatsApp"]
HELPLINES = ["999", "111", "116 123", "0800 1111", "101"]
ROLE_WORDS = [
    "the Chair", "the Unit Welfare Officer", "the UWO", "the padre", "the CO", "the RSM",
    "the study coordinator", "the Principal Investigator", "the Data Protection Officer",
    "my line manager", "the duty officer", "the Adjutant", "the ward sister", "the researcher",
    "the welfare officer", "the Company Sergeant Major", "the OC", "the medical officer",
]  # fmt: skip
JOB_TITLES = [
    "Unit Welfare Officer", "Research Nurse", "Study Coordinator", "Principal Investigator",
    "Welfare Support Worker", "Data Protection Officer", "Senior Research Fellow",
    "Adjutant", "Community Psychiatric Nurse", "Families Officer", "Research Assistant",
]  # fmt: skip
PLACE_WORDS = ["the NAAFI", "the mess", "the cookhouse", "the gym", "the block", "the guardroom"]
SIGNOFFS_FORMAL = ["Yours sincerely", "Yours faithfully", "Kind regards", "With best wishes"]
SERVICES = ["Army", "RAF", "Royal Navy", "Royal Marines"]
STATUSES = ["Open", "Closed", "Referred on", "No further action", "Under review", "Resolved"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
# Relationship of next of kin and family members, as a form writes it.
RELATIONS = {
    "partner": ("partner", "partner"),
    "spouse": ("husband", "wife"),
    "parent": ("father", "mother"),
    "sibling": ("brother", "sister"),
    "child": ("son", "daughter"),
}
STUDIES = [
    "the Transition Wellbeing Study", "the Forces Families Sleep Study", "Project HARBOUR",
    "the After Service Cohort", "the Resettlement Pathways Study", "the Shift Work and Mood Trial",
]  # fmt: skip
SYSTEM_LINES = [
    "Page 1 of 2", "OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE PERSONAL", "-- End of form --",
    "Form WF-12 v3.1", "Scanned copy - original held on file", "Template v2.4 (approved)",
    "This letter was produced electronically",
]  # fmt: skip
AGE_BANDS = ["in his forties", "in her thirties", "late twenties", "early fifties", "under 25s"]
GREET_ALL = ["Dear Sir or Madam", "To whom it may concern", "Dear all", "Dear colleagues"]
# Counts that are not ages, by what they count.
COUNT_NOUNS = {
    "count": ["weeks", "days", "months"],
    "years": ["years"],
    "tally": ["records", "responses", "questionnaires", "consent forms"],
    "tours": ["tours", "deployments", "postings"],
}

# Where each service's people are found, as (BASE form, name), and which unit forms it has.
# People not serving are given any of them (a spouse's posting, a former unit).
BASES_BY_SERVICE = {
    "Army": [
        *[("garrison", g) for g in GARRISONS],
        *[("base", b) for b in BASES if b.endswith("Barracks") or b == "Fort George"],
        *[("abbreviation", b) for b in ("ATR Winchester", "ITC Catterick", "AFC Harrogate")],
    ],
    "Royal Navy": [
        *[("base", b) for b in BASES if b.startswith(("HMS ", "RNAS "))],
        *[("abbreviation", b) for b in ("CTCRM", "RMB Stonehouse", "HMNB Clyde")],
    ],
    "RAF": [
        *[("base", b) for b in BASES if b.startswith("RAF ")],
        *[("abbreviation", b) for b in ("Brize", "Lossie", "DMRC Stanford Hall")],
    ],
}
UNIT_FORMS_BY_SERVICE = {
    "Army": ["battalion", "regiment", "formation"],
    "Royal Navy": ["ship", "commando", "ship"],
    "RAF": ["squadron"],
}
