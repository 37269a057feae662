"""People rules, names: the personal name and the honorifics before it.

Part of the extract stage. ``NameRules`` holds the methods of :class:`pipeline.people.PeopleRules`
that read a name over the tokens of a line: the run of honorifics ("H.E. Ms."), where a personal
name starts and ends (particles, patronymics, initials, regnal numbers), whether a run of
capitalized words is a clean name, and the match built from them. :mod:`pipeline.people` composes
it into ``PeopleRules``, whose ``__init__`` sets the attributes these methods read (``g``,
``_honorifics``, ``title_words``); the other methods they call live in the other parts. It imports
only :mod:`pipeline.people_tokens` and the gazetteer, never :mod:`pipeline.people`.
"""

from __future__ import annotations

import re

from collections.abc import Sequence

from ._data import lexicon_set
from .people_tokens import (
    _ADDRESS_WORDS, DOCUMENT_WORDS, RETIRED_MARKS, GLOTTAL_NAME, HEADLINE_VERBS, NAME_PARTICLES, ORG_KEYWORDS, SPEECH_VERBS, _ARABIC_ARTICLE, _BROKEN_POSSESSIVE,
    _GIVEN_NAME_HONORIFICS, NAME_STYLES_AFTER_A_FORM, _MONTHS, _NAME_ABBREVIATIONS, _NAME_HONORIFICS, _NOT_NAME, _PATRONYMIC, _PATRONYMIC_AFTER, _POSSESSIVE, _REGNAL, GazetteerSpan, PersonMatch,
    _Tok, _common_noun_like, _entry_starting, plural_portfolio_noun, _is_initial, _is_regnal, _name_like,
)

# An abbreviated capitalized word ("Pol.", "Insp."): written after a form of address, a rank's abbreviation
_RANK_ABBREVIATION = re.compile(r"[A-Z][a-z]{1,3}\.")
_WEEKDAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})
_FORMS_OF_ADDRESS = frozenset({"MR", "MRS", "MS", "MISS", "DR", "H.E", "PROF", "SIR", "DAME", "HON", "MADAM", "MME", "M"})
# An area's noun ends a place's name, never a person's ("the Abyei Special Administrative Area")
_NAME_FINAL_PLACE_WORDS = lexicon_set("name_final_place_words")
_NAME_FINAL_BODY_WORDS = lexicon_set("name_final_body_words")  # "Wetlands International": a body's name
_PORTFOLIO_FINAL_WORDS = lexicon_set("portfolio_final_words")  # "Nationals Abroad": a portfolio's last word
_STREET_HEADS = lexicon_set("street_heads")  # "Ratu Sukuna Road": a street named after a person
# The adjectives that name a part of a place ("Northern", "Central"; lexicon place_part_words, not the compass nouns a
# family name may be: "Colonel North"): after a title written like an honorific, a division's name, no person
# ("The Commissioner Northern, Mr. X")
_PLACE_PART_ADJECTIVES = frozenset(w for w in lexicon_set("place_part_words")
                                   if not re.fullmatch(r"(?:North|South|East|West)(?:-(?:East|West))?", w))
# words that go on with an office after a title word ("Mr. X Chair and Ms. Y Vice-Chair", "Chancellor for ..."):
# after them the title word is no family name
_FAMILY_TITLE_NOT_AFTER = frozenset({"and", "the", "for", "from", "with", "nor", "but", "who", "whose", "elect",
                                     "designate", "general"})


