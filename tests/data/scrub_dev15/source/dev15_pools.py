"""Templates of the scrub_dev15 corpus (see generate.py for the tokens).

`{k1.age}` a person's age (AGE, digits or words), `{@19-23}` an age drawn from a range
(`d` digits, `w` words, `C` capitalised, `U` capitals), `{mate.nick}` a person named in a
form, `{mate.he}` a pronoun (not labelled), `[text~other|kind]` a decoy, `{%pool}` a decoy
drawn from a pool, `{#kids}` how many children the document gives (a `count` decoy),
`{$town}` and the like other identifiers.
"""

INTERVIEW = {
    "q": [
        "Can you say a bit more about that?",
        "And how did that feel?",
        "Mm-hm. Go on.",
        "What about family, how's home life?",
        "Tell me about the people around you.",
        "Can you give me an example?",
        "And looking back on it now?",
        "OK. And how old were you then, roughly?",
        "Right. Was that a hard time?",
        "Is there anything about your age that makes it harder, do you think?",
        "Who's at home with you at the moment?",
        "And where are you now with it?",
    ],
    "a": [
        "I'm {me.age}, erm, married to {sp.fam}, we've got {#kids}. {k1.fam}'s {k1.age}, and "
        "the rest are younger. I've done {%served} now, so.",
        "I joined at {@16-17}, straight out of school. My mum signed the form because you had "
        "to be [eighteen~18|rule] otherwise. That was back in {%yearw}.",
        "I was, erm, {@19-22} when we went to Helmand. {@19-22w}. Just a kid really. {%tours} "
        "after that and I'm {me.age} now and it still comes back at [half two~3am~four in the "
        "morning|time].",
        "We lost {lost.nick} out there. {lost.He} was only {lost.age}. {lost.His} mum still "
        "sends me a card every {%date}.",
        "{lost.full}. {lost.He} was {lost.age}, yeah, {lost.age:w}. I think about {lost.him} "
        "every time I see a lad that age in the block.",
        "Me and {sp.fam} had our eldest at {@20-23}, so we were young, we grew up together "
        "really. {k1.fam}'s {k1.age} now and taller than me, [six foot~6ft 1~five eleven|measure] "
        "or something.",
        "Honestly I'm about {@40-49} in my head and about {@60-75} in my knees, haha. "
        "No, I'm {me.age}. Just turned.",
        "My dad's {dad.age}, he's in a home in {$town} now. Mum's {mum.age}, she still drives, "
        "God help everyone.",
        "{k1.fam} is {k1.age} on [Saturday~Sunday~Friday|date], so I'm trying to get leave, "
        "but it's {%months} till I'm back properly.",
        "I'm, what, {me.age}? {me.age:w}, yeah. Feels older. The ones I joined with are mostly "
        "out, [one|word] of them's a postie now.",
        "The new lads come in at {@16-18}, {@17-19} and they look like "
        "schoolkids to me. You get me.",
        "Our {k2.fam}'s {k2.age} and {k1.fam}'s {k1.age}. {k2.fam} doesn't really get it when "
        "I go, {k1.fam} does.",
        "{mate.nick}'s {mate.age}, we were in training together. {mate.He} did {%tours}, I did "
        "[two~three|count]. {mate.He}'s the [one|word] I ring.",
        "I'll be {me.age+1:w} next month. {me.age+1:w}! {sp.fam}'s planning something, I can "
        "tell, {sp.he}'s been {%idiom} all week.",
        "It was {%yearw}, I was {@18-21} and I'd never been further than {$town}. Then it's "
        "[six~seven|count] months in a tent.",
        "{sp.fam}'s {sp.age}, {sp.he}'s a teaching assistant, {%grade} or whatever they call it, "
        "works [nine till three~9 to 3|time].",
        "I'm going on {@50-59}, I think that's the thing. You're {@50-59}ish and there's "
        "nothing on civvy street that wants you, or that's how it feels.",
        "Well I was {@25-30} when I came off the Op, and {k1.fam}'s, erm, {k1.age} "
        "now? Yeah. So {k1.he} remembers it.",
        "When {mate.nick} got the news {mate.he} was {@30-38}. Grown man, crying "
        "in the car park. We did [five|count] laps of the [5k~10k|measure] loop after.",
        "Nearly {@40-40w}, yeah. {@40w} in [June~March|date]. I'm not bothered. {sp.fam}'s more "
        "bothered than me.",
        "They're {k3.age}, {k2.age} and {k1.age} now. My last tour was {%months}. The "
        "little [one|word] didn't know who I was when I came back.",
        "We won the inter-company football [3-1~2-0~4-2|score]. {mate.nick} was {mate.age:w} and "
        "the oldest on the pitch by miles.",
        "You meet lads at {@18} who've seen more than I had at {@30}. And the ones in their "
        "{%decade}, they just get on with it.",
        "I was {@23-27} when I had my first panic attack. Didn't know what it was. Went to the "
        "MO, she said I was fine, go back to work.",
        "Aged {@17-18d}, passed out at {$base}, {@17-18} and a half really. Then {$garrison}. "
        "Then {%served} of this.",
        "{rec.first}, [one|word] of my recruits, {rec.he}'s {rec.age}. {rec.age:w}. Same age as my "
        "{k1.son} near enough.",
        "I think I was, erm, {@11-13} when my dad first went away. So I know what {k1.fam}'s "
        "going through. {k1.He}'s {k1.age}.",
        "{boss.rank}'s about {@45-50}, {@50w}-ish, {boss.he}'s alright. Old school. {%served} "
        "in, {boss.he}'s seen it all.",
        "Mum was {@19-21w} when she had me, so she's only {mum.age}. We're more like mates.",
    ],
    "focus": [
        "I'm {me.age}, been married {%served}, moved [seven~six~nine|count] times.",
        "Mine are {k1.age} and {k2.age}. The {k1.age}-year-old's fine, the little [one|word]'s not "
        "sleeping.",
        "Can I just say, the [under 5s~under-fives|age_band] group at the church is brilliant. "
        "My {k1.fam} went from {@1-2} till {@3-4}.",
        "{sp.He}'s {sp.age}, {sp.he}'s done {%tours}, I'm {me.age} and I feel {@60-70w}.",
        "Our {k1.fam} turned {k1.age} the week {sp.he} deployed. {%months}. We did the cake over "
        "Teams at {%time}.",
        "The activities are all {%band}, nothing for teenagers. {k1.fam}'s {k1.age} and bored "
        "out of {k1.his} mind.",
        "Honestly, at {me.age} I didn't expect to be starting over in {$town}.",
        "My mother-in-law's {@78-86}, and she lives [two hundred~300|measure] miles away. "
        "That's the real problem.",
        "We've got a {%thing} and no second car. You need to be [17|rule] to drive, and "
        "{k1.fam} is {k1.age}, so that's not helping yet.",
        "I was {@19-21} when I married {sp.him}. You don't know anything at that age.",
        "Same. I was {@21-23}, {sp.he} was {@24-26}. [Mid-twenties|age_band], we thought we were "
        "grown-ups.",
        "The bus is the {%ref}, it goes at {%time}, and the kids club is [£4~£3.50|money] a "
        "session.",
        "Everyone at the coffee morning's in their {%decade}. I'm {me.age} and I'm the baby.",
        "{k2.fam}'s {k2.age} and {k1.fam}'s {k1.age}, and there's [one|word] in the middle "
        "who's sort of lost.",
        "Our eldest is {k1.age:w} going on {@30-35w}, honestly.",
        "My neighbour's lad is {@16-17} and he's joining up. You have to be [16|rule] with "
        "consent. I said to his mum, good luck.",
    ],
    "fac": [
        "Thanks all, we'll break for [ten minutes~15 mins|duration] and pick up at {%time}.",
        "Let's move on to question [4~five~6|ref]: the support you get at [over-50s~55+|age_band] "
        "stage.",
        "Great, I'll note that. Back at {%time}, tea's in {%ref}.",
    ],
}

