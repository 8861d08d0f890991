"""The resolver: each mention's topic, decided by the rules in the package's order before any
topic's rule is evaluated."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from functools import partial
from itertools import pairwise

from alerts.topics.folding import FoldedText
from alerts.topics.gazetteer import US_STATES
from alerts.topics.matcher import Occurrence
from alerts.topics.resolve.acting import acting_institution, acts, local, match_edges
from alerts.topics.resolve.claims import Claimant, Resolution, default_reading
from alerts.topics.resolve.demonyms import capital_prefix, language_or_pair, used_as_country
from alerts.topics.resolve.places import (
    ADDRESS_END,
    OTHER_GAMES,
    after_comma,
    clause_ends,
    dateline_town,
    from_place,
    headline_in_longer_name,
    headline_openers,
    listed_with,
    name_kinds,
    one_sense_per_text,
    qualified_pair,
    qualifies,
    quarter_name,
    read_unread,
    state_after_town,
    town_in,
    town_of,
)
from alerts.topics.resolve.words import (
    ABBREVIATED_COUNTRIES,
    AP_STATES,
    COUNTY_AFTER,
    CP_PROVINCES,
    DEMONYM_NEXT,
    DEMONYM_PREFIXES,
    NATIONS_OF,
    OWNED_BY,
    OWNED_WORDS,
    QUALIFIER_KINDS,
    SMALLER_KINDS,
    STATE_ABBREVIATION,
    US,
)
from alerts.topics.senses import (
    DEMONYM_ENDINGS,
    MentionReader,
    attributive,
    car_model,
    lowercase_name,
    name_beside_place,
    smaller_place,
)


class SenseResolver:
    """Decides the sense of alias mentions for one `RuleSet`.

    Parameters:
        aliases: pattern ids of taxonomy aliases (the only mentions that are discounted).
        themes: alias pattern ids that a theme topic claims (for club names like "the Comets").
        sports: alias pattern ids of sport themes: a team's or a player's name is their sport.
        games: per sport below Sport (by topic), its match words; and the aliases of all of
            them (see `_sides_sport`).
        places: per alias pattern id, the places that claim it.
        metonyms: per metonym pattern id, the institutions it may stand for.
        cues: pattern ids of the words that may open a negated clause.
    """

    def __init__(
        self,
        *,
        aliases: frozenset[int],
        themes: frozenset[int],
        places: Mapping[int, Sequence[Claimant]],
        metonyms: Mapping[int, Sequence[Claimant]],
        cues: frozenset[int] = frozenset(),
        sports: frozenset[int] = frozenset(),
        games: tuple[Mapping[int, frozenset[int]], frozenset[int]] = ({}, frozenset()),
    ) -> None:
        self.aliases = aliases
        self.sports = sports
        self.games, self.sport_words = games
        self.cues = cues
        self.themes = themes
        self.places = dict(places)
        self.metonyms = dict(metonyms)
        self.regions = frozenset(  # a union's bodies speak for a capital: see `_metonymy`
            c.name for claimants in self.places.values() for c in claimants if c.kind == "region"
        )
        self.states = {  # the US states and Canada's provinces by plain name, for abbreviations
            c.name.split(" (")[0]: c
            for claimants in self.places.values()
            for c in claimants
            if c.kind == "subdivision" and c.countries in ABBREVIATED_COUNTRIES
        }
        self._name_kinds = {pid: name_kinds(c) for pid, c in self.places.items()}
        self._qualifiers = {  # the readings of an alias that may qualify a place before it
            pid: tuple(q for q in claimants if q.kind in QUALIFIER_KINDS)
            for pid, claimants in self.places.items()
        }
        # per text, only these few pattern ids are looked at (see `_demonyms`, `_country_uses`)
        self._demonym_ids = frozenset(
            pid for pid, claimants in self.places.items() if not all(c.always for c in claimants)
        )
        self._countries = {
            pid: claimants[0]
            for pid, claimants in self.places.items()
            if len(claimants) == 1 and not claimants[0].always and claimants[0].kind == "country"
        }
        self._smaller_ids = frozenset(  # names of countries and cities only: `_smaller_places`
            pid
            for pid, claimants in self.places.items()
            if all(c.kind in SMALLER_KINDS for c in claimants)
        )
        self._nations = frozenset(  # names of countries and their nations: a national side
            pid
            for pid, claimants in self.places.items()
            if all(
                c.kind == "country" or (c.kind == "subdivision" and c.countries == NATIONS_OF)
                for c in claimants
            )
        )
        self._country_ids = frozenset(  # names of countries only: their seats and vessels
            pid
            for pid, claimants in self.places.items()
            if all(c.kind == "country" for c in claimants)
        )
        self._town_names = frozenset(  # the names of cities with a smaller namesake
            pid for pid, claimants in self.places.items() if any(c.towns for c in claimants)
        )
        self._shared_countries = {  # a country's name a place elsewhere shares (see `_owners`)
            pid: countries[0]
            for pid, claimants in self.places.items()
            if len(claimants) > 1
            and len(countries := [c for c in claimants if c.kind == "country"]) == 1
        }

    def resolve(
        self, fields: Sequence[FoldedText], found: dict[int, list[Occurrence]]
    ) -> Resolution:
        """Discount mentions (removed from `found` in place) and split namesakes."""
        result = Resolution()
        mentions = [pid for pid in found if pid in self.aliases]
        if not mentions:
            return result
        self._discount(fields, found, mentions, result)
        if self.metonyms:
            self._metonymy(fields, found, result)
        licensed = self._demonyms(fields, found, result)
        self._country_uses(fields, found, result)
        self._namesakes(fields, found, result, licensed)
        if result.teams and self.games and self.sport_words.isdisjoint(found):
            self._sides_sport(fields, found, result)
        return result

    def _sides_sport(
        self,
        fields: Sequence[FoldedText],
        found: dict[int, list[Occurrence]],
        result: Resolution,
    ) -> None:
        """Places read as the sides of a match ("Swansea beat Cardiff") name no sport; it is
        the one whose match words the text uses, two of them at least ("scored twice ... in
        the Welsh derby"), when no sport is named by its own words ("six wickets", "a
        scrum"), which name it and decide for it. Only one sport may have them, and no word
        of another may stand beside them: "scored five tries", "14 rebounds", a handball or
        volleyball "derby" (sports the taxonomy does not list, `OTHER_GAMES`) say nothing."""
        present = found.keys()
        qualified = [topic for topic, words in self.games.items() if len(words & present) >= 2]
        if len(qualified) != 1:
            return
        topic = qualified[0]
        own = self.games[topic]
        if any((words - own) & present for other, words in self.games.items() if other != topic):
            return
        if not any(OTHER_GAMES.search(field.text) for field in fields):
            result.confirmed.add(topic)

    def _discount(
        self,
        fields: Sequence[FoldedText],
        found: dict[int, list[Occurrence]],
        mentions: list[int],
        result: Resolution,
    ) -> None:
        cued = {o[0] for pid in found if pid in self.cues for o in found[pid]}
        themes = [pid for pid in mentions if pid in self.themes]
        theme_spans = {o for pid in themes for o in found[pid]} if themes else set()
        sport_spans = {o for pid in themes if pid in self.sports for o in found[pid]}
        bodies = {  # institutions, groups and people: no place's or theme's reading
            o
            for pid in mentions
            if pid not in self.places and pid not in self.themes
            for o in found[pid]
        }
        countries = {o for pid in self._country_ids.intersection(mentions) for o in found[pid]}
        # a country's seat named by its quarter ("Parliament Hill") reads as an institution's
        bodies |= {o for o in countries if quarter_name(fields[o[0]].text[o[1] : o[2]])}
        reader = MentionReader(fields, cued, games=sport_spans)
        reasons: dict[Occurrence, str | None] = {}
        spans = sorted({o for pid in mentions for o in found[pid]})
        # the body first: names it shows in full are known when the headline is read
        ordered = [o for o in spans if o[0] == 1] + [o for o in spans if o[0] != 1]
        for occurrence in ordered:
            index, start, end = occurrence
            reasons[occurrence] = reader.reason(
                index,
                start,
                end,
                theme=occurrence in theme_spans,
                sport=occurrence in sport_spans,
                body=occurrence in bodies,
                country=occurrence in countries,
            )
        self._proper_names(fields, found, mentions, reasons)
        self._smaller_places(fields, found, mentions, reasons)
        self._car_models(fields, found, mentions, reasons)
        self._addresses(fields, found, bodies, reasons)
        self._towns_named_like_bodies(fields, found, bodies, reasons)
        one_sense_per_text(fields, reasons, sport_spans)
        headline_openers(fields, reasons, theme_spans)
        self._attributive_places(fields, mentions, found, reasons)
        self._headline_denied(themes, found, reasons)
        headline_in_longer_name(
            fields, [pid for pid in mentions if pid in self.places], found, reasons
        )
        for pid in self._nations.intersection(mentions):  # "India beat England": the sides
            for occurrence in found[pid]:  # name their countries, so the countries are kept
                reason = reasons[occurrence]
                if reason is not None and reason.startswith("team"):
                    reasons[occurrence] = None
                    result.teams.add(pid)
        for pid in mentions:
            kept = [o for o in found[pid] if reasons[o] is None]
            if len(kept) == len(found[pid]):
                continue
            for occurrence in found[pid]:
                reason = reasons[occurrence]
                if reason is not None:
                    result.discounted[occurrence] = reason
                    if reason.startswith(("team", "club")) and pid in self.places:
                        result.teams.add(pid)
            if kept:
                found[pid] = kept
            else:
                del found[pid]

    @staticmethod
    def _headline_denied(
        themes: list[int],
        found: dict[int, list[Occurrence]],
        reasons: dict[Occurrence, str | None],
    ) -> None:
        """A theme's word the headline uses and the body uses only to deny it ("Measles
        scare": "the boy did not have measles after all") names what the story rules out:
        the headline's mention is discounted with the body's."""
        for pid in themes:
            body = [o for o in found[pid] if o[0] == 1]
            if not body or not all((reasons[o] or "").startswith("negated") for o in body):
                continue
            for occurrence in found[pid]:
                if occurrence[0] == 0 and reasons[occurrence] is None:
                    reasons[occurrence] = "negated: the body denies it"

    def _attributive_places(
        self,
        fields: Sequence[FoldedText],
        mentions: list[int],
        found: dict[int, list[Occurrence]],
        reasons: dict[Occurrence, str | None],
    ) -> None:
        """A place's name that says where a noun is from ("charges against the Berlin
        shopkeeper") is not what is denied: its negation is lifted. Groups keep it ("no role
        of the Hamas leadership"), and so do demonyms ("not by an Israeli strike")."""
        if not any(r and r.startswith("negated") for r in reasons.values()):
            return  # most texts: nothing denied
        for pid in mentions:
            names = {c.name.split(" (")[0].casefold() for c in self.places.get(pid, ())}
            for occurrence in found[pid] if names else ():
                reason = reasons[occurrence]
                if not (reason and reason.startswith("negated")):
                    continue
                index, start, end = occurrence
                named = fields[index].text[start:end] in names  # not "an Israeli strike"
                if named and attributive(fields, occurrence):
                    reasons[occurrence] = None

    def _smaller_places(
        self,
        fields: Sequence[FoldedText],
        found: dict[int, list[Occurrence]],
        mentions: list[int],
        reasons: dict[Occurrence, str | None],
    ) -> None:
        """A country's or a city's name that heads a smaller place's ("Lebanon County",
        "Cuba Street") names that place (see `smaller_place`). A subdivision's keeps it
        before an area's word, "Kent County Council" is Kent's, but not before a street's:
        "Pennsylvania Avenue" is a street. A county after a city's name is the city's own
        ("Los Angeles County", "Nairobi County") unless the text names a US state the city
        is not in ("Paris Township trustees in Ohio")."""
        for pid in self.places.keys() & mentions:
            claimants = self.places[pid]
            if pid not in self._smaller_ids:
                divisions = False
            else:
                divisions = all(c.kind == "country" for c in claimants) or bool(
                    self._us_states(found) - {h for c in claimants for h in c.homes}
                )
            read_unread(fields, found[pid], reasons, partial(smaller_place, divisions=divisions))

    def _car_models(
        self,
        fields: Sequence[FoldedText],
        found: dict[int, list[Occurrence]],
        mentions: list[int],
        reasons: dict[Occurrence, str | None],
    ) -> None:
        """A place's name after a carmaker's is its model ("the Hyundai Santa Fe"; see
        `car_model`); a country's is the maker's arm there ("Nissan Mexico")."""
        for pid in self.places.keys() & set(mentions):
            if not any(c.kind == "country" for c in self.places[pid]):
                read_unread(fields, found[pid], reasons, car_model)

    def _addresses(
        self,
        fields: Sequence[FoldedText],
        found: dict[int, list[Occurrence]],
        bodies: set[Occurrence],
        reasons: dict[Occurrence, str | None],
    ) -> None:
        """A seat's quarter followed by ", City" is a quarter of that city, as "City, State"
        is a city of the state ("Capitol Hill, Seattle"), and so is one in a field whose
        dateline names a city ("Seattle: a bakery opened on Capitol Hill"; see `dateline_town`);
        not where the city is a capital,
        which may be the seat's own ("Capitol Hill, Washington"), nor where the city's name
        runs on into its clause, a name or a noun's qualifier ("On Capitol Hill, Houston
        congressman Al Green filed…", "…, Austin said")."""
        quarters = [o for o in bodies if reasons[o] is None and o[0] != 2]
        quarters = [o for o in quarters if quarter_name(fields[o[0]].text[o[1] : o[2]])]
        if not quarters:
            return
        cities = {
            (o[0], o[1]): (o[2], self.places[pid])
            for pid in self.places.keys() & found.keys()
            if any(c.kind == "city" for c in self.places[pid])
            for o in found[pid]
        }
        for index, start, end in quarters:
            folded = fields[index]
            begin, finish = folded.span(start, end)
            dateline = dateline_town(fields, index, cities)
            if dateline:
                reasons[(index, start, end)] = f"place: in {dateline!r}, the dateline's town"
                continue
            if not folded.source.startswith(", ", finish):
                continue
            at = len(folded.text) - len(folded.text[end:].lstrip())
            stop, city = cities.get((index, at), (at, ()))
            ended = folded.span(at, stop)[1]
            closed = ADDRESS_END.match(folded.source, ended)
            if city and closed and not any(c.capital for c in city):
                named = folded.source[begin:ended]
                reasons[(index, start, end)] = f"place: {named!r}"

    def _towns_named_like_bodies(
        self,
        fields: Sequence[FoldedText],
        found: dict[int, list[Occurrence]],
        bodies: set[Occurrence],
        reasons: dict[Occurrence, str | None],
    ) -> None:
        """An institution's name followed by ", State" where the clause ends is a town of
        that state or province, as a dateline or an address writes it ("Whitehall, Ohio:
        the city council...", "Langley, British Columbia."); a list goes on after it
        ("Congress, Texas and Florida") and a state's own word may follow ("Texas
        officials"). A seat's quarter is left to `_addresses` ("Capitol Hill, Washington")."""
        unread = [o for o in bodies if reasons[o] is None and o[0] != 2]
        unread = [o for o in unread if not quarter_name(fields[o[0]].text[o[1] : o[2]])]
        if not unread:
            return
        states = {
            (o[0], o[1]): o[2]
            for pid in self.places.keys() & found.keys()
            if any(c.kind == "subdivision" for c in self.places[pid])
            for o in found[pid]
        }
        for index, start, end in unread:
            folded = fields[index]
            begin, finish = folded.span(start, end)
            if not folded.source.startswith(", ", finish):
                continue
            at = len(folded.text) - len(folded.text[end:].lstrip())
            stop = states.get((index, at))
            ended = folded.span(at, stop)[1] if stop is not None else None
            if ended is not None and clause_ends(folded.source, ended):
                reasons[(index, start, end)] = f"place: {folded.source[begin:ended]!r}"

    def _us_states(self, found: dict[int, list[Occurrence]]) -> set[str]:
        """The US states a text names (by any of their names)."""
        return {
            c.name
            for pid in found
            for c in self.places.get(pid, ())
            if c.kind == "subdivision" and c.countries == US
        }

    def _proper_names(
        self,
        fields: Sequence[FoldedText],
        found: dict[int, list[Occurrence]],
        mentions: list[int],
        reasons: dict[Occurrence, str | None],
    ) -> None:
        """Senses rules 6 and 7: a place's name that no other rule read may be written in
        lower case ("won the derby"), or a city's, a subdivision's or, on firmer evidence, a
        country's may be half of a person's name ("Kingston Rossdale", "Ireland Baldwin, the
        model"; regions are left out, and countries need more, as their names head
        companies': "China Evergrande")."""
        edges: dict[int, set[int]] = {}

        def taken(index: int) -> Callable[[int], bool]:
            def at(offset: int) -> bool:
                if not edges:  # built once per text, and only for a candidate name
                    edges.update(match_edges(fields, found))
                return offset in edges.get(index, ())

            return at

        for pid in mentions:
            kinds = self._name_kinds.get(pid)
            if kinds is None:
                continue
            named, country, town = kinds
            for occurrence in found[pid]:
                index, start, end = occurrence
                if reasons[occurrence] is not None or index == 2:
                    continue
                folded = fields[index]
                span = folded.span(start, end)
                reason = lowercase_name(folded, span, town=town)
                if reason is None and (named or country):
                    reason = name_beside_place(
                        folded, span, taken=taken(index), headline=index == 0, country=country
                    )
                if reason:
                    reasons[occurrence] = reason

    def _metonymy(
        self,
        fields: Sequence[FoldedText],
        found: dict[int, list[Occurrence]],
        result: Resolution,
    ) -> None:
        present = found.keys()
        for pid, institutions in self.metonyms.items():
            if pid not in found:
                continue
            if all(local(fields[o[0]].text, o[2]) for o in found[pid]):
                del found[pid]  # the place only: no institution's rule may count it
                continue
            meant = [i for i in institutions if i.context & present]
            if not meant:
                meant = self._acting_seat(fields, found, pid, institutions)
                result.confirmed.update(i.topic for i in meant)
            if not meant:
                continue
            institution = meant[0]
            spans = set(found[pid])
            for other in [p for p in found if p != pid and p in self.aliases]:
                kept = [o for o in found[other] if o not in spans]
                for occurrence in set(found[other]) - set(kept):
                    result.discounted[occurrence] = f"stands for {institution.name}"
                if kept:
                    found[other] = kept
                else:
                    del found[other]

    def _acting_seat(
        self,
        fields: Sequence[FoldedText],
        found: dict[int, list[Occurrence]],
        pid: int,
        institutions: Sequence[Claimant],
    ) -> list[Claimant]:
        """The institution a seat without its context stands for, when the seat acts as a
        government does ("Brussels has proposed"); see `acting_institution`."""
        spans = found[pid]
        game = not self.sports.isdisjoint(found)
        if not any(acts(fields[o[0]].text, o[1], o[2], seat=True, game=game) for o in spans):
            return []
        capital = any(  # the seat's place reading, at the same spans
            c.capital
            for other, occurrences in found.items()
            if other in self.places and other != pid and spans[0] in occurrences
            for c in self.places[other]
        )
        actor = acting_institution(institutions, self.regions if capital else None)
        return [actor] if actor else []

    def _demonyms(
        self,
        fields: Sequence[FoldedText],
        found: dict[int, list[Occurrence]],
        result: Resolution,
    ) -> set[Occurrence]:
        """An ambiguous demonym, capitalised, names a country when one of the next two
        words is one of `DEMONYM_NOUNS`: its only country is confirmed, and the mentions
        that several countries claim ("Congolese") are returned for `_namesakes`."""
        licensed: set[Occurrence] = set()
        for pid in self._demonym_ids.intersection(found):
            claimants = self.places[pid]
            for index, start, end in found[pid]:
                text = fields[index].text
                if not text[start:end].endswith(DEMONYM_ENDINGS):
                    break
                begin, _ = fields[index].span(start, end)
                before = text[max(0, start - 12) : start].split()[-1:]
                if (
                    before
                    and before[0] in DEMONYM_PREFIXES
                    and capital_prefix(fields[index].source, begin)
                ):
                    continue
                if fields[index].source[begin : begin + 1].isupper() and (
                    DEMONYM_NEXT.intersection(text[end : end + 40].split()[:2])
                    or language_or_pair(fields[index].source, begin, before)
                ):
                    licensed.add((index, start, end))
                    if len(claimants) == 1:
                        result.confirmed.add(claimants[0].topic)
        return licensed

    def _country_uses(
        self,
        fields: Sequence[FoldedText],
        found: dict[int, list[Occurrence]],
        result: Resolution,
    ) -> None:
        """A country's ambiguous name that no other place claims names the country by how
        it is used: what it owns ("Niger's junta", "Turkey's central bank"), a part of it
        ("eastern Turkey") or what its government does ("Turkey denied"). Read here, at
        the few mentions found, rather than as context phrases of every such name."""
        countries = self._countries.keys() & found.keys()
        shared = self._shared_countries.keys() & found.keys()
        if not countries and not shared:
            return  # most texts
        peers = self._country_peers(found)
        for pid in countries:
            country = self._countries[pid]
            name = country.name.casefold()
            named = [o for o in found[pid] if fields[o[0]].text[o[1] : o[2]] == name]
            if any(
                used_as_country(fields[o[0]], o[1], o[2]) or listed_with(fields, o, peers)
                for o in named  # not "Georgian"
            ):
                result.confirmed.add(country.topic)
        for pid in shared:
            self._owners(fields, found[pid], pid, result)
            self._listed_countries(fields, found[pid], pid, peers, result)

    def _country_peers(self, found: dict[int, list[Occurrence]]) -> list[Occurrence]:
        """The mentions of countries named unambiguously ("Egypt", "Moldova")."""
        return [
            o
            for pid in found
            if (claimants := self.places.get(pid))
            and len(claimants) == 1
            and claimants[0].always
            and claimants[0].kind == "country"
            for o in found[pid]
        ]

    def _listed_countries(
        self,
        fields: Sequence[FoldedText],
        occurrences: list[Occurrence],
        pid: int,
        peers: list[Occurrence],
        result: Resolution,
    ) -> None:
        """A name a country shares with a place elsewhere is the country where it stands in
        a list beside another country ("Ukraine, Georgia and Moldova"): a list names peers
        (and "Texas, Georgia and Arizona" the state, by its peers' context)."""
        country = self._shared_countries[pid]
        for occurrence in occurrences:
            if listed_with(fields, occurrence, peers):
                self._decide(occurrence, self.places[pid], (country, country), result)

    def _owners(
        self,
        fields: Sequence[FoldedText],
        occurrences: list[Occurrence],
        pid: int,
        result: Resolution,
    ) -> None:
        """A name a country shares with a place elsewhere is the country where it owns what
        only a nation has ("Georgia's ruling party", "Georgia's prime minister"), and a
        state where it owns what only a state has ("Georgia's governor"); not where it owns
        what both have (an economy, a capital, voters)."""
        for occurrence in occurrences:
            index, start, end = occurrence
            begin, finish = fields[index].span(start, end)
            owned = OWNED_WORDS.match(fields[index].source, finish)
            if owned is None or not fields[index].source[begin : begin + 1].isupper():
                continue
            first, second = owned.group(1).casefold(), (owned.group(2) or "").casefold()
            kind = next((k for k, own in OWNED_BY if {first, f"{first} {second}"} & own), "")
            owner = next((c for c in self.places[pid] if c.kind == kind), None)
            if owner is not None:
                self._decide(occurrence, self.places[pid], (owner, owner), result)

    def _namesakes(
        self,
        fields: Sequence[FoldedText],
        found: dict[int, list[Occurrence]],
        result: Resolution,
        licensed: set[Occurrence],
    ) -> None:
        mentions = sorted((o, pid) for pid in found if pid in self.places for o in found[pid])
        if not mentions:
            return
        decided = self._qualified(fields, found, mentions, result)
        decided |= self._states_after_towns(fields, found, mentions, decided, result)
        present: set[str] | None = None
        named = self._named_places(fields, found, mentions)
        game = not self.sports.isdisjoint(found)
        for occurrence, pid in self._most_prominent_first(mentions):
            claimants = self.places[pid]
            town = (
                town_in(claimants, occurrence, named, fields)
                if named and occurrence not in decided
                else None
            )
            if town:
                for claimant in claimants:
                    result.lose(claimant.topic, occurrence, f"a place in {town}")
                continue
            if len(claimants) < 2 or occurrence in decided:
                continue
            if present is None:
                present = self._present(found, result.teams)
            known = present
            support = {  # another place in the text lies in it, or beside it
                c.topic: 2 * (c.name in known) + len(c.homes & known) for c in claimants
            }
            index, start, end = occurrence
            speaks = acts(fields[index].text, start, end, seat=True, game=game)
            eligible = [
                c
                for c in claimants
                if c.always
                or c.context & found.keys()
                or support[c.topic]
                or (speaks and c.capital)
                or occurrence in licensed
            ]
            eligible = eligible or default_reading(fields[index], occurrence, claimants)
            if not eligible:
                continue
            winner = max(eligible, key=lambda c: (support[c.topic], c.prior))
            if speaks and any(c.capital for c in eligible):
                winner = max((c for c in eligible if c.capital), key=lambda c: c.prior)
            if not (winner.always or winner.context & found.keys()):
                result.confirmed.add(winner.topic)  # licensed by the places around it
            for claimant in claimants:
                if claimant is not winner:
                    result.lose(claimant.topic, occurrence, f"read as {winner.name}")
            known.update((winner.name, *winner.lineage))  # it places the namesakes after it

    def _most_prominent_first(
        self, mentions: list[tuple[Occurrence, int]]
    ) -> list[tuple[Occurrence, int]]:
        """The mentions by the prominence of their most prominent reading, so that a name
        read first places the lesser namesakes after it: "Richmond and Vancouver" puts
        Vancouver in Canada before Richmond is read, and Richmond with it."""
        return sorted(mentions, key=lambda m: -max(c.prior for c in self.places[m[1]]))

    def _qualified(
        self,
        fields: Sequence[FoldedText],
        found: dict[int, list[Occurrence]],
        mentions: list[tuple[Occurrence, int]],
        result: Resolution,
    ) -> set[Occurrence]:
        """Rule 4: the mentions a following ", Subdivision" or ", Country" decided (both),
        those a US state's abbreviation follows ("Athens, Ga.", "Athens, GA"), those a
        British county follows (a town there: "Boston, Lincolnshire"), and the same
        name written bare elsewhere in the text (a headline's "Perth" over the body's
        "Perth, Scotland"), when the text qualifies it one way only."""
        decided: set[Occurrence] = set()
        senses: dict[int, set[tuple[Claimant | None, Claimant]]] = defaultdict(set)
        for at, ((first, pid), (second, qualifier)) in enumerate(pairwise(mentions)):
            if self._qualifiers[qualifier] and qualifies(
                fields, first, second, mentions[at + 2 : at + 3]
            ):
                named, pair = pid, self._qualify((first, pid), (second, qualifier), result)
            elif self._qualifiers[pid] and town_of(fields, first, second):  # "the Texas city of"
                named, pair = qualifier, self._qualify((second, qualifier), (first, pid), result)
            else:
                continue
            if pair:
                decided.update((first, second))
                senses[named].add(pair)
        for first, pid in mentions:
            state = self._abbreviated(fields[first[0]], first)
            chosen = qualified_pair(self.places[pid], [state]) if state else None
            if chosen is not None and first not in decided:
                self._decide(first, self.places[pid], chosen, result)
                decided.add(first)
                senses[pid].add(chosen)
        decided |= self._counties(fields, mentions, decided, result)
        for first, pid in mentions:
            if first not in decided and len(senses.get(pid, ())) == 1:
                self._decide(first, self.places[pid], next(iter(senses[pid])), result)
                decided.add(first)
        return decided

    def _states_after_towns(
        self,
        fields: Sequence[FoldedText],
        found: dict[int, list[Occurrence]],
        mentions: list[tuple[Occurrence, int]],
        decided: set[Occurrence],
        result: Resolution,
    ) -> set[Occurrence]:
        """The mentions read as the subdivision they name after a town the taxonomy does not
        have ("Valdosta, Georgia, will host the fair"; see `state_after_town`)."""
        read = set()
        for occurrence, pid in mentions:
            claimants = self.places[pid]
            if occurrence in decided or len(claimants) < 2:
                continue
            state = state_after_town(fields, found, occurrence, claimants)
            if state is not None:
                self._decide(occurrence, claimants, (state, state), result)
                read.add(occurrence)
        return read

    def _qualify(
        self, place: tuple[Occurrence, int], qualifier: tuple[Occurrence, int], result: Resolution
    ) -> tuple[Claimant | None, Claimant] | None:
        """Read the place's mention as the namesake its qualifier picks, and the qualifier as
        that subdivision or country; that reading, when the pair is a qualified place."""
        (first, pid), (second, named) = place, qualifier
        regions = self._qualifiers[named]
        chosen = qualified_pair(self.places[pid], regions) if regions else None
        if chosen is None:
            return None
        self._decide(first, self.places[pid], chosen, result)
        for claimant in self.places[named]:
            if claimant is not chosen[1]:
                result.lose(claimant.topic, second, f"read as {chosen[1].name}")
        return chosen

    @staticmethod
    def _decide(
        first: Occurrence,
        claimants: Sequence[Claimant],
        chosen: tuple[Claimant | None, Claimant],
        result: Resolution,
    ) -> None:
        """A decided mention (qualified, after a town, owning, listed) is the chosen namesake
        (or a place in the region) only."""
        place, region = chosen
        for claimant in claimants:
            if claimant is not place:
                reason = f"read as {place.name}" if place else f"a place in {region.name}"
                result.lose(claimant.topic, first, reason)
        result.confirmed.add(region.topic)
        if place:
            result.confirmed.add(place.topic)

    def _counties(
        self,
        fields: Sequence[FoldedText],
        mentions: list[tuple[Occurrence, int]],
        decided: set[Occurrence],
        result: Resolution,
    ) -> set[Occurrence]:
        """The mentions a British county follows (see `_county_after`), read as its
        British namesake ("Portsmouth, Hampshire") or as a town of the county, no namesake
        elsewhere ("Boston, Lincolnshire")."""
        read = set()
        for first, pid in mentions:
            county = None if first in decided else self._county_after(fields[first[0]], first)
            if not county:
                continue
            claimants = self.places[pid]
            british = [c for c in claimants if c.countries >= NATIONS_OF]
            if british:
                self._decide(first, claimants, (british[0], british[0]), result)
            else:
                for claimant in claimants:
                    result.lose(claimant.topic, first, f"a place in {county}")
            read.add(first)
        return read

    @staticmethod
    def _county_after(folded: FoldedText, occurrence: Occurrence) -> str | None:
        """The British county that follows the mention after a comma and ends its phrase
        ("Boston, Lincolnshire"): the mention is then a town of that county, its British
        namesake if it has one ("Portsmouth, Hampshire"), and none elsewhere."""
        found = after_comma(folded, occurrence, COUNTY_AFTER)
        return found.group(1) if found else None

    def _abbreviated(self, folded: FoldedText, occurrence: Occurrence) -> Claimant | None:
        """The US state or Canadian province whose abbreviation follows the mention after a
        comma, if any."""
        found = after_comma(folded, occurrence, STATE_ABBREVIATION)
        if found is None:
            return None
        written = found.group(1)
        name = AP_STATES.get(written) or CP_PROVINCES.get(written) or US_STATES.get(written, "")
        return self.states.get(name)

    def _named_places(
        self,
        fields: Sequence[FoldedText],
        found: dict[int, list[Occurrence]],
        mentions: list[tuple[Occurrence, int]],
    ) -> dict[str, list[Occurrence]]:
        """The places the text names without a namesake (not what lies above them), with
        where, other than as where a person or a thing is from ("a Texas man was arrested
        in Portland", "migrants from Texas arrived in Portland"); read only when a city
        named has a smaller namesake (see `town_in`)."""
        if self._town_names.isdisjoint(pid for _, pid in mentions):
            return {}
        named: dict[str, list[Occurrence]] = {}
        for pid in found:
            claimants = self.places.get(pid, ())
            if len(claimants) == 1:
                where = [o for o in found[pid] if not from_place(fields, o)]
                if where:
                    named.setdefault(claimants[0].name, []).extend(where)
        return named

    def _present(self, found: dict[int, list[Occurrence]], teams: Collection[int]) -> set[str]:
        """The places named without a namesake, and everything above them; and above the
        places that name `teams`, as a team's home says in which country the game is
        ("Georgia beat Alabama in Athens": Alabama's team puts Athens in the United States)."""
        present: set[str] = set()
        for pid in found:
            claimants = self.places.get(pid, ())
            if len(claimants) == 1:
                present.add(claimants[0].name)
                present.update(claimants[0].lineage)
        for pid in teams:
            if len(self.places[pid]) == 1:
                present.update(self.places[pid][0].lineage)
        return present
