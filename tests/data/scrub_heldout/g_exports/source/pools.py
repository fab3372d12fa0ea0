"""Word pools for held-out corpus G, written for this corpus (no public word list used).

Names are pooled by origin so a document can cast people of many backgrounds; pairings are
random and no pairing is meant to be a real person. Units, ships, squadrons, bases and towns
are public formation and place names; products and charities are public names.
"""

# origin: (male given names, female given names, surnames)
ORIGINS = {
    "english": (
        [
            "Kevin",
            "Gareth",
            "Stuart",
            "Dean",
            "Lee",
            "Craig",
            "Wayne",
            "Darren",
            "Nathan",
            "Oliver",
        ],
        ["Leanne", "Kirsty", "Gemma", "Hayley", "Nicola", "Stacey", "Joanne", "Charlotte"],
        ["Whitfield", "Barraclough", "Hepworth", "Dunmore", "Pennington", "Ashworth", "Crossley"],
    ),
    "wordname": (
        ["Will", "Mark", "Frank", "Bill", "Jack", "Rob"],
        ["Grace", "Hope", "Joy", "Dawn", "Rose", "Faith"],
        ["Marsh", "Fox", "Baker", "Hill", "Best", "Gray", "Ward", "Sharp", "Bell", "Smith"],
    ),
    "scottish": (
        ["Callum", "Fraser", "Euan", "Hamish", "Alasdair", "Ruaridh"],
        ["Morag", "Isla", "Kirsteen", "Eilidh", "Catriona"],
        ["MacLeod", "Urquhart", "Drummond", "McAllister", "Kerr", "Lindsay"],
    ),
    "welsh": (
        ["Rhodri", "Dafydd", "Iwan", "Gethin", "Emyr"],
        ["Ffion", "Cerys", "Bethan", "Angharad", "Nia"],
        ["Prothero", "Pugh", "ap Gwilym", "Bowen-Jones", "Llewellyn", "Vaughan"],
    ),
    "irish": (
        ["Cathal", "Seán", "Donal", "Ciarán", "Pádraig"],
        ["Aoife", "Siobhán", "Orla", "Gráinne", "Niamh"],
        ["Ó Conaill", "Brennan", "Quigley", "McGettigan", "Kavanagh", "Ó Dálaigh"],
    ),
    "polish": (
        ["Tomasz", "Krzysztof", "Marek", "Paweł", "Grzegorz"],
        ["Agnieszka", "Katarzyna", "Magdalena", "Zofia", "Ewa"],
        ["Wiśniewski", "Zieliński", "Kowalczyk", "Lewandowski", "Dąbrowski", "Nowicki"],
    ),
    "nigerian": (
        ["Chukwuemeka", "Babatunde", "Obinna", "Olumide", "Ifeanyi"],
        ["Ngozi", "Funmilayo", "Chiamaka", "Adaeze", "Yetunde"],
        ["Okonkwo", "Adeyemi", "Eze", "Balogun", "Nwachukwu", "Oyelaran"],
    ),
    "ghanaian": (
        ["Kwabena", "Yaw", "Kofi", "Kwame", "Kojo"],
        ["Akosua", "Abena", "Efua", "Ama", "Adwoa"],
        ["Asante", "Boateng", "Owusu", "Agyeman", "Mensah-Bonsu", "Ofori"],
    ),
    "nepali": (
        ["Dilbahadur", "Yam", "Bishnu", "Hari", "Tulbahadur"],
        ["Sita", "Sabina", "Kamala", "Anjali", "Pramila"],
        ["Gurung", "Limbu", "Rai", "Pun", "Thapa", "Tamang"],
    ),
    "fijian": (
        ["Ratu Josefa", "Semi", "Apenisa", "Viliame", "Tevita"],
        ["Litia", "Mere", "Salote", "Vasemaca", "Akanisi"],
        ["Naivalu", "Rokotuiveikau", "Tuilagi", "Vakaloloma", "Qarau", "Delana"],
    ),
    "southasian": (
        ["Imran", "Harjit", "Rajesh", "Tariq", "Sanjay", "Bilal"],
        ["Priya", "Nasreen", "Harpreet", "Shabana", "Anika"],
        ["Chaudhry", "Sandhu", "Raval", "Qureshi", "Bhattacharya", "Mahmood"],
    ),
    "caribbean": (
        ["Delroy", "Winston", "Marlon", "Leroy", "Desmond"],
        ["Marcia", "Jolene", "Sharmaine", "Beverley", "Paulette"],
        ["Campbell-Reid", "Gayle", "Thompson", "McKenzie", "Bailey", "Forbes"],
    ),
    "chinese": (
        ["Wei Jie", "Jun Hao", "Zhi Ming", "Kai Wen"],
        ["Mei Ling", "Xiao Hui", "Li Na", "Yan Ting"],
        ["Zhang", "Huang", "Leung", "Cheung", "Tsang", "Lau"],
    ),
    "somali": (
        ["Abdirahman", "Mohamed", "Ahmed", "Abdullahi"],
        ["Hodan", "Fadumo", "Sahra", "Ayan", "Hibaaq"],
        ["Warsame", "Hirsi", "Jama", "Farah", "Egal", "Dualeh"],
    ),
    "romanian": (
        ["Ionuț", "Bogdan", "Florin", "Mihai", "Cătălin"],
        ["Ioana", "Andreea", "Roxana", "Mirela", "Simona"],
        ["Popescu", "Dumitrescu", "Ionescu", "Stănescu", "Munteanu", "Constantin"],
    ),
    "portuguese": (
        ["João", "Rui", "Tiago", "Nuno", "Duarte"],
        ["Inês", "Mariana", "Beatriz", "Joana", "Leonor"],
        ["Ferreira", "Carvalho", "Gonçalves", "Rodrigues", "Sousa", "Pereira"],
    ),
    "kenyan": (
        ["Kiprono", "Otieno", "Wanjala", "Mutua"],
        ["Wanjiku", "Achieng", "Nyambura", "Chebet"],
        ["Kamau", "Odhiambo", "Kiptoo", "Mwangi", "Njoroge", "Wekesa"],
    ),
}