SURVEY = {
    "q": [
        "Q7. In your own words, what has been the hardest part of service life for your family?",
        "Q9. Is there anything about your age or stage of life that affects your wellbeing?",
        "Q12. Tell us about anyone who helped you.",
        "Q3. What would make the biggest difference to you?",
        "Q14. Any other comments?",
    ],
    "a": [
        "I'm {me.age} and I've done {%served}. My knees are shot and I'm a {%grade}.",
        "Age {me.age}, {#kids} ({k1.age} and under). Childcare is the biggest thing, "
        "[£60~sixty quid~£72|money] a day is too much.",
        "I joined at {@16-17} and I'm now {me.age}. Nobody tells you what to do at the other end.",
        "My other half is {sp.age} and has done {%tours}. Our {k1.fam} is {k1.age}. "
        "We are [at sixes and sevens|idiom] most weeks.",
        "my mum is {mum.age} and lives alone, i'm {me.age} and can't get home more than twice "
        "a year",
        "I'm {@50-58} which in this job is ancient. Everyone else on the team is in their "
        "{%decade}.",
        "Felt [on cloud nine~in seventh heaven|idiom] when I got the promotion but that didn't "
        "last, {%months} later I was "
        "off sick.",
        "We had our first at {@19-21}. {k1.fam} is {k1.age} now and {k2.fam} is {k2.age}. "
        "Both have moved schools [five~four~six|count] times.",
        "{boss.rank} was brilliant. {boss.He} must be nearly {@50-55}, {boss.he} knew exactly "
        "what to say.",
        "im {me.age} btw, not {@20-23}, so the 'young families' stuff isn't for me",
        "I lost a mate, {lost.nick}, in {%year}. {lost.He} was {lost.age}. I was {@20-24}.",
        "AGE: {me.age}. Can't see why it matters but there you go.",
        "The welfare officer ({cw.title}) got us sorted in {%months}. Really good.",
        "The gym's for [over-16s|rule] only so our {k1.fam} ({k1.age}) can't come with me.",
        "Being {me.age:w} and single in the mess at {$base} is grim, everyone else is about "
        "{@19-22}.",
        "The accommodation is a [40-year-old building~50-year-old block~60 year old "
        "house|thing_age] with mould. We pay [£600 a month~£450~£520 a month|money] for it.",
        "{sp.fam} is {sp.age} and has had to give up work each move. {sp.His} career's gone.",
        "At my age ({me.age}) I should be thinking about resettlement but the pension "
        "calculator says {%served}, not {@55-60}.",
        "{@50w}-odd and still doing a [5k~10k~8 mile|measure] run every [Sunday~weekend|date]. not "
        "bad.",
        "Netball team lost [32-12~28-20|score] but I was the only [over-40|age_band] playing. "
        "Actually I'm {me.age}.",
        "Kids are {k3.age}, {k2.age} and {k1.age}. [Three schools~Four schools|count] in "
        "{%months}.",
        "My father was {dad.age} when he passed last year and I couldn't get compassionate "
        "leave for {%months}.",
        "Survey says {%band} but I'm {me.age} and that's a different thing, I'm at the top of it.",
        "{mate.full} from work rang me every [Sunday~Friday~week|date] when I was off. {mate.He}'s "
        "{mate.age} "
        "and doesn't have to do that.",
        "I'm a reservist, {me.age}, civvy job is {%grade}. Trying to do both is hard.",
        "WE NEED MORE FOR THE {%band} LOT. I AM {@50-59U} AND THERE IS NOTHING.",
        "Only about [30%~a third~40 per cent|percent] of families on our patch know the "
        "service exists. I'm {me.age}, my neighbour's {@60-70}, neither of us had heard of it.",
        "Just turned {@30w}. Pay rise was [2%~3 per cent~1.5%|percent], rent went up more.",
        "Our {k1.fam} ({k1.age}) got [96%~85%|percent] in {k1.his} mocks despite "
        "[three~four|count] "
        "schools. So proud.",
        "I'm {@30-39}ish, doesn't matter. What matters is the {%pct} of us who don't use the "
        "service.",
    ],
}

