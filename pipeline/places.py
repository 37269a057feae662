"""Places by the form of their name, in lists and with their administrative words: rules of the extract stage.

Used by :mod:`pipeline.extract` (the stage). What is here:

- the words and patterns that make a capitalized name a place ("Diffa region", "Borno State",
  "Bab al-Mandab Strait", "the Zamzam camp"), or a region of a continent ("southern Africa");
- venues ("Gaborone International Convention Centre", "ESCAP Hall", "Conference Room 6", "Palais
  Wilson", "United Nations Headquarters"): a name the rules took for a body that ends like a venue's
  is a place;
- places named by what stands around them ("the airport of Sal", "the provincial capital
  Chaghcharan", "Greater Georgetown"), and names no place is read inside (the regional groups of
  States, "Pacific-owned");
- names listed with places ("El Geneina, Nyala and Zalingei") and the administrative noun written
  after a place ("Sindh province"), which belongs to the mention, not to the place's name.

The words these rules decide with are data, in ``pipeline/data/lexicon.json``. Functions take what
they read (the text, a block, the candidates found so far, the gazetteer). This module builds on
:mod:`pipeline.candidates` and :mod:`pipeline.orgs` (a place rule gives way to an organization's
head word); it imports no third-party library (spaCy enters through :mod:`pipeline.extract` only)
and never imports :mod:`pipeline.extract`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ._data import lexicon, lexicon_set
from .candidates import Candidate, _alt, _innermost
from .gazetteers import Gazetteer, load
from .models import Block
from .orgs import _GENERIC_ORG_WORDS, _KIND_OTHER_ALWAYS, _ORG_HEADS, _ORG_STOP, _title_case_line, _written_lower_elsewhere
from .people_tokens import DOCUMENT_WORDS, HEADLINE_VERBS, ORG_KEYWORDS


# Written right after a place, these make one longer place name ("Diffa Region", "Sulu archipelago").
_PLACE_TAIL = re.compile(r"[ \t]+(?:" + _alt("place_tails") + r")\b")
# Heads that make a capitalized name a place ("Borno State", "Diffa Region", "Bab al-Hawa crossing").
# Words that open a place's name ("Rio Negro", "Lake Kivu", "Mount Elgon")
_PLACE_OPENER = re.compile(r"^(?:" + _alt("place_openers") + r")[ ](?:(?:of|de|do|da|del)[ ])?[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*)?$")
_PLACE_NAME = re.compile(r"^(?:[A-Z][\w'’-]*\s+){1,3}(?:" + _alt("place_name_heads") + r")\b(?![ ]+Guard)")
# A lower-case geographic word after a capitalized name ("Diffa region", "Korean peninsula").
_LOWER_TAIL = re.compile(r"(?<=[ \t\n])(?:" + _alt("lower_tails") + r")\b")
# Lower-case words inside a place's name ("Bab al-Mandab Strait", "Mocímboa da Praia")
_PLACE_PARTICLE = re.compile(r"^(?:(?:al|el|ad|as|an|ash|ar|at|az|ud|ul)-[A-Z][\w'’-]*|da|de|del|do|dos|du|des|la|le|al|el)$")
# An administrative word after a place is not part of its name in these texts ("Yatenga province")
# (a plural also capitalized, as in a heading: "Baghlan and Takhar Provinces"; never "States")
_ADMIN_TAIL = re.compile(r"\s+(?:" + _alt("admin_tails") + "|" + "|".join(
    w.capitalize() for w in lexicon("admin_tails") if w.endswith("s") and w != "states") + r")$")
_GENERIC_PLACE_WORDS = lexicon_set("generic_place_words")
# A minister's portfolio ("Defence", "Trade", "Foreign Affairs"): listed with a place in a title, no place
_PORTFOLIO = lexicon_set("portfolio_words")
_CONTINENTS = lexicon_set("continents")
# Written before a continent, these make a region of its own ("southern Africa", "sub-Saharan Africa")
# "the Central Mediterranean", "Lower Juba": a capitalized direction before a known place names a part of it
_PLACE_PART_BEFORE = re.compile(r"(?<![\w'’-])(?:" + _alt("place_part_words") + r")[ ]$")
_CONTINENT_PART = re.compile(r"\b(?:" + _alt("continent_directions") + r")\s+$")
# Written right after a region's name, these make it an adjective ("22 Pacific Island countries", "the Africa group")
_REGION_AS_ADJECTIVE = re.compile(r"[ ](?:" + _alt("region_modified_nouns") + r")\b")
# A region that opens the name of an event or a plan is part of that name, no place of its own ("the Africa
# Climate Summit", "the Pacific Banking Action Plan", "the CARICOM-Africa Summit", "the Africa-Caribbean summit")
_EVENT_AFTER_REGION = re.compile(r"(?:[-–][A-Z][\w'’-]*)?(?:[ ][A-Z][\w'’-]*){0,3}[ ](?:" + _alt("event_heads")
                                 + r"|summit)(?![\w-])")


def region_as_adjective(text: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether the region named at [start, end) is written as an adjective before a noun, no place:
    "Pacific" in "22 Pacific Island countries" and "the Pacific fisheries heads", "Africa" in "the Africa
    group" (a region, not a city, a province or a State: "Gaza" in "Gaza food" is left alone)."""
    surface = " ".join(text[start:end].split())
    island = re.search(r"[ ][Ii]slands?$", surface)
    if island:  # "Pacific Island" read as one name before "countries"
        surface, end = surface[:island.start()], end - len(island.group())
        if not re.match(r"[ ]+[Ii]slands?[ ]", text[end:]):
            return False
    entry = gazetteer.lookup(surface)
    return (entry is not None and entry.label == "LOCATION" and entry.place_type == "region"
            and (_REGION_AS_ADJECTIVE.match(text, end) is not None or _EVENT_AFTER_REGION.match(text, end) is not None))


