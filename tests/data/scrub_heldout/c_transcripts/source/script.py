"""What the voices say: turn templates for held-out corpus C, written by hand for it.

Slots (resolved by generate.py, which records every label at the moment it appends text):
  {who.form}  a person: who is me (the voice speaking), oth (another participant), int (the
              interviewer), mate, mate2, sgt, boss, partner, kid, gp, welfare; form is full,
              first, sur, rank, title, init, surfirst, dim, typo, spell, broken, any or name
              (first, diminutive or full: how friends say it); he/him/his/He/His are pronouns.
  {value}     the speaking voice's own value: age, age_w, age_d, age_then, kid_age, dob,
              dob_w, dob_d, phone, phone_w, phone_d, svc, svc_w, svc_d, ni, nhs, email,
              email_w, email_d, sort, acct, iban, addr, pc, home, town, garrison, base, abbr,
              unit, unit2, ship, squadron, battalion, regiment, commando, formation.
  {=TYPE/form=text}  a value written here and labelled TYPE with that form.
  {~kind}     a decoy drawn from a pool (product, rank, service, month, weekday, year,
              operation); {~kind=text} a decoy written here (word, count, greet, greet_all,
              signoff, street_word...).
"""

from __future__ import annotations

QUESTIONS: dict[str, list[str]] = {
    "open": [
        "{~greet=Hi}, and thanks for making the time. Before we start, can you confirm you've "
        "read the information sheet and you're happy for this to be recorded?",
        "Okay, we're recording now. Just for the tape, could you say your name and spell "
        "the surname for me?",
        "Right, so this is one of the interviews for the transition study. I'm {int.full} and "
        "I'll be asking the questions today. Could you start by telling me a bit about "
        "yourself?",
        "{~greet_all=Morning all}. Thanks for coming in. Could we go round the table and "
        "everyone just say their name and a bit about their service?",
    ],
    "background": [
        "Can you tell me a bit about your life before you joined?",
        "Let's go back to the start. Tell me about yourself, growing up.",
        "What was home like before you joined?",
    ],
    "joining": [
        "What made you join up?",
        "Can you talk me through your training?",
        "What was basic like?",
        "Who do you remember from training?",
    ],
    "service": [
        "Tell me about the people you served with.",
        "Where were you posted after that?",
        "What was the unit like?",
        "Was there anyone who looked out for you?",
        "Can you tell me more about {mate.name}?",
        "You mentioned {sgt.rank} earlier. What was {sgt.he} like?",
        "What about tours? Where did you deploy?",
        "How did you get on with the chain of command?",
    ],
    "incident": [
        "You said something happened on that tour. Are you okay to talk about it?",
        "Take your time. What happened next?",
        "Who was with you at the time?",
        "How did the unit support you afterwards?",
        "Did you get any medical treatment?",
    ],
    "leaving": [
        "How did it come about that you left?",
        "What was the resettlement process like?",
        "Did anyone help you with the paperwork when you got out?",
        "What was the hardest part of leaving?",
        "How did you find getting registered with a GP and that side of things?",
    ],
    "now": [
        "And what are you doing now?",
        "How's family life these days?",
        "Do you still keep in touch with anyone from your unit?",
        "Have you used any of the support services?",
        "What would you say to someone who's about to leave?",
        "How are you finding money at the moment?",
    ],
    "admin": [
        "Before we finish, we need a few details for the thank-you payment. Is that okay?",
        "Just a couple more details for the form, if that's alright.",
        "And for the paperwork, anything else I need from you?",
    ],
    "close": [
        "That's everything from me. Is there anything you'd like to add?",
        "{~signoff=Thanks} so much for your time today, I'll stop the recording there.",
        "Brilliant. I'm going to stop the recording now. {~signoff=Cheers} everyone.",
    ],
}