CHAT = {
    "sp": [
        "<just landed, on the bus at {%time}",
        "dont forget {k1.fam}'s party sat, {k1.he}'s {k1.age} and wants a dino cake",
        "<{k1.fam} is {k1.age} on saturday?? where did that go",
        "mum rang. she's {mum.age} next week and wants a do at the legion",
        "<how much was the present",
        "{%money}. it's from all of us",
        "<tell {k2.fam} i'll ring at {%time}",
        "{k2.fam} lost a tooth, {k2.he}'s {k2.age} and thinks the fairy pays [a quid~£2~50p|money]",
        "<ha. inflation",
        "parents eve thurs. {k1.fam}'s teacher says {k1.he}'s doing well for {k1.age}",
        "<you know im {me.age} on fri? no fuss pls",
        "youre {me.age:w} not {@80-90w}. there will be fuss",
        "scan went fine, they said at {sp.age} it's all normal x",
        "<what time is pick up",
        "{%time}. and {k1.fam} needs [£12~a tenner~£15|money] for the trip",
        "<[one of those days~at sixes and sevens~back to square one|idiom] today tbh",
        "{k1.fam} won {%score} at football, {k1.he} scored both",
        "<well done {k1.him}!! proper little striker",
        "your dad rang. he's {dad.age} not dead, he says, so ring him",
        "<lol will do",
        "the {%band} swimming is {%time} tues, {k2.fam} can go, {k2.he}'s {k2.age}",
        "<is {k3.fam} still only {k3.age}? feels like {k3.he}s been {k3.age} for ever",
        "{k3.fam} is {k3.age} and a half {k3.he}'ll tell you",
        "<booked the table for {%time}, the [one|word] by the window",
        "washing machine's died. it was a [15-year-old~ten-year-old~20 year old|thing_age] "
        "[one|word] "
        "anyway",
    ],
    "mate": [
        "<you still coming {%date}",
        "darts last night, lost [3-1~4-2~5-3|score] to the sgts mess. {mate2.fam}'s {mate2.age} "
        "and still cant throw",
        "yeah mate. {%time}?",
        "heard {lost.nick}'s mum is {@65-75} on monday, we should send something",
        "<{lost.nick} would've been {@30-40} this year",
        "{@30-40w}. mad. {lost.he} was {lost.age} when we lost {lost.him}",
        "<im {me.age} btw and my back is {@70-80}",
        "haha same. [8 mile~12 mile~10k|measure] tab nearly killed me",
        "<{rec.first}'s only {rec.age} and flew round",
        "course {rec.he} did {rec.he}s {rec.age:w}",
        "<{boss.rank} is {@50-55} next week apparently, cake in {%ref}",
        "whos paying, [a fiver~£5~a tenner|money] each?",
        "<{%tours} and still getting stitched up for cake money",
        "you see the game? {%score}",
        "<[cloud nine|idiom] mate",
        "how's {k1.fam}, {k1.he} must be {k1.age} now",
        "<{k1.age} yeah, thinks {k1.he}s {@20-25}",
        "im {@40-49} next month, that's it im old",
        "<you've been old since you were {@25-30}",
        "{sp.fam}'s {sp.age} tomorrow, what do i get {sp.him}",
        "<not socks again. [£20~twenty quid|money] max",
        "cheers mate. {%time} at the gate",
        "<you have to be [18|rule] for the bar anyway so {rec.first} can't come",
        "{mate2.fam} says hi, {mate2.he}s {mate2.age} and still can't iron",
        "<{%served} in and nobody can iron",
    ],
}

