"""Word pools for held-out corpus I, written for this corpus (no public list copied).

Names are grouped by origin so a document can cast people of many backgrounds; a first name
carries its sex and its diminutives, a surname that changes with sex is a (male, female)
pair. Unit, ship, squadron, base and town names are public place and formation names.
"""

from __future__ import annotations

# (first name, sex "m"/"f", diminutives) by origin.
FIRST_NAMES: dict[str, list[tuple[str, str, tuple[str, ...]]]] = {
    "english": [
        ("Daniel", "m", ("Dan", "Danny")), ("Christopher", "m", ("Chris",)),
        ("Matthew", "m", ("Matt",)), ("Anthony", "m", ("Tony", "Ant")),
        ("Michael", "m", ("Mick", "Mikey")), ("Stephen", "m", ("Steve", "Stevie")),
        ("Richard", "m", ("Rich", "Richie")), ("Nathan", "m", ("Nath",)),
        ("Callum", "m", ()), ("Darren", "m", ()), ("Craig", "m", ()), ("Kieran", "m", ()),
        ("Jonathan", "m", ("Jon", "Jonny")), ("Samuel", "m", ("Sam", "Sammy")),
        ("Joseph", "m", ("Joe",)), ("Nicholas", "m", ("Nick", "Nicky")),
        ("Timothy", "m", ("Tim",)), ("Edward", "m", ("Ed", "Eddie")), ("Wayne", "m", ()),
        ("Rebecca", "f", ("Becky", "Bex")), ("Victoria", "f", ("Vicky", "Tori")),
        ("Jennifer", "f", ("Jen", "Jenny")), ("Elizabeth", "f", ("Liz", "Beth", "Lizzie")),
        ("Katherine", "f", ("Kate", "Katie")), ("Samantha", "f", ("Sam", "Sammie")),
        ("Natalie", "f", ("Nat",)), ("Jessica", "f", ("Jess",)), ("Stephanie", "f", ("Steph",)),
        ("Leanne", "f", ()), ("Gemma", "f", ()), ("Hayley", "f", ()), ("Kirsty", "f", ()),
        ("Deborah", "f", ("Debbie", "Debs")), ("Margaret", "f", ("Maggie", "Peggy")),
        ("Patricia", "f", ("Trish",)), ("Dorothy", "f", ("Dot", "Dotty")),
        ("Chloe", "f", ()), ("Lauren", "f", ()),
    ],
    "scottish": [
        ("Alasdair", "m", ("Ali",)), ("Hamish", "m", ()), ("Iain", "m", ()),
        ("Euan", "m", ()), ("Ruaridh", "m", ("Rory",)), ("Lachlan", "m", ("Lachie",)),
        ("Morag", "f", ()), ("Eilidh", "f", ()), ("Catriona", "f", ("Trina",)),
        ("Ailsa", "f", ()), ("Isla", "f", ()), ("Kirsteen", "f", ()),
    ],
    "welsh": [
        ("Dafydd", "m", ("Dai", "Dafs")), ("Gethin", "m", ("Geth",)), ("Owain", "m", ()),
        ("Iwan", "m", ()), ("Rhodri", "m", ("Rhod",)), ("Cerys", "f", ()),
        ("Angharad", "f", ("Haz",)), ("Bethan", "f", ()), ("Ffion", "f", ()),
        ("Sioned", "f", ()), ("Carys", "f", ()),
    ],
    "irish": [
        ("Ciarán", "m", ()), ("Pádraig", "m", ("Paudie",)), ("Eoin", "m", ()),
        ("Declan", "m", ("Dec",)), ("Cathal", "m", ()), ("Niamh", "f", ()),
        ("Aoife", "f", ()), ("Siobhán", "f", ("Shiv",)), ("Gráinne", "f", ()),
        ("Róisín", "f", ()), ("Orla", "f", ()),
    ],
    "polish": [
        ("Krzysztof", "m", ("Krzysiek",)), ("Tomasz", "m", ("Tomek",)),
        ("Paweł", "m", ()), ("Łukasz", "m", ()), ("Piotr", "m", ("Piotrek",)),
        ("Katarzyna", "f", ("Kasia",)), ("Małgorzata", "f", ("Gosia",)),
        ("Agnieszka", "f", ("Aga",)), ("Aleksandra", "f", ("Ola",)),
        ("Magdalena", "f", ("Magda",)),
    ],
    "nigerian": [
        ("Chukwuemeka", "m", ("Emeka",)), ("Oluwaseun", "m", ("Seun",)),
        ("Babatunde", "m", ("Tunde",)), ("Adebayo", "m", ("Bayo",)), ("Olumide", "m", ("Mide",)),
        ("Ifeoma", "f", ("Ify",)), ("Chiamaka", "f", ("Amaka",)),
        ("Oluwafunmilayo", "f", ("Funmi",)), ("Folasade", "f", ("Sade",)), ("Ngozi", "f", ()),
    ],
    "ghanaian": [
        ("Kwame", "m", ()), ("Kwabena", "m", ("Kobby",)), ("Yaw", "m", ()),
        ("Kofi", "m", ()), ("Akosua", "f", ()), ("Abena", "f", ()), ("Efua", "f", ()),
    ],
    "nepali": [
        ("Bikash", "m", ()), ("Santosh", "m", ()), ("Dipendra", "m", ("Dipen",)),
        ("Prakash", "m", ()), ("Kamal", "m", ()), ("Sunita", "f", ()), ("Pramila", "f", ()),
        ("Sabina", "f", ()),
    ],
    "fijian": [
        ("Semisi", "m", ()), ("Viliame", "m", ("Vili",)), ("Tevita", "m", ()),
        ("Apenisa", "m", ("Ape",)), ("Sakiusa", "m", ("Saki",)), ("Mereani", "f", ("Mere",)),
        ("Litia", "f", ()), ("Salote", "f", ()),
    ],
    "south_asian": [
        ("Harpreet", "f", ()), ("Jaswinder", "m", ("Jas",)), ("Rajinder", "m", ("Raj",)),
        ("Sukhvinder", "m", ("Sukhi",)), ("Amandeep", "f", ("Aman",)), ("Imran", "m", ()),
        ("Bilal", "m", ()), ("Zainab", "f", ()), ("Ayesha", "f", ()), ("Priya", "f", ()),
        ("Rakesh", "m", ()), ("Anjali", "f", ()),
    ],
    "caribbean": [
        ("Delroy", "m", ("Del",)), ("Winston", "m", ("Winnie",)), ("Tyrone", "m", ("Ty",)),
        ("Leroy", "m", ()), ("Marcia", "f", ()), ("Beverley", "f", ("Bev",)),
        ("Yvonne", "f", ("Vonnie",)), ("Sharelle", "f", ()),
    ],
    "chinese": [
        ("Wei Ming", "m", ()), ("Jun Hao", "m", ()), ("Mei Ling", "f", ()),
        ("Xiao Hong", "f", ()), ("Jia Hui", "f", ()),
    ],
    "somali": [
        ("Abdirahman", "m", ("Abdi",)), ("Abdullahi", "m", ()), ("Ismail", "m", ()),
        ("Hodan", "f", ()), ("Faadumo", "f", ("Fadumo",)), ("Khadra", "f", ()),
    ],
    "zimbabwean": [
        ("Tendai", "m", ()), ("Tatenda", "m", ("Tate",)), ("Farai", "m", ()),
        ("Rudo", "f", ()), ("Chipo", "f", ()), ("Nyasha", "f", ()),
    ],
    "romanian": [
        ("Andrei", "m", ()), ("Mihai", "m", ()), ("Ionuț", "m", ()),
        ("Ioana", "f", ()), ("Andreea", "f", ()),
    ],
    "word": [
        ("Will", "m", ()), ("Mark", "m", ()), ("Frank", "m", ()), ("Jack", "m", ()),
        ("Rob", "m", ()), ("Drew", "m", ()), ("Chase", "m", ()), ("Grace", "f", ()),
        ("Hope", "f", ()), ("Joy", "f", ()), ("Dawn", "f", ()), ("Rose", "f", ()),
        ("Faith", "f", ()), ("Holly", "f", ()), ("Summer", "f", ()), ("Amber", "f", ()),
    ],
}  # fmt: skip

