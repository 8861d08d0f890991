"""Whether a matched name is used in the sense its topic means: the words around a mention
can show that it is not evidence for the place or group it names.

A mention of a taxonomy alias is *discounted* (kept out of the evidence, with a reason) when,
in this order:
1. it lies in the scope of a negation, denial or hedge ("found no links to", "ruled out",
   "denied any role of", "not related to", "unlike", "no evidence of", "no hallmarks of",
   "nothing to suggest", "none of the hallmarks of", "little evidence that", "cast doubt on
   claims that", "was not an act of", "not known to be affiliated with", "has never
   worked with", "dropped charges that", "false claims that", "acquitted of", "no
   Russian-made parts", "it is unclear whether", "police do not believe it was linked to",
   "unlikely to have been caused by", "it was not known if", "could not confirm whether",
   "have not established whether", "tested negative for" or "came back negative for"
   (unless some test in the text was positive or an outbreak is reported), and "did not
   have" right before the name ("the boy did not have measles"; not "did not have enough
   vaccines"),
   and a clause opened by "whether"
   that the sentence then calls unclear, "Whether Hamas was involved remains unclear", or
   a claim it calls false, "Posts claiming the clip shows Wagner fighters are false"): the
   scope runs from the cue to the end of its clause (a sentence end, a semicolon or colon,
   a comma, a dash, or a clause word such as "but", "while", "who"), never further; a cue
   that is itself negated ("did not rule out", "refused to deny") opens no scope, and a
   place named right after a locative word that follows the cue is where the denied thing
   happened, not what is denied ("denied any role in the attack near Moscow", though "the
   photo was not taken in Jakarta" denies where a picture was made), nor is a
   place before "was unrelated to" after such a word ("the blaze in Marseille was
   unrelated to the riots") or one that names where a noun is from ("charges against the
   Berlin shopkeeper", see `resolve`); a hedge doubts only a link ("whether Hamas was
   involved", "whether it was the work of the PKK", "little evidence linking the fire to
   Hamas"), not its clause's subject and what it does ("it is unclear whether the Taliban
   will attend the talks" is about the Taliban; "little sign that the Fed will cut"),
   and a claim called false or doubted denies what it says of its subject, not the
   subject itself ("claims that the election was rigged are false" are about the
   election, "cast doubt on reports that Apple will launch a phone" about Apple) nor who
   made it ("questioned the claims made by Huawei");
2. it is part of an idiom or dish ("Dutch courage", "Chinese whispers", "cold turkey",
   "tennis elbow", "the cricket's chirp", "Thai green curry", "coals to Newcastle", "a
   political football", "a photo album", "the festival jury", "a pitch invasion", "a rugby
   tackle on the protester"), names a creature listed with its kin ("a cricket and
   grasshopper walk"), a crowd or a state of things ("a scrum of reporters", "the health of
   the economy", "in rude health"), is a shot or a jab after no disease ("shot wide", "a
   stiff jab"; not "a flu jab"), names a variety, a cooking or a manner ("Swiss chard",
   "an Irish setter", "the Chinese takeaway", "Portuguese-style chicken"), is a figure of
   speech ("the by-election will be a referendum on the prime minister", "a referendum on
   his handling of the economy", "like a scene from a film", "the row has become a soap
   opera", "the government's Munich moment") or part of a measure ("hail the size of golf
   balls", "the size of Wales"), is a work's title ("a restored print of Casablanca", "the
   remake of Nashville"), or says a thing is big, unfair, awkward or rife ("a blockbuster
   deal", "it's just not cricket", "a sticky wicket", "an epidemic of knife crime"), or is
   an upset or a body's own vote ("a political earthquake", "an earthquake for the company",
   "the school council election"), air let into a thing ("tyre inflation") or a dish named
   after a people ("a Mongolian barbecue");
3. it names a period, not a place ("a Korean War veteran", "a Soviet-era bunker",
   "Victorian terraces", "a Georgian market town", "the Spanish Civil War memorial");
4. it is part of a person's name: a given name followed by a surname ("Dakota Johnson",
   "Austin Butler") or a surname after a given name or title ("Michael Jordan", "Mr Paris");
   the given names are a list derived from a name frequency table (see `derive.derive_given_names`);
   a name listed beside such a name is one too ("Florence Pugh and Orlando Bloom"), and so is
   a name before a surname made from a given name ("Tennessee Williams", "William" + "s");
5. it names a club or team ("Manchester United", "Real Madrid", "Houston Rockets", "the
   Comets" or "LA Galaxy" for a theme, "Leeds beat Chelsea" or "Madrid sign a defender"
   when the text is about sport, or a results line's "Lyon 1; Marseille 0 Monaco 0"), or a
   band ("the band Asia", "Nato, the indie four-piece", "Interpol play the Roundhouse with
   support from a trio"), or a player or team a game's tally follows ("Lyon took three
   wickets"), or, for a theme, a product ("the Galaxy S24", "the Comet browser", "Golf
   hatchbacks"; not after an acronym: "an AI model", "an F1 car"); or, for anything else,
   a ship after its prefix in capitals ("HMS Glasgow", "USS Iowa"), a vessel ("the bulk
   carrier Ocean Malta"), a car model ("Tucson and Santa Fe SUVs") or a work's title in
   quotes where the sentence speaks of one ("the band opened with 'Hotel California'").
   Rules 4 and 5 never discount a sport's own alias: a team or a player is the sport; but
   a band named like one is no sport ("the band Tennis"), nor a company ("Cricket
   Wireless"), nor a person whose given name a club bears ("Chelsea Clinton").
6. for a city or a subdivision, it is half of a person's name whose other half no list
   knows: a capitalised word after it that is no everyday word ("Kingston Rossdale",
   "Memphis Depay"), or one before it when the place is also a given name ("Joaquin
   Phoenix"), or an everyday word after such a name when a role, "who" or a person's verb
   follows at once ("Charlotte Church sang", "Milan Kundera died") or what only a person
   has follows the two in the possessive ("Sofia Coppola's new film", "Orlando Bloom's
   wife"); for a country, only on such evidence ("Ireland Baldwin, the model"); see
   `name_beside_place`. A word in the possessive is read without its ending: "Sydney
   Harbour's ferries" are the harbour's, an everyday word's;
7. for a place, it is written in lower case as an everyday word: "won the derby", "a
   turkey dinner", "a sale" (see `lowercase_name`), or, in a headline in capitals, it
   is the pronoun an acronym spells ("LET US KNOW").

A discounted mention is not evidence on its own; the same topic may still be tagged from
another mention. All checks look only at a few words around the mention, or, for negation,
at its clause, so the cost grows with the mentions found, not with the text; and a mention
with none of the words, capitals or cues any check reads (`_quiet`) skips them all, as most
mentions do.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterable, Sequence
from functools import cache, lru_cache
from pathlib import Path

from alerts.topics.folding import FoldedText
from alerts.topics.matcher import PhraseFinder

GIVEN_NAMES = Path(__file__).with_name("data") / "given_names.txt"
COMMON_WORDS = Path(__file__).with_name("data") / "common_words.txt"


def word_set(text: str) -> frozenset[str]:
    """The words of a list written as one string."""
    return frozenset(text.split())


# "it is not yet known whether": a hedge (see `HEDGE_CUE`), not a denial of what follows.
_HEDGED = r"(?:yet\s+|immediately\s+)?(?:known|clear|certain|confirmed|verified)\b"
_THREAT = r"no\s+(?:\w+\s+){0,2}?(?:threats?|risks?|dangers?)\s+of"  # see `THREAT_CUE`
# "it was not the first time North Korea fired": a negated rank affirms what it ranks.
_RANKED = r"(?:the\s+)?(?:only|first|last)\b"
# a test's result: "tested negative for", "tests came back negative for", "the samples
# were negative for"; not a judgment ("the ruling was negative for banks")
_TESTED_NEGATIVE = (
    r"(?:tested|(?:came|come|comes|coming)\s+back|(?:tests?|results?|samples?|swabs?)\s+"
    r"(?:were|was|are|is|proved))\s+negative\s+for"
)
_LONG_CUES = (
    r"(?:no|none\s+of\s+the|without\s+any|any)\s+(?:\w+\s+){0,2}?(?:evidence|signs?|indications?|links?|"
    r"connections?|ties|traces?|suggestions?|proof|role|involvement|part|motive|hallmarks?|"
    r"fingerprints|nexus)"
    r"(?:\s+(?:of|to|with|between|that|for|in))?",
    # a hedge on a link (see `HEDGE_CUE`): "little evidence linking the fire to Hamas"; not
    # "little sign that the Fed will cut", "played little role in the talks"
    r"(?:little|scant)\s+(?:\w+\s+)?(?:evidence|proof|hallmarks?|links?|connections?)"
    r"(?:\s+(?:of|to|with|between|that))?",
    r"(?:un|not\s+)(?:related|connected|linked)\s+(?:to|with)",
    r"not\s+(?:been\s+)?(?:related|linked|connected|tied|attributed|affiliated|involved|"
    r"associated|behind|responsible)(?:\s+(?:to|with|in|for))?",
    r"nothing\s+to\s+do\s+with",
    # "there was no threat of terrorism": the danger of a thing, denied, only right after
    # "of" (not "no threat to", nor what follows in "no threat of an invasion of Taiwan")
    _THREAT + r"\s+(?=\w$)",
    r"not\s+(?:known|believed|thought)\s+to\s+(?:be|have\s+been)\s+(?:related|linked|connected|"
    r"tied|affiliated|involved|associated)",  # "not known to be affiliated with"
    r"never\s+(?:\w+\s+)?(?:(?:worked|cooperated|collaborated|dealt)\s+with|been\s+(?:linked|"
    r"involved|affiliated|associated|connected)\s+(?:with|to|in))",  # "has never worked with"
    r"(?:nothing|no\s+reason)\s+to\s+(?:suggest|indicate|show|believe|think|suspect)",
    r"not\s+(?:been\s+)?(?!only\b)(?:\w+\s+){1,2}?by",  # "had not been hit by", "not caused by"
    r"rul(?:e|ed|es|ing)\s+out",
    # "the quake did not trigger a tsunami": what did not follow from it
    r"(?:did|does|do|will|would)\s*(?:not|n['\u2019]t)\s+(?:trigger|cause|spark|set\s+off)"
    r"(?:\s+(?:an?|any|the))?",
    r"den(?:ied|ies|y|ying)\s+(?:any\s+|all\s+|a\s+)?(?:role|involvement|links?|connections?|"
    r"ties|responsibility|part|knowledge|claims?|reports?|that)",
    r"(?:dismiss|reject|rebut|refut|debunk|dropp?|withdr[ae]w|quash|overturn)\w*\s+"
    r"(?:as\s+(?:false|baseless|unfounded|groundless|untrue)\s+)?(?:the\s+|all\s+|an?\s+)?"
    r"(?:claims?|reports?|suggestions?|speculation|allegations?|rumou?rs?|charges?|accusations?)",
    # a doubt, read as a claim called false is (see `DOUBT_CUE`): "cast doubt on claims that"
    r"(?:question\w*|cast(?:s|ing)?\s+doubts?\s+on)\s+(?:the\s+|all\s+|an?\s+)?"
    r"(?:claims?|reports?|suggestions?|allegations?|rumou?rs?|accusations?)",
    r"(?:threw|throws?|thrown|throwing)\s+out\s+(?:the\s+|all\s+)?(?:claims?|allegations?|"
    r"charges?|accusations?|case)",
    r"(?:false|baseless|unfounded|groundless|unsubstantiated)\s+(?:claims?|reports?|allegations?|"
    r"rumou?rs?|accusations?|suggestions?|charges?)",
    # a claim the writer calls false as it is reported, read as one called false after it
    # is (see `FALSELY_CUE`): "falsely claimed the clip showed Wagner fighters"
    r"falsely\s+(?:claim|report|suggest|alleg|stat|sa(?:y|id))\w*(?:\s+that)?",
    r"(?:acquitt\w*|cleared)\s+(?:[\w'\u2019-]+\s+){0,3}?of",  # "acquitted the 34-year-old of"
    # hedging: "it is unclear whether", "it was not immediately known if"
    r"(?:unclear|unknown|uncertain|not\s+(?:\w+\s+)?(?:known|clear|certain|confirmed|"
    r"verified))\s+(?:whether|if)",
    r"(?:could|can|would|did|have|has|had)\s*(?:not|n['\u2019]t)\s+(?:\w+\s+)?(?:confirm(?:ed)?|"
    r"verif(?:y|ied)|sa(?:y|id)|establish(?:ed)?|determined?)\s+(?:whether|if)",
    r"unlike",
    # a finding that one has not what is named right after ("the boy did not have
    # measles"; not "did not have enough vaccines"), or a test that rules it out
    r"(?:did|does|do)\s*(?:not|n['\u2019]t)\s+have\s+(?=\w$)",
    _TESTED_NEGATIVE,
    # doubt, read as a hedge: "police do not believe the attack was linked to Hamas",
    # "unlikely to have been caused by a Ukrainian drone"
    r"(?:not|(?:do|does|did)n['\u2019]t)\s+(?:believe|think|suspect)",
    r"unlikely(?=\s+(?:that|to)\b)",
    # a clause of its own: "Kenya, not Ethiopia, will host", "not by an Israeli strike"
    # ("Not a single Hamas fighter surrendered" says what the fighters did not do)
    r"(?:^|\band\s+)not\s+(?!(?:all|every\w*|just|quite|least|yet|long|since|until|far|even|"
    r"once|one|a\s+single)\b|" + _RANKED + r")(?:(?:by|from|in|at)\s+)?",
    r"rather\s+than",
    r"instead\s+of",
    r"(?:is|was|were|are|be|been)\s+not\s+(?!"
    + _RANKED
    + "|"
    + _HEDGED
    + r")(?:an?\s+|the\s+)?(?:act\s+of\s+)?",
    r"(?:is|was|were|are)n['\u2019]t\s+(?!"
    + _RANKED
    + "|"
    + _HEDGED
    + r")(?:an?\s+|the\s+)?(?:act\s+of\s+)?",
)
# Capitalised after an institution's name in running text, these make a place named after
# it: "Pentagon City", "White House Farm" (not a business it owns: "the Trump Hotel"; nor
# "Drive" or "Field", which head products and hospitals: "Google Drive", "UN Field Hospital").
PLACE_HEADS = word_set("city farm mall lane avenue station")
# The heads of an administrative area named after a country or a city ("Lebanon County"),
# which may be the city's own ("Los Angeles County", "Nairobi County"): see `smaller_place`.
DIVISION_HEADS = word_set("county township parish")
# Capitalised after a country's or a city's name, these make a smaller place named after
# it: "Lebanon County", "Cuba Avenue" (not "City": "Kuwait City" is the capital).
SMALLER_PLACE_HEADS = DIVISION_HEADS | word_set("avenue boulevard lane")
# Gear named after an institution's standard, after an article: "a Nato strap", "an EU plug
# adapter", "the NATO phonetic alphabet" are things, not news of the institution (no verb's
# form: "NATO plugs a gap", "the EU plugs a loophole").
NAMED_GEAR = word_set("strap plug socket sockets adapter adapters phonetic")
ARTICLES = word_set("a an the")
# Heads that make a street only when no capitalised word follows them: "Whitehall Road" is a
# street, the "EU Road Map" a plan and "Google Street View" a product.
STREET_HEADS = word_set("road street")
# A business named like a seat, after an article and before the word for it in lower case:
# "a fight outside the White House pub", "the Kremlin cafe on Main Street" ("a bar on" with
# what it bars is a ban: "the White House bar on transgender troops").
VENUE_NOUNS = word_set("pub inn tavern hotel restaurant cafe bar")
BAN_OBJECT = re.compile(r" bar (?:on|against|to|from)\b")
# An institution named after its street or quarter ("Threadneedle Street", "Foggy Bottom",
# "Capitol Hill") is that place when premises stand on it or belong to it: "the bar on
# Threadneedle Street", "Foggy Bottom's brick rowhouses"; not "pressure on Downing Street"
# nor "Capitol Hill's budget" ("house", as in "the Bank's house view", is left out).
LOCALITY_HEADS = word_set("street hill bottom bay square park")
# A street whose name has no head, read as the heads above are ("the Cenotaph on Whitehall").
LOCALITY_NAMES = word_set("whitehall")
# Not "flat", "homes" or "residents": "fell flat in Downing Street", "held rates flat on
# Threadneedle Street" and "Downing Street's new residents" are the institution's.
PREMISES_NOUNS = word_set(
    "bar bars cafe cafes pub pubs shop shops restaurant restaurants hotel hotels rowhouses "
    "townhouses terraces pavements memorial memorials monument monuments statue statues "
    "cenotaph"
)
# After a quarter's name, grounds or a race held on it: "the Parliament Hill lido", "the
# Capitol Hill parkrun", "the Parliament Hill cross-country race" (not "race" alone: "the
# Downing Street race" is a contest for the office).
GROUNDS_AFTER = re.compile(
    r" (?:lido|parkrun|playground|bandstand|athletics track|running track|cross country|fun run)"
    r"s?\b"
)
# Premises on a street are named as things are, after one of these: "the sandwich bar on".
PREMISES_DETERMINERS = word_set("the a an this that these those its their")
PREMISES_PREPOSITIONS = word_set("on in off along")
PRODUCT_WORDS = word_set(
    "browser app apps phone phones smartphone smartphones laptop laptops tablet tablets watch "
    "console headset headphones earbuds model models car cars suv software device devices "
    "pro max ultra plus mini hatchback hatchbacks sedan sedans saloon saloons coupe estate "
    "convertible gti recall recalls bar bars chocolate"
)  # after a theme's name written as a proper noun: a product called like the theme
# After a theme's name written as a proper noun, these capitalised make a company's name
# ("Cricket Wireless", "Opera Software"); not "Group", which music companies share with
# music ("Universal Music Group").
COMPANY_HEADS = word_set("wireless mobile software labs inc ltd plc llc corp")
# "no Hamas involvement": the mention between the negation and what it denies.
DENIED_NOUNS = word_set(
    "involvement role link links connection connections ties hand motive nexus fingerprints"
)
# "the phone has no AI features", "comes with no 5G capability": a product that lacks the
# feature named, after a verb of having or "with" before "no" (`LACKS_BEFORE`); not "no AI
# regulation exists", which says what the world lacks.
# A warning that is not given: "there was no tsunami threat", "no flood warning".
WARNING_NOUNS = word_set("threat threats warning warnings alert alerts")
# What says the thing warned of came after all: "when the storm hit".
ARRIVAL_WORDS = word_set("hit hits struck strikes landfall battered lashed swept")
FEATURE_NOUNS = word_set("feature features function functions capability capabilities")
LACKS_BEFORE = re.compile(r"\b(?:has|have|had|having|with|offers?|offered)\s+no\s+$", re.I)
# "no Russian-made parts", "without Chinese-built cranes": the goods' origin is what is denied.
ORIGIN_WORDS = word_set("made built supplied sourced manufactured produced")
# "Hamas was not behind the attack", "Iran had no role in it", "Wagner fighters took no part":
# the mention is what is denied.
DENIED_AFTER = re.compile(
    r"\s+(?:(?:fighters|members|militants|operatives|agents|troops|forces|officials)\s+)?"
    r"(?:(?:was|were|is|are|has\s+been|had\s+been)\s+(?:not|never|un)\s*(?:involved|behind|"
    r"responsible|linked|connected|related|to\s+blame)|(?:had|has|have|played|took|take|takes|taking)\s+no\s+"
    r"(?:\w+\s+)?(?:role|part|links?|connections?|ties|involvement|hand)|"
    r"(?:was|were|is|are)\s+(?:unrelated|unconnected|uninvolved)|"
    r"(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+(?:not\s+(?:suspected|considered|"
    r"believed\s+to\s+be\s+(?:involved|behind|responsible))|ruled\s+out)|"
    # a headline's passive: "Hezbollah Link Ruled Out", "Iran Role Denied"
    r"(?:involvement|role|links?|connections?|ties|hand)\s+(?:(?:is|was|has\s+been)\s+)?"
    r"(?:ruled\s+out|denied|dismissed|rejected|excluded))\b",
    re.I,
)
# "the blaze in Marseille was unrelated to the riots": a place named after one of these is
# where the thing happened, and what follows denies the thing, not the place.
LOCATIVE_WORDS = word_set("in near at on outside inside across off from around")
# A lowercase word right after a mention, which it may qualify ("the Berlin shopkeeper").
NEXT_LOWER_WORD = re.compile(r" ([a-z]+)\b")
NOT_QUALIFIED = DENIED_NOUNS | word_set(
    "was were is are had has have and or of in on at to for with by as that which who did "
    "does do said says would could will may might leadership leaders leader fighters members "
    "militants commanders commander cell cells group network"
)
# A hedge ("it is unclear whether ...") doubts a claim, not the clause's subject: only the
# words of a link make a mention in the hedged clause the thing in doubt ("whether Hamas was
# involved", "were launched by the Houthis"); "whether the Taliban will attend" doubts an act.
# "no threat of terrorism" denies a thing; a name after it is who would threaten ("no risk
# of Russia using nuclear weapons"): see `MentionReader._negated`.
THREAT_CUE = re.compile(_THREAT + r"\b")
# "questioned the claims", "cast doubt on reports that": a doubt of what a claim says, not
# of its subject ("reports that Apple will launch a phone") nor of who made it ("the claims
# made by Huawei", "the reports from Israel's army"); see `_doubt_of`.
DOUBT_CUE = re.compile(r"\s*(?:question|cast)")
# "posts falsely claimed that ...": what the claim says of the mention is denied, not the
# claim's subject unless the claim is a link (see `_false_of`): "falsely claimed the video
# showed Hamas fighters" denies Hamas, "falsely claimed the election was rigged" keeps it.
FALSELY_CUE = re.compile(r"\s*falsely\b")
CLAIM_SOURCE = re.compile(r"\s*(?:(?:made|issued|published|put\s+out)\s+)?(?:by|from|of)\b")
HEDGE_CUE = re.compile(
    r"(?:whether|if|believe|think|suspect|unlikely|suggest|indicate|show)$|^\s*(?:little|scant)\b"
)
LINK_WORDS = re.compile(
    r"\b(?:involved|involvement|behind|responsib\w+|link\w*|connect\w*|tied|ties|role|part|by|"
    r"inspired|belong\w*|members?|membership|affiliat\w+|backed|sponsored|funded|financed|"
    r"ordered|directed|orchestrated|attributed|blame\w*|allied|loyal|associated|sympathi\w+|"
    r"motivated|hand|work(?:ed|ing|s)?|doing|spy\w*|spied|agents?|recruited|carried\s+out|"
    r"staged|sent|armed|supplied|trained|infiltrated)\b"
)
PREDICATE_BEFORE = re.compile(r"\b(?:is|was|were|are|be|been)\s+(?:an?\s+|the\s+)?$")
NEGATION = re.compile(r"\b(?:" + "|".join(_LONG_CUES) + r")\b", re.I)
# A clause opened by "whether" that the sentence then calls unknown: "Whether Hamas was
# involved remains unclear" (the hedge comes after the mention, within the sentence).
HEDGE_AFTER = re.compile(
    r"[^.;:!?]*?\b(?:is|was|remains?|remained|are|were)\s+(?:still\s+)?"
    r"(unclear|unknown|uncertain|not\s+(?:yet\s+)?(?:clear|known))\b"
)
# A clause that reports a claim, which the sentence then calls false: "Posts claiming the clip
# shows Wagner fighters are false" (the verdict comes after the mention, as a fact check
# writes it).
CLAIM_OPENING = re.compile(
    r"(?:(?:the|these|those|online|viral|social\s+media)\s+){0,2}(?:claims?|posts?|reports?|"
    r"rumou?rs?|suggestions?|allegations?|videos?|messages?|stories)\s+(?:claiming|that|saying|"
    r"suggesting|alleging|showing)\b"
)
CALLED_FALSE = re.compile(  # within the claim's clause: not "..., though some were fake"
    r"(?:(?!\b(?:though|although|while|but|which|whereas)\b)[^.;:!?])*?"
    r"\b(?:is|was|are|were)\s+(?:(?:also|all|entirely|completely|simply|wholly|totally)\s+)?"
    r"(false|fake|untrue|baseless|unfounded|misleading|fabricated|incorrect)\b"
)
# A negative test denies the disease only when no test in the text found it and no
# outbreak is reported: "three were positive and the rest came back negative for cholera",
# "the herd came back negative for bird flu after an outbreak on a nearby farm" are about
# the disease after all.
TESTED_NEGATIVE = re.compile(_TESTED_NEGATIVE)
DISEASE_FOUND = re.compile(
    r"\b(?:tested|tests?|came\s+back|were|was|is|are|proved)\s+positive\b|"
    r"\bpositive\s+(?:for|cases?|tests?|results?|samples?)\b|\boutbreaks?\b",
    re.I,
)
# "did not rule out", "refused to deny": a cue that is itself negated denies nothing.
NEGATED_CUE = re.compile(
    r"(?:\bnot|n['\u2019]t|\bnever|\bcannot|\b(?:refus|declin|fail)\w*\s+to|\bunable\s+to)"
    r"\s+(?:yet\s+|been\s+able\s+to\s+)?$"
)
# After the denied thing, the place where it happened is not denied: "denied any role in
# the attack near Moscow", "was not invited to the summit in Geneva" (but "no links between
# the attack in Paris and Hamas" denies Hamas).
LOCATIVE = re.compile(
    r" (?:in|near|at|on|outside|inside|across|off)(?: the)?"
    r"(?: (?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
    r"(?:ern)?)? $"
)
# "found no signs of fraud in the Georgian parliamentary election": a few words into such
# a phrase still say where (the election is not denied), unless a word that joins or links
# comes between ("no links between the attack in Paris and Hamas").
LOCATIVE_PHRASE = re.compile(
    r" (?:in|near|at|on|outside|inside|across|off|during)(?: the| a| an)((?: [a-z'-]+){1,3}) $"
)
# "the photo was not taken in Jakarta", "the clip wasn't filmed in Gaza": where a picture was
# made is itself what a correction denies, so there the locative opens no exception.
MADE_WHERE = re.compile(
    r"(?:taken|filmed|shot|recorded|photographed|pictured)\s+(?:in|near|at|outside)(?: the)? $"
)
# "The talks will be held in Vienna rather than in Geneva": the place right after a choice
# and its locative is the one set aside, not where a denied thing happened ("unlike in
# China, where sales fell" says what happened there).
CONTRAST_CUE = re.compile(r"rather\s+than|instead\s+of")
CONTRASTED_WHERE = re.compile(r" (?:in|at) $")
NOT_IN_PLACE = word_set("and or nor to with of by between from that than as such including")
# Where a clause begins, looking back from a mention (in the lower-cased source).
CLAUSE_MARKS = (
    ".", ";", ":", "!", "?", "\n", "(", ", ", " - ", " \u2013 ", " \u2014 ", " but ",
    " while ", " whereas ", " although ", " though ", " however ", " who ", " which ",
    " and said", " and says", " and added", " and that",
)  # fmt: skip
# After a comma these go on with the denied list ("not linked to any group, including
# the Taliban"), so the comma ends no clause.
LIST_GOES_ON = ("including ", "such as ", "let alone ", "or ", "nor ", "not even ", "much less ")
CLAUSE_CUE_KEYS = (
    "no ", "none ", "little ", "scant ", "not ", "any ", "nothing ", "rul", "question", "doubt",
    "den", "dismiss", "reject", "rebut", "refut", "debunk", "unlike", "rather ", "instead ",
    "n't ", "n\u2019t ", "unrelated", "unconnected", "drop", "withdr", "quash", "overturn",
    "threw", "throw", "false", "baseless", "unfounded", "groundless", "unsubstantiated", "acquit",
    "cleared", "unclear", "unknown", "uncertain", "unlikely", "never", "falsely", "negative",
)  # fmt: skip

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
# A noun, "not" and maybe an article right before a mention: a headline with no verb that
# denies what follows ("Explosion not terrorism"), unless the word is a verb's or a
# pronoun's (`CLAUSE_WORDS`).
VERBLESS_NOT = re.compile(r"\b([A-Za-z]+) not (?:an? )?$")
CLAUSE_WORDS = word_set(
    "is was are were be been being do does did could should would will shall may might must "
    "can has have had it this that he she they we i you who what which why how and or but if "
    "whether still just"
)
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
IRREGULAR_DEMONYMS = word_set("french dutch swiss greek welsh scots czech")
# Demonyms in -i, listed: the ending alone also ends cities ("Dubai", "Delhi", "Helsinki").
I_DEMONYMS = word_set(
    "thai iraqi pakistani israeli saudi kuwaiti somali bangladeshi nepali omani yemeni qatari "
    "emirati bahraini azeri afghani punjabi bengali"
)
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
# named after a place (see `_work_title`).
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
# The places whose name alone stands for what happened there, as such a likeness needs
# ("a Suez moment"); any other place's moment is its own ("the label's London moment"),
# unless a landmark's name follows it ("its Berlin Wall moment").
HISTORIC_PLACES = word_set(
    "munich suez dunkirk waterloo chernobyl fukushima stalingrad yalta versailles sarajevo"
)
CLUB_AFTER = word_set("united fc afc cf sc rovers wanderers athletic albion hotspur rangers")
# Capitalised, as a club writes them ("Manchester City", "Luton Town"): "Toronto city
# council" and "the Leeds town centre" are the places, even in a text about sport.
CLUB_AFTER_IN_SPORT = word_set("city town county")
CLUB_BEFORE = word_set(
    "real atletico atlético inter ac fc bayern borussia sporting dynamo dinamo olympique "
    "lokomotiv spartak cska shakhtar zenit partizan slavia legia steaua hapoel maccabi hajduk"
)
TEAM_VERBS_AFTER = word_set(
    "beat beats defeated thrashed edged routed drew trounced hammered stunned outclassed "
    "crushed sign signs signed sacked appointed"
)  # "Madrid sign defender", "Lyon sacked their coach": in a sport story a club is named by
# its city
# A city or a country sacks or appoints officials too ("Barcelona appointed a new police
# chief"), even in a sport story: only a club's staff after the verb makes it the club's
# ("Lyon sacked their coach", "Milan appointed Conte as head coach"), or a lone surname
# ("Milan sacked Pioli after the derby"; see `_staff_object`).
STAFF_VERBS = word_set("sacked appointed")
_STAFF = r"(?:(?:their|its|the|a|an|new|head|caretaker|interim|permanent|first-team) ){0,3}"
_STAFF += r"(?:coach|coaches|manager|boss|trainer|coaching staff)\b"
STAFF_OBJECT = re.compile(
    r" (?:sacked|appointed) (?:" + _STAFF + r"|(?:[A-Z][\w'\u2019-]+ ){1,2}as " + _STAFF + ")"
)
STAFF_SURNAME = re.compile(r" (?:sacked|appointed) ([A-Z][a-z-]+)(?![\w'\u2019-]| [A-Z]| as\b)")
# "Lyon took three wickets", "Paris scored two goals": in a sport story, a place's name
# followed by a tally of the game is a player or a team, not the place.
PLAYER_TALLY = re.compile(
    r" (?:took|claimed|grabbed|scored|kicked|hit|made|added) (?:\d+|a|an|one|two|three|four|"
    r"five|six|seven|eight|nine|ten)(?: \w+)? (?:wickets?|catch(?:es)?|goals?|tries|try|runs|"
    r"rebounds|assists|penalties|centur(?:y|ies)|fift(?:y|ies)|hundreds?|birdies)\b"
)
TALLY_VERBS = word_set("took claimed grabbed scored kicked hit made added")
# "Lyon 1; Marseille 0 Monaco 0": in a results line, a team's name is followed by its goals
# and then by the next team's name, a semicolon, a comma or the end of the line.
RESULT_LINE = re.compile(r" \d{1,2}(?=[;,]|\.(?!\d)|$| [A-Z])")
# A tally after names is a results line only when its fixtures are set apart by semicolons
# or a fixture's word heads it ("Results: Arsenal 2, Chelsea 1"), not a count per country
# ("United States 78, Mexico 13") nor a medal table ("China 22, Japan 14").
FIXTURE_WORDS = re.compile(
    r";|\b(?:results?|scores?|full[- ]time|half[- ]time|FT|HT|fixtures?)\b", re.IGNORECASE
)
RESULT_VERBS = word_set("drew draw draws lost lose loses losing tied tie")  # "drew with X"
TEAM_WORDS_BEFORE = word_set(
    "beat beats defeated thrashed edged routed trounced hammered stunned against"
)
SPORT_WORDS = word_set(
    "mls match matches league goal goals scored striker midfielder defender goalkeeper coach "
    "season fixture derby cup playoff playoffs innings wicket wickets touchdown quarterback "
    "pitcher inning nba nfl mlb nhl stadium kickoff penalty tournament squad club clubs "
    "semifinal quarterfinal final premiership overtime"
)
SCORE = re.compile(r"\b\d{1,3}\s?[-\u2013]\s?\d{1,3}\b")
TITLES = word_set("mr mrs ms dr miss sir dame lady lord coach")
# "Storm Ciaran brought gusts of 90mph": a weather word that is also a given name, before a
# name, is a named storm when the text speaks of the weather ("Storm Reid stars" is a person).
STORM_GIVEN_NAMES = word_set("storm")
STORM_SIGNS = word_set(
    "wind winds gusts gust gale gales rain rainfall downpours flooding floods flood landfall "
    "forecasters forecast mph warnings warning snow lightning waves"
)
# "the band Asia", "the hair-metal rockers Europe": a capitalised name right after one of
# these is a group of musicians, not the place it is named after.
BAND_NOUNS = word_set("band bands rockers duo trio quartet quintet")
# "Nato, the indie four-piece": a band named in apposition.
BAND_APPOSITIVE = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:\w+-piece|" + "|".join(sorted(BAND_NOUNS)) + r")\b",
    re.IGNORECASE,
)
# "Interpol play the Roundhouse, with support from a local trio": a name that plays or
# headlines where the sentence speaks of a gig is a band (a team plays too, so the gig
# words must be there).
BAND_VERBS_AFTER = word_set("play plays played playing headline headlines headlined headlining")
GIG_WORDS = BAND_NOUNS | word_set("gig gigs setlist encore album albums")
SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# "the bulk carrier Ocean Malta", "the cruise ship Norwegian Jewel", "the frigate HMS
# Argyll": a name of two capitalised words or more right after a word for a vessel is the
# vessel's, not the place a word of it names ("the tanker Malta" is left as it is, and a
# "carrier" is a ship only as a bulk, an aircraft or a gas carrier: "the carrier Air
# India" is an airline).
VESSEL_NOUNS = word_set(
    "ship ships vessel vessels tanker tankers freighter ferry liner yacht superyacht trawler "
    "frigate destroyer corvette submarine boat barge tug icebreaker dredger containership"
)
CARRIER_KINDS = word_set("bulk aircraft lng gas ore car vehicle container")
# What only a vessel does, right after its name: "the tanker Texas ran aground", "the
# ferry Malta docked" (a place is not said to sink, dock or capsize).
SAILING_VERBS = word_set(
    "sank sinks capsized capsizes docked docks berthed berths anchored anchors sailed sails "
    "ran runs collided collides listed lists"
)
VESSEL_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(VESSEL_NOUNS | {"carrier"})) + r")\s+(?:[A-Z][\w'-]*\s+){0,3}$"
)
# Vehicles a carmaker names after towns ("the Tucson SUV", "Santa Fe hatchbacks").
VEHICLE_WORDS = word_set(
    "suv suvs hatchback hatchbacks sedan sedans saloon saloons pickup pickups crossover "
    "crossovers minivan minivans"
)
# Carmakers whose models are named after places ("the Hyundai Santa Fe", "a Seat Ibiza",
# "the Chevrolet Colorado"); a place after one is the model, unless it heads the maker's
# plant or arm there (`MAKER_UNITS`) or is a country ("Nissan Mexico", its arm).
CARMAKERS = word_set(
    "hyundai kia toyota lexus honda acura nissan infiniti mazda subaru mitsubishi suzuki "
    "ford chevrolet chevy cadillac buick gmc dodge jeep chrysler pontiac tesla volkswagen vw "
    "audi porsche bmw mercedes renault dacia peugeot citroen fiat skoda seat cupra volvo "
    "opel vauxhall saab byd geely chery"
)
# What stands before a car's make and model: "the new Hyundai Santa Fe", "his Kia Sorento".
MODEL_DETERMINERS = word_set(
    "the a an his her their its my our your this that every each new used old electric "
    "hybrid secondhand second-hand rented hired"
)
# A model's adjective between its maker's possessive and its name: "Kia's electric Sorento".
MODEL_ADJECTIVES = word_set("new latest electric hybrid updated redesigned revamped facelifted")
MAKER_UNITS = word_set(
    "plant plants factory factories assembly works unit arm division subsidiary operations "
    "dealer dealers dealership dealerships office offices headquarters"
)
VEHICLE_AFTER_AND = re.compile(
    r"\s+and\s+(?:[A-Z][\w-]*\s+){1,3}(?:" + "|".join(sorted(VEHICLE_WORDS)) + r")\b",
    re.IGNORECASE,
)
# "opened with 'Hotel California'", "sang 'Sweet Home Alabama'": a title in quotes, of
# two words or more in title case, in a sentence that speaks of a song, a record, a book,
# a film or a show, names the work, not the place a word of it names.
QUOTES = "\"'\u2018\u2019\u201c\u201d"
QUOTE_MARK = re.compile("[" + QUOTES + "]")  # any of them, found without a loop in Python
TITLE_WORD = r"(?:[A-Z][\w'\u2019-]*|of|the|a|an|in|on|to|and|from|for|my|de|la|el)"
QUOTED_BEFORE = re.compile(r"(?:^|[\s(])[" + QUOTES + r"]((?:" + TITLE_WORD + r"\s+){0,5})$")
QUOTED_AFTER = re.compile(r"((?:\s+" + TITLE_WORD + r"){0,5})[,.!?]?[" + QUOTES + r"](?![\w])")
WORK_WORDS = word_set(
    "song songs single singles album albums track tracks record band bands "
    "anthem ballad hit choir singer covers tune tunes film films movie novel "
    "book books play musical poem painting episode opera hymn carol series show drama "
    "documentary sitcom"
)
# A work's noun right before a quoted title: "the series 'Tsunami'", "the film 'Chernobyl'":
# a title of one word, which scare quotes also write ("a 'tsunami' of claims"), needs it.
WORK_NOUN_BEFORE = re.compile(
    r"\b(?:series|show|drama|documentary|sitcom|film|movie|novel|book|song|single|album|play|"
    r"opera|musical|poem|painting|episode)\s+$",
    re.IGNORECASE,
)
SENTENCE_STOP = re.compile(r"[.!?]")  # where a sentence ends, and whether it asked
# Capitalised words that follow a place's name but are no surname: institutions, features,
# titles and the verbs of headlines.
NOT_SURNAMES = word_set(
    """city county state states university college school airport street road avenue square
    bridge river valley bay beach lake sea ocean island islands mountain mountains hills park
    zoo times post herald tribune daily news journal mail gazette star press today police
    council government senate house assembly legislature parliament court department ministry
    army navy air force forces power energy bank airlines airways railway railways metro port
    harbour harbor tech institute museum hospital hotel stadium arena center centre church
    cathedral mosque temple company group inc corp ltd plc fund exchange stock market capital
    international national federal republican republicans democrat democrats democratic
    governor mayor minister president premier prime chief officials authorities residents
    voters fans coast border region province district area metropolitan downtown east west
    north south central sound strait gulf peninsula falls springs heights village town
    township borough highway freeway interstate route line pipeline summit talks accord
    agreement treaty deal protocol convention conference declaration game games open marathon
    grand prix derby cup series festival week fashion opera ballet symphony orchestra
    philharmonic king queen prince princess crown sultan emir sheikh morning evening weekly
    monthly fed memorial chronicle inquirer examiner observer guardian telegraph globe
    sentinel courier bulletin register dispatch monitor independent express mirror flower
    gate basin delta plateau desert forest canyon glacier pass bulldogs
    says said warns urges hits seeks plans backs wins faces sees gets takes
    calls vows rejects signs opens joins and or of in on at to for by with as is was will
    has have after over from into under new old the a an"""
)
# Nouns that, right after an ambiguous demonym ("Georgian wine", "the Georgian economy"),
# show that it names the country: economy, language, culture, geography and government.
DOMAIN_WORDS = tuple(
    sorted(
        word_set(
            """economy economic exports exporters imports currency banks growth budget investment
    investors businesses companies firms farmers tourism wine wines winemakers vineyards
    cuisine food cheese bread language alphabet literature writers poet poetry culture music
    musicians dance dancers choir film cinema church orthodox monasteries mountains mountain
    highlands coast coastline villages village villagers border capital region valley river
    rivers sea government minister ministers president parliament lawmakers police army
    soldiers troops opposition protesters citizens journalists media authorities officials
    court prime foreign junta military regime rebels militants forces franc francs dinar
    lari king monarchy people population diaspora farmers economists inflation unemployment
    exporter desert plains lake lakes interior north south east west countryside prices
    producers growers makers tariffs market markets trade industry output harvest crop sales"""
        )
    )
)
# What follows goods named after a place or a period when the words name the place's own
# trade ("Italian heels maker Ferragamo", "a Georgian silver mine"), not the goods alone.
GOODS_TRADE = frozenset(DOMAIN_WORDS) | word_set("maker mine mines mining miners")
DEMONYM_ENDINGS = ("an", "ans", "ian", "ians", "ese", "ish", "i", "is")
TEAM_SINGULARS = word_set(
    "heat magic jazz thunder wild galaxy lightning avalanche kraken dynamo revolution crew fire "
    "storm sky mercury fever sparks liberty dream lynx aces wings sun united city glory roar "
    "victory phoenix"
)  # teams named in the singular ("Miami Heat", "Utah Jazz", "Perth Glory")
SINGLE_TEAM_NAME = re.compile(r" (?:[A-Z][a-z]+ )?([A-Z][a-z]+)\b")  # "Tampa Bay Lightning"
# Of those, the ones that after a place's name are a team even in a text with no sport word
# ("the Tampa Bay Lightning acquired a defenceman"): no town has such a body or landmark.
TEAM_ONLY_SINGULARS = word_set(
    "heat magic jazz thunder wild lightning avalanche kraken mercury fever sparks lynx aces"
)
TEAM_HINTS_AFTER = CLUB_AFTER_IN_SPORT | TEAM_VERBS_AFTER | TEAM_SINGULARS
TEAM_HINTS_BEFORE = TEAM_WORDS_BEFORE | {"with", "to", "the"}
TEAM_NAME = re.compile(r" (?:[A-Z][a-z]+ )?(?:[A-Z][a-z]+s|Sox)\b")  # "Red Sox"
CAPITAL_WORD = re.compile(r"[A-Z][a-z'\u2019]+")
# "Florence Pugh and Orlando Bloom": a name listed beside a person's name is a person's.
PERSON_BEFORE = re.compile(r"\b([A-Z][a-z'\u2019]+) ([A-Z][a-z'\u2019]+),? (?:and|&) $")
OWNER_BEFORE = re.compile(r"(?<![.!?] )\b([A-Z][A-Za-z.]+) [A-Z][a-z]+ $")  # "Iowa State "
PAIRED_RESULT = re.compile(  # after a team's name: "and Everton drew", "and Real Madrid beat"
    r" and (?:[A-Z][a-z]+ )?[A-Z][a-z]+ (?:"
    + "|".join(sorted(TEAM_VERBS_AFTER | RESULT_VERBS))
    + r")\b"
)
PLACE_BEFORE = re.compile(r"(?<![.!?] )\b([A-Z][A-Za-z.]+) $")  # a capitalised word, mid-sentence


@cache
def everyday_words() -> frozenset[str]:
    """Words written in lower case often (`data/common_words.txt`) and the heads of place
    and institution names: what follows a given name and is no surname."""
    return NOT_SURNAMES | word_set(COMMON_WORDS.read_text(encoding="utf-8"))


@cache
def given_names() -> frozenset[str]:
    """The folded given names of `data/given_names.txt`, read once."""
    lines = GIVEN_NAMES.read_text(encoding="utf-8").split()
    return frozenset(n.casefold() for n in lines)


PATRONYM_ENDINGS = ("son", "sen", "s", "es")  # "Jones": "Jon" + "es"


def is_patronym(word: str) -> bool:
    """A surname formed from a given name that is no everyday word ("williams", "johnson",
    "petersen"): what follows a place's name when the two name a person ("Tennessee
    Williams"); "the Florida Keys" are no person."""
    names, everyday = given_names(), everyday_words()
    for ending in PATRONYM_ENDINGS:
        stem = word.removesuffix(ending)
        if stem != word and len(stem) >= 3 and stem in names and stem not in everyday:
            return True  # not "Keys": "Key" is a given name, but an everyday word first
    return False