ANSWERS: dict[str, list[str]] = {
    "open": [
        "Yeah, that's fine. I've signed it. I'm {me.full}, that's {me.sur}, {me.spell}.",
        "Yeah, no problem. {me.full}. Surname's {me.spell}. Most people just call me "
        "{me.dim} though.",
        "Happy with all that. My name's {me.full}, I'm ex-forces, {~service}, I did {~count=twelve "
        "years} in and I've been out about {~count=four years} now.",
        "I'm {me.name}. I was {unit} for most of my time, then a bit of time at {base} at the end.",
        "I'm {me.first}, {me.sur}, {me.spell}. I'm {age} and I live over in {home} now.",
        "{me.full}. On the nominal roll I was always {me.surfirst}, so you get used to "
        "hearing it backwards.",
        "Yeah. Just so you've got it right on the form, it's {me.surfirst}. People get the "
        "spelling wrong all the time, it's {me.spell}.",
    ],
    "background": [
        "I grew up in {home}. Council estate, {~count=three brothers}, my mum on her own "
        "most of the time. There wasn't a lot going on for lads like us.",
        "I'm {age_w} now. Just had my birthday in {~month}, actually.",
        "I'm {age}. Born {dob}, so you can do the maths.",
        "It's {dob}. Sorry, I always have to think about it, I've written it on that many forms.",
        "Date of birth is {dob_w}.",
        "Mostly {home}, but we moved about. My dad was in as well, so we did {garrison} and "
        "then Germany for a bit before he got out in {~year}.",
        "My grandad was a Gurkha, so joining was sort of expected. He was in {battalion} and "
        "he'd tell us stories about {~operation} and all that.",
        "Quiet, to be {~word=frank}. My mum worked nights and my dad wasn't about. I had my "
        "nan, and my cousin {mate2.first}, who's more like a brother, to be honest.",
        "We lived on {addr} in {home}, right by the school. It's all flats now.",
        "Nothing much. I left school at sixteen with not a lot, did a bit of labouring, and "
        "the careers office was just {~street_word=down the road}.",
    ],
    "joining": [
        "Honestly, I just wanted out of {home}. I was {age_then} and I went to the careers "
        "office on a {~weekday} and by {~month} I was at {base}.",
        "I was {age_then}. Just a kid really. My mum had to sign the forms.",
        "I joined as a {age_then}-year-old. Went to {base} for basic, then straight to {unit}.",
        "Basic was hard but I loved it. There was a lad called {mate.full} in my section, "
        "and {mate.first} and me just clicked. We were inseparable after that.",
        "My section commander in training was {sgt.rank}. {sgt.He} was a proper hard man "
        "but fair. I still remember {sgt.his} voice now.",
        "We had a training corporal, {sgt.full}, and {sgt.he} used to make us do the "
        "assault course till we were sick. {sgt.rank} didn't care if it was raining.",
        "I remember the first day, {sgt.rank} going down the line shouting surnames. "
        '"{me.surfirst}!" and I didn\'t even answer because no one says it like that.',
        "It was {~count=twenty-six weeks} at {base}. I was the youngest in the intake, "
        "{age_then}, and {mate.name} was the oldest, I think {mate.he} was {oage}.",
        "My mate {mate.full} joined the same day as me. {mate.first} was from {town}, "
        "and we ended up going to {unit} together.",
        "I wanted {~service=the Navy} originally. Did my basic at {base} and then my "
        "first ship was "
        "{ship}. Proper eye-opener.",
    ],
    "service": [
        "{mate.first} was the best {mate.bloke} I served with. {mate.dim}, we called {mate.him}. "
        "If you were in bother, {mate.dim} was there. Didn't matter what time.",
        "Everyone knew {mate.dim}. Honestly, if you say that name anywhere in {unit}, "
        "people {~word=will} have a story about {mate.him}.",
        "After {base} I went to {garrison}. That's where I met {mate.name}. We were in the "
        "same block for {~count=two years}.",
        "{sgt.rank} was my platoon sergeant by then. {sgt.sur} was old school. {sgt.He} "
        "had a saying, {~word=mark} my words, lads, and then some rubbish about boots.",
        "{boss.rank} was the OC, and {boss.he} was alright, for an officer. Not like "
        "{~rank}, who nobody could stand.",
        "We did a tour on {~operation} in {~year}. {unit} were spread all over. I was with "
        "{mate.sur} and {mate2.full} most of the time.",
        "I was on {ship} for {~count=eighteen months}. Then drafted to {base}. You do what "
        "the drafty says.",
        "I was {squadron}, based out of {base}. Engines, mostly. {mate.full} was on the "
        "same shift and {mate.he} taught me more than any course.",
        "It was a good unit. {unit}. You hear people say {unit} and they think it's all "
        "about the fighting, but it was the lads. {mate.name}, {mate2.name}, the lot.",
        "{~rank} was brand new, and {sgt.rank} basically ran the place. Everyone knew it.",
        "There was {mate2.full}, who we all called {mate2.dim}. Funny as anything. "
        "{mate2.dim} could make you laugh on the worst day.",
        "I did a spell at {abbr} as an instructor. Loved it. Then back to {unit} in {garrison}.",
        "We were attached to {formation} for that tour. Big thing, lots of moving parts.",
        "The welfare officer was {welfare.rank}. I didn't go to {welfare.him} much at first.",
        "People called me {me.dim} in the unit. Still do, the ones I see.",
        "Me and {mate.sur} got posted to {garrison} together. We shared a married quarter "
        "patch {~street_word=down the road} from each other when we both got married.",
        "{mate.init} on the roster, that was {mate.him}. I'd always look for {mate.init} "
        "first, because if {mate.he} was on, it'd be a good night.",
        "Not much, to be honest. We worked, we went out, {~count=three nights} a week we'd "
        "be in the bar. {mate.name} was always the last one standing.",
        "My boss was {boss.full}. Decent. {boss.rank} had done {~count=two tours} and "
        "{boss.he} never once pulled rank on the lads.",
        "We went to Kenya with {unit} and then on to {abbr} after that. That's where "
        "{mate.dim} broke {mate.his} ankle on the first day.",
    ],
    "incident": [
        "Yeah, I'm okay. It was {~operation}, {~year}. We were on a patrol out of {base} "
        "and the vehicle in front went over an IED. {mate.first} was in it.",
        "{mate.name} got casevaced to {abbr} and then flown back. I didn't see {mate.him} "
        "for months. When I did it was at {base}.",
        "It was {mate.sur}. {mate.first} {mate.sur}. I still struggle to say it, honestly.",
        "I was with {mate2.first} and {sgt.rank}. {sgt.rank} took over and got us "
        "sorted. I don't think I'd be here if {sgt.he} hadn't.",
        "I ended up at {base} for rehab. {~count=Seven months}. Good people there. The "
        "physio was {gp.title}, and {gp.sur} was brilliant with me.",
        "I was sent to the med centre and {gp.title} referred me on. Took ages. By the time "
        "I saw someone it was {~month}.",
        "Not really. {~rank} said the door was open but you knew what that meant. "
        "{welfare.rank} was good though, {welfare.he} came to see me at home.",
        "My knee went on exercise at {garrison}. They put me on light duties and that was "
        "it really, the beginning of the end.",
        "We lost {mate2.full} on that tour. {mate2.dim}. {mate2.He} was {oage}. "
        "That's not an age, is it.",
        "After that, {mate.dim} wasn't the same. None of us were, but {mate.first} took it "
        "hardest.",
        "It was on {ship}, in the Gulf. There was a fire in the machinery space and "
        "{mate.rank} pulled me out. I owe {mate.him} everything.",
    ],
    "leaving": [
        "I was medically discharged in {~year}. I was {age_then}. Didn't really have a plan.",
        "Resettlement was a joke for me. {~count=Two weeks} of courses and then off you go. "
        "{welfare.full} from the welfare office tried, to be fair.",
        "I had to phone up about my pension and they wanted my service number. It's "
        "{svc}, I'll never forget it.",
        "Service number was {svc_w}. You never forget it, it's burnt in.",
        "My service number? {svc}. They drill it into you.",
        "They sent everything to my old e-mail, {email_w}, which I hadn't opened in years.",
        "I rang the veterans' line on {~weekday} and they took my service number, {svc}, my "
        "NI, {ni}, and said someone would call me back on {phone}. Nobody did.",
        "The NI number was a nightmare because they'd got it wrong on the system. It's "
        "{ni}, and they had a letter out.",
        "My GP was {gp.title} at the practice in {home}. {gp.title} was the first one who "
        "actually listened. Asked for my NHS number and I had to read it off the card, "
        "{nhs}.",
        "The hardest bit was losing the lads. One day you're with {mate.name} every day "
        "and then it's a {~product=WhatsApp} group.",
        "I moved back to {home} to be near my mum. Got a flat on {addr}. "
        "Not ideal but it was a start.",
        "{partner.first} was the one who kept me going. {partner.He} was working and I was "
        "at home staring at the wall.",
        "Honestly? Nobody told me anything. I found out about {~product} from a leaflet "
        "in the GP surgery.",
        "The {~word=bill} for the flat came in and I just didn't open it. I had "
        "{~count=six letters} on the side.",
        "I had my final medical at {base} and that was that. {~count=Twenty-two years} and "
        "out the gate on a {~weekday}.",
    ],
    "now": [
        "I'm working for a logistics firm in {town}. Driving, mostly. It's fine. It's a job.",
        "{partner.first} and me have got a little one now, {kid.first}. {kid.first} is "
        "{kid_age}. Keeps us busy.",
        "Our {kid.first} has just started school. {kid.dim}, we call {kid.him}. "
        "{kid.He} thinks I'm a hero, which is nice.",
        "I still see {mate.name}. {mate.He} lives out in {town} now. We do the march in "
        "{~month=November} together.",
        "{mate.dim} rings me every {~weekday}. Without fail. I {~word=hope} I'd do the "
        "same for {mate.him}.",
        "I've used {~product} a bit and {~product}. And {welfare.first} put me on to "
        "{~product=Op Courage}, which was good.",
        "Money's tight, yeah. {~product=Universal Credit}, and a bit of pension. "
        "There's no {~word=joy} in it but we get by.",
        "Get your paperwork sorted. All of it. Write your service number down, {svc_d}, "
        "whatever it is, and keep it somewhere safe.",
        "I changed my number when I left, so if anyone from {unit} is listening, it's {phone} now.",
        "I run the {~product=WhatsApp} for the old lads. {mate.dim} set it up, but I do "
        "it now. They "
        "can e-mail me on {email}.",
        "I'm doing an access course. Might go to uni, if you can believe that. At my age, {age}.",
        "My wife's {partner.full}. {partner.first} was a nurse at the med centre in "
        "{garrison}. That's how we met.",
        "{partner.name} and the kids are great. {kid.first} is {kid_age} and already "
        "talking about joining {~service=the Marines}.",
        "I still speak to {sgt.dim}. Well, {sgt.sur}. {sgt.He} was my sergeant so I'll "
        "always think of {sgt.him} as {sgt.rank}.",
        "The {~word=will} is there, I just need the time. I'm doing shifts at the depot on "
        "{~street_word=the high street} and it eats everything.",
        "We're in a rented place now, {addr}, {home}, {pc}. It's alright.",
    ],
    "admin": [
        "Yeah, go on.",
        "My mobile is {phone}.",
        "Best number's {phone_w}.",
        "It's {phone}. If I don't answer, text me, I'm on shifts.",
        "E-mail is {email}.",
        "It's {email_w}. All lower case.",
        "E-mail's {email}, that's the one I check.",
        "Sort code {sort}, account number {acct}.",
        "Sort code is {sort}. Account {acct}. It's a Nationwide.",
        "I've got the IBAN here because I set it up for something else, {iban}.",
        "Post it to {addr}, {home}, {pc}.",
        "It's {addr}, {pc}. That's in {home}.",
        "NHS number's {nhs}. Service number was {svc}.",
        "Mobile's {phone}, e-mail {email}. Either's fine.",
        "Have you got a pen? It's {phone_w}. And the e-mail is {email_w}.",
        "National Insurance, you said? {ni}. I know that one off by heart from the job centre.",
        "Bank's the same as before, sort code {sort}, account {acct}.",
        "Date of birth, did you need that? {dob_w}.",
    ],
    "close": [
        "No, I think that's it. {~signoff=Thanks} for listening. It's been good to talk "
        "about {mate.name}, actually.",
        "Just that people should ask. That's all. Ask the question.",
        "Only that if you speak to {mate.dim}, tell {mate.him} I said hello. {mate.He}'ll "
        "know who it's from.",
        "{~signoff=Cheers}. Good luck with the study.",
    ],
}