# Surnames by origin; a (male, female) pair where the surname follows sex.
SURNAMES: dict[str, list[str | tuple[str, str]]] = {
    "english": [
        "Hughes", "Pennington", "Ashworth", "Thornley", "Whitfield", "Cartwright", "Holloway",
        "Fairbairn", "Kettering", "Bramwell", "Ogden", "Pickering", "Sutcliffe", "Moorcroft",
        "Miller", "White", "Clark", "Murphy", "Wilson", "Martin", "Taylor", "Wright", "Webb",
    ],
    "scottish": ["MacLeod", "McKenzie", "Sinclair", "McIntyre", "Gillespie", "Buchanan",
                 "Mackay", "Drummond", "Urquhart"],
    "welsh": ["Pritchard", "Llewellyn", "Vaughan", "Griffiths", "Prosser", "ap Gwilym",
              "Lloyd-Jones", "Bevan", "Pugh"],
    "irish": ["O'Driscoll", "Donnelly", "Gallagher", "McGrath", "Fitzgerald", "Doherty",
              ("Ó Ceallaigh", "Ní Cheallaigh"), ("Mac Cárthaigh", "Nic Cárthaigh"),
              ("Ó Súilleabháin", "Ní Shúilleabháin")],
    "polish": [("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"),
               ("Zieliński", "Zielińska"), ("Dąbrowski", "Dąbrowska"), "Nowak", "Wójcik",
               ("Kamiński", "Kamińska")],
    "nigerian": ["Okonkwo", "Adeyemi", "Balogun", "Nwosu", "Oyelaran", "Ogunleye", "Eze",
                 "Adebisi"],
    "ghanaian": ["Mensah", "Asante", "Owusu", "Boateng", "Appiah", "Agyeman", "Ofori"],
    "nepali": ["Gurung", "Limbu", "Pun", "Thapa Magar", "Tamang", "Shrestha", "Ghale", "Rai"],
    "fijian": ["Naivalu", "Ratuvou", "Vakacegu", "Naqelevuki", "Rokotui", "Waqanivalu",
               "Koroitamana"],
    "south_asian": ["Sandhu", "Dhillon", "Sidhu", "Patel", "Hussain", "Iqbal", "Chaudhry",
                    "Mistry", "Rahman", "Nair"],
    "caribbean": ["Forbes", "Grant", "Francis", "Thompson", "Bailey", "Campbell", "Clarke"],
    "chinese": ["Chen", "Wong", "Zhang", "Cheung", "Lau", "Tan"],
    "somali": ["Warsame", "Farah", "Osman", "Jama", "Egal", "Hassan"],
    "zimbabwean": ["Moyo", "Ndlovu", "Sibanda", "Chikwanha", "Mutasa"],
    "romanian": ["Popescu", "Ionescu", "Dumitrescu", "Constantin"],
    "word": ["Brook", "Wood", "Hunt", "Long", "Young", "Cross", "Moss", "Lamb", "Stone",
             "Hall", "Rich", "Mann", "Black"],
}  # fmt: skip