# Polish surnames take -ska for women.
FEMININE_SURNAME = {"ski": "ska", "cki": "cka"}

# given name -> diminutive
DIMINUTIVES = {
    "Kevin": "Kev", "Gareth": "Gaz", "Stuart": "Stu", "Darren": "Daz", "Nathan": "Nath",
    "Oliver": "Olly", "Nicola": "Nic", "Charlotte": "Charlie", "Joanne": "Jo",
    "Callum": "Cal", "Alasdair": "Ali", "Catriona": "Cat", "Dafydd": "Dai",
    "Angharad": "Hari", "Pádraig": "Paddy", "Tomasz": "Tomek", "Krzysztof": "Krzysiek",
    "Katarzyna": "Kasia", "Magdalena": "Madzia", "Agnieszka": "Aga", "Chukwuemeka": "Emeka",
    "Babatunde": "Tunde", "Olumide": "Mide", "Funmilayo": "Funmi", "Chiamaka": "Chi-Chi",
    "Kwabena": "Kobby", "Dilbahadur": "Dil", "Apenisa": "Api", "Viliame": "Villi",
    "Abdirahman": "Abdi", "Abdullahi": "Abdi-A", "Mohamed": "Mo", "Ionuț": "Nelu",
    "Andreea": "Deea", "Mariana": "Mari", "Rajesh": "Raj", "Harpreet": "Preety",
    "Delroy": "Del", "Desmond": "Des", "Beverley": "Bev", "Paulette": "Paulie",
    "Jolene": "Jo-Jo", "Nyambura": "Nyam", "Kiprono": "Kip", "Wanjiku": "Shiku",
    "Frank": "Frankie", "Rob": "Robbie", "Grace": "Gracie",
}  # fmt: skip

# surname -> service nickname (bound to the surname), plus nicknames by origin
NICKNAMES = {"Smith": "Smudge", "Bell": "Dinger", "Gray": "Dolly", "Ward": "Sharkey",
             "Marsh": "Swampy", "Baker": "Doughy", "Fox": "Foxy", "Hill": "Dusty"}  # fmt: skip
ORIGIN_NICKNAMES = {"welsh": "Taff", "scottish": "Jock", "irish": "Paddy"}

ARMY_RANKS = [
    ("Pte", "Private"), ("LCpl", "Lance Corporal"), ("Cpl", "Corporal"), ("Sgt", "Sergeant"),
    ("SSgt", "Staff Sergeant"), ("WO2", "Warrant Officer"), ("Lt", "Lieutenant"),
    ("Capt", "Captain"), ("Maj", "Major"), ("Lt Col", "Lieutenant Colonel"), ("Rfn", "Rifleman"),
    ("Gnr", "Gunner"), ("Spr", "Sapper"), ("Tpr", "Trooper"), ("Bdr", "Bombardier"),
]  # fmt: skip
NAVY_RANKS = [
    ("LH", "Leading Hand"), ("CPO", "Chief Petty Officer"), ("Lt Cdr", "Lieutenant Commander"),
    ("Cdr", "Commander"), ("Mne", "Marine"), ("Cpl", "Corporal"), ("Sub Lt", "Sub Lieutenant"),
]  # fmt: skip
RAF_RANKS = [
    ("SAC", "Senior Aircraftman"), ("Cpl", "Corporal"), ("Sgt", "Sergeant"),
    ("FS", "Flight Sergeant"), ("Flt Lt", "Flight Lieutenant"), ("Sqn Ldr", "Squadron Leader"),
    ("Fg Off", "Flying Officer"), ("Chf Tech", "Chief Technician"),
]  # fmt: skip
OFFICER_RANKS = {"Lt", "Capt", "Maj", "Lt Col", "Lt Cdr", "Cdr", "Sub Lt", "Flt Lt", "Sqn Ldr",
                 "Fg Off"}  # fmt: skip

