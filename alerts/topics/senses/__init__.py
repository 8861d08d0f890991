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
   a comma, a dash, or a clause word such as "but", "while", "who"), never further, and a
   link denied "between" two things denies the second, not what was studied ("no link
   between the vaccine and fatigue" is about the vaccine); a cue
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
with none of the words, capitals or cues any check reads (`quiet`) skips them all, as most
mentions do.
"""

from __future__ import annotations

from alerts.topics.senses.people import lowercase_name, name_beside_place
from alerts.topics.senses.places import LOCALITY_HEADS, smaller_place
from alerts.topics.senses.reader import CUE_WORDS, MentionReader, attributive
from alerts.topics.senses.things import car_model
from alerts.topics.senses.words import (
    ARTICLES,
    COMMON_WORDS,
    DEMONYM_ENDINGS,
    DOMAIN_WORDS,
    GIVEN_NAMES,
    NOT_SURNAMES,
    everyday_words,
    given_names,
    is_demonym,
    is_title_case,
    next_word,
    word_set,
)

__all__ = [
    "ARTICLES",
    "COMMON_WORDS",
    "CUE_WORDS",
    "DEMONYM_ENDINGS",
    "DOMAIN_WORDS",
    "GIVEN_NAMES",
    "LOCALITY_HEADS",
    "NOT_SURNAMES",
    "MentionReader",
    "attributive",
    "car_model",
    "everyday_words",
    "given_names",
    "is_demonym",
    "is_title_case",
    "lowercase_name",
    "name_beside_place",
    "next_word",
    "smaller_place",
    "word_set",
]