@lru_cache(maxsize=64)
def is_title_case(source: str) -> bool:
    """A headline written Like This: capitals say nothing about names there (kept for the
    last few fields: every mention of a long body may ask of its field)."""
    found = re.findall(r"[A-Za-z]{4,}", source)
    return len(found) >= 3 and sum(w[0].isupper() for w in found) >= 0.8 * len(found)


# Words that may open a negated clause; the matcher finds them in its one pass over the text,
# so a field without any of them costs nothing more.
CUE_WORDS = (
    "no", "none", "little", "scant", "not", "any", "nothing", "questioned", "questions",
    "doubt", "doubts", "rule out", "ruled out", "rules out", "ruling out", "deny",
    "denied", "denies", "denying", "dismissed", "dismisses", "dismissing", "debunked", "rejected",
    "rejects", "rejecting", "rebutted", "refuted", "refutes", "unlike", "rather than",
    "instead of", "isn t", "wasn t", "weren t", "aren t", "unrelated", "unconnected",
    "uninvolved", "never", "dropped charges", "dropped the charges", "dropped all charges",
    "dropped claims", "dropped allegations", "drops charges", "dropping charges", "withdrew",
    "withdrawn", "quashed", "overturned", "threw out", "thrown out", "throws out", "throwing out",
    "false claims", "false claim", "false reports", "false allegations", "false rumours",
    "false rumors", "false accusations", "false charges", "baseless", "unfounded", "groundless",
    "unsubstantiated", "acquitted", "cleared", "unclear", "false", "fake", "untrue", "misleading",
    "fabricated", "incorrect", "unknown whether", "unknown if", "falsely",
    "uncertain whether", "uncertain if", "excluded", "unlikely", "don t", "doesn t", "didn t",
    "negative for",
)  # fmt: skip