# Focus-group cross talk: one participant speaking to or about another (oth).
CROSS_TALK: list[str] = [
    "I'm with {oth.name} on that. Exactly what {oth.he} said.",
    "{oth.first}, you were at {garrison} about then, weren't you?",
    "Sorry, {oth.dim}, go on, I cut you off.",
    "That's what I was saying to {oth.first} before we came in.",
    "Like {oth.first} said, nobody tells you anything.",
    "{oth.name}'s right, though. It's the lads you miss.",
    "Didn't you know {mate.dim}, {oth.first}? {mate.He} was {unit}.",
    "Yeah, {oth.sur} and me did the same course at {abbr}. Small world.",
    "I'll let {oth.first} answer that one, {oth.he}'s got the horror story.",
    "Hang on, {oth.first}, was that the same {sgt.rank}? Big lad, from {town}?",
    "No, {oth.dim}, that was {mate2.sur}. Different {mate2.bloke}.",
    "Mm. Same. Same for me.",
    "{~word=grace} under pressure, that's what they call it, isn't it? Never felt like it.",
]

INTERJECTIONS = [
    "Mm.",
    "Yeah.",
    "Right.",
    "Okay.",
    "Mm-hm.",
    "Sure.",
    "Go on.",
    "That makes sense.",
    "Yeah, absolutely.",
    "I see.",
]

