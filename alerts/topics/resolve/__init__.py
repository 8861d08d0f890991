"""Which topic each mention of a taxonomy alias is evidence for, decided before any topic's
rule is evaluated. The rules, in the order they apply to the matcher's hits:

1. Senses (see `senses`): a mention in a negated clause, an idiom, a period, a person's or a
   club's name is discounted for every topic it names, and so is a country's or a city's
   name that heads a county's or a street's ("Lebanon County", "Cuba Street"); a theme's
   word the headline uses and the body uses only to deny it is discounted in the headline
   too ("Measles scare": "did not have measles after all").
2. Metonymy: a place listed as a `metonym` of an institution ("Strasbourg" for the European
   Parliament) stands for that institution when the institution's context occurs in the text,
   or when the place acts as a government does ("Brussels has proposed", see rule 5): the
   seat speaks for what sits there, not for its host country. Several institutions may share
   a seat ("The Hague": both courts); each needs its own context, and one that acts goes to
   the first listed that is no court: courts rule, they do not say or warn, so "The Hague
   said" is the Dutch government; a national capital that acts is its own government
   ("Vienna summoned"), unless a union of its region sits there ("Brussels fined"). A seat
   followed by its town's own bodies ("The Hague district court", "Geneva police") is the
   place, and so is one that hosts ("Vienna hosted the talks"). The place itself (and so its
   country) is then discounted at that mention.
3. Demonyms: an ambiguous demonym, capitalised, names its most prominent country when what
   it qualifies, one word apart at most, is an economy, language, culture, geography,
   government, industry, sport or people word ("Guinean bauxite exports", "Polish
   shipyards"), or after the words that take a language ("lessons in Polish") or paired
   with another demonym ("Turkish and Polish"); not inside another demonym ("Latin
   American"). An ambiguous country name that no other place claims names it alike by what
   it owns, a compass word before it or what its government does ("Niger's junta",
   "eastern Turkey", "Turkey denied"). A name a country shares with a US state is the one
   whose kind owns what follows it ("Georgia's ruling party" is the country, "Georgia's
   governor" the state). Either is the country in a list beside a country named plainly
   ("Jordan and Egypt", "Ukraine, Georgia and Moldova"): a list names peers.
4. Qualifiers: "Athens, Georgia" or "Lebanon, Ohio": a place name followed by a comma and a
   subdivision or country (that ends no list of places), or after one and "city of" ("the
   Texas city of Paris"), is read as the namesake under that subdivision or country; when
   the taxonomy has none, the mention is discounted ("a place in Ohio") and the qualifier
   stands, read as a subdivision before a country ("Rome, Georgia"). A namesake in another
   state is no candidate ("Portland, Maine"). A US state's AP or postal abbreviation
   qualifies alike ("Athens, Ga.", "Paris, TX"), and so does a Canadian province's
   ("London, Ont."), and so does a British county, which no topic names: "Boston,
   Lincolnshire" is a town there (its British namesake, if any: "Portsmouth, Hampshire"),
   not the US city. A name that a subdivision shares with a country or a city, after a
   town the taxonomy does not have, is the subdivision ("Valdosta, Georgia", "Ithaca, New
   York"), unless the text holds another claimant's context.
5. Namesakes: a name claimed by several places (Athens in Greece and in Georgia, Georgia the
   country and the US state) goes to one of those whose rule could hold (an unambiguous
   alias, or an ambiguous one with its context present): the one with most of its ancestors
   among the other places of the text (or above the places teams are named after: "Georgia
   beat Alabama in Athens"), then the more prominent one (countries and regions, then
   subdivisions, then cities by population); the most prominent name is read first, and
   its reading places the names read after it ("Richmond and Vancouver": Vancouver is in
   Canada, so Richmond is too). A capital that acts is its government:
   followed by a government verb, maybe after auxiliaries or a subject joined by "and"
   ("Washington and Moscow agreed", "Beijing has warned"), or by its bare form after a
   modal ("Washington will loosen"), or granting a deadline ("Brussels gave Warsaw until
   March"), and after no preposition, or
   named where an envoy goes ("recalled its ambassador from Washington"). A city whose
   country has a smaller town of its name in a subdivision the text names, while it names
   none of the city's own, is that town: "Portland" beside "Maine" is not in Oregon.

The result says, per mention, why it was discounted, and per topic which mentions it lost
to a namesake, so `alerts topics explain` can show both.
"""

from __future__ import annotations

from alerts.topics.resolve.claims import (
    Claimant,
    Resolution,
    group_claims,
    place_claimants,
    prior_of,
)
from alerts.topics.resolve.resolver import SenseResolver
from alerts.topics.resolve.words import PLACE_KINDS

__all__ = [
    "PLACE_KINDS",
    "Claimant",
    "Resolution",
    "SenseResolver",
    "group_claims",
    "place_claimants",
    "prior_of",
]