_PLACE_STOP = frozenset({"The", "A", "An", "In", "On", "At", "Of", "For", "And", "To", "From", "With", "By", "This",
                         "That", "Our", "Their", "His", "Her", "Its", "Entire", "Whole", "Wider", "Broader", "Greater",
                         "Northern", "Southern", "Eastern", "Western", "Including", "Excluding", "Between", "Among",
                         "Across", "Within", "Beyond", "Near", "Outside", "Inside", "Towards", "Through", "Into"})

_VENUE = re.compile(r"\b(?:" + _alt("venue_heads") + r")$")
_VENUE_GENERIC = lexicon_set("venue_generic_words")
_VENUE_NAME = re.compile(r"(?<![\w-])((?:[A-Z][\w'’.-]*[ ]){1,6})(" + _alt("venue_heads") + r")\b")
_VENUE_AFTER = re.compile(r"[ ](?:" + _alt("venue_heads") + r")\b")
# "UN HEADQUARTERS, NEW YORK": a dateline in capitals names the venue in capitals too
_VENUE_AFTER_CAPITALS = re.compile(r"[ ](?:" + _alt("venue_heads").upper() + r")\b")
# A room or a camp written with its number ("Conference Room 6", "Room XXIII", "Press Briefing Room (S-0237)", "Camp 15")
_NUMBERED_ROOM = re.compile(r"(?<![\w-])(?:[A-Z][\w'’-]*[ ]){0,2}(?:" + _alt("numbered_site_heads") + r")(?:[ ]+(?:[A-Z]?-?\d+[A-Z]?|[IVXL]+)\b"
                            r"|(?=[ ]+\([A-Z]+-?\d+[A-Z]?\)))")
# A dateline: a place opening its line before a date, with its State between them or not ("Entebbe, Uganda,
# 27–28 January 2025", "Entebbe, Monday 14th October 2024", "Porvoo, Finland – 4 June 2024")
_MONTH_WORDS = frozenset("January February March April May June July August September October November December "
                         "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATELINE = re.compile(r"^[ \t]*([A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){0,2}),[ ]+(?:[A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){0,3},?[ ]+)?"
                       r"(?:[–—-][ ]+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?[ ]+)?"
                       r"(?:\d{1,2}(?:st|nd|rd|th)?(?:(?:[–—-]|[ ]and[ ])\d{1,2})?[ ]+(?:" + _MONTHS + r")|(?:" + _MONTHS + r")[ ]+\d{1,2}\b"
                       # a full date in another language or in figures ("Denpasar, 22 Mei 2025", "Wien, 05.06.2025"),
                       # a weekday with the day and month in figures ("Larantuka, Wednesday (6/11) -")
                       r"|\d{1,2}(?:er|º)?[ ]+(?:de[ ]+)?(?i:" + _alt("dateline_months_other_languages") + r")[ ]+(?:de[ ]+)?(?:19|20)\d\d\b"
                       r"|\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d\b|(?<=day[ ])\(\d{1,2}/\d{1,2}\))", re.M)
# "the Masnaa and Joussieh crossings", "Mwenezi, Chivi and Beitbridge districts": names listed before a plural
# place noun are each a place
_LISTED_BEFORE_PLURAL = re.compile(r"(?<![\w-])([A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*)?(?:,[ ]+[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*)?)*,?"
                                   r"[ ]+and[ ]+[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*)?)[ ]+(?:border[ ]+)?(?:crossings|camps|districts|"
                                   r"provinces|governorates|regions|counties|villages|towns|municipalities|prefectures)\b")
# "the Autonomous Region of Príncipe": an autonomous division named with its head first
_AUTONOMOUS_OF = re.compile(r"(?<![\w-])Autonomous[ ](?:Region|Republic|Province|Community|City|District|Territory)[ ]of[ ]"
                            r"[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,2}")
# "Greater Georgetown": a city and what has grown around it
_GREATER = re.compile(r"(?<![\w-])Greater[ ]([A-Z][\w'’-]*(?:[ ](?:of[ ](?:the[ ])?)?[A-Z][\w'’-]*)?)")  # ("Greater Horn of Africa")
# "Palais Wilson", "Palacio de San Martín", "Hotel Avala": a venue's name opened by its noun in the languages of its city
_PALACE_FIRST = re.compile(r"(?<![\w-])(?:" + _alt("venue_openers") + r")(?:[ ](?:des|de|del|du|do|da|di|la|le|dos))*"
                           r"(?:[ ][A-Z][\w'’-]*){1,3}")


# "Connaught Hospital", "Lancaster House": a building where something happens, unless it acts or speaks there
_SITE_HEAD = re.compile(r"(?<=[ ])(?:" + _alt("site_heads") + r")$")
#: the same head first, in a Romance language's order ("Hospital de Clínicas", "Hospital do Câncer")
_SITE_HEAD_FIRST = re.compile(r"^(?:" + _alt("site_heads") + r")[ ](?:de|del|de la|do|da|dos|das)[ ][A-ZÀ-Þ]")
_SITE_HEAD_MODIFIERS = lexicon_set("site_head_modifiers")
_LEADING_THE = re.compile(r"^(?:the|The)[ ]+")
_SITE_ACTS_AFTER = re.compile(r"['’]?s?[ ]+(?:said|says|stated|announced|reported|issued|confirmed|called|urged|warned|added)\b")
_SITE_ACTS_BEFORE = re.compile(r"\b(?:[Dd]irector|[Dd]irector-[Gg]eneral|[Hh]ead|[Cc]hief|[Ss]uperintendent|[Ss]pokesperson|"
                               r"[Ss]pokesman|[Ss]pokeswoman|[Mm]anager|[Dd]ean)(?:[ ][A-Z][\w-]*)?[ ]+(?:of|at)[ ]+(?:the[ ]+)?$")


# "talks with the Prime Minister at Government House", "a meeting at State House": a building after a preposition
# of place, also when neither the model nor the rules for bodies read it
_SITE_AFTER_PREP = re.compile(r"(?<![\w-])(?:at|in|to|from|outside|inside|near)[ ]+(?:the[ ]+)?((?:[A-Z][\w'’-]*[ ]){1,3}"
                              r"(?:" + _alt("site_heads") + r"))(?![\w'’-])(?![ ]+[A-Z])")