# Service nicknames bound to a surname, and loose ones bound to an origin or a build.
BOUND_NICKS = {
    "Miller": "Dusty", "White": "Chalky", "Clark": "Nobby", "Murphy": "Spud",
    "Wilson": "Tug", "Martin": "Pincher", "Taylor": "Buck", "Wright": "Shiner",
    "Webb": "Spider", "Long": "Dodger", "Black": "Blackie", "Lamb": "Larry",
}  # fmt: skip
LOOSE_NICKS = {
    "welsh": "Taff", "scottish": "Jock", "english": "Geordie",
}  # fmt: skip
ANY_NICKS = ("Lofty", "Tiny", "Ginge", "Brummie", "Scouse", "Yorkie", "Smiler", "Pudsey")

# (abbreviation, spelt out) ranks; officers last.
RANKS = {
    "Army": [("Pte", "Private"), ("LCpl", "Lance Corporal"), ("Cpl", "Corporal"),
             ("Sgt", "Sergeant"), ("SSgt", "Staff Sergeant"), ("WO2", "Warrant Officer"),
             ("Gnr", "Gunner"), ("Spr", "Sapper"), ("Sig", "Signaller"), ("Tpr", "Trooper"),
             ("Rfn", "Rifleman"), ("Cfn", "Craftsman"), ("Capt", "Captain"), ("Maj", "Major"),
             ("Lt Col", "Lieutenant Colonel")],
    "Royal Navy": [("AB", "Able Seaman"), ("LH", "Leading Hand"), ("PO", "Petty Officer"),
                   ("CPO", "Chief Petty Officer"), ("Lt", "Lieutenant"),
                   ("Lt Cdr", "Lieutenant Commander"), ("Cdr", "Commander")],
    "Royal Marines": [("Mne", "Marine"), ("LCpl", "Lance Corporal"), ("Cpl", "Corporal"),
                      ("Sgt", "Sergeant"), ("CSgt", "Colour Sergeant"), ("Capt", "Captain")],
    "RAF": [("SAC", "Senior Aircraftman"), ("Cpl", "Corporal"), ("Sgt", "Sergeant"),
            ("FS", "Flight Sergeant"), ("Chf Tech", "Chief Technician"),
            ("Fg Off", "Flying Officer"), ("Flt Lt", "Flight Lieutenant"),
            ("Sqn Ldr", "Squadron Leader"), ("Wg Cdr", "Wing Commander")],
}  # fmt: skip
SERVICES = tuple(RANKS)
# Ranks a person under 26 may plausibly hold.
JUNIOR_RANKS = {
    "Pte", "LCpl", "Cpl", "Gnr", "Spr", "Sig", "Tpr", "Rfn", "Cfn", "AB", "LH", "Mne", "SAC",
    "Fg Off", "Lt",
}  # fmt: skip

