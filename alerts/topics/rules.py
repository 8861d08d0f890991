"""Rule topics as boolean queries over one shared `PatternMatcher`.

A taxonomy topic compiles to `unambiguous OR (ambiguous AND context)` over its aliases
(matcher rule 5), where no ambiguous alias is licensed by a word of its own ("Police drama
in Paris"); a custom topic is its parsed query. Every term of every topic becomes a
pattern of one automaton. For a text, the matcher reports which patterns occur; only the
topics one of whose *triggers* occurred are evaluated (see `checks`: a query cannot hold
without one of them, which `query.parse` guarantees), a candidate missing a required term
is dropped by a set comparison, and the rest run their compiled check. So the cost follows
the hits, not the number of topics. A plain OR of terms holds as soon as one term is found
in its field.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import NamedTuple, Protocol

from alerts.models import Evidence, Topic
from alerts.topics.checks import SCOPES, Check, TextHits, compile_check, required, triggers
from alerts.topics.folding import EMPTY, FoldedText, fold, fold_words, words
from alerts.topics.matcher import Occurrence, Pattern, PatternMatcher
from alerts.topics.query import FIELDS, And, Near, Node, Not, Or, Term, is_acronym, terms
from alerts.topics.resolve import (
    PLACE_KINDS,
    Claimant,
    Resolution,
    SenseResolver,
    group_claims,
    place_claimants,
    prior_of,
)
from alerts.topics.senses import (
    ARTICLES,
    CUE_WORDS,
    DEMONYM_ENDINGS,
    DOMAIN_WORDS,
    everyday_words,
    next_word,
    word_set,
)

MAX_EVIDENCE = 5
SPORT = "Sport"  # the theme above every sport: team and player names are evidence for these
FIELD_WEIGHTS = (2.0, 1.0, 1.0)  # a word in the title says more than one in the body
STRONG_CONTEXT = 2  # a lowercase acronym counts beside this many other terms of its topic
# (one, in a headline or a body written all in lower case: see `_in_lowercase_field`)
COMMON_WORDS = word_set(
    "who its can art aid all and are bat cap car cat con dot fed gap gas hip ice man may mps "
    "net now oil one opt pan per pet pin pop pro red run sad sea set sin son sun tab tax tip "
    "top use van war web win won ban bid cut due end far fit got hit let mad nor not off old "
    "our out own put sat saw say see she ten the too two via was way wet yes yet "
    "am an as at be by do go he if in is it me my no of oh ok on or so to up us we"
)

STATEMENT_END = re.compile(r"[.!?]")  # where a sentence ends, and whether it asked
# What follows an institution's acronym that is an English word ("who") opening a statement
# in lower case: what it says, or its people ("who warned of a surge", "who chief", "who
# officials said"); never the pronoun's question ("who can get one", "who pays", "who knew").
STATEMENT_WORDS = word_set(
    "says said warns warned declares declared urges urged reports reported chief director "
    "official officials expert experts spokesman spokeswoman spokesperson envoy"
)
# Acronyms that are also the names of file formats, which chat writes in lower case ("the
# png didn't upload"): even there they need as much context as anywhere.
FILE_WORDS = word_set("png jpg gif pdf")
# What follows an institution's acronym: its people and meetings, and what it does.
BODY_WORDS = word_set(
    "envoy envoys chief chiefs head leaders leader ministers minister officials official "
    "spokesman spokeswoman spokesperson summit summits talks members member membership "
    "agency agencies agents agent director president inspectors peacekeepers peacekeeping "
    "troops mission loan loans bailout sanctions ambassador ambassadors delegation report "
    "probe raid commissioner commission resolution budget allies secretary boss senators "
    "senator lawmakers lawmaker "
    "says said warns warned urges urged agrees agreed approves approved cuts raises holds "
    "arrests arrested charges charged backs rejects votes meets seeks demands slams fines "
    "fined probes sues bans proposes extends lifts imposes launches held delayed delays "
    "declared declares announced announces pledged pledges confirmed confirms issued issues "
    "aid relief nod deal approval tranche programme program staff rapporteur monitors "
    "pulls pulled withdraws withdrew evacuates evacuated raids raided rules ruled "
    "investigates investigated say slaps slap reach reaches reached eyes mulls weighs "
    "unveils threatens blocks signs hikes slashes tightens eases vows opens orders "
    "election elections economy military army navy embassy government jets warships drills "
    "forces parliament council court inflation unemployment stocks shares markets gdp jobs "
    "exports imports citizens settle settles suspends suspended expels expelled readmits "
    "clinic clinics hospital hospitals convoy convoys"
)
# After an acronym opening a headline, its future: "nhs to use ai", "eu will ban".
HEADLINE_FUTURE = word_set("to will")
# An acronym that is an object pronoun ("us") is never the subject that opens a statement,
# nor a word after "the": there it is read like any lowercase acronym ("us slaps sanctions
# on iran", "the us economy grew"), beside a word of `BODY_WORDS` or its future where it
# opens one ("us to raise tariffs").
OBJECT_PRONOUNS = word_set("us")
PRONOUN_FOLLOWS = BODY_WORDS | STATEMENT_WORDS | HEADLINE_FUTURE
# Before an institution's acronym: joining or leaving it ("finland joins nato", "quit opec").
# And what follows a country's acronym in hurried copy: its economy and its politics ("uk
# inflation rises", "uae growth slows", "uk election called").
NATION_WORDS = word_set(
    "inflation economy economic growth gdp recession prices wages jobs unemployment "
    "interest rates borrowing debt deficit exports imports trade tariffs stocks shares "
    "markets pound dollar election elections government parliament pm mps voters"
)
AFTER_ACRONYM = BODY_WORDS | NATION_WORDS
MEMBERSHIP_VERBS = word_set(
    "join joins joined joining rejoin rejoins rejoined leave leaves leaving quit quits exit "
    "exits exited"
)


@dataclass(frozen=True)
class RuleTopic:
    """A topic decided by a query; terms in `aliases` are exclusive (matcher rule 4) and
    only they are evidence. Without aliases, every term outside NOT is evidence."""

    name: str
    query: Node
    aliases: frozenset[Term] = field(default_factory=frozenset)
    kind: str = ""
    unambiguous: frozenset[Term] = field(default_factory=frozenset)
    context: tuple[Term, ...] = ()
    metonyms: frozenset[Term] = field(default_factory=frozenset)
    weak: frozenset[Term] = field(default_factory=frozenset)  # lowercase acronyms
    support: tuple[Term, ...] = ()  # besides context, what makes context strong for them
    prior: float = 0.0
    lineage: frozenset[str] = field(default_factory=frozenset)
    countries: frozenset[str] = field(default_factory=frozenset)
    homes: frozenset[str] = field(default_factory=frozenset)
    capital: bool = False
    towns: frozenset[str] = field(default_factory=frozenset)  # see `Topic.towns`


class DirectMatch(NamedTuple):
    """A topic whose query holds: how much text supports it, and the first spans (a named
    tuple: one is built per tag on the hot path)."""

    name: str
    weight: float
    evidence: tuple[Evidence, ...]


@cache
def alias_term(alias: str) -> Term:
    """A taxonomy alias as a query term: acronyms keep their capitals, and so does an
    everyday word capitalised after a lowercase one ("first Test" is cricket, a "first
    test" is not)."""
    exact = is_acronym(alias) or _cased_everyday(alias)
    return Term(fold_words(alias), exact=words(alias) if exact else None)


def _cased_everyday(alias: str) -> bool:
    """Whether the alias capitalises an everyday word after a lowercase first word."""
    parts = words(alias)
    return parts[0][:1].islower() and any(
        w[:1].isupper() and not w.isupper() and w.casefold() in everyday_words() for w in parts[1:]
    )


def _cased_term(alias: str, capitals: set[str]) -> Term:
    """`alias_term`, but an acronym also written as a word ("Nato" beside "NATO", "Opec")
    keeps its capital: written in lower case it is the acronym read in lower case, which
    counts only beside strong context ("nato summit", not "the band nato")."""
    word = alias.removesuffix("+")
    if alias.casefold() in capitals and word.isalpha() and word == word.capitalize():
        return Term(fold_words(alias), exact=words(alias))
    return alias_term(alias)


def _weak_terms(alias: str) -> tuple[Term, ...]:
    """An acronym that may also be read in lower case, given strong context: two letters
    or more and no dots ("un envoy", "eu leaders"). One that is an English word ("who",
    "us") counts only after "the", which the word itself never follows ("the who declared
    an emergency", not "doctors who treated"), or opening a statement, where the word would
    ask a question ("who warned of a measles surge.", not "who warned you?"; see
    `_lowercase_mentions`)."""
    if not (alias.isalpha() and len(alias) >= 2):
        return ()
    folded = fold_words(alias)
    if alias.casefold() in COMMON_WORDS:
        return (Term(("the", *folded)), Term(folded))
    return (Term(folded),)


def _demonym_context(topic: Topic) -> list[str]:
    """Phrases that license an ambiguous demonym by what it qualifies ("Georgian wine")."""
    demonyms = [
        a for a in topic.ambiguous if a != topic.name and a.casefold().endswith(DEMONYM_ENDINGS)
    ]
    return [f"{d} {w}" for d in demonyms for w in DOMAIN_WORDS]


def taxonomy_rule(
    topic: Topic,
    *,
    lineage: Iterable[str] = (),
    countries: Iterable[str] = (),
    homes: Iterable[str] = (),
    support: Iterable[str] = (),
) -> RuleTopic:
    """Compile a taxonomy topic: any unambiguous alias (a `cased` one only with its
    capitals), or an ambiguous one (or a metonym) with context, or an ambiguous one beside
    a metonym; `lineage` and `countries` help choose among namesakes (see `resolve`)."""
    surface = [a for a in (topic.name, *topic.aliases) if fold_words(a)]
    capitals = {a.casefold() for a in surface if a.isupper()}
    plain = [
        Term(fold_words(a), exact=words(a)) if a in topic.cased else _cased_term(a, capitals)
        for a in surface
        if a not in topic.ambiguous
    ]
    ambiguous = [_cased_term(a, capitals) for a in surface if a in topic.ambiguous]
    context = [alias_term(c) for c in (*topic.context, *_demonym_context(topic)) if fold_words(c)]
    metonyms = [alias_term(m) for m in topic.metonyms if fold_words(m)]
    parts: list[Node] = list(plain)
    if (ambiguous or metonyms) and context:
        parts.append(And((Or(tuple(ambiguous + metonyms)), Or(tuple(context)))))
    if ambiguous and metonyms:  # "Apple, based in Cupertino": the seat licenses the name
        parts.append(And((Or(tuple(ambiguous)), Or(tuple(metonyms)))))
    weak = [t for a in surface if a.isupper() for t in _weak_terms(a)]
    return RuleTopic(
        topic.name,
        Or(tuple(parts)) if parts else Or((Term(("\0",)),)),
        frozenset(plain + ambiguous),
        kind=topic.kind,
        unambiguous=frozenset(plain),
        context=tuple(context),
        metonyms=frozenset(metonyms),
        weak=frozenset(weak),
        support=tuple(alias_term(s) for s in support if fold_words(s)) if weak else (),
        prior=prior_of(topic.kind, topic.population, capital=topic.capital),
        capital=topic.capital,
        lineage=frozenset(lineage),
        countries=frozenset(countries),
        homes=frozenset(homes),
        towns=frozenset(topic.towns),
    )


def _evidence_terms(node: Node, negated: bool = False) -> list[Term]:
    if isinstance(node, Term):
        return [] if negated else [node]
    if isinstance(node, Near):
        return [] if negated else [node.left, node.right]
    if isinstance(node, Not):
        return _evidence_terms(node.part, not negated)
    return [t for part in node.parts for t in _evidence_terms(part, negated)]


@dataclass(frozen=True, eq=False)  # compared by identity: it holds dicts
class _Compiled:
    name: str
    check: Check | None  # None: a plain OR of its evidence terms
    evidence: Mapping[int, frozenset[int]]  # pattern id -> the fields it is searched in
    required: frozenset[int]  # pattern ids that must all have been found
    context: tuple[int, ...] = ()  # context pattern ids (for explanations)
    weak: tuple[int, ...] = ()  # lowercase acronyms: evidence given strong context
    strong: frozenset[int] = frozenset()  # pattern ids that make context strong
    rivals: tuple[frozenset[int], ...] = ()  # the strong sets of topics sharing a weak term


@dataclass(frozen=True)
class TopicTrace:
    """How one candidate topic fared on a text (for `alerts topics explain`)."""

    name: str
    held: bool
    weight: float
    evidence: tuple[Evidence, ...]
    context: tuple[Evidence, ...]
    discounted: tuple[tuple[Evidence, str], ...]


def _plain_or(node: Node) -> bool:
    return isinstance(node, Term) or (
        isinstance(node, Or) and all(isinstance(p, Term) for p in node.parts)
    )


def _query_rule(
    topic: RuleTopic, pids: dict[Term, int]
) -> tuple[Check | None, set[int], frozenset[int]]:
    """A query's check (None for a plain OR), the ids that trigger it and those it needs."""
    wanted = triggers(topic.query)
    check = None if _plain_or(topic.query) else compile_check(topic.query, pids)
    needed = frozenset(pids[t] for t in required(topic.query))
    return check, {pids[t] for t in (pids if wanted is None else wanted)}, needed


def _inside(inner: Occurrence, outer: Occurrence) -> bool:
    """Whether occurrence `inner` lies within `outer` and is shorter: a word of it."""
    return (
        inner[0] == outer[0]
        and outer[1] <= inner[1]
        and inner[2] <= outer[2]
        and inner[2] - inner[1] < outer[2] - outer[1]
    )


def _licensed(hits: TextHits, licensed: frozenset[int], around: frozenset[int]) -> bool:
    """Whether an ambiguous alias or a metonym in the title or the body has context there
    that is not one of its own words: "drama" licenses "TV" but not the "police drama" it
    ends ("Police drama in Paris as gunman holds hostages")."""
    found = hits.found
    mentions = [o for pid in licensed.intersection(found) for o in found[pid] if o[0] < 2]
    if not mentions:
        return False
    for pid in around.intersection(found):
        for occurrence in found[pid]:
            if occurrence[0] < 2 and not all(_inside(occurrence, m) for m in mentions):
                return True
    return False


def _alias_rule(
    topic: RuleTopic, pids: dict[Term, int], context: tuple[int, ...]
) -> tuple[Check | None, set[int], frozenset[int]]:
    """A taxonomy topic's check, built directly: `unambiguous OR ((ambiguous OR metonym)
    AND context) OR (ambiguous AND metonym)` in the title or the body (the generic
    compiler is too slow for the thousands of gazetteer cities)."""
    plain = frozenset(pids[t] for t in topic.unambiguous)
    ambiguous = frozenset(pids[t] for t in topic.aliases - topic.unambiguous)
    seats = frozenset(pids[t] for t in topic.metonyms)
    licensed = ambiguous | seats
    if not (licensed and context):
        return None, set(plain | licensed), frozenset()
    around = frozenset(context)

    def seen(hits: TextHits, group: frozenset[int]) -> bool:
        found = hits.found
        for pid in group.intersection(found):  # a text's few hits, not a long context list
            for occurrence in found[pid]:
                if occurrence[0] < 2:
                    return True
        return False

    def check(hits: TextHits) -> bool:
        return (
            seen(hits, plain)
            or _licensed(hits, licensed, around)
            or (bool(ambiguous and seats) and seen(hits, ambiguous) and seen(hits, seats))
        )

    return check, set(plain | licensed), frozenset()


@dataclass(frozen=True, eq=False)
class CompiledTopic:
    """A rule topic ready to evaluate: pattern ids in one shared pattern table. Compared
    and hashed by identity: sets of candidates are built per article on the hot path."""

    name: str
    check: Check | None  # None: a plain OR of its evidence terms
    evidence: tuple[tuple[int, frozenset[int]], ...]  # (pattern id, fields searched)
    required: frozenset[int]  # pattern ids that must all have been found
    triggers: frozenset[int]  # pattern ids of which one must occur for the topic to hold


def compile_topic(topic: RuleTopic, patterns: dict[Pattern, int]) -> CompiledTopic:
    """Compile one topic; its terms get ids in `patterns` (new ones are appended), so topics
    compiled against one table share one automaton."""
    pids: dict[Term, int] = {}
    for term in terms(topic.query):
        pattern = Pattern(term.words, term.prefix, term.exact, term in topic.aliases)
        pids[term] = patterns.setdefault(pattern, len(patterns))
    cited = topic.aliases or _evidence_terms(topic.query)
    evidence = tuple(dict.fromkeys((pids[t], SCOPES[t.field]) for t in cited))
    wanted = triggers(topic.query)
    check = None if _plain_or(topic.query) else compile_check(topic.query, pids)
    return CompiledTopic(
        topic.name,
        check,
        evidence,
        frozenset(pids[t] for t in required(topic.query)),
        frozenset(pids[t] for t in (pids if wanted is None else wanted)),
    )


def evaluate(topic: CompiledTopic, hits: TextHits) -> DirectMatch | None:
    """The topic's match on a text whose pattern hits are known, or None."""
    if topic.check is not None and not (hits.found.keys() >= topic.required and topic.check(hits)):
        return None
    return cite(topic, hits)


def cite(topic: CompiledTopic, hits: TextHits) -> DirectMatch | None:
    """The match of a topic whose check held (or that has none: a plain OR, which holds
    when one of its terms is found in its field), with its weight and first evidence."""
    found_at = hits.found
    found: list[Occurrence] = []
    for pid, scope in topic.evidence:  # loops, not comprehensions: the hot path
        for o in found_at.get(pid, ()):
            if o[0] in scope:
                found.append(o)
    if not found:
        return None if topic.check is None else DirectMatch(topic.name, 1.0, ())
    if len(found) > 1:
        found = sorted(set(found))
    weight = 0.0
    for o in found:
        weight += FIELD_WEIGHTS[o[0]]
    cited = hits.cited
    evidence = []
    for o in found[:MAX_EVIDENCE]:  # topics sharing a term share its evidence
        known = cited.get(o)
        if known is None:
            known = cited[o] = _evidence(hits.fields, o)
        evidence.append(known)
    return DirectMatch(topic.name, weight, tuple(evidence))


class FoldedMatcher(Protocol):
    """Rule topics evaluated on a text folded once (`folded_fields`)."""

    def match_folded(self, fields: list[FoldedText]) -> list[DirectMatch]:
        """The topics whose query holds for these fields."""
        ...


class RuleSet:
    """Every rule topic compiled together; `match` says which hold for a text and why."""

    def __init__(self, topics: Iterable[RuleTopic]) -> None:
        self._patterns: dict[Pattern, int] = {}
        owners: dict[int, list[int]] = defaultdict(list)
        self._topics: list[_Compiled] = []
        claims: list[tuple[int, Claimant]] = []
        metonyms: dict[int, list[Claimant]] = defaultdict(list)
        themes: set[int] = set()
        sports: set[int] = set()
        games: dict[int, frozenset[int]] = {}  # per sport below Sport, its match words
        own_words: set[int] = set()  # the aliases of the sports below Sport
        for index, topic in enumerate(topics):
            pids = self._pattern_ids(topic)
            cited = topic.aliases or _evidence_terms(topic.query)
            evidence: dict[int, frozenset[int]] = {}
            for term in cited:
                evidence[pids[term]] = evidence.get(pids[term], frozenset()) | SCOPES[term.field]
            context = tuple(pids[t] for t in topic.context if t in pids)
            weak = tuple(pids[t] for t in topic.weak)
            check, wanted, needed = (
                _alias_rule(topic, pids, context) if topic.kind else _query_rule(topic, pids)
            )
            for pid in wanted | set(weak):
                owners[pid].append(index)
            strong = frozenset(context) | {pids[t] for t in (*topic.unambiguous, *topic.support)}
            self._topics.append(
                _Compiled(topic.name, check, evidence, needed, context, weak, strong)
            )
            claims.extend(self._claims(index, topic, pids, frozenset(context), metonyms))
            if topic.kind == "theme":
                themes.update(pids[t] for t in topic.aliases)
                if SPORT in topic.lineage or topic.name == SPORT:
                    sports.update(pids[t] for t in topic.aliases)
                if SPORT in topic.lineage:
                    own_words.update(pids[t] for t in topic.aliases)
                    if context:
                        games[index] = frozenset(context)
        self._topics = _with_rivals(self._topics)
        cues = {
            self._patterns.setdefault(Pattern(fold_words(cue)), len(self._patterns))
            for cue in CUE_WORDS
        }
        self._owners = [tuple(owners.get(pid, ())) for pid in range(len(self._patterns))]
        self._matcher = PatternMatcher(list(self._patterns))
        self._resolver = SenseResolver(
            aliases=frozenset(pid for p, pid in self._patterns.items() if p.exclusive),
            themes=frozenset(themes),
            sports=frozenset(sports),
            games=(games, frozenset(own_words)),
            places=place_claimants(group_claims(claims)),
            metonyms=metonyms,
            cues=frozenset(cues),
        )

    def _claims(
        self,
        index: int,
        topic: RuleTopic,
        pids: dict[Term, int],
        context: frozenset[int],
        metonyms: dict[int, list[Claimant]],
    ) -> list[tuple[int, Claimant]]:
        def claimant(always: bool) -> Claimant:
            return Claimant(
                index,
                topic.name,
                topic.kind,
                topic.prior,
                topic.lineage,
                topic.countries,
                topic.homes,
                always,
                topic.capital,
                context,
                topic.towns,
            )

        for term in topic.metonyms:
            metonyms[pids[term]].append(claimant(False))
        if topic.kind not in PLACE_KINDS:
            return []
        return [(pids[t], claimant(t in topic.unambiguous)) for t in topic.aliases]

    def _pattern_ids(self, topic: RuleTopic) -> dict[Term, int]:
        pids: dict[Term, int] = {}
        # context outside the query is read only to let a lowercase acronym count
        wanted = (*topic.context, *topic.weak, *topic.support) if topic.weak else ()
        for term in (*terms(topic.query), *wanted):
            pattern = Pattern(
                term.words,
                term.prefix,
                term.exact,
                term in topic.aliases or term in topic.metonyms,
                metonym=term in topic.metonyms,
            )
            pids[term] = self._patterns.setdefault(pattern, len(self._patterns))
        return pids

    def __len__(self) -> int:
        return len(self._topics)

    def match(self, title: str, body: str, source: str = "") -> list[DirectMatch]:
        """The topics whose query holds for this text, in the order they were given."""
        return self.match_folded(folded_fields(title, body, source))

    def match_folded(self, fields: list[FoldedText]) -> list[DirectMatch]:
        """`match` on fields folded once by `folded_fields`, so the base rules and the
        personal alerts share one folding of the text."""
        found = self._matcher.find(fields)
        resolution = self._resolver.resolve(fields, found)
        confirmed = resolution.confirmed
        matches = []
        cited: dict[Occurrence, Evidence] = {}  # topics sharing a mention share its evidence
        for index, own in self._candidates(fields, found, found, resolution):
            topic = self._topics[index]
            occurrences = self._counted(topic, own, confirmed=index in confirmed)
            if occurrences is None:
                continue
            weight = 0.0
            for o in occurrences:  # loops, not generators: the hot path
                weight += FIELD_WEIGHTS[o[0]]
            evidence = []
            for o in occurrences[:MAX_EVIDENCE]:
                known = cited.get(o)
                if known is None:
                    known = cited[o] = _evidence(fields, o)
                evidence.append(known)
            matches.append(DirectMatch(topic.name, weight or 1.0, tuple(evidence)))
        return matches

    def trace(self, title: str, body: str, source: str = "") -> list[TopicTrace]:
        """Every candidate topic, held or not, with its evidence, its context and the
        mentions discounted for it (for `alerts topics explain`)."""
        fields = folded_fields(title, body, source)
        found = self._matcher.find(fields)
        raw = {pid: list(o) for pid, o in found.items()}
        resolution = self._resolver.resolve(fields, found)
        traces = []
        for index, own in self._candidates(fields, found, raw, resolution):
            topic = self._topics[index]
            counted = self._counted(topic, own, confirmed=index in resolution.confirmed)
            occurrences = counted or []
            weight = sum(FIELD_WEIGHTS[o[0]] for o in occurrences) or 1.0
            evidence = tuple(_evidence(fields, o) for o in occurrences[:MAX_EVIDENCE])
            context, discounted = self._why(topic, fields, own, raw, resolution, index)
            held = counted is not None
            traces.append(TopicTrace(topic.name, held, weight, evidence, context, discounted))
        return traces

    def _candidates(
        self,
        fields: list[FoldedText],
        found: dict[int, list[Occurrence]],
        mentioned: dict[int, list[Occurrence]],
        resolution: Resolution,
    ) -> list[tuple[int, TextHits]]:
        """The topics a mention triggers or a qualifier confirmed, in the order they were
        given, each with the hits it may count."""
        owners = self._owners
        lost = resolution.lost
        candidates = set(resolution.confirmed)  # "Lebanon, Pa." confirms Pennsylvania
        for pid in mentioned:
            candidates.update(owners[pid])
        hits = TextHits(fields, found)
        return [
            (i, hits if i not in lost else TextHits(fields, self._view(found, lost[i])))
            for i in sorted(candidates)
        ]

    @staticmethod
    def _view(
        found: dict[int, list[Occurrence]], lost: dict[Occurrence, str] | None
    ) -> dict[int, list[Occurrence]]:
        """`found` without the mentions this topic lost to a namesake."""
        if not lost:
            return found
        view = {}
        for pid, occurrences in found.items():
            kept = [o for o in occurrences if o not in lost]
            if kept:
                view[pid] = kept
        return view

    @staticmethod
    def _counted(topic: _Compiled, hits: TextHits, *, confirmed: bool) -> list[Occurrence] | None:
        """The mentions a topic counts, in text order, when it holds (or a qualifier
        `confirmed` it): its terms', else its lowercase acronyms' (see `_weak_held`);
        None when it does not hold. A plain OR holds exactly when it cites a mention, so
        its mentions are looked up once, for both."""
        found_at = hits.found
        occurrences = None
        if topic.check is None:
            occurrences = _cited(topic.evidence, found_at)
            held = bool(occurrences)
        else:
            held = found_at.keys() >= topic.required and topic.check(hits)
        weak = [] if held or confirmed or not topic.weak else _weak_held(topic, hits)
        if not (held or confirmed or weak):
            return None
        if occurrences is None:
            occurrences = _cited(topic.evidence, found_at)
        if len(occurrences) > 1:
            occurrences = sorted(set(occurrences))
        return occurrences or sorted(set(weak or _lowercase_mentions(topic.weak, hits)))

    def _why(
        self,
        topic: _Compiled,
        fields: Sequence[FoldedText],
        hits: TextHits,
        raw: dict[int, list[Occurrence]],
        resolution: Resolution,
        index: int,
    ) -> tuple[tuple[Evidence, ...], tuple[tuple[Evidence, str], ...]]:
        context = sorted({o for pid in topic.context for o in hits.found.get(pid, ())})
        mentioned = {o for pid in topic.evidence for o in raw.get(pid, ())}
        mentioned.update(o for pid in topic.weak for o in raw.get(pid, ()))
        reasons = dict(resolution.discounted)
        reasons.update(resolution.lost.get(index, {}))
        discounted = [(_evidence(fields, o), reasons[o]) for o in sorted(mentioned) if o in reasons]
        return tuple(_evidence(fields, o) for o in context[:MAX_EVIDENCE]), tuple(discounted)


def _weak_held(topic: _Compiled, hits: TextHits) -> list[Occurrence]:
    """The lowercase acronyms by which a topic whose rule does not hold holds beside strong
    context, or none: not when a rival sharing the acronym shows more of its own ("the icc
    confirmed the world cup final": the cricket council's). They are also its evidence."""
    found_at = hits.found
    lowercase = _lowercase_mentions(topic.weak, hits)
    if not lowercase:
        return []
    own = len(topic.strong & found_at.keys())
    strong = own + _body_words_after(lowercase, hits)
    held = strong >= STRONG_CONTEXT or bool(strong and _in_lowercase_field(lowercase, hits))
    if not held or any(len(r & found_at.keys()) > own for r in topic.rivals):
        return []
    return lowercase


def _with_rivals(topics: list[_Compiled]) -> list[_Compiled]:
    """The topics, each lowercase acronym's owner told the strong sets of the other topics
    that share it ("icc": the cricket council and the criminal court), so that the one
    whose own context the text shows more of reads it."""
    owners: dict[int, list[_Compiled]] = defaultdict(list)
    for topic in topics:
        for pid in topic.weak:
            owners[pid].append(topic)
    result = []
    for topic in topics:
        others = {id(o): o for pid in topic.weak for o in owners[pid] if o is not topic}
        rivals = tuple(o.strong for o in others.values())
        result.append(replace(topic, rivals=rivals) if rivals else topic)
    return result


def _cited(
    evidence: Mapping[int, frozenset[int]], found_at: Mapping[int, list[Occurrence]]
) -> list[Occurrence]:
    """The mentions of a topic's evidence terms in the fields searched, unordered. Walks the
    shorter of the two: a country has hundreds of aliases, a text a few hits."""
    cited = []
    if len(evidence) <= len(found_at):
        for pid, scope in evidence.items():  # loops, not comprehensions: the hot path
            for o in found_at.get(pid, ()):
                if o[0] in scope:
                    cited.append(o)
    else:
        for pid, occurrences in found_at.items():
            fields = evidence.get(pid)
            if fields is not None:
                for o in occurrences:
                    if o[0] in fields:
                        cited.append(o)
    return cited


def _body_words_after(lowercase: list[Occurrence], hits: TextHits) -> int:
    """How many terms of context the words around a lowercase acronym add: one when the next
    word is one an institution has or does ("un envoy", "eu leaders", "fbi arrests", "opec
    cuts") or a country's economy or politics ("uk inflation"), or when it opens its field
    as a headline's speaker or subject ("imf: growth to slow", "nhs to use ai"); two when
    the word after that is one too, as its people and what they do ("eu leaders agreed",
    "un inspectors said"), and one more when a word of joining or leaving comes before
    ("finland joins nato"). A band or a word of another language is seldom followed by one
    ("the band nato played")."""
    best = 0
    for index, start, end in lowercase:
        folded = hits.fields[index]
        text = folded.text
        following = text[end : end + 40].split()[:2]  # "opec+ agrees"
        words = 0
        if following and following[0] in AFTER_ACRONYM:
            words = 2 if len(following) > 1 and following[1] in AFTER_ACRONYM else 1
        elif _speaks(folded, start, end):
            words = 1
        before = text[max(0, start - 12) : start].split()[-1:]
        best = max(best, words + (bool(before) and before[0] in MEMBERSHIP_VERBS))
    return best


def _speaks(folded: FoldedText, start: int, end: int, *, future: bool = True) -> bool:
    """Whether the mention at folded `start:end` opens its field followed by a colon, as a
    headline names who speaks ("imf: global growth to slow"), or, when `future`, by what
    it will do ("nhs to use ai", "eu will ban")."""
    begin, finish = folded.span(start, end)
    if folded.source[:begin].strip():
        return False
    if folded.source[finish : finish + 1] == ":":
        return True
    return future and next_word(folded.text, end)[0] in HEADLINE_FUTURE


def _lowercase_mentions(weak: tuple[int, ...], hits: TextHits) -> list[Occurrence]:
    """The lowercase acronyms found, leaving out a capitalised word after "the": a name
    ("The Who announced a tour"), not "the who"; and an acronym that is an English word
    written alone unless, in lower case, it opens a statement (`_opens_statement`)."""
    mentions = []
    for pid in weak:
        for occurrence in hits.found.get(pid, ()):
            index, start, end = occurrence
            written = hits.fields[index].written(start, end)
            if _everyday(written):
                folded = hits.fields[index]
                if written[0].islower() and (
                    _opens_statement(folded, start, end)
                    or _speaks(folded, start, end, future=False)  # "who: measles cases up"
                ):
                    mentions.append(occurrence)
            elif len(written) == 1 or written[-1].islower():
                mentions.append(occurrence)
    return mentions


def _everyday(written: tuple[str, ...]) -> bool:
    """Whether a lowercase acronym's mention is an English word written alone ("who")."""
    return len(written) == 1 and written[0].casefold() in COMMON_WORDS


def _follows(word: str) -> frozenset[str]:
    """The words after which an acronym that is an English word opens a statement: what a
    body says or its people (`STATEMENT_WORDS`), or, after an object pronoun, which no
    statement opens with, anything an institution has or does or will do ("us slaps", "us
    troops", "us to raise tariffs")."""
    return PRONOUN_FOLLOWS if word in OBJECT_PRONOUNS else STATEMENT_WORDS


def _opens_statement(folded: FoldedText, start: int, end: int) -> bool:
    """Whether the word at `start:end` opens a sentence of a field written all in lower
    case, followed by a word it may open a statement with (`_follows`), in a sentence that
    is no question: where hurried copy puts an institution as the subject ("who warned of a
    measles surge."), and where the pronoun would ask ("who warned you?"). After a colon a
    headline asks ("Flu jabs: who can get one"), and a field with capitals would write the
    name so, unless the word is an object pronoun, which opens no statement in any case
    ("us slaps sanctions on Iran")."""
    begin, finish = folded.span(start, end)
    source = folded.source
    nxt, after = next_word(folded.text, end)
    word = folded.text[start:end]
    if nxt not in _follows(word):
        return False
    if word not in OBJECT_PRONOUNS and any(ch.isupper() for ch in source):
        return False
    if nxt == "to" and next_word(folded.text, after)[0] in ARTICLES:
        return False  # "us to the rescue": no verb, no future
    opens = not source[:begin].strip() or source[:begin].rstrip()[-1] == "."
    stop = STATEMENT_END.search(source, finish)
    return opens and (stop is None or stop.group() != "?")


def _in_lowercase_field(lowercase: list[Occurrence], hits: TextHits) -> bool:
    """Whether a lowercase acronym stands in a headline or a body written all in lower case
    ("eu to phase out russian gas", a live chat's "opec and its allies agreed to extend
    output cuts"): there, case says nothing, so one term of context is enough. Not for an
    acronym that is an English word, which such copy writes as often as ever ("who said
    what", "the who rules!"), unless it is an object pronoun where none stands (see
    `OBJECT_PRONOUNS`), nor for one joined to the next word, which may be a prefix ("my
    un-official guess")."""
    return any(_plain_lowercase(hits.fields[index], start, end) for index, start, end in lowercase)


def _plain_lowercase(folded: FoldedText, start: int, end: int) -> bool:
    """Whether the acronym at folded `start:end` stands alone in a field with no capital
    letter, and is no English word nor a file format's name (see `_in_lowercase_field`)."""
    if any(ch.isupper() for ch in folded.source):
        return False
    finish = folded.span(start, end)[1]
    written = folded.written(start, end)
    english = written[-1] in COMMON_WORDS | FILE_WORDS and not (
        written[-1] in OBJECT_PRONOUNS
        and (len(written) > 1 or _opens_statement(folded, start, end))
    )
    return not english and folded.source[finish : finish + 1] != "-"


def folded_fields(title: str, body: str, source: str = "") -> list[FoldedText]:
    """The title, body and source folded as the matcher reads them."""
    return [fold(title), fold(body), fold(source) if source else EMPTY]


def _evidence(fields: Sequence[FoldedText], occurrence: Occurrence) -> Evidence:
    index, start, end = occurrence
    folded = fields[index]
    begin, finish = folded.span(start, end)
    return Evidence(folded.source[begin:finish], FIELDS[index], begin, finish)