CASEWORK = {
    "note": [
        "CASE NOTE | Unit welfare | Ref [WO-A1~UWO-B7~WO-C3~UWO-D12|ref]",
        "\nClient: {me.rank} ({me.age})\nMob: {$phone}\nSeen: {%date}, {%time}\n\n",
    ],
    "referral": [
        "REFERRAL FORM\nName: {me.full}\nAge: {me.age:d}\nDOB: [withheld|word] ({me.age:d})\n"
        "Contact: {$phone}\nAge band: {%band}\n\nReason for referral: ",
    ],
    "letter": [
        "Dear {boss.title},\n\nRe: {me.full}, aged {me.age:d}\n\n",
    ],
    "body": [
        "Client is a {me.age:d}y/o {me.man}, married, {#kids}. Reports low mood since {%months}.",
        "Partner ({sp.fam}, {sp.age}) present for part of the session.",
        "Children: {k1.fam} ({k1.age:d}), {k2.fam} ({k2.age:d}).",
        "Eldest child ({k1.age:d}) struggling at school after the move to {$garrison}.",
        "{me.He} describes losing a close friend, {lost.full}, aged {lost.age:d}, in {%year}.",
        "{me.He} was {@19-24d} at the time and has not spoken about it.",
        "Father ({dad.age:d}) recently diagnosed with dementia; mother ({mum.age:d}) sole carer.",
        "Client is {me.age:d} and has served {%served}; resettlement window opens in {%months}.",
        "Drinking about [20 units~six pints~a bottle of wine|measure] at weekends; aware this is "
        "too much.",
        "Joined at {@16-17d} under the junior entry scheme.",
        "Discussed Op Courage. Client said {me.he} was [in two minds|idiom] about it.",
        "Next appointment {%date} at {%time}, {%ref}.",
        "Pt states {me.he} is {me.age:w}, married, and the {%band} group at {$base} does not "
        "suit {me.him}.",
        "{me.He} had {me.his} first child at {@17-19d}. {k1.fam} is now {k1.age:d}.",
        "{mate.full} ({mate.age:d}) is named as a support.",
        "The family lives in a [40-year-old block~50-year-old quarter~hundred-year-old "
        "house|thing_age]; complaint lodged, ref {%ref}.",
        "Contact number for spouse: {$phone}.",
        "Attendance at [60%~50%~75%|percent] this term for {k1.fam} ({k1.age:d}).",
        "Debt of [£3,400~£1,200~eight grand|money] noted. Budget plan agreed.",
        "Wellbeing score [42~38~51|score] (was [35~30~29|score]), up [20%~15%~a third|percent] "
        "since last review.",
        "Line manager ({boss.rank}) supportive.",
        "{me.mf}/{me.age:d}, {%grade}, {#kids}.",
        "Eldest, {k1.fam}, {k1.age:d}, referred to CAMHS; wait is {%months}.",
        "Client's mother is {mum.age:w} and lives in {$town}.",
        "Client reports sleeping about [four hours~5 hrs~three hours|duration]; wakes at {%time}.",
        "{me.age:d}{me.mf}, spouse deployed for {%months}, {#kids}.",
    ],
    "end_note": [
        "\n\n{cw.full}, welfare officer, {$phone}",
        "\n\nSeen by {cw.title}. Review in {%months}.",
        "\n\nAction: {cw.full} to follow up by {%date}.",
    ],
    "end_referral": [
        "\n\nReferrer: {cw.full} ({%grade}), {$phone}",
        "\n\nReferred by {cw.rank}, {$base}.",
    ],
    "end_letter": [
        "\n\nYours sincerely,\n\n{cw.full}\nMedical Officer, {$base}",
        "\n\nKind regards,\n{cw.full}\nWelfare Team, {$garrison}\nTel: {$phone}",
    ],
}

