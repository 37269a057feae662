"""People rules, roles: the title and affiliation written after a name, and the bodies in them.

Part of the extract stage. ``RoleRules`` holds the methods of :class:`pipeline.people.PeopleRules`
that read a role: ", Title of Y", " (Country)", " of Country", "as Title", "Y's representative"
after a name, the comma-separated segments of a role phrase with its title, country and
organization, mandates ("Special Rapporteur on torture"), a State's adjective opening a title,
and the bodies a title runs on into or names in brackets. :mod:`pipeline.people` composes it into
``PeopleRules`` (``role_after`` and ``role_as`` are called by :mod:`pipeline.extract` too);
``__init__`` there sets the attributes these methods read. It imports only
:mod:`pipeline.people_tokens` and the gazetteer, never :mod:`pipeline.people`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from .gazetteers import Entry
from .people_tables import _POST_HEAD_NOUNS, logical_lines
from .people_tokens import (
    BODY_NOUNS, DOCUMENT_WORDS, NAME_PARTICLES, ORG_KEYWORDS, _ACCREDITED, _ACRONYM_WORD, _BODY_HEADS, _CLOSE_QUOTES,
    _CONNECTORS, _COURTESY, _FUNCTION_WORDS, _HEADS_VERBS, _MANDATE_STOP, _NOT_NAME, _OCCUPATIONS,
    _NUMBERED_ORDINAL, TITLE_PLACE_NOUNS, _OCCUPATION_MODIFIERS, _OPEN_QUOTES, _ORDINAL, _PORTFOLIO_WORDS, _POSSESSIVE, _POSSESSIVE_DETERMINERS,
    _HEADS_OF_STATE, _POSTNOMINALS, _ROLE_MODIFIERS, _ROMANCE_JOINERS, _SESSION_WORD, _TRAILING_JOINERS, _UNIT_HEADS, GazetteerSpan,
    Role, _Tok, is_state_office, _acronym_after, _affiliation_at, _common_noun_like, _continues_name, _entry_exactly, _entry_starting,
    _index_at_or_after, _is_initial, _mission_country, _name_like, _names_a_body, _text, _tokens, _unit_of_a_body,
    _word_like, _written_text, is_subunit, plural_portfolio_noun, SHORT_BODY_HEADS, TITLE_QUALIFIERS, TOPIC_NOUNS,
)
from ._data import lexicon_set

# Nouns a role word qualifies like an adjective ("an expert opinion", "the witness statement")
_QUALIFIED_NOUNS = lexicon_set("role_qualified_nouns")

# The head nouns of a unit a title sits in, after "in the" ("Senior Adviser in the Office of ...")
_SITS_IN_HEADS = lexicon_set("units_a_title_sits_in")

# Words of a span of time after a role's "for" ("coordinator for two years"): no portfolio
_SPANS_OF_TIME = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "many", "several",
                            "year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades", "life"})

# Parts in a meeting written in lower case after "as" ("with X as moderator"): the dev conventions' "Roles in a meeting"
_MEETING_PARTS_IN_LOWER_CASE = lexicon_set("meeting_parts")

# Written works after a lower-case role's "of the" ("lead author of the report"): what the person wrote, no portfolio
_WORKS = lexicon_set("works_a_role_names")

# Titles whose portfolio may go on over a comma ("Minister, Foreign Affairs and Trade")
_PORTFOLIO_TITLES = lexicon_set("portfolio_titles")
# Lower-case nouns of a role's place of work ("the cooperative's manager": with a possessive, the body, no part of the title)
_ROLE_FIELD_WORDS = lexicon_set("role_field_words")
# A unit of a body named inside a title with "of" ("Head of the Rural Development Division") stays in the title
_UNITS_OF_A_TITLE = lexicon_set("units_of_a_title")
_TITLES_HEADING_A_UNIT = lexicon_set("titles_heading_a_unit")
# A site's head word ("Hospital", "Health Centre"): "Director of X Hospital" names the site as the body its director
# speaks for (lexicon site_heads; the dev conventions: a hospital is an organization when its director speaks)
_SITE_HEADS = lexicon_set("site_heads")
# A body of its own named in a title before another body ("President of the Regional Women's Forum of the ICGLR")
_BODIES_OF_THEIR_OWN = lexicon_set("bodies_of_their_own_in_titles")
# ... and one written in lower case after the body's name ("Head of the OCHA sub-office in Goma")
_UNITS_OF_A_TITLE_LOWER = lexicon_set("units_of_a_title_in_lower_case")
# Words that make a body a local government's own, not a unit of one ("Sidama Region Water and Energy Bureau")
_LOCAL_GOVERNMENT_WORDS = lexicon_set("local_government_words")
# Words that open a State's own national body's name, not a unit's ("National Police Directorate", "Federal Bureau of ...")
_NATIONAL_WORDS = lexicon_set("national_body_openers")

# An office's possessive before a body's head: the name of the body the office heads ("Attorney General's Office")
_POSSESSIVE_OFFICE = re.compile(r"(?:the\s+)?((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)['’]s\s+(?:Office|Chambers|Department|Bureau|Cabinet)")

# The head nouns of a State's official name ("the Republic of The Gambia", "the Kingdom of Eswatini") and the
# words of its style written before them ("the Federal Democratic Republic of ...")
_STATE_FORM_HEADS = lexicon_set("state_form_heads")
_STATE_STYLE_WORDS = _STATE_FORM_HEADS | lexicon_set("state_style_words")

# Offices that head a region, province or town, written with the place ("Governor of the Kaolack Region"): the place
# stays in the title, no body of the person's
_HEADS_OF_PLACES = frozenset(w.casefold() for w in lexicon_set("heads_of_regions_and_towns"))


# A telephone number: "+1 767 ...", "(767) 266-3009", "4000-8500" (not a year range, "2021-2030")
_PHONE_PART = re.compile(r"^(?:\+\d[\d-]*|\d{2,4}(?:-\d{2,4})+)$")


def _telephone_at(toks: list[_Tok], i: int) -> bool:
    w = toks[i].text
    if w == "(":
        return i + 3 < len(toks) and re.fullmatch(r"\d{2,4}", toks[i + 1].text) is not None and toks[i + 2].text == ")" \
            and toks[i + 3].text[:1].isdigit()
    if not _PHONE_PART.match(w) or w.startswith("+"):
        return bool(_PHONE_PART.match(w))
    parts = w.split("-")
    return sum(len(x) for x in parts) >= 6 and not all(re.fullmatch(r"(?:19|20)\d\d", x) for x in parts)


def _lower_charge(toks: list[_Tok], i: int) -> bool:
    """``toks[i]`` is in what a role is in charge of, written in lower case and ending the role at a comma, a stop or
    the end of the line ("member of the Board in charge of communication.", "in charge of youth and sport,")."""
    x = i
    while x > 0 and i - x < 4 and (toks[x - 1].text == "and" or toks[x - 1].text.isalpha() and toks[x - 1].text.islower()
                                   and toks[x - 1].text != "of"):
        x -= 1
    if x < 3 or toks[x - 1].text != "of" or toks[x - 2].text != "charge" or toks[x - 3].text != "in":
        return False
    y = i
    while y < len(toks) and y - x < 4 and (toks[y].text == "and" or toks[y].text.rstrip(".").isalpha()
                                           and toks[y].text.islower() and not toks[y].nl):
        if toks[y].text.endswith("."):
            return True  # the stop ends the sentence
        y += 1
    return y > x and toks[y - 1].text != "and" and (y == len(toks) or toks[y].nl or toks[y].text in (",", ";", ")"))


@dataclass
class _RoleDraft:
    """What :meth:`RoleRules._role` has read of a role phrase so far, shared by its steps.

    ``toks[a:b]`` is the first segment without its article, a body or State written before the title
    and a State in brackets after it; ``toks[a:title_end]`` is the title read so far and ``title`` its
    text. ``scan_end`` is where the first segment's affiliation is looked for up to (the title may run
    on over commas), ``last`` the end of the last segment read. ``skip`` holds the spans ("to the
    United Nations") that name no body of the person's, ``unit_seg`` the later segment a unit's name
    was read from.
    """

    a: int
    b: int
    title: str = ""
    title_end: int = 0
    country: str | None = None
    organization: str | None = None
    org_kind: str | None = None
    org_is_new: bool = False
    org_span: tuple[int, int] | None = None
    skip: list[tuple[int, int]] = field(default_factory=list)
    scan_end: int = 0
    last: int = 0
    unit_seg: tuple[int, int] | None = None  # the segment a unit's name was read from
    org_from_segment: bool = False  # the body was named in a segment of its own after the title
    org_from_lead: bool = False  # the body was written before the title ("UN Resident Coordinator")
    country_from_lead: bool = False  # the State was written before the title ("Dominica's Minister of ...")

    def role(self, toks: list[_Tok]) -> Role:
        """The role read: the title without a trailing comma, its span, the State and the body."""
        opened = [x for x in range(self.a, self.title_end) if toks[x].text == "("]
        if opened and not any(toks[x].text == ")" for x in range(opened[-1], self.title_end)) and opened[-1] > self.a \
                and self.title == _text(toks, self.a, self.title_end).rstrip("."):
            # "Presidential Commissioner for Dialogue (Comisión Presidencial para el Diálogo)": a bracket the title
            # does not close (the phrase stopped inside it) is no part of the title
            self.title_end = opened[-1]
            self.title = _text(toks, self.a, self.title_end)
        if self.title_end > self.a and self.title == _text(toks, self.a, self.title_end) \
                and any(t.dash for t in toks[self.a + 1:self.title_end]):
            self.title = _written_text(toks, self.a, self.title_end)  # "Deputy Prime Minister - Minister of ...": the dash as written
        title = self.title.strip().rstrip(",")
        if title.endswith(" a.i"):
            title += "."  # "Coordinator a.i.": the abbreviation's stop, not a sentence's
        # "Chair of the Committee": the body, named only by its kind, is not part of the title
        title_span = (toks[self.a].start, toks[self.title_end - 1].end) if self.title_end > self.a else None
        return Role(title=title or None, country=self.country, organization=self.organization, org_kind=self.org_kind,
                    org_span=self.org_span, title_span=title_span, skip_spans=tuple(self.skip))


# Words after a comma that narrow a mandate ("trafficking in persons, especially women and children")
_NARROWING = frozenset({"especially", "particularly", "notably", "including", "mainly"})

# where a person stands in a photograph: "(left)", "(centre)", "(second from right)"
_PHOTO_POSITION = re.compile(r"(?i)(?:far |second |third |fourth )?(?:from )?(?:left|right|centre|center|middle)"
                             r"|(?:second|third|fourth|fifth) from (?:left|right)|l|r|c")


# Words that describe the person, not the occupation, between the article and an occupation after a name ("X, a young
# shearer from Y"; lexicon occupation_descriptors), and an age written as one word ("a 47-year-old lorry driver")
_OCCUPATION_DESCRIPTORS = lexicon_set("occupation_descriptors")
_AGE_WORD = re.compile(r"\d{1,3}-year-old")
# An age standing alone between commas after a name ("X, 52, a tea plucker at ...")
_AGE = re.compile(r"\d{1,3}")


class RoleRules:
    """The role rules of :class:`pipeline.people.PeopleRules`: what follows a name, and role phrases."""

    def role_after(self, text: str, offset: int, name_end: int, spans: Sequence[GazetteerSpan]) -> Role | None:
        """The role introduced right after a name ending at absolute ``name_end`` (", Title of Y")."""
        spans = self._bodies(spans)
        rel = name_end - offset
        line_start, line = next(((p, ln) for p, ln in logical_lines(text) if p <= rel <= p + len(ln)), (0, text))
        toks = _tokens(line, offset + line_start)
        k = next((i for i, t in enumerate(toks) if t.start >= name_end), None)
        if k is None or k > 0 and toks[k - 1].end == name_end and toks[k - 1].text in TOPIC_NOUNS:
            return None  # "the Protocol on Democracy and Good Governance, the President of ...": no name before the title
        role, after = self._after_name(toks, k, spans, require_title=True)
        if role is not None and not role.title and (role.country or role.organization) and after > k \
                and after + 1 < len(toks) and toks[after].text == "as" and toks[after - 1].text not in (",", ";"):
            # "appointed X of Norway as Deputy Special Coordinator for ...": the State or body right after the name,
            # then the office the person is named to
            named = self.role_as(text, offset, toks[after - 1].end, spans)
            if named is not None and named.title:
                role = replace(named, country=named.country or role.country,
                               organization=named.organization or role.organization,
                               org_kind=named.org_kind if named.organization else role.org_kind,
                               org_span=named.org_span if named.organization else role.org_span)
        return role

    def role_as(self, text: str, offset: int, name_end: int, spans: Sequence[GazetteerSpan]) -> Role | None:
        """The role named with "as" right after a name ("the appointment of X as Assistant Secretary-General
        for Policy Coordination in the Department of ..."): a capitalized title only."""
        spans = self._bodies(spans)
        rel = name_end - offset
        line_start, line = next(((p, ln) for p, ln in logical_lines(text) if p <= rel <= p + len(ln)), (0, text))
        toks = _tokens(line, offset + line_start)
        k = next((i for i, t in enumerate(toks) if t.start >= name_end), None)
        if k is not None:
            # "elected X (Kenya), Y (Peru) and Z (Tonga) as Vice-Chairs": the State in brackets after each name,
            # and the other names of the list, come before the role they share
            k, _ = self._past_listed_names(toks, k)
        if k is not None and k + 2 < len(toks) and toks[k].text == "of":
            # "the appointment of X of Norway as ...": the State right after the name, then the office
            state = _entry_starting(spans, toks[k + 1].start)
            after = _index_at_or_after(toks, state[1], k + 1) if state is not None and state[2].label == "COUNTRY" else k
            if after < len(toks) and (toks[after].text == "as" or toks[after].text in ("was", "had", "has")
                                      and after + 2 < len(toks) and "elected" in (toks[after + 1].text, toks[after + 2].text)):
                k = after  # ("X of South Africa had been elected Rapporteur": the election's verb after the State)
        if k is not None and k + 3 < len(toks) and toks[k].text == "," and toks[k + 1].text in ("a", "an"):
            # "the appointment of X, a Ghanaian diplomat, as his Personal Representative ...": a description of the
            # person between the name and the role
            close = next((x for x in range(k + 2, min(len(toks) - 1, k + 12)) if toks[x].text in (",", ";", "(", ")")), None)
            if close is not None and toks[close].text == "," and toks[close + 1].text == "as" \
                    and all(_word_like(t.text) for t in toks[k + 2:close]):
                k = close + 1
        if k is not None and k + 2 < len(toks) and toks[k].text in ("in", "took") and toks[k + 1].text == "the" \
                and toks[k + 2].text.rstrip(".,;") in ("Chair", "chair") \
                and (k + 3 == len(toks) or toks[k + 3].text in (",", ";", "and") or toks[k + 2].text[-1:] in ".,;"):
            # "with Ms X (Norway) in the Chair", "Mr. Y (Peru) took the Chair": the person presides over the meeting
            c = toks[k + 2]
            return Role(title="Chair", title_span=None if c.text[0] == "c" else (c.start, c.start + 5))
        if k is not None and k + 2 < len(toks) and toks[k].text in ("will", "would", "to") \
                and toks[k + 1].text in ("serve", "act") and toks[k + 2].text == "as":
            k += 1  # "Y (Sweden) will serve as Vice-Chair and Rapporteur": read like "serving as"
        if k is not None and k + 1 < len(toks) and toks[k].text in ("serving", "acting", "serve", "act", "serves") \
                and toks[k + 1].text == "as":
            k += 1  # "with Ms. X (Brazil) serving as Rapporteur": read like "as" (not "served as", a past office)
        if k is not None and k + 5 < len(toks) and toks[k].text == "," and toks[k + 1].text == "who":
            c = k + 2 if toks[k + 2].text in ("presented", "presents") else None
            if c is not None and toks[c + 1].text in ("his", "her", "their") and toks[c + 2].text == "credentials" \
                    and c + 3 < len(toks) and toks[c + 3].text == "as":
                k = c + 3  # "Ambassador X, who presented his credentials as Permanent Representative of Y": the office
                # the envoy takes up
        if k is not None and self._elected_before(line[:rel - line_start]) and k < len(toks) and self._title_re.fullmatch(toks[k].text.rstrip(".,;")) \
                and toks[k].text.rstrip(".,;") not in self._honorifics \
                and (toks[k].text[-1:] in ".,;" or k + 1 == len(toks) or toks[k + 1].text in (",", ";", "and")):
            # "Ms. X (Tonga) was elected Chair and Mr. Y (Vanuatu National Statistics Office) Rapporteur": the
            # verb of an election of officers goes on over the other persons elected, each name before its office
            office = toks[k].text.rstrip(".,;")
            return Role(title=office, title_span=(toks[k].start, toks[k].start + len(office)))
        verb = None
        if k is not None and k + 2 < len(toks):
            verb = k + 1 if toks[k].text in ("was", "is") else k + 2 if toks[k].text in ("has", "had") \
                and toks[k + 1].text == "been" else None
        by = next((x for x in range(verb + 2, min(len(toks) - 1, verb + 8)) if toks[x].text == "as"), None) \
            if verb is not None and verb + 2 < len(toks) and toks[verb].text in ("elected", "appointed", "named") \
            and toks[verb + 1].text == "by" else None
        if by is not None and all(_word_like(t.text) and t.text not in ("as", "and") for t in toks[verb + 2:by]):
            k = by  # "X (Finland) was appointed by the OSCE Chairman-in-Office as Special Co-ordinator": read from "as"
            verb = None
        if verb is not None and verb + 1 < len(toks) and toks[verb].text in ("elected", "re-elected", "appointed", "named") \
                and toks[verb + 1].text[:1].isupper() and toks[verb + 1].text not in self._honorifics:
            k = verb  # "Ms. X (Tonga) was elected Chair", "X has been appointed Special Envoy": read like "as"
            toks = toks[:k] + [_Tok("as", toks[k].start, toks[k].end)] + toks[k + 1:]
        if verb is not None and toks[k].text == "is" and toks[verb].text == "the" and verb + 1 < len(toks) \
                and toks[verb + 1].text in self.title_words:
            # "Ambassador X is the Head of the ODIHR Election Observation Mission": the office the person holds
            toks = toks[:k] + [_Tok("as", toks[k].start, toks[k].end)] + toks[k + 1:]
        if k is None or k + 1 >= len(toks) or toks[k].text != "as":
            return None
        k += 1
        if toks[k].text in ("the", "its", "their", "his", "her", "new", "a", "an") and k + 1 < len(toks):
            k += 1
        part = toks[k].text.rstrip(".,;")
        if part in _MEETING_PARTS_IN_LOWER_CASE and (k + 1 == len(toks) or toks[k].text != part
                                                   or toks[k + 1].text in (",", ";", ")")):
            # "A panel, with Dr. X (ILRI) as moderator, will ...": a part in the meeting written in lower case, which
            # closes the phrase (not "as the facilitator of the Luanda process")
            return Role(title=part, title_span=(toks[k].start, toks[k].start + len(part)))
        if not toks[k].text[:1].isupper() or toks[k].text in self._honorifics and not (
                toks[k].text in self._titles and k + 1 < len(toks) and toks[k + 1].text in _CONNECTORS
                or k + 1 < len(toks) and toks[k + 1].text in self.title_words
                and self.is_title(_text(toks, k + 1, min(len(toks), k + 4)))):
            return None  # ("as Ambassador of Timor-Leste to ...": a form of address that is a title, with its "of";
            # "as Deputy Special Coordinator for ...": a word of address that opens a title)
        plural = toks[k].text.rstrip(".,;:")
        if plural.endswith("s") and self._title_re.fullmatch(plural[:-1]) and (k + 1 >= len(toks) or not _name_like(toks[k + 1].text)):
            return Role(title=plural, title_span=(toks[k].start, toks[k].start + len(plural)))  # "as Vice-Chairs"
        role, _ = self._role(toks, k, spans)
        if role is None or not role.title or not self.is_title(role.title):
            return None
        if role.organization is None and role.country is None and role.title_span is not None:
            # "... for Policy Coordination in the Department of Economic and Social Affairs": the body it sits in
            t = _index_at_or_after(toks, role.title_span[1], k)
            if t + 1 < len(toks) and toks[t].text == "in":
                hit = _affiliation_at(toks, t, len(toks), spans)
                if hit is not None and hit[2].label == "ORG":
                    role = replace(role, organization=hit[2].name, org_kind=hit[2].kind)
        return role

    def rank_word_in_portfolio(self, toks: list[_Tok], i: int) -> bool:
        """Whether the honorific word ``toks[i]`` opens the last field of a title's portfolio, no person: after "and"
        (no comma), inside capitalized words back to the title's "of" or "for", before one plural noun that closes
        the phrase ("Minister of Development Cooperation and Major Cities, on behalf of ...")."""
        if i < 4 or toks[i - 1].text not in ("and", "&") or toks[i - 2].text == "," or toks[i].text.endswith(".") \
                or i + 2 >= len(toks) or toks[i + 2].text not in (",", ";", ")") or not _name_like(toks[i + 1].text):
            return False
        w = toks[i + 1].text
        if not (w.endswith("ies") or plural_portfolio_noun(w) or _common_noun_like(w)):
            return False
        y = i - 2
        while y > 1 and i - y <= 8 and (toks[y].text[:1].isupper() and _name_like(toks[y].text) or toks[y].text in ("and", "&")):
            y -= 1
        return y < i - 2 and toks[y].text in ("of", "for") and toks[y - 1].text in self.title_words

    def _elected_before(self, head: str) -> bool:
        """Whether the sentence ``head`` ends with, before a person, elected officers ("X (Tonga) was elected Chair
        and ...", "The Committee elected X as its Chair, Y (Samoa) ..."): the verb, then no sentence's end (a stop
        after a form of address or an initial is none)."""
        m = None
        for m in re.finditer(r"\b[Ee]lected\b", head):
            pass
        return m is not None and not any(
            w.group(1) + "." not in self._honorifics and w.group(1) not in self._honorifics
            and not _is_initial(w.group(1) + ".") for w in re.finditer(r"(\S*?)([.!?])(?=\s)", head[m.end():]))

    def _past_listed_names(self, toks: list[_Tok], k: int) -> tuple[int, bool]:
        """The index after a State in brackets right after a name and after the names listed with theirs
        (", Y (Peru) and Z (Tonga)"), and whether other names were passed."""
        def bracket(i: int) -> int:
            if i < len(toks) and toks[i].text == "(":
                close = next((x for x in range(i + 1, min(len(toks), i + 8)) if toks[x].text == ")"), None)
                return close + 1 if close is not None else i
            return i
        k = bracket(k)
        listed = False
        while k + 2 < len(toks) and toks[k].text in (",", "and"):
            j = k + 1
            while j < len(toks) and j - k <= 5 and _name_like(toks[j].text) and toks[j].text not in self.title_words:
                j += 1
            if j - k < 3 or j >= len(toks) or toks[j].text != "(":
                break
            after = bracket(j)
            if after == j:
                break
            k, listed = after, True
        return k, listed

    def _body_in_title(self, toks: list[_Tok], a: int, end: int, spans):
        """The body a title runs on into, when no gazetteer knows it: (title end, name, kind, new, span) or ``None``.

        Title = the role, organization = the body: "Director General of the Africa Centres for
        Disease Control and Prevention (Africa CDC)", "Executive Secretary of the Convention on
        Biological Diversity", "Resident Coordinator of the United Nations System in Bolivia",
        "Senior Adviser at Under The Same Sun", "member of Inatsisartut". A portfolio stays in the
        title ("Minister of the Interior", "Secretary of State", "Commissioner for Trade").
        """
        inside = self._unit_it_sits_in(toks, a, end)
        if inside is not None:
            return inside
        j = next((x for x in range(a + 1, end - 1) if toks[x].text in ("of", "at")
                  and not self._title_re.fullmatch(_text(toks, a, x + 2))), None)
        # ("Chief of Mission of IOM": the connector inside a known title is the title's own)
        member = j is not None and toks[j - 1].text.casefold() in ("member", "members") and toks[j].text == "of"
        # "founder of Fragments of Hope", "director of the SICA Energy Coordination Unit": a role in lower case,
        # then a capitalized name, which is a body's (a portfolio is written with its title's capitals)
        lower = j is not None and not member and toks[j].text == "of" and all(
            toks[x].text[:1].islower() for x in range(a, j)) and bool(self._title_re_ci.fullmatch(toks[j - 1].text)) \
            and not (end < len(toks) and toks[end].text[:1].isupper() and _word_like(toks[end].text) and not toks[end].nl)
        # (not "head of Public" when the role was cut inside "Public Health England")
        member = member or lower
        if j is None or not (member or self.is_title(_text(toks, a, j))):
            return None
        t = j + 2 if toks[j + 1].text in ("the", "The") else j + 1
        ordinal = t + 1 < end and t == j + 2 and bool(_NUMBERED_ORDINAL.fullmatch(toks[t].text))
        if ordinal:
            t += 1  # "Chair of the 46th ATCM": the meeting's number is no part of its name
        if t >= end or not toks[t].text[:1].isupper():
            return None
        if toks[j].text == "at":
            while end < len(toks) and toks[end].text[:1].isupper() and _word_like(toks[end].text) and not toks[end].nl \
                    and toks[end].text not in self.title_words:
                end += 1  # "Senior Adviser at Under The Same Sun": a body whose name reads like a sentence
        b = end
        acronym = False
        if b - t >= 4 and toks[b - 1].text == ")" and (toks[b - 3].text == "(" or toks[b - 4].text == "(") \
                and _ACRONYM_WORD.match(toks[b - 2].text):
            b = b - 3 if toks[b - 3].text == "(" else b - 4  # "... (EMRIP)", "... (Africa CDC)"
            acronym = True
        place_in = next((x for x in range(t + 1, b - 1) if toks[x].text == "in"
                         and (_entry_starting(spans, toks[x + 1].start) or (0, 0, None))[2] is not None
                         and _entry_starting(spans, toks[x + 1].start)[2].label in ("COUNTRY", "LOCATION")
                         and _entry_starting(spans, toks[x + 1].start)[1] >= toks[b - 1].end - 1), None)
        if place_in is not None and not acronym:
            b = place_in  # "Programme Manager of The HALO Trust in Ukraine": the body's office in a country
        words = [x.text for x in toks[t:b]]
        listed = "," in words and words[-1] in _UNIT_HEADS and "and" in words[max(x for x, w in enumerate(words) if w == ","):] \
            and all(words[x + 1][:1].isupper() for x, w in enumerate(words[:-1]) if w == ",")
        # ("Director of the Strategy, Planning, Resources and Effectiveness Division": a unit named by a list of fields)
        mandate = next((x for x in range(1, len(words) - 1) if words[x] in ("on", "for") and words[x - 1] in ("Group", "Committee")
                        and all(w[:1].isupper() or w in _FUNCTION_WORDS for w in words[:x])
                        and all(w.replace("-", "").isalpha() for w in words[x + 1:])), None)
        # ("Chair-Rapporteur of the Working Group on the use of mercenaries": a group named with its mandate in
        # lower case)
        if mandate is None and (not words or not all(w[:1].isupper() or w in _FUNCTION_WORDS or w in NAME_PARTICLES
                                                     or w == "," and listed for w in words)) \
                or mandate is None and not words[-1][:1].isupper() \
                or any(w in (";", "(", ")") or w == "," and not listed or "/" in w for w in words):
            return None  # (nor "Union for ... Policy/Vice-President of the Commission": a second title after a slash)
        if all(w.rstrip(".") in _PORTFOLIO_WORDS or w in ("Affairs", "State", "Foreign", "Home") or w in _FUNCTION_WORDS
               for w in words) or any(self.g.lookup(w) is not None and self.g.lookup(w).label in ("COUNTRY", "LOCATION")
                                      for w in words if w[:1].isupper() and len(words) == 1):
            return None
        core_end = toks[b - 1].end - (1 if toks[b - 1].text.endswith(".") else 0)
        name = _text(toks, t, b).rstrip(".")
        if self._title_re.fullmatch(words[0]) and (len(words) == 1 or words[1] in ("of", "for", "to")):
            return None  # "Special Envoy of the Secretary-General of the United Nations": another post, no body
        if any(words[x] == "and" and self.is_title(" ".join(words[x + 1:x + 2])) for x in range(len(words) - 1)):
            return None  # "High Representative of the Union for ... and Vice-President of the European Commission"
        headed = any(w.rstrip(".") in ORG_KEYWORDS or w in _BODY_HEADS or w in _UNIT_HEADS for w in words)
        hit = _entry_starting(spans, toks[t].start)
        if toks[j].text == "of" and toks[j - 1].text in _TITLES_HEADING_A_UNIT and 2 <= len(words) <= 5 \
                and (hit is None or hit[2].label == "LOCATION" and hit[1] == core_end) \
                and any(name.endswith(" " + h) for h in _SITE_HEADS) \
                and all(w[:1].isupper() and _word_like(w) for w in words):
            return j, name, "other", True, (toks[t].start, core_end)  # "Director of Al-Sadaqa Teaching Hospital"
        if hit is not None and hit[2].label in ("COUNTRY", "LOCATION") and (hit[1] >= core_end or not (headed or acronym)):
            return None  # "Governor of Kano", "Representative at Geneva"
        if toks[j].text == "of" and _text(toks, a, j).casefold() in _HEADS_OF_PLACES and not acronym \
                and (hit is not None and hit[2].label == "LOCATION"
                     and all(x.text.casefold() in TITLE_PLACE_NOUNS for x in toks[t:b] if x.start >= hit[1])
                     or hit is None and not headed and 2 <= len(words) <= 4 and words[-1].casefold() in TITLE_PLACE_NOUNS
                     and all(w[:1].isupper() and _word_like(w) for w in words)):
            return None  # "Governor of the Kaolack Region": the place a local office heads, named with its division
        if len(words) == 1 and words[0] in ORG_KEYWORDS and t == j + 1:
            return None  # "Member of Parliament": a body named only by its kind, without an article
        if lower and len(words) == 1 and (words[0].rstrip(".") in ORG_KEYWORDS or words[0] in _BODY_HEADS
                                          or words[0] in SHORT_BODY_HEADS or words[0] in self.g.demonyms):
            return None  # "co-chair of the Alliance", "founder of the Kenyan network ...": no named body
        if self._unit_named_in_title(toks, j, words) and self.g.lookup(name) is None and not acronym \
                and (hit is None or hit[2].id.startswith("new:")):
            return None  # "Head of the Rural Development Division": a unit no gazetteer knows stays in the title
        # "Resident Coordinator of the United Nations System in Bolivia": a known body, then its system
        for n in range(min(len(words), 6), 0, -1):
            entry = self.g.lookup(" ".join(words[:n]))
            if entry is not None and entry.label == "ORG" and (n == len(words) or words[n] in ("System", "system", "family")):
                return j, entry.name, entry.kind, False, None
        if hit is not None and hit[2].label == "ORG" and hit[1] >= core_end:
            if hit[2].id.startswith("new:") and (t == j + 1 or self._portfolio_after_article(toks, j, hit)) \
                    and toks[j - 1].text in _PORTFOLIO_TITLES and not self._named_by_acronym(toks, hit):
                return None  # "Minister of Correctional Services": a minister's portfolio, no body found by its form
            return j, hit[2].name, hit[2].kind, hit[2].id.startswith("new:"), None
        proper = t == j + 2 and toks[j].text == "of" and 2 <= len(words) <= 4 and all(
            w[:1].isupper() and _word_like(w) and w not in self.title_words and w.rstrip(".") not in _PORTFOLIO_WORDS
            for w in words) and not any(t <= _index_at_or_after(toks, sp[0], 0) < b for sp in spans)
        # ("Speaker of the Jogorku Kenesh": a body's proper name, in its own language, after "of the")
        last = next((sp for sp in spans if sp[2].label == "COUNTRY" and sp[1] == core_end
                     and t < _index_at_or_after(toks, sp[0], 0) < b), None)
        proper = proper or last is not None and t == j + 1 and toks[j].text == "of" and 2 <= len(words) <= 4 and all(
            w[:1].isupper() and _word_like(w) and w not in self.title_words and w.rstrip(".") not in _PORTFOLIO_WORDS
            for w in words) and not any(t <= _index_at_or_after(toks, sp[0], 0) < b and sp[2].label == "ORG" for sp in spans)
        # ("Director of Statistics Mauritius", "Chairperson of Earthlife Namibia": a body's proper name that ends
        # in its State's name, after "of" with no article)
        acronym = acronym or t == j + 2 + ordinal and len(words) == 1 and bool(re.fullmatch(r"[A-Z]{1,4}-?\d{1,3}|[A-Z]{3,}", words[0]))
        # ("Chair of the C-24", "Executive Secretary of the CLCPRO": a body named by a code or an acronym)
        kind_only = t == j + 2 and toks[j].text == "of" and len(words) == 1 and words[0].rstrip(".") in ORG_KEYWORDS \
            and not member and (b >= len(toks) or toks[b].text in (",", ";", ")") or toks[b].text[:1].islower())
        # ("President of the Parliament, X": a body named by its kind only, after "of the", ends the title)
        portfolio = toks[j - 1].text.startswith("Minister") and toks[j - 1].text in _PORTFOLIO_TITLES and hit is None
        # ("Minister of the Armed Forces": after a minister's "of the", a body's head word is the portfolio's)
        if acronym or toks[j].text == "at" or member and (len(words) <= 4 or lower and len(words) <= 8) \
                or t == j + 2 and len(words) >= 2 and headed and not portfolio \
                or proper or kind_only:
            if self.is_title(name) and not headed or self.g.is_not_entity(name):
                return None
            return j, name, "other", True, (toks[t].start, core_end)
        return None

    def _unit_named_in_title(self, toks: list[_Tok], j: int, words: list[str]) -> bool:
        """Whether ``words``, written after the title's "of" at ``j``, name a unit of a body that the title heads
        ("Head of the Rural Development Division", "Director of the Department of Planning", "Chief of the
        Firearms Trafficking Section"): the dev conventions keep such a unit in the title. Not a State's national
        body standing alone, named for the State ("Director of the Norwegian Police Directorate", "Head of the Korea
        Financial Intelligence Unit", "Director of the National Security Directorate"): it is the organization."""
        if j < 1 or toks[j].text != "of" or toks[j - 1].text not in _TITLES_HEADING_A_UNIT or len(words) < 2:
            return False
        bare = [w.rstrip(".") for w in words]
        if any(w in _LOCAL_GOVERNMENT_WORDS for w in bare):
            return False  # "Head of the Sidama Region Water and Energy Bureau": a local government's own body
        first = self.g.lookup(bare[0]) or self.g.lookup(" ".join(bare[:2]))
        if bare[0] in _NATIONAL_WORDS or bare[0] in self.g.demonyms or first is not None and first.label == "COUNTRY":
            return False
        return bare[-1] in _UNITS_OF_A_TITLE or any(bare[k] in _UNITS_OF_A_TITLE and bare[k + 1] in (("of", "for") if k == 0 else ("for",))
                                                    for k in range(min(2, len(bare) - 1))) \
            or any(bare[k] in _UNITS_OF_A_TITLE and bare[k + 1] == "of" and bare[k + 2] == "the"
                   and bare[k + 3] not in self.g.demonyms for k in range(1, len(bare) - 3))
        # ("Head of the Climate Change Division of the National Environmental Agency": the unit, then its body)
        # ("Director of the Division of Financial ... Management", "Director of the Regional Bureau for Asia")

    def _unit_it_sits_in(self, toks: list[_Tok], a: int, end: int):
        """The office or department a title sits in, written after "in the": "Senior Adviser in the Office of the
        Special Representative ...", "Counsellor in the Department of Political Affairs". (A place after "in"
        stays in the title: "Representative in Paraguay".)"""
        j = next((x for x in range(a + 1, end - 2) if toks[x].text == "in" and toks[x + 1].text in ("the", "The")), None)
        if j is None or toks[j + 2].text not in _SITS_IN_HEADS or not self.is_title(_text(toks, a, j)) \
                or j == a + 1 and toks[a].text == "Minister":
            return None  # ("Minister in the Prime Minister's Office": a minister's office, named by where it sits)
        t = j + 2
        words = [x.text for x in toks[t:end]]
        if not all(w[:1].isupper() or w in _FUNCTION_WORDS or w in NAME_PARTICLES for w in words) \
                or not words[-1][:1].isupper() or any(w in (",", ";", "(", ")") for w in words):
            return None
        core_end = toks[end - 1].end - (1 if toks[end - 1].text.endswith(".") else 0)
        return j, _text(toks, t, end).rstrip("."), "other", True, (toks[t].start, core_end)

    def _second_role_body(self, toks: list[_Tok], j: int, end: int, spans) -> bool:
        """Whether "and <Title> of <body>" follows the connector at ``j`` within the role."""
        for y in range(j + 2, end - 2):
            if toks[y].text == "and" and toks[y + 1].text in self.title_words:
                for x in range(y + 2, min(end, y + 5)):
                    if toks[x].text in ("of", "at"):
                        nxt = _affiliation_at(toks, x, end, spans)
                        return nxt is not None and nxt[2].label == "ORG"
                return False
        return False

    def _keyword_body(self, toks: list[_Tok], j: int, spans) -> tuple[Role, int] | None:
        """A body no gazetteer knows, named at ``j`` by capitalized words with a body's head word, that
        ends at a comma, a bracket, the end of the sentence or a verb ("of the Lee Kuan Yew School of
        Public Policy.")."""
        e = j
        while e < len(toks) and e - j < 12 and (_name_like(toks[e].text.rstrip("."))
                                                or toks[e].text in ("of", "for", "and", "on", "the", "de")):
            e += 1
            if toks[e - 1].text.endswith("."):
                break
        while e > j and toks[e - 1].text in ("of", "for", "and", "on", "the", "de"):
            e -= 1
        if e - j < 2 or not any(toks[x].text.rstrip(".") in ORG_KEYWORDS for x in range(j, e)):
            return None
        if e < len(toks) and not (toks[e].text in (",", ";", "(", ")") or toks[e].text[:1].islower()) \
                and not toks[e - 1].text.endswith("."):
            return None
        if any(j <= _index_at_or_after(toks, sp[0], 0) < e and sp[2].label == "ORG" for sp in spans) \
                or self.is_title(_text(toks, j, e)) or not toks[j].text[:1].isupper():
            return None
        end = toks[e - 1].end - (1 if toks[e - 1].text.endswith(".") else 0)
        name = _text(toks, j, e).rstrip(".")
        return Role(organization=name, org_kind="other", org_span=(toks[j].start, end)), e

    def _owned_role(self, toks: list[_Tok], k: int, spans) -> tuple[Role, int] | None:
        """", [the] Y's role," after a name: "X, Ethiopia's representative, said", "X, the IMF's mission chief
        for Ethiopia, had visited". The role is written in lower case or as a title; Y is the State or body."""
        if k + 3 >= len(toks) or toks[k].text != ",":
            return None
        plain, _ = self._role(toks, k + 1, spans)
        if plain is not None and plain.title and (plain.country or plain.organization):
            return None  # the usual reading names the State or body ("IOM's Chief of Mission in Libya")
        j = k + 2 if toks[k + 1].text in ("the", "The") else k + 1
        hit = _entry_starting(spans, toks[j].start)
        if hit is None or hit[2].label not in ("COUNTRY", "ORG"):
            return None
        t = _index_at_or_after(toks, hit[1], j)
        if t < len(toks) and toks[t].text in _POSSESSIVE:
            t += 1
        elif not (t > j and toks[t - 1].text.endswith(_POSSESSIVE[:2]) and toks[t - 1].end - 2 == hit[1]):
            return None
        end = t
        while end < len(toks) and end - t < 8 and toks[end].text not in (",", ";", "(", ")") \
                and not toks[end].text.rstrip(".").endswith(tuple(_MANDATE_STOP)) and _word_like(toks[end].text):
            if toks[end].text.rstrip(".,") in _MANDATE_STOP:
                break
            end += 1
            if toks[end - 1].text.endswith("."):
                break
        role = _text(toks, t, end).rstrip(".")
        to = next((x for x in range(t + 1, end - 1) if toks[x].text == "to" and toks[x - 1].text.capitalize() in _ACCREDITED
                   and _entry_starting(spans, toks[x + 1].start) is not None), None)
        if to is not None:
            role = _text(toks, t, to)  # "Ireland's ambassador to Kenya": where one is accredited
        if end == t or not self._title_re_ci.search(role) or end < len(toks) and toks[end].text not in (",", ";", ")") \
                and not toks[end - 1].text.endswith("."):
            return None
        if hit[2].label == "COUNTRY":
            return Role(title=role, country=hit[2].code, title_span=(toks[t].start, toks[end - 1].end)), end
        return Role(title=role, organization=hit[2].name, org_kind=hit[2].kind,
                    title_span=(toks[t].start, toks[end - 1].end)), end

    def _bracket_body(self, toks: list[_Tok], k: int, spans) -> Role | None:
        """The body after a name inside brackets, before a speaker's colon: "Question (Emma Farge, Reuters):"."""
        if k + 3 >= len(toks) or toks[k].text != ",":
            return None
        close = next((x for x in range(k + 1, min(len(toks), k + 8)) if toks[x].text in (")", ",", "(")), None)
        if close is None or toks[close].text != ")" or close == k + 1:
            return None
        if not (close + 1 < len(toks) and toks[close + 1].text.startswith(":")):
            return None
        words = [t.text for t in toks[k + 1:close]]
        if not all(w[:1].isupper() and _word_like(w) or w in ("of", "for", "and", "the", "de", "du") for w in words):
            return None
        entry = _entry_exactly(spans, toks[k + 1].start, toks[close - 1].end)
        if entry is not None and entry.label == "COUNTRY":
            return Role(country=entry.code)
        if entry is not None and entry.label == "ORG":
            return Role(organization=entry.name, org_kind=entry.kind)
        name = _text(toks, k + 1, close)
        if entry is not None or self.is_title(name) or self.g.is_not_entity(name) or name in self.g.demonyms:
            return None
        return Role(organization=name, org_kind="other", org_span=(toks[k + 1].start, toks[close - 1].end))

    def _leading_bracket_body(self, toks: list[_Tok], k: int, close: int, spans) -> Role | None:
        """A known body opening the brackets after a name, then a unit or a place, or a role in lower case:
        "X (MSF OCB Bunia):" in a chat line, "X (OCHA Bunia)", "X (Action contre la Faim, co-lead)"."""
        j = k + 2 if toks[k + 1].text in ("the", "The") else k + 1
        if j >= close:
            return None
        hit = _entry_starting(spans, toks[j].start)
        if hit is None or hit[2].label != "ORG":
            return None
        after = _index_at_or_after(toks, hit[1], j)
        if not j < after < close:
            return None
        rest = [t.text for t in toks[after:close]]
        if rest[0] == "," and len(rest) >= 2 and all(w[:1].islower() and _word_like(w) for w in rest[1:]) \
                and len(rest) <= 5:
            # "(Action contre la Faim, co-lead)": the body, then the person's role in it
            return Role(title=_text(toks, after + 1, close), organization=hit[2].name, org_kind=hit[2].kind,
                        title_span=(toks[after + 1].start, toks[close - 1].end))
        if len(rest) <= 3 and all(w[:1].isupper() and _word_like(w) for w in rest) \
                and not self.is_title(_text(toks, after, close)) \
                and close + 1 < len(toks) and toks[close + 1].text.startswith(":"):
            # "Sophie Verhaegen (MSF OCB Bunia): ...": a speaker's body, with its unit or duty station
            return Role(organization=hit[2].name, org_kind=hit[2].kind)
        return None

    def _demonym_at(self, toks: list[_Tok], a: int, b: int) -> tuple[str, int] | None:
        """(ISO code, index after it) when a State's adjective opens a title ("Qatari Minister of State")."""
        for n in (3, 2, 1):
            if a + n < b:
                code = self.g.demonyms.get(" ".join(t.text for t in toks[a:a + n]))
                if code is not None and toks[a + n].text[:1].isupper() and self.is_title(_text(toks, a + n, b)):
                    return code, a + n
        return None

    def _mandate_end(self, toks: list[_Tok], i: int) -> int | None:
        """End of a lower-case mandate starting at ``i``: it runs to a comma, a bracket, the end of the
        sentence or the line, or up to a verb or relative word ("..., Special Rapporteur on the rights of
        persons with disabilities who spoke first")."""
        limit = 24
        for j in range(i, min(len(toks), i + limit)):
            w = toks[j].text
            if w == "(" and j + 2 < len(toks) and re.fullmatch(r"(?:19|20)\d\d", toks[j + 1].text) and toks[j + 2].text == ")" \
                    and re.fullmatch(r"\d{1,4}", toks[j - 1].text):
                continue  # "resolution 2231 (2015)": a resolution's year is part of its name
            if w == "," and j + 2 < len(toks) and toks[j + 1].text in ("its", "their"):
                stop = self._mandate_end(toks, j + 2)
                if stop is not None and (stop >= len(toks) or toks[stop].text == ","):
                    return stop  # "on violence against women and girls, its causes and consequences": one mandate
            if w == "," and j > i and j + 2 < len(toks) and self._mandate_goes_on(toks, j):
                stop = self._mandate_end(toks, j + 1)
                if stop is not None and stop > j + 2:
                    return stop  # "on torture and other cruel, inhuman or degrading treatment": one mandate
            if w in (",", ";", "(", ")") and not (w == ")" and j > 1 and toks[j - 2].text == "(" and re.fullmatch(
                    r"(?:19|20)\d\d", toks[j - 1].text)):
                return j
            if w == "." or w.rstrip(".") in _MANDATE_STOP or w.endswith(":"):
                return j if j > i + 1 and w.rstrip(".") in _MANDATE_STOP else None
            if w.endswith(".") and len(w) > 2:
                if w[-2].islower() and (j + 1 == len(toks) or toks[j + 1].text[:1].isupper()):
                    return j + 1  # the sentence ends with the mandate
                return None
            if w[:1].isupper() and w not in NAME_PARTICLES and self._honorific_run(toks, j) > j:
                return j if j > i + 1 else None  # another person begins
        return len(toks) if len(toks) - i <= limit else None

    def _mandate_goes_on(self, toks: list[_Tok], j: int) -> bool:
        """Whether a lower-case mandate goes on over the comma at ``j``: a series of qualifiers ("cruel, inhuman
        or degrading treatment") or a word that narrows it ("trafficking in persons, especially women and
        children"). A verb, a relative word or another role after the comma ends it."""
        prev, nxt = toks[j - 1].text, toks[j + 1].text
        if not (prev[:1].islower() and _word_like(prev)) or not (nxt[:1].islower() and _word_like(nxt)):
            return False
        if nxt in _MANDATE_STOP or nxt.rstrip(".,") in self._lower_titles and toks[j + 2].text != "," \
                or nxt in _ROLE_MODIFIERS or nxt in _CONNECTORS:
            return False  # (a word of a title, "justice", may open a longer series: "truth, justice, reparation and ...")
        if nxt in _NARROWING:
            return True
        x = j + 1
        while x + 3 < len(toks) and x < j + 9 and toks[x + 1].text == "," and toks[x + 2].text[:1].islower() \
                and _word_like(toks[x + 2].text) and toks[x + 2].text not in _MANDATE_STOP \
                and toks[x + 2].text not in _CONNECTORS and toks[x + 2].text not in _ROLE_MODIFIERS:
            x += 2  # "a safe, clean, healthy and sustainable environment": a longer series of qualifiers
        return x + 2 < len(toks) and toks[x + 1].text in ("or", "and") and toks[x + 2].text[:1].islower() \
            and _word_like(toks[x + 2].text) and toks[x + 2].text not in _MANDATE_STOP

    def _body_segment(self, toks: list[_Tok], k: int, spans) -> tuple[Entry, int] | None:
        """A segment that only names a body: the entry, optionally "(ACR)" and a head ("Secretariat")."""
        a = k + 1 if k < len(toks) and toks[k].text in ("the", "The") else k
        if a >= len(toks):
            return None
        hit = _entry_starting(spans, toks[a].start)
        if hit is None or hit[2].label not in ("ORG", "COUNTRY"):
            return None
        j = _index_at_or_after(toks, hit[1], a)
        if j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")":
            j += 3
        entry = hit[2]
        longer = self._body_named_after(toks, a, j, len(toks), spans) if hit[2].label == "ORG" else None
        if longer is not None:
            # "X, ILO Department of Communication, x@ilo.org": a known body's name opens the name of its unit
            entry = Entry(id="new:" + _text(toks, a, longer), label="ORG", name=_text(toks, a, longer), kind=hit[2].kind)
            j = longer
        elif j < len(toks) and toks[j].text.rstrip(".") in ("Secretariat", "Headquarters", "Office", "Commission") \
                and hit[2].label == "ORG":
            j += 1
        if j < len(toks) and toks[j].text not in (",", ";", ")") and not toks[j].text.endswith(".") and hit[2].label == "ORG":
            place = _entry_starting(spans, toks[j].start)
            if place is not None and place[2].label in ("COUNTRY", "LOCATION"):
                after = _index_at_or_after(toks, place[1], j)
                if after >= len(toks) or toks[after].text in (",", ";", ")"):
                    j = after  # "X, OCHA Geneva, x@un.org": the body's office in a city or a country
        if j < len(toks) and toks[j].text not in (",", ";", ")") and not toks[j].text.endswith(".") \
                and not (toks[j].text == "(" and j + 1 < len(toks) and "@" in toks[j + 1].text):
            return None  # ("X, OHCHR Special Procedures Branch (x@un.org)": an e-mail address in brackets ends it)
        if a > k and j + 1 < len(toks) and toks[j].text == "," and (toks[j + 1].text in ("the", "The") or (
                toks[j + 1].text == "and" and j + 2 < len(toks) and toks[j + 2].text in ("the", "The"))):
            return None  # "headed by President X, the Organization of African Unity (OAU), the ...": a list of bodies
        return entry, j

    # -- what follows a name ----------------------------------------------------------------
    def _after_name(self, toks: list[_Tok], k: int, spans, *, require_title: bool,
                    stops: frozenset[int] = frozenset()) -> tuple[Role | None, int]:
        """Parse ", Title of Y ...", " (Country)", " of Country" after a name; return (role, next index).

        Two roles joined in one apposition, the first with a body of its own ("X, Chair of the DEFA
        Negotiating Committee and Director (Trade) at ...", "X, member of the International Law
        Commission and Director of the Centre ..."): the title is the first role, with its body. A
        first role without a body of its own ("Special Representative and head of Z") or whose
        phrase names no body stays whole."""
        role, after = self._after_name_read(toks, k, spans, require_title=require_title, stops=stops)
        if role is None or role.title_span is None or " and " not in role.title:
            return role, after
        ts, te = role.title_span
        x = next((y for y in range(k, len(toks) - 1) if ts < toks[y].start < te and toks[y].text == "and"), None)
        if x is None or not any(toks[y].text in ("of", "at") and toks[y].start > ts for y in range(k, x)):
            return role, after
        nxt = toks[x + 1].text
        if not self.is_title(nxt[:1].upper() + nxt[1:]) or any(toks[y].text == "," for y in range(k + 1, x)):
            return role, after  # "... of Foreign Affairs and International Cooperation", "Division for Africa, Least
            # Developed Countries and Special Programmes": a portfolio or a list of fields goes on
        first, _ = self._after_name_read(toks[:x], k, spans, require_title=require_title, stops=stops)
        if first is None or not first.title or first.organization is None or first.title_span is None \
                or first.title_span[1] > toks[x].start or " and " in first.title \
                or first.organization.split()[0] in _SITS_IN_HEADS:
            return role, after  # "Director-General of the Department of Information and Spokesperson of the Ministry":
            # a unit of the body the second role names, the roles nested in one body
        return first, after

    def _after_name_read(self, toks: list[_Tok], k: int, spans, *, require_title: bool,
                         stops: frozenset[int] = frozenset()) -> tuple[Role | None, int]:
        while k < len(toks) and toks[k].text.rstrip(".") in _POSTNOMINALS:
            k += 1  # "the Hon Penny Wong MP, Minister for Foreign Affairs"
        j = k
        while j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].text.replace(".", "") in _POSTNOMINALS:
            j += 2  # "The Hon. X, S.C., M.P." over "Prime Minister": each run of letters after the name
        if j > k and j < len(toks) and toks[j].nl and toks[j].text[:1].isupper():
            line_end = next((x for x in range(j + 1, len(toks)) if toks[x].nl), len(toks))
            role, after = self._role(toks[:line_end], j, spans, stops=stops)
            if role is not None and role.title:
                return role, after  # "The Hon. X, S.C., M.P." over "Prime Minister": a signature's role on its line
        if j > k and j < len(toks) and toks[j].text in (",", "-", "–", "—"):
            k = j  # "Sen. X, MP - Chairperson": the letters after the name, then the role
        if k + 2 < len(toks) and toks[k].text == "(":
            # "X (left), Head of the Office": a place in a photograph, not a role
            close = next((j for j in range(k + 1, min(len(toks), k + 6)) if toks[j].text == ")"), None)
            if close is not None and _PHOTO_POSITION.fullmatch(" ".join(t.text for t in toks[k + 1:close])):
                k = close + 1
        if k + 4 < len(toks) and toks[k].text == "," and _AGE.fullmatch(toks[k + 1].text) and toks[k + 2].text == "," \
                and toks[k + 3].text in ("a", "an") and self._qualified_occupation(
                    toks, k + 5 if toks[k + 4].text in _ROLE_MODIFIERS | _OCCUPATION_DESCRIPTORS else k + 4, len(toks), bare=True):
            k += 2  # "X, 52, a tea plucker at Pedro Estate": the person's age, then an occupation (not "X, 13, a member
            # of the school's eco-club")
        if k >= len(toks):
            return None, k
        country = organization = org_kind = body_span = None
        if toks[k].text == "(":
            close, depth = None, 0
            for j in range(k, min(len(toks), k + 32)):  # "(Director of X, Ministry of Y, Haiti)"
                depth += {"(": 1, ")": -1}.get(toks[j].text, 0)
                if depth == 0:
                    close = j
                    break
            if close is not None:
                entry = _entry_exactly(spans, toks[k + 1].start, toks[close - 1].end) if close > k + 1 else None
                if entry is None and close > k + 2 and toks[k + 1].text in ("the", "The"):
                    entry = _entry_exactly(spans, toks[k + 2].start, toks[close - 1].end)  # "Hon. X (The Bahamas)"
                if entry is not None:
                    if entry.label == "COUNTRY":
                        country = entry.code
                    elif entry.label == "ORG":
                        organization, org_kind = entry.name, entry.kind
                    k = close + 1
                elif (lead_body := self._leading_bracket_body(toks, k, close, spans)) is not None:
                    return lead_body, close + 1
                elif (state := _entry_starting(spans, toks[k + 1].start)) is not None and state[2].label == "COUNTRY" \
                        and (c := _index_at_or_after(toks, state[1], k + 1)) + 1 < close and toks[c].text == "," \
                        and toks[c + 1].text[:1].isupper() \
                        and (inner := self._role(toks[:close], c + 1, spans)[0]) is not None and inner.title \
                        and self.is_title(inner.title) and inner.country is None:
                    # "Mr. X (Serbia, Chair of the APC EG)": the State, then the office held in the meeting
                    return replace(inner, country=state[2].code), close + 1
                elif state is not None and state[2].label == "COUNTRY" \
                        and (c := _index_at_or_after(toks, state[1], k + 1)) + 2 == close and toks[c].text == "," \
                        and re.fullmatch(r"[A-Z]{2,6}(?:/[A-Z]{2,6})?", toks[c + 1].text):
                    return Role(country=state[2].code), close + 1  # "Petra Bayr (Austria, SOC)": the State, then the
                    # member's political group in an assembly (also two acronyms joined: "(Lithuania, EPP/CD)")
                elif close >= k + 4 and toks[k + 2].text == "," and toks[k + 1].text.islower() \
                        and toks[k + 1].text.capitalize() in self.title_words \
                        and (state := _entry_exactly(spans, toks[k + 3].start, toks[close - 1].end)) is not None \
                        and state.label == "COUNTRY":
                    # "rapporteurs X (member, Czech Republic) and Y (member, Ireland)": an office in lower case, then
                    # the State
                    return Role(title=toks[k + 1].text, country=state.code,
                                title_span=(toks[k + 1].start, toks[k + 1].end)), close + 1
                elif close > k + 1 and toks[k + 1].text[:1].isupper():
                    # "Mr. Guterres (Secretary-General):", "Ms. X (President of the General Assembly)"
                    inner, _ = self._role(toks[:close], k + 1, spans)
                    if inner is not None and inner.title and (self.is_title(inner.title) or inner.organization is not None
                                                              and self._title_re_ci.fullmatch(inner.title)):
                        return inner, close + 1  # (also "X (WHO spokesperson):", a body's role in lower case)
                    words = [t.text for t in toks[k + 1:close]]
                    lead = words[-1] in ORG_KEYWORDS and len(words) >= 2 and any(
                        sp[2].label == "ORG" and sp[0] == toks[k + 1].start and sp[1] < toks[close - 1].start for sp in spans)
                    if (inner is None or not inner.title) and len(words) <= 8 and any(w in ORG_KEYWORDS for w in words) \
                            and all(_name_like(w) or w in ("of", "for", "and", "de", "del", "la", "the") or lead and x == 0
                                    for x, w in enumerate(words)) \
                            and not self.is_title(_text(toks, k + 1, close)) \
                            and not any(k + (1 if lead else 0) < _index_at_or_after(toks, sp[0], 0) < close for sp in spans):
                        # "Member of Parliament X (Prosperity Party)", "Professor X (Universidad Nacional ...)": the body;
                        # "Mr. X (IGAD Migration Programme)": a unit whose name opens with a known body's
                        return Role(organization=_text(toks, k + 1, close), org_kind="other",
                                    org_span=(toks[k + 1].start, toks[close - 1].end)), close + 1
            if country is None and organization is None:
                return None, k
        elif toks[k].text in ("of", "from") and k + 1 < len(toks) or toks[k].text == "," and k + 2 < len(toks) \
                and toks[k + 1].text == "of" and (toks[k + 2].text in ("the", "The") or any(
                    sp[2].label == "COUNTRY" and sp[0] == toks[k + 2].start for sp in spans)):
            if toks[k].text == ",":
                k += 1  # "Rasha Jarhum, of the Peace Track Initiative"
            # "Ambassador X of Switzerland", "Ms. X from the Ministry of Interior of Kenya"
            j = k + 2 if toks[k + 1].text in ("the", "The") and k + 2 < len(toks) else k + 1
            entry = _entry_starting(spans, toks[j].start)
            if entry is not None and entry[2].label == "ORG":
                after = _index_at_or_after(toks, entry[1], j)
                if after < len(toks) and toks[after].text not in (",", ";", "(") and not toks[after - 1].text.endswith(".") \
                        and not toks[after].text[:1].islower():
                    return None, k  # "... of the Coast Guard of X asked": a verb may follow
                # "Ms. Nomvula Dlamini of the Financial Intelligence Centre of South Africa, on ..."
                return Role(organization=entry[2].name, org_kind=entry[2].kind), after
            if entry is None:
                body = self._keyword_body(toks, j, spans)
                if body is not None:
                    return body  # "Ms. Tan Wei Ling of the Lee Kuan Yew School of Public Policy"
            if entry is None or entry[2].label != "COUNTRY":
                return None, k
            country = entry[2].code  # "Ambassador X of Switzerland[, Chair of ...]"
            k = _index_at_or_after(toks, entry[1], j)
            if k < len(toks) and k > j and toks[k - 1].text.endswith(_POSSESSIVE[:2]) and toks[k - 1].end - 2 == entry[1]:
                own = _entry_starting(spans, toks[k].start)
                if own is not None and own[2].label == "ORG":
                    # "moderator X of Ghana's Legal Aid Commission": the State, and its body the person speaks for
                    return Role(country=country, organization=own[2].name, org_kind=own[2].kind), \
                        _index_at_or_after(toks, own[1], k)
                body = self._keyword_body(toks, k, spans)
                if body is not None:
                    return replace(body[0], country=country), body[1]
        role = None
        if k + 3 < len(toks) and toks[k].text == "," and toks[k + 1].text == "who" and toks[k + 2].text in _HEADS_VERBS:
            # "Mr. X, who heads the Indonesian Financial Transaction Reports and Analysis Centre (PPATK)",
            # "X, who heads UNSMIL as Deputy Special Representative ..."
            j = k + 4 if toks[k + 3].text in ("the", "The") else k + 3
            entry = _entry_starting(spans, toks[j].start) if j < len(toks) else None
            if entry is not None and entry[2].label == "ORG" and country is None and organization is None:
                after = _index_at_or_after(toks, entry[1], j)
                if after + 2 < len(toks) and toks[after].text == "(" and toks[after + 2].text == ")":
                    after += 3
                title = None
                if after + 1 < len(toks) and toks[after].text == "as":
                    inner, end2 = self._role(toks, after + 1, spans, allow_lower=False, stops=stops)
                    if inner is not None and inner.title and inner.country is None and inner.organization is None:
                        title, after = inner.title, end2
                        return Role(title=title, organization=entry[2].name, org_kind=entry[2].kind,
                                    title_span=inner.title_span), after
                return Role(organization=entry[2].name, org_kind=entry[2].kind), after
        if k + 2 < len(toks) and toks[k].text == "," and toks[k + 1].text == "representing" and country is None \
                and organization is None:
            # "Ms. X, representing the European Union, said"
            j = k + 3 if toks[k + 2].text in ("the", "The") and k + 3 < len(toks) else k + 2
            entry = _entry_starting(spans, toks[j].start)
            if entry is not None and entry[2].label in ("COUNTRY", "ORG"):
                after = _index_at_or_after(toks, entry[1], j)
                if entry[2].label == "COUNTRY":
                    return Role(country=entry[2].code), after
                return Role(organization=entry[2].name, org_kind=entry[2].kind), after
        owned = self._owned_role(toks, k, spans) if country is None and organization is None else None
        if owned is not None:
            return owned
        if k < len(toks) and toks[k].text == ",":
            k1 = k + 1
            if k1 + 2 < len(toks) and toks[k1].text in ("the", "a") and toks[k1 + 1].text in ("new", "newly"):
                # "X, the new Permanent Representative of Y", "X, the newly appointed Ambassador of the EU": the
                # appointment is news, no part of the title
                k2 = k1 + 2 + (toks[k1 + 1].text == "newly" and toks[k1 + 2].text.endswith("ed"))
                if k2 < len(toks) and toks[k2].text in self.title_words:
                    k1 = k2
            if k1 + 1 < len(toks) and toks[k1].text in _POSSESSIVE_DETERMINERS:
                # "U Thant, our respected Secretary-General,": the title after a possessive and its epithets
                k1 += 1
                while k1 + 1 < len(toks) and k1 - k < 4 and toks[k1].text[:1].islower() and _word_like(toks[k1].text) \
                        and not (toks[k1 + 1].text in (",", ";") and self._title_re_ci.fullmatch(toks[k1].text)):
                    k1 += 1  # (not "X, his representative,": a title in lower case closes the phrase)
                if k + 2 < k1 and toks[k1].text[:1].islower() and toks[k1 + 1].text in (",", ";") and all(
                        x.text.isalpha() and x.text.islower() and x.text not in _FUNCTION_WORDS and x.text not in _CONNECTORS
                        and x.text not in ("new", "newly") for x in toks[k + 2:k1]):
                    k1 = k + 2  # "X, its legal analyst,": the words that qualify a role in lower case are part of it
                elif not (toks[k1].text in self.title_words and (self.is_title(toks[k1].text) or self._title_re.match(
                        _text(toks, k1, min(len(toks), k1 + 4)))) or toks[k1].text[:1].islower()
                        and toks[k1 + 1].text in (",", ";") and self._title_re_ci.fullmatch(toks[k1].text)):
                    k1 = k + 1  # ("X, his Special Representative in Cyprus": a title of two words or more, too)
            role, k2 = self._role(toks, k1, spans, stops=stops)
            if role is not None and role.title and role.title.islower() and " " not in role.title and k2 < len(toks) \
                    and toks[k2].text.rstrip(".,;") in _QUALIFIED_NOUNS:
                return None, k  # "X, an expert opinion by Y": the role word qualifies a noun, it is no role of X's
            if role is not None and role.title and self._names_another(role.title) \
                    and not self._body_after_title(toks, role, k2):
                return None, k  # "Marshal Tito, Prime Minister Nehru and President Nasser": a list of people
            if role is None and organization is None:
                # "Prof. X, University of Padua", "Mr. X, Financial Action Task Force (FATF) Secretariat"
                body = self._body_segment(toks, k + 1, spans)
                if body is not None:
                    entry, k2 = body
                    if entry.label == "COUNTRY":
                        country = country or entry.code
                    else:
                        organization, org_kind = entry.name, entry.kind
                        if entry.id.startswith("new:") and _entry_starting(spans, toks[k + 1].start) is not None \
                                and _entry_starting(spans, toks[k + 1].start)[2].name != entry.name:
                            body_span = (toks[k + 1].start, toks[k2 - 1].end)  # a unit read from a known body's name
                        if k2 + 1 < len(toks) and toks[k2].text == "," and country is None:
                            state = self._body_segment(toks, k2 + 1, spans)
                            if state is not None and state[0].label == "COUNTRY":
                                country, k2 = state[0].code, state[1]  # "Federal Foreign Office, Germany"
                else:
                    mission = _mission_country(toks, k + 1, len(toks), spans)
                    m_end = next((x for x in range(k + 1, len(toks)) if toks[x].text in (",", ";", "(", ")")
                                  or toks[x].text[:1].islower() and toks[x].text not in _CONNECTORS + ("and", "the")), len(toks))
                    if mission is not None and country is None:
                        # "Mr. X, Embassy of Brazil in Nairobi": the State, and its mission as written
                        country = mission[2].code
                        organization, org_kind = _text(toks, k + 1, m_end).rstrip("."), "government"
                        body_span = (toks[k + 1].start, toks[m_end - 1].end - (1 if toks[m_end - 1].text.endswith(".") else 0))
                        k2 = m_end
            k = k2
        if role is None:
            if country or organization:
                return Role(country=country, organization=organization, org_kind=org_kind, org_span=body_span), k
            return None, k
        return Role(
            title=role.title,
            country=country or role.country,
            organization=organization or role.organization,
            org_kind=org_kind or role.org_kind,
            org_span=role.org_span,
            title_span=role.title_span,
            skip_spans=role.skip_spans,
        ), k

    @staticmethod
    def _body_after_title(toks: list[_Tok], role: Role, end: int) -> bool:
        """Whether the title of ``role`` is followed by a comma and a body read after it, before ``end``
        ("X, Director-General Agro, Ministry of Agriculture, ...", "X, Director General Operations, Sri Lanka
        Navy"): the words after the title word name the office's field, not another person."""
        if role.title_span is None or role.organization is None:
            return False
        t = _index_at_or_after(toks, role.title_span[1], 0)
        return t + 1 < end and toks[t].text == "," and not toks[t].dash

    def _names_another(self, title: str) -> bool:
        """Whether a title read after a name goes on with another person's name ("Prime Minister Nehru")."""
        words = title.split()
        for x in range(1, len(words)):
            w = words[x].rstrip(",")
            if words[x - 1] not in self.title_words or not self.is_title(" ".join(words[:x])) or not _name_like(w) \
                    or _is_initial(w):
                continue
            if any(v in ("of", "for", "on") for v in words[:x - 1]) and words[x - 1] not in self.g.title_first:
                continue  # "Director of Defence Policy": the words go on with the portfolio
            if x >= 3 and words[x - 2] == "and" and any(v.endswith(",") or v in ("-", "–", "—") for v in words[:x - 2]):
                continue  # "Director - Trade and Regional Integration": a list of fields after a comma or a dash
            if w in self.title_words or w in ORG_KEYWORDS or w in _PORTFOLIO_WORDS or w in _NOT_NAME \
                    or w.lower() in _OCCUPATIONS \
                    or self.g.lookup(w) is not None or self.g.is_not_entity(w):
                continue
            y = x + 1
            while y < len(words) and y - x < 3 and _name_like(words[y]) and words[y] not in self.title_words:
                y += 1
            if any(v in ORG_KEYWORDS or v in _PORTFOLIO_WORDS or v in DOCUMENT_WORDS or plural_portfolio_noun(v)
                   for v in words[x:y]):
                continue  # "Director of the Emergency Operations Centre", "Director Peacekeeping Operations"
            if y == len(words) or words[y] in ("and", "or"):
                return True
        return False

    def _role(self, toks: list[_Tok], k: int, spans, allow_lower: bool = False,
              stops: frozenset[int] = frozenset()) -> tuple[Role | None, int]:
        """A role phrase starting at token ``k``: comma-separated segments, the first holding a title.

        ``stops`` are the starts of other people's names (found by the statistical model): a role
        never runs over one ("Special Representative for Children and Armed Conflict H.E. Mr. X").
        Returns the role (None when the phrase holds no title) and the end of the last segment read.
        The steps share what they have read in a :class:`_RoleDraft`.
        """
        toks = self._square_bracket_closed(toks, k)
        end = self._role_end(toks, k, spans, stops)
        if end is None:
            return None, k
        segments = self._role_segments(toks, k, end, spans)
        if not segments:
            return None, k
        first_seg = self._title_segment(toks, k, segments, spans, allow_lower)
        if first_seg is None:
            return None, k
        segments, a, b = first_seg
        d = _RoleDraft(a, b)
        self._lead_affiliation(toks, d, spans)
        self._title_scan_end(toks, d, segments, spans)
        self._first_affiliation(toks, d, spans)
        self._later_segments(toks, d, segments, spans)
        self._body_in_title_fallback(toks, d, spans)
        self._demonym_body_after(toks, d, spans)
        self._office_by_possessive(toks, d)
        return d.role(toks), d.last

    @staticmethod
    def _square_bracket_closed(toks: list[_Tok], k: int) -> list[_Tok]:
        """The tokens up to a square bracket that closes after ``k`` on a word ("[Photo caption: ... Prof. X,
        Executive Secretary of CILSS.]"): the role ends there, and the bracket is no part of its last word."""
        for x in range(k, len(toks)):
            w = toks[x].text
            if "[" in w:
                return toks
            if w.endswith("]") and len(w) > 1:
                cut = w.rstrip("]")
                return toks[:x] + [replace(toks[x], text=cut, end=toks[x].start + len(cut))]
        return toks

    def _office_by_possessive(self, toks: list[_Tok], d: _RoleDraft) -> None:
        """A "title" that is an office's possessive before a body's head ("Attorney General's Office", "Prime
        Minister's Office" in a position cell or after a name's comma) names the body the person works in, no
        title: the whole is the organization (the dev conventions give such a person no title)."""
        if d.organization is not None or d.country is not None or d.title_end != d.b:
            return
        m = _POSSESSIVE_OFFICE.fullmatch(d.title)
        if m is None or not self._title_re.fullmatch(m.group(1)):
            return
        d.organization, d.org_kind, d.org_is_new = d.title, "government", True
        d.org_span = (toks[d.a].start, toks[d.b - 1].end - (1 if toks[d.b - 1].text.endswith(".") else 0))
        d.title, d.title_end = "", d.a

    def _demonym_body_after(self, toks: list[_Tok], d: _RoleDraft, spans) -> None:
        """A role in lower case that stopped at a demonym after its "of" ("founder of the Kenyan network Sauti ya
        Wakulima"): the body is the name after the demonym's common nouns, the title ends before "of"."""
        t = d.title_end
        if not d.title or not d.title[:1].islower() or d.organization is not None or d.country is not None \
                or t < d.a + 3 or t >= len(toks) or toks[t - 1].text not in self.g.demonyms \
                and not re.fullmatch(r"[A-Z][\w'’-]*-based", toks[t - 1].text):  # ("the Bujumbura-based cooperative X")
            return
        of = t - 3 if toks[t - 2].text in ("the", "a", "an") else t - 2
        if of <= d.a or toks[of].text != "of":
            return
        x = t
        while x < len(toks) and x - t < 3 and toks[x].text.islower() and _word_like(toks[x].text) \
                and toks[x].text not in ("of", "for", "and", "in", "on", "at", "to", "the"):
            x += 1  # "network", "non-governmental organization"
        if x > t and (x == len(toks) or toks[x].text in (",", ";", ")") or toks[x - 1].text.endswith(".")):
            d.title_end = x  # "leader of the Belarusian democratic forces": the demonym's common nouns, no name
            d.title = _text(toks, d.a, x).rstrip(".")  # after them, close the role
            d.last = max(d.last, x)
            return
        n = x
        while n < len(toks) and n - x < 6 and (toks[n].text[:1].isupper() and _word_like(toks[n].text)
                                               or toks[n].text in ("ya", "de", "du", "des", "la", "le", "of", "for", "and")
                                               and n + 1 < len(toks) and (toks[n + 1].text[:1].isupper()
                                                                          or toks[n + 1].text in ("la", "le")
                                                                          and n + 2 < len(toks) and toks[n + 2].text[:1].isupper())
                                               or toks[n].text in ("of", "the") and n > x and n + 1 < len(toks)
                                               and (toks[n - 1].text, toks[n].text) != ("the", "the")
                                               and (toks[n].text == "the" and toks[n - 1].text == "of"
                                                    and toks[n + 1].text[:1].isupper()
                                                    or toks[n].text == "of" and toks[n + 1].text == "the"
                                                    and n + 2 < len(toks) and toks[n + 2].text[:1].isupper())):
            n += 1  # ("Jeunes Artisans de la Paix", "Women Police of the Pacific")
        if x == t or n == x or n < len(toks) and toks[n].text not in (",", ";", ")", "(") and not toks[n - 1].text.endswith("."):
            return
        name = _text(toks, x, n).rstrip(".")
        if self.is_title(name) or self.g.lookup(name) is not None and self.g.lookup(name).label != "ORG":
            return
        entry = self.g.lookup(name)
        d.title_end = of
        d.title = _text(toks, d.a, of)
        d.organization, d.org_kind = (entry.name, entry.kind) if entry is not None else (name, "other")
        d.org_is_new = entry is None
        d.org_span = (toks[x].start, toks[x].start + len(name))
        d.last = max(d.last, n)

    def _role_end(self, toks: list[_Tok], k: int, spans, stops: frozenset[int]) -> int | None:
        """Step 1 of :meth:`_role`: the end of the role phrase starting at token ``k``.

        The phrase runs on over the words a role is written with and stops at a verb, a closing bracket,
        the next person's name (``stops``) or a ";". None when the title is the next person's.
        """
        end = k
        inside = [(s, e) for s, e, _ in spans]
        depth = 0
        while end < len(toks):
            w = toks[end].text
            depth += {"(": 1, ")": -1}.get(w, 0)
            if depth < 0:
                break  # "Moderator (X, Chief of Press, United Nations Information Service): ...": the bracket closes
            if end > k and (toks[end].start in stops or self._honorific_run(toks, end) > end
                            and w not in self.g.title_first and end + 1 < len(toks) and _name_like(toks[end + 1].text)
                            and toks[end + 1].text.rstrip(".") not in self.title_words  # "Deputy General Secretary."
                            and toks[end + 1].text.rstrip(".,;") not in ORG_KEYWORDS  # "the Internal Justice Council"
                            and not plural_portfolio_noun(toks[end + 1].text)  # "Director General Operations"
                            and not self.rank_word_in_portfolio(toks, end)  # "... and Major Cities,"
                            and _entry_starting(spans, toks[end].start) is None):
                if end > k and toks[end - 1].text + " " + w in self._titles:
                    end -= 1  # "X (Nigeria), Commissioner General Y": the title is the next person's
                elif toks[end - 1].text not in (",", ";", ")", *_TRAILING_JOINERS) and not toks[end].nl \
                        and not any(t.text in (",", ";") for t in toks[k:end]) \
                        and self.is_title(_text(toks, k, end)) and k > 0 and toks[k - 1].text == ",":
                    return None  # "X, Minister of Finance and Planning Mr Y": a title written right before a name is his
                break  # another person begins
            if end > k and toks[end].nl and any(e == toks[end - 1].end and sp.label == "COUNTRY" for _, e, sp in spans) \
                    and _name_like(w) and w not in self.title_words and _entry_starting(spans, toks[end].start) is None:
                n = self._name(toks, end, spans)
                if n - end >= 2 and n < len(toks) and toks[n].text == "," and self._clean_name([t.text for t in toks[end:n]]):
                    break  # "X, Minister for Foreign Affairs, Finland" over "Y, Minister of ..., Latvia": a line of
                    # signatories ends on its State, and the next line's name is the next entry's
            nxt = self._role_runs_on(toks, k, end, spans, inside)
            if nxt is not None:
                end = nxt
                last = toks[nxt - 1].text
                if last.endswith(".") and len(last) > 2 and last[-2].islower() and last not in self._honorifics:
                    break  # "the IDB team leader for the project. The Bank's ...": the sentence ends the mandate
                continue
            if end > k and w.rstrip(".,") in BODY_NOUNS and (toks[end - 1].text[:1].isupper()
                                                              or toks[end - 1].text[-1:] in _CLOSE_QUOTES):
                end += 1  # "the head of the Soviet delegation": the body a proper adjective qualifies
                if w.endswith((".", ",")):
                    break
                continue
            nxt = self._role_runs_on_lower_name(toks, k, end)
            if nxt is not None:
                end = nxt
                continue
            if end == k and w[:1].islower():
                seg = next((x for x in range(k, min(len(toks), k + 5)) if toks[x].text in (",", ";", "(", ")")),
                           len(toks) if len(toks) - k <= 4 else None)
                if seg is not None and self._lower_occupation(toks, k, k, seg):
                    end = seg  # "X, community health promoter, Uyuni": an occupation in lower case, qualified
                    break
            if w in ("in", "at") and end > k and (toks[end - 1].text in _OCCUPATIONS
                                                  or w == "at" and toks[end - 1].text in self._lower_titles
                                                  and all(x.text[:1].islower() for x in toks[k:end])) \
                    and end + 1 < len(toks) and toks[end + 1].text[:1].isupper() and ((place := _entry_starting(spans, toks[end + 1].start)) is None
                                                              or place[2].label == "LOCATION"):
                break  # "X, a farmer in Tanguiéta", "a tea plucker at Pedro Estate", "a nurse in Gampaha" (a known
                # place): where the person works, no part of the occupation (a body named there is read as the person's)
                # (also a role all in lower case before "at": "medical coordinator at Masisi General Hospital")
            if w == "at" and end > k and toks[end - 1].text in _OCCUPATIONS and end + 3 < len(toks) \
                    and toks[end + 1].text == "the" and toks[end + 2].text[:1].isupper() \
                    and toks[end + 3].text[:1].islower() and _entry_starting(spans, toks[end + 2].start) is None:
                break  # "X, a psychologist at the Telavi centre": a workplace written with a place's name and a
                # noun in lower case, no part of the occupation
            if end > k + 1 and toks[end - 1].text == "to" and re.fullmatch(r"[a-z]+", w) and w not in ("the", "a", "an") \
                    and not any(e > toks[end].start >= s for s, e in inside) and w not in _CONNECTORS:
                end -= 1  # "Special Co-ordinator to lead the short-term observers": a purpose in a verb, no part of the role
                break
            if w in (";", ".") or (w[:1].islower() and w not in _CONNECTORS and w not in ("and", "the", "a.i.", "against")
                             and not (end == k and (w in _ROLE_MODIFIERS or w in ("a", "an", "another")) or self._lower_qualifier(toks, end)
                                      or end == k + 1 and toks[k].text in ("the", "The") and self._lower_body_possessive(toks, end))
                             and not _lower_charge(toks, end)
                             and w not in NAME_PARTICLES and w.rstrip(".,") not in self._lower_titles):
                break  # "X, Director of Y, said": the role ends at the verb
            if end > k + 2 and toks[end - 1].text in _PORTFOLIO_WORDS and self._name_after_portfolio(toks, end, spans):
                # "X, Minister of Education and Science Dogdurkul Kendirbaeva and ...": the title is the next person's
                if not any(t.text == "," for t in toks[k:end]):
                    return None
                break
            if end > k and toks[end - 1].text in self.title_words and _name_like(w) and end + 1 < len(toks) \
                    and not (w.endswith(".") and len(w) > 2 and w[-2].islower()) \
                    and _continues_name(toks[end + 1].text) and toks[end + 1].text.rstrip(".") not in ORG_KEYWORDS \
                    and toks[end + 1].text.rstrip(".") not in self.title_words and w not in self.title_words \
                    and toks[end + 1].text.rstrip(".,").lower() not in _OCCUPATIONS \
                    and toks[end + 1].text.rstrip(".,;") not in _PORTFOLIO_WORDS \
                    and w not in ORG_KEYWORDS and w not in _PORTFOLIO_WORDS \
                    and not (toks[end - 1].text in _NATIONAL_WORDS and toks[end - 2].text in ("the", "The")) \
                    and not any(s <= toks[end].start < e for s, e in inside) \
                    and self._clean_name([t.text for t in toks[end:max(end + 1, self._name(toks, end, spans))]]) \
                    and not (self._name(toks, end, spans) < len(toks)
                             and toks[self._name(toks, end, spans)].text.rstrip(".,;") in _POST_HEAD_NOUNS):
                # ("Head of the National Civil Protection System": after "the National" the words are a body's name)
                # ("Senior Locust Forecasting Officer": words that read like a name, closed by a post's head noun, are
                # the title's own)
                # ("Chief Administrator of the Abyei Special Administrative Area": the words after "Special" are
                # no personal name, the role runs on; nor are they before a portfolio's word, "Deputy Minister of
                # Basic and Senior Secondary Education")
                if not any(t.text == "," or t.text in _CONNECTORS for t in toks[k:end]):
                    return None  # "X of Somalia, King Mswati III": the title is the next person's
                break  # "Spokesperson for Secretary-General António Guterres": another person's name (a word
                # ending its sentence, "Foreign Affairs. Ms. X", starts none)
            if w.endswith(".") and len(w) > 2 and w[-2].islower() and w not in self._honorifics and w != "a.i." \
                    or w.endswith(".") and end + 1 < len(toks) and toks[end + 1].text[:1] in _OPEN_QUOTES \
                    or self._capitals_end_sentence(toks, end):
                end += 1  # (also "... in Lao PDR. \"Korea's ...": a quotation opens the next sentence)
                break
            if end > k and _telephone_at(toks, end):
                break  # "X, Information Officer (767) 266-3009": a telephone number after the role is no part of it
            if end > k and len(w) > 1 and w.endswith(":") and (end + 1 == len(toks) or toks[end + 1].text[:1] in _OPEN_QUOTES
                                                                or toks[end + 1].text[:1].isupper() and not toks[end + 1].nl):
                end += 1  # "X, acting WHO Representative to Samoa, Cook Islands, Niue and Tokelau: \"...\"": the colon
                break  # before the person's words ends the role (also unquoted: "X, UNHCR Representative in Chad: More ...")
            end += 1
        while end > k + 1 and (toks[end - 1].text in _TRAILING_JOINERS or toks[end - 1].text == "("):
            end -= 1  # "Special Representative for Somalia and H.E. Mr. X": the role ends before the joiner, and
            # "Head, AU Liaison Office in Sierra Leone (virtual)" before the bracket of a note in lower case
        return end

    def _capitals_end_sentence(self, toks: list[_Tok], i: int) -> bool:
        """Whether ``toks[i]``, a word in capitals with a full stop and no other ("ANSA.", "CILSS.", "II."), ends
        its sentence: a word in title case follows ("Dario Mancuso, ANSA. Will the Secretary-General ...", "Minister
        of Foreign Affairs II. The two Ministers ..."). An acronym or a numeral is written without a stop of its own,
        so the stop is the sentence's; not a form of address ("MR.") nor initials ("U.S.")."""
        w = toks[i].text
        core = w[:-1]
        if not w.endswith(".") or len(core) < 2 or not core.isalpha() or not core.isupper() or w in self._honorifics \
                or core in self._honorifics or i + 1 >= len(toks):
            return False
        nxt = toks[i + 1].text
        return nxt[:1].isupper() and any(c.islower() for c in nxt) and _word_like(nxt)

    def _name_after_portfolio(self, toks: list[_Tok], i: int, spans) -> bool:
        """Whether a personal name of two or three words starts at ``i``, right after a portfolio, and ends the
        phrase (at a comma, "and", a bracket, the end of the sentence or a verb)."""
        n = self._name(toks, i, spans)
        words = [t.text for t in toks[i:n]]
        if not 2 <= len(words) <= 3 or not self._clean_name(words) or any(
                w.rstrip(".") in _PORTFOLIO_WORDS or self.g.lookup(w.rstrip(".")) is not None or _common_noun_like(w)
                for w in words):
            return False
        return n >= len(toks) or toks[n].text in (",", ";", "and", ".", ")") or words[-1].endswith(".") \
            or toks[n].text[:1].islower() and toks[n].text not in _CONNECTORS

    def _role_runs_on(self, toks: list[_Tok], k: int, end: int, spans, inside: list[tuple[int, int]]) -> int | None:
        """Step 1a of :meth:`_role`: where the phrase goes on after a word at ``end`` it runs on over (a lower-case
        word in a known name, a mandate in lower case, a modifier, an ordinal, a session, a courtesy adjective,
        a name in quotes), or None."""
        w = toks[end].text
        if w[:1].islower() and any(s <= toks[end].start < e for s, e in inside):
            return end + 1  # "Côte d’Ivoire"
        if w[:1].islower() and end > k + 2 and toks[end - 1].text == "the" and toks[end - 2].text == "of" \
                and w.rstrip(".,;:") in _WORKS and toks[end - 3].text.islower() \
                and (end + 1 == len(toks) or toks[end + 1].text in (",", ";", ".")):
            return None  # "lead author of the report, from ...": the work the person wrote ends the role before "of"
        if w[:1].islower() and end > k + 1 and toks[end - 1].text == "the" and toks[end - 2].text == "for" \
                and w.rstrip(".,;") in ("remainder", "rest", "duration"):
            return None  # "elected Rapporteur for the remainder of the session": a span of time, no mandate
        if w[:1].islower() and end > k and toks[end - 1].text in ("on", "the") and (
                " on" in " " + _text(toks, k, end) or end > k + 1 and toks[end - 2].text in ("for", "of")):
            # ("Facilitator for the implementation of resolution 2231 (2015)", "Head of the election observation
            # mission of the OSCE ...": a task or a unit in lower case, too)
            # "Special Rapporteur on the situation of human rights in Afghanistan": a mandate in lower case
            stop = self._mandate_end(toks, end)
            if stop is not None:
                return stop
        if w[:1].islower() and _word_like(w) and end > k + 1 and toks[end - 1].text == "for" \
                and toks[end - 2].text.rstrip(".,").lower() in self._lower_titles and w not in _FUNCTION_WORDS \
                and w not in _POSSESSIVE_DETERMINERS and w not in _MANDATE_STOP:
            # "AOSIS coordinator for loss and damage", "Special Adviser for gender equality": a portfolio in lower
            # case right after the title word's "for" (with an article, the mandate above)
            stop = self._mandate_end(toks, end)
            if stop is not None and not any(toks[x].text.rstrip(".,;") in _SPANS_OF_TIME or toks[x].text[:1].isdigit()
                                            for x in range(end, stop)):
                return stop  # (not "coordinator for two years": a span of time, no portfolio)
        if w.rstrip(".,") in TITLE_PLACE_NOUNS and end >= k + 4 and toks[end - 1].text in TITLE_PLACE_NOUNS \
                and _name_like(toks[end - 2].text) and toks[end - 2].text not in self.title_words:
            return end + 1  # "Head of the Aksy district administration": the local government of a division
        if w.rstrip(".,") in TITLE_PLACE_NOUNS and end >= k + 3 and _name_like(toks[end - 1].text) \
                and toks[end - 1].text not in self.title_words and (toks[end - 2].text in ("of", "for", "the", "in")
                                                                    or _name_like(toks[end - 2].text)):
            return end + 1  # "Governor of the Ménaka region", "Deputy Commissioner of Dhemaji district": the place a
            # local official serves, closed by its kind in lower case (also "Representative of the President in
            # Batken region")
        if end == k + 1 and w in _ROLE_MODIFIERS and toks[k].text in ("a", "an", "the"):
            return end + 1  # "X, a former Prime Minister of Senegal"
        if end == k + 1 and (w in _OCCUPATION_DESCRIPTORS or _AGE_WORD.fullmatch(w)) and toks[k].text in ("a", "an") \
                and self._qualified_occupation(toks, end + 1, len(toks), bare=True):
            return end + 1  # "X, a young shearer from Y", "X, a 47-year-old lorry driver"
        if end == k + 1 and _ORDINAL.match(w) and toks[k].text in ("the", "its", "their", "our", "his", "her") \
                and end + 1 < len(toks) and toks[end + 1].text[:1].isupper():
            return end + 1  # "X, the eighth Secretary-General"
        if w[:1].islower() and _SESSION_WORD.match(w.rstrip(",")):
            return end + 1  # "President of the seventy-eighth session of the General Assembly"
        if w in _COURTESY and end > k + 1 and toks[end - 1].text in ("the", "The") and end + 1 < len(toks) \
                and _entry_starting(spans, toks[end + 1].start) is not None:
            return end + 1  # "Minister for Foreign Affairs of the friendly Republic of Argentina"
        if w[:1] in _OPEN_QUOTES and w[1:2].islower() and end > k:
            close = next((x for x in range(end, min(end + 5, len(toks))) if toks[x].text.rstrip(".,")[-1:] in _CLOSE_QUOTES), None)
            if close is not None:
                return close + 1  # 'a leader of the "black consciousness" movement': a name in quotes
        return None

    def _role_runs_on_lower_name(self, toks: list[_Tok], k: int, end: int) -> int | None:
        """Step 1b of :meth:`_role`: where the phrase goes on after a lower-case word at ``end`` that is part of a
        body's name after an ORG keyword (in another language, or before its acronym) or of an occupation, or None."""
        w = toks[end].text
        if w[:1].islower() and end > k and toks[end - 1].text in ORG_KEYWORDS:
            acr = next((x for x in range(end + 1, min(end + 6, len(toks) - 2)) if not (
                toks[x].text[:1].islower() and _word_like(toks[x].text))), None)
            if acr is not None and toks[acr].text == "(" and toks[acr + 2].text == ")" \
                    and _ACRONYM_WORD.match(toks[acr + 1].text) \
                    and not any(toks[x].text in _MANDATE_STOP for x in range(end, acr)):
                return acr  # "Commission électorale nationale indépendante (CENI)": a name in lower case, then its acronym
            cell = acr if acr is not None else len(toks)
            if (cell >= len(toks) or toks[cell].text in (",", ";", ")")) and any(
                    toks[x].text in _ROMANCE_JOINERS or toks[x].text.startswith(("d'", "d’", "l'", "l’"))
                    for x in range(end, cell)) and not any(toks[x].text in _MANDATE_STOP for x in range(end, cell)):
                return cell  # "Institut d'études de sécurité": a body's name in another language, to the cell's end
        if w[:1].islower() and _word_like(w) and end < len(toks) - 1 and (
                w in _OCCUPATION_MODIFIERS and toks[end + 1].text.rstrip(".,") in _OCCUPATIONS | _OCCUPATION_MODIFIERS
                or end > k + 1 and toks[end - 1].text == "in" and toks[end - 2].text in _OCCUPATIONS
                and w not in _MANDATE_STOP):
            return end + 1  # "lawyer and radio commentator", "lecturer in hydrology at Bost University"
        return None

    def _role_segments(self, toks: list[_Tok], k: int, end: int, spans) -> list[tuple[int, int]]:
        """Step 2 of :meth:`_role`: the comma-separated segments of the role phrase ``toks[k:end]``."""
        segments: list[tuple[int, int]] = []
        seg_start = k
        for j in range(k, end + 1):
            if j < end and j > seg_start and toks[j].nl and toks[j].text[:1].isupper() \
                    and toks[j - 1].text not in _TRAILING_JOINERS \
                    and not (toks[j].text in _UNIT_HEADS and j + 1 < end and toks[j + 1].text in _CONNECTORS) \
                    and not any(s < toks[j].start < e for s, e, _ in spans):
                # a speaker's role over two lines: a line that names a body is a segment of its own
                # ("First Secretary" / "Permanent Mission of Ghana to the United Nations"); not a line wrapped
                # after a joiner ("Director of the Special Projects and" / "Innovation Branch of ...") or inside
                # a unit's name ("Director of the Rule of Law" / "Unit in the Executive Office ...") or a body's
                # name the line wraps ("Coordinator of the Mountain Partnership" / "Secretariat at the FAO")
                line_end = next((x for x in range(j + 1, end) if toks[x].nl or toks[x].text == ","), end)
                if _names_a_body(toks, j, line_end, spans):
                    segments.append((seg_start, j))
                    seg_start = j
                    continue
            if j < end - 1 and toks[j].text == "," and toks[j + 1].text in ("its", "their") \
                    and all(toks[x].text[:1].islower() for x in range(j + 1, end)):
                continue  # "on violence against women and girls, its causes and consequences": one mandate
            if j < end - 2 and toks[j].text == "," and any(toks[x].text == "on" for x in range(seg_start, j)) \
                    and self._mandate_goes_on(toks, j) and all(
                        toks[x].text[:1].islower() for x in range(j + 1, next(
                            (y for y in range(j + 1, end) if toks[y].text == ","), end))):
                continue  # "Special Rapporteur on torture and other cruel, inhuman or degrading treatment": one mandate
            if j < end and toks[j].text == "," and any(toks[x].text == "(" for x in range(seg_start, j)) \
                    and not any(toks[x].text == ")" for x in range(max(x for x in range(seg_start, j) if toks[x].text == "("), j)) \
                    and any(toks[x].text == ")" for x in range(j, end)):
                continue  # "Centre of Excellence for CRVS Systems (IDRC, Canada)": a comma inside brackets
            if j == end or toks[j].text == ",":
                if j > seg_start:
                    segments.append((seg_start, j))
                seg_start = j + 1
        return segments

    def _title_segment(self, toks: list[_Tok], k: int, segments: list[tuple[int, int]], spans,
                       allow_lower: bool) -> tuple[list[tuple[int, int]], int, int] | None:
        """Step 3 of :meth:`_role`: the segment holding the title, as ``(segments, a, b)``, or None.

        A leading honorific segment is dropped from ``segments``; ``toks[a:b]`` is the first segment without
        its article or ordinal. It must be a title: capitalized, in lower case (``allow_lower`` or a title
        word first) or the cell after a name in a table row.
        """
        a, b = segments[0]
        if len(segments) > 1 and _text(toks, a, b) in self.g.honorifics and self.is_title(_text(toks, *segments[1])) \
                and not allow_lower:  # (before a name, "Prime Minister, Head of Government" are two titles)
            if _text(toks, a, b) in self.g.title_honorifics and b < len(toks) and toks[b].text == "," \
                    and toks[b].end > toks[b].start:
                # "H.E. Mr. X, Ambassador, Permanent Representative of Y": a form of address that is also an office,
                # written as the first role, stays in the title with the role after it ("Ambassador, Permanent
                # Representative"; the dev conventions' reading); not a signature's line of its own over the role's
                # ("Ambassador" / "Permanent Representative", read as cells with a comma of no width between: the form
                # of address gives way to the role)
                segments = [(a, segments[1][1])] + segments[2:]
            else:
                segments = segments[1:]  # "Dr., Director of Y": a bare form of address is no title
            a, b = segments[0]
        lead = a + 1 if toks[a].text in ("a", "an") else a
        if lead + 1 < b and (toks[lead].text in self.g.demonyms or toks[lead].text in _OCCUPATION_DESCRIPTORS
                             or toks[lead].text.endswith("-born") and toks[lead].text[:-5] in self.g.demonyms
                             or lead > a and _AGE_WORD.fullmatch(toks[lead].text)) \
                and self._qualified_occupation(toks, lead + 1, b, bare=True):
            a = lead + 1  # "X, a Sudanese teacher", "X, Nicaraguan journalist based in San José": a people's adjective
            # is no part of the occupation (and gives no State), nor is a birthplace's ("a Somali-born nurse")
        elif toks[a].text in ("the", "The", "a", "an", "another") and a + 1 < b and (toks[a + 1].text[:1].isupper()
                                                                      or toks[a + 1].text in self._lower_titles
                                                                      or toks[a + 1].text in _ROLE_MODIFIERS
                                                                      or self._qualified_occupation(toks, a + 1, b)):
            a += 1  # "the Emergency Relief Coordinator", "a researcher at ...": the article is no part of the title
            # (nor is "another": "X, another Committee member, asked")
            if a + 1 < b and toks[a].text[-2:] in ("'s", "’s") and toks[a].text[:-2] in ORG_KEYWORDS \
                    and toks[a + 1].text in self.title_words:
                a += 1  # "X, the Secretariat's Director of Governance": the body's possessive is no part of the title
        elif toks[a].text in ("the", "The") and a + 2 < b and self._lower_body_possessive(toks, a + 1):
            a += 2  # "X, the cooperative's manager, says": the body named by its kind in lower case is no part of the title
        elif toks[a].text in ("the", "its", "their", "our", "his", "her") and a + 2 < b and _ORDINAL.match(toks[a + 1].text) \
                and toks[a + 2].text[:1].isupper():
            a += 2  # "the eighth Secretary-General": the ordinal is no part of the title either
        first = _text(toks, a, b).rstrip(".")
        if toks[a].text[:1].islower() and toks[a].text.endswith("s") and toks[a].text[:-1] in self._lower_titles \
                and a + 1 < b and toks[a + 1].text in ("the", "a", "an", "its", "their", "his", "her"):
            return None  # "X, co-chairs the Humanitarian Country Team": an office's plural before an article is a verb
        if allow_lower:
            if not self._title_re_ci.search(first):
                return None
        elif toks[a].text[:1].isupper():
            # in a table row ("Name<TAB>Title<TAB>Delegation") the cell after the name is the title
            cell = k > 0 and toks[k - 1].tab and _entry_exactly(spans, toks[a].start, toks[b - 1].end) is None \
                and not self.g.is_not_entity(first) and ":" not in first  # ("Distr.: General": a field, no position)
            lead = _entry_starting(spans, toks[a].start)
            rest = _index_at_or_after(toks, lead[1], a) if lead is not None and lead[2].label in ("ORG", "COUNTRY") else b
            bare = False
            if rest == b and lead is None:
                low = next((x for x in range(a, b) if not toks[x].text[:1].isupper()), b)
                if a < low < b and (toks[low - 1].text in ORG_KEYWORDS or toks[low - 1].text in SHORT_BODY_HEADS):
                    rest, bare = a, True  # "X, Committee member, asked", "Country Task Force member": a body's bare
                    # noun, then a role in lower case (the bare noun stays in the title)
            low = next((x for x in range(rest, b) if not toks[x].text[:1].isupper()), b)
            owned = rest < b and low < b and toks[low].text[:1].islower() and all(
                _name_like(t.text) and (bare or t.text not in self.title_words) for t in toks[rest:low]) and (
                bool(self._title_re_ci.fullmatch(_text(toks, low, b)))
                or toks[low].text in self._lower_titles and bool(self._title_re_ci.match(_text(toks, low, b)))
                or self._lower_qualifier(toks, low))
            # ("X, UNICEF spokesperson, said": a body, then a role in lower case; "MSF head of mission in Haiti",
            # "WHO Health Cluster focal point", "MSF medical coordinator in Chad": a role in lower case that goes on,
            # or after a unit of the body, or qualified)
            if not cell and not owned and not self.is_title(first) and not self._capitalized_occupation(first) \
                    and not (b - a == 2 and self._lower_qualifier(toks, a)):
                return None  # (not "Contact: X, Press officer": a qualifier, then a title word in lower case)
        elif (toks[a].text.rstrip(".,") not in _ROLE_MODIFIERS and not self._lower_qualifier(toks, a) and (
                toks[a].text.rstrip(".,") not in self._lower_titles or toks[a].text in _FUNCTION_WORDS)
                or not self._title_re_ci.search(first)) and not self._lower_occupation(toks, k, a, b) \
                and not self._qualified_occupation(toks, a, b):
            return None  # a role in lower case must start with a title word ("survivor of ...", "founder of ...")
        return segments, a, b

    def _lower_body_possessive(self, toks: list[_Tok], i: int) -> bool:
        """Whether ``toks[i]`` is a body's kind in lower case with its possessive, a role in lower case right after it
        ("X, the cooperative's manager"): the body, no part of the title."""
        w = toks[i].text
        return i + 1 < len(toks) and w[-2:] in ("'s", "’s") and w[:-2].isalpha() and w.islower() \
            and (w[:-2] in BODY_NOUNS or w[:-2] in _ROLE_FIELD_WORDS or w[:-2].capitalize() in ORG_KEYWORDS) \
            and toks[i + 1].text.rstrip(".,") in self._lower_titles and toks[i + 1].text not in _FUNCTION_WORDS

    @staticmethod
    def _qualified_occupation(toks: list[_Tok], i: int, b: int, bare: bool = False) -> bool:
        """Whether an occupation qualified by the words before it starts at ``i`` ("X, a market vendor from Y",
        "X, a radio journalist"): one or two qualifiers, then the occupation, before ``b`` (with ``bare``, no
        qualifier needed)."""
        x = i
        while x < b and x - i < 2 and toks[x].text in _OCCUPATION_MODIFIERS:
            x += 1
        return (bare or i < x) and x < b and toks[x].text.rstrip(".,") in _OCCUPATIONS

    def _lower_qualifier(self, toks: list[_Tok], i: int) -> bool:
        """Whether the lower-case word at ``i`` says which office the title word after it is ("X, official
        spokesperson of the Secretary-General", "press secretary"): the title's first word."""
        return toks[i].text.capitalize() in TITLE_QUALIFIERS and i + 1 < len(toks) \
            and toks[i + 1].text.rstrip(".,") in self._lower_titles and toks[i + 1].text not in _FUNCTION_WORDS

    def _lower_occupation(self, toks: list[_Tok], k: int, a: int, b: int) -> bool:
        """Whether the segment ``toks[a:b]``, the whole apposition after a name's comma, is an occupation in lower
        case with the words that qualify it ("X, community health promoter, Uyuni", "X, exiled journalist,
        formerly with ...", "X, advocacy adviser (on behalf of ...)"): two to four lower-case words, none a
        function word, the last an occupation or a title's agent noun."""
        if a != k or not 2 <= b - a <= 4 or k == 0 or toks[k - 1].text != ",":
            return False
        words = [t.text.rstrip(".") for t in toks[a:b]]
        if not all(w.isalpha() and w.islower() and w not in _FUNCTION_WORDS and w not in _CONNECTORS for w in words):
            return False
        last = words[-1]
        return last in _OCCUPATIONS or last in self._lower_titles and bool(re.search(r"(?:er|or|ist|ive)$|^expert$", last))
        # ("X (United Kingdom), election administration expert": the title word "Expert" in lower case, qualified)

    @staticmethod
    def _capitalized_occupation(first: str) -> bool:
        """Whether a capitalized segment is an occupation written as a title, before its body or alone: "Chief
        Economist of the FAO", "Senior Trade Economist at the African Export-Import Bank"."""
        words = first.split()
        x = next((i for i, w in enumerate(words) if w in _CONNECTORS), len(words))
        return 0 < x <= 4 and all(w[:1].isupper() for w in words[:x]) and words[x - 1].lower() in _OCCUPATIONS

    def _lead_affiliation(self, toks: list[_Tok], d: _RoleDraft, spans) -> None:
        """Step 4 of :meth:`_role`: the State in brackets after the title, and the body or State written
        before it ("UNHCR Assistant High Commissioner", "Japan's Foreign Minister", "Russian Foreign
        Minister"), which the title then starts after; sets the title to the rest of the first segment."""
        if d.b - d.a >= 4 and toks[d.b - 1].text == ")":
            p = max((x for x in range(d.a + 1, d.b - 1) if toks[x].text == "("), default=None)
            inside = _entry_exactly(spans, toks[p + 1].start, toks[d.b - 2].end) if p is not None and p + 1 < d.b - 1 else None
            if inside is not None and inside.label == "COUNTRY" and not any(toks[x].text == ")" for x in range(p + 1, d.b - 1)):
                d.country, d.b = inside.code, p  # "Speaker of the National Assembly (Ecuador)": the State in brackets
            elif p is not None and p == d.b - 3 and _ACRONYM_WORD.match(toks[p + 1].text) and self.is_title(_text(toks, d.a, p)) \
                    and not any(toks[x].text in _CONNECTORS for x in range(d.a, p)):
                # "Under-Secretary-General and High Representative (UN-OHRLLS)": the body's acronym after the title
                entry = inside or self.g.lookup(toks[p + 1].text)
                if entry is not None and entry.label == "COUNTRY":
                    d.country = entry.code
                elif entry is not None and entry.label == "ORG":
                    d.organization, d.org_kind, d.org_is_new = entry.name, entry.kind, entry.id.startswith("new:")
                else:
                    d.organization, d.org_kind, d.org_is_new = toks[p + 1].text, "other", True
                    d.org_span = (toks[p + 1].start, toks[p + 1].end)
                d.org_from_segment = d.organization is not None
                d.b = p
        if toks[d.a].text in ("the", "The") and d.a + 1 < d.b:
            d.a += 1  # "the Emergency Relief Coordinator": the article is no part of the title
        # "UNHCR Assistant High Commissioner", "UNHCR's Representative", "Japan's Foreign Minister", "MSF medical
        # coordinator in Chad": the body or State, then the title
        lead = _entry_starting(spans, toks[d.a].start)
        if lead is None:
            # "the United Nations Special Representative": a known body whose match the longer capitalized run hid
            for n in (3, 2, 1):
                entry = self.g.lookup(_text(toks, d.a, d.a + n)) if d.a + n < d.b else None
                if entry is not None and entry.label == "ORG" and toks[d.a + n].text in self.title_words:
                    lead = (toks[d.a].start, toks[d.a + n - 1].end, entry)
                    break
        if lead is not None and lead[2].label in ("ORG", "COUNTRY"):
            k2 = _index_at_or_after(toks, lead[1], d.a)
            if k2 < d.b and toks[k2].text in _POSSESSIVE:
                k2 += 1
            close = next((x for x in range(k2 + 2, min(k2 + 5, d.b)) if toks[x].text == ")"), None) \
                if lead[2].label == "ORG" and k2 < d.b and toks[k2].text == "(" else None
            if close is not None and all(_ACRONYM_WORD.match(w) for x in range(k2 + 1, close)
                                         for w in toks[x].text.split("/") if w):
                k2 = close + 1  # "Pan American Health Organization (PAHO/WHO) Representative": the acronym after the body
            place = _entry_starting(spans, toks[k2].start) if k2 < d.b and lead[2].label == "ORG" else None
            if place is not None and place[2].label in ("COUNTRY", "LOCATION"):
                k3 = _index_at_or_after(toks, place[1], k2)
                if k3 < d.b and (toks[k3].text[:1].isupper() and self._title_re.match(_text(toks, k3, d.b))
                                 or toks[k3].text in self._lower_titles and self._title_re_ci.match(_text(toks, k3, d.b))):
                    k2 = k3  # "IOM Libya Chief of Mission": the body's office in a country, then the title
            if k2 < d.b and (toks[k2].text[:1].isupper() or self._title_re_ci.fullmatch(_text(toks, k2, d.b))
                             or lead[2].label == "ORG" and toks[k2].text in self._lower_titles
                             and self._title_re_ci.match(_text(toks, k2, d.b))
                             or lead[2].label == "ORG" and self._lower_qualifier(toks, k2)) \
                    and self._title_re_ci.search(_text(toks, k2, d.b)) \
                    and not (lead[2].id == "org:un" and toks[k2].text == "High"):
                # ("United Nations High Commissioner for Human Rights" is the post's own name)
                if lead[2].label == "COUNTRY":
                    d.country, d.country_from_lead = lead[2].code, True
                else:
                    d.organization, d.org_kind, d.org_is_new = lead[2].name, lead[2].kind, lead[2].id.startswith("new:")
                    d.org_from_lead = True
                d.a = k2
        demonym = self._demonym_at(toks, d.a, d.b)
        if demonym is not None and d.country is None and d.organization is None:
            d.a = demonym[1]  # "Russian Foreign Minister": the adjective is no part of the title
            if is_state_office(_text(toks, d.a, d.b)):
                d.country = demonym[0]  # and it names the State whose office it is (the dev conventions)
        d.title = _text(toks, d.a, d.b).rstrip(".")
        d.title_end = d.b

    def _title_scan_end(self, toks: list[_Tok], d: _RoleDraft, segments: list[tuple[int, int]], spans) -> None:
        """Step 5a of :meth:`_role`: how far the first segment's affiliation is looked for (``d.scan_end``)."""
        # the title runs on over commas ("Commissioner for Political Affairs, Peace and Security of
        # the African Union Commission") until a segment that is itself a name
        d.scan_end = d.b
        for a2, b2 in segments[1:]:
            seg_first = a2 + 1 if toks[a2].text in ("the", "The") and a2 + 1 < b2 else a2
            if _entry_exactly(spans, toks[seg_first].start, toks[b2 - 1].end) is not None or self.is_title(_text(toks, a2, b2)):
                break
            if _names_a_body(toks, seg_first, b2, spans):
                break  # "Counsellor, Permanent Mission of China", "Director, Policy Division, UNDP"
            lead = _entry_starting(spans, toks[seg_first].start)
            if lead is not None and lead[2].label == "ORG" and _index_at_or_after(toks, lead[1], seg_first) < b2 \
                    and toks[_index_at_or_after(toks, lead[1], seg_first)].text == "of":
                break  # "..., Mazhilis of the Parliament of the Republic of Kazakhstan": a body's longer name
            if any(toks[x].text in _CONNECTORS and _affiliation_at(toks, x, b2, spans) for x in range(a2, b2)):
                d.scan_end = b2
                break

    def _first_affiliation(self, toks: list[_Tok], d: _RoleDraft, spans) -> None:
        """Step 5b of :meth:`_role`: the first affiliation ("of Y", "to the United Nations", "at the
        Permanent Mission of Y") in the first segment, which ends the title."""
        for j in range(d.a + 1, d.scan_end):
            if toks[j].text not in _CONNECTORS:
                continue
            if self._state_body_at(toks, d, j, spans):
                return
            hit = _affiliation_at(toks, j, d.scan_end, spans)
            if hit is None or is_subunit(hit[2]) and not _acronym_after(toks, hit) \
                    or _unit_of_a_body(toks, hit, d.scan_end, spans):
                continue
            if hit[2].id.startswith("new:") and not hit[2].acronym and not _acronym_after(toks, hit) \
                    and self._unit_named_in_title(toks, j, hit[2].name.split()):
                continue  # "Director of the Department of Planning": a unit no gazetteer knows stays in the title
            if hit[2].id.startswith("new:") and j + 1 < d.scan_end and toks[j + 1].start == hit[0] \
                    and any(self._title_re.fullmatch(_text(toks, d.a, j + 1 + n)) for n in (1, 2, 3) if j + n < d.scan_end):
                # "Chief of Mission of IOM in Ukraine", "Chief of Defence Forces of the Kenya Defence Forces": the
                # title's own words, no body found by its form
                self._state_body_after_title(toks, d, j, hit, spans)
                if d.organization is not None:
                    return
                continue
            if hit[2].label == "COUNTRY" and any(toks[x].text == "on" for x in range(d.a + 1, j)) \
                    and not (toks[j - 1].text == "Affairs" and toks[j].text == "of"):  # ("Adviser on Security Affairs of X")
                continue  # "Special Representative on the Question of Hungary": the State is the mandate's subject
            if hit[2].label == "ORG" and toks[j].text in ("for", "of") and toks[j + 1].start == hit[0] \
                    and _index_at_or_after(toks, hit[1], j) < d.scan_end and toks[_index_at_or_after(toks, hit[1], j)].text == "Affairs":
                continue  # "Vice-Minister for ASEAN Affairs": a body named as the field of a portfolio is no affiliation
                # (also after "of": "Minister of East African Community Affairs", "Director of UNRWA Affairs")
            if hit[2].label == "ORG" and hit[2].id.startswith("new:") and toks[j].text in ("of", "for") \
                    and (toks[j + 1].start == hit[0] or self._portfolio_after_article(toks, j, hit)) \
                    and toks[j - 1].text in _PORTFOLIO_TITLES and not self._named_by_acronym(toks, hit):
                continue  # "Minister of Information Society and Administration": a minister's portfolio, written
                # without an article, is no body found by its form ("Society"); nor is one that opens with a
                # portfolio's word after "the" ("Minister of the Interior, Public Security and Territorial Administration")
            if hit[2].label == "ORG" and toks[j].text == "for" and toks[j - 1].text == "Minister":
                continue  # "Minister for the European Union of Poland": a body after a minister's "for" is the portfolio
            if hit[2].label == "ORG" and toks[j].text == "in" and j - 1 == d.a and toks[d.a].text == "Minister":
                continue  # "Minister in the Ministry of Finance": a minister's office named by where it sits
            if hit[2].label == "ORG" and toks[j].text == "of" and j >= d.a + 4 and self._title_re.fullmatch(toks[j - 1].text) \
                    and toks[j - 2].text == "the" and toks[j - 3].text in ("of", "to", "for"):
                continue  # "Special Envoy of the Secretary-General of the United Nations for Yemen": the body is his
            if hit[2].label == "ORG" and self._second_role_body(toks, j, d.scan_end, spans):
                # "Special Representative of the Chairperson of the African Union Commission for Somalia and Head of
                # the African Union Transition Mission in Somalia": the body of the second role is the person's
                continue
            self._read_affiliation(toks, d, j, hit, spans)
            return

    def _state_body_at(self, toks: list[_Tok], d: _RoleDraft, j: int, spans) -> bool:
        """Step 5b'' of :meth:`_role`: "at" and a body named with its State's possessive or a people's adjective
        ("Director of Health Protection at Burkina Faso's Ministry of Health", "Director-General of ... at the
        Algerian Ministry of Agriculture"): the body is the organization and the title ends before "at"; the
        State's possessive gives its State too (a body named with a demonym gives none, the dev conventions)."""
        if toks[j].text != "at" or j + 2 >= d.scan_end:
            return False
        t = j + 2 if toks[j + 1].text in ("the", "The") else j + 1
        code, body_at = None, None
        state = _entry_starting(spans, toks[t].start)
        if state is not None and state[2].label == "COUNTRY" and t == j + 1:
            after = _index_at_or_after(toks, state[1], t)
            if after < d.scan_end and toks[after].text in _POSSESSIVE:
                code, body_at = state[2].code, after + 1
            elif after < d.scan_end and toks[after - 1].text.endswith(_POSSESSIVE[:2]) and toks[after - 1].end - 2 == state[1]:
                code, body_at = state[2].code, after
        elif state is None and t == j + 2:
            for n in (2, 1):
                if t + n < d.scan_end and " ".join(x.text for x in toks[t:t + n]) in self.g.demonyms:
                    body_at = t + n
                    break
        if body_at is None or body_at >= d.scan_end:
            return False
        body = _entry_starting(spans, toks[body_at].start)
        if body is None or body[2].label != "ORG":
            return False
        end = _index_at_or_after(toks, body[1], body_at)
        if end < d.scan_end and toks[end].text not in (",", ";", "(", ")") and not toks[end - 1].text.endswith("."):
            return False
        state_body = body[2].kind == "government" and not body[2].id.startswith("new:") \
            or body[2].name.split()[0] in _SITS_IN_HEADS | _NATIONAL_WORDS
        d.title, d.title_end = _text(toks, d.a, j), j
        d.country = code if state_body else None  # (not "lecturer at Uganda's Makerere University")
        d.organization, d.org_kind, d.org_is_new = body[2].name, body[2].kind, body[2].id.startswith("new:")
        if d.org_is_new:
            d.org_kind = "government" if state_body else "other"
            d.org_span = (toks[body_at].start, body[1])
        return True

    def _state_body_after_title(self, toks: list[_Tok], d: _RoleDraft, j: int, hit, spans) -> None:
        """Step 5b' of :meth:`_role`: a body found by its form that opens with the words of the title before it
        ("Defence Forces of the Kenya Defence Forces" after "Chief of"): the State's own body named after the
        title's next "of" ("Kenya Defence Forces") is the organization, its State the country."""
        last = _index_at_or_after(toks, hit[1], j)
        jj = next((x for x in range(j + 2, last) if toks[x].text == "of" and self._title_re.fullmatch(_text(toks, d.a, x))), None)
        if jj is None:
            return
        t = jj + 2 if toks[jj + 1].text in ("the", "The") else jj + 1
        state = _entry_starting(spans, toks[t].start) if t < last else None
        if state is None or state[2].label != "COUNTRY" or toks[last - 1].text.rstrip(".") not in ORG_KEYWORDS \
                or _index_at_or_after(toks, state[1], t) >= last:
            return
        d.title, d.title_end = _text(toks, d.a, jj), jj
        d.country, d.organization, d.org_kind, d.org_is_new = state[2].code, _text(toks, t, last).rstrip("."), "government", True
        d.org_span = (toks[t].start, toks[last - 1].end - (1 if toks[last - 1].text.endswith(".") else 0))

    def _read_affiliation(self, toks: list[_Tok], d: _RoleDraft, j: int, hit, spans) -> None:
        """Step 5c of :meth:`_role`: the affiliation ``hit`` introduced by the connector ``toks[j]``, then the
        State in brackets or the affiliations after it up to ``d.scan_end``."""
        t = _index_at_or_after(toks, hit[0], j)
        entry = hit[2]
        d.title = _text(toks, d.a, j)
        d.title_end = j
        if entry.label == "COUNTRY":
            d.country = entry.code
            x = j - 1
            while x > d.a + 2 and toks[x].text in _STATE_STYLE_WORDS and toks[x - 1].text not in ("the", "The"):
                x -= 1  # "of the Federal Democratic Republic of ...": the State's style before its head noun
            if toks[j].text == "of" and x > d.a + 2 and toks[j - 1].text in _STATE_FORM_HEADS \
                    and toks[x - 1].text == "the" and toks[x - 2].text == "of":
                # "President of the Republic of The Gambia": the words after the title's "of" open the State's
                # official name, which the gazetteers know without them ("The Gambia"); the title ends before
                d.title, d.title_end = _text(toks, d.a, x - 2), x - 2
            tm = j + 2 if toks[j + 1].text in ("the", "The") else j + 1
            if tm < d.scan_end and toks[tm].text in _COURTESY:
                tm += 1
            if toks[j].text in ("of", "at") and toks[tm].start < hit[0] and d.scan_end > tm:
                # "Chargé d'affaires a.i. of the Permanent Mission of Brazil": the mission is the body
                # the person serves in, its State the one represented
                m_end = toks[d.scan_end - 1].end - (1 if toks[d.scan_end - 1].text.endswith(".") else 0)
                d.organization, d.org_kind, d.org_is_new = _text(toks, tm, d.scan_end).rstrip("."), "government", True
                d.org_span = (toks[tm].start, m_end)
        elif toks[j].text == "to":
            if entry.id == "org:un":
                d.skip.append((toks[j].start, hit[1]))
            # "Permanent Representative of Mali to the African Union": accredited there, not its member
        elif entry.label == "LOCATION":
            pass  # a former State: no code, no body
        else:
            d.organization, d.org_kind, d.org_is_new = entry.name, entry.kind, entry.id.startswith("new:")
            opens = self._body_opened_in_title(toks, d, j, hit)
            if opens is not None:
                # "Director of the Summits of the Americas Secretariat": the body found by its form ("Americas
                # Secretariat") is the end of a longer name that opens after the title's own "of the"
                d.title, d.title_end = _text(toks, d.a, opens - 2), opens - 2
                d.organization, d.org_is_new = _text(toks, opens, _index_at_or_after(toks, hit[1], t)), True
                d.org_span = (toks[opens].start, hit[1])
            longer = self._body_named_after(toks, t, _index_at_or_after(toks, hit[1], t), d.scan_end, spans)
            if longer is not None and self._unit_named_in_title(toks, j, [x.text for x in toks[t:longer]]) \
                    and not (longer < len(toks) and toks[longer].text == "in"):  # (not "Head of the UN-Habitat
                # Country Programme in Iraq": a body posted in a place is the organization)
                # "Director of the WHO Global Malaria Programme", "Head of the IGAD Disaster Risk Management
                # Programme": a unit of the known body its name opens with, headed by the title, stays in the
                # title; the known body is the organization (dev README: a unit written inside the title with "of")
                d.title, d.title_end = _text(toks, d.a, longer).rstrip("."), longer
                hit = (hit[0], toks[longer - 1].end, hit[2])
            elif longer is not None:
                # "Chair of the CARICOM Reparations Commission": a known body's name opens the name of one of its
                # bodies, which is the person's
                d.organization, d.org_is_new, d.org_span = _text(toks, t, longer), True, (toks[t].start, toks[longer - 1].end)
                hit = (hit[0], toks[longer - 1].end, hit[2])
            elif opens is None and toks[j].text == "of" and toks[j + 1].text in ("the", "The") \
                    and self._title_re_ci.fullmatch(_text(toks, d.a, j)):
                unit = self._lower_unit_after(toks, _index_at_or_after(toks, hit[1], t), len(toks), spans)
                if unit is not None:
                    # "Head of the OCHA sub-office in Goma", "head of the ODIHR election observation mission to
                    # Georgia": a unit of the known body written in lower case, with the place it covers, stays in
                    # the title (dev README: a unit written inside the title with "of"); the body is the organization
                    d.title, d.title_end = _text(toks, d.a, unit), unit
                    hit = (hit[0], toks[unit - 1].end, hit[2])
            if opens is None and longer is None and toks[j].text in ("of", "at") and entry.kind != "government" \
                    and not any(hit[0] <= sp[0] < hit[1] and sp[2].label == "COUNTRY" for sp in spans):
                jj = next((x for x in range(d.a + 1, j - 2) if toks[x].text == "of" and self.is_title(_text(toks, d.a, x))), None)
                t0 = jj + 2 if jj is not None and toks[jj + 1].text in ("the", "The") else (jj or 0) + 1
                own = _text(toks, t0, j).rstrip(".") if jj is not None and 2 <= j - t0 <= 7 else ""
                if own and toks[t0].text[:1].isupper() and toks[j - 1].text[:1].isupper() \
                        and all(x.text[:1].isupper() and _word_like(x.text) or x.text in _FUNCTION_WORDS for x in toks[t0:j]) \
                        and not any(toks[t0].start <= sp[0] < toks[j - 1].end and sp[0:2] != (toks[t0].start, toks[j - 1].end)
                                    for sp in spans) \
                        and any(own.endswith(" " + h) if " " not in h else f" {h} " in f" {own} " for h in _BODIES_OF_THEIR_OWN):
                    # "President of the Regional Women's Forum of the ICGLR", "Director of the Centre for Reparation
                    # Research at the University ...": a body of its own, not a unit, is the organization
                    d.title, d.title_end = _text(toks, d.a, jj), jj
                    d.organization, d.org_kind, d.org_is_new = own, "other", True
                    d.org_span = (toks[t0].start, toks[j - 1].end - (1 if toks[j - 1].text.endswith(".") else 0))
        # a later "of Y" after "to the United Nations" does not occur; one affiliation per segment
        rest = _index_at_or_after(toks, hit[1], t)
        if d.country is None and rest + 2 < len(toks) and toks[rest].text == "(" and toks[rest + 2].text == ")":
            inside = _entry_exactly(spans, toks[rest + 1].start, toks[rest + 1].end)
            if inside is not None and inside.label == "COUNTRY":
                d.country = inside.code  # "President of the Assembleia da República (Portugal)"
        for jj in range(rest, d.scan_end):
            if toks[jj].text not in _CONNECTORS:
                continue
            hit2 = _affiliation_at(toks, jj, d.scan_end, spans)
            if hit2 is None:
                continue
            if hit2[2].label == "COUNTRY" and d.country is None:
                d.country = hit2[2].code
            elif toks[jj].text == "to":
                if hit2[2].id == "org:un":
                    d.skip.append((toks[jj].start, hit2[1]))
            elif hit2[2].label == "ORG" and d.organization is None and d.country is None:
                d.organization, d.org_kind = hit2[2].name, hit2[2].kind
            elif hit2[2].label == "ORG" and d.organization is None and toks[jj].text == "of" and any(
                    toks[y].text == "and" and toks[y + 1].text in self.title_words for y in range(max(rest, jj - 4), jj - 1)):
                # "Minister of Foreign Affairs of Nigeria and Chair of the Council of Ministers": the State the
                # person represents, and the body of the second role is the person's organization
                d.organization, d.org_kind = hit2[2].name, hit2[2].kind
        if d.organization is None:
            self._second_role_body_before_title(toks, d, rest, spans)

    @staticmethod
    def _lower_unit_after(toks: list[_Tok], k: int, end: int, spans) -> int | None:
        """The end of a unit written in lower case from ``toks[k]`` (up to four words, the last a unit's head:
        "sub-office", "election observation mission"), with "in" or "to" and the place or State it covers
        after it; None when there is none or no place is written."""
        x = k
        while x < end and x - k < 4 and re.fullmatch(r"[a-z]+(?:-[a-z]+)*", toks[x].text) \
                and toks[x].text not in _FUNCTION_WORDS and toks[x].text not in _CONNECTORS:
            x += 1
        if x == k or toks[x - 1].text not in _UNITS_OF_A_TITLE_LOWER:
            return None
        if x + 1 < end and toks[x].text in ("in", "to"):
            place = _entry_starting(spans, toks[x + 1].start)
            if place is not None and place[2].label in ("COUNTRY", "LOCATION"):
                return _index_at_or_after(toks, place[1], x + 1)
        return None  # ("Head of the SHF unit": a unit that covers no place written is the organization's own name)

    def _body_opened_in_title(self, toks: list[_Tok], d: _RoleDraft, j: int, hit) -> int | None:
        """Where a body's name opens inside the title read up to ``toks[j]`` ("of the Americas Secretariat" after
        "Director of the Summits"): the body after ``j`` found only by its form, after "of the"; before ``j``, the
        title's "of the" and one to three capitalized words in the plural, no title's or portfolio's, the title
        before them a known title and the title up to ``j`` none ("Chief of Staff of the ..." stays whole)."""
        if not hit[2].id.startswith("new:") or hit[2].label != "ORG" or toks[j].text != "of" or j + 1 >= len(toks) \
                or toks[j + 1].text != "the" or toks[j - 1].text[-1:] != "s":
            return None
        x = j
        while x > d.a + 2 and j - x < 3 and toks[x - 1].text[:1].isupper() and _name_like(toks[x - 1].text) \
                and toks[x - 1].text not in self.title_words and toks[x - 1].text not in _PORTFOLIO_WORDS \
                and toks[x - 1].text not in ORG_KEYWORDS and not _common_noun_like(toks[x - 1].text) \
                and toks[x - 1].text not in ("Affairs", "Services", "Programmes", "Programs", "Relations", "Studies"):
            x -= 1  # (not a field: "Director of Operations of the ...", "Head of Public Affairs of the ...")
        if x == j or x < d.a + 3 or toks[x - 1].text != "the" or toks[x - 2].text != "of" \
                or not self._title_re.fullmatch(_text(toks, d.a, x - 2)) or self._title_re.fullmatch(_text(toks, d.a, j)) \
                or toks[x - 3].text in _PORTFOLIO_TITLES:
            return None
        return x

    def _second_role_body_before_title(self, toks: list[_Tok], d: _RoleDraft, rest: int, spans) -> None:
        """Step 5d of :meth:`_role`: "Permanent Representative of Samoa to the United Nations and AOSIS Chair": a
        second role, written after its body's name, ends the first segment; the body is the person's."""
        x = next((y for y in range(rest, d.scan_end - 2) if toks[y].text == "and"), None)
        if x is None:
            return
        b0 = x + 2 if toks[x + 1].text in ("the", "The") else x + 1
        second = _entry_starting(spans, toks[b0].start) if b0 < d.scan_end else None
        if second is None or second[2].label != "ORG":
            return
        k2 = _index_at_or_after(toks, second[1], b0)
        if k2 < d.scan_end and self._title_re.fullmatch(_text(toks, k2, d.scan_end).rstrip(".")):
            d.organization, d.org_kind, d.org_is_new = second[2].name, second[2].kind, second[2].id.startswith("new:")

    def _body_named_after(self, toks: list[_Tok], t: int, after: int, end: int, spans) -> int | None:
        """End of a body's name that a known body's name at ``toks[t:after]`` opens: capitalized words up to a
        body's head word ("CARICOM Reparations Commission"), none of them a title or another known name."""
        x = after
        other = _entry_starting(spans, toks[x + 1].start) if x + 1 < end and toks[x].text == "and" else None
        y = _index_at_or_after(toks, other[1], x) if other is not None and other[2].label == "ORG" else end
        if y < end and toks[y].text.rstrip(".") in _UNIT_HEADS and (y + 1 >= len(toks) or toks[y].text.endswith(".")
                                                                    or toks[y + 1].text in (",", ";", ")")):
            return y + 1  # "OSCE and Council of Europe Division": a unit named for two bodies
        while x < end and toks[x].text[:1].isupper() and _word_like(toks[x].text) and not self.is_title(toks[x].text) \
                and x - after < 5:
            inner = _entry_starting(spans, toks[x].start)
            if inner is not None:
                y = _index_at_or_after(toks, inner[1], x)
                if inner[2].label == "ORG" and y < end and toks[y].text in _UNIT_HEADS and y - after < 6:
                    x = y  # "OHCHR Special Procedures Branch": the unit of a known body named after another's name
                    continue
                break
            x += 1
        if x == after or toks[x - 1].text not in ORG_KEYWORDS and toks[x - 1].text not in _UNIT_HEADS:
            return None
        if toks[x - 1].text in ("Delegation", "Mission") and x + 1 < end and toks[x].text == "to":
            y = x + 2 if toks[x + 1].text in ("the", "The") else x + 1
            to = _entry_starting(spans, toks[y].start) if y < end else None
            if to is not None and to[2].label == "ORG":
                return _index_at_or_after(toks, to[1], y)  # "European Union Delegation to the United Nations"
        if x == after + 1 and toks[after].text.rstrip(".") in ("Secretariat", "Headquarters", "Office", "Commission") \
                and not (x + 1 < end and toks[x].text in ("of", "for", "on")):
            return None  # "FATF Secretariat": the body itself
        if x + 1 < end and toks[x].text in ("of", "for", "on"):
            # "ILO Department of Communication": the unit's field after its head word
            y = x + 2 if toks[x + 1].text in ("the", "The") and x + 2 < end else x + 1
            z = y
            while z < end and toks[z].text[:1].isupper() and _word_like(toks[z].text) and not self.is_title(toks[z].text) \
                    and _entry_starting(spans, toks[z].start) is None and z - y < 5:
                z += 1
            if z > y and (z >= len(toks) or toks[z].text in (",", ";", ")")):
                return z
        if x < len(toks) and (toks[x].text[:1].isupper() or toks[x].text in ("of", "for", "on")):
            return None  # the name goes on beyond what is read here
        return x

    def _later_segments(self, toks: list[_Tok], d: _RoleDraft, segments: list[tuple[int, int]], spans) -> None:
        """Step 6 of :meth:`_role`: the segments after the title's, read until one is no part of the role;
        ``d.last`` ends the last one read."""
        d.last = d.b
        later = [sg for sg in segments[1:] if sg[0] >= d.scan_end] if d.scan_end > d.b else segments[1:]
        if d.scan_end > d.b:
            d.last = d.scan_end
        skip_to = -1
        for a2, b2 in later:
            if a2 < skip_to:
                continue
            if self._portfolio_goes_on(toks, d, a2, b2, spans) or self._dash_portfolio(toks, d, a2, b2, later, spans):
                continue
            org_before = d.organization
            if not self._later_segment(toks, d, a2, b2, later, spans):
                if self._body_name_goes_on(toks, d, a2, b2, later, spans):
                    continue
                break
            if d.organization is not None and d.organization != org_before:
                skip_to = self._body_list_goes_on(toks, d, a2, b2, later, spans)

    def _dash_portfolio(self, toks: list[_Tok], d: _RoleDraft, a2: int, b2: int, later: list[tuple[int, int]],
                        spans) -> bool:
        """Step 6a (dash) of :meth:`_role`: the field a title covers, written after a dash standing alone, with the
        body in a segment after it ("Senior Programme Officer - Water, SADC Secretariat", "Director - Africa and
        Regional Integration, Ministry of Foreign Affairs ..."): part of the title as written. Not a field that
        names a State, a place or a known body, nor one after a comma, but for a region the title covers written
        alone after it, the body after ("Regional Coordinator, Southern Africa, United Nations Regional Centre ...")."""
        region = not toks[d.b].dash and toks[d.b].text == "," and any(
            sp[0] == toks[a2].start and sp[1] == toks[b2 - 1].end and sp[2].label == "LOCATION" for sp in spans)
        if d.organization is not None or d.country is not None or d.title_end != d.b or a2 != d.b + 1 \
                or not (toks[d.b].dash or region) or not d.title or d.title != _text(toks, d.a, d.b) or not 1 <= b2 - a2 <= 5:
            return False
        if not all(toks[x].text[:1].isupper() and _word_like(toks[x].text) or x > a2 and toks[x].text in ("and", "&")
                   for x in range(a2, b2)) or toks[b2 - 1].text in ("and", "&") or self.is_title(_text(toks, a2, b2)) \
                or any(sp[0] < toks[b2 - 1].end and toks[a2].start < sp[1] and sp[2].label != "LOCATION" for sp in spans):
            return False  # ("Director - Africa and Regional Integration": a region a field covers stays in it)
        nxt = next((sg for sg in later if sg[0] == b2 + 1), None)
        if nxt is None or not _names_a_body(toks, nxt[0], nxt[1], spans):
            return False
        d.b = d.title_end = d.last = b2
        d.title = _text(toks, d.a, b2)
        return True

    def _body_list_goes_on(self, toks: list[_Tok], d: _RoleDraft, a2: int, b2: int, later: list[tuple[int, int]],
                           spans) -> int:
        """Step 6a'' of :meth:`_role`: a body just read from the segment ``toks[a2:b2]`` whose name goes on with a
        list of fields over commas, closed by "and" ("Director, Department of Environment, Climate Change and
        Health", "Director General, Department of Planning, Budget and Performance"): the body's name is
        read to the list's end. Returns the index the later segments are read from again (-1: none read)."""
        first = a2 + 1 if toks[a2].text in ("the", "The") and a2 + 1 < b2 else a2
        written = _text(toks, first, b2).rstrip(".")
        if d.organization != written or not any(toks[x].text in ("of", "for", "on") for x in range(first + 1, b2 - 1)) \
                or toks[b2 - 1].text.endswith("."):
            return -1  # (a known body under its canonical name, or one named without its field, goes on no list)
        end = None
        nxt = b2
        state = None
        for a3, b3 in later:
            if a3 != nxt + 1:
                continue
            of = next((x for x in range(a3 + 1, b3 - 1) if toks[x].text == "of" and toks[x - 1].text[:1].isupper()
                       and getattr(_entry_exactly(spans, toks[x + 1].start, toks[b3 - 1].end), "label", None) == "COUNTRY"),
                      b3) if d.country is None else b3
            # ("Ministry of Environment, Water and Agriculture of Saudi Arabia": the list closes with the body's State)
            words = [t.text for t in toks[a3:of]]
            if not 1 <= len(words) <= 5 or not all(w[:1].isupper() and _word_like(w.rstrip(".")) or w in ("and", "&")
                                                   for w in words) \
                    or words[0] in ("and", "&") or words[-1] in ("and", "&") \
                    or any(a3 <= _index_at_or_after(toks, sp[0], 0) < of for sp in spans) \
                    or self.is_title(_text(toks, a3, of)) or any(w.rstrip(".") in ORG_KEYWORDS for w in words) \
                    or of < b3 and "and" not in words and "&" not in words:
                break
            nxt = b3
            if "and" in words or "&" in words:
                end = b3
                if of < b3:
                    state = _entry_exactly(spans, toks[of + 1].start, toks[b3 - 1].end)
                break
            if toks[b3 - 1].text.endswith("."):
                break
        if end is None:
            return -1
        core_end = toks[end - 1].end - (1 if toks[end - 1].text.endswith(".") else 0)
        d.organization = _text(toks, first, end).rstrip(".")
        d.org_kind = d.org_kind or "other"
        d.org_is_new, d.org_span = True, (toks[first].start, core_end)
        if state is not None:
            d.country, d.org_kind = state.code, "government"
        d.last = end
        return end

    def _body_name_goes_on(self, toks: list[_Tok], d: _RoleDraft, a2: int, b2: int, later: list[tuple[int, int]],
                           spans) -> bool:
        """Step 6a' of :meth:`_role`: whether the unread segment ``toks[a2:b2]`` is the rest of the body's name
        before a last segment naming the State ("Director General, Office of the Registrar General, Birth and
        Death Registration, Bangladesh"): the State is then read."""
        last = later[-1]
        if d.country is not None or not d.org_from_segment or (a2, b2) == last or last[0] != b2 + 1:
            return False
        if not all(toks[x].text[:1].isupper() and _word_like(toks[x].text) or toks[x].text in ("and", "&", "of")
                   for x in range(a2, b2)) or any(a2 <= _index_at_or_after(toks, sp[0], 0) < b2 for sp in spans):
            return False
        state = _entry_exactly(spans, toks[last[0]].start, toks[last[1] - 1].end)
        return state is not None and state.label == "COUNTRY"

    def _portfolio_goes_on(self, toks: list[_Tok], d: _RoleDraft, a2: int, b2: int, spans) -> bool:
        """Step 6a of :meth:`_role`: a later segment ``toks[a2:b2]`` that goes on with the title's
        portfolio ("Minister for Foreign Affairs, International Cooperation and Communities")."""
        places = {"LOCATION", "COUNTRY"} if self._ends_with_place(toks, d, spans) else {"LOCATION"}
        state, core = None, b2
        last = next((sp for sp in spans if sp[1] == toks[b2 - 1].end and sp[2].label == "COUNTRY"), None)
        if last is not None:
            k = _index_at_or_after(toks, last[0], a2)
            of = k - 2 if k - 2 > a2 and toks[k - 1].text in ("the", "The") else k - 1
            if of > a2 and toks[of].text == "of":
                state, core = last[2].code, of  # "..., National Security and Correctional Services of Solomon Islands"
        elif b2 - a2 >= 4 and toks[b2 - 1].text == ")":
            o = next((x for x in range(b2 - 3, a2, -1) if toks[x].text == "("), None)
            inner = next((sp for sp in spans if o is not None and sp[0] == toks[o + 1].start and sp[1] == toks[b2 - 2].end
                          and sp[2].label == "COUNTRY"), None)
            if inner is not None:
                state, core = inner[2].code, o  # "..., Housing and Country Planning (Sierra Leone)": the State in brackets
        body = self._body_after_portfolio(toks, a2, b2, spans)
        if body is not None and body[2] is not None:
            state, core = None, body[0]  # "..., Public Services and Indigenous Peoples of the Ombudsman's Office of Peru"
        else:
            body = None
        joined = any(toks[x].text in ("and", "&") for x in range(a2, core))
        portfolio = re.search(r"\b(?:of|for)\b", d.title) or self._places_list_goes_on(toks, d, a2, core, spans)
        if d.title_end == a2 - 1 and (d.country is None or d.country_from_lead) and (d.organization is None or d.org_from_lead) \
                and (portfolio or joined and (d.title.split()[-1].split("-")[0] in _PORTFOLIO_TITLES or any(
                    toks[x].text in _PORTFOLIO_WORDS for x in range(a2, core)))) and all(
                    toks[x].text[:1].isupper() and _word_like(toks[x].text) or toks[x].text in ("and", "&")
                    or toks[x].text == "the" and x > a2 and toks[x - 1].text == "and"
                    or toks[x].text == "the" and x == a2 and joined and bool(portfolio) and x + 1 < core
                    and toks[x + 1].text[:1].isupper()  # "Minister for Equipment, the Environment and Urban Development"
                    or self._last_field_of(toks, a2, x, core) and bool(portfolio)
                    for x in range(a2, core)) and (toks[a2].text[:1].isupper() or toks[a2].text == "the") \
                and not any(toks[x].text.rstrip(".") in ORG_KEYWORDS and not (portfolio and joined)
                            or self.is_title(toks[x].text) for x in range(a2, core)) \
                and not any(a2 <= _index_at_or_after(toks, sp[0], 0) < core and sp[2].label not in places
                            and not (portfolio and joined and sp[2].id.startswith("new:")) for sp in spans) \
                and (core - a2 <= 6 or joined and portfolio and core - a2 <= 8) \
                and (joined or b2 < len(toks) and toks[b2].text == ","
                     and b2 + 1 < len(toks) and toks[b2 + 1].text[:1].isupper()
                     and (toks[b2 + 1].text not in self.title_words or self._last_field_next(toks, b2 + 1))):
            # (a portfolio list goes on to its "and"; "Head of Compliance, Hana Digital Assets" names a body;
            # "Chief, Demographic and Social Statistics, African Centre ..." names a unit: no portfolio without
            # "of"/"for", a minister's title or a portfolio's word)
            # "Minister for Foreign Affairs, International Cooperation and Communities": the portfolio goes on,
            # perhaps to the State it is of
            d.title_end = core
            d.title = _text(toks, d.a, core).rstrip(".")
            d.last = b2
            d.country = state or (d.country if d.country_from_lead else None)
            if body is not None:
                d.country, d.organization, d.org_kind, d.org_span = body[1], body[2], body[3], body[4]
                d.org_is_new, d.org_from_lead = body[3] == "other", False
            return True
        return False

    def _last_field_next(self, toks: list[_Tok], a3: int) -> bool:
        """Whether the segment from ``toks[a3]`` to the next comma closes a portfolio list with its "and" and is no
        title, though its first word is a title's ("Minister of National Solidarity, Social Affairs, Human Rights
        and Gender")."""
        b3 = next((x for x in range(a3, len(toks)) if toks[x].text in (",", ";", "(", ")") or toks[x].nl and x > a3),
                  len(toks))
        words = [t.text for t in toks[a3:b3]]
        return 3 <= len(words) <= 6 and "and" in words[1:-1] and all(
            w[:1].isupper() and _word_like(w) or w == "and" for w in words) and not self.is_title(_text(toks, a3, b3))

    @staticmethod
    def _last_field_of(toks: list[_Tok], a2: int, x: int, core: int) -> bool:
        """Whether ``toks[x]`` is the "of" (or the "the" after it) inside the last field of a portfolio list, after
        the list's "and" and before capitalized words ("..., Former Combatants and Veterans of the Homeland")."""
        if toks[x].text == "the" and x > a2 and toks[x - 1].text == "of":
            x -= 1
        if toks[x].text != "of" or x + 1 >= core or not any(toks[y].text in ("and", "&") for y in range(a2, x - 1)):
            return False
        y = x + 2 if toks[x + 1].text == "the" else x + 1
        return y < core and toks[y].text[:1].isupper() and toks[x - 1].text[:1].isupper()

    def _body_after_portfolio(self, toks: list[_Tok], a2: int, b2: int, spans):
        """The body a portfolio list is of, written after the list's "and" ("Public Services and Indigenous
        Peoples of the Ombudsman's Office of Peru", "Arms Control and Non-Proliferation at Austria's Ministry for
        European and International Affairs"): (index of the "of"/"at", State, name, kind, span), or None. The
        body is a known one, or a name with a body's head noun ("Office", "Ministry")."""
        andx = next((x for x in range(a2 + 1, b2) if toks[x].text in ("and", "&")), None)
        if andx is None:
            return None
        ofx = next((x for x in range(andx + 2, b2 - 1) if toks[x].text in ("of", "at")), None)
        if ofx is None:
            return None
        s0 = ofx + 2 if toks[ofx + 1].text in ("the", "The") and ofx + 2 < b2 else ofx + 1
        state = None
        owner = toks[s0].text
        if owner.endswith(("'s", "’s")) and s0 + 1 < b2:
            hit = next((sp for sp in spans if sp[0] == toks[s0].start and sp[1] == toks[s0].end - 2), None)
            if hit is not None and hit[2].label == "COUNTRY":
                state, s0 = hit[2].code, s0 + 1  # "at Austria's Ministry for ...": the State, then its body
        words = [t.text for t in toks[s0:b2]]
        if not words[0][:1].isupper() or not all(w[:1].isupper() or w in _FUNCTION_WORDS or w in ("and", "of", "for", "the")
                                                 for w in words):
            return None
        entry = _entry_exactly(spans, toks[s0].start, toks[b2 - 1].end)
        if entry is not None and entry.label == "COUNTRY":
            return ofx, entry.code, None, None, None
        if entry is not None and entry.label == "ORG":
            return ofx, state or self._government_state(toks, s0, b2, spans, entry), entry.name, entry.kind, None
        if not any(w.rstrip("’'s") in SHORT_BODY_HEADS or w in ORG_KEYWORDS for w in words):
            return None
        if state is None:
            state = next((sp[2].code for sp in spans if sp[2].label == "COUNTRY" and sp[1] == toks[b2 - 1].end
                          and _index_at_or_after(toks, sp[0], s0) > s0
                          and toks[_index_at_or_after(toks, sp[0], s0) - 1].text == "of"), None)
        name = _text(toks, s0, b2)
        return ofx, state, name, "government" if state else "other", (toks[s0].start, toks[b2 - 1].end)

    @staticmethod
    def _portfolio_after_article(toks: list[_Tok], j: int, hit) -> bool:
        """Whether the body found by its form after the connector at ``j`` follows "the" and opens with a portfolio's
        word ("of the Interior, Public Security and ...", "of the Environment and Natural Resources")."""
        return j + 2 < len(toks) and toks[j + 1].text == "the" and toks[j + 2].start == hit[0] \
            and toks[j + 2].text.rstrip(",") in _PORTFOLIO_WORDS

    @staticmethod
    def _named_by_acronym(toks: list[_Tok], hit) -> bool:
        """Whether a body found by its form is named by an acronym ("Executive Secretary of CICTE", "of GRECO"):
        a body's name, not a minister's portfolio."""
        return any(hit[0] <= t.start < hit[1] and _ACRONYM_WORD.match(t.text.rstrip(".,;:")) for t in toks)

    def _places_list_goes_on(self, toks: list[_Tok], d: _RoleDraft, a2: int, b2: int, spans) -> bool:
        """Whether the title read so far ends with a State or place after "to" ("acting WHO Representative to Samoa")
        and the later segment ``toks[a2:b2]`` names only States or places ("Cook Islands", "Niue and Tokelau"):
        the list of places the office covers goes on."""
        end = toks[d.title_end - 1].end
        hit = next((sp for sp in spans if sp[1] == end and sp[2].label in ("COUNTRY", "LOCATION")), None)
        if hit is None:
            return False
        k = _index_at_or_after(toks, hit[0], d.a)
        if not (k > d.a and (toks[k - 1].text == "to" or toks[k - 1].text == "," and d.title_end > d.b)):
            return False
        return all(toks[x].text in ("and", "&") or any(sp[0] <= toks[x].start < sp[1]
                                                        and sp[2].label in ("COUNTRY", "LOCATION") for sp in spans)
                   for x in range(a2, b2))

    def _ends_with_place(self, toks: list[_Tok], d: _RoleDraft, spans) -> bool:
        """Whether the title read so far ends with a State or place after "for" or "in" ("Resident Coordinator
        for Fiji"): a list of States or places may go on over commas ("..., Solomon Islands, Tonga and Vanuatu")."""
        end = toks[d.title_end - 1].end
        hit = next((sp for sp in spans if sp[1] == end and sp[2].label in ("COUNTRY", "LOCATION")), None)
        if hit is None:
            return False
        k = _index_at_or_after(toks, hit[0], d.a)
        return k > d.a and (toks[k - 1].text in ("for", "in", "to") or toks[k - 1].text == "," and d.title_end > d.b)

    def _later_segment(self, toks: list[_Tok], d: _RoleDraft, a2: int, b2: int, later: list[tuple[int, int]],
                       spans) -> bool:
        """Step 6b of :meth:`_role`: a later segment ``toks[a2:b2]`` naming a known body, a State (a
        mission's), an unknown capitalized body or a body with an ORG keyword; False when it is none."""
        wrapped = next((sp for sp in spans if sp[0] < toks[a2].start < sp[1] and sp[1] <= toks[b2 - 1].end
                        and not sp[2].id.startswith("new:")), None) if toks[a2].nl else None
        if wrapped is not None and wrapped[2].label == "ORG":
            # "Permanent Representative of Malta to the United\nNations Office at Geneva": the rest of a known
            # name wrapped over the line; what the role is accredited to is no body of the person's
            k = _index_at_or_after(toks, wrapped[0], 0)
            to = toks[k - 2].text if k >= 2 and toks[k - 1].text in ("the", "The") else toks[k - 1].text if k >= 1 else ""
            if to != "to" and d.organization is None:
                d.organization, d.org_kind, d.org_is_new = wrapped[2].name, wrapped[2].kind, wrapped[2].id.startswith("new:")
            d.last = b2
            return True
        before = [t.text for t in toks[max(0, a2 - 3):a2] if t.start < t.end]
        if before[-2:] == ["to", "the"] and toks[a2].nl and any(
                sp[0] == toks[a2].start and sp[1] == toks[b2 - 1].end and sp[2].label == "ORG" for sp in spans):
            d.last = b2  # "... of Ghana to the\nUnited Nations Office at Geneva": accredited there, wrapped
            return True
        seg = _text(toks, a2, b2).rstrip(".")
        seg_core = seg[4:] if seg.startswith(("the ", "The ")) else seg
        first_tok = a2 + 1 if seg.startswith(("the ", "The ")) else a2
        # "Organization for Security and Co-operation in Europe (OSCE)": the name, then its acronym
        b_core = b2
        if b2 - first_tok >= 4 and toks[b2 - 1].text == ")" and toks[b2 - 3].text == "(":
            b_core = b2 - 3
        elif toks[b2 - 1].text == ")" and any(toks[x].text == "(" for x in range(first_tok + 1, b2)):
            b_core = max(x for x in range(first_tok + 1, b2) if toks[x].text == "(")  # "X Foundation (Fundación X)"
        entry, mission = self._segment_entry(toks, d, a2, b2, first_tok, b_core, spans)
        if entry is not None and entry.label == "COUNTRY" and d.organization is not None and mission is None \
                and (d.org_kind == "un_entity" or d.organization.startswith(("United Nations ", "UN "))):
            d.last = b2  # "United Nations Resident Coordinator Office, Kyrgyzstan": where the office sits
            return True
        prev = next((sg for sg in later if sg[1] == a2 - 1), None)
        if entry is not None and entry.label == "COUNTRY" and mission is None and d.country is None and prev is not None \
                and any(sp[2].label == "LOCATION" and sp[0] == toks[prev[0]].start and sp[1] == toks[prev[1] - 1].end
                        for sp in spans):
            d.last = b2  # "..., EAC Secretariat, Arusha, Tanzania": an address, not the State the person represents
            return True
        if entry is not None:
            self._known_segment(toks, d, a2, b2, first_tok, seg_core, entry, mission, spans)
            d.last = b2
            return True
        if d.country is None and d.organization is not None and self._government_state(toks, first_tok, b2, spans, None):
            # "Director-General, Global Issues Department, Ministry of Foreign Affairs of Japan": the State whose
            # government the unit belongs to
            d.country, d.last = self._government_state(toks, first_tok, b2, spans, None), b2
            return True
        if d.country is None and d.organization is None and self._second_title_of(toks, a2, b2, spans, "COUNTRY"):
            # "Deputy Prime Minister - Minister of Foreign Affairs of Kazakhstan": a second title, of the
            # State the person represents
            d.country, d.last = self._second_title_of(toks, a2, b2, spans, "COUNTRY").code, b2
            self._join_second_title(toks, d, a2, b2, spans, "COUNTRY")
            return True
        if d.organization is None and self._second_title_of(toks, a2, b2, spans, "ORG"):
            # "Senior Minister, President of the Cambodian Human Rights Committee": a second title, of a body
            entry = self._second_title_of(toks, a2, b2, spans, "ORG")
            d.organization, d.org_kind, d.org_is_new, d.last = entry.name, entry.kind, entry.id.startswith("new:"), b2
            self._join_second_title(toks, d, a2, b2, spans, "ORG")
            return True
        if self._minister_second_title(toks, d, a2, b2, spans):
            d.last = b2  # "Minister of State, Minister of Foreign Affairs;", "Minister of Justice, Keeper of the Seals,"
            return True
        if self._unit_before_body(toks, d, a2, b2, first_tok, later, spans):
            # "Technical Officer, Health Information Systems, World Health Organization": the first body after
            # the title, a unit included, is the person's
            d.organization, d.org_kind, d.org_from_segment = _text(toks, first_tok, b2).rstrip("."), "other", True
            d.org_span = (toks[first_tok].start, toks[b2 - 1].end - (1 if toks[b2 - 1].text.endswith(".") else 0))
            d.last = b2
            return True
        if d.organization is None and d.country is None and b2 - first_tok == 1 \
                and all(not toks[x].text[:1].isalpha() or "@" in toks[x].text for x in range(b2, later[-1][1])) \
                and _ACRONYM_WORD.match(toks[first_tok].text.rstrip(".")) and not self.g.is_not_entity(toks[first_tok].text.rstrip(".")) \
                and not any(sp[0] <= toks[first_tok].start and toks[first_tok].end <= sp[1] + 1 for sp in spans) \
                and self.is_title(d.title):
            # "Communication and Outreach Specialist, Nile-SEC | +256 ...": a body no gazetteer knows, named by its
            # acronym, last but for a telephone number or an address
            name = toks[first_tok].text.rstrip(".")
            d.organization, d.org_kind, d.org_is_new, d.org_from_segment = name, "other", True, True
            d.org_span = (toks[first_tok].start, toks[first_tok].start + len(name))
            d.last = b2
            return True
        return self._named_body_segment(toks, d, a2, b2, first_tok, later, spans) \
            or self._keyword_body_segment(toks, d, a2, b2, seg, seg_core, b_core)

    def _unit_before_body(self, toks: list[_Tok], d: _RoleDraft, a2: int, b2: int, first_tok: int,
                          later: list[tuple[int, int]], spans) -> bool:
        """Step 6d' of :meth:`_role`: whether the later segment ``toks[a2:b2]`` is an unknown unit named in
        capitals, followed by a segment naming a known body or a body with an ORG keyword ("Director, Civil
        Registry, National Directorate of Identity, Ecuador")."""
        if d.organization is not None or d.country is not None or not 2 <= b2 - first_tok <= 7:
            return False
        nxt = next((sg for sg in later if sg[0] == b2 + 1), None)
        if nxt is None or toks[first_tok].nl and not toks[nxt[0]].nl:
            return False
        if not all(toks[x].text[:1].isupper() and _word_like(toks[x].text) or toks[x].text in ("and", "&", "of", "for")
                   for x in range(first_tok, b2)) or toks[b2 - 1].text in ("and", "&", "of", "for"):
            return False
        unit = _text(toks, first_tok, b2).rstrip(".")
        if self.is_title(unit) or self.g.is_not_entity(unit) \
                or any(first_tok <= _index_at_or_after(toks, sp[0], 0) < b2 for sp in spans):
            return False
        n0 = nxt[0] + 1 if toks[nxt[0]].text in ("the", "The") and nxt[0] + 1 < nxt[1] else nxt[0]
        hit = _entry_starting(spans, toks[n0].start)
        if hit is not None and hit[2].label == "ORG":
            return True
        words = [t.text.rstrip(".") for t in toks[n0:nxt[1]]]
        return toks[n0].text[:1].isupper() and any(w in ORG_KEYWORDS for w in words) and not self.is_title(words[0])

    def _second_title_of(self, toks: list[_Tok], a2: int, b2: int, spans, label: str) -> Entry | None:
        """The State or body (``label``) of a later segment ``toks[a2:b2]`` that is a title of it ("Minister
        of Foreign Affairs of the Republic of Kazakhstan", "President of the Cambodian Human Rights
        Committee"): a title first, the State or body last after "of"; else None."""
        last = next((sp for sp in spans if sp[1] == toks[b2 - 1].end and sp[2].label == label), None)
        if last is None:
            return None
        k = _index_at_or_after(toks, last[0], a2)
        of = k - 2 if k - 2 > a2 and toks[k - 1].text in ("the", "The") else k - 1
        if of <= a2 or toks[of].text != "of" or not self._title_re.match(_text(toks, a2, of)):
            return None
        return last[2]

    def _minister_second_title(self, toks: list[_Tok], d: _RoleDraft, a2: int, b2: int, spans) -> bool:
        """A minister's second title written right after the first over a comma, with no State or body after it
        ("Minister of State, Minister of Foreign Affairs;", "Minister of Justice, Keeper of the Seals, and ..."):
        both titles are the title as written (with a State or body after it, see :meth:`_join_second_title`)."""
        if d.country is not None or d.organization is not None or not d.title \
                or not re.search(r"\bMinist(?:er|re)\b", d.title) \
                and not (_text(toks, a2, b2).rstrip(".") in _HEADS_OF_STATE and d.title.split(" of ")[0] in _HEADS_OF_STATE):
            return False  # (a head of State's: "President of the Republic, Head of State, Head of Government")
        if d.title_end not in (d.b, d.last) or d.title != _text(toks, d.a, d.title_end) or a2 != d.title_end + 1 \
                or toks[d.title_end].text != "," or toks[d.title_end].tab \
                or toks[d.title_end].start != toks[d.title_end - 1].end and not toks[d.title_end].dash:
            return False
        second = _text(toks, a2, b2).rstrip(".")  # ("..., Head of Government." ending the sentence)
        if any(toks[a2].start <= sp[0] and sp[1] <= toks[b2 - 1].end for sp in spans) \
                or not (self._title_re.fullmatch(second) or re.fullmatch(
                    r"(?:Deputy |Vice-)?Minist(?:er|re) (?:of|for|in charge of|delegate for) (?:[A-Z][\w’'-]+ ?|and |the |of )+", second)):
            return False  # a State or body in it names whose the title is, read by the steps after
        d.title_end = b2
        d.title = _text(toks, d.a, b2).rstrip(".")
        return True

    def _join_second_title(self, toks: list[_Tok], d: _RoleDraft, a2: int, b2: int, spans, label: str) -> None:
        """Step 6b' of :meth:`_role`: a minister's second title written right after the first over a comma, then the State
        or body of both ("Minister of State, Minister of Foreign Affairs of the Democratic Republic of the
        Congo", "Senior Minister, President of the Cambodian Human Rights Committee"): both titles are the title
        as written,
        the State or body stripped from the end of the second."""
        if d.title_end != d.b or d.title != _text(toks, d.a, d.title_end) or not d.title:
            return  # the title is not the whole of the first segment (a body or State was read after it)
        if a2 != d.title_end + 1 or toks[d.title_end].text != "," or toks[d.title_end].tab \
                or toks[d.title_end].start != toks[d.title_end - 1].end and not toks[d.title_end].dash:
            return  # a comma or a dash written after the first title (a cell boundary reads as one, no less)
        last = next(sp for sp in spans if sp[1] == toks[b2 - 1].end and sp[2].label == label)
        k = _index_at_or_after(toks, last[0], a2)
        of = k - 2 if k - 2 > a2 and toks[k - 1].text in ("the", "The") else k - 1
        second = _text(toks, a2, of)
        if not re.search(r"\bMinist(?:er|re)\b", d.title) \
                or self._title_re.fullmatch(second) is None and not second.startswith(("Minister ", "Ministre ")):
            return  # only a minister's titles are read as one ("Director, Secretary of the Venice Commission": a
            # director, and the secretariat's head after the comma)
        d.title_end = of
        d.title = _text(toks, d.a, of)

    def _segment_entry(self, toks: list[_Tok], d: _RoleDraft, a2: int, b2: int, first_tok: int, b_core: int,
                       spans) -> tuple[Entry | None, tuple | None]:
        """Step 6c of :meth:`_role`: the known body or State a later segment names, as ``(entry, mission)``
        (``mission`` when it names a Permanent Mission of a State)."""
        entry = _entry_exactly(spans, toks[first_tok].start, toks[b2 - 1].end)  # "Iran (Islamic Republic of)"
        mission = _mission_country(toks, first_tok, b2, spans)
        if mission is not None:
            entry = mission[2]  # "Counsellor, Permanent Mission of China": the State
        if entry is None:
            entry = _entry_exactly(spans, toks[first_tok].start, toks[b_core - 1].end) if b_core > first_tok else None
            if entry is not None and entry.label == "ORG" and b2 - b_core >= 3 and d.country is None:
                inside = _entry_exactly(spans, toks[b_core + 1].start, toks[b2 - 2].end)
                if inside is not None and inside.label == "COUNTRY":
                    d.country = inside.code  # "Institute of International Relations Prague (Czechia)"
        if entry is None and b_core > first_tok and toks[b_core - 1].text.endswith("."):
            entry = _entry_exactly(spans, toks[first_tok].start, toks[b_core - 1].end - 1)  # "..., UNOCT."
        if entry is None:
            # "Head of Communication, OCHA Somalia": a body's office in a country or a place
            hit = _entry_starting(spans, toks[first_tok].start)
            k3 = _index_at_or_after(toks, hit[1], first_tok) if hit is not None else b2
            if k3 + 1 < b2 and toks[k3].text == "in":
                k3 += 1  # "CARE International in Yemen"
            b3 = b2
            if b3 - k3 >= 4 and toks[b3 - 1].text == ")" and toks[b3 - 3].text == "(":
                station = _entry_exactly(spans, toks[b3 - 2].start, toks[b3 - 2].end)
                if station is not None and station.label == "LOCATION":
                    b3 -= 3  # "Access Coordinator, OCHA Yemen (Aden)": the office's duty station in brackets
            place = _entry_exactly(spans, toks[k3].start, toks[b3 - 1].end - (1 if toks[b3 - 1].text.endswith(".") else 0)) \
                if k3 < b3 else None
            if hit is not None and hit[2].label == "ORG" and place is not None and place.label in ("COUNTRY", "LOCATION"):
                entry = hit[2]
            elif hit is not None and hit[2].label == "ORG" and not hit[2].id.startswith("new:") and k3 + 1 == b3 \
                    and toks[k3].text[:1].isupper() and _word_like(toks[k3].text) and not toks[k3].text.isupper() \
                    and not _common_noun_like(toks[k3].text) \
                    and toks[k3].text not in self.title_words and toks[k3].text.rstrip(".") not in ORG_KEYWORDS \
                    and toks[k3].text not in _UNIT_HEADS and not self._title_re_ci.fullmatch(toks[k3].text.rstrip(".")) \
                    and _entry_starting(spans, toks[k3].start) is None and (b2 >= len(toks) or toks[b2].text != "(") \
                    and self.is_title(d.title):
                entry = hit[2]  # "Head of Sub-Office, UNHCR Gambella": a known body's office in a place no gazetteer knows
        if entry is None:
            mission = _mission_country(toks, first_tok, b2, spans)
            if mission is not None:
                entry = mission[2]
        return entry, mission

    def _known_segment(self, toks: list[_Tok], d: _RoleDraft, a2: int, b2: int, first_tok: int, seg_core: str,
                       entry: Entry, mission, spans=()) -> None:
        """Step 6d of :meth:`_role`: a later segment naming a known State or body: the country, a mission
        as written, or the first body named after the title."""
        if entry.label == "COUNTRY" and d.country is None:
            d.country = entry.code
            if mission is not None and d.organization is None and not toks[first_tok].text.endswith("s"):
                # "Counsellor, Permanent Mission of China to the United Nations": the mission, as written
                m_end = toks[b2 - 1].end - (1 if toks[b2 - 1].text.endswith(".") else 0)
                d.organization, d.org_kind, d.org_is_new = seg_core.rstrip("."), "government", True
                d.org_span, d.org_from_segment = (toks[first_tok].start, m_end), True
        elif entry.label == "ORG" and d.country is None and d.org_from_segment \
                and self._government_state(toks, first_tok, b2, spans, entry) is not None:
            d.country = self._government_state(toks, first_tok, b2, spans, entry)  # "..., Legal Unit, Government of X"
        elif entry.label == "ORG" and d.country is None and d.org_from_segment and entry.kind == "government":
            # "former Head, Civil Aviation Security, Israel Airports Authority": the State's own body named for it
            d.country = next((sp[2].code for sp in spans if sp[2].label == "COUNTRY" and sp[0] == toks[first_tok].start
                              and sp[1] < toks[b2 - 1].end), None)
        elif entry.label == "ORG" and (d.organization is None or not d.org_from_segment and (
                d.org_is_new and not entry.id.startswith("new:") or d.org_kind == "other" and d.org_span is not None)):
            # after a title written with commas the first body named is the person's, a unit included
            # ("Director, Policy Division, UNDP" -> "Policy Division"); a known body still beats an unknown one
            # read inside the title's own segment
            d.organization, d.org_kind = entry.name, entry.kind
            d.org_is_new, d.org_span = entry.id.startswith("new:"), None
            d.unit_seg, d.org_from_segment = (a2, b2), True

    def _government_state(self, toks: list[_Tok], a: int, b: int, spans, entry: Entry | None) -> str | None:
        """The State a government body named at ``toks[a:b]`` names as its own ("Ministry of Foreign Affairs of
        Japan", "Government of the Philippines"), or None."""
        if not (toks[a].text in ("Ministry", "Government") or entry is not None and entry.kind == "government"):
            return None
        for s_, e_, hit in spans:
            if hit.label == "COUNTRY" and toks[a].start < s_ and e_ <= toks[b - 1].end:
                k = _index_at_or_after(toks, s_, a)
                if toks[k - 1].text == "of" or toks[k - 1].text in ("the", "The") and toks[k - 2].text == "of":
                    return hit.code
        return None

    def _named_body_segment(self, toks: list[_Tok], d: _RoleDraft, a2: int, b2: int, first_tok: int,
                            later: list[tuple[int, int]], spans) -> bool:
        """Step 6e of :meth:`_role`: the last segment as an unknown capitalized body name ("Head of
        Compliance, Hana Digital Assets")."""
        b_org = b2
        state_after = None
        if b2 - first_tok >= 4 and toks[b2 - 1].text == ")" and toks[b2 - 3].text == "(" and not toks[a2 - 1].tab:
            # (in a table, a body's cell "Pesa Home (Kenya)" names where it is, not a State represented)
            inside = _entry_exactly(spans, toks[b2 - 2].start, toks[b2 - 2].end)
            if inside is not None and inside.label == "COUNTRY":
                b_org, state_after = b2 - 3, inside.code  # "Elering (Estonia)": the body, then its State
        office_in = next((x for x in range(first_tok + 2, b_org - 1) if toks[x].text == "in"), None)
        if office_in is not None:
            place = _entry_starting(spans, toks[office_in + 1].start)
            if place is not None and place[2].label in ("COUNTRY", "LOCATION") and place[1] >= toks[b2 - 1].end - 1:
                b_org = office_in  # "CARE International in Yemen": the body's office in a country
        if d.organization is None and d.country is None and (a2, b2) == later[-1] \
                and (2 if state_after is None else 1) <= b_org - first_tok <= 6 \
                and all(_name_like(toks[x].text.rstrip(".")) or toks[x].text in ("&", "and", "of", "for")
                        or x > first_tok and toks[x].text in _ROMANCE_JOINERS for x in range(first_tok, b_org)) \
                and toks[b_org - 1].text[:1].isupper() and toks[first_tok].text[:1].isupper() \
                and not self.is_title(_text(toks, first_tok, b_org)) \
                and not any(first_tok <= _index_at_or_after(toks, sp[0], 0) < b_org and not (
                    sp[2].label == "COUNTRY" and sp[1] <= toks[b_org - 1].end) for sp in spans) \
                and (self.is_title(d.title) or self._title_re_ci.fullmatch(d.title)) \
                and not self.g.is_not_entity(_text(toks, first_tok, b_org)) \
                and not (re.search(r"\b(?:of|for)\b", d.title) and any(toks[x].text in ("and", "&") for x in range(first_tok, b_org))):
            # ("Commissioner in charge of Political Affairs, Peace and Security": the portfolio goes on)
            # "Park Sung-hoon, Head of Compliance, Hana Digital Assets": a capitalized name after the title
            # that is no place and no title names the body one works for
            d.organization, d.org_kind = _text(toks, first_tok, b_org).rstrip("."), "other"
            d.org_span = (toks[first_tok].start, toks[b_org - 1].end - (1 if toks[b_org - 1].text.endswith(".") else 0))
            d.org_from_segment = True
            d.last = b2
            # "Senior Adviser, Statistics Norway": a State's own body whose name names the State
            d.country = next((sp[2].code for sp in spans if sp[2].label == "COUNTRY" and toks[first_tok].start <= sp[0]
                              and sp[1] <= toks[b_org - 1].end), None) or state_after
            return True
        return False

    def _keyword_body_segment(self, toks: list[_Tok], d: _RoleDraft, a2: int, b2: int, seg: str, seg_core: str,
                              b_core: int) -> bool:
        """Step 6f of :meth:`_role`: a capitalized segment with an ORG keyword as the body, without its
        acronym in brackets."""
        if d.organization is None and seg_core[:1].isupper() and any(w in ORG_KEYWORDS for w in seg_core.split()) \
                and not self.is_title(seg_core.split()[0]):
            d.organization, d.org_kind, d.org_from_segment = seg_core, "other", True
            first_tok = a2 + 1 if seg.startswith(("the ", "The ")) else a2
            d.org_span = (toks[first_tok].start, toks[b2 - 1].end - (1 if toks[b2 - 1].text.endswith(".") and seg != _text(toks, a2, b2) else 0))
            place = self.g.lookup(_text(toks, b_core + 1, b2 - 1)) if b2 - b_core >= 3 else None
            if b_core < b2 and b_core > first_tok and (b2 - b_core == 3 and _ACRONYM_WORD.match(toks[b_core + 1].text)
                                                       or any(toks[x].text == "," for x in range(b_core, b2))
                                                       or place is not None and place.label in ("LOCATION", "COUNTRY")):
                # (and "Q'eqchi' Women's Land Network (Alta Verapaz)": the body, then where it works)
                # "S. Rajaratnam School of International Studies (RSIS)": the name, then its acronym; "Centre of
                # Excellence for CRVS Systems (IDRC, Canada)": the name, then its host in brackets
                d.organization = _text(toks, first_tok, b_core)
                d.org_span = (toks[first_tok].start, toks[b_core - 1].end)
            d.last = b2
            return True
        return False

    def _body_in_title_fallback(self, toks: list[_Tok], d: _RoleDraft, spans) -> None:
        """Step 7 of :meth:`_role`: with no affiliation read, a body named inside the title ends it."""
        e = d.title_end
        if d.organization is None and d.country is None and e - d.a >= 3 and toks[e - 2].text == "of" \
                and _ACRONYM_WORD.match(toks[e - 1].text.rstrip(".")) and not any(
                    sp[0] <= toks[e - 1].start and toks[e - 1].end <= sp[1] + 1 for sp in spans) \
                and self.is_title(_text(toks, d.a, e - 2)) and not self.g.is_not_entity(toks[e - 1].text.rstrip(".")):
            # "Executive Director of Nile-SEC": a body no gazetteer knows, named by its acronym
            name = toks[e - 1].text.rstrip(".")
            d.organization, d.org_kind, d.org_is_new = name, "other", True
            d.org_span = (toks[e - 1].start, toks[e - 1].start + len(name))
            d.title_end = e - 2
            d.title = _text(toks, d.a, d.title_end)
            return
        bracketed = d.country is not None and d.title_end < len(toks) and toks[d.title_end].text == "("
        # ("member of the Expert Mechanism on the Rights of Indigenous Peoples (Norway)": the State in brackets
        # after the title is the one spoken for, the body inside the title is still the organization)
        if d.organization is None and (d.country is None or bracketed) and d.title_end - d.a >= 3:
            body = self._body_in_title(toks, d.a, d.title_end, spans)
            if body is not None and bracketed and not any(w in _BODY_HEADS for w in body[1].split()):
                body = None  # (not "President of the Assembleia Nacional (Angola)": a State's own organ stays in the title)
            if body is not None:
                d.title_end, d.organization, d.org_kind, d.org_is_new, d.org_span = body
                d.title = _text(toks, d.a, d.title_end)