def attributive(fields: Sequence[FoldedText], occurrence: tuple[int, int, int]) -> bool:
    """Whether the mention qualifies the noun after it, after an article: "the Berlin
    shopkeeper", "a Texas man" (not "the Taliban was", "a Hamas role")."""
    index, start, end = occurrence
    folded = fields[index]
    if _prev_word(folded.text, start) not in ("the", "a", "an"):
        return False
    _, finish = folded.span(start, end)
    noun = NEXT_LOWER_WORD.match(folded.source, finish)
    return noun is not None and noun.group(1) not in NOT_QUALIFIED


def _in_place_phrase(clause: str, after_cue: int) -> bool:
    """Whether the clause ends inside a place phrase that follows the cue ("in the Georgian
    parliamentary"), with no word that joins or links in it."""
    phrase = LOCATIVE_PHRASE.search(clause, max(after_cue - 1, 0))
    return phrase is not None and not NOT_IN_PLACE.intersection(phrase.group(1).split())


def _doubts_link(lower: str, hedged: tuple[int, int], mention: int, before: str) -> bool:
    """Whether the hedged clause at `lower[hedged[0]:hedged[1]]` doubts a link (a role, a
    tie, who did it) rather than an act of its subject, or the mention at `mention` is what
    the clause calls something ("whether the blast was a terrorist attack"): only then is
    the mention not evidence. A passive link ("caused by", "backed by") doubts its agent
    after "by", not the subject before it ("the crash in Nepal was caused by pilot error")."""
    if PREDICATE_BEFORE.search(before):
        return True
    for link in LINK_WORDS.finditer(lower, *hedged):
        passive = link.group() == "by" or lower.startswith(" by ", link.end())
        if not passive or link.start() < mention:
            return True
    return False


