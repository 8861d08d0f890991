"""A tenth round of disambiguation cases, in registers the earlier rounds left out: radio
news bulletins, parliamentary questions, earnings-call summaries, council minutes,
fixtures and results lines, museum and exhibition notices, humanitarian situation reports,
fact checks, question-and-answer interviews, headlines in capitals, posts quoted in a
story, and Indian, Nigerian, Singaporean and Scottish English. One table per kind:
negation and denial, names that are not places, seats of power, and the themes a story is
about. Each row is a title, a body, topics that must be tagged and topics that must not;
about half the rows of each kind keep a topic, so a rule that discounts too much fails as
surely as one that discounts too little."""

from __future__ import annotations

from tests.topics.sense_cases import Case, known_misses_test, table_tests

NEGATION: list[Case] = [
    (
        "Nine o'clock bulletin",
        "Police in Edinburgh say there is no evidence the fire at the community centre was "
        "linked to Islamic State.",
        ("Edinburgh",),
        ("Islamic State",),
    ),
    (
        "Written question: drone parts",
        "To ask the Secretary of State whether any British-made components were found in "
        "the drones Russia launched at Kyiv; and if none were, why the review is continuing.",
        ("Russia", "Kyiv"),
        (),
    ),
    (
        "Q3 call summary",
        "The chief executive said the drop in orders had nothing to do with tariffs and "
        "blamed a mild winter in Germany for weak boiler sales.",
        ("Germany",),
        ("Tariffs",),
    ),
    (
        "Minutes of the twinning committee",
        "The chair confirmed that the exchange visit to Lyon would go ahead and dismissed "
        "reports that the hosts had withdrawn their invitation.",
        ("Lyon", "France"),
        (),
    ),
    (
        "Fact check: the viral clip",
        "Posts claiming the clip shows Wagner Group fighters are false: it was filmed during "
        "a training exercise in Poland.",
        ("Poland",),
        ("Wagner Group",),
    ),
    (
        "PRESIDENT RULES OUT TALKS WITH TALIBAN",
        "KABUL - The president said there would be no negotiations with the Taliban until "
        "the detained aid workers were freed.",
        ("Taliban", "Afghanistan"),
        (),
    ),
    (
        "Minister's post",
        '"Let me be clear: the outage was NOT a cyberattack," the minister wrote on social '
        "media on Sunday night.",
        (),
        ("Cybersecurity",),
    ),
    (
        "Arrests in Delhi",
        "The Delhi Police clarified that the accused persons have no links with any "
        "Pakistan-based outfit.",
        ("Delhi",),
        ("Pakistan",),
    ),
    (
        "Army faults report",
        "The Army has debunked reports that Boko Haram insurgents overran a military base in "
        "Borno State.",
        ("Borno", "Nigeria"),
        ("Boko Haram",),
    ),
    (
        "Detention order",
        "Singapore's Ministry of Home Affairs said the teenager was not radicalised by ISIS "
        "but by sermons he found online.",
        ("Singapore",),
        ("Islamic State",),
    ),
    (
        "Summit venue",
        "Unlike last year, Kenya will host the summit, in Nairobi, in the first week of June.",
        ("Kenya", "Nairobi"),
        (),
    ),
    (
        "Steel levies",
        "Rather than wait for Washington to act, the European Union imposed its own duties "
        "on Chinese steel.",
        ("European Union", "China"),
        (),
    ),
    (
        "Topical questions",
        "Does the Minister not agree that Iran poses a grave threat to shipping in the Gulf?",
        ("Iran",),
        (),
    ),
    (
        "Half-year results call",
        "Management said demand in India did not slow, unlike in China, where sales fell for "
        "a third quarter.",
        ("India", "China"),
        (),
    ),
    (
        "Midnight bulletin",
        "The electoral commission dismissed claims of Russian interference in the count as "
        "baseless.",
        ("Elections",),
        ("Russia",),
    ),
    (
        "Situation report no. 3",
        "Search teams found no trace of the missing fishing boat off Senegal after two days.",
        ("Senegal",),
        (),
    ),
    (
        "Situation report no. 21",
        "Investigators have not established whether al-Shabaab was responsible for the blast "
        "at the market in Baidoa.",
        (),
        ("al-Shabaab",),
    ),
    (
        "Analyst call notes",
        "There is little evidence that Chinese hackers were behind the breach, the security "
        "firm's chief said.",
        (),
        ("China",),
    ),
    (
        "Fact check: missile claims",
        "Experts cast doubt on claims that Iran supplied the missiles used in the strike.",
        (),
        ("Iran",),
    ),
    (
        "Police statement",
        "Police in Lagos said the kidnapping bore none of the hallmarks of Boko Haram.",
        ("Lagos",),
        ("Boko Haram",),
    ),
    (
        "Radio news: hostages",
        "None of the hostages held by Hamas were freed on Sunday, the mediators said.",
        ("Hamas",),
        (),
    ),
    (
        "Q&A: the envoy",
        "Q: Is Iran ready to talk? A: I have no doubt that Tehran wants a deal.",
        ("Iran",),
        (),
    ),
    (
        "Seven o'clock news",
        "It was not the first time North Korea had fired missiles over Japan this year.",
        ("North Korea", "Japan"),
        (),
    ),
    (
        "Group statement",
        "Not a single Hamas fighter surrendered, the group claimed in a statement on Telegram.",
        ("Hamas",),
        (),
    ),
]

