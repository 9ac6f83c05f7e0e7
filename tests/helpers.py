"""Small builders shared by tests: a gazetteer of names that are not in the seed documents."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pytest

from welfare_kg.extract.entities import Recogniser
from welfare_kg.extract.gazetteer import Gazetteer, KnownEntity
from welfare_kg.extract.model import Extraction
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.text import sentences
from welfare_kg.loaders.record import DocumentRecord

ID = "https://w3id.org/welfare-kg/id/"
ROOT = Path(__file__).resolve().parent.parent


def load_script(relative: str) -> ModuleType:
    """A script of the checkout that is no package module (eval/*.py, benchmarks/*.py), imported from its file."""
    path = ROOT / relative
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "documents"

# The morphology the tests run with: Voikko where it loads, else the fallback (get_morphology caches it).
MORPH = get_morphology()


def needs_voikko_for(reason: str) -> pytest.MarkDecorator:
    """Skip a test the fallback morphology cannot pass; the reason says what only Voikko knows."""
    return pytest.mark.skipif(MORPH.name == "fallback", reason=reason)


needs_voikko = needs_voikko_for("first names are known from Voikko's lexicon")


def known(iri: str, typ: str, label: str, *alt: str) -> KnownEntity:
    labels = {label, *alt}
    return KnownEntity(ID + iri, typ, label, labels, {x for x in labels if x.isupper()})


def make_gazetteer() -> Gazetteer:
    return Gazetteer([
        known("municipality/698", "Municipality", "Rovaniemi"),
        known("municipality/240", "Municipality", "Kemi"),
        known("municipality/837", "Municipality", "Tampere"),
        known("municipality/179", "Municipality", "Jyväskylä"),
        known("municipality/734", "Municipality", "Salo"),
        known("municipality/853", "Municipality", "Turku"),
        known("region/06", "Region", "Pirkanmaa"),
        known("region/13", "Region", "Keski-Suomi"),
        known("region/01", "Region", "Uusimaa"),
        known("region/09", "Region", "Kymenlaakso"),
        known("cooperation-area/tays", "CooperationArea", "TAYS-yhteistyöalue", "Sisä-Suomi",
              "Sisä-Suomen yhteistyöalue"),
        known("cooperation-area/kys", "CooperationArea", "KYS-yhteistyöalue", "Itä-Suomi"),
        known("ministry/okm", "Ministry", "Opetus- ja kulttuuriministeriö", "OKM"),
        known("ministry/stm", "Ministry", "Sosiaali- ja terveysministeriö", "STM"),
        known("agency/thl", "Agency", "Terveyden ja hyvinvoinnin laitos", "THL"),
        known("competence-centre/pikassos", "CompetenceCentre", "Pikassos", "Pikassos Oy"),
        known("competence-centre/koske", "CompetenceCentre", "Keski-Suomen sosiaalialan osaamiskeskus", "Koske"),
        known("joint-authority/phhyky", "JointAuthority", "Päijät-Hämeen hyvinvointikuntayhtymä", "PHHYKY"),
    ])


def record(text: str, kind: str = "news", name: str = "doc.txt") -> DocumentRecord:
    import hashlib

    from welfare_kg.loaders.minutes import parse_items

    rec = DocumentRecord(source=Path(name), text=text, checksum=hashlib.sha256(text.encode()).hexdigest(),
                         fmt="plain", kind=kind)
    if kind == "minutes":
        rec.items = parse_items(text)
    return rec


# A fact of a short test text: subject, predicate, object (IRIs without ID), amount, rule
FactRow = tuple[str, str, str, Decimal | None, str]


def fact_rows(gaz: Gazetteer, text: str, kind: str = "news") -> list[FactRow]:
    """The facts the whole extraction pipeline states for a short text, in a shape tests can search."""
    from welfare_kg.extract.document import extract_document

    ex = extract_document(record(text, kind=kind), gazetteer=gaz)
    return [(f.subject.removeprefix(ID), f.predicate, f.object.removeprefix(ID), f.amount, f.rule) for f in ex.facts]


def triples(ex: Extraction) -> set[tuple[str, str, str]]:
    """Every fact of an extraction as (subject, predicate, object) IRIs without ID, the shape rule tests compare."""
    return {(f.subject.removeprefix(ID), f.predicate, f.object.removeprefix(ID)) for f in ex.facts}


def fact_quads(ex: Extraction) -> set[tuple[str, str, str, Decimal | None]]:
    """The triples of an extraction with each fact's amount, for the rules whose sums must come out exact."""
    return {(f.subject.removeprefix(ID), f.predicate, f.object.removeprefix(ID), f.amount) for f in ex.facts}


def fact_triples(text: str, kind: str = "news") -> set[tuple[str, str, str]]:
    """The triples the whole pipeline states for a short text, with the reference gazetteer (extract_document's
    default)."""
    return triples(extract(text, kind))


def extract(text: str, kind: str = "news", gazetteer: Gazetteer | None = None) -> Extraction:
    """The whole pipeline on a short text, with the reference gazetteer unless another is given."""
    from welfare_kg.extract.document import extract_document

    return extract_document(record(text, kind=kind), gazetteer=gazetteer)


def labelled_grants(text: str, kind: str = "news", rule: str | None = None) -> set[tuple[str, str, Decimal | None]]:
    """(granter label, receiver label, amount) of the funds facts the pipeline states for a short text, or of those
    one rule states: grant rules are judged by who gives what to whom, which labels show better than IRIs."""
    ex = extract(text, kind)
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label[f.subject], label[f.object], f.amount) for f in ex.facts
            if (f.rule == rule if rule is not None else f.predicate == "funds")}


def labelled_facts(text: str, kind: str = "news") -> set[tuple[str, str, str]]:
    """Every fact of a short text as (subject label, predicate, object label): what a reader checks a name rule by."""
    ex = extract(text, kind)
    labels = {k: e.label for k, e in ex.entities.items()}
    return {(labels[f.subject], f.predicate, labels[f.object]) for f in ex.facts}


def labels_of(ex: Extraction, typ: str) -> set[str]:
    """The labels of an extraction's entities of one type: what most recogniser tests compare."""
    return {e.label for e in ex.entities.values() if e.type == typ}


def entity_labels(text: str, typ: str, kind: str = "news", gazetteer: Gazetteer | None = None) -> set[str]:
    """The labels of the entities of one type the pipeline finds in a short text."""
    return labels_of(extract(text, kind, gazetteer), typ)


def entity_iris(text: str, typ: str, kind: str = "news", gazetteer: Gazetteer | None = None) -> dict[str, str]:
    """Label -> IRI of the entities of one type the pipeline finds in a short text."""
    return {e.label: iri for iri, e in extract(text, kind, gazetteer).entities.items() if e.type == typ}


def typed_labels(text: str, kind: str = "news") -> set[tuple[str, str]]:
    """(type, label) of every entity the pipeline finds in a short text."""
    return {(e.type, e.label) for e in extract(text, kind).entities.values()}


def labels_and_facts(text: str, kind: str = "news") -> tuple[set[tuple[str, str]], set[tuple[str, str, str]]]:
    """(type, label) of every entity and (subject label, predicate, object label) of every fact of a short text:
    one extraction for the tests that check both what is named and what is said of it."""
    ex = extract(text, kind)
    ents = {(e.type, e.label) for e in ex.entities.values()}
    facts = {(ex.entities[f.subject].label, f.predicate, ex.entities[f.object].label) for f in ex.facts
             if f.subject in ex.entities and f.object in ex.entities}
    return ents, facts


def entity_types(text: str, kind: str = "news") -> dict[str, str]:
    """Label -> type of every entity the pipeline finds in a short text."""
    return {e.label: e.type for e in extract(text, kind).entities.values()}


def entity_label_sets(text: str, typ: str, kind: str = "news") -> dict[str, set[str]]:
    """IRI after /id/ -> every label of the entities of one type in a short text: the names a later mention
    of the same entity may take."""
    return {e.iri.rsplit("/id/", 1)[-1]: e.labels for e in extract(text, kind).entities.values() if e.type == typ}


def gazetteer_iris(text: str) -> list[str]:
    """IRIs after /id/ the reference gazetteer alone matches in a text, before any recognition rule."""
    from welfare_kg.extract.gazetteer import reference_gazetteer
    from welfare_kg.extract.text import tokenize

    return [m.entity.iri.rsplit("/id/", 1)[-1] for m in reference_gazetteer().match(tokenize(text), get_morphology())]


def person_labels(text: str, kind: str = "minutes") -> set[str]:
    """The people the whole pipeline finds in a short text, by label: a name cut wrong shows up here first."""
    return entity_labels(text, "Person", kind)


def found(recogniser: Recogniser, text: str) -> list[tuple[str, str | None, str]]:
    """(type, IRI after /id/ or None, surface) of each mention, sentence by sentence as the pipeline reads them."""
    out = []
    for sent in sentences(text):
        out += [(m.type, m.iri and m.iri.split("/id/")[1], m.surface) for m in recogniser.sentence_mentions(sent, text)]
    return out


def fact_pairs(text: str, predicate: str, kind: str = "news") -> set[tuple[str, str]]:
    """(subject, object) full IRIs of one predicate's facts in a short text."""
    return {(f.subject, f.object) for f in extract(text, kind).facts if f.predicate == predicate}


# coversArea a Leader group gets for a town its reference area holds (extract/reference_areas.py), whatever the
# wording: tests of what a wording says leave it out, tests/test_reference_areas.py covers it
REFERENCE_AREA_RULE = "coversArea:reference-area"


def worded_fact_pairs(text: str, predicate: str, kind: str = "news") -> set[tuple[str, str]]:
    """fact_pairs read from the wording alone, without the facts the reference data backs."""
    return {(f.subject, f.object) for f in extract(text, kind).facts
            if f.predicate == predicate and f.rule != REFERENCE_AREA_RULE}


def has_fact(rows: list[FactRow], subj: str, pred: str, obj: str, amount: int | None = None) -> bool:
    """A fact whose subject and object IRIs contain the given parts (and with that amount, if given)."""
    return any(subj in s and p == pred and obj in o and (amount is None or a == Decimal(amount))
               for s, p, o, a, _r in rows)


def line_events(fn: Callable[[], object], in_file: Callable[[str], bool]) -> Counter[tuple[str, str]]:
    """Line events by (file name, function) in the files `in_file` accepts while fn runs.

    A deterministic work count: scaling tests compare it per character at N and 4N
    instead of timing anything, in total or function by function.
    """
    counts: Counter[tuple[str, str]] = Counter()

    def local(frame, event, arg):
        if event == "line":
            counts[(frame.f_code.co_filename.rsplit("/", 1)[-1], frame.f_code.co_name)] += 1
        return local

    def calls(frame, event, arg):
        return local if in_file(frame.f_code.co_filename) else None

    old = sys.gettrace()
    sys.settrace(calls)
    try:
        fn()
    finally:
        sys.settrace(old)
    return counts


def lines_executed(fn: Callable[[], object], modules: tuple[str, ...]) -> int:
    """Line events in the modules whose file names end with `modules` while fn runs."""
    return sum(line_events(fn, lambda name: name.endswith(modules)).values())


def post_rows(text: str, kind: str = "minutes") -> set[tuple[str, str, str]]:
    """holdsPost facts of a short text as (person's label, post, organisation's label): what a reader of the
    minutes would check, with the reference gazetteer."""
    from welfare_kg.extract.document import extract_document
    from welfare_kg.extract.gazetteer import reference_gazetteer

    out = extract_document(record(text, kind=kind), gazetteer=reference_gazetteer())
    label = {i: e.label for i, e in out.entities.items()}
    return {(label.get(f.subject, f.subject), str(f.post), label.get(f.object, f.object))
            for f in out.facts if f.predicate == "holdsPost"}


def posts(ex: Extraction) -> set[tuple[str, str]]:
    """(person, organisation) label pairs of every holdsPost fact whose two ends the extraction names."""
    return {(ex.entities[f.subject].label, ex.entities[f.object].label) for f in ex.facts
            if f.predicate == "holdsPost" and f.subject in ex.entities and f.object in ex.entities}


def employers(ex: Extraction, person: str) -> set[str]:
    """The organisations `person` (a label) holds a post in."""
    return {o for p, o in posts(ex) if p == person}


def titled_posts(text: str, kind: str = "news") -> set[tuple[str, str, str]]:
    """holdsPost facts of a short page as (person's label, organisation's label, post title or ""): the shape the
    tests of titles before names compare, so that each of them asks one place."""
    ex = extract(text, kind=kind)
    return {(ex.entities[f.subject].label, ex.entities[f.object].label, f.post or "")
            for f in ex.facts if f.predicate == "holdsPost"}


def rule_posts(text: str, rule: str, kind: str = "news") -> set[tuple[str, str]]:
    """(person, organisation) labels of the holdsPost facts one rule states in a short text."""
    ex = extract(text, kind)
    return {(ex.entities[f.subject].label, ex.entities[f.object].label) for f in ex.facts
            if f.predicate == "holdsPost" and f.rule == rule}