# UNIT values by (service, form).
UNITS = {
    "Army": {
        "battalion": ["1 RIFLES", "2 YORKS", "1 R WELSH", "3 SCOTS", "1 R IRISH", "2 LANCS",
                      "1st Battalion The Royal Anglian Regiment", "2nd Battalion Grenadier Guards",
                      "1st Battalion Irish Guards", "2 RGR", "4 SCOTS", "1 Mercian"],
        "regiment": ["26 Regiment Royal Artillery", "22 Engineer Regiment", "The Light Dragoons",
                     "Royal Dragoon Guards", "16 Medical Regiment", "3 Regiment RLC",
                     "King's Royal Hussars", "10 Queen's Own Gurkha Logistic Regiment",
                     "1 Regiment Army Air Corps", "21 Signal Regiment"],
        "formation": ["16 Air Assault Brigade", "3rd (UK) Division", "4th Light Brigade",
                      "7th Light Mechanised Brigade", "1st (UK) Division",
                      "102 Operational Sustainment Brigade", "20th Armoured Brigade"],
    },
    "Royal Navy": {
        "ship": ["HMS Albion", "HMS Dragon", "HMS Somerset", "HMS Tyne", "RFA Lyme Bay",
                 "HMS Northumberland", "HMS Lancaster", "HMS Medway", "HMS Astute",
                 "HMS Duncan", "HMS Trent"],
        "squadron": ["845 Naval Air Squadron", "820 NAS", "814 Naval Air Squadron", "815 NAS"],
    },
    "Royal Marines": {
        "commando": ["40 Commando", "42 Commando", "45 Commando", "30 Commando IX Group",
                     "24 Commando RE", "29 Commando Royal Artillery", "43 Commando"],
        "formation": ["3 Commando Brigade", "3 Cdo Bde"],
    },
    "RAF": {
        "squadron": ["IX(B) Squadron", "617 Squadron", "II(AC) Squadron", "47 Squadron",
                     "99 Squadron", "1 Squadron RAF Regiment", "34 Squadron RAF Regiment",
                     "XI(F) Squadron", "51 Squadron", "24 Squadron", "6 Squadron"],
    },
}  # fmt: skip

# BASE values by (service, form).
BASES = {
    "Army": {
        "base": ["Alanbrooke Barracks", "Bourlon Barracks", "Lucknow Barracks",
                 "Marne Barracks", "Dalton Barracks", "Kendrew Barracks", "Imphal Barracks",
                 "Dale Barracks", "Fort George", "Kinloss Barracks", "Wellington Barracks"],
        "garrison": ["Catterick Garrison", "Catterick", "Tidworth", "Bulford", "Aldershot",
                     "Larkhill", "Colchester Garrison", "Warminster", "Episkopi"],
        "abbreviation": ["Catt", "Bovi"],
    },
    "Royal Navy": {
        "base": ["HMNB Devonport", "HMNB Clyde", "HMNB Portsmouth", "RNAS Yeovilton",
                 "RNAS Culdrose", "HMS Collingwood", "HMS Raleigh"],
        "abbreviation": ["Guz", "Faslane", "Culdrose", "Yeovilton", "Collingwood"],
    },
    "Royal Marines": {
        "base": ["Stonehouse Barracks", "RM Condor", "Commando Training Centre Royal Marines",
                 "Chivenor", "RM Norton Manor", "Bickleigh Barracks"],
        "abbreviation": ["CTCRM", "Lympstone", "Condor", "Norton Manor", "RMB Stonehouse"],
    },
    "RAF": {
        "base": ["RAF Brize Norton", "RAF Lossiemouth", "RAF Coningsby", "RAF Marham",
                 "RAF Honington", "RAF Odiham", "RAF Valley", "RAF Leeming", "RAF Waddington",
                 "RAF Akrotiri", "RAF Benson"],
        "abbreviation": ["Brize", "Lossie", "Coningsby", "Odiham", "Waddo", "Akrotiri"],
    },
}  # fmt: skip