EMAIL = {
    "subject": [
        "Subject: RE: leave request\n\n",
        "Subject: Anchor programme - follow up\n\n",
        "Subject: my son's birthday\n\n",
        "Subject: FW: move dates\n\n",
        "Subject: childcare\n\n",
    ],
    "greet": ["Hi {cw.first},\n\n", "Dear {cw.title},\n\n", "Morning {cw.first},\n\n"],
    "body": [
        "My {k1.son} {k1.fam} is {k1.age} on {%date} and I was hoping to be home for it.",
        "I'm {me.age} and this is the first time I've asked for anything in {%served}.",
        "My partner is {sp.age} and is due in {%months}.",
        "The session at {%time} clashes with pick-up for our {k2.fam}, who is {k2.age}.",
        "My mother, who is {mum.age}, had a fall on {%date} and I'm her only child.",
        "We move to {$garrison} on {%date}; the house is a "
        "[hundred-year-old~70-year-old|thing_age] wreck.",
        "{mate.full} ({mate.age}) has offered to cover my duties on {%date}.",
        "Both kids ({k1.age} and {k2.age}) start at the new school on {%date}.",
        "The nursery takes children from [2~two|rule] but charges [£55~£62|money] a day.",
        "I'll be {me.age+1} next month and would like to talk about resettlement.",
        "Sorry, I know you're [at sixes and sevens~in two minds|idiom] at the moment.",
        "For info, my dad is {dad.age} and is in hospital in {$town}, {%ref}.",
        "I'm the [one|word] who rang on {%date} about the move.",
        "{k1.fam} ({k1.age}) has been offered a place at the club but it's {%band} only.",
        "Our eldest is nearly {@16-17} and wants to join up; the careers office says "
        "[16|rule] is the minimum.",
        "I attach the form. ({%grade}, {%served} service).",
        "I'm {@40-49}-ish and not sure the programme is aimed at me.",
        "Please call me on {$phone} after {%time}.",
        "My mobile is {$phone} if easier; {sp.fam} ({sp.age}) is on leave so may answer.",
        "The survey says [90%~80 per cent|percent] of {%band} staff feel supported. I'm {me.age} "
        "and I don't.",
    ],
    "sign": [
        "\n\nThanks,\n{me.first}",
        "\n\nRegards,\n{me.rank}\n{$base}",
        "\n\nCheers\n{me.fam}\n{$phone}",
        "\n\nMany thanks,\n{me.full}",
    ],
}