def _site_acts(text: str, start: int, end: int) -> bool:
    return _SITE_ACTS_AFTER.match(text, end) is not None or _SITE_ACTS_BEFORE.search(text[max(0, start - 60):start]) is not None


# "holds an MBBS from the University of the West Indies", "taught paediatrics at the American University of Beirut":
# a school where someone studied or taught is a place where something happened, no body speaking; the cue and the
# school share a sentence ("degrees from the University of the West Indies at Mona and from the Fletcher School ...")
_EDUCATION_HEAD = re.compile(r"(?<![\w-])(?:" + _alt("education_heads") + r")(?![\w-])")
_STUDIED_AT = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in lexicon("study_cues"))
                         + r")(?![\w'’-])[^.;:!?\n]{0,90}?[ ](?:from|at|of)[ ]+(?:the[ ]+)?$"
                         r"|(?<![\w-])(?:" + _alt("study_people_words") + r")(?:[ ]and[ ][a-z]+)?[ ](?:from|at|of)[ ]+(?:the[ ]+)?$")


# "from the University of the West Indies, Cave Hill", "... at Mona and from ...": the campus is a place too
_CAMPUS = re.compile(r"(?:,[ ]+|[ ]at[ ]+)([A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+)?)(?=[ ]*(?:[,.;]|[ ]and[ ]|[ ]in[ ]|$))")


def _studied_at(text: str, start: int, end: int) -> bool:
    """A school's name (education_heads) after a cue that someone studied, graduated or taught there."""
    return _EDUCATION_HEAD.search(text, start, end) is not None \
        and _STUDIED_AT.search(text[max(0, start - 160):start]) is not None and not _site_acts(text, start, end)


# "Roosevelt Street", "Tahrir Square", "6 East 77th Street", "Avenue Georges Clemenceau", "Rue de la Loi": a street
# or a square is a place; a capitalized word or an acronym in brackets after the head makes it part of another
# name ("Global Road Safety Partnership"), the area written in brackets after it does not ("Roosevelt Street (Old
# Airport Area)")
_STREET_WORD = r"(?:[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th))"
_STREET_AFTER = re.compile(r"(?<![\w.,-])((?:\d{1,4}[ ])?" + _STREET_WORD + r"(?:[ ](?:" + _STREET_WORD + r"|de|del|la|des|du))*?"
                           r"[ ](?:" + _alt("street_heads") + r"))(?![\w'’-])(?![ ]+(?:[A-Z\d]|\([A-Z\d]{2,}[)/-]))")
_STREET_FIRST = re.compile(r"(?<![\w-])(?:Avenue|Rue|Boulevard|Avenida|Calle|Rua|Jalan)(?:[ ](?:de|des|du|la|le|del|da|do|dos|das|l['’]))*"
                           r"(?:[ ][A-Z][\w'’-]*){1,3}(?![\w'’-])(?![ ]+\d)")


def _named_for_a_person(words: list[str], k: int, gazetteer: Gazetteer) -> bool:
    """Whether a street's name opens with the honorific of the person it is named after ("Princess Margaret
    Drive", "King Fahd Road", "Sheikh Zayed Road"): an honorific that is no title of an office, written in full,
    with a name between it and the head."""
    w = words[k]
    return k == 0 and len(words) >= 3 and w in gazetteer.honorifics and w not in gazetteer.titles \
        and w not in gazetteer.title_honorifics and words[k + 1][:1].isupper() and not words[k + 1].endswith((".", ","))


def _streets(text: str, gazetteer: Gazetteer) -> list[Candidate]:
    out = []
    for m in [*_STREET_AFTER.finditer(text), *_STREET_FIRST.finditer(text)]:
        words = m.group().split()
        k = 0
        while k < len(words) - 1 and (words[k] in _PLACE_STOP or words[k] in _ORG_STOP or words[k] in _ORG_HEADS
                                      or words[k] in ORG_KEYWORDS or words[k].endswith((".", ",")) or gazetteer.is_title(words[k])
                                      and not _named_for_a_person(words, k, gazetteer)):
            k += 1  # "the Main Building", "Secretariat Road": the words before the street's name are no part of it
        words = words[k:]
        if len(words) < 2 or any(w in _ORG_HEADS or w in ORG_KEYWORDS for w in words) \
                or all(w in _GENERIC_PLACE_WORDS or w in lexicon_set("street_heads") for w in words):
            continue
        name = " ".join(words)
        s = m.end() - len(name)
        if text[s:m.end()] != name:
            continue
        # a named site with its head: a person's name the rules read ending on it is no person ("Princess Margaret Drive")
        out.append(Candidate(s, m.end(), "LOCATION", "rule", canonical=name, extra={"feature": True}))
    return out


# "the Sudd Wetlands", "Queen Elizabeth Barracks", "Vjosa Wild River National Park", "Hawassa Industrial Park": a
# named natural feature or site written with its head is a place, wherever it stands; a capitalized word after
# the head makes it part of another name ("Wetlands International", "Desert Research Institute")
_FEATURE_AFTER = re.compile(r"(?<![\w.-])((?:[A-Z][\w'’-]*[ ]){1,4}(?:" + _alt("feature_heads") + r"))(?![\w'’-])(?![ ]+[A-Z(])")


def _features(text: str, gazetteer: Gazetteer) -> list[Candidate]:
    out = []
    for m in _FEATURE_AFTER.finditer(text):
        words = m.group(1).split()
        heads = len(next(h for h in lexicon("feature_heads") if m.group(1).endswith(h)).split())
        k = 0
        for i, w in enumerate(words[:-heads]):
            if w in _PLACE_STOP or w in _ORG_STOP or w in HEADLINE_VERBS or w.endswith((".", ",")):
                k = i + 1  # "The Sudd Wetlands", "Floods Hit Sudd Wetlands": no part of the site's name
        words = words[k:]
        if len(words) <= heads or gazetteer.lookup(" ".join(words)) is not None:
            continue
        line = text[text.rfind("\n", 0, m.start(1)) + 1:(text.find("\n", m.end(1)) + 1 or len(text) + 1) - 1]
        if _written_lower_elsewhere(text, words[:-heads]) or len(words) == heads + 1 and _title_case_line(line):
            continue  # "Assembly Hears HIV Response at Risk as Funding Falls": a headline's words, no site
        name = " ".join(words)
        s = m.end(1) - len(name)
        if text[s:m.end(1)] != name:
            continue
        out.append(Candidate(s, m.end(1), "LOCATION", "rule", canonical=name, extra={"feature": True}))
    return out