TOWNS = [
    "Wrexham", "Barnsley", "Hartlepool", "Falkirk", "Merthyr Tydfil", "Paisley", "Doncaster",
    "Wigan", "Stockport", "Carlisle", "Ballymena", "Newry", "Dundee", "Swindon", "Luton",
    "Gateshead", "Peterborough", "Taunton", "Kirkcaldy", "Bangor", "Stoke-on-Trent",
    "Great Yarmouth", "Redcar", "Huddersfield", "Kidderminster", "Oban", "Llanelli", "Omagh",
    "Bridgend", "Grimsby", "Sunderland", "Blackpool", "Motherwell", "Pontypridd", "Enniskillen",
    "Scunthorpe", "Rotherham", "Darlington", "Salisbury", "Yeovil", "Suva", "Nadi", "Pokhara",
    "Kumasi", "Lagos", "Harare", "Bulawayo", "Kraków", "Gdańsk", "Ludhiana", "Hargeisa",
    "Montego Bay", "Cluj-Napoca", "Kowloon",
]  # fmt: skip

STREETS = [
    "Gunners Walk", "Kingfisher Close", "Nightingale Way", "Station Road", "Sapper Lane",
    "Heather Drive", "Beech Grove", "Quarry Hill Road", "Ordnance Row", "Wessex Crescent",
    "Pembroke Avenue", "Bluebell Court", "Kestrel Rise", "Chapel Street", "Tern Gardens",
    "Larch Place", "Mill Lane", "Harbour View", "Trenchard Avenue", "Montgomery Road",
    "Slim Road", "Hazel Mews", "Cambrai Close", "Wavell Drive", "Arnhem Way",
]  # fmt: skip
HOUSE_NAMES = ["Rose Cottage", "The Old Forge", "Ty Gwyn", "Hillcrest", "Bryn Awel"]

POSTCODE_AREAS = [
    "SP", "DL", "TA", "PL", "LL", "CF", "KY", "BT", "SN", "GU", "CO", "PE", "EH", "IV", "NE",
    "DN", "WN", "LN", "OX", "BA", "TS", "HU", "S", "M", "G", "B", "L",
]  # fmt: skip

EMAIL_DOMAINS = [
    "gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "btinternet.com",
    "icloud.com", "live.co.uk", "mod.gov.uk",
]  # fmt: skip

CHARITIES = [
    "SSAFA", "Help for Heroes", "Combat Stress", "the Royal British Legion", "Blesma",
    "the RAF Benevolent Fund", "the Poppy Factory", "Walking With The Wounded",
    "the Soldiers' Charity", "the Royal Navy and Royal Marines Charity", "Scotty's Little Soldiers",
    "the Naval Families Federation", "the Army Families Federation", "Op Courage",
]  # fmt: skip
PRODUCTS = [
    "WhatsApp", "Facebook", "Zoom", "Teams", "Strava", "Headspace", "JPA", "Fitbit",
    "Instagram", "Google Maps", "Rightmove", "Kindle", "Spotify", "Netflix",
]  # fmt: skip
CLUBS = [
    "the Garrison Gladiators", "the Red Kites", "the Hornets", "the Sappers XV",
    "the Mess Masters", "Valley Vipers", "the Bootneck Belles", "the Gunners",
    "the Kestrels", "the Dockyard Dragons", "the Hercules Harriers", "the Wessex Warriors",
]  # fmt: skip
EVENTS = [
    "Remembrance Sunday", "Armed Forces Day", "Families Day", "the Christmas Ball",
    "the summer fete", "the Burns Night supper", "St David's Day", "the Trafalgar Night dinner",
    "Battle of Britain Sunday", "the Fun Run", "Bonfire Night", "Freedom Parade",
]  # fmt: skip
PLACE_WORDS = [
    "the NAAFI", "the cookhouse", "the block", "the Sergeants' Mess", "the gym",
    "the guardroom", "the quarter", "the patch", "the community centre", "the HIVE",
    "the chapel", "the med centre",
]  # fmt: skip