def _false_of(lower: str, claimed: tuple[int, int], mention: int, opening: int) -> bool:
    """Whether a claim at `lower[claimed[0]:claimed[1]]` that the sentence calls false denies
    the mention at `mention`: one the claim says something of ("posts claiming the clip
    shows Wagner fighters"), or its subject only when the claim is a link ("claims that
    Hamas was behind it"), as a hedge doubts (see `_doubts_link`). The subject itself stays
    ("claims that the election was rigged are false" are about the election), and so does
    a place where the claimed thing happened ("in Georgia"). `opening` is where the claim's
    words end, counted in the clause without its leading spaces."""
    clause = lower[claimed[0] : mention]
    if LOCATIVE.search(clause) or _in_place_phrase(clause, 0):
        return False
    subject = clause.lstrip()[opening:].split() in ([], ["the"], ["a"], ["an"])
    return not subject or _doubts_link(lower, claimed, mention, clause)


def _doubt_of(lower: str, doubted: tuple[int, int], mention: int) -> bool:
    """Whether a doubted claim at `lower[doubted[0]:doubted[1]]` (after "cast doubt on the
    claim") denies the mention at `mention`, as a claim called false does (see `_false_of`),
    but never the claim's source ("the claims made by Huawei")."""
    rest = lower[doubted[0] : mention]
    if CLAIM_SOURCE.match(rest):
        return False
    opening = len("that") if rest.lstrip().startswith("that ") else 0
    return _false_of(lower, doubted, mention, opening)


def _singular_team(word: str, source: str, *, sport: Callable[[], bool]) -> bool:
    """Whether a capitalised `word` after a place's name makes the two a team ("Miami
    Heat"): one of `TEAM_SINGULARS` in a text about sport, or one of
    `TEAM_ONLY_SINGULARS` outside a headline in title case."""
    folded = word.casefold()
    if folded not in TEAM_SINGULARS:
        return False
    if folded in TEAM_ONLY_SINGULARS and not is_title_case(source):
        return True
    return sport()


def _team_owner(source: str, begin: int) -> str:
    """The place a theme's name follows when the two may be a team: "LA Galaxy", "Utah
    Jazz", and past an everyday word, "Iowa State Cyclones"."""
    window = max(0, begin - 24)
    place = PLACE_BEFORE.search(source, window, begin)
    named = place.group(1) if place else ""
    if named and named.casefold() in everyday_words():
        owner = OWNER_BEFORE.search(source, window, begin)
        named = owner.group(1) if owner else named
    return named


def _ship_or_moment(
    folded: FoldedText, span: tuple[int, int], around: tuple[str, str, int], *, theme: bool
) -> str | None:
    """A name at source `span` after a ship's prefix in capitals ("HMS Glasgow", "USS
    Iowa"), or between an article or a possessive and a turning point's "moment" ("the
    government's Munich moment"; `around`: the folded words before and after it, and
    where the one after ends). A theme's name is no place ("her Oscar moment")."""
    prev, nxt, after = around
    if prev not in SHIP_PREFIXES and (prev not in MOMENT_OWNERS or theme):
        return None  # most mentions
    source = folded.source
    begin, finish = span
    written = source[begin:finish]
    if prev in SHIP_PREFIXES:
        if _source_word_before(source, begin).isupper():
            return f"ship: '{prev.upper()} {written}'"
        return None
    moment = _turning_point(source, (begin, finish), (nxt, next_word(folded.text, after)[0]))
    return f"figure of speech: '{prev} {written} {moment}'" if moment else None


def _turning_point(source: str, span: tuple[int, int], following: tuple[str, str]) -> str:
    """The words after a place's name at source `span` that make it a turning point likened
    to the place's history (see `MOMENT_OWNERS`): "moment" right after one of
    `HISTORIC_PLACES`, or after one capitalised word of a landmark's name ("Berlin Wall
    moment"); else ""."""
    begin, finish = span
    nxt, then = following
    if nxt in MOMENT_WORDS:
        return nxt if source[begin:finish].casefold() in HISTORIC_PLACES else ""
    if then in MOMENT_WORDS and source[finish + 1 : finish + 2].isupper():
        return f"{source[finish + 1 : finish + 1 + len(nxt)]} {then}"
    return ""


def _club_suffix(source: str, finish: int) -> bool:
    """Whether the word after a name ending at source `finish` is written as a club's
    suffix is: capitalised, or in a text written all in lower case."""
    return source[finish + 1 : finish + 2].isupper() or source.islower()


def _staff_object(source: str, finish: int) -> bool:
    """Whether a club's staff follows "sacked" or "appointed" after a name ending at
    `finish`: a coach or a manager, one named as such, or a lone surname that is no
    everyday word ("Milan sacked Pioli"; not "Paris appointed Police chiefs")."""
    if STAFF_OBJECT.match(source, finish):
        return True
    surname = STAFF_SURNAME.match(source, finish)
    return surname is not None and _unknown_name(surname.group(1))


def _acronym(written: str) -> bool:
    """Whether a theme's name is written as an acronym in capitals ("AI", "TV", "F1"): what
    follows it is the theme's own thing, not a product named like the theme."""
    return len(written) > 1 and written.isupper()


def _model_name(nxt: str, source: str, finish: int) -> bool:
    """Whether a model's name follows: a word of letters and digits ("S24", "M3") or a lone
    capital letter (read only after a theme's name: most mentions never need it)."""
    return (any(ch.isdigit() for ch in nxt) and not nxt.isdigit()) or _letter_after(source, finish)


def car_model(folded: FoldedText, start: int, end: int) -> str | None:
    """A place's name at folded `start:end` right after a carmaker's, written with its
    capital, the maker's after an article, a possessive or an adjective of cars ("the new
    Hyundai Santa Fe seats seven", "drove his Hyundai Tucson"; not "Harrison Ford", nor
    the maker's arm opening a clause, "Tesla Shanghai shipped 80,000 cars"), or after the
    maker's possessive and a new model's adjective ("Hyundai's new Santa Fe"), names the
    maker's model (see `CARMAKERS`)."""
    text, source = folded.text, folded.source
    maker = _prev_word(text, start)
    if next_word(text, end)[0] in MAKER_UNITS:
        return None
    begin, finish = folded.span(start, end)
    if maker in MODEL_ADJECTIVES and source[finish : finish + 1] not in ("'", "\u2019"):
        owner = _source_word_before(source, begin - len(maker) - 1)
        if owner[-2:] in ("'s", "\u2019s") and owner[:-2].casefold() in CARMAKERS:
            return f"product: '{owner} {maker} {source[begin:finish]}' (a car model)"
    if maker not in CARMAKERS:
        return None
    brand = _source_word_before(source, begin)
    before = _source_word_before(source, begin - len(brand) - 1)
    if not brand[:1].isupper() or source[finish : finish + 1] in ("'", "\u2019"):
        return None
    if before.casefold() not in MODEL_DETERMINERS:
        return None
    return f"product: '{brand} {source[begin:finish]}' (a car model)"


def _letter_after(source: str, finish: int) -> bool:
    """Whether a lone capital letter follows, as in a model's name ("Galaxy Z Fold"); not
    the words "I" and "A", nor a currency's letter ("the Maple Leafs C$200m")."""
    letter = source[finish + 1 : finish + 2]
    return (
        source[finish : finish + 1] == " "
        and letter.isupper()
        and letter not in "IA"
        and not source[finish + 2 : finish + 3].isalnum()
        and source[finish + 2 : finish + 3] not in (".", "'", "$")
    )


def smaller_place(
    folded: FoldedText, start: int, end: int, *, divisions: bool = True
) -> str | None:
    """A country's or a city's name at folded `start:end` that heads a smaller place's
    name in running text ("Lebanon County", "Cuba Street", "London Road") names that place,
    not the country or the city. A head of `DIVISION_HEADS` counts only where `divisions`
    says the area cannot be the city's own ("Los Angeles County" is the city's)."""
    head = next_word(folded.text, end)[0]
    if head not in SMALLER_PLACE_HEADS and head not in STREET_HEADS:
        return None  # most mentions: no such word after (and no title to scan)
    if head in DIVISION_HEADS and not divisions:
        return None
    begin, finish = folded.span(start, end)
    source = folded.source
    if source[finish : finish + 1] != " " or not _place_head(
        source, finish, head, SMALLER_PLACE_HEADS
    ):
        return None
    return f"place: '{source[begin:finish]} {source[finish + 1 : finish + 1 + len(head)]}'"


def _place_head(source: str, finish: int, nxt: str, heads: frozenset[str] = PLACE_HEADS) -> bool:
    """Whether the capitalised word `nxt` (folded) after a name ending at source `finish`
    makes the pair a place's name in running text: one of `heads`, or one of
    `STREET_HEADS` that ends the name ("Whitehall Road," but not "EU Road Map")."""
    if not source[finish + 1 : finish + 2].isupper() or is_title_case(source):
        return False
    if nxt in heads:
        return True
    head, *rest = source[finish : finish + 40].split()[:2]
    return nxt in STREET_HEADS and (not rest or not head.isalpha() or not rest[0][:1].isupper())


def _locality(text: str, start: int, mention: str, prev: str, following: tuple[str, int]) -> bool:
    """Whether an institution's name that names its street or quarter (its last word one of
    `LOCALITY_HEADS`, or one of `LOCALITY_NAMES`) at folded `start` is that place: premises
    or a monument on it ("the bar on Threadneedle Street", "the Cenotaph on Whitehall"),
    grounds or a race on it (`GROUNDS_AFTER`), or its own, maybe after one adjective
    ("Foggy Bottom's brick rowhouses")."""
    if mention.rsplit(" ", 1)[-1] not in LOCALITY_HEADS and mention not in LOCALITY_NAMES:
        return False
    if (
        prev in PREMISES_PREPOSITIONS
        and start > len(prev) + 1
        and _premises_before(text, start - len(prev) - 1)
    ):
        return True
    nxt, after = following
    if GROUNDS_AFTER.match(text, start + len(mention)):
        return True
    if nxt != "s":
        return False
    owned, further = next_word(text, after)
    return owned in PREMISES_NOUNS or next_word(text, further)[0] in PREMISES_NOUNS


def _premises_before(text: str, start: int) -> bool:
    """Whether the words before folded `start` name premises: one of `PREMISES_NOUNS` after
    a determiner, maybe with one word between ("the bar", "the sandwich bar")."""
    noun = _prev_word(text, start)
    if noun not in PREMISES_NOUNS:
        return False
    at = start - len(noun) - 1
    before = _prev_word(text, at) if at > 0 else ""
    if before in PREMISES_DETERMINERS:
        return True
    at -= len(before) + 1
    return bool(before) and at > 0 and _prev_word(text, at) in PREMISES_DETERMINERS


def _named_after_body(source: str, finish: int, nxt: str) -> str | None:
    """What an institution's name ending at source `finish`, after an article, names with
    the word `nxt` after it: gear ("a Nato strap", "an EU plug") or a venue's business,
    the venue's word in lower case in running text ("outside the White House pub"), but
    no ban ("the White House bar on troops")."""
    if nxt in NAMED_GEAR:
        return "thing"
    if (
        nxt in VENUE_NOUNS
        and source[finish + 1 : finish + 2].islower()
        and in_running_case(source)
        and not BAN_OBJECT.match(source, finish)
    ):
        return "business"
    return None