# "the Accra International Conference Centre on Thursday": a venue's name ends at its head
_VENUE_THEN = re.compile(r"\b(?:" + _alt("venue_heads") + r")(?=[ ](?:on|in|at|from|for|during|since|until)[ ])")


# "Mount Hermon", "Lake Titicaca": a mountain's or a lake's name wherever it stands, when no capitalized word
# follows ("Lake Tanganyika Authority" is a body)
_MOUNTAIN_OR_LAKE = re.compile(r"(?<![\w'’-])(?:" + _alt("mountain_and_lake_openers") + r")(?:[ ][A-Z][\w'’-]*){1,2}(?![\w'’-])(?![ ]+[A-Z])")


def _mountains_and_lakes(text: str, gazetteer: Gazetteer) -> list[Candidate]:
    out = []
    for m in _MOUNTAIN_OR_LAKE.finditer(text):
        end = m.end() - 2 if re.search(r"[a-z]['’]s$", m.group()) else m.end()  # "Lake Chad's resources": no possessive
        words = text[m.start():end].split()
        entry = gazetteer.lookup(" ".join(words))
        if (entry is not None and entry.label != "LOCATION") or any(w in _ORG_HEADS or w in ORG_KEYWORDS for w in words[1:]) \
                or gazetteer.is_not_entity(" ".join(words)):
            continue
        out.append(Candidate(m.start(), end, "LOCATION", "rule" if entry is None else "gazetteer", entry=entry,
                             canonical=entry.name if entry is not None else " ".join(words)))
    return out


# The letterhead's address: how far into a document it stands, and its parts
_LETTERHEAD_ZONE = 400
_ADDRESS_ITEM = re.compile(r"[A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){0,3}")


def _address_localities(text: str, offset: int, gazetteer: Gazetteer) -> list[Candidate]:
    """"Capital Hill, Lilongwe", "OECS Commission | Morne Fortune | Castries | Saint Lucia": in the address
    under a letterhead (a line of names parted by commas or bars near the top of the document, ending on a
    city or a State the gazetteers know), a name the gazetteers do not know right before a known city or State
    is a locality of it, a place; not a body's name, a title or a demonym, and not a line with figures (a
    postal address or a dateline has its own rules)."""
    out = []
    for line in re.finditer(r"[^\n]+", text):
        if offset + line.start() >= _LETTERHEAD_ZONE:
            break
        if any(ch.isdigit() for ch in line.group()):
            continue
        parts = list(re.finditer(r"[^,|]+", line.group()))
        items = [(line.start() + p.start() + len(p.group()) - len(p.group().lstrip()),
                  line.start() + p.start() + len(p.group().rstrip())) for p in parts]
        names = [text[a:b] for a, b in items]
        if len(names) < 2 or not all(_ADDRESS_ITEM.fullmatch(n) for n in names):
            continue
        known = [gazetteer.lookup(n) for n in names]
        if known[-1] is None or known[-1].label not in ("LOCATION", "COUNTRY"):
            continue
        for k in range(len(names) - 1):
            nxt = known[k + 1]
            if known[k] is not None or nxt is None or nxt.label not in ("LOCATION", "COUNTRY"):
                continue
            words = names[k].split()
            if any(w in _ORG_HEADS or w in ORG_KEYWORDS or w.isupper() or w in DOCUMENT_WORDS for w in words) \
                    or gazetteer.is_title(names[k]) \
                    or gazetteer.is_not_entity(names[k]) or names[k] in gazetteer.demonyms or words[0] in _PLACE_STOP:
                continue
            out.append(Candidate(items[k][0], items[k][1], "LOCATION", "rule", canonical=" ".join(words)))
    return out


