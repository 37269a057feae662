"""People rules, titles before a name: the title, owner or delegation written before a person.

Part of the extract stage. ``TitleRules`` holds the methods of :class:`pipeline.people.PeopleRules`
that look back from where a name starts: a title written before it ("Foreign Minister X",
"Ethiopia's Prime Minister X", "political commentator X"), "on behalf of Y by", "Z, headed by X",
and the State or body that owns a role written before the name. :mod:`pipeline.people` composes it
into ``PeopleRules`` (``role_before``, ``behalf_before``, ``headed_by_before`` and
``owner_before`` are called by :mod:`pipeline.extract` too); ``__init__`` there sets the
attributes these methods read. It imports only :mod:`pipeline.people_tokens` and the gazetteer,
never :mod:`pipeline.people`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .gazetteers import Entry
from ._data import lexicon_set
from .people_tables import _LEADER, logical_lines
from .people_tokens import _SPEAKS_FOR
from .people_tokens import SENTENCE_ADVERBS
from .people_tokens import (
    BODY_NOUNS, NAME_PARTICLES, ORG_KEYWORDS, _ACRONYM_WORD, _CONNECTORS, _EPITHET_NOUNS, _FUNCTION_WORDS, _MANDATE_STOP, _NOT_NAME,
    _NUMBERED_ORDINAL,
    _OCCUPATIONS, _OCCUPATION_MODIFIERS, _PORTFOLIO, _PORTFOLIO_WORDS, _POSSESSIVE, _POSSESSIVE_DETERMINERS,
    _PREPOSITIONS, _PRESIDING_OFFICES, _HEADS_OF_STATE, _ROLE_MODIFIERS, UNDER_HEADS, TOPIC_NOUNS, _SESSION_ROLES, _SESSION_WORD, _UN_WORDS, _VOCATIVE, SHORT_BODY_HEADS, TITLE_PLACE_NOUNS, TITLE_QUALIFIERS, GazetteerSpan,
    Role, _Tok, is_state_office,
    _entry_exactly, _entry_starting, _index_at_or_after, _name_like, _text, _tokens, _word_like,
)

# A role owned by a pronoun just before a name ("her Foreign Minister", "its Cabinet Secretary")
_MONTH_NAMES = frozenset("January February March April May June July August September October November December".split())
_OWNER_PRONOUN = re.compile(r"(?<![\w-])(its|her|their|whose)\s+(?:(?:" + "|".join(sorted(_ROLE_MODIFIERS)) + r")\s+)?$")


# The marks that open a quotation on the word they are written against ('"Prime Minister X has said')
_QUOTE_OPENERS = ("\"", "“", "‘")


# A body named by a letter code and a number ("the C-24", "the G20", "WP.1", "the 1267 Committee" aside)
_CODE_NAME = re.compile(r"[A-Z]{1,4}[-.]?\d{1,3}")
# A meeting named by its acronym and its number ("COP31", "CMA6", "INC-5"): before a title word, the session the
# office is held for, part of the title as written ("the COP31 President, X"), not a body
_SESSION_CODE = re.compile(r"[A-Z]{2,4}-?\d{1,2}")
# The title qualifiers that name a local government's division ("District Commissioner"): the word before them names
# the place ("Kailahun District Medical Officer")
_LOCAL_QUALIFIERS = frozenset({"County", "District", "Provincial"})
_ROLE_FIELD_WORDS = lexicon_set("role_field_words")
_LOWER_PLURAL_OFFICES = lexicon_set("plural_offices_in_lower_case")


# "the Syrian delegation was headed by", "the Russian delegation by", "Türkiye was represented at the meeting by",
# "Poland, represented by", "The Philippines, through Undersecretary X"
_DELEGATION_CUE = re.compile(
    r"(?:\b(?:[Tt]he\s+)?(?P<adj>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+delegation\s+(?:(?:was|is|were)\s+)?"
    r"(?:(?:led|headed)\s+)?by|\b(?P<state>[A-Z][\w'’-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]+){0,4})(?:\s+(?:was|were|is)|,)\s+"
    r"represented\b[^.;:]{0,80}?\bby"
    # "- the Central African Republic, led by the Minister of ..., Mr. X": a State's delegation in a list
    r"|(?:^|\n)[ \t]*(?:[-•*–][ \t]+)?(?:the\s+)?(?P<led>[A-Z][\w'’-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]+){0,4}),\s+"
    r"(?:led|headed)\s+by"
    # "Kyrgyzstan — the delegate, X, described ...": a list's line opened by a State and a dash, its speaker after it
    r"|(?:^|\n)[ \t]*(?:[-•*][ \t]+)?(?:the\s+)?(?P<dash>[A-Z][\w'’-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]+){0,4})[ \t]+[—–]"
    # "the proposal of Tajikistan, presented by Foreign Minister X": the State whose proposal its official presents
    # (not a place a report is on: "the report on the reforms in Lesotho, presented by Ambassador X, Chairperson of ...")
    r"|(?<!\bin )(?<!\bon )(?<!\bfor )(?<!\bto )\b(?P<presented>[A-Z][\w'’-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]+){0,4}),\s+presented\s+by"
    r"|(?<![\w,] )\b(?P<through>[A-Z][\w'’-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]+){0,4}),\s+through"
    # "the pro tempore presidency of El Salvador, exercised by President X": the State whose turn it is
    r"|\b(?:[Pp]residency|[Cc]hair(?:man|person)?ship)\s+of\s+(?P<held>(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]+){0,3}),?"
    r"\s+(?:(?:to\s+be|being)\s+)?(?:held|exercised)\s+by)"
    r"\s+(?:(?:the|former|its)\s+)*")


# A delegation named without its State at a sentence's start ("The delegation was headed by"), and a State under
# review in the sentence before ("Tonga was reviewed", "Tuvalu's human rights record was reviewed")
_REVIEWED_DELEGATION = re.compile(r"\s*(?:[Tt]he|[Ii]ts)\s+delegation\s+(?:(?:was|is|were)\s+)?(?:led|headed)\s+by\b")
_STATE_REVIEWED = re.compile(r"(?:^\s*|\s[–—-]\s+)(?P<state>(?:[Tt]he\s+)?[A-Z][\w'’-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]+){0,4})"
                             r"(?:['’]s\s+[\w\s-]{0,40}?)?\s+(?:was|is|has\s+been)\s+reviewed\b")


# A form of address written after "the" ("the Rt Hon", "the Honourable", "the Hon.")
_FORM_OF_ADDRESS = re.compile(r"(?:Rt\.?|Right|Most|Hon\.?|Honourable|Honorable)(?![\w-])")


# A bracket of capitalized words between a title and the comma before a name: "Deputy Executive Director
# (Management), X" (group 1 the words, group 2 the position of the bracket's end)
_BRACKET_BEFORE_NAME = re.compile(r"\s*\(([A-Z][\w'’-]*(?:\s+(?:(?:" + "|".join(sorted(NAME_PARTICLES)) + r")\s+)?"
                                  r"[A-Z][\w'’-]*){0,3})\)()\s*,\s*\Z")  # ("the Ombudsperson (Provedora de Justiça), X")


# Where an envoy sits, set between commas after the title and before the name or its form of address ("Ambassador of
# Slovenia to Nepal, resident in New Delhi, Ms. X"; lexicon posting_clauses), one or two ("Ambassador of Mongolia
# accredited to Uruguay, resident in Brasilia, Mr. X"), also over a line's wrap
_POSTING_WORDS = "|".join(w for w in sorted(lexicon_set("posting_clauses"), key=len, reverse=True))
_POSTING_CLAUSE = re.compile(r"(?:,?\s+(?:" + _POSTING_WORDS + r")\s+[^\W\d_](?:[^,;:.()\n]|\n(?![ \t]*\n)){1,60}?(?=,))?"
                             r",\s+(?:" + _POSTING_WORDS + r")\s+[^\W\d_](?:[^,;:.()\n]|\n(?![ \t]*\n)){1,60},\s*$")


#: Words that make a run in lower case between commas more than a description of the person before their name: a
#: list going on ("X, and Y"), a clause ("..., who ...", "..., said ...")
_NOT_A_DESCRIPTION = frozenset({"and", "or", "but", "nor", "with", "while", "who", "which", "whose", "said", "says", "told",
                                "noted", "added", "stressed", "when", "where", "as", "then"})


class TitleRules:
    """The rules of :class:`pipeline.people.PeopleRules` that read what is written before a name."""

    def role_before(self, text: str, offset: int, start: int, spans: Sequence[GazetteerSpan],
                    names: Sequence[tuple[int, int]] = ()) -> Role | None:
        """A title written before a name starting at absolute ``start`` (see :meth:`_role_before`), with a
        dash between two titles as written ("Deputy Prime Minister – Minister of Economy and Finance X")."""
        words = re.match(r"(?:[A-Z][\w'-]*[ \t]?)+", text[start - offset:])
        if words and words.group().split()[-1] in TOPIC_NOUNS and re.search(r"\band[ \t]+$", text[:start - offset]):
            return None  # "Minister of National Education and Vocational Training": the portfolio's last field, no name
        role = self._role_before(text, offset, start, spans, names)
        if role is None or not role.title:
            role = self._role_before_bracket(text, offset, start, spans, names) or role
        posted = _POSTING_CLAUSE.search(text, 0, start - offset) if role is None or not role.title else None
        if posted is not None:
            # "the Ambassador of Slovenia to Nepal, resident in New Delhi, Ms. X" (a form of address before the name):
            # the title before the clause is the person's
            cut = posted.end() - posted.start() - 2
            shown = text[:posted.start()] + ", " + text[posted.end():]
            role = self._role_before(shown, offset, start - cut, spans,
                                     [n for n in names if n[1] <= offset + posted.start()]) or role
        if (role is None or not role.title) and names:
            role = self._plural_office_before(text, offset, start, spans, names) or role
        if role is not None and role.title and "," in role.title and role.title_span is not None:
            written = " ".join(text[role.title_span[0] - offset:role.title_span[1] - offset].split())
            if written != role.title and re.sub(r"\s*[–—]\s*|\s+-\s+", ", ", written) == role.title:
                role = replace(role, title=written)
        return role

    def _plural_office_before(self, text: str, offset: int, start: int, spans: Sequence[GazetteerSpan],
                              names: Sequence[tuple[int, int]]) -> Role | None:
        """The office written in the plural before a list of names, given to each name as written: "Vice-Chairs X
        (Mexico) and Y (Ukraine)", "the Co-Chairs of the Study Group, Mr. X and Ms. Y" (the second name, and the
        first when the plural stands right before it). The organization the office names goes with it; the State
        is each name's own. None unless the names are listed (a comma or "and" between them)."""
        rel = start - offset
        before = self._listed_after(text, offset, start, names)
        if before is not None:
            # a name after another in the list: the office of the name before it, if that is a plural office
            own = re.match(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’-]*){0,4}", text[rel:rel + 80])
            if own is not None and not any(a <= start < b for a, b in names):
                names = [*names, (start, start + own.end())]  # this name listed after the one before it
            role = self.role_before(text, offset, before, spans, names)
            if role is not None and role.title and self._plural_office(role.title):
                return Role(title=role.title, organization=role.organization, org_kind=role.org_kind)
            return None
        first = next((n for n in sorted(names) if 0 <= n[0] - start < 30 and re.fullmatch(
            r"(?:[A-Z][\w.]*\.?\s+){0,3}", text[rel:n[0] - offset])), None)  # this name, not the next one listed
        if first is None:
            # the name itself is not among ``names`` (a name the model found): its words, then the next name listed
            m = re.match(r"(?:[A-Z][\w.]*\.?\s+){0,3}?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,4}(?=\s*\(|\s*,|\s+and\s)",
                         text[rel:rel + 120])
            first = (start, start + m.end()) if m is not None else None
        if first is None or self._listed_after(text, offset, None, names, after=first) is None:
            return None
        toks = _tokens(text[max(0, rel - 200):rel], offset + max(0, rel - 200))
        x = next((x for x in range(len(toks) - 1, max(len(toks) - 16, -1), -1) if self._plural_office(toks[x].text)), None)
        if x is None or any(t.text in (".", ";", ":") or t.text.endswith((";", ":")) for t in toks[x + 1:]):
            return None
        tok = toks[x]
        a, b = tok.start - offset, tok.end - offset
        role = self._role_before(text[:b - 1] + " " + text[b:], offset, start, spans, names)  # read as one office
        if role is None or not role.title or role.title_span is None \
                or not role.title_span[0] <= tok.start < role.title_span[1]:
            return None
        singular = text[a:b - 1]
        at = role.title.find(singular)
        if at < 0:
            return None
        before = re.split(r"(?:^|\s)and\s+", role.title[:at])[-1]
        # ("with the Chairman in the chair and Commissioners Mr. X, Mr. Y and Mrs. Z": the plural office after "and"
        # is the one the names listed hold)
        return replace(role, title=before + text[a:b] + role.title[at + len(singular):], country=None)

    def _plural_office(self, title: str) -> bool:
        """Whether a title holds an office in the plural ("Co-Chairs", "Vice-Chairs", "Foreign Ministers")."""
        return any(len(w) > 3 and w.endswith("s") and (w[:1].isupper() and self._title_re.fullmatch(w[:-1]) is not None
                                                      or w in _LOWER_PLURAL_OFFICES) for w in title.split())
        # ("Committee members Mr X, Ms Y and Mr Z": a plural office in lower case after its body's noun)

    @staticmethod
    def _listed_after(text: str, offset: int, start: int | None, names: Sequence[tuple[int, int]],
                      after: tuple[int, int] | None = None) -> int | None:
        """The start of the name listed before the one at absolute ``start`` (a comma or "and" between them, a
        bracket after the first, forms of address before the second), where its forms of address begin; or, with
        ``after``, the start of the name listed after that one. None when the names are not listed so."""
        if after is not None:
            m = re.match(r"\s*(?:\([^()\n]{1,60}\))?\s*(?:,\s*(?:and\s+)?|and\s+)", text[after[1] - offset:after[1] - offset + 80])
            if m is None:
                return None
            at = after[1] + m.end()
            return next((a for a, _ in names if 0 <= a - at < 25 and re.fullmatch(
                r"(?:[A-Z][\w.]*\.?\s+){0,3}", text[at - offset:a - offset])), None)
        m = re.search(r"\s*(?:\([^()\n]{1,60}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)$", text[:start - offset])
        if m is None:
            return None
        prev = next(((a, b) for a, b in names if b - offset == m.start()), None)
        if prev is None:
            return None
        head = text[max(0, prev[0] - offset - 40):prev[0] - offset]
        hon = re.search(r"(?:(?<=\s)|^)(?:(?:H\.E\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Prof\.?)\s+)+$", head)
        return prev[0] - (len(head) - hon.start() if hon else 0)

    def _role_before_bracket(self, text: str, offset: int, start: int, spans: Sequence[GazetteerSpan],
                             names: Sequence[tuple[int, int]]) -> Role | None:
        """A title written before a name with a bracket between it and the name's comma: a qualifier of one or
        two words is part of the title as written ("the Deputy Executive Director (Management), X", "the UNMISS
        Deputy SRSG (Political), X"); the office's name in another language, of three words or more, is not
        ("the Commissioner for Human Rights (Rzecznik Praw Obywatelskich), X"). None when no title is read."""
        rel = start - offset
        m = _BRACKET_BEFORE_NAME.search(text[:rel])
        if m is None:
            return self._role_before_states_bracket(text, offset, start, spans, names)
        inner = m.group(1).split()
        if any(a < offset + m.end(1) and offset + m.start(1) < b for a, b, _ in spans) \
                or len(inner) == 1 and _ACRONYM_WORD.match(inner[0]):
            return None  # a State, a body or an acronym in the bracket: read as before
        cut = m.start(2) - m.start()  # the bracket taken out, what follows it moved back
        moved = [(a - cut, b - cut, e) if a >= offset + m.start(2) else (a, b, e) for a, b, e in spans]
        role = self._role_before(text[:m.start()] + text[m.start(2):], offset, start - cut, moved,
                                 [(a - cut, b - cut) if a >= offset + m.start(2) else (a, b) for a, b in names])
        if role is None or not role.title or role.title_span is None \
                or text[role.title_span[1] - offset:m.start()].strip():
            return None
        if len(inner) > 2:
            return role
        return replace(role, title=f"{role.title} ({' '.join(inner)})",
                       title_span=(role.title_span[0], offset + m.start(2)))

    def _role_before_states_bracket(self, text: str, offset: int, start: int, spans: Sequence[GazetteerSpan],
                                    names: Sequence[tuple[int, int]]) -> Role | None:
        """A title ending on a State written in the United Nations' list form, its bracket before the name's comma:
        "the representative of the Netherlands (Kingdom of the), X", "the representative of Bolivia (Plurinational
        State of), X": read with the bracket left out. None when no title is read."""
        rel = start - offset
        state = next(((a, b, e) for a, b, e in spans if e.label == "COUNTRY" and b - offset <= rel
                      and text[b - offset - 1:b - offset] == ")" and re.fullmatch(r"\s*,\s*", text[b - offset:rel])), None)
        if state is None:
            return None
        a, b, entry = state
        o = text.rfind("(", a - offset, b - offset)
        if o <= a - offset:
            return None
        cut = len(text[:o].rstrip())  # where the State's short name ends
        gone = b - offset - cut  # the bracket taken out, what follows it moved back
        moved = [(x, offset + cut, e) if (x, y, e) == state else (x - gone, y - gone, e) if x >= b else (x, y, e)
                 for x, y, e in spans]
        role = self._role_before(text[:cut] + text[b - offset:], offset, start - gone, moved,
                                 [(x - gone, y - gone) if x >= b else (x, y) for x, y in names])
        return role if role is not None and role.title and (role.title_span is None or role.title_span[1] <= offset + cut) \
            else None

    def _role_before(self, text: str, offset: int, start: int, spans: Sequence[GazetteerSpan],
                     names: Sequence[tuple[int, int]] = ()) -> Role | None:
        """A title written before a name starting at absolute ``start``.

        "UNHCR spokesperson Olga Sarrado", "President: Mr. Abdulla Shahid", "The High Commissioner,
        Filippo Grandi", "UNHCR's Representative in Chad, Ms. Laura Lo Castro". ``names`` are the
        other people's names in the text: a title never reaches back over one ("President Reagan
        of the United States and General Secretary Gorbachev").
        """
        spans = self._bodies(spans)
        rel = start - offset
        line_start, line = next(((p, ln) for p, ln in logical_lines(text) if p <= rel <= p + len(ln)), (0, text))
        if "\n" not in line.strip():
            line = _LEADER.sub(lambda m: " " * len(m.group()), line)  # "Minister of the Interior ...... Mr. X": a leader
            # of dots between the cells of a table's row parts them like spaces
        toks = _tokens(line[: rel - line_start], offset + line_start)
        floor = 0
        for x, t in enumerate(toks):
            if len(t.text) > 1 and t.text[0] in _QUOTE_OPENERS and t.text[1].isupper():
                # '"Prime Minister X has said ...': a quotation opens on the title; the quote mark is no part of its
                # first word, and what stands before it belongs to another sentence
                toks[x] = replace(t, text=t.text[1:], start=t.start + 1)
                floor = x
        j = len(toks)
        while j > 0 and self._honorific_run(toks, j - 1) >= j and toks[j - 1].text not in self.g.title_first \
                and not (j > 1 and toks[j - 2].text + " " + toks[j - 1].text in self._titles) \
                and not (j > 2 and toks[j - 2].text in ("of", "for") and toks[j - 1].text in _PORTFOLIO_WORDS):
            j -= 1  # honorifics just before the name (not "General" ending "Secretary General", nor the portfolio
            # ending "Minister of Justice")
        address = toks[j].text if j < len(toks) else text[rel:rel + 12]
        if j > 1 and toks[j - 1].text in ("the", "The") and _FORM_OF_ADDRESS.match(address) \
                and (toks[j - 2].text == "," or toks[j - 2].text in self.title_words):
            j -= 1  # "Commonwealth Secretary-General the Rt Hon X", "the Prime Minister, the Rt Hon X": the article
            # belongs to the form of address
        if j > 0 and toks[j - 1].text.endswith(_POSSESSIVE[:2]):
            owner = next((e for a, b, e in spans if b == toks[j - 1].end - 2 and a <= toks[j - 1].start), None)
            if owner is not None and owner.label == "COUNTRY" and j == len(toks) and j >= 3 and toks[j - 2].text == ",":
                # "The Chair of the 1540 Committee, Panama's X": the title before the comma is X's, the State his
                role = self._role_before(text, offset, toks[j - 1].start, spans, names)
                if role is not None and role.title and role.country in (None, owner.code):
                    return replace(role, country=owner.code)
            if owner is not None and owner.label == "COUNTRY":
                return Role(country=owner.code)  # "Pakistan's Ambassador X": the State the envoy represents
            if owner is not None and owner.label == "ORG" and j == len(toks):
                return Role(organization=owner.name, org_kind=owner.kind)  # "WFP's Peter Olsen said": the body's
        epithet = next((x for x in range(j - 1, max(j - 5, -1), -1) if toks[x].text in _POSSESSIVE_DETERMINERS), None)
        if epithet is not None and epithet > 0 and toks[epithet - 1].text == "," and toks[j - 1].text in _EPITHET_NOUNS \
                and all(toks[x].text.islower() and _word_like(toks[x].text) for x in range(epithet, j)):
            j = epithet  # "Algeria's President, our big brother Mr. X": an epithet between the title and the name
        label = False
        if j > 1 and toks[j - 1].tab and toks[j - 2].text.endswith(":") and (
                len(toks[j - 2].text) > 1 or j > 2 and toks[j - 3].text == ")"):
            j -= 1  # "Chair:<TAB>Mr. X (Portugal)", "Rapporteur (French):<TAB>Prof. X": a label in its own cell
        if j > 0 and toks[j - 1].text == "," and self._in_list_of_names(text, rel, toks, j - 1):
            return None  # "the present King of Jordan, Chiang Kai-shek, Syngman Rhee, ...": a list of names
        if j > 0 and toks[j - 1].text in (",", ":"):
            label = toks[j - 1].text == ":"
            j -= 1
        elif j > 0 and toks[j - 1].text.endswith(":"):
            label = True
            toks[j - 1] = _Tok(toks[j - 1].text[:-1], toks[j - 1].start, toks[j - 1].end - 1)
        if not label and j >= 3 and toks[j - 1].text == ")" and toks[j - 3].text == "(" \
                and _ACRONYM_WORD.match(toks[j - 2].text):
            j -= 3  # "the Director of the United Nations Children's Fund (UNICEF), X": the body's acronym
        elif not label and j >= 4 and toks[j - 1].text == ")" and toks[j - 4].text == "(" \
                and _ACRONYM_WORD.match(toks[j - 2].text) and toks[j - 3].text[:1].isupper() and _word_like(toks[j - 3].text):
            j -= 4  # "The Director General of the Africa Centres for ... (Africa CDC), X": an acronym of two words
        elif not label and 5 <= j < len(toks) and toks[j].text == ",":
            k = next((x for x in range(j - 1, max(j - 8, 0), -1) if toks[x].text == ","), None)
            if k is not None and j - k >= 3 and toks[k - 1].text[:1].isupper() \
                    and all(toks[x].text.islower() and _word_like(toks[x].text) and toks[x].text not in _NOT_A_DESCRIPTION
                            for x in range(k + 1, j)):
                j = k  # "the representative of the United States, penholder on the file, Mr. X": a description in
                # lower case between the role and the name
        at = next((x for x in range(j - 2, max(j - 7, 0), -1) if toks[x].text == "at"), None)
        if not label and at is not None and toks[j - 1].text.lower() == "session" \
                and toks[at + 1].text in ("its", "the", "this") and all(_SESSION_WORD.match(t.text) or "-" in t.text
                                                                      for t in toks[at + 2:j - 1]):
            j = at  # "the President of the Assembly at its fifty-third session, X"
        if not label and j >= 3:
            # "the Chairperson of the PSC for July 2024, X", "the Chair for 2023, X": the term of office
            k = j - 1 if re.fullmatch(r"(?:19|20)\d\d", toks[j - 1].text) else j
            if k >= 2 and toks[k - 1].text in _MONTH_NAMES:
                k -= 1
            if k < j and k >= 2 and toks[k - 1].text == "for" and toks[k - 2].text[:1].isupper():
                j = k - 1
        if label and j >= 4 and toks[j - 1].text == ")" and toks[j - 3].text == "(" and toks[j - 2].text[:1].isupper() \
                and _word_like(toks[j - 2].text) and self._title_re.fullmatch(toks[j - 4].text.rstrip("s")):
            j -= 3  # "Rapporteur (Portuguese): Dr X": the language or the seat a label's bracket names is no part of the title
        if not label and j >= 5 and toks[j - 1].text.islower() and toks[j - 1].text.capitalize() in ORG_KEYWORDS \
                and toks[j - 2].text == "the" and toks[j - 3].text == "of" and toks[j - 4].text in self.title_words:
            j -= 3  # "The Chief Executive Officer of the authority, Mr. X": a body named again by its kind in lower case
        end = j
        two_titles = False
        if label and end > 0 and toks[end - 1].text.lower() in _SESSION_ROLES:
            return None  # "Discussant: Mr. X": a part in the programme, not the person's title
        plural = toks[end - 1].text if label and end > 0 and (end == 1 or toks[end - 2].tab or toks[end - 2].nl) else ""
        if plural.endswith("s") and plural[:1].isupper() and self._title_re.fullmatch(plural[:-1]):
            # "Vice-Presidents:<TAB>Mr. X (Chile)": a label naming the office of each person listed under it, as written
            return Role(title=plural, title_span=(toks[end - 1].start, toks[end - 1].start + len(plural)))
        lead_noun = None
        while j > floor:
            w = toks[j - 1].text
            if any(a <= toks[j - 1].start < b for a, b in names):
                break
            if j < end and (w.endswith(":") or w.endswith((".", "?", "!")) and len(w) > 3 and w[-2].islower()
                            and "." not in w[:-1] and re.search(r"[aeiouy]", w[1:].lower()) and w not in self._honorifics
                            and not any(a <= toks[j - 1].start and toks[j - 1].end <= b for a, b, _ in spans)):
                break  # "UNDERSECRETARY X: Yes. Secretary Y spoke": a sentence's end or a speaker's label closes
                # what the title before the name may reach back over; also after a name the gazetteers know
                # ("... of the Americas. National Summit Coordinator X"), unless its stop is part of it
            if w == "and" and j >= 3 and self._title_re_ci.search(_text(toks, j, end)) \
                    and all(_name_like(toks[x].text) and toks[x].text not in self.title_words
                            and toks[x].text not in ORG_KEYWORDS and _entry_starting(spans, toks[x].start) is None
                            for x in (j - 3, j - 2)):
                break  # "... Vladimir Voronkov and INTERPOL Secretary General Jürgen Stock": a name ends there
            if w == "and" and j < end and toks[j].text in _CONNECTORS:
                break  # "President X of the United States and of General Secretary Y": a second "of" phrase
            if w in ("the", "The") and j < end and (toks[j].text in self.title_words or self._qualifies_title(toks, j, end)
                                                    or toks[j].text in self.g.demonyms and j + 1 < end
                                                    and toks[j + 1].text in self.title_words
                                                    or self._body_then_title(toks, j, end, spans)) \
                    and j >= 2 and (toks[j - 2].text[:1].isupper() and toks[j - 2].text not in self.title_words
                                    or j >= 3 and toks[j - 2].text == "of" and toks[j - 3].text in _MONTH_NAMES
                                    and self._body_then_title(toks, j, end, spans)):
                break  # "received at the Palacio San Martín the Minister of ..., X": the title starts after "the" (also
                # before a word qualifying the title: "received at State House the Parliamentary Vice-Minister ..., X")
                # (or a demonym before the title: "hosted in Zagreb the Albanian Minister for ..., X")
                # (or a body before the title: "met in Geneva the United Nations High Commissioner for ..., X", "the
                # visit in February of the EU Special Representative for ..., X")
            if w in _CONNECTORS or w in ("and", "the", "The"):
                j -= 1
                continue
            if w == "," and j < end and j >= 3 and toks[j].text[:1].isupper() \
                    and (toks[j].text not in self.title_words or not self._title_re.search(_text(toks, j, end))) \
                    and (_entry_starting(spans, toks[j].start) is None or _entry_starting(spans, toks[j].start)[2].label
                         in ("LOCATION", "COUNTRY") and any(a <= toks[j - 2].start < b and e.label == _entry_starting(
                             spans, toks[j].start)[2].label for a, b, e in spans)
                         or _entry_starting(spans, toks[j].start)[2].id.startswith("new:")
                         and toks[j - 3].text in ("of", "for")
                         or self._field_inside_portfolio(toks, j, end, spans)) \
                    and _word_like(toks[j - 2].text) \
                    and toks[j - 2].text[:1].isupper() and (toks[j - 3].text in ("of", "for", "and", ",") + tuple(
                        t for t in (toks[j - 3].text,) if t[:1].isupper())
                        or j >= 4 and toks[j - 3].text == "the" and toks[j - 4].text in ("of", "for")):
                # ("Minister of the Interior, Community Development and Public Security, X", "Minister of Lands,
                # Agriculture, Fisheries, Water and Rural Development, X")
                # ("Minister of Police, National Security and Correctional Services of Solomon Islands, X": a body
                # known only by its form may be the portfolio's)
                j -= 1  # "Commissioner for Political Affairs, Peace and Security of the ECOWAS Commission, X": a portfolio list
                continue
            if w == "," and j < end and j >= 2 and toks[j].text in self.title_words and toks[j - 2].text in self.title_words \
                    and any(m.end() == len(_text(toks, max(0, j - 4), j - 1))
                            for m in self._title_re.finditer(_text(toks, max(0, j - 4), j - 1))) \
                    and self.is_title(_text(toks, j, end)) \
                    and not any(a <= toks[j - 2].start < b for a, b in names) \
                    and not (toks[j - 2].text in _PRESIDING_OFFICES and _text(toks, j, end) in _HEADS_OF_STATE) \
                    and not self._spoken_for(toks, j - 1):
                # (not "the Chairperson, President X of Sierra Leone": the head of State's office alone is the title)
                j -= 1  # "the Prime Minister, Head of Government, X": two titles of one person
                two_titles = True
                continue
            if _NUMBERED_ORDINAL.fullmatch(w) and j < end and toks[j].text[:1].isupper() and j > 1 \
                    and toks[j - 2].text in ("the", "The"):
                j -= 1  # "The Chair of the 46th ATCM, X": a meeting named by its number
                continue
            if w == ")" and j >= 4 and j < end and toks[j - 3].text == "(" and _ACRONYM_WORD.match(toks[j - 2].text) \
                    and toks[j - 4].text[:1].isupper() and _word_like(toks[j - 4].text) and toks[j].text in self.title_words \
                    and _entry_starting(spans, toks[j - 2].start) is not None:
                j -= 3  # "the International Development Law Organization (IDLO) Director-General, X": the body's acronym
                continue
            if w == "against" and j < end and toks[j].text[:1].isupper() and j >= 2 and toks[j - 2].text[:1].isupper() \
                    and _word_like(toks[j - 2].text):
                j -= 1  # "the Head of the Sector for the Fight against Organised Crime, X": "against" inside a unit's
                continue  # name, as the role read after a name runs on over it
            if w in ("a.i.", "a.i") and j > 1 and (toks[j - 2].text in self.title_words or any(
                    m.end() == len(_text(toks, max(0, j - 4), j - 1))
                    for m in self._title_re_ci.finditer(_text(toks, max(0, j - 4), j - 1)))):
                j -= 1  # "the Humanitarian Coordinator a.i., X": ad interim, part of the title
                continue
            if w == ")" and j >= 4 and j < end and toks[j - 3].text == "(" and _ACRONYM_WORD.match(toks[j - 2].text) \
                    and toks[j - 4].text[:1].isupper() and _word_like(toks[j - 4].text) and toks[j].text in _CONNECTORS:
                j -= 3  # "the Director-General of the National Institute of ... (INEGI) of Mexico, X": a body's acronym
                continue
            if w == ")" and j >= 4 and (j < end or toks[j - 2].text in self.title_words and j == len(toks)
                                        and toks[j - 4].text.lower() in self._lower_titles) and toks[j - 3].text == "(" and toks[j - 2].text[:1].isupper() \
                    and _word_like(toks[j - 2].text) and (toks[j - 4].text in self.title_words
                                                          or toks[j - 2].text in self.title_words
                                                          and toks[j - 4].text[:1].isupper()):
                j -= 3  # "the Ombudsperson (Akyikatchy) of the Kyrgyz Republic, X": the title's local name in brackets
                # (or its common name: "the Public Defender (Ombudsman) of Georgia, X"; right before the name: "the
                # Public Defender (Ombudsperson) X")
                continue
            if w == ")" and j >= 4:
                state = next((a for a, b, e in spans if b == toks[j - 1].end and e.label == "COUNTRY" and a < toks[j - 2].start), None)
                if state is not None:
                    j = _index_at_or_after(toks, state, 0)  # "the representative of the Netherlands (Kingdom of the),
                    continue  # X": a State's name written with its bracket
            if "/" in w and self._joined_titles(w):
                j -= 1  # "High Representative/Vice-President X": two titles joined by a slash, as written
                continue
            if w in TITLE_PLACE_NOUNS and j >= 3 and (_name_like(toks[j - 2].text) or toks[j - 2].text in TITLE_PLACE_NOUNS) \
                    and toks[j - 2].text not in self.title_words:
                j -= 1  # "the Governor of the Ménaka region, X", "Deputy Commissioner of Dhemaji district, X": the place a
                continue  # local official serves, closed by its kind in lower case ("the Aksy district administration")
            if w in TITLE_PLACE_NOUNS and j + 1 < end and toks[j].text == "of" and toks[j + 1].text[:1].isupper() \
                    and j >= 3 and toks[j - 2].text == "the" and toks[j - 3].text == "of":
                j -= 1  # "the Chief of the village of Nieuw Koffiekamp, X": the place's kind in lower case, then its
                continue  # name
            if w in _OCCUPATION_MODIFIERS and j < end and (toks[j].text in _OCCUPATIONS or toks[j].text in _OCCUPATION_MODIFIERS) \
                    or w in _ROLE_FIELD_WORDS and j < end and toks[j].text.islower() and self._title_re_ci.fullmatch(toks[j].text):
                j -= 1  # "radio commentator X", "human rights defender X"
                continue
            if w in TITLE_QUALIFIERS and j < end and toks[j].text.lower() in _OCCUPATIONS:
                j -= 1  # "the Indigenous leader X", "the Catholic bishop X": a capitalized qualifier of an occupation
                continue
            if j == end - 1 and toks[j].text in _OCCUPATIONS and w.isalpha() and w[:1].isupper() and w[1:].islower() \
                    and (j == 1 or toks[j - 2].text.endswith((".", "!", "?")) and len(toks[j - 2].text) > 3) \
                    and w not in self.title_words and w not in SENTENCE_ADVERBS and w.lower() not in _POSSESSIVE_DETERMINERS \
                    and _entry_starting(spans, toks[j - 1].start) is None:
                j = lead_noun = j - 1  # "Octopus fisher X", "Ayoreo leader X": the noun that qualifies an occupation,
                break  # capitalized as the sentence's first word
            if _SESSION_CODE.fullmatch(w) and j < end and toks[j].text in self.title_words \
                    and self._title_re.fullmatch(_text(toks, j, end)):
                j -= 1  # "the COP31 President, X": the session the office is held for
                break
            if re.fullmatch(r"\d{1,2}", w) and j == end and j >= 3 and toks[j - 2].text[:1].isupper() \
                    and _word_like(toks[j - 2].text) and toks[j - 3].text in ("of", "for"):
                j -= 1  # "the Mayor of Golfe 1, X": a place or a unit named with its number ("District 3")
                continue
            if re.fullmatch(r"\d{3,4}", w) and j < end and toks[j].text[:1].isupper() and j > 1 \
                    and toks[j - 2].text in ("the", "The"):
                j -= 1  # "the Chair of the 1267 Committee, X": a committee named by its resolution
                continue
            if (w[:1].isupper() and (_word_like(w) or _CODE_NAME.fullmatch(w) and j >= 3 and (
                    toks[j - 2].text in ("the", "The") and toks[j - 3].text == "of"
                    or toks[j - 2].text == "of" and toks[j - 3].text.lower() in self._lower_titles))) \
                    or w.lower() in self._lower_titles and (w not in _PREPOSITIONS or self._inside_title(toks, j - 1)
                                                            or _under_a_head(toks, j - 1)) \
                    and not (w[:1].islower() and w.capitalize() in ORG_KEYWORDS and not self._inside_title(toks, j - 1, ci=True)) \
                    or _SESSION_WORD.match(w) and any(t.text == "session" for t in toks[j - 1:j + 1]):
                # "the President of the twenty-seventh session of the General Assembly, X"
                if w.endswith(".") and not w.endswith("s.") and len(w) > 2 and w not in self._honorifics \
                        and not (len(w) <= 4 and any(a <= toks[j - 1].start < b for a, b, _ in spans)):
                    break  # (not "St." inside "St. Vincent and the Grenadines")
                j -= 1
                continue
            if w in _ROLE_MODIFIERS and j < end and (toks[j].text in self.title_words
                                                     or toks[j].text.lower() in self._lower_titles
                                                     or toks[j].text in _LOWER_PLURAL_OFFICES) \
                    and not (j >= 2 and toks[j - 2].text in _POSSESSIVE_DETERMINERS):
                # "the outgoing Chair of the Advisory Committee, X", "former President X": part of the role (not
                # after an owner, "his former Personal Envoy, X": the office is the owner's)
                j -= 1
                continue
            state = next((a for a, b, e in spans if e.label == "COUNTRY" and a < toks[j - 1].start < b
                          and toks[j - 1].end <= b), None) if w[:1].islower() else None
            if state is not None:
                j = _index_at_or_after(toks, state, 0)  # "the Permanent Representative of Côte d'Ivoire, X": a State's
                continue  # name with a word in lower case
            if w[:1].islower() and _word_like(w):
                on = next((x for x in range(j - 2, max(j - 16, 0), -1) if toks[x].text == "on"
                           and (toks[x - 1].text in self.title_words
                                or toks[x - 1].text.islower() and toks[x - 1].text in self._lower_titles)), None)
                if on is not None and all(toks[x].text[:1].islower() and _word_like(toks[x].text)
                                          and toks[x].text not in _MANDATE_STOP for x in range(on + 1, j)):
                    j = on  # "The Special Rapporteur on torture, X": a mandate in lower case (also after a role in lower
                    # case: "AOSIS lead negotiator on mitigation, Mr. X")
                    continue
                on = next((x for x in range(j - 2, max(j - 6, 0), -1) if toks[x].text == "for"
                           and toks[x - 1].text in self.title_words), None)
                if on is not None and toks[on + 1].text not in _FUNCTION_WORDS \
                        and toks[on + 1].text not in _POSSESSIVE_DETERMINERS and not toks[on + 1].text.endswith("ing") \
                        and all(toks[x].text[:1].islower() and _word_like(toks[x].text)
                                and toks[x].text not in _MANDATE_STOP for x in range(on + 1, j)):
                    j = on  # "The Chief Medical Officer for public health, Dr. X": a portfolio in lower case
                    continue
            break
        while j < end and toks[j].text in (*_CONNECTORS, "and", "the", "The"):
            j += 1
        # "According to UNICEF Executive Director X": the role starts at a body, a State or a title word
        while j < end and toks[j].text not in self.title_words and not self._title_re.fullmatch(toks[j].text) \
                and not (toks[j].text.startswith("Vice-") and toks[j].text[5:] in self.title_words) \
                and not self._session_before_title(toks, j, end) and not self._place_before_qualifier(toks, j, end) \
                and toks[j].text not in _UN_WORDS and not (toks[j].text in _ROLE_MODIFIERS and j + 1 < end
                                                           and toks[j + 1].text in self.title_words) \
                and not self._qualifies_title(toks, j, end) \
                and (toks[j].text.lower() not in self._lower_titles or toks[j].text.lower() in _FUNCTION_WORDS) \
                and not (toks[j].text.lower() in _OCCUPATION_MODIFIERS and j + 1 < end
                         and toks[j + 1].text.lower() in _OCCUPATIONS | _OCCUPATION_MODIFIERS) \
                and not (toks[j].text in _ROLE_FIELD_WORDS and j + 1 < end and toks[j + 1].text.islower()
                         and self._title_re_ci.fullmatch(toks[j + 1].text)) \
                and toks[j].text not in ORG_KEYWORDS and toks[j].text not in _PORTFOLIO_WORDS \
                and _entry_starting(spans, toks[j].start) is None and self._demonym_at(toks, j, end) is None \
                and not self._demonyms_before_lower_role(toks, j, end):
            j += 1
        j = lead_noun if lead_noun is not None else j
        if j >= end:
            return None
        # "Spokesperson for Secretary-General António Guterres": the title right before the name is his; not with a
        # comma or a form of address between ("Secretary to the President Mr. X", "the Spokesperson for the
        # Secretary-General, X": the name stands in apposition to the whole title)
        apposed = end < len(toks) or self._honorific_run(_tokens(text[rel:rel + 60], offset + rel), 0) > 0
        for x in range(j + 1, end - 1):
            if toks[x].text in ("for", "to") and not apposed:
                y = x + 2 if toks[x + 1].text in ("the", "The") else x + 1
                if y < end and toks[y].text in self.title_words and self.is_title(_text(toks, y, end)) \
                        and not self._portfolio_then_title(toks, y, end):
                    j = y
                    break
        for x in range(j + 1, end - 1):
            if toks[x].text == "of" and toks[x + 1].text in self.title_words \
                    and self._title_re.fullmatch(_text(toks, x + 1, end)) \
                    and (self.is_title(_text(toks, j, x)) or all(t.text in ORG_KEYWORDS for t in toks[j:x])):
                j = x + 1  # "the Defence Minister of President Allende": the last title, used before the name, is his
                break  # (and "the Government of President Arévalo": a body named by its kind, then his title)
        phrase = _text(toks, j, end)
        if not self._title_re_ci.search(phrase):
            return None
        if j > 0 and toks[j - 1].text in _VOCATIVE:
            return None  # "Mr. President, the Right Honourable X": the speaker addresses the chair

        core_end = end
        last_connector = True
        for x in range(end - 1, j, -1):  # "Representative in Chad": a known place or body may follow the title
            if toks[x].text == "of" and x >= 2 and toks[x - 2].text == "in" and toks[x - 1].text == "charge":
                break  # "Minister of State in charge of the EAC, X": what one is in charge of is the portfolio
            if toks[x].text in _CONNECTORS and any(a < toks[x].start < b and e.label == "COUNTRY" for a, b, e in spans):
                continue  # "Venezuela (Bolivarian Republic of)": a connector inside a State's name
            if toks[x].text in _CONNECTORS:
                t = x + 2 if x + 1 < end and toks[x + 1].text in ("the", "The") else x + 1
                hit = _entry_starting(spans, toks[t].start) if t < end else None
                if hit is not None and (last_connector or hit[2].label == "ORG" and hit[1] == toks[end - 1].end):
                    core_end = x
                    break
                if hit is None and t < end and toks[t].text[:1].isupper() and any(
                        sp[1] == toks[end - 1].end and sp[2].label == "ORG" and toks[j].start < sp[0] for sp in spans):
                    # "the Chair of the sixty-eighth session of the Commission on the Status of Women, X": the
                    # connector is inside a known body's name that runs to the name; the body's own connector is
                    # further back
                    last_connector = False
                    continue
                break
        for x in range(j + 1, core_end):
            # "the Chief Prosecutor of the Prosecutor's Office of Bosnia and Herzegovina, X": a known body running to
            # the name, with a State inside it, follows the title at its first connector
            if toks[x].text in _CONNECTORS:
                t = x + 2 if x + 1 < end and toks[x + 1].text in ("the", "The") else x + 1
                body = _entry_starting(spans, toks[t].start) if t < end else None
                k = _index_at_or_after(toks, body[1], t) if body is not None and body[2].label == "ORG" else end + 1
                if k + 2 < end and toks[k].text == "(" and toks[k + 2].text == ")":
                    k += 3  # "... (INEGI) of Mexico": its acronym, then the State it belongs to
                if k + 1 < end and toks[k].text == "of":
                    y = k + 2 if toks[k + 1].text in ("the", "The") else k + 1
                    state = _entry_starting(spans, toks[y].start) if y < end else None
                    if state is not None and state[2].label == "COUNTRY" and state[1] == toks[end - 1].end:
                        k = end
                whole = k == end
                if whole:
                    core_end = x
                break
        core = re.sub(r"\s*\(\s*[A-Z][\w'’-]*\s*\)$|\s+a\.i\.?$", "", _text(toks, j, core_end))
        # ("Ombudsperson (Akyikatchy)", "Humanitarian Coordinator a.i.": a local name, ad interim)
        ends = [m.end() for m in self._title_re_ci.finditer(core)]
        if ends and ends[-1] != len(core) and any(self._title_re_ci.fullmatch(core[w.start():])
                                                  for w in re.finditer(r"(?<=\s)\S", core)):
            # "Deputy Director General X", "Assistant Secretary General X": a title ends the phrase inside the
            # words a longer title opening it ("Deputy Director") took ("General" is no rank here)
            ends.append(len(core))
        if core_end == end and end - j >= 2 and toks[end - 1].text.isupper() and _ACRONYM_WORD.match(toks[end - 1].text) \
                and self._title_re.fullmatch(_text(toks, j, end - 1)) and (j == 0 or not toks[j - 1].text[:1].isupper()):
            # "Chairman NDMA Lieutenant General X": the title, then the acronym of the body it heads, before the name
            acronym = toks[end - 1]
            entry = _entry_exactly(spans, acronym.start, acronym.end) or self.g.lookup(acronym.text)
            if entry is None or entry.label == "ORG":
                return Role(title=_text(toks, j, end - 1), organization=entry.name if entry else acronym.text,
                            org_kind=entry.kind if entry else "other",
                            org_span=None if entry else (acronym.start, acronym.end),
                            title_span=(toks[j].start, toks[end - 2].end))
        general = re.match(r"\s+General(?![\w-])", core[ends[-1]:]) if ends and ends[-1] != len(core) else None
        if general is not None and (ends[-1] + general.end() == len(core)
                                    or _PORTFOLIO.fullmatch(core[ends[-1] + general.end():])):
            ends.append(len(core))  # "High Representative General of MERCOSUR, X", "OIC Assistant Secretary General for
            # Economic Affairs Ambassador X": "General" after a title is part of it, and a portfolio may follow
        if ends and ends[-1] != len(core) and not _PORTFOLIO.fullmatch(core[ends[-1]:]):
            lead = self._title_re_ci.search(core).start()  # (after the State owning the office: "Mozambique's", "Portuguese")
            head = re.match(r".+?(?=\s+(?:of|for)\s)", core[lead:])
            if head is not None and self._title_re_ci.fullmatch(head.group()) \
                    and _PORTFOLIO.fullmatch(core[lead + head.end():]):
                ends.append(len(core))  # "Minister of State and Foreign Affairs": a title ("Minister of State") took the
                # first field of the portfolio of a shorter one ("Minister"), which goes on after it
        if not ends or not (ends[-1] == len(core) or _PORTFOLIO.fullmatch(core[ends[-1]:])
                            or self._comma_portfolio(toks, j, core_end, spans)
                            or re.fullmatch(r"\s+for(?:\s+[a-z][\w'’-]*){1,3}", core[ends[-1]:])
                            or re.fullmatch(r"\s+of\s+the\s+session", core[ends[-1]:])):  # "the Chair of the session, X"
            return None  # "President Reagan": the words before the name do not end in a title (a portfolio in
            # lower case after "for" does: "Chief Medical Officer for public health")
        organization = org_kind = country = None
        x = j
        while x > 0 and j - x < 3 and toks[x - 1].text.islower() and _word_like(toks[x - 1].text) \
                and toks[x - 1].text not in (*_CONNECTORS, "and", "or", "the", "a", "an"):
            x -= 1
        if 0 < x <= j and toks[x - 1].text.endswith(_POSSESSIVE[:2]):
            owner = _entry_starting(spans, toks[x - 1].start)
            if owner is None and x > 1 and toks[x - 2].text in ("the", "The"):
                owner = _entry_starting(spans, toks[x - 2].start)  # "The Gambia's Attorney General, X": with its article
            if owner is not None and owner[2].label == "COUNTRY" and owner[1] == toks[x - 1].end - 2:
                country = owner[2].code  # "Russia's first popularly elected President, X"
        hit = _entry_starting(spans, toks[j].start) if not self._session_before_title(toks, j, end) else None
        if hit is None and toks[j].text in _UN_WORDS and j + 1 < end and self.g.lookup("UN") is not None:
            hit = (toks[j].start, toks[j].end, self.g.lookup("UN"))  # "UN Resident Coordinator in Viet Nam X"
        if hit is None or hit[2].label == "LOCATION":
            poss = next((p for p in range(j, min(end - 1, j + 10)) if toks[p].text.endswith(_POSSESSIVE[:2])
                         and toks[p + 1].text in self.title_words), None)
            if poss is not None and all(_name_like(toks[x].text) or toks[x].text in ("of", "for", "on", "and")
                                        for x in range(j, poss + 1)):
                b0 = j
                while b0 > 0 and toks[b0 - 1].text[:1].isupper() and _name_like(toks[b0 - 1].text) \
                        and toks[b0 - 1].text not in ("The", "the") and j - b0 < 4:
                    b0 -= 1  # "Basel" before "Institute on Governance's"
                body = (_text(toks, b0, poss) + " " + toks[poss].text[:-2]).strip()
                if hit is not None and poss == _index_at_or_after(toks, hit[1], j) - 1 and toks[poss].end - 2 == hit[1]:
                    j, hit = poss + 1, None  # "Greenland's Premier, X": a place's possessive is no part of the title
                elif any(w in ORG_KEYWORDS for w in body.split()) and not any(
                        j <= _index_at_or_after(toks, sp[0], 0) <= poss and sp[2].label == "ORG" for sp in spans):
                    # "The Basel Institute on Governance's Head of Public Governance, X": a body no gazetteer knows
                    organization, org_kind, j, hit = body, "other", poss + 1, None
        if hit is not None and hit[2].label in ("ORG", "COUNTRY"):
            k = _index_at_or_after(toks, hit[1], j)
            if k < end and toks[k].text in (*_CONNECTORS, "and", "or", "the", "The"):
                # "President X of Algeria and President Y", "the United Nations and Secretary-General Y", "the
                # General Assembly the Prime Minister of Z, Y": the body or State ends another phrase
                while k < end and toks[k].text in (*_CONNECTORS, "and", "or", "the", "The"):
                    k += 1
                if k >= end or not self._title_re_ci.search(_text(toks, k, end)):
                    return None
                j, hit = k, None
        if hit is not None and hit[2].label == "ORG" and _index_at_or_after(toks, hit[1], j) >= end:
            # "The OSCE High Commissioner on National Minorities, X": an institution named after its head's post;
            # the person holds the post, in the body named first
            for n in (1, 2, 3):
                lead = self.g.lookup(_text(toks, j, j + n)) if j + n < end else None
                if lead is not None and lead.label == "ORG" and toks[j + n].text in self.title_words \
                        and self._title_re.match(_text(toks, j + n, end)):
                    hit = (toks[j].start, toks[j + n - 1].end, lead)
                    break
        if hit is not None and hit[2].label in ("ORG", "COUNTRY"):
            k = _index_at_or_after(toks, hit[1], j)
            if k + 3 < end and toks[k].text == "(" and toks[k + 2].text == ")" and _ACRONYM_WORD.match(toks[k + 1].text):
                k += 3  # "... Organization (IDLO) Director-General": the acronym after the body's name
            if k < end and toks[k].text in _POSSESSIVE:
                k += 1
            elif k < end and toks[k].start < hit[1]:
                k += 1
            if k < end and self._title_re_ci.search(_text(toks, k, end)):
                if hit[2].label == "ORG":
                    # "ECOSOC President X (Nepal)", "General Assembly President X (Cameroon)": the body written before
                    # the title is the organization also when the State follows the name (the dev conventions: "A
                    # body named before a role is stripped to the organization"), so no title with the body in it
                    # is offered
                    organization, org_kind = hit[2].name, hit[2].kind
                else:
                    country = hit[2].code
                j = k
        demonym = self._demonym_at(toks, j, end) if hit is None else None
        if demonym is not None:
            # "Russian Foreign Minister Sergey Lavrov", "Belgian Minister of ...": the adjective is no part of the title;
            # before an office of a State it gives that State (the dev conventions' reading: "Italian Ambassador X"
            # -> ITA), before any other role no country ("a Brazilian officer")
            j = demonym[1]
            if is_state_office(_text(toks, j, end)):
                country = demonym[0]
        prev_start, prev = max(((a, b) for a, b in names if b <= toks[j].start), key=lambda n: n[1], default=(None, None))
        between = text[toks[end - 1].end - offset:rel]
        # (also with no comma after it, at the end of a line the name before opens, as in a list of one person a line:
        # "X, Deputy Spokesperson\n  Dr Y (Federal Foreign Office)"; not in wrapped prose, "met with Minister of
        # Foreign\nAffairs X, Minister of Education and Science\nY")
        listed = prev is not None and "\n" in between and prev_start >= offset \
            and not text[text.rfind("\n", 0, prev_start - offset) + 1:prev_start - offset].strip(" \t•-*–")
        if prev is not None and prev >= offset and ("," in between or listed) and re.fullmatch(r"\s*(?:\([^()\n]{1,40}\))?\s*,\s*",
                                                                                             text[prev - offset:toks[j].start - offset]) \
                and not ("\n" not in between and "," in between and "\n" in text[prev - offset:toks[j].start - offset]):
            # (a role opening its line, with the name after it on that line, is that name's: "X,\nDirector General
            # of the OECS Commission, Dr. Y,")
            return None  # "Ivana Jelić (Montenegro), President,\nLado Chanturia (Georgia),": the title is the name's before
        if organization is None and country is None and hit is None and j >= 2 and toks[j - 2].text in ("the", "The") \
                and toks[j - 1].text.endswith(_POSSESSIVE[:2]) and toks[j - 1].text[:-2] in SHORT_BODY_HEADS:
            # "the Centre's Acting Head, X", "The Bank's Representative in Paraguay, X": a body named again by its
            # head noun (the document view finds which)
            organization, org_kind = toks[j - 1].text[:-2], "other"
        role, _ = self._role(toks[:end], j, spans, allow_lower=True)
        if role is not None and role.title and role.title.endswith(" in charge") and end - j > 3:
            role = None  # "Minister of State in charge of the EAC, X": the body one is in charge of stays in the title
        if role is not None and organization is not None and role.organization not in (None, organization) \
                and role.country is None and role.title_span is not None and self.g.lookup(role.organization) is None:
            t = _index_at_or_after(toks, role.title_span[1], j)
            if t < end and toks[t].text in ("of", "for") and not any(tok.text == "," for tok in toks[t:end]):
                role = None  # "WMO Director of Climate Services X": the body is written first, what follows the
                # title's "of" and no gazetteer knows is its field, part of the title
        if role is None or two_titles and role.country is None and role.organization is None:
            return Role(title=_text(toks, j, end), country=country, organization=organization, org_kind=org_kind,
                        title_span=(toks[j].start, toks[end - 1].end))
        return Role(title=role.title, country=country or role.country, organization=organization or role.organization,
                    org_kind=org_kind or role.org_kind, title_span=role.title_span or (toks[j].start, toks[end - 1].end),
                    skip_spans=role.skip_spans)

    def _spoken_for(self, toks: list[_Tok], comma: int) -> bool:
        """Whether the title ending before the comma at ``comma`` is the office someone speaks for ("Speaking for the
        Secretary-General, Deputy Secretary-General X", "on behalf of the President, Vice-President X"): another
        person's, not a first title of the name's."""
        x = comma - 1
        while x > 0 and toks[x - 1].text in self.title_words:
            x -= 1
        if x > 0 and toks[x - 1].text in ("the", "The"):
            x -= 1
        return x > 0 and (toks[x - 1].text in ("for", "For") or toks[x - 1].text == "of" and x > 1
                          and toks[x - 2].text == "behalf")

    def _body_then_title(self, toks: list[_Tok], j: int, end: int, spans) -> bool:
        """A known body starts at ``j`` and a title word follows it or ends it ("EU Special Representative",
        "United Nations High Commissioner for Human Rights")."""
        hit = _entry_starting(spans, toks[j].start) if j < end else None
        if j + 2 < end and toks[j].text == "United" and toks[j + 1].text == "Nations":
            k = j + 2  # (the United Nations named before an office of its own)
        elif hit is None or hit[2].label != "ORG":
            return False
        else:
            k = _index_at_or_after(toks, hit[1], j)
        return any(toks[x].text in self.title_words for x in range(j + 1, min(k + 1, end)))

    def _session_before_title(self, toks: list[_Tok], j: int, end: int) -> bool:
        """Whether ``toks[j]`` names a meeting by its acronym and number right before a title that runs to ``end``
        ("COP31 President", "CMA6 Co-Chair"): the session the office is held for, kept in the title."""
        return bool(_SESSION_CODE.fullmatch(toks[j].text)) and j + 1 < end and toks[j + 1].text in self.title_words \
            and self._title_re.fullmatch(_text(toks, j + 1, end)) is not None

    def _comma_portfolio(self, toks: list[_Tok], j: int, end: int, spans) -> bool:
        """Whether ``toks[j:end]`` is a title, a comma, then its portfolio of capitalized fields joined by "and" ("the
        Assistant Secretary-General, Foreign and Community Relations, Ms. X"): no body, State or title among them."""
        c = next((x for x in range(end - 1, j, -1) if toks[x].text == ","), None)
        if c is None or c + 2 >= end or toks[c - 1].text not in self.title_words or toks[c + 1].text == "and" \
                or not any(t.text == "and" for t in toks[c + 1:end]) or not self._title_re.fullmatch(_text(toks, j, c)):
            return False
        return all(t.text == "and" or t.text[:1].isupper() and _word_like(t.text) and t.text not in ORG_KEYWORDS
                   and not self._title_re.fullmatch(t.text) and _entry_starting(spans, t.start) is None
                   for t in toks[c + 1:end])

    def _qualifies_title(self, toks: list[_Tok], j: int, end: int) -> bool:
        """Whether the word at ``j`` qualifies the title word right after it, before ``end``, and stays in the title
        as written ("Press Secretary X", "the Official Spokesperson, X", "Parliamentary Vice-Minister ... X")."""
        if toks[j].text not in TITLE_QUALIFIERS or j + 1 >= end:
            return False
        if toks[j + 1].text in self.title_words and self._title_re.match(_text(toks, j + 1, end)) is not None:
            return True
        if toks[j + 1].text.lower() in _OCCUPATIONS:
            return True  # "the Indigenous leader X": a lower-case occupation
        if toks[j + 1].text.islower() and j + 2 == end and self._title_re_ci.fullmatch(toks[j + 1].text):
            return True  # "Press officer: X", "Project officer X": a title word in lower case, last before the name
        # "Provincial Health Director X", "District Medical Officer X": the office's field between the qualifier and
        # the title word that ends the phrase
        return any(all(toks[x].text[:1].isupper() and _name_like(toks[x].text) and toks[x].text not in self.title_words
                       and toks[x].text not in ORG_KEYWORDS for x in range(j + 1, y))
                   and self._title_re.fullmatch(_text(toks, y, end)) is not None for y in (j + 2, j + 3) if y < end)

    def _demonyms_before_lower_role(self, toks: list[_Tok], j: int, end: int) -> bool:
        """Whether ``toks[j:end]`` is one or two State adjectives, then a role in lower case that holds no office of a
        State, named with "the" ("the Greek Cypriot leader, X", "the Turkish Cypriot member, Y": the seat or the
        community's office): the adjectives stay in the title."""
        if j == 0 or toks[j - 1].text not in ("the", "The"):
            return False  # (not "a Brazilian officer, Captain X": a description, the role alone is the title)
        x = j
        while x < end and x - j < 2 and toks[x].text in self.g.demonyms:
            x += 1
        return j < x < end and all(t.text.islower() and _word_like(t.text) for t in toks[x:end]) \
            and toks[end - 1].text in self._lower_titles and toks[end - 1].text not in _SPEAKS_FOR \
            and not is_state_office(_text(toks, x, end).title())  # (not "the Chinese delegate, X": he speaks for it)

    def _place_before_qualifier(self, toks: list[_Tok], j: int, end: int) -> bool:
        """Whether ``toks[j]`` names the place of a local office written right after it with its division's word
        ("the Choiseul Provincial Health Director, X", "Kailahun District Medical Officer X"): the place stays in the
        title as written, like a place the gazetteers know ("Gaza City Mayor")."""
        return j + 1 < end and toks[j].text[:1].isupper() and _name_like(toks[j].text) \
            and toks[j].text not in self.title_words and toks[j].text not in ORG_KEYWORDS \
            and toks[j + 1].text in _LOCAL_QUALIFIERS and self._qualifies_title(toks, j + 1, end) \
            and (j == 0 or toks[j - 1].text in ("the", "The", ",", ":") or toks[j - 1].text[:1].islower())

    def _portfolio_then_title(self, toks: list[_Tok], y: int, end: int) -> bool:
        """Whether the words after "for" at ``y`` are the portfolio of the title before them, joined by "and" to a
        second title ("Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator"), not
        another person's title ("Spokesperson for Secretary-General")."""
        and_at = next((x for x in range(y + 1, end - 1) if toks[x].text == "and"), None)
        if and_at is None or self.is_title(_text(toks, y, and_at)):
            return False
        return toks[and_at + 1].text[:1].isupper() and bool(self._title_re.search(_text(toks, and_at + 1, end)))

    def _joined_titles(self, w: str) -> bool:
        """Whether a token is title words joined by slashes ("Representative/Vice-President"), the last a title."""
        parts = w.split("/")
        return len(parts) >= 2 and all(p[:1].isupper() and _word_like(p) for p in parts) \
            and bool(self._title_re.fullmatch(parts[-1]))

    def _inside_title(self, toks: list[_Tok], x: int, ci: bool = False) -> bool:
        """Whether token ``x`` lies inside a known title written around it ("Minister without Portfolio"; with
        ``ci`` in any case: "head of delegation")."""
        a = max(0, x - 3)
        s = _text(toks, a, min(len(toks), x + 4))
        at = len(_text(toks, a, x)) + (1 if x > a else 0)
        return any(m.start() < at < m.end() for m in (self._title_re_ci if ci else self._title_re).finditer(s))

    @staticmethod
    def _field_inside_portfolio(toks: list[_Tok], j: int, end: int, spans) -> bool:
        """Whether a name the gazetteers read as a body at ``toks[j]``, after a portfolio's comma, is one field of
        the portfolio: "and" and a capitalized word follow it before the name ("Minister of Social Affairs, Public
        Service and Housing, X")."""
        entry = _entry_starting(spans, toks[j].start)
        k = _index_at_or_after(toks, entry[1], j)
        return entry[2].label == "ORG" and k + 1 < end and toks[k].text == "and" and toks[k + 1].text[:1].isupper()

    def _in_list_of_names(self, text: str, rel: int, toks: list[_Tok], comma: int) -> bool:
        """Whether the name at ``rel`` (after the comma at token ``comma``) stands in a list of names: another
        name right before the comma, or ", Name Name," / ", Name Name and" right after it."""
        def a_name(words: list[str]) -> bool:
            return len(words) >= 2 and all(_name_like(w) and w not in self.title_words and w not in ORG_KEYWORDS
                                           and w not in _NOT_NAME for w in words)
        before = []
        x = comma - 1
        while x >= 0 and _name_like(toks[x].text) and len(before) < 4:
            before.insert(0, toks[x].text)
            x -= 1
        if a_name(before) and (x < 0 or toks[x].text in (",", ";")) and self.g.lookup(" ".join(before)) is None:
            return True
        m = re.match(r"(?:\S+\s+){0,3}?\S+?,\s+((?:\S+\s+){1,3}?\S+?)(?:,|\s+and\b)", text[rel:rel + 120])
        return m is not None and a_name(m.group(1).split()) and self.g.lookup(m.group(1)) is None

    def behalf_before(self, text: str, offset: int, start: int, spans: Sequence[GazetteerSpan]) -> Entry | None:
        """The State or body in "on behalf of [the] Y by" written right before absolute ``start``."""
        rel = start - offset
        base = max(0, rel - 200)
        m = re.search(r"\bon behalf of (?:the )?(\S.{0,150}?)\s+by\s+$", text[base:rel]) \
            or re.search(r"\b(?:[Ss]peaking|[Tt]aking the floor|[Rr]esponding|[Pp]resenting|[Rr]eplying)(?: also)? (?:for|on behalf of) "
                         r"(?:the )?(\S.{0,150}?)(?:\s*\([A-Z][\w-]{1,12}\))?,\s*(?:the\s+)?"
                         r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}['’]s\s+)?$",
                         text[base:rel]) \
            or re.search(r"(?:^|[.;:!?]\s+)For (?:the )?([A-Z][^,.;:]{0,150}?),\s*(?:the\s+)?"
                         r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}['’]s\s+)?$", text[base:rel]) \
            or re.search(r"(?:^|\n)[ \t]*(?:[-•–*][ \t]+)?[A-Z][^,:\n]{0,60},[ \t]+(?:speaking[ \t]+)?(?:for|on behalf of)[ \t]+"
                         r"(?:the[ \t]+)?([A-Z][^,:;\n]{0,120}?):[ \t]*$", text[base:rel])
        # ("For the New Agenda Coalition, Ireland's Permanent Representative, X": the owner of the title between;
        # "- Zimbabwe, for the African Group: Ambassador X urged ...": a speaker's line opened by the State and group)
        # ("For the World Bank, X said": a sentence opened with the body a speaker speaks for; "Speaking for the
        # Organization of Islamic Cooperation (OIC), Cameroon's delegate, X": its acronym, the State's role between)
        if not m:
            return None
        s_abs, e_abs = offset + base + m.start(1), offset + base + m.end(1)
        return _entry_exactly(spans, s_abs, e_abs)

    def speaker_state_before(self, text: str, offset: int, start: int, spans: Sequence[GazetteerSpan]) -> Entry | None:
        """The State opening a speaker's line before the group it speaks for, written right before absolute
        ``start``: "- Zimbabwe, for the African Group: Ambassador X urged ..." (X speaks for Zimbabwe), or the State
        alone opening the line before a colon or a bracket, the name written with an honorific ("- Angola: Mr. X,
        Minister ...", "- Bhutan (Ambassador X)"; not a headline's "AFGHANISTAN: Flash Floods")."""
        rel = start - offset
        base = max(0, rel - 200)
        m = re.search(r"(?:^|\n)[ \t]*(?:[-•–*][ \t]+)?([A-Z][^,:(\n]{0,60}),[ \t]+(?:speaking[ \t]+)?(?:for|on behalf of)"
                      r"[ \t]+[^:()\n]{1,120}(?::|\()[ \t]*$", text[base:rel]) \
            or (text[rel:].split()[:1] and text[rel:].split()[0] in self._honorifics
                and (re.search(r"(?:^|\n)[ \t]*(?:[-•–*][ \t]+)?([A-Z][^,:()\n]{0,60}?)[ \t]*(?::|\()[ \t]*$", text[base:rel])
                     or re.search(r"(?:^|\n)[ \t]*(?:[-•–*][ \t]+)?([A-Z][^,:()\n]{0,60}?)[ \t]*:[ \t]*(?:[^:;\n]{1,120};[ \t]+)+$",
                                  text[base:rel])
                     or re.search(r"[:,;][ \t]+([A-Z][^,:;()\n]{0,60}?)[ \t]+\($", text[base:rel]))) \
            or re.search(r"(?:^|\n)[ \t]*(?:[-•–*][ \t]+)?([A-Z][^,:()\n]{0,60}?)[ \t]*\([ \t]*$", text[base:rel])
        # (a list's line opened by the State, the name in brackets with no honorific: " - Kyrgyzstan (X, Deputy
        # Permanent Representative), who welcomed ...")
        # ("- Ghana, on behalf of the African Group (Mr. X, Counsellor): ..."; a line opened by the State alone:
        # "- Angola: Mr. X, Minister of External Relations;", "- Bhutan (Ambassador X): said ..."; the next names
        # on that line after a semicolon: "- San Marino: Ambassador X; Ms. Y, Legal Adviser"; a State in a list
        # before its envoy in brackets: "Attending: Costa Rica (Ambassador X), Ghana (Mr. Y, Minister-Counsellor)")
        if not m:
            return None
        entry = _entry_exactly(spans, offset + base + m.start(1), offset + base + m.end(1))
        if entry is None and m.group(1).startswith("The "):
            entry = _entry_exactly(spans, offset + base + m.start(1) + 4, offset + base + m.end(1))
        return entry if entry is not None and entry.label == "COUNTRY" else None

    def behalf_after(self, text: str, offset: int, end: int, spans: Sequence[GazetteerSpan],
                     after_role: bool = False) -> Entry | None:
        """The body in "X[ (Y)], speaking on behalf of [the] Z" / "speaking for [the] Z" written right after
        absolute ``end`` (the end of the name): a delegate speaking for a group of States ("Mr. X
        (Pakistan), speaking on behalf of the Group of 77 and China") speaks for that group. Only a
        body known as an organization that starts right there counts (not a State, not a phrase).
        Also the State in "X, who represented Y" / "X, representing Y" right after the name. ``after_role``:
        ``end`` ends the role written after the name, and "spoke on behalf of" counts too ("X, Deputy Minister
        of Health of Poland, spoke on behalf of the European Union")."""
        rel = end - offset
        m = re.match(r"[ \t]*(?:\([^()\n]{1,60}\)|\s+of\s+(?:the\s+)?[A-Z][^,()\n]{1,50})?[ \t]*"
                     r"(?:,?\s+(?:speaking" + ("|spoke" if after_role else "") + r")(?:\s+also)?\s+(?:on\s+behalf\s+of|for|as\s+(?:the\s+)?"
                     r"(?:Vice-)?(?:Chair|Chairperson|Chairman|President|Coordinator|Facilitator)\s+of)"
                     r"|,\s+(?:for|on\s+behalf\s+of)(?=\s+(?:the\s+)?[A-Z][^,]{2,120},))\s+(?:the\s+)?",
                     text[rel:rel + 200])  # ("X, speaking as Chair of the Pacific Islands Forum": the body chaired;
        # "X of Nigeria, speaking for the African Group", "X (Kazakhstan), for the Group of Landlocked Developing
        # Countries, said")
        label = "ORG"
        if not m:
            # "State Secretary X, who represented Norway at the sessions": the State the person represents
            m = re.match(r"[ \t]*,\s+(?:who\s+(?:represented|represents|(?:was|is)\s+representing)|representing)\s+(?:the\s+)?",
                         text[rel:rel + 120])
            label = "COUNTRY"
        if not m:
            return None
        at = end + m.end()
        best = None
        for s, e, entry in spans:
            if s == at and entry.label == label and (best is None or e > best[0]):
                best = (e, entry)
        if best is None and label == "ORG" and re.search(r"\bspeaking\s+(?:on\s+behalf\s+of|for)\s+(?:the\s+)?$", m.group()):
            # "Ms. X, speaking for Somalia, said": the one State the person speaks for (not "for A and B", "for A, B")
            for s, e, entry in spans:
                if s == at and entry.label == "COUNTRY" and (best is None or e > best[0]):
                    best = (e, entry)
            if best is not None and not re.match(r"[ \t]*(?:[;.:)\n]|,[ \t\n]*(?!and\b|[A-Z]))",
                                                 text[best[0] - offset:best[0] - offset + 20]):
                best = None
        return best[1] if best else None

    def headed_by_before(self, text: str, offset: int, start: int, spans: Sequence[GazetteerSpan]) -> Entry | None:
        """The body in "Z[ (ACR)], headed by [title] X" written right before absolute ``start``: Z is X's
        organization ("the High-Level Panel, chaired by Mr. X"; "UNESCO, under the leadership of Ms. X")."""
        rel = start - offset
        base = max(0, rel - 60)
        m = re.search(r"(?:\s*\([A-Z][A-Za-z]{1,9}\))?,?\s+(?:(?:which|that|who) (?:is|was) |(?:was|is|were) )?(?:headed|led|chaired|directed|"
                      r"presided over|coordinated)\s+by\s+(?:(?:the|former|then|its|their)\s+)*$|,?\s+under the (?:leadership|direction|chairmanship) of\s+"
                      r"(?:(?:our|my|the) (?:\w+ ){0,2}?(?:friend|colleague|brother|sister)\s+)?$", text[base:rel])
        if not m:
            m = re.search(r"\s+by\s+$", text[base:rel])  # "...; the delegation of Equatorial Guinea by Mr. X": the
            # verb of the clause before left out
            end = offset + base + m.start() if m else -1
            return next((entry for s, e, entry in spans if m and e == end and entry.label == "COUNTRY" and re.search(
                r"[;,]\s+the\s+delegations? of (?:the )?$", text[max(0, s - offset - 30):s - offset])), None)
        end = offset + base + m.start()
        best = None
        for s, e, entry in spans:
            if e == end and entry.label == "ORG" and (best is None or s < best[0]):
                best = (s, entry)
        if best is None:
            # "The delegation of Japan was led by X": the State of the delegation
            for s, e, entry in spans:
                if e == end and entry.label == "COUNTRY" and re.search(r"\b[Dd]elegations? of (?:the )?$",
                                                                       text[max(0, s - offset - 20):s - offset]):
                    return entry
            return None
        if best is not None and re.search(r"\b(?:at|in|from)\s+(?:the\s+)?$", text[max(0, best[0] - offset - 10):best[0] - offset]):
            return None  # "held its meeting at the ASEAN Secretariat, chaired by X": the venue is not what is chaired
        of = re.search(r"(\w+)\s+of\s+(?:the\s+)?$", text[max(0, best[0] - offset - 30):best[0] - offset]) if best else None
        if best is None or of is not None and of.group(1) not in BODY_NOUNS:
            # "the Institute, a think tank of the Ministry, chaired by ...": the body is not the one chaired;
            # "a delegation of ECCAS led by its Commissioner" names it
            return None
        return best[1]

    def line_body_before(self, text: str, offset: int, start: int, spans: Sequence[GazetteerSpan]) -> list[Entry]:
        """The body or State that opens the line of a person starting at absolute ``start``, parted from the
        name by a spaced dash: "Afghan Red Crescent Society - Dr. X, Secretary General a.i." (a contact list); a
        State's own body with its State after a comma gives both ("(ii) Department of Hydrological and
        Meteorological Services, Nepal - Ms. X, Senior Divisional Hydrologist")."""
        rel = start - offset
        head = text[text.rfind("\n", 0, rel) + 1:rel]
        m = re.fullmatch(r"[ \t]*(?:[•\-\*–][ \t]+)?(\S.*?)[ \t]+[-–—][ \t]+", head)
        if m is None:
            return []
        a = offset + rel - len(head) + m.start(1)
        b = a + len(m.group(1))
        entry = next((e for s_, e_, e in spans if s_ == a and e_ == b), None)
        if entry is not None and entry.label in ("ORG", "COUNTRY"):
            return [entry]
        state = next(((s_, e) for s_, e_, e in spans if e_ == b and e.label == "COUNTRY"), None)
        body = next((e for s_, e_, e in spans if state is not None and s_ == a and e.label == "ORG" and e.kind == "government"
                     and re.fullmatch(r",[ \t]*", text[e_ - offset:state[0] - offset])), None)
        return [body, state[1]] if body is not None else []

    def delegation_before(self, text: str, offset: int, start: int,
                          spans: Sequence[GazetteerSpan] = ()) -> Entry | None:
        """The State whose delegation a person leads, from a cue earlier in the sentence: "the Syrian
        delegation was headed by X", "the Russian delegation by Deputy Minister X", "Türkiye was represented at
        the meeting by X, ...; Y, ...; and Z, ...". The person is right after the cue, or opens an item of
        the list after it (after a semicolon, or after "and" ending a short list: "the State of Suriname was
        represented by Ms X, Deputy Attorney General, and Mr Y"); the last cue before the person is the one
        that counts. "Poland, represented by X" is a cue too, and so is a known body that was represented
        ("The Executive Committee of the CIS was represented by First Deputy Chairman X"): its entry."""
        rel = start - offset
        base = max(0, rel - 600)
        window = text[base:rel]
        # a sentence ends after a word, not after an abbreviation ("H.E. X", "Prof. Y")
        stop = max((m.end() for m in re.finditer(r"(?<=[a-z]{4})[.!?][\"”’]?\s+(?=[A-Z])|\n\s*\n", window)), default=0)
        window = window[stop:]
        cue = None
        for m in _DELEGATION_CUE.finditer(window):
            cue = m
        if cue is None or cue.group("adj") in ("The", "Its"):
            # "Tonga was reviewed ... . The delegation was headed by X": no State in the cue itself
            return self._reviewed_states_delegation(text[max(0, base + stop - 300):base + stop], window)
        between = window[cue.end():]
        elided = re.search(r"(?:;|,\s+and)\s+(?:and\s+)?(?P<state>[A-Z][\w'’-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]+){0,4})"
                           r"\s+by\s+(?:(?:the|former|its)\s+)*$", between) if cue.group("state") is not None else None
        if elided is not None:
            # "Madagascar was represented by Mr. X, Minister ...; Seychelles by Ambassador Y; and Mauritius by Mr. Z":
            # an item naming its own State, the verb left out
            entry = self.g.lookup(re.sub(r"^(?:The|the)\s+", "", elided.group("state")))
            return entry if entry is not None and entry.label == "COUNTRY" else None
        if between.strip() and not re.search(r";\s*(?:and\s+)?$", between) \
                and not (len(between) < 90 and between.count(",") <= 3 and re.search(r",?\s+and\s+$", between)):
            return None
        name = cue.group("adj") or cue.group("state") or cue.group("through") or cue.group("held") or cue.group("led") \
            or cue.group("dash") or cue.group("presented")
        name = re.sub(r"^(?:The|the)\s+", "", name)
        if cue.group("adj") is not None:
            name = re.sub(r"['’]s$", "", name)  # "Jordan's delegation was led by X"
        code = self.g.demonyms.get(name)
        if code is not None:
            return self.g.country(code)
        entry = self.g.lookup(name) or self.g.lookup(re.sub(r"^(?:State|Government|Republic) of (?:the )?", "", name))
        if entry is not None and entry.label == "COUNTRY":
            return entry
        if cue.group("state") is not None:
            # a body the gazetteer or the text names, ending right before "was represented"
            a = offset + base + stop + cue.start("state") + (len(cue.group("state")) - len(name))
            b = offset + base + stop + cue.end("state")
            body = next((e for s_, e_, e in spans if e_ == b and s_ <= a and e.label in ("ORG", "COUNTRY")), None)
            if body is not None:
                return body
            tail = next((e for s_, e_, e in spans if e_ == b and s_ > a and e.label == "ORG"), None)
            if tail is not None and any(w in ORG_KEYWORDS for w in name.split()) and re.search(r"\bof (?:the )?\S+$", name):
                # "The Executive Committee of the CIS": a body of a known body, named by its head word
                return Entry(id="new:" + name, label="ORG", name=name, kind=tail.kind)
        return None

    def _reviewed_states_delegation(self, before: str, window: str) -> Entry | None:
        """The State under review whose delegation a person belongs to: "Tonga was reviewed for the fourth time this
        afternoon. The delegation was headed by Hon. X, Minister ..., who was accompanied by Mr. Y, ... and Ms. Z, ...":
        the sentence names the delegation without its State, the sentence before names the State reviewed."""
        if not _REVIEWED_DELEGATION.match(window) or ".\n" in window or "\n\n" in window:
            return None
        sentences = re.split(r"(?<=[a-z]{3})[.!?]\s+|\n\s*\n", before.rstrip())
        m = _STATE_REVIEWED.search(sentences[-1]) if sentences else None
        if m is None:
            return None
        entry = self.g.lookup(re.sub(r"^(?:The|the)\s+", "", m.group("state")))
        return entry if entry is not None and entry.label == "COUNTRY" else None

    def owner_before(self, text: str, offset: int, start: int, spans: Sequence[GazetteerSpan]) -> Entry | None:
        """The State or body that owns a role written right before absolute ``start`` with a possessive
        pronoun: "Malta and her Foreign Minister, X", "Kenya, through its Cabinet Secretary X", "the
        African Union and its Commissioner X". The owner is the last State or body named before the
        pronoun in the same sentence, with no other name in between."""
        rel = start - offset
        base = max(0, rel - 160)
        m = _OWNER_PRONOUN.search(text[base:rel])
        if not m:
            return None
        pron_abs = offset + base + m.start(1)
        best = None
        for s, e, entry in spans:
            if e <= pron_abs and entry.label in ("COUNTRY", "ORG") and (best is None or e > best[1]):
                best = (s, e, entry)
        if best is None:
            return None
        s, e, entry = best
        if m.group(1) == "her" and entry.label != "COUNTRY":
            return None  # "the Director and her deputy": a woman's, not a body's
        between = text[e - offset:pron_abs - offset]
        if m.group(1) == "whose":
            # "the Committee for Development Policy, whose Chair, X": the body the relative pronoun follows
            return entry if re.fullmatch(r"(?:\s*\([A-Z][A-Za-z]{1,9}\)|\))?\s*,\s*", between) else None
        if len(between) > 60 or re.search(r"[.;:!?]\s|\n\s*\n|[A-Z][a-z]", between):
            return None  # another sentence, or another name, stands between the owner and the pronoun
        if re.match(r"['’]s\b|\s+(?:[a-z]+\s+)?(?:of|for)\b", text[e - offset:e - offset + 12]):
            return None  # "the Chair of Mali's delegation and its": the owner is not the State named inside
        if re.search(r"\b\w+\s+(?:of|for)\s+(?:the\s+)?$", text[max(0, s - offset - 30):s - offset]):
            return None  # "the Institute, a think tank of the Ministry, chaired by its": a body inside another phrase
        return entry


def _under_a_head(toks: list[_Tok], x: int) -> bool:
    """Whether "under" at ``x`` joins a State's body to what it answers to, inside the title's body name ("First Deputy
    Chairman of the Committee of Emergency Situations under the Government of the Republic of Tajikistan X")."""
    return toks[x].text == "under" and 0 < x and x + 2 < len(toks) and toks[x - 1].text[:1].isupper() \
        and toks[x + 1].text == "the" and toks[x + 2].text in UNDER_HEADS