def _band(source: str, span: tuple[int, int], prev: str) -> str | None:
    """Rule 5 for a band: the capitalised name at source `span` after a word for one ("the
    band Asia", "the indie duo Tennis") or before one in apposition ("Nato, the indie
    four-piece"), or that plays a gig ("Interpol play the Roundhouse with support from a
    trio"); a sport's name too, as no band plays the sport it is named after."""
    begin, finish = span
    written = source[begin:finish]
    if prev in BAND_NOUNS:
        return f"band: '{prev} {written}'"
    appositive = BAND_APPOSITIVE.match(source, finish)
    if appositive:
        return f"band: '{written}{appositive.group()}'"
    verb = source[finish + 1 : finish + 12].split(" ", 1)[0].lower()
    if verb not in BAND_VERBS_AFTER:  # most mentions: read no further
        return None
    sentence = SENTENCE_END.split(source[finish : finish + 200], maxsplit=1)[0].lower()
    gig = GIG_WORDS.intersection(re.findall(r"[a-z]+", sentence))
    return f"band: '{written} {verb}' at a gig" if gig else None


@lru_cache(maxsize=64)
def in_running_case(source: str) -> bool:
    """Whether a field is written neither in title case nor in capitals, where a capital
    says a name begins (kept as `is_title_case` is)."""
    return not is_title_case(source) and any(c.islower() for c in source)


def _named_thing(
    folded: FoldedText, span: tuple[int, int], nxt: str, *, country: bool = False
) -> str | None:
    """Rule 5 for a thing named after a place, in a field not written in title case or
    capitals: a vessel (`VESSEL_NOUNS`; see `_vessel` for a `country`'s name), a car model
    before a word for it (`VEHICLE_WORDS`, also "the Tucson and Santa Fe SUVs") or a work's
    title in quotes (`WORK_WORDS`)."""
    source = folded.source
    if not in_running_case(source):
        return None
    begin, finish = span
    written = source[begin:finish]
    if nxt in VEHICLE_WORDS or (nxt == "and" and VEHICLE_AFTER_AND.match(source, finish)):
        return f"product: '{written}' (a vehicle)"
    vessel = _vessel(source, span, country=country)
    return vessel or _quoted_title(source, span)


def _vessel(source: str, span: tuple[int, int], *, country: bool = False) -> str | None:
    """The vessel's name the place's name at source `span` is part of, as "the tanker Ocean
    Malta" or "the cargo ship Kota Bharu": two capitalised words or more right after a word
    for a vessel, the place's own words counted, but a `country`'s alone, which is the
    subject of what follows ("the tanker Saudi Arabia had chartered": a ship named after a
    whole country is rare, one named after a town is not); not a place that owns what
    follows ("the tanker Sri Lanka's navy seized"); a name alone is the vessel's when a
    vessel's verb follows ("the tanker Texas ran aground")."""
    begin, finish = span
    if source[finish : finish + 1] in ("'", "\u2019"):
        return None
    found = VESSEL_BEFORE.search(source, max(0, begin - 60), begin)
    if found is None:
        return None
    noun, *before = source[found.start() : begin].split()
    if noun == "carrier":
        kind = source[max(0, found.start() - 12) : found.start()].split()[-1:]
        if not kind or kind[0].casefold() not in CARRIER_KINDS:
            return None
    after = re.match(r"(?:\s+[A-Z][\w'-]*){0,3}", source[finish:]).group()  # type: ignore[union-attr]
    lone = not before and not after and (country or " " not in source[begin:finish])
    if lone and source[finish + 1 : finish + 12].split(" ", 1)[0] not in SAILING_VERBS:
        return None  # "the tanker Malta seized": the place may be the subject
    return f"vessel: '{noun} {' '.join([*before, source[begin:finish]])}{after}'"


def _quoted_title(source: str, span: tuple[int, int]) -> str | None:
    """The title in quotes the name at source `span` is part of, in a sentence that speaks
    of a work (`WORK_WORDS`): "opened with 'Hotel California'"; a title of the name alone
    right after a work's noun ("the series 'Tsunami'", see `WORK_NOUN_BEFORE`)."""
    begin, finish = span
    if not QUOTE_MARK.search(source, max(0, begin - 48), finish + 48):
        return None
    left = QUOTED_BEFORE.search(source, max(0, begin - 48), begin)
    right = QUOTED_AFTER.match(source, finish)
    if left is None or right is None:
        return None
    if not (left.group(1) or right.group(1)) and not WORK_NOUN_BEFORE.search(
        source, max(0, left.start() - 24), left.start() + 1
    ):
        return None
    start = max((m.end() for m in SENTENCE_END.finditer(source, 0, left.start())), default=0)
    stop = SENTENCE_END.search(source, right.end())
    sentence = source[start : stop.start() if stop else len(source)].lower()
    if not WORK_WORDS.intersection(re.findall(r"[a-z]+", sentence)):
        return None
    return f"title: '{left.group(1)}{source[begin:finish]}{right.group(1)}'"


def _pronoun(folded: FoldedText, span: tuple[int, int], prev: str, nxt: str) -> str | None:
    """The words that make the acronym at source `span`, in a field written in capitals,
    the pronoun it spells, or None: "US" after the imperative that opens the field (see
    `PRONOUN_BEFORE`, `BARE_VERBS`) or ending a field that speaks to its reader after
    "with" (see `READER_WORDS`); "WHO" opening a question (see `QUESTION_PRONOUNS`)."""
    source = folded.source
    if any(c.islower() for c in source):
        return None
    written = source[span[0] : span[1]]
    if written.casefold() in QUESTION_PRONOUNS:
        return f"{written} {nxt}" if _opens_question(source, span) else None
    before = source[: span[0]].split()
    if prev in PRONOUN_BEFORE["us"] and _opens_with(before):
        spelt = prev in BARE_VERBS or not nxt or nxt in AFTER_PRONOUN
    else:
        ends = not source[span[1] :].strip(" .!?")
        spelt = prev == "with" and ends and not READER_WORDS.isdisjoint(folded.text.split())
    return f"{prev} {written}" if spelt else None


def _opens_question(source: str, span: tuple[int, int]) -> bool:
    """Whether the word at source `span` opens a sentence that goes on after it and ends in
    a question mark (see `QUESTION_PRONOUNS`)."""
    begin, finish = span
    opening = source[:begin].rstrip()
    if (opening and opening[-1] not in ".!?") or source[finish : finish + 1] != " ":
        return False
    stop = SENTENCE_STOP.search(source, finish)
    return stop is not None and stop.group() == "?"


def _opens_with(before: list[str]) -> bool:
    """Whether the words `before` a mention are one that opens its field, maybe after a
    polite word ("HELP", "PLEASE HELP")."""
    return len(before) == 1 or (len(before) == 2 and before[0].casefold() in POLITE_WORDS)


def _company_head(source: str, finish: int) -> bool:
    """Whether the word after a theme's name ending at source `finish`, one of
    `COMPANY_HEADS`, is capitalised to make a company's name ("Cricket Wireless"): not in a
    headline written in title case or in capitals, where every word is ("AI Labs Race to
    Hire", "CRYPTO MOBILE WALLETS HIT")."""
    if not source[finish + 1 : finish + 2].isupper():
        return False
    return in_running_case(source)


def _prev_word(text: str, start: int) -> str:
    """The folded word before `text[start:]` (`start` begins a word), or ""."""
    if start < 2 or text[start - 2] == " ":
        return ""
    return text[text.rfind(" ", 0, start - 1) + 1 : start - 1]


def next_word(text: str, end: int) -> tuple[str, int]:
    """The folded word after `text[:end]` (`end` closes a word) and where it ends."""
    if end + 1 >= len(text) or text[end + 1] == " ":
        return "", end
    stop = text.find(" ", end + 1)
    return text[end + 1 : stop], stop


def is_demonym(word: str) -> bool:
    """Whether a folded word reads as a people's adjective ("chinese", "thai", "mexican",
    "french"), not a city's name ("paris", "milan")."""
    return (
        word in IRREGULAR_DEMONYMS
        or word in I_DEMONYMS
        or word.endswith(("ese", "ish", "ian", "can", "ean"))
    )


def _named_after(mention: str, nxt: str, following: str, *, hyphened: bool) -> str | None:
    """Rule 2 for things named after a place: a variety, a people's lore, a cooking or a
    manner ("Swiss chard", "Greek myths", "the Chinese takeaway", "Portuguese-style
    chicken"), or, after a period's adjective, an English compound of the period ("a
    Georgian market town")."""
    if nxt in VARIETY_NOUNS and following not in GOODS_TRADE:
        return f"variety: '{mention} {nxt}'"
    if nxt in LORE_NOUNS and is_demonym(mention) and following != "about":
        return f"lore: '{mention} {nxt}'"
    if nxt in EATERY_NOUNS and is_demonym(mention):
        return f"cooking: '{mention} {nxt}'"
    if nxt in MANNER_WORDS and hyphened:
        return f"manner: '{mention}-{nxt}'"
    if mention in ERA_ADJECTIVES and f"{nxt} {following}" in ERA_COMPOUNDS:
        return f"period: '{mention} {nxt} {following}'"
    return None


def _language_subject(text: str, start: int, mention: str, words: tuple[str, str]) -> str | None:
    """Rule 2 for a demonym at folded `start` before a language's subject ("Portuguese
    lessons", see `LANGUAGE_SUBJECTS`) or a school's unit after a school's word ("the
    university's Portuguese department"); `words`: the two words after it. Not lessons
    drawn from the country ("the Greek lessons of 2010"), a course of action, a golf or a
    race course (a course is a language's only beside learning, `LEARNING_NEAR`), nor a
    faculty's members."""
    nxt, following = words
    if not is_demonym(mention) or following in SUBJECT_NOT_AFTER:
        return None
    if nxt in COURSE_WORDS and not LEARNING_NEAR.search(text, max(0, start - 60), start + 80):
        return None
    school = nxt in SCHOOL_UNITS and SCHOOL_BEFORE.search(text, max(0, start - 40), start)
    if nxt in LANGUAGE_SUBJECTS or school:
        return f"language: '{mention} {nxt}'"
    return None


def _idiom_after(
    text: str, start: int, following: tuple[str, int], mention: str, last: str
) -> str | None:
    """Rule 2 for the words after a mention whose last word is `last`: a set idiom ("Dutch
    courage"), a possessive one ("the cricket's chirp"), a creature among its kin, a figure
    of speech or another medium read from what follows "of" ("a scrum of reporters", "an
    episode of our weekly podcast"), or a referendum that is a figure of speech ("the
    by-election will be a referendum on the prime minister")."""
    nxt, after = following
    if nxt in IDIOMS_AFTER.get(last, ()) or (
        nxt in ARTICLE_IDIOMS_AFTER.get(last, ()) and _prev_word(text, start) in DETERMINERS
    ):
        return f"idiom: '{mention} {nxt}'"
    joined = nxt + next_word(text, after)[0]  # "stand-off", "blow-dry": one word or two
    if joined != nxt and joined in IDIOMS_AFTER.get(last, ()):
        return f"idiom: '{mention} {joined}'"
    if nxt == "s" and next_word(text, after)[0] in POSSESSED_AFTER.get(last, ()):
        return f"idiom: '{mention}'s {next_word(text, after)[0]}'"
    if nxt in ("and", "or") and next_word(text, after)[0] in KIN_AFTER.get(last, ()):
        return f"creature: '{mention} {nxt} {next_word(text, after)[0]}'"
    if mention.endswith("number one") and nxt in ("in", "on") and _ranking_after(text, after):
        return f"ranking: '{mention} {nxt}'"
    if nxt == "of" and mention in QUANTITY_NOUNS and _prev_word(text, start) in ("a", "an"):
        owner = next_word(text, after)[0]
        if owner not in LITERAL_OF and not owner[:1].isdigit():
            return f"quantity: 'a {mention} of {owner}'"
    if (nxt == "of" and last in OF_AFTER) or (nxt == "for" and last in FOR_AFTER):
        return _owner_figure(text, following, mention, last)
    if (
        last == "referendum"
        and nxt == "on"
        and (
            FIGURATIVE_BEFORE.search(text, max(0, start - 60), start)
            or FIGURATIVE_AFTER.match(text, after)
        )
    ):
        return "figure of speech: 'a referendum on'"
    return None


def _owner_figure(text: str, following: tuple[str, int], mention: str, last: str) -> str | None:
    """Rule 2 for what follows "of" or "for" (`following`), maybe after an article or a
    possessive: an owner that makes a figure of speech or another medium ("a scrum of
    reporters", "an episode of our weekly podcast", "an earthquake for the company")."""
    nxt, after = following
    owner = next_word(text, after)
    if owner[0] in OWNER_DETERMINERS:
        owner = next_word(text, owner[1])
    if nxt == "for":  # maybe after one word of a name: "an earthquake for the Premier League"
        if owner[0] not in FOR_AFTER[last]:
            owner = next_word(text, owner[1])
        if owner[0] in FOR_AFTER[last] and not REAL_QUAKE.search(text):
            return f"figure of speech: '{mention} for the {owner[0]}'"
        return None
    if owner[0] not in OF_AFTER[last]:  # maybe after one adjective: "our weekly podcast"
        owner = next_word(text, owner[1])
    if owner[0] in OF_AFTER[last] and next_word(text, owner[1])[0] not in PEOPLE_NOUNS:
        return f"figure of speech: '{mention} of {owner[0]}'"
    return None


def _likened(text: str, start: int, mention: str) -> str | None:
    """Rule 2 for a screen word (`SCREEN_WORDS`) at folded `start`: the words before liken
    something to it, "like" for all, "become" for a serial only, as a novel that became a
    film is one."""
    if mention not in SCREEN_WORDS:
        return None
    window = text[max(0, start - 40) : start]
    serial = not mention.startswith(("film", "movie")) and SERIAL_BEFORE.search(window)
    if serial or SCREEN_SIMILE_BEFORE.search(window):
        return f"figure of speech: '{mention}' in a comparison"
    return None


def _word_before(prev: str, mention: str) -> str | None:
    """Rule 2 for the word before a mention: an idiom ("cold turkey"), or no disease before
    a shot or a jab, which is then no dose ("a stiff jab", "shot wide"; see `DOSE_BEFORE`)."""
    if prev in IDIOMS_BEFORE.get(mention.split(" ", 1)[0], ()):
        return f"idiom: '{prev} {mention}'"
    if mention in DOSE_NOUNS and prev not in DOSE_BEFORE:
        return f"no dose: '{mention}'"
    return None


def _body_vote(text: str, start: int, prev: str, mention: str) -> str | None:
    """Rule 2 for a vote for a body (`VOTING_BODIES`) owned by what the word before it
    names, read as the owner's vote is ("the school council election": see `IDIOMS_BEFORE`)."""
    if prev not in VOTING_BODIES:
        return None
    owner = _prev_word(text, start - len(prev) - 1)
    if owner in IDIOMS_BEFORE.get(mention, ()):
        return f"idiom: '{owner} {prev} {mention}'"
    return None


def _verbless_denial(source: str, begin: int, finish: int) -> str | None:
    """ "Explosion not terrorism", "Outage not a cyberattack": in a headline with no verb,
    a thing written in lower case after a noun and "not" (and maybe an article), ending
    the headline or its clause, is what is denied; not after a verb or a pronoun ("why
    it is not terrorism" has its verb, read as a clause)."""
    if not source[begin : begin + 1].islower():
        return None
    rest = source[finish:].lstrip()
    if rest and rest[0] not in ",;:.!?-\u2013\u2014":
        return None
    found = VERBLESS_NOT.search(source, 0, begin)
    if found is None or found.group(1).casefold() in CLAUSE_WORDS:
        return None
    return found.group().strip() + " " + source[begin:finish]