NAMES: list[Case] = [
    (
        "Results: Ligue 1",
        "Paris Saint-Germain 3 Lyon 1; Marseille 0 Monaco 0; Lille 2 Rennes 1.",
        (),
        ("Paris", "Lyon", "Marseille"),
    ),
    (
        "Road closures",
        "Streets in central Boston will close on Friday morning for the Celtics' victory parade.",
        ("Boston",),
        (),
    ),
    (
        "Q&A: Jordan Peterson",
        "The psychologist talks about his lecture tour and why he left Toronto after thirty years.",
        ("Toronto",),
        ("Jordan",),
    ),
    (
        "Hotel opening",
        "Paris Hilton opened a boutique hotel in Paris on Thursday, next to the Opera.",
        ("Paris",),
        (),
    ),
    (
        "Entertainment at half past",
        "Sydney Sweeney has signed on to star in a boxing biopic, her agent said.",
        ("Film",),
        ("Sydney", "Australia"),
    ),
    (
        "Posted after the show",
        '"Loved every minute in Lagos!" Kenya Moore wrote after the show on Saturday.',
        ("Lagos", "Nigeria"),
        ("Kenya",),
    ),
    (
        "Coaching change",
        "The Boston Celtics have sacked their head coach after a run of eight defeats.",
        ("Basketball",),
        ("Boston",),
    ),
    (
        "Oral answers",
        "The Member's account of the negotiations has become a game of Chinese whispers.",
        (),
        ("China", "Kazakhstan"),
    ),
    (
        "Minutes: finance committee",
        "Cllr Reid said the budget talks had become a Mexican standoff between the two groups.",
        (),
        ("Mexico",),
    ),
    (
        "Depot dispute",
        "The new manager promised to end the Spanish practices that had crept in on the night "
        "shift.",
        (),
        ("Spain",),
    ),
    (
        "Bank results call",
        "Analysts asked whether the Chinese walls between the bank's advisers and its "
        "traders had held.",
        (),
        ("China",),
    ),
    (
        "Tour of the archive",
        "The talk will be given by a Vietnam War veteran who later taught history in Canberra.",
        ("Canberra", "Australia"),
        ("Vietnam",),
    ),
    (
        "Border reopens",
        "Jordan reopened its border crossing with Syria on Monday after a week of talks.",
        ("Jordan", "Syria"),
        (),
    ),
    (
        "Night of celebrations",
        "Real Madrid fans celebrated in Madrid's Cibeles square until dawn.",
        ("Madrid", "Spain"),
        (),
    ),
    (
        "Overnight results",
        "The Portland Trail Blazers beat the Utah Jazz 120-110.",
        ("Basketball",),
        ("Music",),
    ),
    (
        "LET US KNOW WHAT YOU THINK",
        "Readers' letters on the new bus lanes and the closure of the library.",
        (),
        ("United States",),
    ),
    (
        "CHINA WARNS US OVER TAIWAN",
        "Beijing said it would respond to any further arms sales to the island.",
        ("United States", "China"),
        (),
    ),
    (
        "Carrier earnings call",
        "Cricket Wireless raised its monthly plan prices, the carrier told analysts.",
        (),
        ("Cricket",),
    ),
    (
        "Gig listings",
        "The indie band Tennis plays the Corn Exchange on Friday, doors 7pm.",
        (),
        ("Tennis",),
    ),
]