# Each unit: its form and the ways it is written.
UNITS = {
    "army": [
        ("battalion", ["2 RIFLES", "2nd Battalion The Rifles", "2 Rifles"]),
        ("battalion", ["1 R IRISH", "1st Battalion The Royal Irish Regiment", "1 R Irish"]),
        ("battalion", ["3 SCOTS", "3rd Battalion The Royal Regiment of Scotland", "3 Scots"]),
        ("battalion", ["1 YORKS", "1st Battalion The Yorkshire Regiment", "1 Yorks"]),
        ("battalion", ["2 PWRR", "2nd Battalion Princess of Wales's Royal Regiment"]),
        ("battalion", ["1 RGR", "1st Battalion Royal Gurkha Rifles", "1st Bn RGR"]),
        ("regiment", ["The Light Dragoons", "Light Dragoons", "LD"]),
        ("regiment", ["Royal Scots Dragoon Guards", "SCOTS DG"]),
        ("regiment", ["32 Regiment Royal Artillery", "32 Regt RA"]),
        ("regiment", ["21 Engineer Regiment", "21 Engr Regt"]),
        ("regiment", ["The King's Royal Hussars", "KRH"]),
        ("regiment", ["10 Queen's Own Gurkha Logistic Regiment", "10 QOGLR"]),
        ("formation", ["16 Air Assault Brigade", "16 AA Bde"]),
        ("formation", ["4th Infantry Brigade", "4 Inf Bde"]),
        ("formation", ["1st (UK) Division", "1 (UK) Div"]),
        ("formation", ["12th Armoured Brigade", "12 Armd Bde"]),
    ],
    "navy": [
        ("ship", ["HMS Dragon", "Dragon"]),
        ("ship", ["HMS Montrose"]),
        ("ship", ["HMS Bulwark"]),
        ("ship", ["HMS Queen Elizabeth", "the QE"]),
        ("ship", ["HMS Mersey"]),
        ("ship", ["RFA Tidespring"]),
        ("commando", ["40 Commando", "40 Cdo"]),
        ("commando", ["42 Commando", "42 Cdo"]),
        ("commando", ["45 Commando", "45 Cdo"]),
        ("commando", ["30 Commando IX Group", "30 Cdo"]),
        ("formation", ["3 Commando Brigade", "3 Cdo Bde"]),
    ],
    "raf": [
        ("squadron", ["XIII Squadron", "13 Sqn"]),
        ("squadron", ["47 Squadron", "47 Sqn"]),
        ("squadron", ["18(B) Squadron", "18 Sqn"]),
        ("squadron", ["2 Squadron RAF Regiment", "2 Sqn RAF Regt"]),
        ("squadron", ["100 Squadron", "100 Sqn"]),
        ("squadron", ["II(AC) Squadron", "2 (AC) Sqn"]),
    ],
}

# Each base: the ways it is written, each with its form.
BASES = {
    "army": [
        [("garrison", "Catterick"), ("base", "Catterick Garrison")],
        [("garrison", "Tidworth"), ("base", "Tidworth Camp")],
        [("garrison", "Bulford"), ("base", "Bulford Camp")],
        [("garrison", "Aldershot")],
        [("garrison", "Colchester"), ("base", "Merville Barracks")],
        [("garrison", "Larkhill")],
        [("base", "Dalton Barracks"), ("abbreviation", "Dalton")],
        [("base", "Kinloss Barracks"), ("abbreviation", "Kinloss")],
        [("base", "Bourlon Barracks"), ("garrison", "Catterick")],
    ],
    "navy": [
        [("base", "HMNB Devonport"), ("abbreviation", "Guzz")],
        [("base", "HMNB Clyde"), ("abbreviation", "Faslane")],
        [("base", "HMNB Portsmouth"), ("abbreviation", "Pompey")],
        [
            ("base", "Commando Training Centre Royal Marines"),
            ("abbreviation", "CTCRM"),
            ("abbreviation", "Lympstone"),
        ],
        [("base", "RNAS Culdrose"), ("abbreviation", "Culdrose")],
        [("base", "RM Condor"), ("abbreviation", "Condor")],
    ],
    "raf": [
        [("base", "RAF Brize Norton"), ("abbreviation", "Brize"), ("abbreviation", "BZN")],
        [("base", "RAF Lossiemouth"), ("abbreviation", "Lossie")],
        [("base", "RAF Waddington"), ("abbreviation", "Waddo")],
        [("base", "RAF Coningsby"), ("abbreviation", "Coningsby")],
        [("base", "RAF Honington"), ("abbreviation", "Honington")],
        [("base", "RAF Odiham"), ("abbreviation", "Odiham")],
    ],
}