class NameRules:
    """The name rules of :class:`pipeline.people.PeopleRules`: honorifics and personal names."""

    def _match(self, toks, i, j, honorific, role, form) -> PersonMatch:
        start, end = toks[i].start, toks[j - 1].end
        name = " ".join(t.text for t in toks[i:j]).replace(" , ", ", ")  # ("Joseph Nyuma Boakai, Sr.")
        if name.endswith(".") and not _is_initial(toks[j - 1].text) or name.endswith(":") \
                or _question_mark_after(name):
            name, end = name[:-1], end - 1  # the sentence's full stop, a speaker's colon, a question's mark
        for suffix in (*_POSSESSIVE, *_BROKEN_POSSESSIVE):
            if name.endswith(suffix) and len(name) > len(suffix) + 1:
                name = name[: -len(suffix)]
                end -= len(suffix)
                break
        return PersonMatch(start=start, end=end, name=name, honorific=honorific, role=role, form=form)

    def _honorific_parts(self, toks: list[_Tok], i: int, end: int) -> list[tuple[int, int]]:
        """The honorifics of a run as (start, end) token ranges: "H.E." "Ms."."""
        parts, j = [], i
        while j < end:
            if parts and self._retired_mark_at(toks, j):
                parts.append((j, j + 3))  # "Major General (rtd)": the retired officer's mark goes with the rank
                j += 3
                continue
            if parts and toks[j].text in NAME_STYLES_AFTER_A_FORM:
                break
            if parts and self._rank_abbreviation_at(toks, j):
                parts.append((j, j + 1))  # "Brig. Gen. Pol.": a rank's abbreviation no list has
                j += 1
                continue
            for cand in self._honorifics.get(toks[j].text, ()):
                if tuple(t.text for t in toks[j : j + len(cand)]) == cand:
                    parts.append((j, j + len(cand)))
                    j += len(cand)
                    break
            else:
                break
        return parts

    def _honorific_at(self, toks, i) -> bool:
        return self._honorific_run(toks, i) > i

    def _honorific_run(self, toks: list[_Tok], i: int) -> int:
        """Index after the run of honorifics starting at ``i`` ("H.E. Ms."), or ``i``."""
        j = i
        while j < len(toks):
            if j > i and self._retired_mark_at(toks, j):
                j += 3  # "Major General (rtd) George Aggrey Owinow"
                continue
            if toks[j].text in _GIVEN_NAME_HONORIFICS and j + 1 < len(toks) and (
                    toks[j + 1].text in self._honorifics or not toks[j + 1].text[:1].isupper() or any(
                        t.text in self.title_words or t.text in ORG_KEYWORDS
                        for t in toks[j + 1:next((x for x in range(j + 1, min(len(toks), j + 5))
                                                  if not toks[x].text[:1].isupper() or x > j + 1 and toks[x].nl),
                                                 min(len(toks), j + 5))])):
                break  # "Deputy Secretary-General X", "Deputy Prime Minister X", "former Deputy United Nations High
                # Commissioner for Refugees X": the word opens a title, no form of address
            if j > i and toks[j].text in NAME_STYLES_AFTER_A_FORM:
                break  # "Dr. Alhaji Sarjoh Bah": a pilgrim's style after a form of address opens the name
            if j > i and self._rank_abbreviation_at(toks, j):
                j += 1  # "Brig. Gen. Pol. Hendra Wicaksono": an abbreviated word after a form of address, before a
                continue  # name, is a rank's abbreviation no list has (the police's), no name
            if toks[j].text in _GIVEN_NAME_HONORIFICS and self._one_word_after(toks, j):
                break  # "Mrs. Sheikha Al-Mazrouei", "the Minister of Agriculture, Malam Sambú,": a courtesy form that is
                # also a given name, before one word of a name, is the given name
            for parts in self._honorifics.get(toks[j].text, ()):
                if tuple(t.text for t in toks[j : j + len(parts)]) == parts:
                    j += len(parts)
                    break
            else:
                break
        return j

    def _retired_mark_at(self, toks: list[_Tok], j: int) -> bool:
        """Whether a retired officer's mark in brackets starts at ``j`` ("(rtd)", "(ret.)"; lexicon retired_marks)."""
        return j + 2 < len(toks) and toks[j].text == "(" and toks[j + 1].text in RETIRED_MARKS and toks[j + 2].text == ")"

    def _inside_a_name(self, toks: list[_Tok], i: int) -> bool:
        """Whether the word at ``i`` follows a capitalized word of a longer name in the same sentence (no title, no
        form of address, no word that opens a sentence): "Transitional Justice", "the Ministry's General"."""
        if i < 2 or toks[i].nl or toks[i].text.rstrip(".").upper() in _FORMS_OF_ADDRESS:
            return False  # ("On Saturday Mr Cassis will ...": a plain form of address is never a name's word)
        prev = toks[i - 1].text
        core = prev[:-2] if prev.endswith(("'s", "’s")) else prev
        if not _name_like(core) or _is_initial(core) or core.endswith(".") or core in self.title_words \
                or core in self._honorifics or core in _NOT_NAME or core in _WEEKDAYS or core.upper() == core:
            return False
        before = toks[i - 2].text
        return before[:1].islower() and before not in ("and", "&") or before[:1].isupper() and _name_like(before) \
            and not before.endswith((".", ":"))

    def _rank_abbreviation_at(self, toks: list[_Tok], j: int) -> bool:
        """Whether the word at ``j``, after a form of address, is an abbreviated word no list has that a name or
        another form of address follows: a rank's abbreviation ("Brig. Gen. Pol. Hendra Wicaksono")."""
        if j == 0 or toks[j - 1].text.rstrip(".").upper() in _FORMS_OF_ADDRESS:
            return False  # "Mr. Lee. Kim Jong-un said ...": after a plain form of address, a short family name
        return bool(_RANK_ABBREVIATION.fullmatch(toks[j].text)) and toks[j].text not in _NAME_ABBREVIATIONS \
            and toks[j].text not in self._honorifics and toks[j].text.rstrip(".") not in _NOT_NAME \
            and j + 1 < len(toks) and not toks[j + 1].nl \
            and (toks[j + 1].text in self._honorifics or self._name_after_rank(toks, j + 1))

    def _name_after_rank(self, toks: list[_Tok], j: int) -> bool:
        """Whether two capitalized words of a name, neither an abbreviation, start at ``j``."""
        return j + 1 < len(toks) and all(
            _name_like(t.text) and not t.text.endswith(".") and t.text not in self._honorifics
            and t.text not in self.title_words and t.text not in ORG_KEYWORDS and t.text not in _NOT_NAME
            for t in toks[j:j + 2]) and not toks[j + 1].nl

    def _one_word_after(self, toks: list[_Tok], j: int) -> bool:
        """Whether one capitalized word of a name, and no more, follows the word at ``j`` ("Sheikha Al-Mazrouei,")."""
        if j + 1 >= len(toks) or not _name_like(toks[j + 1].text) or _is_initial(toks[j + 1].text) \
                or toks[j + 1].text in self._honorifics or toks[j + 1].text in self.title_words \
                or toks[j + 1].text in ORG_KEYWORDS or toks[j + 1].text in _NOT_NAME:
            return False
        if toks[j + 1].text.endswith((".", ":")) or j + 2 >= len(toks) or toks[j + 2].nl:
            return True
        nxt = toks[j + 2].text
        return not (_name_like(nxt) or nxt in NAME_PARTICLES or _ARABIC_ARTICLE.match(nxt) or _is_regnal(nxt))

    def _name(self, toks: list[_Tok], i: int, spans: Sequence[GazetteerSpan], *, after_honorific: bool = False) -> int:
        """Index after the personal name starting at ``i`` (``i`` when there is none)."""
        span_starts = {s for s, _, _ in spans}
        j = i
        while j < len(toks) and (j - i < 7 or j - i < 11 and any(t.text in _PATRONYMIC for t in toks[i + 1:j])):
            # ("Erywan bin Pehin Datu Pekerma Jaya Haji Mohd Yusof": a father's name with his styles runs long)
            w = toks[j].text
            if j > i and toks[j].start in span_starts:
                hit = _entry_starting(spans, toks[j].start)
                if not (after_honorific and j - i in (1, 2) and hit is not None and hit[2].label in ("LOCATION", "COUNTRY")
                        and (hit[1] == toks[j].end or hit[1] == toks[j].end - 1 and w.endswith("."))
                        and (hit[2].place_type == "city" or hit[2].label == "COUNTRY" and w in hit[2].ambiguous) and all(_name_like(t.text) and not _is_initial(t.text) for t in toks[i:j])
                        and (j + 1 >= len(toks) or not _name_like(toks[j + 1].text))) \
                        and not ((j - i >= 2 or after_honorific and j - i == 1) and self._place_inside_name(toks, j, hit, span_starts)) \
                        and not (after_honorific and self._place_after_particle(toks, i, j, hit)):
                    break
                # "Mr. Paul Lusaka", "Ambassador Gonzalo Pereira Lagos": a city's name after the given name or names is
                # the last family name, and so is a State's name that is also a personal name ("Lt. Col. Michael Jordan"); "Carlos Alberto Montenegro Ortiz": a State's or a place's name between the given
                # names and the last family name is a name
            if j > i and w.rstrip(".") in _PATRONYMIC_AFTER and _name_like(toks[j - 1].text):
                j += 1  # "Nurlanbek Turgunbek uulu": son of Turgunbek, the name ends (also at a sentence's end: "uulu.")
                break
            if j - i >= 2 and w == "," and j + 1 < len(toks) and toks[j + 1].text in _REGNAL \
                    and toks[j + 1].text.endswith(".") and not toks[j + 1].nl and _name_like(toks[j - 1].text):
                j += 2  # "Joseph Nyuma Boakai, Sr.", "Surangel S. Whipps, Jr.": a generational suffix after a comma
                break
            if j > i and _is_nickname(w) and _name_like(toks[j - 1].text) and j + 1 < len(toks) \
                    and _name_like(toks[j + 1].text) and toks[j + 1].text not in _NOT_NAME \
                    and toks[j + 1].text not in self.title_words and toks[j + 1].start not in span_starts:
                j += 1  # 'Cordell "Dell" Greaves': a nickname in quotes between the given and the family name
                continue
            if j > i and _is_middle_month(toks, j):
                j += 1  # "Alison August Treppel": a given name that is also a month's
                continue
            if j > i and self._honorific_run(toks, j) == j + 1 and _name_like(w) and w[1:].islower() and _name_like(toks[i].text) \
                    and toks[j].start - toks[j - 1].end < 2 and (j - i >= 2 and (j + 1 >= len(toks) or toks[j + 1].text in (",", ";", ".", "(")
                                         or re.fullmatch(r"[a-z]{3,}", toks[j + 1].text))
                         or j + 2 < len(toks) and toks[j + 1].text == "," and toks[j + 2].text in self.title_words
                         and not _is_initial(toks[i].text)
                         or j - i == 1 and j + 1 < len(toks) and re.fullmatch(r"[a-z]{4,}", toks[j + 1].text)
                         and toks[i].text[1:].islower() and toks[j + 1].start - toks[j].end < 2):
                j += 1  # "Ambassador Isiaka Abdulqadir Imam noted", "Rhonda King, Ambassador of ...", "Amy Pope visited": a family
                break  # name that is also an honorific ends the name; after two spaces it is the next column of a table ("H.E. Mr. X Y  Ambassador")
            if after_honorific and j - i == 1 and self._family_title_word(toks, i, j):
                j += 1  # "Mr. John Rector said", "Ms. Joan Bishop.": a family name that is also a title word ends the name
                break
            if w in _NOT_NAME or w in self.title_words or w in ORG_KEYWORDS or w in HEADLINE_VERBS:
                break
            if after_honorific and j == i and GLOTTAL_NAME.fullmatch(w) and j + 1 < len(toks) \
                    and _name_like(toks[j + 1].text) and not toks[j + 1].nl:
                j += 1  # "Ms. 'Mathato Sekoai", "Hon. Dr. 'Aisake Valu Eke": a glottal stop opens the given name
                continue
            if j > i and GLOTTAL_NAME.fullmatch(w) and _name_like(toks[j - 1].text) and not toks[j].nl \
                    and toks[j].start == toks[j - 1].end + 1 and not (j + 1 < len(toks) and toks[j + 1].start == toks[j].end
                                                                    and toks[j + 1].text[:1] in "'’‘"):
                j += 1  # "Dr. Reynold 'Ofanoa": a glottal stop opens the family name
                continue
            if 0 < j - i <= 2 and w in _NAME_HONORIFICS and j + 1 < len(toks) and _name_like(toks[j + 1].text) \
                    and toks[j + 1].text not in self.title_words and not (i > 0 and toks[i - 1].text in _ADDRESS_WORDS):
                j += 1  # "Hassan Sheikh Mohamud", "Ali Haji Adam Abubakar": the word is part of the name after the
                continue  # given names (not after a ruler's style: "His Majesty Sultan Haji Hassanal Bolkiah")
            if j > i and toks[j - 1].text in _PATRONYMIC and _name_like(w):
                j += 1  # "Mohamad bin Haji Hasan", "Ahmad bin Tengku Ibrahim": the father's name, with his style
                continue
            if j > i and self._honorific_run(toks, j) == j + 1 and w in self._honorifics and j + 1 < len(toks) \
                    and any(t.text in _PATRONYMIC for t in toks[i + 1:j]) and _name_like(toks[j + 1].text) \
                    and not _is_initial(toks[j + 1].text) and toks[j + 1].text not in self.title_words \
                    and toks[j + 1].text not in ORG_KEYWORDS and toks[j + 1].start not in span_starts:
                j += 1  # "Erywan bin Pehin Datu Pekerma Jaya Haji Mohd Yusof": after "bin", a style of the father's
                continue  # (or grandfather's) name is part of the name
            if j > i and self._honorific_run(toks, j) > j:
                break
            if j > i and (_ARABIC_ARTICLE.match(w) or (_is_regnal(w) and j - i >= 1)):
                j += 1  # "Abdel Fattah al-Burhan", "Mswati III"
                if w.endswith(".") and w not in _REGNAL:
                    break  # "Pope Benedict XVI.": the sentence ends with the name
                continue
            if j > i and self._family_name_in_capitals(toks, i, j):
                j += 1  # "Justice Imani Daudi ABOUD", "Rafaâ BEN ACHOUR": a family name written in capitals
                if w.endswith("."):
                    break
                continue
            if j > i and w.endswith(":") and _is_initial(toks[j - 1].text) and _name_like(w[:-1]) \
                    and w[:-1] not in self.title_words and w[:-1] not in ORG_KEYWORDS and w[:-1] not in _NOT_NAME:
                j += 1  # "Dr. Carla N. Barnett: Thank you": a speaker's name after a middle initial ends at the colon
                break
            if j > i and w.endswith(":") and (_name_like(toks[j - 1].text) or toks[j - 1].text in NAME_PARTICLES) \
                    and not _is_initial(toks[j - 1].text) \
                    and _name_like(w[:-1]) and not _is_initial(w[:-1]) and not w[:-1].isupper() \
                    and not _common_noun_like(w) and w[:-1] not in self.title_words and w[:-1] not in ORG_KEYWORDS \
                    and w[:-1] not in _NOT_NAME and w[:-1] not in HEADLINE_VERBS and toks[j - 1].text not in self.title_words \
                    and j + 1 < len(toks) and not toks[j + 1].nl and toks[j].start - toks[j - 1].end == 1:
                j += 1  # "Personal Envoy Staffan de Mistura: Good evening": a speaker's name ends at the colon
                break
            if _name_like(w) and _question_mark_after(w):
                j += 1  # "meet President Erdoğan?": the question ends the name
                break
            if _name_like(w):
                j += 1
                if w.endswith(_POSSESSIVE[:2]) or (w.endswith(".") and len(w) > 2 and not _is_initial(w)
                                                   and not (w in _NAME_ABBREVIATIONS and j < len(toks) and _name_like(toks[j].text))):
                    break  # a possessive or the end of a sentence ends the name
                continue
            if w in NAME_PARTICLES and j > i:
                k = j
                while k < len(toks) and toks[k].text in NAME_PARTICLES:
                    k += 1
                if k < len(toks) and (_name_like(toks[k].text) or _name_like(toks[k].text[:-1]) and toks[k].text.endswith(":")) \
                        and k - j <= 3:  # ("Staffan de Mistura: ...": a speaker's name, its colon)
                    j = k
                    continue
            break
        # a name ends on a word, not on an initial or a particle
        while j > i and (_is_initial(toks[j - 1].text) or toks[j - 1].text in NAME_PARTICLES):
            j -= 1
        return j

    def _family_title_word(self, toks: list[_Tok], i: int, j: int) -> bool:
        """Whether the title word at ``j`` after a given name at ``i`` (an honorific before it) is the family name:
        one capitalized word naming nobody after it, followed by a verb, punctuation or the end ("Mr. Kevin King
        said", "Ms. Joan Bishop,"); not one opening an office ("Mr. X Chancellor of ...", "Mr. X Chair and Ms. Y")."""
        w = toks[j].text
        stop = w.endswith(".")  # "We thank Mr. John Rector.": the sentence ends with the name
        w = w[:-1] if stop else w
        if w not in self.title_words and w not in self._honorifics or not re.fullmatch(r"[A-Z][a-z]{2,}", w) \
                or toks[j].start != toks[j - 1].end + 1:
            return False
        if not _name_like(toks[i].text) or _is_initial(toks[i].text) or toks[i].text in self.title_words \
                or toks[i].text in _NOT_NAME or toks[i].text in ORG_KEYWORDS:
            return False
        if stop or j + 1 >= len(toks):
            return True
        nxt = toks[j + 1].text
        return nxt in (",", ";", ".", ":", ")", "(") or re.fullmatch(r"[a-z]{3,}", nxt) is not None \
            and nxt not in _FAMILY_TITLE_NOT_AFTER

    def _family_name_in_capitals(self, toks: list[_Tok], i: int, j: int) -> bool:
        """Whether the word at ``j`` is a family name written in capitals after a given name written in small
        letters ("Imani Daudi ABOUD", "Ben KIOKO", "Rafaâ BEN ACHOUR"), as courts and French-speaking writers
        do; an acronym no gazetteer knows is read so only there, never one the gazetteer or the lists know."""
        core = toks[j].text.rstrip(".")
        if len(core) < 3 or not core.isupper() or not all(ch.isalpha() or ch in "-'’" for ch in core) \
                or not core[0].isalpha():
            return False
        if not any(_name_like(t.text) and not _is_initial(t.text) and t.text[1:].rstrip(".").islower()
                   and t.text.rstrip(".") not in self.title_words for t in toks[i:j]):
            return False
        if not all(_name_like(t.text) or t.text.rstrip(".").isupper() for t in toks[i:j]):
            return False
        upper_words = {w.upper() for w in (*HEADLINE_VERBS, *SPEECH_VERBS, *ORG_KEYWORDS, *self.title_words, *_NOT_NAME)}
        return core not in upper_words and self.g.lookup(core) is None and not self.g.is_not_entity(core)

    def _place_inside_name(self, toks: list[_Tok], j: int, hit, span_starts, last_words: int = 1) -> bool:
        """Whether the one-word place at ``j`` sits between name words and is followed by the name's last word (or,
        with ``last_words`` 2, its last two: "the President of Paraguay, Santiago Peña Palacios, and ...")."""
        if last_words > 1 and j + 2 < len(toks) and _name_like(toks[j + 2].text) and not toks[j + 2].nl \
                and toks[j + 2].start not in span_starts and toks[j + 2].text not in self.title_words \
                and toks[j + 2].text not in ORG_KEYWORDS and toks[j + 2].text not in _NOT_NAME \
                and not _is_initial(toks[j + 2].text) and not toks[j + 1].text.endswith((".", ",", ":", ";")) \
                and self._place_inside_name(toks, j + 1, (toks[j + 1].start, toks[j + 1].end, hit[2]), span_starts):
            return True  # (the word after the place read as a place between name words, the name's last word after it)
        return hit is not None and hit[1] == toks[j].end and hit[2].label in ("COUNTRY", "LOCATION") \
            and j + 1 < len(toks) and _name_like(toks[j + 1].text) and toks[j + 1].start not in span_starts \
            and toks[j + 1].text not in self.title_words and toks[j + 1].text not in ORG_KEYWORDS \
            and toks[j + 1].text not in _NOT_NAME and not _is_initial(toks[j + 1].text) \
            and (j + 2 >= len(toks) or not _name_like(toks[j + 2].text))

    def _place_after_particle(self, toks: list[_Tok], i: int, j: int, hit) -> bool:
        """Whether the one-word State or place at ``j`` follows a name's particle after a given name and ends the
        name ("Mr. Kevin de Cuba, Director ...", "Ms. Ana da Guiné said"): a family name, not where one is from."""
        return hit is not None and hit[1] == toks[j].end and hit[2].label in ("COUNTRY", "LOCATION") \
            and toks[j - 1].text in NAME_PARTICLES and j - 1 > i and toks[j - 1].text[:1].islower() \
            and all(_name_like(t.text) and not _is_initial(t.text) for t in toks[i:j - 1]) \
            and (j + 1 >= len(toks) or not _name_like(toks[j + 1].text))

    def _clean_name(self, words: list[str], *, family_title_word: bool = False) -> bool:
        name = " ".join(words)
        if self.g.is_not_entity(name) or self.g.lookup(name) is not None:
            return False
        bare = [w.strip(".,;:'’") for w in words]
        if name in self.g.demonyms or all(w in self.g.demonyms for w in bare):
            return False  # "the Latin American group": a people's adjective, no name
        if any(self.g.lookup(" ".join(words[:n])) is not None for n in range(2, len(words))):
            return False  # "United Nations Development": a known name opens it
        if any(len(w) > 3 and w.endswith("s") and w[:-1] in self.title_words for w in bare):
            return False  # "the Joint Chiefs of Staff": a plural of a title, no name
        if len(bare) > 1 and bare[-1] in _NAME_FINAL_PLACE_WORDS:
            return False  # "Special Administrative Area": an area's name, no person
        if len(bare) > 1 and bare[-1] in _NAME_FINAL_BODY_WORDS:
            return False  # "peatland programme lead, Wetlands International": a body's name, no person
        if bare[-1] in _PORTFOLIO_FINAL_WORDS:
            return False  # "Minister of Foreign Affairs and National Community Abroad, X": a portfolio's end, no name
        if len(bare) > 1 and bare[-1].endswith("s") and _common_noun_like(bare[-1]):
            return False  # "Foreign Secretary Level Consultations": a plural abstract noun ends no name
        if len(bare) > 2 and plural_portfolio_noun(bare[0]):
            return False  # "Minister of Emergency Situations Chingis Arinov": a portfolio's plural noun begins no name
        # "Rhonda King": a family name that is also a title written as an honorific, after a given name
        family_title = len(bare) >= 2 and ((bare[-1],) in self._honorifics.get(bare[-1], ()) or family_title_word) \
            and not any(w in self.title_words or w in ORG_KEYWORDS for w in bare[:-1])
        return not any((w in self.title_words and not (family_title and x == len(bare) - 1)) or w in ORG_KEYWORDS
                       or w in DOCUMENT_WORDS or len(w) > 3 and w.isupper() and w.capitalize() in DOCUMENT_WORDS
                       or w in _NOT_NAME and not (0 < x < len(bare) - 1 and (w in _MONTHS or _is_initial(words[x])))
                       for x, w in enumerate(bare))  # ("Dawda A. Jallow": a middle initial is no article)

    def _plausible_with_honorific(self, toks, i, hon_end, name_end, spans) -> bool:
        words = [t.text for t in toks[hon_end:name_end]]
        if not self._clean_name(words, family_title_word=name_end == hon_end + 2
                                and self._family_title_word(toks, hon_end, hon_end + 1)):
            return False
        honorifics = " ".join(t.text for t in toks[i:hon_end])
        if name_end == hon_end + 1 and words[0].rstrip(".,;:") in _PLACE_PART_ADJECTIVES and honorifics in self.g.title_honorifics:
            return False  # "The Commissioner Northern, Mr. X": the division a title covers, no name
        if name_end == hon_end + 1 and hon_end == i + 1 and toks[i].text[-1:].isalpha() and self._inside_a_name(toks, i):
            return False  # "the National Transitional Justice Policy", "the Ministry's General Diwan": a rank's or an
            # office's word inside a longer capitalized name, no form of address
        if toks[hon_end - 1].text in _GIVEN_NAME_HONORIFICS and sum(len(w.rstrip(".")) > 1 for w in words) < 2:
            return False  # "Don Pramudwinai": the given name, no honorific
        if toks[hon_end - 1].text in _GIVEN_NAME_HONORIFICS and words[-1].rstrip(".,") in _STREET_HEADS:
            return False  # "Ratu Sukuna Road": a street named after a person
        # "General Assembly", "President Obama": honorifics that are also titles need a real name
        if honorifics in self.g.title_honorifics and name_end < len(toks) and toks[name_end].text in ORG_KEYWORDS:
            return False
        return True


def _is_nickname(w: str) -> bool:
    """A one-word nickname in quotes ('"Dell"', '“Tony”')."""
    return len(w) > 3 and w[0] in "\"“'‘" and w[-1] in "\"”'’" and w[1:-1].isalpha() and w[1].isupper()


def _is_middle_month(toks: list[_Tok], j: int) -> bool:
    """Whether the month's name at ``j`` sits between two words of a name ("Alison August Treppel"), not before a
    day or a year ("Smith May 5")."""
    return toks[j].text in _MONTHS and j + 1 < len(toks) and _name_like(toks[j + 1].text) \
        and toks[j + 1].text not in _NOT_NAME and _name_like(toks[j - 1].text) and not toks[j - 1].text.endswith((".", ","))


def _question_mark_after(w: str) -> bool:
    """Whether a word of a name ends with a question's mark ("Erdoğan?"), not with a letter lost in decoding
    ("?ngel" loses its first, never its last after two letters or more)."""
    return len(w) > 2 and w.endswith("?") and w[-2].isalpha() and w[-3].isalpha()
