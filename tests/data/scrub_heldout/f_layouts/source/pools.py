"""Word pools for held-out corpus F, written for this corpus (no public word list used).

Names are grouped by origin so a document can cast people of many backgrounds. Each first
name may carry diminutives; each surname may carry a service nickname. Unit, ship, base and
town names are public place and formation names.
"""

from __future__ import annotations

# origin -> (first names as (name, gender, diminutives), surnames)
ORIGINS: dict[str, tuple[list[tuple[str, str, tuple[str, ...]]], list[str]]] = {
    "english": (
        [
            ("Christopher", "m", ("Chris", "Kit")),
            ("Nicholas", "m", ("Nick", "Nicky")),
            ("Stephen", "m", ("Steve", "Steph")),
            ("Jonathan", "m", ("Jon", "Jonny")),
            ("Matthew", "m", ("Matt",)),
            ("Timothy", "m", ("Tim",)),
            ("Frederick", "m", ("Fred", "Freddie")),
            ("Will", "m", ()),
            ("Mark", "m", ()),
            ("Frank", "m", ()),
            ("Bill", "m", ()),
            ("Rebecca", "f", ("Becky", "Bex")),
            ("Elizabeth", "f", ("Liz", "Beth", "Lizzie")),
            ("Victoria", "f", ("Vicky", "Tori")),
            ("Samantha", "f", ("Sam", "Sammy")),
            ("Charlotte", "f", ("Charlie", "Lottie")),
            ("Grace", "f", ()),
            ("Hope", "f", ()),
            ("Joy", "f", ()),
            ("Dawn", "f", ()),
            ("Rose", "f", ()),
        ],
        [
            "Whitcombe", "Ashworth", "Pendleton", "Marsh", "Fox", "Baker", "Hill", "Best",
            "Smith", "White", "Miller", "Warren", "Wilson", "Clark", "Martin", "Bell",
            "Thornbury", "Kettleborough", "Youngs", "Cartwright", "Lister", "Sparrow",
            "Collins", "Walker", "Gray", "Moore", "Ward",
        ],
    ),
    "scottish": (
        [
            ("Alasdair", "m", ("Ali", "Al")),
            ("Hamish", "m", ()),
            ("Ewan", "m", ()),
            ("Catriona", "f", ("Cat", "Triona")),
            ("Morag", "f", ()),
            ("Isla", "f", ()),
        ],
        ["MacLeod", "McAllister", "Drummond", "Urquhart", "Buchanan", "Mackintosh"],
    ),
    "welsh": (
        [
            ("Dafydd", "m", ("Dai", "Dafs")),
            ("Rhodri", "m", ("Rhod",)),
            ("Gethin", "m", ("Geth",)),
            ("Angharad", "f", ("Ang",)),
            ("Ffion", "f", ()),
            ("Seren", "f", ()),
        ],
        ["Pritchard", "Llewellyn", "Vaughan", "Hughes-Parry", "ap Rhys", "Prosser"],
    ),
    "irish": (
        [
            ("Donnchadh", "m", ("Donncha",)),
            ("Seán", "m", ()),
            ("Cillian", "m", ()),
            ("Aoife", "f", ()),
            ("Siobhán", "f", ("Shiv",)),
            ("Gráinne", "f", ()),
        ],
        ["Ní Fhaoláin", "Mac Cárthaigh", "O'Driscoll", "Murphy", "Kavanagh", "Ó Súilleabháin"],
    ),
    "polish": (
        [
            ("Wojciech", "m", ("Wojtek",)),
            ("Przemysław", "m", ("Przemek",)),
            ("Grzegorz", "m", ("Grzesiek", "Greg")),
            ("Małgorzata", "f", ("Gosia",)),
            ("Agnieszka", "f", ("Aga",)),
            ("Zofia", "f", ("Zosia",)),
        ],
        ["Wiśniewski", "Zieliński", "Kowalczyk", "Szymańska", "Dąbrowska", "Lewandowski"],
    ),
    "nigerian": (
        [
            ("Oluwaseun", "m", ("Seun",)),
            ("Chukwuemeka", "m", ("Emeka",)),
            ("Babatunde", "m", ("Tunde",)),
            ("Ngozi", "f", ()),
            ("Folasade", "f", ("Sade", "Fola")),
            ("Chiamaka", "f", ("Ama",)),
        ],
        ["Adeyemi", "Okonkwo", "Olawale", "Nwachukwu", "Eze", "Ogunleye"],
    ),
    "ghanaian": (
        [
            ("Kwabena", "m", ("Kobby",)),
            ("Kofi", "m", ()),
            ("Yaw", "m", ()),
            ("Akosua", "f", ()),
            ("Efua", "f", ()),
            ("Abena", "f", ()),
        ],
        ["Asante", "Boateng", "Owusu-Ansah", "Mensah", "Darko", "Agyeman"],
    ),
    "nepali": (
        [
            ("Bishnu", "m", ()),
            ("Dil Bahadur", "m", ()),
            ("Kamal", "m", ()),
            ("Sunita", "f", ()),
            ("Pramila", "f", ()),
        ],
        ["Gurung", "Limbu", "Rai", "Pun", "Thapa Magar", "Tamang"],
    ),
    "fijian": (
        [
            ("Ratu Isikeli", "m", ("Keli",)),
            ("Sefanaia", "m", ("Sefa",)),
            ("Josefa", "m", ("Jo",)),
            ("Litia", "f", ()),
            ("Mereani", "f", ("Mere",)),
        ],
        ["Tuilevuka", "Naivalu", "Rokoduru", "Vakacegu", "Waqanivalu"],
    ),
    "south_asian": (
        [
            ("Gurpreet", "m", ("Gury",)),
            ("Mohammed", "m", ("Mo",)),
            ("Rajesh", "m", ("Raj",)),
            ("Harinder", "f", ("Hari",)),
            ("Ayesha", "f", ()),
            ("Priyanka", "f", ("Priya",)),
        ],
        ["Sandhu", "Chaudhry", "Bhattacharya", "Siddiqui", "Patel", "Gill"],
    ),
    "caribbean": (
        [
            ("Delroy", "m", ("Del",)),
            ("Winston", "m", ("Winnie",)),
            ("Marcia", "f", ()),
            ("Beverley", "f", ("Bev",)),
            ("Faith", "f", ()),
        ],
        ["Campbell-Brown", "Lindo", "Gayle", "Forbes", "Hinds"],
    ),
    "chinese": (
        [
            ("Wei", "m", ()),
            ("Jun Hao", "m", ()),
            ("Mei Ling", "f", ()),
            ("Xiu", "f", ()),
        ],
        ["Zhang", "Leung", "Tsang", "Huang", "Cheung"],
    ),
    "somali": (
        [
            ("Abdirahman", "m", ("Abdi",)),
            ("Hodan", "f", ()),
            ("Ifrah", "f", ()),
        ],
        ["Warsame", "Farah", "Mohamud", "Abdullahi"],
    ),
    "romanian": (
        [
            ("Ionuț", "m", ()),
            ("Bogdan", "m", ("Bogdi",)),
            ("Ioana", "f", ()),
        ],
        ["Popescu", "Dumitrescu", "Ionescu"],
    ),
    "portuguese": (
        [
            ("João", "m", ("Joca",)),
            ("Inês", "f", ()),
        ],
        ["Gonçalves", "Rodrigues", "Figueiredo"],
    ),
}  # fmt: skip