# A partner sitting in on an interview: {me.*} is the partner, {vet.*} the veteran.
PARTNER_LINES: list[str] = [
    "Sorry, can I just say something? I'm {me.full}, I'm {vet.first}'s partner. "
    "{vet.He} won't tell you this, but when {vet.he} came out {vet.he} was in a bad way.",
    "{vet.dim}, tell her about {mate.dim}. Go on.",
    "{vet.first} doesn't sleep. Still. {~count=Four hours} a night if I'm lucky.",
    "It was me that found the number for {~product}. {vet.first} wouldn't have rung.",
    "We met in {garrison}. I was working at the NAAFI, and {vet.he} came in every day "
    "with {mate.name} for a bacon roll.",
    "{mate.first} was at our wedding. Best man. {mate.He} still sends {kid.first} a card "
    "every birthday.",
    "I'll just add, the house was the worst bit. We had {~count=thirty days} to leave the "
    "quarter in {garrison}.",
    "Yeah. I'm {me.first}. I'll just sit here, don't mind me.",
    "No, {vet.dim}, it was {~month}, not {~month}. I remember because {kid.first} was {kid_age}.",
    "He means {sgt.rank}. {sgt.sur} was good to us, I'll give {sgt.him} that.",
]

# Questions that ask for one thing, with the answers that give it.
PAIRED: dict[str, list[tuple[str, list[str]]]] = {
    "background": [
        (
            "And how old are you now, if you don't mind me asking?",
            [
                "I'm {age}.",
                "{age_w}. Don't remind me.",
                "I'm {age}. Born {dob}, so you can do the maths.",
                "I'll be {age_w} next birthday. No, hang on, I'm {age}. I'm {age}.",
            ],
        ),
        (
            "Just for the demographic form, what's your date of birth?",
            [
                "It's {dob}. Sorry, I always have to think about it, I've written it on that many "
                "forms.",
                "Date of birth is {dob_w}.",
                "{dob_d}.",
                "{dob_w}. Makes me {age}.",
            ],
        ),
        (
            "Where did you grow up?",
            [
                "{home}. Born and bred.",
                "I grew up in {home}, on {addr}. My mum's still there.",
                "All over. Army brat. {garrison} mostly, and then {home} when my dad got out.",
            ],
        ),
    ],
    "joining": [
        (
            "How old were you when you went in?",
            [
                "I was {age_then}. Just a kid really. My mum had to sign the forms.",
                "{age_then}. I lied and said I was older at first, but they checked.",
                "I went in at {age_then} and came out at {oage}.",
            ],
        ),
    ],
    "admin": [
        (
            "What's the best number to get hold of you on?",
            [
                "My mobile is {phone}.",
                "Best number's {phone_w}.",
                "It's {phone}. If I don't answer, text me, I'm on shifts.",
            ],
        ),
        (
            "And an e-mail address for the summary?",
            [
                "E-mail is {email}.",
                "It's {email_w}. All lower case.",
                "E-mail's {email}, that's the one I check.",
            ],
        ),
        (
            "Could you give me the sort code and account number for the voucher payment?",
            [
                "Sort code {sort}, account number {acct}.",
                "Sort code is {sort}. Account {acct}. It's a Nationwide.",
                "I've got the IBAN here because I set it up for something else, {iban}.",
            ],
        ),
        (
            "Where should we post the consent copy?",
            ["Post it to {addr}, {home}, {pc}.", "It's {addr}, {pc}. That's in {home}."],
        ),
        (
            "For the records linkage part, could I take your NHS number and service number?",
            [
                "NHS number's {nhs}. Service number was {svc}.",
                "Service number {svc_w}. NHS, I'd have to look. Hang on. {nhs}.",
            ],
        ),
        (
            "And your National Insurance number, for the payment?",
            ["{ni}.", "It's {ni}, I think. Yeah, {ni}."],
        ),
    ],
}