def _venues(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A body the gazetteers do not know whose name ends like a venue's is a place ("Gaborone
    International Convention Centre", "ESCAP Hall"), also when the model read on past the venue's head
    ("Accra International Conference Centre on Thursday"), and in a line in capitals ("UN HEADQUARTERS, NEW
    YORK")."""
    out, campuses = [], []
    for i, c in enumerate(cands):
        name = " ".join(text[c.start:c.end].split())
        cut = _VENUE_THEN.search(text, c.start, c.end) if c.label == "ORG" and (c.entry is None or c.entry.id.startswith("new:")) else None
        if cut and "\n" not in text[c.start:cut.end()]:
            c = replace(c, end=cut.end())
            name = " ".join(text[c.start:c.end].split())
        after = (_VENUE_AFTER_CAPITALS if text[c.start:c.end].isupper() else _VENUE_AFTER).match(text, c.end) if c.label == "ORG" else None
        if after and (i + 1 == len(cands) or cands[i + 1].start >= after.end()) and "\n" not in after.group():
            # "ESCAP Hall", "United Nations Conference Centre": a venue named after its body
            c = replace(c, end=after.end(), label="LOCATION", entry=None, kind=None, acronym=None,
                        canonical=" ".join(text[c.start:after.end()].split()))
        elif c.label == "ORG" and (c.entry is None or c.entry.id.startswith("new:")) and _VENUE.search(name):
            c = replace(c, label="LOCATION", entry=None, canonical=name, kind=None, acronym=None)
        elif c.label == "ORG" and (c.entry is None or c.entry.id.startswith("new:")) and (_SITE_HEAD.search(name) or _SITE_HEAD_FIRST.match(name)) \
                and not all(w in _SITE_HEAD_MODIFIERS or w in ("The", "the") for w in name.split()[:-1]) \
                and not _site_acts(text, c.start, c.end):
            # "Connaught Hospital", "Lancaster House", "State House": a building, unless it acts or speaks there
            c = replace(c, label="LOCATION", entry=None, canonical=_LEADING_THE.sub("", name), kind=None, acronym=None)
        elif c.label == "ORG" and _studied_at(text, c.start, c.end):
            # "She holds a medical degree from the University of Ibadan": a place where she studied
            c = replace(c, label="LOCATION", entry=None, canonical=_LEADING_THE.sub("", name), kind=None, acronym=None)
            m = _CAMPUS.match(text, c.end)
            if m and m.group(1).split()[0] not in _PLACE_STOP and m.group(1).split()[0] not in _ORG_STOP:
                campuses.append(replace(c, start=m.start(1), end=m.end(1), canonical=m.group(1), source="rule"))
        out.append(c)
    # (a campus the model read as a person's name is the place; one read as a State or a body stays what it is)
    campuses = [k for k in campuses if not any(c.start < k.end and k.start < c.end and c.label != "PERSON" for c in out)]
    if campuses:
        out = [c for c in out if not any(c.start < k.end and k.start < c.end for k in campuses)]
        out = sorted(out + campuses, key=lambda c: (c.start, c.end))
    return out


_HYPHEN_PART = re.compile(r"-([A-Z][^\W\d_A-Z]+)(?![\w'’-])")  # a word, not an acronym ("Nile-TAC") or a possessive


def _hyphenated_places(text: str, cands: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """A known place joined by a hyphen to a capitalized word that names no place or State is the
    first part of a longer place's name, which is the place: "Gilgit-Baltistan", "Baalbek-Hermel"
    (but "the Herat-Kandahar highway" names two places, and a State is left to itself)."""
    out = []
    for i, c in enumerate(cands):
        m = _HYPHEN_PART.match(text, c.end) if c.label == "LOCATION" else None
        if m and gazetteer.lookup(m.group(1)) is None and not any(o.start < m.end() and c.end < o.end for o in cands[i + 1:i + 3]):
            c = replace(c, end=m.end(), entry=None, canonical=" ".join(text[c.start:m.end()].split()))
        out.append(c)
    return out


# How a text writes a place: after a preposition of place, or opening a dateline or a table's row
_PLACE_PREPOSITION = re.compile(r"(?<![\w-])(?:in|from|to|near|towards|via|outside|around|into|across|inside|on)\s+$")
_DATELINE_OR_ROW = re.compile(r",[ ]+[A-Z]|[ ]{2,}|\t|[ ]*$", re.M)
_COMMA_STATE = re.compile(r",[ ]+((?:the[ ]+)?[A-Z][\w'’-]*(?:[ ](?:[A-Z][\w'’-]*|of|and|the))*?)(?=[ ]*(?:[,.;:)]|$|[ ][-–—]))", re.M)


def _written_as_place(text: str, start: int, end: int) -> bool:
    """Whether the text writes the name at [start, end) as a place's: after a preposition of place
    ("food from El Obeid", "strikes on Nabatieh"), or first on its line before a comma and a capital, a
    column gap or the line's end ("Nouméa, New Caledonia – 14 March 2025", "Sindh      41    63"), or before a
    comma and the name of a State ("ECLAC headquarters, Santiago, Chile").
    Used for a name the gazetteers know as a city or a subdivision that the model took for a body (a
    city's name may be a club's or a team's: "Leeds", "Lancashire", so a bare match decides nothing)."""
    if _PLACE_PREPOSITION.search(text, max(0, start - 12), start):
        return True
    m = _COMMA_STATE.match(text, end)  # "ECLAC headquarters, Santiago, Chile": a city and its State
    if m and (entry := load().lookup(m.group(1))) is not None and entry.label == "COUNTRY":
        return True
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and bool(_DATELINE_OR_ROW.match(text, end))


_ITEM_RE = r"(?:(?:St|Ste|Mt|Ft)\.[ ])?[A-Z][\w'’-]*(?:[ ](?:[A-Z][\w'’-]*|(?:da|de|do|du|del)(?=[ ][A-Z])|al-[A-Z][\w'’-]*|el-[A-Z][\w'’-]*)){0,3}"
_ITEM = re.compile(_ITEM_RE)
# "the provincial capital Chaghcharan", "Speaking from Pul-e-Khumri": a name a place is written as
_PLACE_APPOSITION = re.compile(rf"\b(?:(?:provincial|regional|state|district|county|departmental) capital,?|the capital,|[Ss]peaking from|[Rr]eporting from|[Cc]alling from|[Bb]riefing from)[ ]+({_ITEM_RE})")
# "A, B and C", "A and B", "A, B, and C" (one line)
_LIST = re.compile(rf"(?<![\w-]){_ITEM_RE}(?:,[ ]+{_ITEM_RE})*,?[ ]+and[ ]+(?:the[ ]+)?{_ITEM_RE}")
_PLACE_CUE_BEFORE = re.compile(r"\b(?:" + _alt("place_cues_before") + r") of\s+$")
# also capitalized in a heading ("Baghlan, Ghor and Takhar Provinces")
# "the town of Taloqan", "the airport of Sal": one name after a singular cue is a place
_PLACE_CUE_ONE = re.compile(r"\b(?:" + "|".join(w for w in lexicon("place_cues_before") if w not in ("area", "areas", "regions"))
                            + rf") of[ ]+({_ITEM_RE})")
_PLACE_CUE_AFTER = re.compile(r"\s+(?:" + _alt("place_cues_after", capital_too=True) + r")\b")


# "the Western European and other States", "the African and Asia-Pacific States": groups of States
_GROUP = "(?:" + _alt("regional_groups") + ")"
_REGIONAL_GROUP = re.compile(rf"(?<![\w-])(?:{_GROUP}(?:,[ ]+|[ ]+and[ ]+(?:the[ ]+)?))*{_GROUP}\s+States\b"
                             # "the Pacific small island developing States": a group of States too
                             r"|(?<![\w-])[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*)?\s+small\s+island\s+developing\s+States?\b"
                             # "a Pacific-owned institution", "Africa-led": a place's name in a compound adjective
                             r"|(?<![\w-])[A-Z][\w'’]*(?:[ ][A-Z][\w'’]*)?-(?:owned|led|based|born|run|backed|wide|centred|centered|focused)\b")


def _outside_regional_groups(text: str, cands: list[Candidate]) -> list[Candidate]:
    """No place and no body the gazetteers do not know is read inside the name of a regional group
    of States ("Asia-Pacific" in "the African and Asia-Pacific States", "Pacific" in "the Pacific small
    island developing States") or in a compound adjective ("a Pacific-owned institution")."""
    spans = [m.span() for m in _REGIONAL_GROUP.finditer(text)]
    if not spans:
        return cands
    return [c for c in cands if not (c.label in ("ORG", "LOCATION", "PLACE")
                                     and (c.entry is None or c.entry.id.startswith("new:") or c.label != "ORG")
                                     and any(s <= c.start and c.end <= e for s, e in spans))]


def _single_spaced(text: str) -> str:
    """``text`` with each line break and the indentation after it as spaces (offsets unchanged)."""
    return re.sub(r"\n[ \t]*", lambda m: " " * len(m.group()), text)


def _trim_item(text: str, s: int, e: int) -> tuple[int, int]:
    """A list item without a leading sentence word ("In Pemba" -> "Pemba") or a trailing full stop."""
    words = text[s:e].split(" ")
    while words and words[0] in _PLACE_STOP:
        s += len(words[0]) + 1
        words.pop(0)
    while e > s and text[e - 1] in ".,;:":
        e -= 1
    return s, e


def _word_like_name(w: str) -> bool:
    return all(ch.isalpha() or ch in "-'’" for ch in w) and not (w.isupper() and len(w) > 1 and "-" not in w)


_ADMIN_FORM = re.compile(r"^(.+?) (?:" + _alt("admin_forms") + r")$")

# A singular administrative word after a capitalized name makes it a place ("the Soum province"), and so
# does a camp or a crossing ("the Zamzam camp", "the Dogharoun crossing")
_ADMIN_WORD = re.compile(r"(?<=[ \t\n])(?:" + "|".join(w for w in lexicon("admin_tails")
                                                       if not w.endswith("s") and w not in ("state", "department"))
                         + "|" + "|".join(sorted(lexicon("site_nouns_after"), key=len, reverse=True))
                         + r")\b")
_ADMIN_AFTER = re.compile(r"[ \t]+(?:" + _alt("admin_forms") + r"|city|crossing|border crossing|border post|corridor|"
                          r"jungle|canal|wetlands|delta|oasis)\b(?![ \t]*(?:[A-Z]|[-–—]\w))")


def _admin_words_kept(text: str, blocks: Sequence[Block], cands: list[Candidate]) -> list[Candidate]:
    """"Sindh province", "Borno State", "Artibonite department", "Marib city", "the Adre crossing":
    the administrative or geographic noun written after a place is part of the mention (its text), not
    of the place's name ("Sindh", "Borno", "Adre"), so a place is one place however it is written."""
    out = list(cands)
    for i, c in enumerate(out):
        if c.label != "LOCATION":
            continue
        m = _ADMIN_AFTER.match(text, c.end)
        end = m.end() if m else c.end
        nxt = out[i + 1].start if i + 1 < len(out) else len(text)
        block_end = blocks[c.block].end if c.block is not None and c.block < len(blocks) else len(text)
        if end > nxt or end > block_end:
            end = c.end
        if end != c.end:
            out[i] = replace(c, end=end, canonical=c.canonical or " ".join(text[c.start:c.end].split()))
    return out


def _merge_admin_forms(locations: dict[str, list[int]]) -> dict[str, list[int]]:
    """"Cabo Delgado Province" and "Cabo Delgado" in one document are one place, named the short way."""
    out = dict(locations)
    for name in list(out):
        m = _ADMIN_FORM.match(name)
        if m and m.group(1) in out and name in out:
            out[m.group(1)] = sorted(out[m.group(1)] + out.pop(name))
    return out


# Verbs of travel before a name the model alone found: the name is the place travelled to
_VISITED = re.compile(r"\b(?:visit|visits|visited|visiting|travelled to|traveled to|travelling to|traveling to|arrived in|arrived at|"
                      r"returned to|returned from|went to|flew to|a visit to|his visit to|her visit to|trip to|mission to)\s+$")
_PLACE_PREP_BEFORE = re.compile(r"\b(?:to|from|near|towards|via|outside|around|into)\s+$")
_PLACE_PREP_ONLY = re.compile(r"\b(?:in|as far as|near|outside|around|towards|across|inside)\s+$")
# Before a name the gazetteers know as a place and the model read as a body ("east of Surigao del Sur",
# "rains over Agusan del Sur"): the name is the place
_KNOWN_PLACE_PREP = re.compile(r"(?:\b(?:in|at|near|to|from|towards|via|outside|around|into|across|over|throughout|inside)"
                               r"|\b(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest"
                               r"|southeast|southwest)(?:ern)?[ ]+of)[ ]+$")
_PLACE_NOUN_AFTER = re.compile(r"\s+(?:" + _alt("place_nouns_after") + r")\b")


def _places_in_lists(text: str, root: Block, inner: list[Block], cands: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """Names listed with places are places ("El Geneina, Nyala and Zalingei"; "in Pemba and
    Montepuez"), and so are names listed after "the villages of" or before "districts"
    ("Zinda Jan and Injil districts"). A list holding a known organization or a person found by
    the rules is left alone; a listed name the model took for an organization becomes a place
    unless its name has an organization's head word."""
    by_span = {(c.start, c.end): c for c in cands}
    out = list(cands)
    for lst in _LIST.finditer(_single_spaced(root.text)):
        items = [(root.start + m.start(), root.start + m.end()) for m in _ITEM.finditer(lst.group())]
        items = [(s + lst.start(), e + lst.start()) for s, e in items]
        first = items[0][0] if items else 0  # the cue stands before the list as written ("islands of Greater Tunb")
        items = [_trim_item(text, s, e) for s, e in items]
        items = [(s, e) for s, e in items if e > s]
        if len(items) < 2:
            continue
        before = text[max(root.start, first - 30):first]
        after = text[items[-1][1]:items[-1][1] + 16]
        cue = bool(_PLACE_CUE_BEFORE.search(before) or _PLACE_CUE_AFTER.match(after))
        known = [by_span.get(it) for it in items]
        if not cue and not any(c is not None and c.label == "LOCATION" for c in known):
            continue
        if cue:
            # "Cumilla and Noakhali districts", "Baghlan and Takhar provinces": what the model read as one
            # name over the list (with its noun) is the listed places
            cue_end = items[-1][1] + (m.end() if (m := _PLACE_CUE_AFTER.match(after)) else 0)
            over = [x for x in out if (x.label in ("ORG", "LOCATION", "PLACE") or x.label == "PERSON" and x.source == "model")
                    and (x.entry is None or x.label != "ORG")
                    and items[0][0] <= x.start and x.end <= cue_end and (x.start, x.end) not in items
                    and (x.source == "model" and x.label != "PERSON" and re.search(r"[ ]and[ ]|,", text[x.start:x.end]) is not None
                         # "Banteay Meanchey" of which the model read "Meanchey", "Baghlan" in "Baghlan-e-Jadid"
                         or any(s <= x.start and x.end <= e and (s, e) != (x.start, x.end) for s, e in items))]
            if over:
                out = [x for x in out if not any(x is o for o in over)]
                by_span = {(c.start, c.end): c for c in out}
                known = [by_span.get(it) for it in items]
        if any(c is not None and (c.label in ("ORG", "PERSON") and c.source != "model"
                                  or c.label == "DATE" and any(ch.isdigit() for ch in text[c.start:c.end]))
               for c in known):
            continue
        for (s, e), c in zip(items, known):
            if c is not None and c.label in ("LOCATION", "COUNTRY"):
                continue
            surface = text[s:e]
            if any(w in _ORG_HEADS or w in ORG_KEYWORDS for w in surface.split()) or "\n" in surface:
                continue
            if c is None and any(x.start < e and s < x.end for x in out):
                continue
            if gazetteer.is_not_entity(surface) or gazetteer.is_title(surface):
                continue
            if c is None and (surface.split()[-1] == "Affairs" or all(w in _PORTFOLIO for w in surface.split())):
                continue  # "Deputy Minister for Europe and Foreign Affairs": a portfolio listed with a place
            if c is None and " " not in surface and re.match(r"[ ]of[ ][A-Z]", text[e:e + 5]):
                continue  # "the Drake Passage and the Strait of Magellan": the name goes on past the list's item
            new = Candidate(s, e, "LOCATION", "rule", canonical=" ".join(surface.split()))
            block = _innermost(root, inner, new)
            if block is None:
                continue
            new.block = block
            out = [x for x in out if x is not c]
            out.append(new)
    return out


def _place_rules(block: Block, gazetteer: Gazetteer) -> list[Candidate]:
    """A capitalized name with a lower-case geographic tail is one place ("Diffa region",
    "Korean peninsula", "Sulu archipelago"), also when the name alone is no place
    ("Korean"). Not when the name is a State ("the Niger region" is the Niger) or an
    organization; an owner written before it is no part of it ("Sudan's Zamzam camp" is Zamzam)."""
    out = []
    tails = sorted([*_LOWER_TAIL.finditer(block.text), *_ADMIN_WORD.finditer(block.text)], key=lambda m: m.start())
    for m in tails:
        words = list(re.finditer(r"\S+", block.text[max(0, m.start() - 80):m.start()]))
        base = max(0, m.start() - 80)
        run: list[re.Match] = []
        for w in reversed(words):
            t = w.group()
            if (run or "-" in t) and _PLACE_PARTICLE.match(t) and len(run) < 3:
                run.insert(0, w)
                continue
            if not t[:1].isupper() or not _word_like_name(t) or t in _PLACE_STOP or len(run) == 3 \
                    or re.search(r"['’]s$", t):
                break  # (the owner before a place is no part of its name: "Sudan's Zamzam camp")
            run.insert(0, w)
        while run and _PLACE_PARTICLE.match(run[0].group()) and "-" not in run[0].group():
            run.pop(0)
        if not run:
            continue
        s, e = block.start + base + run[0].start(), block.start + m.end()
        name = " ".join(w.group() for w in run)
        entry = gazetteer.lookup(name)
        if entry is not None and entry.label != "LOCATION":
            continue
        canonical = " ".join(block.text[s - block.start:e - block.start].split())
        if m.group() == "coast" and entry is None and name in gazetteer.demonyms:
            continue  # "the Libyan coast": a State's coast, written with its adjective, is no place's name
        if m.group()[:1].islower() and m.group().endswith("s") \
                and re.search(r"[A-Z][\w'’-]*,?[ ]+and[ ]+$", block.text[:base + run[0].start()]):
            # "the Pamir and Tien Shan mountains": a plural noun shared by two names is no part of either
            e = block.start + base + run[-1].end()
            canonical = entry.name if entry is not None else name
        if m.re is _ADMIN_WORD:
            # "the Soum province", "the Zamzam camp": the place is Soum, Zamzam, written with its noun
            if entry is None and name in gazetteer.demonyms:
                continue  # "a Greek prison": an adjective, no place's name
            if any(w.group() in _ORG_HEADS or w.group() in ORG_KEYWORDS or w.group() in _GENERIC_ORG_WORDS
                   or w.group() in _GENERIC_PLACE_WORDS for w in run):
                continue
            at = base + run[0].start()
            first = re.search(r"(?:^|[.!?:]\s+|\n\s*)$", block.text[:at]) is not None
            if entry is None and (first and len(run) == 1 or _written_lower_elsewhere(block.text, name.split())):
                continue  # "Refugee camp" opening a sentence, "the Transit camp": a common noun, no name
            if re.search(r"(?<![\w'’-])(?:[Aa]n?|[Oo]ne|[Ee]very|[Ee]ach)[ ]+$", block.text[max(0, at - 8):at]):
                continue  # "a ceremony in a Goris secondary school": a site of that place, no site's name
            canonical = entry.name if entry is not None else name
        elif entry is not None and m.group()[:1].islower() and (entry.place_type in ("region", "territory") or m.group() == "region"):
            # (a town or a province with a feature word is another place: "the Mandera triangle")
            # "the Kordofan region": a known place written with its lower-case noun is that place
            canonical = entry.name
        out.append(Candidate(s, e, "LOCATION", "rule", canonical=canonical))
    for m in (*_PLACE_CUE_ONE.finditer(block.text), *_PLACE_APPOSITION.finditer(block.text)):
        # "the airport of Sal"; "the provincial capital Chaghcharan", "speaking from Pul-e-Khumri"
        s, e = _trim_item(block.text, m.start(1), m.end(1))
        name = block.text[s:e]
        entry = gazetteer.lookup(name)
        if e <= s or (entry is not None and entry.label != "LOCATION") or gazetteer.is_not_entity(name) \
                or gazetteer.is_title(name) or any(w in _ORG_HEADS or w in ORG_KEYWORDS for w in name.split()):
            continue
        out.append(Candidate(block.start + s, block.start + e, "LOCATION", "rule",
                             canonical=entry.name if entry is not None else " ".join(name.split())))
    for m in _DATELINE.finditer(block.text):
        name = m.group(1)
        words = name.split()
        entry = gazetteer.lookup(name)
        if (entry is not None and entry.label != "LOCATION") or words[0] in _PLACE_STOP or words[0] in _ORG_STOP \
                or any(w in _ORG_HEADS or w in ORG_KEYWORDS or w.rstrip(".") in _MONTH_WORDS for w in words) \
                or gazetteer.is_not_entity(name) or gazetteer.is_title(name) or entry is None and len(words) > 1:
            continue  # (a name of two words the gazetteers do not know may be a person's: "John Smith, 12 March 2024")
        out.append(Candidate(block.start + m.start(1), block.start + m.end(1), "LOCATION", "rule",
                             canonical=entry.name if entry is not None else " ".join(words)))
    for m in _LISTED_BEFORE_PLURAL.finditer(block.text):
        for item in re.finditer(r"[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*)?", m.group(1)):
            name = item.group()
            entry = gazetteer.lookup(name)
            words = name.split()
            if (entry is not None and entry.label != "LOCATION") or words[0] in _PLACE_STOP or words[0] in _ORG_STOP \
                    or all(w in _GENERIC_PLACE_WORDS for w in words) or any(w in _ORG_HEADS or w in ORG_KEYWORDS for w in words) \
                    or gazetteer.is_not_entity(name) or name in gazetteer.demonyms or _KIND_OTHER_ALWAYS.search(name):
                continue  # (not "the Red Cross camps")
            s = block.start + m.start(1) + item.start()
            out.append(Candidate(s, s + len(name), "LOCATION", "rule", canonical=entry.name if entry is not None else name))
    for m in _AUTONOMOUS_OF.finditer(block.text):
        # "the Autonomous Region of Príncipe", "the Autonomous Region of Bougainville": one place
        out.append(Candidate(block.start + m.start(), block.start + m.end(), "LOCATION", "rule",
                             canonical=" ".join(m.group().split())))
    for m in _GREATER.finditer(block.text):
        entry = gazetteer.lookup(m.group(1))
        if entry is not None and entry.label == "LOCATION":  # "Greater Georgetown", "Greater Khartoum"
            out.append(Candidate(block.start + m.start(), block.start + m.end(), "LOCATION", "rule",
                                 canonical=" ".join(m.group().split())))
    for m in [*_NUMBERED_ROOM.finditer(block.text), *_PALACE_FIRST.finditer(block.text)]:
        words = m.group().split()
        while words and (words[0] in _PLACE_STOP or words[0] in _ORG_STOP):
            words.pop(0)
        if words:
            s = block.start + m.end() - len(" ".join(words))
            out.append(Candidate(s, block.start + m.end(), "LOCATION", "rule", canonical=" ".join(words)))
    out.extend(replace(c, start=c.start + block.start, end=c.end + block.start) for c in _streets(block.text, gazetteer))
    out.extend(replace(c, start=c.start + block.start, end=c.end + block.start) for c in _features(block.text, gazetteer))
    out.extend(replace(c, start=c.start + block.start, end=c.end + block.start)
               for c in _address_localities(block.text, block.start, gazetteer))
    out.extend(replace(c, start=c.start + block.start, end=c.end + block.start) for c in _mountains_and_lakes(block.text, gazetteer))
    for m in _SITE_AFTER_PREP.finditer(block.text):
        words = m.group(1).split()
        if all(w in _SITE_HEAD_MODIFIERS for w in words[:-1]) or _site_acts(block.text, m.start(1), m.end(1)) \
                or any(w in _PLACE_STOP or w in _ORG_STOP for w in words[:-1]) or gazetteer.lookup(m.group(1)) is not None:
            continue  # "the Lower House", "at the White House": a chamber, a body
        out.append(Candidate(block.start + m.start(1), block.start + m.end(1), "LOCATION", "rule", canonical=" ".join(words)))
    for m in _VENUE_NAME.finditer(block.text):
        words = m.group(1).split()
        ends = [k for k, w in enumerate(words) if w.endswith(".") and len(w) > 4]
        if ends:
            words = words[ends[-1] + 1:]  # "... the Trusteeship Council Chamber. The Upper Chamber": a sentence ended
        while words and (words[0] in _PLACE_STOP or words[0] in _ORG_STOP
                         or len(words) > 1 and words[0].isupper() and len(words[0]) > 1):
            words.pop(0)  # "the TEPCO Fukushima Daiichi Nuclear Power Station": the operator is no part of it
        if not [w for w in words if w not in _VENUE_GENERIC]:
            continue  # "the Conference Hall", "the Main Hall": no name
        s = block.start + m.end() - len(" ".join(words)) - len(m.group(2)) - 1
        out.append(Candidate(s, block.start + m.end(), "LOCATION", "rule",
                             canonical=" ".join(block.text[s - block.start:m.end()].split())))
    return out
