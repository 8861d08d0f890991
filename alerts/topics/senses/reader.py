"""The reader of one text's mentions: each mention's sense, in the order the package's checks
are tried."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Iterable, Sequence

from alerts.topics.folding import FoldedText
from alerts.topics.senses.figures import pronoun, set_phrase
from alerts.topics.senses.idioms import PRONOUNS
from alerts.topics.senses.negation import (
    ARRIVAL_WORDS,
    CLAUSE_FINDER,
    COMMA,
    CONTRAST_CUE,
    CONTRASTED_WHERE,
    CUE_KEY_FINDER,
    DENIED_AFTER,
    DENIED_NOUNS,
    DISEASE_FOUND,
    DOUBT_CUE,
    FALSELY_CUE,
    FEATURE_NOUNS,
    HEDGE_CUE,
    LACKS_BEFORE,
    LIST_GOES_ON,
    LOCATIVE,
    LOCATIVE_WORDS,
    MADE_WHERE,
    NEGATED_CUE,
    NEGATION,
    NEXT_LOWER_WORD,
    NOT_QUALIFIED,
    ORIGIN_WORDS,
    TESTED_NEGATIVE,
    THREAT_CUE,
    WARNING_NOUNS,
    doubt_of,
    doubts_link,
    false_of,
    first_of_pair,
    in_place_phrase,
    opening_doubted,
    verbless_denial,
)
from alerts.topics.senses.people import INSTITUTION_HEADS
from alerts.topics.senses.places import (
    COMPANY_HEADS,
    PRODUCT_WORDS,
    locality,
    named_after_body,
    place_head,
)
from alerts.topics.senses.teams import (
    CAPITAL_WORD,
    CLUB_AFTER,
    CLUB_AFTER_IN_SPORT,
    CLUB_BEFORE,
    FIXTURE_WORDS,
    PAIRED_RESULT,
    PERSON_BEFORE,
    PLACE_BEFORE,
    PLAYER_TALLY,
    RESULT_LINE,
    RESULT_VERBS,
    SENTENCE_END,
    SINGLE_TEAM_NAME,
    SPORT_WORDS,
    STAFF_VERBS,
    STORM_GIVEN_NAMES,
    STORM_SIGNS,
    TALLY_VERBS,
    TEAM_HINTS_AFTER,
    TEAM_HINTS_BEFORE,
    TEAM_NAME,
    TEAM_ONLY_SINGULARS,
    TEAM_VERBS_AFTER,
    TEAM_WORDS_BEFORE,
    TITLES,
    band_reason,
    club_suffix,
    has_score,
    singular_team,
    staff_object,
    team_hint,
    team_owner,
)
from alerts.topics.senses.things import (
    acronym,
    company_head,
    model_name,
    named_thing,
    quoted_title,
    ship_or_moment,
)
from alerts.topics.senses.triggers import quiet
from alerts.topics.senses.words import (
    ARTICLES,
    NOT_SURNAMES,
    bare,
    everyday_words,
    given_names,
    is_patronym,
    is_title_case,
    next_word,
    prev_word,
)

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
    if prev_word(folded.text, start) not in ("the", "a", "an"):
        return False
    _, finish = folded.span(start, end)
    noun = NEXT_LOWER_WORD.match(folded.source, finish)
    return noun is not None and noun.group(1) not in NOT_QUALIFIED


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
            ) or any(has_score(f.source) for f in self.fields)
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
        return has_score(sentence) or any(
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
                if mark != COMMA or not lower.startswith(LIST_GOES_ON, end):
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
        opening = opening_doubted(lower, opened, begin, clause)
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
            if (
                LOCATIVE.search(clause, cue.end() - 1)
                or in_place_phrase(clause, cue.end())
                or first_of_pair(cue.group(), clause[cue.end() :])
            ):
                return None  # "denied any role in the attack near Moscow"
            if (
                THREAT_CUE.match(cue.group().lstrip())
                and self.fields[index].source[begin : begin + 1].isupper()
            ):
                continue  # "no threat of China invading": who threatens, not what is denied
            if DOUBT_CUE.match(cue.group()) and not doubt_of(
                lower, (opened + cue.end(), closed), begin
            ):
                continue  # "cast doubt on reports that Apple will launch a phone"
            if FALSELY_CUE.match(cue.group()) and not false_of(
                lower, (opened + cue.end(), closed), begin, 0
            ):
                continue  # "falsely claimed the election was rigged": about the election
            hedged = HEDGE_CUE.search(cue.group().rstrip())
            if hedged and not doubts_link(lower, (opened + cue.end(), closed), begin, clause):
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
        prev = prev_word(text, start)
        nxt, after = next_word(text, end)
        if (
            index not in self.cued
            and quiet(folded, (start, begin, finish), (prev, mention, nxt), theme=theme)
            and (
                sport
                or not team_hint(folded, (start, begin), (prev, mention, nxt), theme=theme)
                or not self.sport()
            )
        ):
            return None  # most mentions: nothing around them that any check reads
        found = (
            self._denied(index, begin, finish, (prev, mention, nxt))
            or set_phrase(
                text,
                (start, end),
                prev,
                (nxt, after),
                hyphened=folded.source[finish : finish + 1] == "-",
                named_war=nxt == "war"
                and folded.source.startswith(" War", finish)
                and not (index == 0 and is_title_case(folded.source)),
            )
            or ship_or_moment(folded, (begin, finish), (prev, nxt, after), theme=theme)
        )
        if found:
            return found
        written = folded.source[begin:finish]
        if not written[:1].isupper():
            return self._article_and_name(index, (begin, finish), written) if theme else None
        if mention in PRONOUNS and (said := pronoun(folded, (begin, finish), prev, nxt)):
            return f"pronoun: '{said}'"  # "LET US KNOW", "WHO SHOULD ...?" in capitals
        if body and nxt and place_head(folded.source, finish, nxt):
            return f"place: '{written} {folded.source[finish + 1 : after]}'"
        if body and prev in ARTICLES and (thing := named_after_body(folded.source, finish, nxt)):
            return f"{thing}: '{written} {nxt}'"
        if body and locality(text, start, mention, prev, (nxt, after)):
            return f"place: '{written}'"
        if theme and (
            (nxt in PRODUCT_WORDS and not acronym(written))
            or model_name(nxt, folded.source, finish)
        ):  # "Galaxy S24", "the Comet browser"; an "AI model" or an "F1 car" is the theme's
            return f"product: '{written} {nxt}'"
        if theme and nxt in COMPANY_HEADS and company_head(folded.source, finish):
            return f"company: '{written} {folded.source[finish + 1 : after]}'"
        band = band_reason(folded.source, (begin, finish), prev) or (
            quoted_title(folded.source, (begin, finish))
            if theme
            else named_thing(folded, (begin, finish), nxt, country=country)
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
        before = prev_word(text, start - len(prev) - 1) if prev else ""
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
            verbless = verbless_denial(self.fields[0].source, begin, finish)
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
        if nxt is None or bare(nxt.group()) in everyday_words():
            return None  # "Sydney Harbour's ferries": the possessive of an everyday word
        if bare(nxt.group()) in INSTITUTION_HEADS:
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
            (nxt in CLUB_AFTER_IN_SPORT and club_suffix(source, finish))
            or (
                nxt in TEAM_VERBS_AFTER and (nxt not in STAFF_VERBS or staff_object(source, finish))
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
        if single and singular_team(single.group(1), source, sport=game):
            return f"team: {written + single.group()!r}"
        following = TEAM_NAME.match(source, finish)
        if following and following.group().split()[0].casefold() not in NOT_SURNAMES and game():
            return f"team: {written + following.group()!r}"
        if theme and prev == "the" and written.endswith("s") and " of " not in written and game():
            return f"team: 'the {written}'"  # not a title: "the League of Legends final"
        named = team_owner(source, begin) if theme else ""
        if named and named.casefold() not in everyday_words() and game():
            return None if headline and is_title_case(source) else f"team: '{named} {written}'"
        return None