SEATS: list[Case] = [
    (
        "Top of the hour",
        "The Kremlin says it is ready for talks, but only on its own terms.",
        ("Russia",),
        (),
    ),
    (
        "Written question: council funding",
        "To ask whether Whitehall has assessed the cost of the scheme to councils in the north.",
        ("Downing Street",),
        (),
    ),
    (
        "Carmakers' post",
        '"Brussels must stop dithering on car tariffs," the carmakers\' lobby posted on Tuesday.',
        ("European Union",),
        ("Belgium",),
    ),
    (
        "Free bus travel",
        "Holyrood voted to extend free bus travel to everyone under 25.",
        ("Scottish Parliament",),
        (),
    ),
    (
        "Coastguard row",
        "Canberra has lodged a protest with Beijing over the incident near the reef.",
        ("Australia", "China"),
        (),
    ),
    (
        "Militia leaders",
        "The Hague issued arrest warrants for two militia commanders on Thursday.",
        ("International Criminal Court",),
        ("Netherlands",),
    ),
    (
        "Situation report no. 14",
        "Access to northern Gaza remained restricted, OCHA said from Geneva, and two convoys "
        "were turned back.",
        ("Gaza",),
        ("Switzerland",),
    ),
    (
        "Free speech ruling",
        "Strasbourg ruled that Turkey had breached the columnist's right to free expression.",
        ("European Court of Human Rights", "Turkey"),
        (),
    ),
    (
        "Algiers trip",
        "The Elysée said the president would travel to Algiers next week.",
        ("France", "Algeria"),
        (),
    ),
    (
        "Visa row",
        "Washington has asked New Delhi to explain the new visa rules for engineers.",
        ("United States", "India"),
        ("Washington (state)",),
    ),
    (
        "Envoy recalled",
        "Abuja has recalled its high commissioner from Accra over the traders' dispute.",
        ("Nigeria", "Ghana"),
        (),
    ),
    (
        "Exhibition notice",
        "Views of Geneva's lakeside, 1820-1900, in the east gallery until March.",
        ("Geneva", "Switzerland"),
        ("United Nations",),
    ),
    (
        "Interview: the trade minister",
        "Q: Will Aso Rock back the refinery deal? A: The presidency has told us it will.",
        ("Nigeria",),
        (),
    ),
    (
        "Hill talk",
        "Raisina Hill is expected to announce the new defence procurement rules next week.",
        ("India",),
        (),
    ),
    (
        "Rates preview",
        "Frankfurt raised rates by a quarter point on Thursday.",
        ("European Central Bank",),
        ("Germany",),
    ),
    (
        "Division list",
        "Westminster voted down the amendment by 30 votes after a short debate.",
        ("UK Parliament",),
        (),
    ),
    (
        "Earnings preview: handsets",
        "Cupertino will unveil its new phones on Tuesday, a week before results.",
        ("Apple Inc.",),
        (),
    ),
]