TOWNS = [
    "Wrexham", "Dundee", "Barnsley", "Luton", "Bradford", "Sunderland", "Ballymena", "Swansea",
    "Wigan", "Peterborough", "Kirkcaldy", "Blackpool", "Gateshead", "Leicester", "Merthyr Tydfil",
    "Grimsby", "Derry", "Inverness", "Hartlepool", "Rotherham", "Motherwell", "Llanelli",
    "Walsall", "Scunthorpe", "Newry", "Oldham", "Huddersfield", "Stockton-on-Tees", "Falkirk",
]  # fmt: skip

STREETS = [
    "Fenwick", "Orchard", "Sandpiper", "Hazelmere", "Kingfisher", "Alder", "Brackenbury",
    "Coronation", "Mill Farm", "Station", "Tennyson", "Beechwood", "Marlborough", "Wellfield",
    "Priory", "Lavender", "Chapel", "Glebe", "Heathfield", "Rowan", "Sycamore", "Cromwell",
]  # fmt: skip
STREET_KINDS = [("Road", "Rd"), ("Street", "St"), ("Close", "Cl"), ("Avenue", "Ave"),
                ("Drive", "Dr"), ("Way", "Way"), ("Crescent", "Cres"), ("Lane", "Ln")]  # fmt: skip
HOUSE_NAMES = ["Rose Cottage", "The Old Forge", "Willow Lodge", "Ty Gwyn", "Hillcrest"]
POSTCODE_AREAS = ["PL", "SP", "DL", "GU", "CO", "LS", "NE", "CF", "DD", "BT", "LL", "SA", "WN",
                  "PE", "KY", "FY", "LE", "DN", "IV", "TS", "S", "M", "B", "G", "L"]  # fmt: skip

EMAIL_DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com",
                 "btinternet.com", "live.co.uk"]  # fmt: skip
WORK_DOMAIN = "mod.gov.uk"

PRODUCTS = [
    "Combat Stress", "SSAFA", "Help for Heroes", "Togetherall", "Op Courage", "the Royal British "
    "Legion", "Veterans' Gateway", "Headspace", "JPA", "HIVE", "Forces Employment Charity",
    "Blesma", "Teams", "Zoom", "WhatsApp", "the Poppy Factory", "Walking With The Wounded",
]  # fmt: skip
ROLE_WORDS = ["the OC", "the padre", "the CO", "the RSM", "the UWO", "the duty clerk",
              "my line manager", "the sarge", "the chaplain", "the welfare officer"]  # fmt: skip
TEAMS = ["The Welfare Team", "Unit Welfare Office", "Veterans Support Service",
         "Orderly Room", "Regimental Admin Office", "Community Mental Health Team",
         "Service Desk", "Casework Team", "Personnel Recovery Unit"]  # fmt: skip
SIGNOFFS = ["Kind regards", "Many thanks", "Regards", "Cheers", "Thanks", "Best wishes", "Ta"]
HELPLINES = ["999", "111", "116 123", "0800 1111"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip
STATUSES = ["Open", "Closed", "Resolved", "Awaiting callback", "No answer", "Left voicemail",
            "Referred on", "Pending"]  # fmt: skip
SERVICES = ["Army", "RAF", "Royal Navy", "Royal Marines"]
AGE_BANDS = ["in my forties", "late twenties", "early fifties", "mid thirties", "in my sixties"]
PLACE_WORDS = ["the NAAFI", "the cookhouse", "the block", "the gym", "the mess", "back home"]

# ordinary words that are also names, each in a phrase where it is the word
WORD_PHRASES = [
    ("i ", "will", " try"), ("", "hope", " that helps"), ("they ", "mark", " you down for it"),
    ("to be ", "frank", " with you"), ("the ", "bill", " came to loads"), ("no ", "joy",
    " getting through"), ("at ", "dawn", " every day"), ("the ", "rose", " garden at the"
    " memorial"), ("by the ", "grace", " of god"), ("no ", "faith", " in the system"),
    ("it ", "may", " be nothing"), ("i ", "will", " ring back"),
]  # fmt: skip