FORUM = {
    "thread": [
        "Thread: Birthday parties on the patch - how old is too old?\n\n",
        "Thread: Anyone else's OH [over 40|age_band] and still doing PT tests?\n\n",
        "Thread: Moving to {$garrison} with kids\n\n",
        "Thread: Childcare ages at the station nursery\n\n",
        "Thread: Parents getting older while we're posted miles away\n\n",
    ],
    "post": [
        "My OH is {sp.age} and just did {sp.his} [5k~10k~1.5 mile~8 mile|measure] run in a time "
        "that put the {@19-22}-year-olds "
        "to shame lol. Whole house cheering.",
        "Our {k1.fam} is {k1.age} and {k2.fam} is {k2.age}. Moving them for the "
        "[fourth~third~fifth|count] time in {%months}.",
        "{k1.fam}'s {k1.age} on Sat and we've booked the soft play, [£150~£180|money] for [ten "
        "kids~12 of them~eight|count]",
        "I'm {me.age} and my other half is {sp.age}, we married at {@19-21} and {@22-24}. "
        "Still here!",
        "Agree with {mate2.handle}. The club's {%band} only so {k1.fam} ({k1.age}) misses out.",
        "My mum's {mum.age} and in {$town}, I'm here in {$garrison}. [250 miles~300 miles~400 "
        "miles|measure] away. Guilt is "
        "real.",
        "Anyone know if the youth club is [over-11s|rule] only? My {k1.fam} is {k1.age} and "
        "dying to go.",
        "Our {k2.fam} is {k2.age} and still in nappies at night, anyone else?",
        "[Under-12s~U12s|age_band] won [24-10~31-5~19-17|score] at rugby, {k1.fam} ({k1.age}) got "
        "player of the match!",
        "Lost my brother-in-law in {%year}, he was {@20-26}. Every {%date} is hard.",
        "We've got a {%thing} for sale, [£350~£1,200~a grand|money] ono, collection only.",
        "OH is {sp.age} next week, going on {@50-55} {sp.he} says, {%tours} done.",
        "Our {k3.fam} ({k3.age}) and {k1.fam} ({k1.age}), [at sixes and sevens|idiom] every "
        "morning.",
        "Honestly you'll be fine. Mine are {k2.age} and {k1.age} and they settled in {%months}.",
        "Apparently [40%~half~a quarter|percent] of us move every [two years|duration]. {k1.fam} "
        "is "
        "{k1.age} and this is move [five~6|count].",
        "lol {mate2.handle} you're not old, you're {mate2.age}!",
        "my dad is {dad.age} and still thinks im {@12-16} haha",
        "Nursery is [8 till 6~7.30 till 6~half seven till six|time], [£65~£58~sixty quid|money] a "
        "day, takes them from [two~2|rule]. Worth it.",
        "I was {@17-19} when I met him at the {%ref} disco, he was {@18-20}. {%served} later.",
        "The [one|word] near the Spar is better for the little ones, {k2.fam}'s {k2.age} and "
        "loves it.",
    ],
}