THEMES: list[Case] = [
    (
        "Sport on the hour",
        "Cricket now, and England were bowled out for 210 on the opening day in Chennai.",
        ("Cricket", "Chennai"),
        (),
    ),
    (
        "Oral questions: the hospital",
        "The Minister has made a political football of the hospital's future.",
        ("Health",),
        ("Football", "Kazakhstan"),
    ),
    (
        "Q2 call summary",
        "Revenue from the cloud computing division rose 12%, driven by new data centres.",
        ("Technology",),
        (),
    ),
    (
        "Minutes: elections office",
        "The committee noted that the by-election count would be held at the leisure centre.",
        ("Elections",),
        (),
    ),
    (
        "Fixtures",
        "Tennis: Queen's Club Championships, first round, from 1pm on court one.",
        ("Tennis",),
        (),
    ),
    (
        "Gallery notice",
        "A century of Bollywood posters, from hand-painted reels to digital prints.",
        ("Film",),
        (),
    ),
    (
        "Situation report no. 6",
        "Measles vaccination resumed in three districts after the floods receded.",
        ("Vaccines", "Floods"),
        (),
    ),
    (
        "Museum notice",
        "New in the local history room: a wartime photo album found in an attic.",
        (),
        ("Music",),
    ),
    (
        "Court report on the radio",
        "A scrum of reporters waited outside the court for the verdict.",
        (),
        ("Rugby",),
    ),
    (
        "Situation report no. 9",
        "The operating theatre at the district hospital was damaged by shelling overnight.",
        ("Health",),
        ("Theatre",),
    ),
    (
        "Schedule announced",
        "The Lok Sabha polls will be held in seven phases from April, with results in June.",
        ("Elections",),
        (),
    ),
    (
        "Price cap hits revenue",
        "The company expects the new cap on insulin prices to cut its US revenue by 3%.",
        ("Drug pricing",),
        (),
    ),
    (
        "Garden diary",
        "A cricket chirped somewhere under the hedge as the light went.",
        (),
        ("Cricket",),
    ),
    (
        "POST-MATCH",
        '"Absolutely gutted for the lads," the Ireland captain posted after the Six Nations '
        "defeat in Cardiff.",
        ("Rugby",),
        (),
    ),
    (
        "Hansard: economy debate",
        "The Member says the President faces a referendum on his handling of the economy.",
        (),
        ("Referendums",),
    ),
    (
        "Council minutes: ballot",
        "Members noted the county-wide referendum on the new council tax band would be held "
        "in May.",
        ("Referendums",),
        (),
    ),
    (
        "Festival bulletin",
        "The Cannes jury gave the top prize to a Romanian drama about a village doctor.",
        ("Film",),
        ("Courts and justice",),
    ),
    (
        "Court report: burglary",
        "A torch and a tennis racket were found in the boot of the car, the court heard.",
        ("Crime",),
        ("Tennis",),
    ),
    (
        "Earnings call: exporters",
        "The chief executive said the health of the pound was the main worry for exporters.",
        (),
        ("Health",),
    ),
    (
        "Court sketch",
        "The defendant gave an Oscar-worthy performance in the witness box, the judge said.",
        (),
        ("Film",),
    ),
    (
        "Ward round bulletin",
        "The health of patients on the ward improved after the new rota.",
        ("Health",),
        (),
    ),
    (
        "Rolling bulletin: the protest",
        "A steward's rugby tackle on a protester was caught on camera outside the conference hall.",
        (),
        ("Rugby",),
    ),
    (
        "Full-time report",
        "The pitch invasion at full time delayed the trophy presentation by ten minutes.",
        (),
        ("Armed conflict",),
    ),
]

TABLES = {"negation": NEGATION, "names": NAMES, "seats": SEATS, "themes": THEMES}
# Rows the rules still read wrongly, by title, with why; each must go on failing until a
# general rule reads it (strict), and then leave this list.
KNOWN_MISSES: dict[str, str] = {
    "Oral answers": "'Oral' opening a heading is the word, not the Kazakh town",
    "Oral questions: the hospital": "'Oral' opening a heading is the word, not the Kazakh town",
}
test_every_named_topic_exists, test_sense = table_tests(TABLES, KNOWN_MISSES)
test_every_known_miss_names_a_row = known_misses_test(TABLES, KNOWN_MISSES)
