"""Idioms, figures of speech, periods, works' titles and pronouns: the checks that read a
mention as part of a phrase rather than the name of what it says."""

from __future__ import annotations

from alerts.topics.folding import FoldedText
from alerts.topics.senses.idioms import (
    AFTER_PRONOUN,
    ARTICLE_IDIOMS_AFTER,
    BARE_VERBS,
    CLOSING_IDIOMS_BEFORE,
    COURSE_WORDS,
    DETERMINERS,
    DISH_FILLINGS,
    DISH_NOUNS,
    DOSE_BEFORE,
    DOSE_NOUNS,
    EATERY_NOUNS,
    ERA_ADJECTIVES,
    ERA_AFTER,
    ERA_COMPOUNDS,
    FIGURATIVE_AFTER,
    FIGURATIVE_BEFORE,
    FOR_AFTER,
    IDIOM_PHRASES_AFTER,
    IDIOM_PHRASES_BEFORE,
    IDIOMS_AFTER,
    IDIOMS_BEFORE,
    JURY_WORDS,
    KIN_AFTER,
    LANGUAGE_SUBJECTS,
    LEARNING_NEAR,
    LITERAL_FIRE,
    LITERAL_OF,
    LORE_NOUNS,
    MANNER_WORDS,
    NAMED_AFTER_WORDS,
    OF_AFTER,
    OWNER_DETERMINERS,
    PEOPLE_NOUNS,
    PERIOD_NOUNS,
    POLITE_WORDS,
    POSSESSED_AFTER,
    PRIZE_WORDS,
    PRONOUN_BEFORE,
    QUANTITY_NOUNS,
    QUESTION_PRONOUNS,
    RANKING_NOUNS,
    READER_WORDS,
    REAL_QUAKE,
    SCHOOL_BEFORE,
    SCHOOL_UNITS,
    SCREEN_SIMILE_BEFORE,
    SCREEN_WORDS,
    SERIAL_BEFORE,
    SIZE_BEFORE,
    SIZE_NOUNS,
    SUBJECT_NOT_AFTER,
    TITLE_FOLLOWERS,
    TRIAL_WORDS,
    VARIETY_NOUNS,
    VOTING_BODIES,
    WAR_WORDS,
    WORK_BEFORE,
)
from alerts.topics.senses.things import SENTENCE_STOP
from alerts.topics.senses.words import GOODS_TRADE, is_demonym, next_word, prev_word


def pronoun(folded: FoldedText, span: tuple[int, int], prev: str, nxt: str) -> str | None:
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
        nxt in ARTICLE_IDIOMS_AFTER.get(last, ()) and prev_word(text, start) in DETERMINERS
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
    if nxt == "of" and mention in QUANTITY_NOUNS and prev_word(text, start) in ("a", "an"):
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
    owner = prev_word(text, start - len(prev) - 1)
    if owner in IDIOMS_BEFORE.get(mention, ()):
        return f"idiom: '{owner} {prev} {mention}'"
    return None


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


def set_phrase(
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
    if work_title(window, nxt):
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


def work_title(window: str, nxt: str) -> bool:
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