# More answers by section, written in a second pass for variety.
MORE_ANSWERS: dict[str, list[str]] = {
    "background": [
        "My dad was a miner and his dad before him. When the pits went, there was nothing. "
        "I was the first one in our family to go in {~service=the Army}.",
        "We were {~count=five kids} in a three-bed in {home}. My mum did cleaning jobs. "
        "I don't remember ever being bored, but I remember being hungry.",
        "I came over from Fiji when I was {age_then}. There's a big Fijian community in "
        "{garrison} now, but then it was just a handful of us.",
        "{=LOCATION/town=Kathmandu}, then {=LOCATION/town=Pokhara}. My uncle was in "
        "{battalion}, so it was always the plan. "
        "Selection was the hardest thing I've ever done.",
        "{=LOCATION/town=Lagos} till I was ten, then {home}. My mum was a nurse. She "
        "still says I should've "
        "been a doctor.",
        "{=LOCATION/town=Warsaw}. I came to the UK in {~year}, worked in a warehouse in "
        "{town}, and then a "
        "lad I worked with said why don't you join up. So I did.",
    ],
    "service": [
        "{sgt.rank}, {sgt.sur}, he was called, or she. I can't remember. No, {sgt.he}. "
        "{sgt.first}. That's it. {sgt.first} {sgt.sur}.",
        "On paper it was {mate.init}, but nobody called {mate.him} that. {mate.dim}, or "
        "just {mate.sur} if you were being formal.",
        "The transcript people will spell it wrong, so it's {mate.sur}, {mate.spell}.",
        "It's funny, I still write {mate.typo} in my head. I could never spell it.",
        "When {boss.rank} left, we got {~rank} instead, and it all went downhill. Nothing "
        "against {boss.sur}, but the new one didn't have a clue.",
        "It was all very {~word=sandy} out there. You'd be finding it in your kit for "
        "months after. {mate.first} used to say you'd bring half the desert home.",
        "We were on {ship} together, me and {mate.full}, and then {mate.he} went to "
        "{squadron} and I went to {commando}.",
        "{mate2.rank}, that was {mate2.first}, {mate2.he} had {~count=twenty-two years} in "
        "by then and {mate2.he} knew everyone in {garrison}.",
        "I was in {regiment} attached to {battalion} for {~operation}. Everyone just said "
        "the battlegroup. {mate.first} was the only other one from my lot.",
        "You'd go into the cookhouse at {base} and it'd be {mate.dim} at one end and "
        "{mate2.dim} at the other, shouting across. Every day. Like a double act.",
        "That was in the days before {~product}. You wrote letters. My nan kept every one.",
        "My section was me, {mate.first}, {mate2.first}, a lad called {welfare.first} who "
        "later went on to the welfare side, and a couple of others.",
    ],
    "incident": [
        "I've never really said this out loud. It was {~month}, {~year}. {mate.first} was "
        "on the radio and then {mate.he} wasn't.",
        "It was a {~street_word=close} call for all of us. But for {mate2.dim} it wasn't close. "
        "{mate2.He} was {oage}.",
        "The helicopter took {mate.name} to {base}. I went to see {mate.him} at "
        "{abbr} a few weeks later and {mate.he} didn't know who I was.",
        "{welfare.rank} rang my mum. I'll always be grateful for that. {welfare.first} "
        "didn't have to.",
        "I carried {mate2.broken} to the vehicle. I don't remember the weight. "
        "I remember {mate2.his} boots.",
        "I ended up in the hospital for a bit. {gp.title} there said it'd be "
        "a year at least. It was nearly two.",
    ],
    "leaving": [
        "I got out in {~year}. {~count=Nineteen years} and I got a handshake and a "
        "certificate. {boss.rank} did the presentation. Nice enough.",
        "The resettlement officer was {welfare.rank}. {welfare.first}, {welfare.he} said to "
        "call {welfare.him}. Good heart, but {welfare.he} was stretched thin.",
        "I sold my car to pay the deposit on a place on {addr}. That was in {town}. "
        "{~street_word=end of the road}, I thought.",
        "I had my last day at {base} on a {~weekday}. Handed in my ID card, and that was "
        "it. {mate.dim} took me for a pint in {garrison}.",
        "My partner, {partner.name}, did all the forms. I couldn't face them. {partner.He} "
        "had my service number written on a post-it on the fridge, {svc}.",
        "They wanted the date of birth in the right format, day month year, {dob_d}. I'd "
        "put it the American way by mistake.",
    ],
    "now": [
        "I'm a security guard at a distribution centre {~street_word=off the main road}. "
        "Nights. It suits me, honestly.",
        "I help out at the breakfast club. {~count=Forty veterans} some weeks. "
        "{mate2.first} comes sometimes, when {mate2.he}'s up to it.",
        "{kid.name}'s {kid_age} now. Doing well at school. Better than I did.",
        "We moved to {town} in {~year} to be near {partner.first}'s mum. It's quieter. "
        "I miss {garrison}, if I'm honest.",
        "I did a course with {~product} on my phone and one with a proper counsellor, "
        "{gp.title}. That helped more.",
        "I'm on {~product} most nights, the lads are all on there. {mate.dim}, "
        "{mate2.dim}, a couple of others.",
        "The only one I still ring is {mate.broken}. Every Remembrance Sunday, without fail.",
        "There's a photo on the fridge of me and {mate2.broken} on {ship}. {kid.first} "
        "asks who {mate2.he} is.",
        "I've started running. {~count=Three times a week}. {mate.first} got me into it. "
        "{mate.He} does all the charity ones.",
    ],
}