def _prize_jury(text: str, span: tuple[int, int], mention: str) -> str | None:
    """Rule 2 for a jury (`JURY_WORDS`) at folded `span`: within about eight words of a
    prize's word and of no trial's word (`PRIZE_WORDS`, `TRIAL_WORDS`), it judges entries."""
    if mention not in JURY_WORDS:
        return None
    start, end = span
    opened = max(0, start - 60)
    before, after = text[opened:start].split(), text[end : end + 60].split()
    near = before[1 if opened else 0 :] + after[: -1 if end + 60 < len(text) else None]
    if PRIZE_WORDS.isdisjoint(near) or not TRIAL_WORDS.isdisjoint(near):
        return None
    return f"prize: '{mention}' of a festival, a prize or a contest"


def _ranking_after(text: str, after: int) -> bool:
    """Whether the three words after folded `after` (past an article) name a ranking that is
    no chart (`RANKING_NOUNS`): "the league table", "the bestseller list"."""
    words = text[after : after + 60].split()[:4]
    if words[:1] == ["the"]:
        words = words[1:]
    return not RANKING_NOUNS.isdisjoint(words[:3])


def _war_period(text: str, mention: str, following: tuple[str, int], *, named: bool) -> str | None:
    """Rule 3 for a war named after a place that qualifies a noun of `ERA_AFTER`: "a Korean
    War veteran", "the Spanish Civil War memorial" (`following`: the word after the
    mention, "war" or "civil", and where it ends). A war named after a place is the place's
    ("Ukraine war veterans", "the Syria civil war generation", "the Dublin Civil War
    memorial") unless a demonym names it or it is a past war's proper name, "War" written
    with its capital (`named`) after a place's name ("a Vietnam War veteran")."""
    nxt, after = following
    war = next_word(text, after) if nxt == "civil" else following
    era = next_word(text, war[1])[0] if war[0] == "war" else ""
    if era not in ERA_AFTER or not (is_demonym(mention) or (named and nxt == "war")):
        return None
    return f"period: '{mention} {'civil war' if nxt == 'civil' else 'war'} {era}'"


def _saying_before(text: str, end: int, window: str, mention: str) -> str | None:
    """Rule 2 for a saying that ends in the mention ending at folded `end` (`window`: the
    text before it): "coals to Newcastle", or "just not cricket" closing its clause."""
    sayings = IDIOM_PHRASES_BEFORE.get(mention, ())
    if not text[end : end + 2].strip():  # a mark or the end after it
        sayings += CLOSING_IDIOMS_BEFORE.get(mention, ())
    if not sayings:
        return None
    window = f" {' '.join(window.split())} "  # "a sprint, not a" folds with two spaces
    if mention == "wildfire" and LITERAL_FIRE.search(text):
        return None
    for saying in sayings:
        if window.endswith(f" {saying} "):
            return f"idiom: '{saying} {mention}'"
    return None


def _saying_after(text: str, span: tuple[int, int], mention: str) -> str | None:
    """Rule 2 for a saying that starts with the mention at folded `span`, after "a": "a
    marathon, not a sprint" (not "he ran the marathon, not a sprint, in 2:05")."""
    sayings = IDIOM_PHRASES_AFTER.get(mention)
    if not sayings or not text[: span[0]].endswith(" a "):
        return None
    end = span[1]
    ahead = f" {' '.join(text[end : end + 40].split())} "
    for saying in sayings:
        if ahead.startswith(f" {saying} "):
            return f"idiom: '{mention} {saying}'"
    return None


def _set_phrase(
    text: str,
    span: tuple[int, int],
    prev: str,
    following: tuple[str, int],
    *,
    hyphened: bool = False,
    named_war: bool = False,
) -> str | None:
    """Rules 2 and 3: an idiom, a measure or a period around the mention at folded `span`
    (`hyphened`: a hyphen follows it in the source; `named_war`: "War" follows it with its
    capital, outside a headline in title case)."""
    nxt, after = following
    start = span[0]
    mention = text[start : span[1]]
    last = mention[mention.rfind(" ") + 1 :]
    idiom = _idiom_after(text, start, following, mention, last) or _likened(text, start, mention)
    if idiom:
        return idiom
    if nxt in NAMED_AFTER_WORDS or mention in ERA_ADJECTIVES:  # most mentions: neither
        named_after = _named_after(
            mention, nxt, next_word(text, after)[0], hyphened=hyphened
        ) or _language_subject(text, start, mention, (nxt, next_word(text, after)[0]))
        if named_after:
            return named_after
    dish = next_word(text, after)[0] if nxt in DISH_FILLINGS else nxt
    if dish in DISH_NOUNS:
        return f"dish: '{mention} {nxt}{'' if dish == nxt else ' ' + dish}'"
    window = text[max(0, start - 24) : start]
    if _work_title(window, nxt):
        return f"title: '{window.split()[-2]} {window.split()[-1]} {mention}'"
    sized = (" as " in window or "size of" in window) and SIZE_BEFORE.search(window)
    if sized and (nxt in SIZE_NOUNS or not nxt):
        return f"measure: 'the size of {mention}{' ' + nxt if nxt else ''}'"
    before = (
        _word_before(prev, mention)
        or _body_vote(text, start, prev, mention)
        or _prize_jury(text, span, mention)
    )
    if before:
        return before
    saying = _saying_before(text, span[1], window, mention) or _saying_after(text, span, mention)
    if saying:
        return saying
    if nxt in ERA_AFTER:
        return f"period: '{mention} {nxt}'"
    if nxt in WAR_WORDS:
        return _war_period(text, mention, (nxt, after), named=named_war)
    if (
        mention in ERA_ADJECTIVES
        and nxt in PERIOD_NOUNS
        and next_word(text, after)[0] not in GOODS_TRADE
    ):
        return f"period: '{mention} {nxt}'"
    return None


def _work_title(window: str, nxt: str) -> bool:
    """Whether a name after folded `window` is a film's, a play's or a book's title: right
    after a print, a remake, a screening, a staging or an adaptation of it, or a sequel or a
    prequel to it, and closing its noun phrase (a clause's word or a mark follows: "a
    restored print of Casablanca will open the festival"; not "a screening of Lagos
    residents")."""
    return (
        window.endswith((" of ", " to "))
        and WORK_BEFORE.search(window) is not None
        and (not nxt or nxt in TITLE_FOLLOWERS)
    )


def _has_score(source: str) -> bool:
    """Whether `source` holds a game's score (`SCORE`: "3-1", "102 - 98"). A score has a
    dash with one to three digits and a space at most before it, so the pattern is tried
    only at the few places those begin: searching a whole article costs more than
    reading every mention in it."""
    for dash in ("-", "\u2013"):
        at = source.find(dash)
        while at >= 0:
            for start in range(max(0, at - 4), at):
                if SCORE.match(source, start):
                    return True
            at = source.find(dash, at + 1)
    return False


# What `MentionReader.reason` needs around a mention before any of its checks can fire,
# read so that most mentions (no such word, no name beside them) skip the checks: a check
# added to `reason` adds its trigger here (see `_quiet`).
# Words before the mention: a denial ("no Hamas involvement"), a band's, a club's or a
# ship's word.
TRIGGERS_BEFORE = word_set("no not without") | BAND_NOUNS | CLUB_BEFORE | SHIP_PREFIXES
# Words after it: what is denied, an idiom's, a dish's, a variety's or a period's word, a
# club's suffix ("United"), a place's head ("City", "Road"), gear, a product's or a
# company's word, a band's verb ("play"), a turning point's "moment".
TRIGGERS_AFTER = (
    DENIED_NOUNS
    | ORIGIN_WORDS
    | NAMED_AFTER_WORDS
    | DISH_FILLINGS
    | DISH_NOUNS
    | ERA_AFTER
    | WAR_WORDS
    | CLUB_AFTER
    | PLACE_HEADS
    | STREET_HEADS
    | NAMED_GEAR
    | VENUE_NOUNS
    | PRODUCT_WORDS
    | COMPANY_HEADS
    | BAND_VERBS_AFTER
    | MOMENT_WORDS
)
# Its first or last word, or all of it: the keys of the idiom, period and pronoun tables,
# the heads of a street or a quarter, a dose's, a jury's and a screen's words, and the last word of
# "in at number one" (see `_ranking_after`).
TRIGGER_MENTIONS = frozenset(
    (
        *DOSE_NOUNS,
        *SCREEN_WORDS,
        "one",
        *IDIOMS_AFTER,
        *ARTICLE_IDIOMS_AFTER,
        *POSSESSED_AFTER,
        *KIN_AFTER,
        *OF_AFTER,
        *FOR_AFTER,
        *QUANTITY_NOUNS,
        "referendum",
        *IDIOMS_BEFORE,
        *JURY_WORDS,
        *IDIOM_PHRASES_BEFORE,
        *IDIOM_PHRASES_AFTER,
        *CLOSING_IDIOMS_BEFORE,
        *ERA_ADJECTIVES,
        *PRONOUNS,
        *LOCALITY_HEADS,
        *LOCALITY_NAMES,
    )
)


def _quiet(
    folded: FoldedText,
    spans: tuple[int, int, int],
    words: tuple[str, str, str],
    *,
    theme: bool,
) -> bool:
    """Whether no check of `MentionReader.reason` can fire for a mention (folded `start`,
    source `begin:finish` in `spans`; `words`: the folded word before, the mention, the word
    after) in a field with no negation cue, unless the text is about sport (see
    `_team_hint`): no word of the trigger tables in or beside it, no measure before it ("the
    size of"), no band in apposition after it, no model's number after a theme's name, and
    no name beside it (`_name_beside_mention`)."""
    prev, mention, nxt = words
    if prev in TRIGGERS_BEFORE or nxt in TRIGGERS_AFTER or mention in TRIGGER_MENTIONS:
        return False
    if " " in mention and (
        mention[: mention.find(" ")] in TRIGGER_MENTIONS
        or mention[mention.rfind(" ") + 1 :] in TRIGGER_MENTIONS
    ):
        return False
    start, begin, finish = spans
    window = folded.text[max(0, start - 24) : start]
    if " as " in window or "size of" in window or _work_title(window, nxt):
        return False
    source = folded.source
    if source[finish : finish + 1] == "," and BAND_APPOSITIVE.match(source, finish):
        return False
    if theme and not nxt.isalpha() and any(ch.isdigit() for ch in nxt):
        return False
    if nxt in VEHICLE_WORDS or (nxt == "and" and VEHICLE_AFTER_AND.match(source, finish)):
        return False
    if VESSEL_BEFORE.search(source, max(0, begin - 60), begin):
        return False
    if QUOTE_MARK.search(source, max(0, begin - 48), finish + 48) and _quoted_title(
        source, (begin, finish)
    ):
        return False
    return not _name_beside_mention(source, (begin, finish), mention, prev)


def _name_beside_mention(source: str, span: tuple[int, int], mention: str, prev: str) -> bool:
    """Whether a name may stand beside the mention at source `span`, as the person and
    team checks read one: a capitalised word after it (a capital then no capital: all
    capitals name nothing, "PARIS TALKS"), or a capitalised word of mixed case before it
    when the mention or the word before is a given name or a title ("Mr Paris")."""
    begin, finish = span
    if source[finish + 1 : finish + 2].isupper() and not source[finish + 2 : finish + 3].isupper():
        return True
    word = _source_word_before(source, begin)
    if not word or word.islower() or (word.isupper() and word.isalpha()):
        return False
    names = given_names()
    return mention in names or prev in names or prev in TITLES or not word.isalpha()


# After a mention, the words of a team's check that only a text about sport reads (see
# `_team_hint`).
TEAM_TRIGGERS_AFTER = CLUB_AFTER_IN_SPORT | TEAM_VERBS_AFTER | TALLY_VERBS | {"and"}


def _source_word_before(source: str, begin: int) -> str:
    """The source word right before `begin` and a space (from the space before it), or "";
    a name's checks read a capitalised word there only."""
    if source[begin - 1 : begin] != " ":
        return ""
    return source[source.rfind(" ", 0, begin - 1) + 1 : begin - 1]


def _team_hint(
    folded: FoldedText, spans: tuple[int, int], words: tuple[str, str, str], *, theme: bool
) -> bool:
    """Whether a check of `MentionReader._team` that needs a text about sport may fire for
    a `_quiet` mention (folded `start`, source `begin` in `spans`; `words` as for `_quiet`):
    a result's or a tally's word or a score after it, a word that beats or draws with it
    before it, or, for a theme's name, "the" or a capitalised word before it ("the Comets",
    "LA Galaxy"); so most texts are never asked whether they are about sport."""
    prev, mention, nxt = words
    if nxt in TEAM_TRIGGERS_AFTER or nxt.isdigit() or prev in TEAM_WORDS_BEFORE:
        return True
    start, begin = spans
    if prev in ("the", "with", "to"):
        before = _prev_word(folded.text, start - len(prev) - 1)
        if before in TEAM_WORDS_BEFORE or before in RESULT_VERBS:
            return True
        if theme and prev == "the" and mention.endswith("s"):
            return True
    word = _source_word_before(folded.source, begin) if theme else ""
    return bool(word) and not word.islower()


def _opening_doubted(lower: str, opened: int, begin: int, clause: str) -> str | None:
    """The verdict after the mention at `begin` on a clause (`clause`, from `opened`) that
    opens with "whether" and is called unclear ("Whether Hamas was involved is unclear"),
    or with a claim called false ("posts claiming Wagner fighters were there are false"):
    what the clause says is doubted or denied, while no cue stands before the mention."""
    if clause.lstrip().startswith("whether "):
        hedge = HEDGE_AFTER.match(lower, begin)
        if hedge and _doubts_link(lower, (opened, hedge.start(1)), begin, clause):
            return f"negated: {hedge.group(1)!r}"
    elif claim := CLAIM_OPENING.match(clause.lstrip()):
        verdict = CALLED_FALSE.match(lower, begin)
        if verdict and _false_of(lower, (opened, verdict.start(1)), begin, claim.end()):
            return f"negated: {verdict.group(1)!r}"
    return None


CLAUSE_FINDER = PhraseFinder(CLAUSE_MARKS)
CUE_KEY_FINDER = PhraseFinder(CLAUSE_CUE_KEYS)
_COMMA = CLAUSE_MARKS.index(", ")


