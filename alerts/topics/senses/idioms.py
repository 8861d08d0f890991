"""The word tables of idioms, dishes, varieties, figures of speech and periods: a mention with
one of these words beside it is part of a phrase, not a name."""

from __future__ import annotations

import re

from alerts.topics.senses.negation import CLAUSE_WORDS
from alerts.topics.senses.words import ARTICLES, word_set

_IDIOMS_AFTER = {
    "gold": "medal medals medallist medallists medalist medalists standard rush coast plated "
    "card cards star",
    "bank": "holiday holidays of",  # "the bank of the Thames"; "Bank of England" is its own
    "banks": "of on",  # "the banks of the Nile", "the chancellor banks on growth"
    "normandy": "format",  # the talks' format named after the landings' anniversary
    "tornado": "jet jets fighter fighters aircraft warplane warplanes bomber bombers",
    "seismic": "shift shifts change changes",  # a great change, no quake
    "hunger": "strike strikes striker strikers",  # a protest by fasting, no famine
    "shooting": "drill drills schedule schedules star stars guard percentage",
    "dutch": "courage auction oven uncle treat elm barn",
    "chinese": "whispers checkers lantern lanterns burn walls",  # "Chinese walls" in a bank
    "turkish": "delight delights bath baths coffee",
    "french": "fries fry toast bread kiss kissing horn windows doors door polish braid manicure "
    "press leave bulldog polishing",
    "russian": "roulette doll dolls",
    "mongolian": "barbecue barbecues barbeque bbq hotpot",
    "korean": "barbecue barbecues barbeque bbq",
    "jamaican": "jerk",
    "cuban": "sandwich sandwiches",
    "italian": "dressing",
    "swiss": "cheese army roll",
    "danish": "pastry pastries",
    "brussels": "sprouts sprout",
    "scotch": "egg eggs tape bonnet broth",
    "irish": "coffee goodbye",
    "mexican": "standoff wave",
    "indian": "summer ink",
    "greek": "yogurt yoghurt salad",
    "german": "measles shepherd shepherds",
    "belgian": "waffle waffles",
    "brazilian": "wax blowout blowdry jiu",  # "Brazilian jiu-jitsu": a martial art
    "panama": "hat hats",
    "peking": "duck",
    "hawaiian": "shirt shirts pizza",
    "spanish": "flu inquisition fly guitar guitars practices tortilla",
    "welsh": "rarebit rabbit dresser",
    "canadian": "bacon goose geese",
    "thai": "massage",
    "japanese": "maple maples",
    "jerusalem": "artichoke artichokes",
    "chelsea": "flower bun buns boots pensioner pensioners",
    "swedish": "massage meatballs",
    "egyptian": "cotton",
    "persian": "cat cats rug rugs",
    "afghan": "hound hounds",
    "bermuda": "shorts triangle",
    "china": "shop plate plates cabinet doll dolls",
    # the bird's, not the country's, as a sentence's first word writes it: "Turkey farmers"
    "turkey": "sandwich sandwiches dinner dinners roast farm farms farmer farmers breast "
    "breasts crown legs feathers trot bacon mince burgers gravy stuffing",
    "arabic": "numerals gum",
    "stockholm": "syndrome",
    "moscow": "mule",
    "singapore": "sling",
    "venetian": "blinds blind",
    "boston": "terrier cream",
    "kentucky": "fried",
    "texas": "instruments",
    "tennis": "elbow ball balls racket rackets racquet racquets",
    "army": "knife knives",  # a Swiss Army knife is a tool
    "golf": "umbrella umbrellas",
    "cricket": "flour protein farm farms farming chirp chirps chirped chirping",
    "chile": "pepper peppers con powder",
    "brazil": "nut nuts",
    "lima": "bean beans",
    # agreements named after where they were signed: about their subject, not the city
    "oslo": "accords accord",
    "montreal": "protocol",
    "minsk": "agreements agreement accords protocol",
    "kingston": "upon",  # Kingston upon Thames, Kingston upon Hull: English places
    # rivers named like the countries they cross
    "niger": "river",
    "congo": "river",
    "jordan": "river",
    # foods, drinks and breeds named after a place
    "bombay": "sapphire mix duck",
    "dover": "sole",
    "dijon": "mustard",
    "yorkshire": "pudding puddings terrier terriers",
    "cornish": "pasty pasties",
    "worcestershire": "sauce",
    "philadelphia": "cream",
    "parma": "ham",
    # "a blockbuster deal", "a blockbuster Christmas for retailers": a big one, not a film
    "blockbuster": "deal deals merger mergers takeover takeovers acquisition acquisitions bid "
    "offer drug drugs medicine medicines treatment treatments therapy therapies quarter "
    "quarters results earnings profits year christmas ipo ipos listing listings trade trades "
    "signing signings transfer transfers sales exhibition exhibitions",
}
IDIOMS_AFTER = {k: word_set(v) for k, v in _IDIOMS_AFTER.items()}
# "a flu jab", "her Covid-19 shot": a shot or a jab is a dose only right after what it guards
# against (not "off with flu, shot wide", "a stiff jab"; "booster shot" is its own alias).
DOSE_NOUNS = word_set("shot shots jab jabs")
DOSE_BEFORE = word_set("flu covid 19 coronavirus rsv measles mpox polio shingles hpv")
# "a dark episode in the nation's history", "a violent episode outside the bar": an episode
# called so is an incident in a life or a history, not a show's.
INCIDENT_ADJECTIVES = word_set(
    "dark darkest violent bloody ugly sorry shameful shocking tragic traumatic painful "
    "troubling regrettable unfortunate embarrassing psychotic manic depressive isolated similar"
)
# "a rugby tackle on the protester", "a steward's rugby tackle": a way of grabbing, only
# after an article or a possessive; "World Rugby tackles head injuries" and "Rugby Tackles
# Concussion" are the sport's news.
ARTICLE_IDIOMS_AFTER = {"rugby": word_set("tackle tackled tackles")}
DETERMINERS = ARTICLES | {"s"}
# What spreads like a disease but is caught from no one: before or after "epidemic" ("an
# epidemic of knife crime"), a figure of speech, not an outbreak.
SPREAD_NOT_CAUGHT = word_set(
    "violence crime crimes knife gun shootings stabbings loneliness misinformation "
    "disinformation fraud scams theft shoplifting burglaries obesity bullying homelessness "
    "opioid opioids fentanyl overdose overdoses addiction vaping"
)
UPSET_KINDS = word_set("political electoral financial cultural diplomatic corporate boardroom")
UPSET_OWNERS = word_set(
    "company companies firm firms group party parties government club industry sector market "
    "markets bank banks business league leagues premiership team board brand"
)
# What is pumped up or handed out too freely: "tyre inflation", "the inflation of the giant
# balloons" are no rise in prices.
INFLATED = word_set(
    "tyre tyres tire tires balloon balloons airbag airbags cuff lung lungs mattress raft "
    "dinghy grade grades"
)
DRY_SPELLS = word_set(
    "goal goals scoring trophy title titles win wins winless victory medal medals try tries "
    "wicket wickets hit hits funding investment deal deals ipo listing"
)
IDIOMS_BEFORE = {
    # a row, a medal, other unions and other courts: "a political storm", "won gold",
    # "credit unions", "the royal court ruled"
    "storm": word_set("political perfect brewing media diplomatic social twitter"),
    "gold": word_set("olympic won win wins winning"),
    "unions": word_set("credit civil student students rugby customs european monetary banking"),
    # what strikes a plane or a barn: no one walks out
    # a complaint one state lodges with another, no demonstration: "a formal protest"
    "protest": word_set("formal diplomatic official"),
    "protests": word_set("formal diplomatic official"),
    # a shop's delivery, no freight: "free shipping on all orders"
    "shipping": word_set("free fast express"),
    "strike": word_set("lightning bird"),
    "strikes": word_set("lightning bird"),
    "court": word_set("royal food basketball tennis squash tudor"),
    "bank": word_set("food blood seed river canal piggy left sperm west data"),
    "banks": word_set("food blood seed river canal"),
    "turkey": frozenset(("cold", "talk", "roast", "christmas", "thanksgiving")),
    "dutch": frozenset(("go", "going", "went", "double")),
    "french": frozenset(("my",)),
    "greek": frozenset(("all",)),
    "china": frozenset(("fine", "bone")),
    "kiev": frozenset(("chicken",)),
    "kyiv": frozenset(("chicken",)),
    "alaska": frozenset(("baked",)),
    "niger": frozenset(("river",)),
    "congo": frozenset(("river",)),
    "jordan": frozenset(("river",)),
    "football": frozenset(("political",)),  # "a political football": an issue kicked about
    "album": frozenset(("photo", "photograph", "stamp", "autograph")),
    "scrum": frozenset(("media", "press")),  # "a media scrum": a crowd of reporters
    "health": frozenset(("rude", "financial", "economic", "fiscal")),  # "in rude health"
    # fans running onto a pitch, a burglary: no army invades
    "invasion": frozenset(("pitch", "home")),
    "invasions": frozenset(("pitch", "home")),
    # a prize's or a festival's jury judges films or books, not a defendant ("grand jury" is)
    "jury": word_set("festival prize award awards competition contest cannes berlinale booker"),
    # a school's or a club's vote for its officers, not a political election
    # (and so is its council's, after the council's name: see `_body_vote`)
    "election": frozenset(("class", "school", "student", "pupil", "club", "papal")),
    "elections": frozenset(("class", "school", "student", "pupil", "club", "papal")),
    "episode": INCIDENT_ADJECTIVES,
    "episodes": INCIDENT_ADJECTIVES,
    # air pumped into a thing, marks handed out too freely, or the universe's first growth:
    # no prices rise
    "inflation": INFLATED | word_set("cosmic cosmological"),
    "wicket": frozenset(("sticky",)),  # "on a sticky wicket": in a tight spot
    # "the loneliness epidemic", "an opioid epidemic": a spread of what no germ carries
    "epidemic": SPREAD_NOT_CAUGHT,
    "epidemics": SPREAD_NOT_CAUGHT,
    "pandemic": SPREAD_NOT_CAUGHT,
    # "a political earthquake", "an electoral quake": an upset, not a shaking of the ground
    "earthquake": UPSET_KINDS,
    "earthquakes": UPSET_KINDS,
    "quake": UPSET_KINDS,
    # a long wait for a win, a goal or money: "ends goal drought", "a 10-year trophy drought"
    "drought": DRY_SPELLS,
    "droughts": DRY_SPELLS,
    # "three-dimensional chess", "4D chess", "a game of geopolitical chess": scheming, not
    # the game on a board
    "chess": word_set("dimensional 3d 4d 5d d political geopolitical diplomatic"),
}
# "an earthquake for the company", "a quake for the party": an upset that befalls a body of
# people (see `FOR_AFTER`), unless the text gives a magnitude or an epicentre (`REAL_QUAKE`).
FOR_AFTER = {"earthquake": UPSET_OWNERS, "quake": UPSET_OWNERS}
REAL_QUAKE = re.compile(r" (?:magnitude|richter|epicent(?:re|er)|aftershocks?|seismolog\w*) ")
# "the school council election", "the student union elections": a school's or a club's
# body elected by its members; not "board", as a school board's members hold public office,
# and not after another owner ("the city council election", "European Union elections").
VOTING_BODIES = word_set("council union committee government parliament senate")
# "The film festival announced its jury", "the jury of the song contest": a few words from a
# festival's, a prize's or a contest's word, and none of a trial's, a jury judges entries.
JURY_WORDS = word_set("jury jurors")
PRIZE_WORDS = IDIOMS_BEFORE["jury"] | word_set("festivals prizes contests eurovision biennale")
TRIAL_WORDS = word_set(
    "trial trials verdict verdicts guilty acquitted acquit defendant defendants accused court "
    "courtroom grand convicted convict sworn deliberated deliberating deliberations inquest "
    "coroner murder charges charged judge prosecutors prosecution convicts convicting sue "
    "sued sues suing lawsuit damages fraud deadlocked deadlock sentenced sentencing jailed"
)
# In a field written all in capitals, "US" after the imperative that opens it, maybe after a
# polite word, is the pronoun ("LET US KNOW", "PLEASE HELP US FIND OUR DOG"), not the country
# ("CHINA WARNS US", "PLEDGES TO HELP US FARMERS"); elsewhere only "US" in capitals matches.
PRONOUN_BEFORE = {
    "us": word_set(
        "let join tell help give show send call contact follow email ask write text meet visit"
    )
}
# In a field written all in capitals, "WHO" opening a question is the pronoun ("WHO SHOULD
# GET A COVID BOOSTER?"), not the health agency ("WHO WARNS OF A COVID SURGE").
QUESTION_PRONOUNS = word_set("who")
PRONOUNS = frozenset(PRONOUN_BEFORE) | QUESTION_PRONOUNS
POLITE_WORDS = word_set("please kindly")
# After these the pronoun takes a verb ("HELP US FIND"); after the other imperatives a word
# that starts no noun phrase follows it, or none ("SEND US YOUR PHOTOS", "CALL US FOR A
# QUOTE", "JOIN US"), as the country's name before a noun qualifies it ("VISIT US NATIONAL
# PARKS").
BARE_VERBS = word_set("let help")
AFTER_PRONOUN = word_set(
    "a an the your our my his her their this these that those what how why when where who "
    "if to for with on at in by about from and or now today tonight here there online soon"
)
# A headline in capitals that speaks to its reader ends on the pronoun after "with" ("SHARE
# YOUR PHOTOS WITH US"), not the country ("CHINA SIGNS TRADE DEAL WITH US").
READER_WORDS = word_set("you your")
# "the cricket's chirp": what a creature has, after the possessive of its name.
POSSESSED_AFTER = {"cricket": word_set("chirp chirps chirping song songs legs wings")}
# "a cricket and grasshopper walk": a creature listed with its kin is the creature.
KIN_AFTER = {
    "cricket": word_set("grasshopper grasshoppers beetle beetles cicada cicadas moth moths")
}
# "a scrum of reporters", "the health of the economy", "an episode of our podcast": what
# follows "of" (maybe after an article or a possessive) makes a figure of speech or another
# medium, not the set piece of a game ("the first scrum of the match"), people's health
# ("the health of patients") nor a show's episode ("an episode of the drama").
OF_AFTER = {
    "scrum": word_set(
        "reporters journalists photographers cameramen cameras fans shoppers onlookers people"
    ),
    "health": word_set(
        "economy pound dollar euro currency market markets sector industry banks banking "
        "company companies business businesses finances democracy"
    ),
    "episode": word_set("podcast podcasts violence unrest"),
    "inflation": INFLATED,
    # "the shooting of the gang film": a film's, not a gun's ("of a film director" is a man's)
    "shooting": word_set(
        "film films movie movies scene scenes episode episodes video videos documentary sequel "
        "drama dramas series thriller advert"
    ),
    "episodes": word_set("podcast podcasts violence unrest"),
    "flights": word_set("stairs steps fancy"),  # "four flights of stairs": no plane flies
    "storm": word_set("criticism protest protests outrage complaints controversy anger abuse"),
    "epidemic": SPREAD_NOT_CAUGHT,
    "epidemics": SPREAD_NOT_CAUGHT,
    "pandemic": SPREAD_NOT_CAUGHT,
}
# "a flood of cheap grain", "an avalanche of lawsuits": after "a" and before "of", a great
# quantity of anything but what a real one is made of ("a flood of water", "a flood of
# biblical proportions" are the disaster).
QUANTITY_NOUNS = word_set("flood tsunami avalanche")
LITERAL_OF = word_set(
    "water seawater floodwater floodwaters meltwater mud snow ice rain rainwater debris sewage "
    "lava rock rocks biblical"
)
# "in at number one in the league table", "on the bestseller list": a ranking named after
# where something went in at number one is no record chart (see `_ranking_after`).
RANKING_NOUNS = word_set("table tables list lists ranking rankings league poll polls index")
# Skipped between "of" and the owner it names (see `OF_AFTER`).
OWNER_DETERMINERS = word_set("the a an our my your his her their its this")
# "the health of industry workers": people after the owner make it their health after all.
PEOPLE_NOUNS = word_set(
    "workers worker staff employees people residents patients children women men miners "
    "farmers families veterans pupils students director directors producer producers crew "
    "crews actor actors actress actresses star stars"
)
# "the by-election will be a referendum on the prime minister": an election that a story
# calls a referendum is a figure of speech (read from the words before "referendum on").
FIGURATIVE_BEFORE = re.compile(
    r"\b(?:elections?|midterms|polls?|race|primary|contest)(?: \w+){0,3}? (?:be|is|was|are|"
    r"were|become|becomes|became|been|into|seen as|viewed as|billed as|cast as|framed as) an? $"
)
# "a referendum on his handling of the economy": no ballot asks about a leader's record, so
# a referendum on someone's record is a figure of speech too (read from the words after);
# one on a president's tenure or on a country's first constitution is a real ballot.
FIGURATIVE_AFTER = re.compile(
    r" (?:his|her|their|its|(?:the (?:[a-z]+ )?)?[a-z]+ s) (?:own )?(?:handling|"
    r"record|leadership|performance|premiership|stewardship)\b"
)
# "like a scene from a film", "straight out of a movie": a real event likened to the screen
# is no story about films; "the row has become a soap opera" likens it to a serial.
SCREEN_WORDS = frozenset(
    ("film", "films", "movie", "movies", "soap opera", "soap operas", "sitcom")
)
SCREEN_SIMILE_BEFORE = re.compile(
    r"(?<!would )(?<!d )\blike (?:an? |something |the )?(?:scenes? )?(?:(?:from|out of|in) )?"
    r"(?:an? |the )?(?:\w+ )?$|\b(?:straight|right) out of an? (?:\w+ )?$"
)
SERIAL_BEFORE = re.compile(
    r"\b(?:become|becomes|became|becoming|turned into|turning into|turns into|descended into|"
    r"descends into|real-life|real life) an? (?:\w+ )?$"
)
# "Thai green curry", "a French omelette", "Irish stew": a way of cooking a dish, named after
# any place, maybe with one of `DISH_FILLINGS` between; not a story about the place.
DISH_NOUNS = word_set(
    "curry curries omelette omelettes omelet stew stews casserole dumplings noodles fritters "
    "goulash chowder risotto soup soups tart tarts pancakes sausage sausages salad pie pies "
    "kebab kebabs meatballs eggs wings tagine tagines satay tacos taco pho mezze meze momos "
    "cheesecake"
)
DISH_FILLINGS = word_set(
    "green red yellow chicken lamb beef pork fish prawn vegetable potato onion mushroom egg fried "
    "custard"
)
# "Greek myths", "Egyptian hieroglyphs": a people's lore or script, not a story about the
# country today ("a Brazil legend" is a famous player: no lore; "Russian myths about the war"
# are claims about the country).
LORE_NOUNS = word_set(
    "myth myths mythology folklore folktale folktales gods goddesses hieroglyphs runes"
)
# "Swiss chard", "Japanese knotweed", "an Irish setter", "Turkish towels", "Cuban heels": a
# plant, a breed or goods named after a place, unless what follows is its trade ("Turkish fig
# exports").
VARIETY_NOUNS = word_set(
    "chard cabbage cabbages knotweed fig figs lettuce lavender marigold marigolds cress "
    "setter setters terrier terriers spaniel spaniels sheepdog sheepdogs wolfhound wolfhounds "
    "mastiff mastiffs towel towels collar collars slippers heel heels maples "
    "quince anemone anemones wisteria honeysuckle primrose primroses azalea azaleas magnolia "
    "iris irises bluebell bluebells goose geese stallion stallions mare mares pony ponies"
)
# "the Chinese takeaway", "a Thai restaurant": the cooking, said by its demonym (see
# `is_demonym`); "Paris restaurants" are the city's.
EATERY_NOUNS = word_set("takeaway restaurant buffet")  # plural: the trade ("British restaurants")
# "Portuguese-style chicken", "an Oscar-worthy performance": a manner named after a place or
# a prize, not about it ("a Hamas-inspired attack" is about Hamas).
MANNER_WORDS = word_set("style styled worthy")
# "Portuguese lessons", "the Chinese translation": a language taught or written, not the
# country; "French teachers" may be the country's, so no teacher is one of them.
LANGUAGE_SUBJECTS = word_set(
    "lessons lesson classes course courses tuition translation translations translator "
    "translators dictionary grammar"
)
# "the university's Portuguese department": a school's unit for the language, read so only
# after a school's word ("the French department of Var" is a part of France).
SCHOOL_UNITS = word_set("department departments faculty")
# "the Greek lessons of 2010", "the Chinese course of action", "Israeli faculty members":
# lessons drawn from a country, its policy, its people.
SUBJECT_NOT_AFTER = word_set("of from members member staff")
COURSE_WORDS = word_set("course courses")
LEARNING_NEAR = re.compile(
    r"\b(?:language|languages|learn|learning|learners|students|beginners|teacher|teachers|"
    r"tutor|enrol|enroll|enrolled|evening|intensive|online|school|college|university)\b"
)
SCHOOL_BEFORE = re.compile(r" (?:university|universities|college|school|academy)(?: s)? ")
NAMED_AFTER_WORDS = (
    VARIETY_NOUNS | EATERY_NOUNS | MANNER_WORDS | LORE_NOUNS | LANGUAGE_SUBJECTS | SCHOOL_UNITS
)
# "a Georgian market town", "Georgian coaching inns": the period's English compounds.
ERA_COMPOUNDS = frozenset(
    (
        "market town", "market towns", "coaching inn", "coaching inns", "country house",
        "manor house", "sash window", "sash windows", "town house", "town houses",
    )
)  # fmt: skip
# "a restored print of Casablanca", "the remake of Nashville", "a staging of Berlin": a work
# named after a place (see `work_title`).
WORK_BEFORE = re.compile(
    r"\b(?:prints?|remakes?|screenings?|stagings?|adaptations?) of $|\b(?:sequel|prequel) to $"
)
# Not "to" nor "for": "the adaptation of Jakarta to rising seas", "screening of Goma for
# mpox" are the places'.
TITLE_FOLLOWERS = CLAUSE_WORDS | word_set(
    "at in on with by from as opens opened premieres premiered drew draws won wins"
)
# "carrying coals to Newcastle", "when in Rome": sayings that name a place.
# "a sprint, not a marathon", "not a sprint but a marathon": a task's pace, not the race.
IDIOM_PHRASES_BEFORE = {
    "newcastle": ("coals to",),
    "rome": ("when in", "lead to"),
    "bank": ("along the", "burst its"),  # a river's
    "banks": ("along the", "burst its", "burst their"),
    "marathon": ("a sprint not a", "not a sprint but a", "rather than a sprint but a"),
    # news or a rumour that "spread like wildfire": fast, not a fire (see `LITERAL_FIRE`)
    "wildfire": (
        "spread like",
        "spreads like",
        "spreading like",
        "spread like a",
        "spreads like a",
    ),
}
# A fire's own words: "the blaze spread like wildfire through the brush" is a real one.
LITERAL_FIRE = re.compile(r" (?:blaze|blazes|flames|firefighters?|hectares|acres|evacuat\w*) ")
# "a marathon, not a sprint", "a marathon rather than a sprint": sayings that start with the
# mention (marks between the words are spaces in the folded text).
IDIOM_PHRASES_AFTER = {"marathon": ("not a sprint", "rather than a sprint", "and not a sprint")}
# "it's just not cricket", "that is not cricket.": unfair, only when the saying closes its
# clause ("Whether or not cricket returns", "was not cricket's first choice" are the game's).
CLOSING_IDIOMS_BEFORE = {
    "cricket": ("just not", "simply not", "s not", "is not", "was not", "isn t", "wasn t")
}
# "hail the size of golf balls", "an area the size of Wales": a measure, not the topic.
SIZE_BEFORE = re.compile(r" (?:size of|as big as|as large as)(?: an?| \w+)? $")
SIZE_NOUNS = word_set("ball balls pitch pitches field fields court courts")
ERA_AFTER = word_set("era vintage veteran veterans vet vets memorial generation")
WAR_WORDS = word_set("war civil")  # before ERA_AFTER: "a Vietnam War veteran", "Civil War"
ERA_ADJECTIVES = word_set("victorian georgian edwardian elizabethan")
PERIOD_NOUNS = word_set(
    "era age period times architecture style house houses home homes terrace terraces "
    "terraced townhouse townhouses mansion villa building buildings novel novels novelist "
    "values society fashion gothic rectory square squares street streets england britain "
    "london dublin bath edinburgh poetry poets painting paintings furniture silver silverware "
    "porcelain portrait portraits"
)
# A ship's prefix in capitals before a name: the ship is named after the place ("HMS
# Glasgow", "USS Iowa", "INS Delhi", "MV Rotterdam"), which the story is not about.
SHIP_PREFIXES = word_set("hms hmas hmcs hmnzs uss usns rfa ins mv rv")
# "the government's Munich moment", "a Suez moment", "its Berlin Wall moment": a turning
# point likened to what happened at a place, after an article or a possessive; the story
# is not about the place ("the moment Munich scored" has no article before the name).
MOMENT_OWNERS = word_set("a an its his her their our my own s")
MOMENT_WORDS = word_set("moment moments")
