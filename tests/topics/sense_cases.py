"""Hand-written disambiguation cases for the senses that are not places: negation and
denial, names that are not places, lowercase acronyms, and story themes. Each row is a
title, a body, topics that must be tagged and topics that must not. About half the rows of
each kind keep a topic tagged, so a rule that discounts too much fails as surely as one
that discounts too little."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any
from unittest.mock import patch

import pytest

from alerts.topics.classifier import default_classifier
from alerts.topics.senses import reader
from alerts.topics.taxonomy import bundled_taxonomy

Case = tuple[str, str, tuple[str, ...], tuple[str, ...]]  # title, body, tagged, not tagged

NEGATION: list[Case] = [
    (
        "Warehouse fire",
        "Officials said the fire was not linked to any militant group, including the Taliban.",
        (),
        ("Taliban",),
    ),
    (
        "Raid",
        "Police said the cell had no links to foreign groups such as Hezbollah or Hamas.",
        (),
        ("Hezbollah", "Hamas"),
    ),
    (
        "Border clash",
        "The Taliban denied the report, and Pakistan, including its army, blamed Kabul.",
        ("Pakistan",),
        (),
    ),
    (
        "Arson inquiry",
        "Investigators found no links between the arson and Hamas, the prosecutor said.",
        (),
        ("Hamas",),
    ),
    (
        "Leeds stabbing",
        "Police have ruled out terrorism as a motive for the stabbing in Leeds.",
        ("Leeds",),
        ("Terrorism",),
    ),
    (
        "Coup attempt",
        "The junta denied any involvement of the Wagner Group in the failed coup.",
        ("Coups",),
        ("Wagner Group",),
    ),
    (
        "Airline outage",
        "The airline said the outage was not related to a cyberattack.",
        ("Aviation",),
        ("Cybersecurity",),
    ),
    (
        "Reactors stay open",
        "Unlike Germany, France has kept its nuclear power plants running.",
        ("France", "Nuclear power"),
        ("Germany",),
    ),
    (
        "Cable damage",
        "There is no evidence that Russia was behind the cable damage, Finnish officials said.",
        ("Finland",),
        ("Russia",),
    ),
    (
        "Lyon blast",
        "Police said the explosion in Lyon was not a terrorist attack but a gas leak.",
        ("Lyon", "France"),
        ("Terrorism",),
    ),
    (
        "Blackout cause",
        "A grid operator spokesman said the blackout had nothing to do with sabotage by Russia.",
        (),
        ("Russia",),
    ),
    (
        "Suspect profile",
        "Police said the suspect had no ties to Islamic State and acted alone.",
        (),
        ("Islamic State",),
    ),
    (
        "Attack blame",
        "Hamas was not behind the attack, Israeli intelligence concluded.",
        ("Israel",),
        ("Hamas",),
    ),
    (
        "March organisers",
        "The group, which is not affiliated with Hezbollah, organised the march in Sidon.",
        (),
        ("Hezbollah",),
    ),
    (
        "Host chosen",
        "Turkey, rather than Greece, will host the next round of talks.",
        ("Turkey",),
        ("Greece",),
    ),
    (  # a double negation is no denial
        "Talks possible",
        "Iran did not rule out talks with the United States, its foreign minister said.",
        ("Iran", "United States"),
        (),
    ),
    (  # "not only ... but also" adds, it does not deny
        "Heat records",
        "The heatwave broke records not only in Spain but also in Portugal.",
        ("Spain", "Portugal", "Heatwaves"),
        (),
    ),
    (  # the one who denies is what the story is about
        "Ukraine denies",
        "Ukraine denied any role in the drone attack on the refinery near Moscow.",
        ("Ukraine", "Russia"),
        (),
    ),
    (  # a negated predicate says something about its subject
        "Summit snub",
        "Russia was not invited to the peace summit in Switzerland.",
        ("Russia", "Switzerland"),
        (),
    ),
    (
        "Strike on Kharkiv",
        "There were no casualties in the missile strike on Kharkiv, the governor said.",
        ("Kharkiv", "Ukraine"),
        (),
    ),
    (  # denial in one clause, the group named as the actor in the next
        "Rocket fire",
        "Hezbollah denied firing the rockets, but Israel said the group launched them "
        "from southern Lebanon.",
        ("Hezbollah", "Israel", "Lebanon"),
        (),
    ),
    (
        "Bombing claimed",
        "No group has claimed the bombing in Mogadishu, which officials blamed on al-Shabaab.",
        ("al-Shabaab", "Somalia"),
        (),
    ),
    (
        "Ship seized",
        "Contrary to earlier reports, the tanker was not carrying weapons for the Houthis.",
        (),
        ("Houthis",),
    ),
    (
        "Fire cause",
        "Officials ruled out arson and said there was no sign of a terrorist attack.",
        (),
        ("Terrorism",),
    ),
    (
        "Probe widens",
        "Prosecutors in Paris said they had found no evidence of Chinese involvement.",
        ("France",),
        ("China",),
    ),
    (  # the negation is in another sentence
        "Raid in Kabul",
        "The Taliban raided the compound in Kabul. No one was hurt.",
        ("Taliban", "Afghanistan"),
        (),
    ),
    (
        "Ceasefire holds",
        "Israel and Hamas did not fire a single shot overnight as the ceasefire held.",
        ("Israel", "Hamas", "Peace talks"),
        (),
    ),
    (
        "Mall fire",
        "Fire officials ruled out arson and a gas explosion at the mall in Lagos.",
        ("Lagos", "Nigeria"),
        (),
    ),
    (
        "Hack denied",
        "Beijing has denied any involvement in the hacking of the ministry's servers.",
        ("China",),
        (),
    ),
    (
        "Probe",
        "The FBI said the gunman had no known links to any terrorist group.",
        ("FBI",),
        ("Terrorism",),
    ),
    (
        "Cartel",
        "Mexican prosecutors said the killings were not connected to the Sinaloa Cartel.",
        ("Mexico",),
        (),
    ),
    (
        "Plane crash",
        "Investigators said there was no indication of a missile strike on the plane.",
        (),
        ("Missile attacks",),
    ),
    ("Blast", "Authorities said they had not yet ruled out terrorism.", ("Terrorism",), ()),
    (
        "Drone",
        "Officials said the drone was not Iranian-made, contrary to earlier claims.",
        (),
        ("Iran",),
    ),
    (
        "Vote",
        "Unlike Poland, Hungary voted against the sanctions package.",
        ("Hungary", "Sanctions"),
        ("Poland",),
    ),
    (
        "Arrests",
        "Police arrested three men but said there was no evidence of a link to al-Qaeda.",
        ("Police",),
        ("Al-Qaeda",),
    ),
    (
        "Aid",
        "The UN said the convoy, not Hamas, had been targeted in Rafah.",
        ("United Nations",),
        (),
    ),
    (
        "Statement",
        "The Kremlin did not deny that Russian troops had crossed into Belarus.",
        ("Russia", "Belarus"),
        (),
    ),
    (
        "Outbreak",
        "Health officials said the illness was not Ebola but a form of malaria.",
        ("Infectious diseases",),
        (),
    ),
    (
        "Tanker",
        "Greek officials said the tanker seized off Crete had no links to Iran.",
        ("Greece",),
        ("Iran",),
    ),
    (
        "Knife attack",
        "Prosecutors said the knife attack in Munich was not terror-related.",
        ("Munich", "Germany"),
        ("Terrorism",),
    ),
    (
        "Clarify",
        "The ministry said the strike was carried out by Israel, not by the United States.",
        ("Israel",),
        (),
    ),
    (
        "Arson probe",
        "Police found no links between the attack in Paris and Hamas.",
        ("France",),
        ("Hamas",),
    ),
    (
        "Strike denied",
        "Officials denied any role in the strike in southern Lebanon.",
        ("Lebanon",),
        (),
    ),
    ("Host named", "Kenya, not Ethiopia, will host the summit.", ("Kenya",), ("Ethiopia",)),
    (
        "Blast rumours",
        "Officials debunked claims that Ukraine was behind the blast.",
        (),
        ("Ukraine",),
    ),
    (
        "Fire cause",
        "The fire was caused by faulty wiring, not by an Israeli strike.",
        (),
        ("Israel",),
    ),
    ("Poll", "Not all Syrians welcome the change, a poll found.", ("Syria",), ()),
    (
        "Talks",
        "Russia and Ukraine held talks; Belarus did not take part.",
        ("Russia", "Ukraine", "Belarus"),
        (),
    ),
    (
        "Refinery fire",
        "The company said the refinery fire was not the result of a drone attack by Ukraine.",
        (),
        ("Ukraine",),
    ),
    ("Embassy", "Police found no evidence linking the embassy attack to Iran.", (), ("Iran",)),
    ("Ship", "The navy said the ship had not been hit by a Houthi missile.", (), ("Houthis",)),
    (
        "Unrest",
        "Officials blamed Russia for the unrest, though Moscow denied involvement.",
        ("Russia",),
        (),
    ),
    (
        "Derailment",
        "The derailment was not sabotage, the rail operator said, ruling out any Russian role.",
        ("Rail transport",),
        ("Russia",),
    ),
    (
        "Talks",
        "China has not ruled out attending the peace summit in Geneva.",
        ("China", "Switzerland"),
        (),
    ),
    (
        "Militants",
        "The army said the attackers belonged to the Pakistani Taliban, not to Islamic State.",
        (),
        ("Islamic State",),
    ),
    ("Denial", "Hamas has denied that it holds the two hostages.", ("Hamas",), ()),
    (
        "Accusation",
        "Israel accused Hezbollah of firing the rockets, which the group denied.",
        ("Israel", "Hezbollah"),
        (),
    ),
    (
        "Finance",
        "Unlike the Fed, the European Central Bank cut rates.",
        ("European Central Bank",),
        (),
    ),
    (
        "Synagogue attack",
        "Prosecutors said they had found no evidence tying the gunman to Hezbollah.",
        (),
        ("Hezbollah",),
    ),
    (
        "Drone sighting",
        "It is unclear whether the drones that hit the tanker were launched by the Houthis.",
        (),
        ("Houthis",),
    ),
    (
        "Pipeline blast",
        "It was not immediately known if the blast was the work of the PKK.",
        (),
        ("PKK",),
    ),
    (
        "Growth outlook",
        "Economists ruled out a recession in Germany this year.",
        ("Germany",),
        (),
    ),
    (
        "Tanker seized",
        "Iran denied any role in the seizure of the tanker.",
        ("Iran",),
        (),
    ),
    (
        "Charity case",
        "A judge threw out allegations that the charity funnelled money to Hezbollah.",
        (),
        ("Hezbollah",),
    ),
    (
        "Hospital hack",
        "The ransomware attack on the hospital was not the work of North Korean hackers, officials said.",
        (),
        ("North Korea",),
    ),
    (
        "Monsoon",
        "Unlike Bangladesh, Nepal escaped the worst of the monsoon floods.",
        ("Nepal", "Floods"),
        ("Bangladesh",),
    ),
    (
        "Commander killed",
        "The army said the commander killed in Idlib was a senior member of Hayat Tahrir al-Sham.",
        ("Hayat Tahrir al-Sham", "Idlib"),
        (),
    ),
    (
        "Embassy protest",
        "Protesters outside the embassy said they were not affiliated with the Muslim Brotherhood.",
        (),
        ("Muslim Brotherhood",),
    ),
    (
        "Nairobi bombing",
        "Police have not ruled out a link to al-Shabaab after the bombing in Nairobi.",
        ("al-Shabaab", "Nairobi"),
        (),
    ),
    (
        "Mall shooting",
        "It remains unclear whether Islamic State inspired the gunman.",
        (),
        ("Islamic State",),
    ),
    (
        "Factory explosion",
        "Authorities said the factory explosion was an accident and not an act of terrorism.",
        (),
        ("Terrorism",),
    ),
    (
        "Breach",
        "Microsoft said there was no indication that Chinese state hackers were involved.",
        ("Microsoft",),
        ("China",),
    ),
    (
        "Ceasefire talks",
        "Hamas said it had not received the new proposal from Egyptian mediators.",
        ("Hamas", "Egypt"),
        (),
    ),
    (
        "Strike on camp",
        "Israel said the strike in Lebanon was not aimed at civilians.",
        ("Israel", "Lebanon"),
        (),
    ),
    (
        "Arrests",
        "Prosecutors dropped charges that the two men had helped al-Qaeda recruit fighters.",
        (),
        ("Al-Qaeda",),
    ),
    (
        "Port blast",
        "Officials stressed there was no suggestion that Hezbollah had stored the chemicals.",
        (),
        ("Hezbollah",),
    ),
    (
        "Convoy ambush",
        "It is not yet clear whether Boko Haram or a rival faction carried out the ambush.",
        (),
        ("Boko Haram",),
    ),
    (
        "Court ruling",
        "The court acquitted the imam of charges that he raised funds for Islamic State.",
        (),
        ("Islamic State",),
    ),
    (
        "Talks",
        "Pakistan's army has not denied that it held talks with the Pakistani Taliban.",
        ("Pakistani Taliban",),
        (),
    ),
    (
        "Outage",
        "The grid operator said the blackout had nothing to do with Russian hackers.",
        (),
        ("Russia",),
    ),
    (
        "Sanctions",
        "Rather than Iran, the report blames Houthi commanders for the attacks.",
        ("Houthis",),
        ("Iran",),
    ),
    (
        "Cargo ship",
        "The shipping firm said the fire on board was not related to the Houthi attacks.",
        (),
        ("Houthis",),
    ),
    (
        "Assassination",
        "Tehran denied any role in the killing of the dissident in Istanbul.",
        ("Iran", "Istanbul"),
        (),
    ),
    (
        "Growth",
        "Unlike Japan, South Korea avoided a recession.",
        ("South Korea",),
        ("Japan",),
    ),
    (
        "Kidnapping",
        "It is not known if the kidnappers belong to JNIM, a local official said.",
        (),
        ("JNIM",),
    ),
    (
        "Rally",
        "Organisers said the march was not affiliated with Hamas.",
        (),
        ("Hamas",),
    ),
    (
        "Strike",
        "The army confirmed that Hezbollah fired the rockets.",
        ("Hezbollah",),
        (),
    ),
    (
        "Shooting",
        "Detectives said the gunman had no known ties to al-Qaeda or any other group.",
        (),
        ("Al-Qaeda",),
    ),
    (
        "Sabotage",
        "Norway said it was unclear if Russia was behind the cable damage.",
        ("Norway",),
        ("Russia",),
    ),
    (
        "Bank hack",
        "The bank rejected reports that North Korean hackers stole $40m.",
        (),
        ("North Korea",),
    ),
    (
        "Raid",
        "Troops killed two Houthis in a raid near Hodeidah, the coalition said.",
        ("Houthis", "Hodeidah"),
        (),
    ),
    (
        "Bombing",
        "Investigators said they could not rule out that the PKK planted the bomb.",
        ("PKK",),
        (),
    ),
    (
        "Blast",
        "Whether Hamas was involved remains unclear.",
        (),
        ("Hamas",),
    ),
    (
        "Blast",
        "It was unclear who fired the rockets, but Israel blamed Hezbollah.",
        ("Israel", "Hezbollah"),
        (),
    ),
    (
        "Attack",
        "It is not clear whether the gunmen were members of al-Shabaab.",
        (),
        ("al-Shabaab",),
    ),
    (
        "Hack",
        "Officials could not say if Chinese hackers were responsible.",
        (),
        ("China",),
    ),
    (
        "Trial",
        "The jury cleared him of supporting the PKK.",
        (),
        ("PKK",),
    ),
    (
        "Trial",
        "Prosecutors say the men were members of the PKK, which they deny.",
        (),
        (),
    ),
    (
        "Attack",
        "The attack was not claimed, though officials suspect Islamic State.",
        ("Islamic State",),
        (),
    ),
]

NAMES: list[Case] = [
    ("Council", "Kingston upon Thames council raised parking fees.", (), ("Jamaica",)),
    ("Romcom", "Dakota Johnson stars in the new romantic comedy.", (), ("North Dakota",)),
    (
        "Fashion week",
        "Austin Butler was spotted at a fashion show in Paris.",
        ("France",),
        ("Austin", "Texas"),
    ),
    (
        "Wedding",
        "Brooklyn Beckham married his fiancee in Florida.",
        ("Florida",),
        ("New York City", "New York (state)"),
    ),
    (
        "Premier League",
        "Manchester United beat Everton 2-0 at Old Trafford on Sunday.",
        ("Football",),
        ("Manchester", "England"),
    ),
    ("Album", "Paris Jackson released her second album on Friday.", ("Music",), ("France",)),
    (
        "Cast",
        "Florence Pugh and Orlando Bloom join the cast of the thriller.",
        (),
        ("Florence", "Italy", "Orlando", "Florida"),
    ),
    ("Title fight", "Israel Adesanya lost his UFC title in Perth.", ("Australia",), ("Israel",)),
    (
        "Morning show",
        "Savannah Guthrie returned to host the morning show.",
        (),
        ("Savannah", "Georgia (US state)"),
    ),
    ("Designer", "Victoria Beckham opened a boutique in London.", ("London",), ("Victoria",)),
    (
        "Oscars",
        "Denzel Washington won praise for his role in the film.",
        ("Film",),
        ("Washington, D.C.", "Washington (state)"),
    ),
    ("Courage", "He downed a glass of Dutch courage before the speech.", (), ("Netherlands",)),
    (
        "Office rumours",
        "By the time it reached the board, the plan had gone through Chinese whispers.",
        (),
        ("China",),
    ),
    ("Sweets", "The shop sells Turkish delight and baklava.", (), ("Turkey",)),
    ("School menu", "Chicken Kiev was on the school menu again this week.", (), ("Ukraine",)),
    ("Garden", "Lima beans are easy to grow in a warm garden.", (), ("Peru", "Lima")),
    ("Pantry", "A bag of Brazil nuts costs more this year.", (), ("Brazil",)),
    ("Stew", "Add a chile pepper and simmer the beans for an hour.", (), ("Chile",)),
    ("Pudding", "The chef finished with a baked Alaska at the table.", (), ("Alaska",)),
    (
        "Ozone",
        "The Montreal Protocol phased out ozone-depleting chemicals.",
        (),
        ("Canada", "Montreal"),
    ),
    (
        "Peace process",
        "The Oslo Accords were meant to lead to a Palestinian state.",
        ("Palestine",),
        ("Norway", "Oslo"),
    ),
    (
        "Ceasefire",
        "Russia and Ukraine signed the Minsk agreements to end the fighting in the Donbas.",
        ("Russia", "Ukraine"),
        ("Belarus",),
    ),
    (
        "Talks in Minsk",
        "Opposition leaders were arrested in Minsk after the disputed election.",
        ("Minsk", "Belarus"),
        (),
    ),
    (
        "Copper",
        "Chile's copper output rose as mines in the Atacama reopened.",
        ("Chile",),
        (),
    ),
    ("Bunker", "The council sold a Cold War-era bunker to a developer.", (), ("Russia",)),
    (
        "Veteran",
        "A Korean War veteran turned 100 on Saturday.",
        (),
        ("South Korea", "Korean Peninsula"),
    ),
    ("Syndrome", "The hostage later showed signs of Stockholm syndrome.", (), ("Sweden",)),
    (
        "Golf recall",
        "Volkswagen recalled 50,000 Golf hatchbacks over faulty airbags.",
        (),
        ("Golf",),
    ),
    ("Jazz win", "The Utah Jazz beat the Lakers 118-110 on Tuesday.", (), ("Music",)),
    (
        "Hockey",
        "The Carolina Hurricanes beat the Rangers 4-2 to level the series.",
        (),
        ("Hurricanes",),
    ),
    (
        "Avalanche",
        "The Colorado Avalanche beat the Stars 3-1 in Denver on Monday.",
        (),
        ("Disasters",),
    ),
    (
        "MLS",
        "Inter Miami beat LA Galaxy 3-1 in front of a sellout crowd.",
        (),
        ("Astronomy and space",),
    ),
    ("Browser", "The Opera browser added a built-in AI assistant.", (), ("Opera",)),
    ("Comets", "The Comets won the league title on Saturday.", (), ("Astronomy and space",)),
    (  # the place itself
        "Floods in Austin",
        "Flash floods closed roads in Austin and San Antonio.",
        ("Austin", "Texas"),
        (),
    ),
    (  # the country itself, with a demonym
        "Dutch election",
        "Dutch voters go to the polls on Wednesday.",
        ("Netherlands", "Elections"),
        (),
    ),
    (
        "Hail storm",
        "Hailstones the size of golf balls smashed windows in Dallas.",
        ("Dallas",),
        ("Golf",),
    ),
    (
        "Red carpet",
        "Sydney Sweeney and Kenya Barris attended the gala in New York.",
        (),
        ("Kenya", "Sydney"),
    ),
    ("Transfer", "Jordan Henderson signed for Ajax on a two-year deal.", (), ("Jordan",)),
    ("Derby", "Arsenal beat Tottenham 3-1 in the north London derby.", ("Football",), ()),
    ("Cup tie", "Celtic beat Rangers 2-0 at Hampden.", (), ()),
    (
        "Dinner",
        "The menu included Peking duck and Brussels sprouts.",
        (),
        ("Beijing", "Belgium", "Brussels"),
    ),
    ("Roulette", "Investors are playing Russian roulette with their savings.", (), ("Russia",)),
    ("Soviet-era", "The city is replacing its Soviet-era trams.", (), ("Russia",)),
    ("Gulf War", "A Gulf War veteran ran for the Senate in Ohio.", ("Ohio",), ("Gulf States",)),
    ("Lincoln", "Abraham Lincoln's letters went on show in Chicago.", ("Chicago",), ("Lincoln",)),
    (
        "Phoenix",
        "The Phoenix Suns signed a new point guard.",
        ("Basketball",),
        ("Phoenix", "Arizona"),
    ),
    (
        "Warriors",
        "The Golden State Warriors beat the Boston Celtics.",
        ("Basketball",),
        ("Boston",),
    ),
    (
        "Mercury",
        "The band won the Mercury Prize for their debut album.",
        ("Music",),
        ("Astronomy and space",),
    ),
    ("Storm", "The Seattle Storm beat the Las Vegas Aces 85-80.", (), ("Weather", "Las Vegas")),
    ("Transfer news", "Atletico Madrid signed a striker from Benfica.", ("Football",), ("Madrid",)),
    (
        "Georgia May",
        "Georgia Hirst and Chelsea Peretti host the podcast.",
        (),
        ("Georgia", "Georgia (US state)"),
    ),
    (
        "Ruling",
        "In a blow to the league, The Supreme Court ruled against the NCAA on Monday.",
        ("Courts and justice",),
        (),
    ),
    (
        "Storm delays match",
        "The Miami Hurricanes game was moved as Hurricane Milton neared Florida.",
        ("Hurricanes", "Florida"),
        (),
    ),
    (
        "Deep field",
        "The telescope spotted a new galaxy near the Milky Way.",
        ("Astronomy and space",),
        (),
    ),
    ("Lineup", "Chelsea Handler and Jordan Peele will host the awards.", (), ("Jordan",)),
    ("Gig", "Kingston upon Hull hosted the band's first gig.", (), ()),
    ("Derby", "Liverpool beat Everton 2-0 at Anfield.", ("Football",), ()),
    ("Baseball", "The Texas Rangers beat the Houston Astros 5-3.", ("Baseball",), ()),
    (
        "Fries",
        "The chain added French fries and Danish pastries to its menu.",
        (),
        ("France", "Denmark"),
    ),
    (
        "Inquiry",
        "The inquiry turned into a Spanish Inquisition, the MP complained.",
        (),
        ("Spain",),
    ),
    ("Era", "A Vietnam War veteran led the parade in Chicago.", ("Chicago",), ("Vietnam",)),
    ("Phone", "Apple's new iPhone Air weighs 165 grams.", ("Smartphones",), ()),
    ("Jets", "The Winnipeg Jets beat the Oilers in overtime.", ("Ice hockey",), ()),
    (
        "Premiere",
        "Sydney Sweeney and Glen Powell walked the red carpet.",
        (),
        ("Sydney",),
    ),
    (
        "Broadway revival",
        "A revival of Tennessee Williams's classic opens on Broadway.",
        (),
        ("Tennessee",),
    ),
    (
        "Transfer",
        "Aston Villa signed a striker from Leeds United.",
        (),
        ("Leeds",),
    ),
    (
        "Bond auction",
        "Traders said the auction felt like a game of Russian roulette.",
        (),
        ("Russia",),
    ),
    (
        "Honoured",
        "A Vietnam War veteran was honoured in Ohio.",
        ("Ohio",),
        ("Vietnam",),
    ),
    (
        "Lecture tour",
        "Jordan Peterson's lecture tour sold out in minutes.",
        (),
        ("Jordan",),
    ),
    (
        "UFC",
        "Israel Adesanya won by knockout in the second round.",
        (),
        ("Israel",),
    ),
    (
        "Serie A",
        "Inter Milan drew 1-1 with Napoli on Sunday.",
        (),
        ("Milan",),
    ),
    (
        "NBA",
        "The Denver Nuggets beat the Phoenix Suns 112-108.",
        ("Basketball",),
        ("Denver", "Phoenix"),
    ),
    (
        "Quitting",
        "He went cold turkey after twenty years of smoking.",
        (),
        ("Turkey",),
    ),
    (
        "Jurors",
        "The technical evidence was all Greek to the jurors.",
        (),
        ("Greece",),
    ),
    (
        "Tour",
        "Florence Welch announced a world tour.",
        (),
        ("Florence",),
    ),
    (
        "Boutique",
        "Victoria Beckham opened a boutique in New York.",
        (),
        ("Victoria",),
    ),
    (
        "Pier",
        "The Victorian pier was damaged by storms.",
        (),
        ("Victoria",),
    ),
    (
        "Album",
        "Paris Jackson released her second album.",
        (),
        ("Paris", "France"),
    ),
    (
        "Museum",
        "The museum restored a Soviet-era tram.",
        (),
        ("Russia",),
    ),
    (
        "Floods",
        "Floods hit Florence after heavy rain.",
        ("Florence", "Italy"),
        (),
    ),
    (
        "Gig",
        "Indie band the Satellites headline the festival.",
        (),
        ("Space exploration", "Astronomy and space"),
    ),
    (
        "Evacuation",
        "Residents of the Florida Keys were told to leave before the storm.",
        ("Florida",),
        (),
    ),
    (
        "Utility",
        "Southern California Edison cut power to 50,000 homes.",
        ("California",),
        (),
    ),
    (
        "Broadway",
        "The Tennessee Titans beat the Houston Texans 20-17.",
        (),
        ("Tennessee",),
    ),
    (
        "Mayor",
        "Georgia Stevens, the mayor, opened the new library.",
        (),
        ("Georgia", "Georgia (US state)"),
    ),
    (
        "Lawmakers",
        "Ohio Republicans passed the bill on Tuesday.",
        ("Ohio",),
        (),
    ),
    (
        "Vote",
        "Virginia Democrats won control of the House of Delegates.",
        ("Virginia",),
        (),
    ),
    (
        "Oscars",
        "Dakota Fanning and Austin Butler presented the award.",
        (),
        ("Austin",),
    ),
    (
        "Derby",
        "Everton beat Liverpool 2-1 at Goodison Park.",
        ("Football",),
        ("Liverpool",),
    ),
    (
        "Drinks",
        "Guests were served Irish coffee after dinner.",
        (),
        ("Ireland",),
    ),
    (
        "Veterans",
        "A Korean War memorial was unveiled in Texas.",
        ("Texas",),
        ("South Korea", "North Korea"),
    ),
    (
        "Launch",
        "Samsung unveiled the Galaxy Z Fold at its event in Seoul.",
        ("Samsung", "Seoul"),
        ("Astronomy and space",),
    ),
    (
        "Author",
        "Georgia Hunter's debut novel became a bestseller.",
        (),
        ("Georgia", "Georgia (US state)"),
    ),
    (
        "Baseball",
        "The Houston Astros beat the Texas Rangers 5-2.",
        ("Baseball",),
        ("Houston",),
    ),
    (
        "Cooking",
        "Serve the Turkish delight with coffee.",
        (),
        ("Turkey",),
    ),
    (
        "Retail",
        "Lush opened a new store in Florence.",
        ("Florence", "Italy"),
        (),
    ),
    (
        "Family",
        "Brooklyn Beckham and his wife bought a house in Beverly Hills.",
        (),
        (),
    ),
    (
        "Wedding",
        "Brooklyn Peltz and her husband attended the gala.",
        (),
        (),
    ),
    (
        "Transfer",
        "Chelsea signed the Brazil winger for £50m.",
        ("Football",),
        (),
    ),
    (
        "Idiom",
        "The negotiations turned into a Mexican standoff.",
        (),
        ("Mexico",),
    ),
    (
        "Actor",
        "Jordan Peele's new horror film opens on Friday.",
        ("Film",),
        ("Jordan",),
    ),
    (
        "History",
        "A Cold War-era nuclear bunker in Essex is for sale.",
        (),
        ("Russia",),
    ),
]

CASE: list[Case] = [
    (
        "the fbi arrested a man who threatened to bomb a school",
        "",
        ("FBI",),
        (),
    ),
    (
        "isis claims responsibility for attack on checkpoint near raqqa",
        "",
        ("Islamic State", "Raqqa"),
        (),
    ),
    (
        "nato allies pledge air defence for ukraine",
        "Defence ministers of the alliance met in Brussels and agreed to send more Patriot "
        "systems to Kyiv.",
        ("NATO", "Ukraine"),
        (),
    ),
    (
        "fbi searches home of former adviser",
        "Federal agents searched the house as part of a Justice Department investigation.",
        ("FBI",),
        (),
    ),
    (
        "cia chief makes secret visit to kyiv",
        "The spy agency's director met Ukrainian intelligence officials, US officials said.",
        ("CIA",),
        (),
    ),
    (
        "opec+ agrees deeper output cut",
        "Oil producers led by Saudi Arabia agreed to cut crude production by a million "
        "barrels per day.",
        ("OPEC",),
        (),
    ),
    (
        "imf approves $3bn loan for pakistan",
        "The fund's board approved the bailout after Islamabad raised taxes.",
        ("IMF", "Pakistan"),
        (),
    ),
    (
        "nasa delays crewed moon mission",
        "The space agency said the astronauts would now fly in 2027.",
        ("NASA",),
        (),
    ),
    (
        "ecb holds rates as inflation cools",
        "Policymakers in Frankfurt kept the deposit rate at 2 percent as euro zone "
        "inflation eased.",
        ("European Central Bank",),
        (),
    ),
    (
        "nba finals: celtics beat mavericks",
        "Boston took a 2-0 lead in the best-of-seven series with a 105-98 win.",
        ("Basketball",),
        (),
    ),
    (
        "fifa opens disciplinary case",
        "Football's world governing body charged the federation after fans invaded the pitch "
        "at the World Cup qualifier.",
        ("Football",),
        (),
    ),
    (
        "ukraine says russian drones hit odesa port",
        "Grain silos were damaged overnight.",
        ("Ukraine", "Russia"),
        (),
    ),
    (
        "idf says it killed hamas commander in gaza",
        "The Israeli military said the strike targeted a senior commander.",
        ("Israel Defense Forces", "Hamas"),
        (),
    ),
    (
        "who warns of cholera surge",
        "The World Health Organization said cases rose in Sudan and Yemen.",
        ("World Health Organization",),
        (),
    ),
    (
        "Isis flower shop opens",
        "The isis florist opened a second branch on the high street.",
        (),
        ("Islamic State",),
    ),
    (
        "Temple restored",
        "Restorers finished work on the temple of Isis at Philae in Egypt.",
        ("Egypt",),
        ("Islamic State",),
    ),
    (
        "Club culture",
        "Attacking football is in the club's dna, the coach said.",
        ("Football",),
        ("Biology",),
    ),
    (
        "turkish jets strike pkk targets in iraq",
        "The defence ministry said militants were killed in the strikes in northern Iraq.",
        ("PKK", "Iraq"),
        (),
    ),
    (
        "Nato in Europe",
        "Nato leaders met in The Hague.",
        ("NATO",),
        (),
    ),
    (
        "Band tour",
        "The band announced a world tour after years of silence.",
        ("Music",),
        ("Islamic State",),
    ),
    (
        "nhs waiting lists grow",
        "Hospitals in England reported longer waits for routine operations, the health "
        "secretary said.",
        ("Health policy",),
        (),
    ),
    (
        "Chip maker",
        "Shares of tsmc rose after it reported record quarterly profit.",
        ("Earnings",),
        (),
    ),
    (
        "un security council meets",
        "The council discussed the war in Sudan.",
        ("Sudan",),
        (),
    ),
    (
        "un envoy warns of famine in gaza",
        "The world body's humanitarian chief said aid was blocked.",
        ("Gaza",),
        (),
    ),
    (
        "iaea inspectors return to iran",
        "The nuclear watchdog said its inspectors visited the enrichment site.",
        ("IAEA", "Iran"),
        (),
    ),
    (
        "bjp wins state election",
        "Modi's party took 120 of 200 seats in the assembly.",
        ("BJP",),
        (),
    ),
    (
        "nfl suspends player",
        "The league said the quarterback violated its conduct policy.",
        ("American football",),
        (),
    ),
    (
        "wto panel rules against tariffs",
        "The trade body's dispute panel in Geneva found the tariffs broke the rules.",
        ("WTO",),
        (),
    ),
    (
        "irgc seizes tanker",
        "Iran's Revolutionary Guards said they seized the ship in the Gulf.",
        ("Iran",),
        (),
    ),
    ("ceo quits", "The company said its chief executive resigned.", ("Business",), ()),
    ("Snap", "She loves her cia card.", (), ("CIA",)),
    ("Salsa night", "The imf dance club opened in town.", (), ("IMF",)),
    (
        "fifa world cup draw",
        "Football's governing body drew the groups in Washington.",
        ("Football",),
        (),
    ),
    (
        "rsf shells el fasher",
        "The paramilitary force fired artillery at the besieged city in Darfur, Sudan's army said.",
        ("Rapid Support Forces", "Sudan"),
        (),
    ),
    (
        "ypg says turkish drones hit kobani",
        "The Kurdish militia said two fighters were killed in northern Syria.",
        ("YPG",),
        (),
    ),
    (
        "jnim ambush kills soldiers in mali",
        "The al-Qaeda affiliate attacked a convoy near the border with Burkina Faso.",
        ("JNIM", "Mali"),
        (),
    ),
    (
        "wef opens in davos",
        "Business leaders gathered in the Swiss resort for the annual meeting.",
        ("World Economic Forum",),
        (),
    ),
    (
        "nato chief visits kyiv",
        "The alliance's secretary general promised more air defence for Ukraine.",
        ("NATO", "Ukraine"),
        (),
    ),
    (
        "fbi arrests man over capitol threat",
        "Federal agents said the man posted threats online.",
        ("FBI",),
        (),
    ),
    (
        "sdf says isis cell dismantled",
        "The Kurdish-led force said the militants planned attacks in Raqqa.",
        ("Syrian Democratic Forces", "Islamic State"),
        (),
    ),
    (
        "uefa fines club",
        "European football's governing body fined the club after fans threw flares.",
        ("Football",),
        (),
    ),
    ("Shop", "The cia bella salon reopened on Main Street.", (), ("CIA",)),
    (
        "nato allies pledge more troops for baltic defence",
        "Allied defence ministers agreed to boost forces in Estonia, Latvia and Lithuania.",
        ("NATO",),
        (),
    ),
    (
        "imf approves pakistan loan tranche",
        "The fund's board approved a $1bn payment under the bailout.",
        ("IMF",),
        (),
    ),
    (
        "eu leaders clash over migration pact",
        "Member states in Brussels failed to agree on sharing asylum seekers.",
        ("European Union",),
        (),
    ),
    (
        "fbi arrests suspect in capitol bomb plot",
        "Agents detained the man in Virginia after a months-long investigation.",
        ("FBI",),
        (),
    ),
    (
        "opec agrees to extend output cuts",
        "Oil ministers agreed to keep crude production down by 2m barrels per day.",
        ("OPEC",),
        (),
    ),
    (
        "pkk fighters killed in turkish strikes",
        "Turkey's army said it hit Kurdish militants in northern Iraq.",
        ("PKK",),
        (),
    ),
    (
        "nasa delays moon mission again",
        "The Artemis astronauts will now launch next year, the space agency said.",
        ("NASA",),
        (),
    ),
    (
        "ecb holds rates steady",
        "The central bank in Frankfurt kept its deposit rate at 2% as eurozone inflation cooled.",
        ("European Central Bank",),
        (),
    ),
    (
        "bp shares jump after discovery",
        "The oil major said the find in the Gulf of Mexico could hold a billion barrels.",
        ("BP",),
        (),
    ),
    (
        "who do you think should win?",
        "Readers voted for their favourite village bakery.",
        (),
        ("World Health Organization",),
    ),
    (
        "cia chief visits kyiv",
        "The spy agency's director met Ukrainian intelligence officials.",
        ("CIA",),
        (),
    ),
    (
        "wto rules against us tariffs",
        "The trade body's panel found the steel duties broke global trade rules.",
        ("WTO",),
        (),
    ),
    (
        "imf? no thanks, says bakery owner",
        "The owner of a small bakery said she would rather borrow from family.",
        (),
        ("IMF",),
    ),
    (
        "un-believable scenes at the fair",
        "Visitors queued for hours for the giant pumpkin contest.",
        (),
        ("United Nations",),
    ),
    (
        "asean ministers meet on myanmar crisis",
        "Foreign ministers of the bloc urged the junta to end violence.",
        ("ASEAN",),
        (),
    ),
    (
        "nato chief urges allies to spend more",
        "The alliance's secretary general told defence ministers to meet the 3.5% target.",
        ("NATO",),
        (),
    ),
    (
        "eu fines apple over app store rules",
        "The European Commission said the iPhone maker broke the Digital Markets Act.",
        ("European Union",),
        (),
    ),
    (
        "ypg says turkish drone killed three",
        "The Kurdish-led militia said the strike hit a village near Kobani in Syria.",
        ("YPG",),
        (),
    ),
    (
        "imf cuts global growth forecast",
        "The fund said tariffs and weak demand would slow the world economy.",
        ("IMF",),
        (),
    ),
    (
        "who knew? a guide to winter walks",
        "Ramblers share their favourite routes through the hills.",
        (),
        ("World Health Organization",),
    ),
    (
        "pkk to disarm, says ocalan",
        "The Kurdish militant group's jailed leader told fighters in Turkey and Iraq to lay down arms.",
        ("PKK",),
        (),
    ),
    (
        "fed holds rates as inflation cools",
        "The central bank kept its benchmark rate unchanged, Powell said.",
        ("Federal Reserve",),
        (),
    ),
    (
        "ai startups raise record sums",
        "Investors poured money into machine learning and chatbot companies.",
        ("Artificial intelligence",),
        (),
    ),
    (
        "eu to phase out russian gas",
        "The bloc's energy ministers agreed to ban imports of Russian LNG by 2027.",
        ("European Union",),
        (),
    ),
    (
        "isis claims attack in mozambique",
        "The Islamist group said its fighters raided a village in Cabo Delgado.",
        ("Islamic State",),
        (),
    ),
    (
        "un bel di: soprano bows out",
        "The singer gave her last performance at the opera house after 30 years.",
        ("Opera",),
        ("United Nations",),
    ),
    (
        "un envoy arrives in khartoum",
        "The Security Council envoy will meet army and RSF leaders.",
        ("United Nations",),
        (),
    ),
    (
        "hamas and idf trade blame over aid convoy",
        "Israel's army and the militant group blamed each other after the convoy was hit in Gaza.",
        ("Israel Defense Forces",),
        (),
    ),
    (
        "the nhs is broken, says ex-minister",
        "The former health minister called for reform.",
        (),
        ("World Health Organization",),
    ),
    (
        "tsmc profit beats forecasts",
        "The Taiwanese chipmaker said demand for AI chips was strong.",
        ("TSMC",),
        (),
    ),
    (
        "uk inflation falls to 2.5%",
        "Consumer prices in Britain rose more slowly in October.",
        ("United Kingdom",),
        (),
    ),
]

THEMES: list[Case] = [
    ("Release", "Grand Theft Auto VI has been delayed again.", ("Video games",), ()),
    (
        "Voters back change",
        "Irish voters approved the constitutional amendment in Friday's referendum.",
        ("Referendums", "Ireland"),
        (),
    ),
    (
        "Swiss vote",
        "Swiss voters rejected a proposal for a wealth tax in a national vote on Sunday.",
        ("Referendums", "Switzerland"),
        (),
    ),
    (
        "Third series",
        "The BBC has commissioned a third series of the crime drama, with the cast returning.",
        ("Television",),
        (),
    ),
    (
        "Renewal",
        "Netflix renewed the show for a fourth season after strong viewing figures.",
        ("Television",),
        (),
    ),
    (
        "Tosca opens",
        "The new opera by the composer premiered at the Royal Opera House to warm applause.",
        ("Opera",),
        (),
    ),
    (
        "Met season",
        "The soprano sang the title role in Tosca at the Metropolitan Opera.",
        ("Opera",),
        (),
    ),
    (
        "Symphony",
        "The Berlin Philharmonic's chief conductor led Mahler's Fifth Symphony.",
        ("Classical music", "Music"),
        (),
    ),
    (
        "Second Test",
        "India beat Australia by six wickets in the second Test at Adelaide.",
        ("Cricket",),
        (),
    ),
    (
        "Lord's",
        "Root hit a century as England reached 350 for five on the opening day at Lord's.",
        ("Cricket",),
        (),
    ),
    (
        "All Blacks",
        "The All Blacks scored four tries against the Springboks at Eden Park.",
        ("Rugby",),
        (),
    ),
    (
        "US Open final",
        "Sinner beat Alcaraz in straight sets to win the US Open title.",
        ("Tennis",),
        (),
    ),
    (
        "Monaco",
        "Verstappen took pole position for the Monaco Grand Prix ahead of Leclerc.",
        ("Formula One", "Motorsport"),
        (),
    ),
    (
        "Drug prices",
        "The administration finalised a drug-pricing rule that caps what Medicare pays "
        "for insulin.",
        ("Drug pricing",),
        (),
    ),
    (
        "Negotiated prices",
        "Medicare will pay lower prices for ten of the costliest medicines under the "
        "negotiation programme.",
        ("Drug pricing",),
        (),
    ),
    (
        "Polls open",
        "Polls opened across the country as voters chose a new parliament.",
        ("Elections",),
        (),
    ),
    (
        "Cannes",
        "The director's new feature premiered at Cannes to a ten-minute standing ovation.",
        ("Film",),
        (),
    ),
    (
        "New model",
        "OpenAI released a new model that can reason over images and code.",
        ("Artificial intelligence",),
        (),
    ),
    (
        "Warming",
        "Global temperatures last year were 1.5C above pre-industrial levels, scientists said.",
        ("Climate change",),
        (),
    ),
    (
        "Hail",
        "Hail the size of tennis balls fell on the town, the weather service said.",
        ("Weather",),
        ("Tennis",),
    ),
    (
        "Cricket flour",
        "The start-up sells cricket flour and other insect protein to bakers.",
        (),
        ("Cricket",),
    ),
    (
        "Tennis elbow",
        "The carpenter was treated for tennis elbow after months of work.",
        (),
        ("Tennis",),
    ),
    (
        "Street drugs",
        "Police said the street price of cocaine had fallen in the city.",
        ("Drug trafficking",),
        ("Drug pricing",),
    ),
    (
        "Budget vote",
        "Lawmakers passed the budget in a vote on Tuesday.",
        ("Legislation",),
        ("Elections", "Referendums"),
    ),
    (
        "Ashes of victims",
        "The ashes of the victims were scattered at sea.",
        (),
        ("Cricket",),
    ),
    (
        "Season opener",
        "The football season opens on Saturday with a derby.",
        ("Football",),
        ("Television",),
    ),
    (
        "Brexit anniversary",
        "Five years after the referendum, polls show most Britons regret leaving.",
        ("Referendums",),
        (),
    ),
    ("New drama", "The eight-part crime drama airs on ITV from Sunday.", ("Television",), ()),
    (
        "Premiere",
        "The Metropolitan Opera staged the world premiere of the new opera.",
        ("Opera",),
        (),
    ),
    ("Day one", "Pakistan were bowled out for 180 on the first day of the Test.", ("Cricket",), ()),
    (
        "Pricing",
        "Drugmakers sued to block the government's plan to negotiate medicine prices.",
        ("Drug pricing",),
        (),
    ),
    ("Grand Slam", "Djokovic won his 25th Grand Slam title at Wimbledon.", ("Tennis",), ()),
    ("Masters", "Scheffler won the Masters by four shots at Augusta.", ("Golf",), ()),
    (
        "Race",
        "Hamilton finished third at the British Grand Prix at Silverstone.",
        ("Formula One",),
        (),
    ),
    ("Six Nations", "Ireland beat France 27-20 to win the Six Nations.", ("Rugby",), ()),
    (
        "Concert",
        "The pianist played Chopin's nocturnes to a packed recital hall.",
        ("Classical music",),
        (),
    ),
    ("Chatbot", "The startup's chatbot can now write code.", ("Artificial intelligence",), ()),
    (
        "Summit",
        "Countries agreed to phase out fossil fuels at the climate summit.",
        ("Climate change",),
        (),
    ),
    (
        "Poll",
        "The ruling party won 38 percent of the vote in Sunday's election.",
        ("Elections",),
        (),
    ),
    ("Election day", "Voters in Chile go to the polls on Sunday.", ("Elections", "Chile"), ()),
    (
        "Business climate",
        "The business climate improved as investors returned.",
        (),
        ("Climate change",),
    ),
    ("Reality check", "Hamilton, Ontario, approved a new transit plan.", (), ("Formula One",)),
    ("Golf course", "The golf course flooded after the storm.", ("Golf",), ()),
    (
        "Medicine shortage",
        "Hospitals in Gaza ran out of medicines and fuel.",
        (),
        ("Drug pricing",),
    ),
    (
        "Vote in parliament",
        "Parliament will vote on the constitutional amendment next week.",
        (),
        ("Referendums",),
    ),
    (
        "The Crucible",
        "A new staging of The Crucible opened at the National Theatre.",
        (),
        ("Snooker",),
    ),
    (
        "Independence vote",
        "Greenland's leaders want a vote on independence from Denmark.",
        ("Greenland",),
        (),
    ),
    (
        "Streaming hit",
        "The dark comedy became the most-watched series on the streaming service.",
        ("Television",),
        (),
    ),
    (
        "Verdi",
        "La Scala opened its season with a new production of Verdi's Otello.",
        ("Opera",),
        (),
    ),
    ("T20", "India won the T20 series against England 3-1.", ("Cricket",), ()),
    ("Insulin", "Drugmakers agreed to cap insulin prices at $35 a month.", ("Drug pricing",), ()),
    ("Ballot", "Californians will vote on the measure in November.", (), ()),
    ("Box office", "The sequel earned $200m in its opening weekend.", ("Film",), ()),
    ("Proms", "The BBC Proms opened with Beethoven's Ninth.", ("Classical music",), ()),
    ("Six Nations", "Scotland's fly-half kicked the winning penalty.", ("Rugby",), ()),
    ("Emissions", "Global carbon emissions hit a record last year.", ("Climate change",), ()),
    ("Model", "Anthropic released a new Claude model.", ("Artificial intelligence",), ()),
    ("Jockey", "The jockey won the Grand National on a 33-1 outsider.", ("Horse racing",), ()),
    (
        "Independence vote",
        "Voters backed the proposal by 54% in Sunday's referendum.",
        ("Referendums",),
        (),
    ),
    (
        "Streaming",
        "The second season of the drama series premieres on HBO in March.",
        ("Television",),
        (),
    ),
    (
        "Collapse",
        "England were bowled out for 180 on day two of the second Test at Lord's.",
        ("Cricket",),
        (),
    ),
    (
        "Medicare",
        "Medicare will negotiate the prices of 15 more drugs under the new rule.",
        ("Drug pricing",),
        (),
    ),
    (
        "Box office",
        "The thriller topped the box office this weekend.",
        ("Film",),
        (),
    ),
    (
        "Retrospective",
        "The Tate unveiled a retrospective of Hockney's paintings.",
        ("Visual arts",),
        (),
    ),
    (
        "Title",
        "The grandmaster won the world championship after a tiebreak.",
        ("Chess",),
        (),
    ),
    (
        "Pay dispute",
        "Union members voted to strike over pay.",
        ("Labour unions",),
        (),
    ),
    (
        "West End",
        "The musical transfers to the West End next spring.",
        ("Theatre",),
        (),
    ),
    (
        "Shortlist",
        "Her novel was shortlisted for the Booker Prize.",
        ("Books",),
        (),
    ),
    (
        "Maximum",
        "O'Sullivan made a 147 maximum break at the Crucible.",
        ("Snooker",),
        (),
    ),
    (
        "Booster",
        "Regulators approved an updated booster shot for the autumn.",
        ("Vaccines",),
        (),
    ),
    (
        "Lab results",
        "The test results came back negative, doctors said.",
        (),
        ("Cricket",),
    ),
    (
        "Aintree",
        "The favourite won the Grand National by three lengths.",
        ("Horse racing",),
        (),
    ),
    (
        "Rates cut",
        "The central bank cut its benchmark rate by a quarter point.",
        ("Interest rates",),
        (),
    ),
    (
        "Cricket",
        "Australia won the first Test at Perth by eight wickets.",
        ("Cricket",),
        (),
    ),
    (
        "Vaccine trial",
        "The first test of the vaccine in Perth went well, doctors said.",
        ("Perth",),
        ("Cricket",),
    ),
    (
        "Ashes",
        "Root scored a century on the opening day of the second Test in Brisbane.",
        ("Cricket",),
        (),
    ),
    (
        "Premiere",
        "The Royal Opera House staged the world premiere of a new opera by Thomas Adès.",
        ("Opera",),
        (),
    ),
    (
        "Vote",
        "Italians will vote in a referendum on citizenship rules in June.",
        ("Referendums",),
        (),
    ),
    (
        "Finale",
        "The show's final season drew 12 million viewers.",
        ("Television",),
        (),
    ),
    (
        "Pricing",
        "The administration finalised a rule capping the price of insulin at $35.",
        ("Drug pricing",),
        (),
    ),
    (
        "Vote",
        "Irish voters rejected both constitutional amendments in the referendum.",
        ("Referendums",),
        (),
    ),
    (
        "Series",
        "The BBC commissioned a third series of the detective drama.",
        ("Television",),
        (),
    ),
    (
        "Verdi",
        "The soprano's debut at the Met drew rave reviews.",
        ("Opera",),
        (),
    ),
    (
        "Test",
        "Pakistan won the toss and chose to bat in the third Test in Karachi.",
        ("Cricket",),
        (),
    ),
    (
        "Prices",
        "The rule lets Medicare negotiate the price of the costliest drugs.",
        ("Drug pricing",),
        (),
    ),
    (
        "Ballot",
        "Swiss voters rejected the plan in a national vote on Sunday.",
        ("Referendums",),
        (),
    ),
    (
        "Soap",
        "The soap opera will end after 40 years on air.",
        ("Television",),
        (),
    ),
    (
        "Stage",
        "The opera premiere in Milan drew a standing ovation.",
        ("Opera",),
        (),
    ),
    (
        "Cricket",
        "India bowled Pakistan out for 120 in the T20 match.",
        ("Cricket",),
        (),
    ),
    (
        "Meds",
        "Drugmakers will cut the list price of insulin by 70%.",
        ("Drug pricing",),
        (),
    ),
]


def check_case(title: str, body: str, tagged: tuple[str, ...], absent: tuple[str, ...]) -> None:
    """Assert that the bundled classifier tags every topic of `tagged` and none of `absent`,
    and reads the text alike without its skip of quiet mentions (`reads_alike`)."""
    found = {m.name for m in default_classifier().classify(title, body)}
    missing = [t for t in tagged if t not in found]
    wrong = [t for t in absent if t in found]
    assert not missing and not wrong, f"missing {missing}, wrongly tagged {wrong}: {found}"
    assert reads_alike(title, body)


def reads_alike(title: str, body: str) -> bool:
    """Whether every candidate topic's evidence and discounts are the same when the sense
    reader reads every mention as when it skips those `senses.triggers.quiet` finds: a check added
    to `MentionReader.reason` without its trigger fails the rows it reads."""
    classifier = default_classifier()
    quick = classifier.trace(title, body)
    with patch.object(reader, "quiet", return_value=False):
        return classifier.trace(title, body) == quick


def unknown_topics(rows: list[Case]) -> set[str]:
    """The topics rows name that the taxonomy lacks: such a row could never fail."""
    taxonomy = bundled_taxonomy()
    return {t for *_, tagged, absent in rows for t in (*tagged, *absent) if t not in taxonomy}


def table_tests(
    tables: Mapping[str, list[Case]], known_misses: Mapping[str, str] | None = None
) -> tuple[Callable[..., None], Callable[..., None]]:
    """A round of cases as its module's two tests, to be bound to test names there: every
    topic a row names exists, and every row holds. A row whose title is in `known_misses`
    (with why) is expected to fail, strictly: once a rule reads it, the suite says so."""
    misses = known_misses or {}

    def marks(title: str) -> Any:
        return pytest.mark.xfail(strict=True, reason=misses[title]) if title in misses else ()

    rows = [
        pytest.param(kind, *row, marks=marks(row[0]))
        for kind, table in tables.items()
        for row in table
    ]

    @pytest.mark.parametrize("kind", sorted(tables))
    def every_named_topic_exists(kind: str) -> None:
        """A row that names an unknown topic could never fail."""
        assert not unknown_topics(tables[kind])

    @pytest.mark.parametrize(("kind", "title", "body", "tagged", "absent"), rows)
    def sense(
        kind: str, title: str, body: str, tagged: tuple[str, ...], absent: tuple[str, ...]
    ) -> None:
        check_case(title, body, tagged, absent)

    return every_named_topic_exists, sense


def known_misses_test(
    tables: Mapping[str, list[Case]], known_misses: Mapping[str, str]
) -> Callable[[], None]:
    """A round's test that every known miss names one of its rows."""

    def every_known_miss_names_a_row() -> None:
        """A known miss that names no row would hide nothing and mislead."""
        titles = {row[0] for table in tables.values() for row in table}
        assert set(known_misses) <= titles

    return every_known_miss_names_a_row