class MentionReader:
    """Reads the words around the mentions of one text; built once per text, lazily.

    Parameters:
        fields: the folded fields of the text (title, body, source).
        cued: the indexes of the fields in which one of `CUE_WORDS` occurs.
        sport: a sport's alias occurs in the text, so it is about a game.
        games: where the sport's aliases are (field index, folded start, folded end).
    """

    def __init__(
        self,
        fields: Iterable[FoldedText],
        cued: Collection[int] = (),
        *,
        sport: bool = False,
        games: Collection[tuple[int, int, int]] = (),
    ) -> None:
        self.fields = tuple(fields)
        self.cued = cued
        self._clause_starts: dict[int, tuple[str, list[int]]] = {}
        self._sport: bool | None = True if sport or games else None
        self._games = games
        self.persons: set[tuple[str, str]] = set()

    def sport(self) -> bool:
        """Whether the text is about a game (club and team readings need it)."""
        if self._sport is None:
            self._sport = any(
                not SPORT_WORDS.isdisjoint(f.text.split()) for f in self.fields
            ) or any(_has_score(f.source) for f in self.fields)
        return self._sport

    def sport_near(self, index: int, begin: int) -> bool:
        """Whether the sentence of field `index` around source offset `begin` is about a
        game: a sport's word, alias or score in it ("Australia beat Qatar to host the Cup"
        but not "Vietnam beat China as top supplier"), or in the headline, which says what
        the whole text is about (and whose sentence is the text's)."""
        if not self.sport():
            return False
        if index == 0 or self._game_in(0, 0):
            return True
        return self._game_in(index, begin)

    def _game_in(self, index: int, begin: int) -> bool:
        """Whether the sentence around source offset `begin` of field `index` (a headline:
        all of it) holds a sport's word, alias or score."""
        if index >= len(self.fields):
            return False
        folded = self.fields[index]
        source = folded.source
        opened, closed = 0, len(source)
        if index:
            found = max(source.rfind(". ", 0, begin), source.rfind("! ", 0, begin))
            opened = max(found, source.rfind("? ", 0, begin)) + 1
            end = SENTENCE_END.search(source, begin)
            closed = end.start() if end else closed
        sentence = source[opened:closed]
        if not SPORT_WORDS.isdisjoint(re.findall(r"[a-z]+", sentence.lower())):
            return True
        return _has_score(sentence) or any(
            i == index and opened <= folded.span(s, e)[0] < closed for i, s, e in self._games
        )

    def _clauses(self, index: int) -> tuple[str, list[int]]:
        """The lower-cased source of a field with a negation cue and where its clauses
        begin, computed once per field (a field without a cue is never asked: most texts)."""
        found = self._clause_starts.get(index)
        if found is None:
            lower = self.fields[index].source.lower()
            starts = [0]
            for mark, _, end in CLAUSE_FINDER.find(lower):  # every mark in one pass
                if mark != _COMMA or not lower.startswith(LIST_GOES_ON, end):
                    starts.append(end)
            found = self._clause_starts[index] = (lower, sorted(starts))
        return found

    def _negated(self, index: int, begin: int) -> str | None:
        """The negation cue whose clause holds the mention starting at source `begin`, in a
        field with a cue (`cued`)."""
        lower, starts = self._clauses(index)
        at = bisect_right(starts, begin)
        opened = starts[at - 1]
        clause = lower[opened:begin]
        opening = _opening_doubted(lower, opened, begin, clause)
        if opening:
            return opening
        if not CUE_KEY_FINDER.occurs(clause):
            return None
        closed = starts[at] if at < len(starts) else len(lower)
        # one letter of the mention: a cue ends at a word boundary ("was not Iranian")
        for cue in NEGATION.finditer(clause + lower[begin : begin + 1]):
            if NEGATED_CUE.search(clause, 0, cue.start()) or self._outweighed(cue.group()):
                continue  # "did not rule out"; "three were positive, the rest negative for"
            if MADE_WHERE.fullmatch(clause, cue.end()):
                return f"negated: {cue.group().strip()!r} where a picture was made"
            if CONTRASTED_WHERE.fullmatch(clause, cue.end()) and CONTRAST_CUE.fullmatch(
                cue.group().strip()
            ):
                set_aside = f"{cue.group().strip()} {clause[cue.end() :].strip()}"
                return f"negated: {set_aside!r}"  # "rather than in Geneva"
            if LOCATIVE.search(clause, cue.end() - 1) or _in_place_phrase(clause, cue.end()):
                return None  # "denied any role in the attack near Moscow"
            if (
                THREAT_CUE.match(cue.group().lstrip())
                and self.fields[index].source[begin : begin + 1].isupper()
            ):
                continue  # "no threat of China invading": who threatens, not what is denied
            if DOUBT_CUE.match(cue.group()) and not _doubt_of(
                lower, (opened + cue.end(), closed), begin
            ):
                continue  # "cast doubt on reports that Apple will launch a phone"
            if FALSELY_CUE.match(cue.group()) and not _false_of(
                lower, (opened + cue.end(), closed), begin, 0
            ):
                continue  # "falsely claimed the election was rigged": about the election
            hedged = HEDGE_CUE.search(cue.group().rstrip())
            if hedged and not _doubts_link(lower, (opened + cue.end(), closed), begin, clause):
                continue  # "it is unclear whether the Taliban will attend"
            return f"negated: {cue.group().strip()!r}"
        return None

    def _outweighed(self, cue: str) -> bool:
        """Whether `cue` is a negative test while some test in the text came back positive
        or an outbreak is reported (see `DISEASE_FOUND`)."""
        return bool(TESTED_NEGATIVE.fullmatch(cue)) and any(
            DISEASE_FOUND.search(f.source) for f in self.fields
        )

    def reason(
        self,
        index: int,
        start: int,
        end: int,
        *,
        theme: bool = False,
        sport: bool = False,
        body: bool = False,
        country: bool = False,
    ) -> str | None:
        """Why the mention at folded `start:end` of field `index` is not evidence, or None.
        A `country`'s name alone after a word for a vessel is no vessel's (see `_vessel`).
        A `sport`'s alias is not read as a person's or a team's name: a team or a player
        named in it ("the All Blacks", "Carlos Alcaraz") is the sport itself; only a club's
        name that is a given name before a surname is a person ("Chelsea Clinton"). A `body`'s
        (an institution's, a group's or a person's) name that heads a place's ("Pentagon
        City", "White House Farm", "Whitehall Road") names the place, and so does one that
        is its street or quarter where premises stand ("the bar on Threadneedle Street")."""
        folded = self.fields[index]
        begin, finish = folded.span(start, end)
        text = folded.text
        mention = text[start:end]
        prev = _prev_word(text, start)
        nxt, after = next_word(text, end)
        if (
            index not in self.cued
            and _quiet(folded, (start, begin, finish), (prev, mention, nxt), theme=theme)
            and (
                sport
                or not _team_hint(folded, (start, begin), (prev, mention, nxt), theme=theme)
                or not self.sport()
            )
        ):
            return None  # most mentions: nothing around them that any check reads
        found = (
            self._denied(index, begin, finish, (prev, mention, nxt))
            or _set_phrase(
                text,
                (start, end),
                prev,
                (nxt, after),
                hyphened=folded.source[finish : finish + 1] == "-",
                named_war=nxt == "war"
                and folded.source.startswith(" War", finish)
                and not (index == 0 and is_title_case(folded.source)),
            )
            or _ship_or_moment(folded, (begin, finish), (prev, nxt, after), theme=theme)
        )
        if found:
            return found
        written = folded.source[begin:finish]
        if not written[:1].isupper():
            return self._article_and_name(index, (begin, finish), written) if theme else None
        if mention in PRONOUNS and (said := _pronoun(folded, (begin, finish), prev, nxt)):
            return f"pronoun: '{said}'"  # "LET US KNOW", "WHO SHOULD ...?" in capitals
        if body and nxt and _place_head(folded.source, finish, nxt):
            return f"place: '{written} {folded.source[finish + 1 : after]}'"
        if body and prev in ARTICLES and (thing := _named_after_body(folded.source, finish, nxt)):
            return f"{thing}: '{written} {nxt}'"
        if body and _locality(text, start, mention, prev, (nxt, after)):
            return f"place: '{written}'"
        if theme and (
            (nxt in PRODUCT_WORDS and not _acronym(written))
            or _model_name(nxt, folded.source, finish)
        ):  # "Galaxy S24", "the Comet browser"; an "AI model" or an "F1 car" is the theme's
            return f"product: '{written} {nxt}'"
        if theme and nxt in COMPANY_HEADS and _company_head(folded.source, finish):
            return f"company: '{written} {folded.source[finish + 1 : after]}'"
        band = _band(folded.source, (begin, finish), prev) or (
            _quoted_title(folded.source, (begin, finish))
            if theme
            else _named_thing(folded, (begin, finish), nxt, country=country)
        )  # "the ship Norwegian Jewel", "Tucson SUVs", "'Hotel California'", "the series 'Tsunami'"
        if sport:  # a club named after a person's given name is still a name: "Chelsea Clinton"
            return band or self._given_before_surname(index, begin, finish, mention, written)
        if band:
            return band
        return self._named(index, (start, end), (prev, nxt, after), theme=theme)

    def _named(
        self, index: int, span: tuple[int, int], around: tuple[str, str, int], *, theme: bool
    ) -> str | None:
        """Rules 4 and 5: a person's name, a band's, or a club's."""
        folded = self.fields[index]
        start, end = span
        begin, finish = folded.span(start, end)
        text, written = folded.text, folded.source[begin:finish]
        mention = text[start:end]
        prev, nxt, after = around
        names = given_names()
        person = None
        if " " not in mention and (mention in names or prev in names or prev in TITLES):
            person = self._person(index, begin, finish, mention, written)
        elif prev == "and" and " " not in mention:
            person = self._beside_person(index, begin, finish, written)
        if person is None and " " not in mention:
            person = self._before_patronym(index, finish, written)
        if person:
            return person
        following = next_word(text, after)[0] if nxt else ""
        if not (
            nxt in CLUB_AFTER
            or prev in CLUB_BEFORE
            or nxt in TEAM_HINTS_AFTER
            or nxt in TALLY_VERBS
            or nxt.isdigit()
            or prev in TEAM_HINTS_BEFORE
            or nxt.endswith("s")
            or following.endswith("s")
            or following in TEAM_ONLY_SINGULARS
            or nxt == "and"
            or (theme and PLACE_BEFORE.search(folded.source, max(0, begin - 24), begin))
        ):
            return None  # nothing around it reads like a club
        before = _prev_word(text, start - len(prev) - 1) if prev else ""
        return self._team(
            folded.source, (begin, finish), (before, prev), nxt, theme=theme, index=index
        )

    def _denied(
        self, index: int, begin: int, finish: int, words: tuple[str, str, str]
    ) -> str | None:
        """Rule 1: the clause before the mention negates it, or the words around it do
        ("no Hamas involvement", "Hamas was not behind it", "no tsunami warning")."""
        negated = self._negated(index, begin) if index in self.cued else None
        if negated:
            return negated
        prev, mention, nxt = words
        if prev in ("no", "not", "without") and (nxt in DENIED_NOUNS or nxt in ORIGIN_WORDS):
            return f"negated: '{prev} {mention} {nxt}'"
        if prev == "no" and nxt in WARNING_NOUNS and not self._came(index, finish):
            return f"negated: '{prev} {mention} {nxt}'"
        if (
            prev == "no"
            and nxt in FEATURE_NOUNS
            and LACKS_BEFORE.search(self.fields[index].source, max(0, begin - 16), begin)
        ):
            return f"lacks: 'no {mention} {nxt}'"
        if index == 0 and prev in ("not", "a", "an") and index in self.cued:
            verbless = _verbless_denial(self.fields[0].source, begin, finish)
            if verbless:
                return f"negated: {verbless!r} in a headline"
        if index in self.cued and prev not in LOCATIVE_WORDS:
            denial = DENIED_AFTER.match(self.fields[index].source, finish)
            if denial:
                return f"negated: {denial.group().strip()!r}"
        return None

    def _came(self, index: int, finish: int) -> bool:
        """Whether the sentence after a warning not given says that what it warns of came
        ("no hurricane warning had been issued when the storm hit Acapulco")."""
        source = self.fields[index].source
        end = SENTENCE_END.search(source, finish)
        rest = source[finish : end.start() if end else len(source)].lower()
        return not ARRIVAL_WORDS.isdisjoint(re.findall(r"[a-z]+", rest))

    def _article_and_name(self, index: int, span: tuple[int, int], written: str) -> str | None:
        """An alias of an article and a name ("an Oscar") whose name opens a person's: "an
        Oscar Wilde epigram", "an Oscar Piastri masterclass" (see `_given_before_surname`)."""
        name = written.rsplit(" ", 1)[-1]
        if name == written or not name[:1].isupper():
            return None
        begin, finish = span[1] - len(name), span[1]
        return self._given_before_surname(index, begin, finish, name.casefold(), name)

    def _given_before_surname(
        self, index: int, begin: int, finish: int, mention: str, written: str
    ) -> str | None:
        """A given name followed by a capitalised word that is no everyday word, its surname
        ("Chelsea Clinton"); in a headline in title case only a pair the body showed."""
        source = self.fields[index].source
        if mention not in given_names() or not CAPITAL_WORD.fullmatch(written):
            return None
        nxt = CAPITAL_WORD.match(source, finish + 1) if source[finish : finish + 1] == " " else None
        if nxt is None or _bare(nxt.group()) in everyday_words():
            return None  # "Sydney Harbour's ferries": the possessive of an everyday word
        if _bare(nxt.group()) in INSTITUTION_HEADS:
            return None  # "Houston Methodist", "the Paris Commune"
        if mention in STORM_GIVEN_NAMES and self._weather():
            return None  # "Storm Ciaran": a named storm
        pair = (mention, nxt.group().casefold())
        if index == 0 and is_title_case(source) and pair not in self.persons:
            return None
        self.persons.add(pair)
        return f"person: '{written} {nxt.group()}'"

    def _weather(self) -> bool:
        """Whether the text speaks of the weather (see `STORM_SIGNS`)."""
        return any(not STORM_SIGNS.isdisjoint(f.text.split()) for f in self.fields)

    def _person(
        self, index: int, begin: int, finish: int, mention: str, written: str
    ) -> str | None:
        if not CAPITAL_WORD.fullmatch(written):
            return None
        given = self._given_before_surname(index, begin, finish, mention, written)
        if given:
            return given
        source = self.fields[index].source
        names = given_names()
        prev = re.search(r"([A-Z][a-z'\u2019]+)\.? $", source[max(0, begin - 30) : begin])
        title = index == 0 and is_title_case(source)
        if prev:
            given = prev.group(1).casefold()
            if given in TITLES or (given in names and given not in NOT_SURNAMES):
                pair = (given, mention)
                if not title or given in TITLES or pair in self.persons:
                    self.persons.add(pair)
                    return f"person: '{prev.group(1)} {written}'"
        return None

    def _before_patronym(self, index: int, finish: int, written: str) -> str | None:
        """ "Tennessee Williams", "Jordan Peterson": a name followed by a surname made from a
        given name ("William" + "s", "Peter" + "son"), outside a headline in title case."""
        source = self.fields[index].source
        if source[finish : finish + 1] != " " or not source[finish + 1 : finish + 2].isupper():
            return None  # most mentions: no capitalised word follows
        surname = CAPITAL_WORD.match(source, finish + 1)
        if surname is None or not CAPITAL_WORD.fullmatch(written):
            return None
        word = surname.group().casefold().removesuffix("'s").removesuffix("\u2019s")
        word = word.removesuffix("'").removesuffix("\u2019")  # "Tennessee Williams' play"
        if word in everyday_words() or not is_patronym(word):
            return None
        if index == 0 and is_title_case(source):
            return None
        self.persons.add((written.casefold(), word))
        return f"person: '{written} {surname.group()}'"

    def _beside_person(self, index: int, begin: int, finish: int, written: str) -> str | None:
        """ "Florence Pugh and Orlando Bloom": a name after "and" and a given name and a
        surname, none of them everyday words."""
        source = self.fields[index].source
        if source[finish : finish + 1] != " " or not CAPITAL_WORD.fullmatch(written):
            return None
        surname = CAPITAL_WORD.match(source, finish + 1)
        everyday = everyday_words()
        if surname is None or surname.group().casefold() in everyday:
            return None
        other = PERSON_BEFORE.search(source, max(0, begin - 40), begin)
        if (
            other
            and other.group(1).casefold() in given_names()
            and other.group(2).casefold() not in everyday
            and not (index == 0 and is_title_case(source))
        ):
            return f"person: '{written} {surname.group()}'"
        return None

    def _team(
        self,
        source: str,
        span: tuple[int, int],
        previous: tuple[str, str],
        nxt: str,
        *,
        theme: bool,
        index: int,
    ) -> str | None:
        """Rule 5 for a club's or a team's name; a theme's name after a place's in a headline
        in title case ("Seattle Storm Knocks Out Power") says nothing, but a body full of
        names ("the Utah Jazz 120-110") is no headline. Every reading but a club's needs a
        game in the mention's sentence (see `sport_near`)."""
        before, prev = previous
        begin, finish = span
        headline = index == 0

        def game() -> bool:
            return self.sport_near(index, begin)

        written = source[begin:finish]
        if nxt in CLUB_AFTER or prev in CLUB_BEFORE:
            return f"club: {' '.join(w for w in (prev, written, nxt) if w)!r}"
        local = (
            (nxt in CLUB_AFTER_IN_SPORT and _club_suffix(source, finish))
            or (
                nxt in TEAM_VERBS_AFTER
                and (nxt not in STAFF_VERBS or _staff_object(source, finish))
            )
            or prev in TEAM_WORDS_BEFORE
            or (prev in ("with", "to") and before in RESULT_VERBS)
            or (nxt in TALLY_VERBS and PLAYER_TALLY.match(source, finish) is not None)
            or (
                nxt.isdigit()
                and RESULT_LINE.match(source, finish) is not None
                and FIXTURE_WORDS.search(source) is not None
            )
        )
        if local and game():
            return f"team: {' '.join(w for w in (prev, written, nxt) if w)!r}"
        paired = PAIRED_RESULT.match(source, finish) if nxt == "and" else None
        if paired and game():  # "Liverpool and Everton drew"
            return f"team: {written + paired.group()!r}"
        if prev == "the" and before in TEAM_WORDS_BEFORE and game():
            return f"team: 'the {written}'"
        single = SINGLE_TEAM_NAME.match(source, finish)
        if single and _singular_team(single.group(1), source, sport=game):
            return f"team: {written + single.group()!r}"
        following = TEAM_NAME.match(source, finish)
        if following and following.group().split()[0].casefold() not in NOT_SURNAMES and game():
            return f"team: {written + following.group()!r}"
        if theme and prev == "the" and written.endswith("s") and " of " not in written and game():
            return f"team: 'the {written}'"  # not a title: "the League of Legends final"
        named = _team_owner(source, begin) if theme else ""
        if named and named.casefold() not in everyday_words() and game():
            return None if headline and is_title_case(source) else f"team: '{named} {written}'"
        return None