# surname -> service nickname; origin -> nickname for anyone of that origin
SURNAME_NICKNAMES = {
    "Smith": "Smudge", "White": "Chalky", "Miller": "Dusty", "Murphy": "Spud",
    "Warren": "Bunny", "Wilson": "Tug", "Clark": "Nobby", "Martin": "Pincher", "Bell": "Dinger",
    "Collins": "Jumper", "Walker": "Hooky", "Gray": "Dolly", "Moore": "Pony", "Ward": "Sharkey",
}  # fmt: skip
ORIGIN_NICKNAMES = {"welsh": "Taff", "scottish": "Jock"}

ARMY_RANKS = ["Pte", "LCpl", "Cpl", "Sgt", "SSgt", "WO2", "Lt", "Capt", "Maj", "Lt Col", "Spr",
              "Gnr", "Tpr", "Rfn", "Bdr", "CSgt"]  # fmt: skip
NAVY_RANKS = ["AB", "LH", "PO", "CPO", "Lt Cdr", "Cdr", "Mne", "Cpl", "Sub Lt"]
RAF_RANKS = ["SAC", "Cpl", "Sgt", "FS", "Fg Off", "Flt Lt", "Sqn Ldr", "Wg Cdr", "Chf Tech"]
LONG_RANKS = {
    "Sgt": "Sergeant", "Cpl": "Corporal", "Capt": "Captain", "Maj": "Major",
    "Lt Col": "Lieutenant Colonel", "Flt Lt": "Flight Lieutenant", "Cdr": "Commander",
    "Sqn Ldr": "Squadron Leader", "CSgt": "Colour Sergeant", "PO": "Petty Officer",
}  # fmt: skip
TITLES_M = ["Mr", "Dr"]
TITLES_F = ["Mrs", "Ms", "Miss", "Dr"]
POST_NOMINALS = ["MBE", "BEM", "QGM", "OBE", "RN", "RM", "MSc", "BA (Hons)", "RMN"]

BATTALIONS = ["1 R ANGLIAN", "2 YORKS", "1 RGR", "3 RIFLES", "2 SCOTS", "1 R IRISH", "2 LANCS",
              "1st Battalion The Royal Welsh", "2nd Battalion The Parachute Regiment",
              "1 GREN GDS", "4 SCOTS", "1 MERCIAN"]  # fmt: skip
REGIMENTS = ["26 Regt RA", "21 Engr Regt", "Queen's Dragoon Guards", "3 Regt AAC",
             "10 Queen's Own Gurkha Logistic Regiment", "Royal Scots Dragoon Guards",
             "King's Royal Hussars", "4 Regt RLC", "16 Regt RA", "Light Dragoons"]  # fmt: skip