# Exchanges that take more than one turn: "p" the participant, "i" the interviewer.
SEQUENCES: list[list[tuple[str, str]]] = [
    [
        ("p", "My number's {phone_d}."),
        ("i", "Sorry, was that {phone_w}?"),
        ("p", "That's it, yeah."),
    ],
    [("p", "E-mail is {email_d}."), ("i", "So that's {email_w}?"), ("p", "Yep.")],
    [("p", "Date of birth {dob_d}."), ("i", "{dob_w}. Lovely, thank you.")],
    [("p", "Postcode's {pc}."), ("i", "{pc}. And the first line?"), ("p", "{addr}.")],
    [
        ("p", "The one who really helped was {sgt.rank}, erm..."),
        ("i", "Take your time."),
        ("p", "{sgt.sur}. {sgt.first} {sgt.sur}. Sorry, it's gone out of my head for a second."),
    ],
    [
        ("p", "It was {mate.first}. {mate.first}, erm"),
        ("i", "Sorry, {mate.first}...?"),
        ("p", "{mate.sur}. Sorry. {mate.full}. We called {mate.him} {mate.dim}."),
    ],
    [
        ("i", "How do you spell {mate.sur}, for the transcript?"),
        ("p", "{mate.spell}. I think. {mate.He} always had to spell it for everyone."),
    ],
    [("i", "Is that {mate.typo}?"), ("p", "No, {mate.sur}. {mate.spell}.")],
    [
        ("p", "My date of birth is the, erm..."),
        ("i", "No rush."),
        ("p", "{dob_w}. God, I'm getting old."),
    ],
    [("p", "And the number is..."), ("i", "Go on."), ("p", "{phone_w}. Sorry. {phone}.")],
    [
        ("i", "Was that {boss.rank}?"),
        ("p", "Yeah. Well, {boss.sur}. {boss.first} to {boss.his} friends, not to us."),
    ],
    [
        ("p", "Service number? {svc_w}."),
        ("i", "Thank you."),
        ("p", "You'll have to check it against {~product=JPA}, I might have a digit wrong."),
    ],
]

for _section, _extra in MORE_ANSWERS.items():
    ANSWERS[_section].extend(_extra)