# What shows that two capitalised words name a person (see `_spoken_of_as_person`).
PERSON_ROLES = word_set(
    "actor actress singer star rapper striker forward midfielder defender goalkeeper player "
    "model son daughter wife husband brother sister author novelist director designer chef "
    "comedian musician drummer guitarist boxer golfer pitcher quarterback influencer heir"
)
# A town's orchestra or choir performs as a person does ("The Cleveland Orchestra performed"):
# these after a place's name are its ensemble, never a surname.
ENSEMBLE_WORDS = word_set(
    "orchestra symphony philharmonic sinfonia opera ballet choir chorale chorus quartet ensemble"
)
# Nor is an institution's or an event's head, which takes a town's name as a person's
# does not ("Houston Methodist directed patients", "the Adelaide Festival's opening film").
INSTITUTION_HEADS = word_set(
    "festival festivals methodist baptist presbyterian university college hospital clinic "
    "museum gallery zoo institute council police airport cathedral mosque temple marathon "
    "commune"
)
# What only a person does, right after the name: "Charlotte Church sang", "Memphis Depay
# scored", "Orlando Bloom returns to the stage", "Milan Kundera died"; no town, company or
# landmark sings, stars, marries, scores, dies, is born or sentenced, or comes back to the
# stage or the screen.
_PERSON_VERBS = (
    r"\s+(?:sang|sings|starred|stars|married|marries|wed|divorced|dated|wore|wears|scored|"
    r"performed|performs|danced|dances|surfed|tweeted|posed|poses|"
    r"gave\s+birth|joined\s+the\s+cast|return(?:s|ed|ing)?\s+to\s+the\s+(?:stage|screen)|"
    r"died|dies|signed\s+for|(?:was|has\s+been)\s+(?:born|sentenced|arrested))\b"
)
# What a person does or has done to them that an institution or a landmark does too
# ("Victoria Police directed traffic", "Tokyo Skytree was photographed at dawn"): evidence
# only beside a word that is no everyday word, when the place's name is also a given name
# ("Regina Kingsley directed", "Paris Hilton was spotted"), not beside a city's landmark
# or quarter ("Dubai Creek", "Berlin Tegel", "Cairo Tahrir was pictured").
PERSON_VERBS_BESIDE_UNKNOWN = re.compile(
    r"(?:['\u2019]s)?\s+(?:directed|directs|(?:was|has\s+been)\s+"
    r"(?:spotted|pictured|photographed|cast\s+as))\b"
)
_ROLE_APPOSITION = (
    r",\s+(?:(?:the|a|an)\s+)?(?:\w+\s+)?(?:" + "|".join(sorted(PERSON_ROLES)) + r")\b"
)
# What only a person has, after the possessive of the two words, maybe past two words:
# "Sofia Coppola's new film", "Orlando Bloom's latest album", "Jordan Peele's third horror
# film", "Madison Beer's boyfriend"; no town or landmark has a film, an album or a wife (a
# zoo has babies, a school parents and children).
OWNED_BY_PERSON = word_set(
    "film films movie movies album albums single singles song songs novel novels memoir "
    "memoirs biopic documentary husband wife boyfriend girlfriend fiance fiancee daughter "
    "daughters son sons mother father"
)
_OWNED_AFTER = (
    r"(?<=['\u2019]s)\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(sorted(OWNED_BY_PERSON)) + r")\b"
)
PERSON_AFTER = re.compile(
    r"(?:['\u2019]s)?(?:,\s+(?:\d{1,3}|the|a|an|who)\b|\s+who\b|"
    + _OWNED_AFTER
    + "|"
    + _PERSON_VERBS
    + r"|[^.;!?]{0,80}?\b(?:he|she|his|her|him|himself|herself)\b)"
)
# Evidence that holds when the other half is an everyday word ("Charlotte Church", "Orlando
# Bloom"): a role, "who" or a person's verb right after, not a pronoun further on, which may
# follow an institution's name too ("Charlotte Police said his car was found").
PERSON_RIGHT_AFTER = re.compile(
    r"(?:['\u2019]s)?(?:,\s+(?:\d{1,3}|who)\b|\s+who\b|"
    + _OWNED_AFTER
    + "|"
    + _ROLE_APPOSITION
    + "|"
    + _PERSON_VERBS
    + ")"
)
# For a country's name, which heads companies' ("China Evergrande, the developer, said his
# board"): a role, "who", a person's verb, or "she" or "her" in the same sentence.
COUNTRY_PERSON_AFTER = re.compile(
    r"(?:['\u2019]s)?(?:,?\s+who\b|"
    + _OWNED_AFTER
    + "|"
    + _ROLE_APPOSITION
    + "|"
    + _PERSON_VERBS
    + r"|[^.;!?]{0,80}?\b(?:she|her|herself)\b)"
)
MID_SENTENCE_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+")
# Capitalised words that are no names, though lowercase text seldom writes them: days, months.
CALENDAR_WORDS = word_set(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december"
)


def _bare(word: str) -> str:
    """A capitalised word folded without its possessive ending: "Harbour's" is "harbour"."""
    folded = word.casefold()
    for ending in ("'s", "\u2019s", "'", "\u2019"):
        if folded.endswith(ending):
            return folded[: -len(ending)]
    return folded


def _unknown_name(word: str) -> bool:
    """A capitalised word that may be a person's given name or surname: no everyday word
    nor its plural ("the Florida Keys"), no institution or title word, no day or month."""
    folded = _bare(word)
    everyday = everyday_words()
    return (
        folded not in everyday
        and folded.removesuffix("s") not in everyday
        and folded not in CALENDAR_WORDS
    )


def name_beside_place(
    folded: FoldedText,
    span: tuple[int, int],
    *,
    taken: Callable[[int], bool],
    headline: bool,
    country: bool = False,
) -> str | None:
    """Rule 6, for a city's or a region's one-word name at source `span` that no
    other rule read: a person's name whose other half is no listed name ("Kingston Rossdale",
    "Memphis Depay", and "Joaquin Phoenix" when the place is also a given name). The other
    word is capitalised, no everyday, calendar or institution word, not the start (or end)
    of another match (`taken`: whether a match starts or ends at a source offset) and not
    followed by a further capitalised word, which would make the three an organisation's
    name ("Chicago Mercantile Exchange"). When the place is also a given name, an everyday
    word after it is a surname too if a role, "who" or a person's verb follows at once
    ("Charlotte Church sang", "Orlando Bloom joined the cast"). A `country`'s name needs
    that evidence even before an unknown word ("Ireland Baldwin, the model"), as countries
    head companies' names. A `headline` in title case says nothing."""
    source = folded.source
    begin, finish = span
    written = source[begin:finish]
    capital_after = source[finish : finish + 1] == " " and source[finish + 1 : finish + 2].isupper()
    named_before = begin > 1 and source[begin - 1] == " " and written.casefold() in given_names()
    if not (capital_after or named_before) or not CAPITAL_WORD.fullmatch(written):
        return None  # most mentions: no capitalised word beside them could be a name
    found = _name_beside(source, span, taken, country=country)
    if found and headline and is_title_case(source):
        return None
    return found


def _name_beside(
    source: str, span: tuple[int, int], taken: Callable[[int], bool], *, country: bool
) -> str | None:
    """`name_beside_place` without the headline check."""
    begin, finish = span
    written = source[begin:finish]
    after = CAPITAL_WORD.match(source, finish + 1) if source[finish : finish + 1] == " " else None
    if (
        after
        and not CAPITAL_WORD.match(source, after.end() + 1)
        and _surname_after(source, begin, after, taken, country=country)
    ):
        return f"person: '{written} {after.group()}'"
    if country:
        return None
    before = re.search(r"(?<![\w'\u2019-])([A-Z][a-z]{2,}) $", source[max(0, begin - 30) : begin])
    if (
        before
        and written.casefold() in given_names()
        and not taken(begin - 1)
        and _unknown_name(before.group(1))
        and before.group(1).casefold() not in given_names()
    ):
        return f"person: '{before.group(1)} {written}'"
    return None


def _surname_after(
    source: str, begin: int, after: re.Match[str], taken: Callable[[int], bool], *, country: bool
) -> bool:
    """Whether the capitalised word `after` the place's name at `begin` is the surname of a
    person the sentence speaks of (see `name_beside_place`). An everyday word may start
    another match ("Church"): the evidence right after the two is what decides then."""
    word = after.group()
    if _bare(word) in ENSEMBLE_WORDS or _bare(word) in INSTITUTION_HEADS:
        return False
    unknown = _unknown_name(word) and not taken(after.start())
    if country:
        return unknown and (
            _role_before(source, begin) or bool(COUNTRY_PERSON_AFTER.match(source, after.end()))
        )
    if unknown:
        given = source[begin : after.start() - 1].casefold() in given_names()
        return _spoken_of_as_person(source, (begin, after.end()), given=given)
    given = source[begin : after.start() - 1].casefold() in given_names()
    return (
        given
        and word.casefold() not in CALENDAR_WORDS
        and (_role_before(source, begin) or bool(PERSON_RIGHT_AFTER.match(source, after.end())))
    )


def _role_before(source: str, begin: int) -> bool:
    """Whether a person's role stands right before `begin` ("the singer Charlotte Church")."""
    before = source[max(0, begin - 24) : begin].split()
    return bool(before) and before[-1].casefold() in PERSON_ROLES


def _spoken_of_as_person(source: str, span: tuple[int, int], *, given: bool) -> bool:
    """Whether the sentence speaks of the two words at source `span` as a person: a role
    before them ("the striker Memphis Depay"), or after them an apposition, "who", or a
    personal pronoun in the same sentence ("Kingston Rossdale, the son of", "... as his side
    won"), or, when the place's name is also a `given` name, a verb an institution or a
    landmark shares ("Regina Kingsley directed"; not "Tokyo Skytree was photographed").
    Without it an unknown word after a place is as likely a landmark ("Mosul Dam")."""
    begin, end = span
    return (
        _role_before(source, begin)
        or bool(PERSON_AFTER.match(source, end))
        or (given and bool(PERSON_VERBS_BESIDE_UNKNOWN.match(source, end)))
    )


def lowercase_name(folded: FoldedText, span: tuple[int, int], *, town: bool) -> str | None:
    """Rule 7: a place's name written in lower case ("won the derby", "a turkey", "a sale")
    is the everyday word, not the place, when it is an everyday word, follows "a" or "an",
    or names a `town` (a city or subdivision, no capital) in a sentence that capitalises
    other names. Wire copy writes whole paragraphs in lower case ("joint ventures in west
    germany"), and a text without any capital (a sloppy headline) says nothing. A headline
    in capitals says nothing either, so there a town's name that is an everyday word is the
    word ("NICE TRY, FRANCE", "SPLIT DECISION IN CROATIA")."""
    source = folded.source
    begin, finish = span
    written = source[begin:finish]
    if town and source.isupper() and written.casefold() in everyday_words():
        return f"capitals: '{written}'"
    if not written.islower() or source.islower():
        return None
    before = source[max(0, begin - 4) : begin].split()
    if (
        written.casefold() in everyday_words()
        or (before and before[-1] in ("a", "an"))
        or (town and _names_capitalised(source, begin))
    ):
        return f"lower case: '{written}'"
    return None


def _names_capitalised(source: str, at: int) -> bool:
    """Whether the sentence around `at` writes a capitalised word after its first word."""
    start = max(source.rfind(". ", 0, at), source.rfind("\n", 0, at)) + 1
    stop = source.find(". ", at)
    return bool(MID_SENTENCE_NAME.search(source, start, stop if stop >= 0 else len(source)))