COMMANDOS = ["40 Cdo", "42 Commando RM", "45 Cdo", "29 Cdo Regt RA", "24 Cdo RE",
             "Commando Logistic Regiment"]  # fmt: skip
FORMATIONS = ["16 Air Assault Bde", "3 Cdo Bde", "1st (UK) Division", "7 Inf Bde",
              "4th Infantry Brigade", "102 Log Bde", "11 Sig Bde"]  # fmt: skip
SHIPS = ["HMS Dauntless", "HMS Somerset", "HMS Medway", "HMS Albion", "RFA Tidespring",
         "HMS Trent", "HMS Iron Duke", "HMS Kent", "RFA Mounts Bay"]  # fmt: skip
SQUADRONS = ["617 Sqn", "IX(B) Squadron", "XI Sqn", "847 NAS", "1 Sqn RAF Regiment",
             "II(AC) Sqn", "32 (The Royal) Squadron", "820 Naval Air Squadron"]  # fmt: skip
UNIT_POOLS = {
    "battalion": BATTALIONS, "regiment": REGIMENTS, "commando": COMMANDOS,
    "formation": FORMATIONS, "ship": SHIPS, "squadron": SQUADRONS,
}  # fmt: skip

BASES = ["RAF Marham", "RAF Coningsby", "RAF Valley", "RNAS Culdrose", "RNAS Yeovilton",
         "HMNB Devonport", "HMNB Clyde", "Bulford Camp", "Dalton Barracks", "Kendrew Barracks",
         "Alanbrooke Barracks", "Fort George", "Chetwynd Barracks", "RAF Odiham",
         "Stonehouse Barracks", "Beachley Barracks", "HMS Raleigh"]  # fmt: skip
BASE_ABBREVIATIONS = ["Brize", "Lossie", "CTCRM", "ATR Pirbright", "DMRC Stanford Hall",
                      "RMB Chivenor", "ITC Catterick"]  # fmt: skip
GARRISONS = ["Catterick Garrison", "Tidworth", "Aldershot", "Colchester", "Larkhill",
             "Warminster", "Bulford", "Perham Down", "Leuchars", "Abingdon"]  # fmt: skip
BASE_POOLS = {"base": BASES, "abbreviation": BASE_ABBREVIATIONS, "garrison": GARRISONS}

TOWNS = ["Kettering", "Ripon", "Llanelli", "Dunfermline", "Lisburn", "Barnsley", "Truro",
         "Gateshead", "Paisley", "Wigan", "Merthyr Tydfil", "Grantham", "Coleraine",
         "Kirkcaldy", "Bridgwater", "Scunthorpe", "Rhyl", "Stornoway", "Hartlepool",
         "Leominster"]  # fmt: skip
STREET_NAMES = ["Foxglove Way", "Quarry Lane", "Tannery Close", "Sandpiper Drive",
                "Orchard Rise", "Cobden Street", "Heol y Parc", "Kestrel Road",
                "Mill Brow", "Larch Avenue", "Ferryside Terrace", "Stanier Crescent",
                "Ropewalk", "Bryn Glas", "Canal Side", "Old Forge Mews", "Windmill Hill",
                "Sycamore Grove", "Pump House Lane", "Chapel Fold"]  # fmt: skip
HOUSE_NAMES = ["Rowan Cottage", "The Old Bakery", "Ty Gwyn", "Hawthorn House",
               "Kingfisher Lodge", "Beech View"]  # fmt: skip
BLOCKS = ["Alder Court", "Marlow House", "Swan Mews", "Tennyson Point"]
POSTCODE_AREAS = ["SP", "BA", "PL", "CT", "DL", "YO", "AB", "IV", "LL", "CF", "BT", "EH",
                  "KY", "PE", "TN", "GU", "OX", "NN", "PR", "LS", "M", "B", "NE", "G"]  # fmt: skip
MAIL_DOMAINS = ["mod.gov.uk", "gmail.com", "outlook.com", "hotmail.co.uk", "btinternet.com",
                "yahoo.co.uk", "icloud.com", "nhs.net"]  # fmt: skip

PRODUCTS = ["Combat Stress", "SSAFA", "Help for Heroes", "Togetherall", "Headspace",
            "Op Courage", "Veterans' Gateway", "Samaritans", "RBL", "Blesma", "JPA",
            "MS Teams", "Forces Line", "Poppyscotland", "Calm", "HIVE"]  # fmt: skip
HELPLINES = ["999", "111", "116 123", "101", "0800 1111"]
TEAMS = ["The Welfare Team", "Unit Welfare Office", "The Families Office", "Orderly Room",
         "The Pastoral Support Team", "Regimental Admin Office", "Veterans Support Desk",
         "HIVE Information Centre", "The Duty Desk", "Personnel Recovery Unit"]  # fmt: skip
ROLE_WORDS = ["the OC", "the CO", "the RSM", "the Padre", "UWO", "the Adjt", "the Chief",
              "Duty Officer", "the 2IC", "SSM", "the Coxswain", "the MO", "Unit Clerk",
              "Chaplain", "the Sgt Maj"]  # fmt: skip
