"""Negation, denial and hedges: the cues that open a scope, where a clause ends, and whether a
doubted or denied clause speaks of a mention."""

from __future__ import annotations

import re

from alerts.topics.matcher import PhraseFinder
from alerts.topics.senses.words import word_set

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
# made by Huawei", "the reports from Israel's army"); see `doubt_of`.
DOUBT_CUE = re.compile(r"\s*(?:question|cast)")
# "posts falsely claimed that ...": what the claim says of the mention is denied, not the
# claim's subject unless the claim is a link (see `false_of`): "falsely claimed the video
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
# A noun, "not" and maybe an article right before a mention: a headline with no verb that
# denies what follows ("Explosion not terrorism"), unless the word is a verb's or a
# pronoun's (`CLAUSE_WORDS`).
VERBLESS_NOT = re.compile(r"\b([A-Za-z]+) not (?:an? )?$")
CLAUSE_WORDS = word_set(
    "is was are were be been being do does did could should would will shall may might must "
    "can has have had it this that he she they we i you who what which why how and or but if "
    "whether still just"
)


def in_place_phrase(clause: str, after_cue: int) -> bool:
    """Whether the clause ends inside a place phrase that follows the cue ("in the Georgian
    parliamentary"), with no word that joins or links in it."""
    phrase = LOCATIVE_PHRASE.search(clause, max(after_cue - 1, 0))
    return phrase is not None and not NOT_IN_PLACE.intersection(phrase.group(1).split())


def doubts_link(lower: str, hedged: tuple[int, int], mention: int, before: str) -> bool:
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


def false_of(lower: str, claimed: tuple[int, int], mention: int, opening: int) -> bool:
    """Whether a claim at `lower[claimed[0]:claimed[1]]` that the sentence calls false denies
    the mention at `mention`: one the claim says something of ("posts claiming the clip
    shows Wagner fighters"), or its subject only when the claim is a link ("claims that
    Hamas was behind it"), as a hedge doubts (see `doubts_link`). The subject itself stays
    ("claims that the election was rigged are false" are about the election), and so does
    a place where the claimed thing happened ("in Georgia"). `opening` is where the claim's
    words end, counted in the clause without its leading spaces."""
    clause = lower[claimed[0] : mention]
    if LOCATIVE.search(clause) or in_place_phrase(clause, 0):
        return False
    subject = clause.lstrip()[opening:].split() in ([], ["the"], ["a"], ["an"])
    return not subject or doubts_link(lower, claimed, mention, clause)


def doubt_of(lower: str, doubted: tuple[int, int], mention: int) -> bool:
    """Whether a doubted claim at `lower[doubted[0]:doubted[1]]` (after "cast doubt on the
    claim") denies the mention at `mention`, as a claim called false does (see `false_of`),
    but never the claim's source ("the claims made by Huawei")."""
    rest = lower[doubted[0] : mention]
    if CLAIM_SOURCE.match(rest):
        return False
    opening = len("that") if rest.lstrip().startswith("that ") else 0
    return false_of(lower, doubted, mention, opening)


def verbless_denial(source: str, begin: int, finish: int) -> str | None:
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


def opening_doubted(lower: str, opened: int, begin: int, clause: str) -> str | None:
    """The verdict after the mention at `begin` on a clause (`clause`, from `opened`) that
    opens with "whether" and is called unclear ("Whether Hamas was involved is unclear"),
    or with a claim called false ("posts claiming Wagner fighters were there are false"):
    what the clause says is doubted or denied, while no cue stands before the mention."""
    if clause.lstrip().startswith("whether "):
        hedge = HEDGE_AFTER.match(lower, begin)
        if hedge and doubts_link(lower, (opened, hedge.start(1)), begin, clause):
            return f"negated: {hedge.group(1)!r}"
    elif claim := CLAIM_OPENING.match(clause.lstrip()):
        verdict = CALLED_FALSE.match(lower, begin)
        if verdict and false_of(lower, (opened, verdict.start(1)), begin, claim.end()):
            return f"negated: {verdict.group(1)!r}"
    return None


CLAUSE_FINDER = PhraseFinder(CLAUSE_MARKS)
CUE_KEY_FINDER = PhraseFinder(CLAUSE_CUE_KEYS)
COMMA = CLAUSE_MARKS.index(", ")


def first_of_pair(cue: str, after_cue: str) -> bool:
    """Whether a mention after a link denied "between" two things is the first of them,
    what was studied, before the "and" of the second ("no link between the vaccine and
    fatigue" is about the vaccine; "no link between the fire and Hezbollah" denies
    Hezbollah)."""
    return cue.rstrip().endswith(" between") and " and " not in after_cue
