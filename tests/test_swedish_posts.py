"""Swedish prose posts (extract/swedish_posts.py): the chair's seat with an owner in the s-genitive, before or after
the name, and the employer after a title behind a preposition. Invented sentences, no document's people."""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.model import Extraction, Mention
from welfare_kg.extract.swedish_posts import swedish_post

NEWS = ("Nyheter 3.4.2022\n\nDet här är ett viktigt beslut, påpekar Aktion Österbottens ordförande Lars Granholm. "
        "Vi är nöjda, säger Eva Sandvik (SFP), kommunstyrelsens ordförande. Maria Sund bor i Raseborg.\n")


def posts(ex: Extraction) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for f in ex.facts:
        if f.predicate == "holdsPost" and f.subject in ex.entities and f.object in ex.entities:
            out.setdefault(ex.entities[f.subject].label, set()).add(ex.entities[f.object].label)
    return out


def test_owner_in_the_s_genitive_before_and_after_the_name() -> None:
    got = posts(extract_document(record(NEWS)))
    assert any("Aktion Österbotten" in o for o in got.get("Lars Granholm", ()))
    assert any("kommunstyrelse" in o.lower() for o in got.get("Eva Sandvik", ()))
    assert "Maria Sund" not in got  # "bor i Raseborg": a home town, no post


def _m(text: str, surface: str, typ: str, iri: str) -> Mention:
    at = text.index(surface)
    return Mention(at, at + len(surface), surface, surface, typ, iri=iri)


def test_title_then_preposition_names_the_employer() -> None:
    text = "Johan Ek, projektledare vid Svenska Kulturfonden, och Ann Lind, ordförande för Ålands kommunförbund."
    johan = _m(text, "Johan Ek", "Person", "p:johan")
    ann = _m(text, "Ann Lind", "Person", "p:ann")
    fund = _m(text, "Svenska Kulturfonden", "Association", "org:fund")
    union = _m(text, "Ålands kommunförbund", "JointAuthority", "org:union")
    ms = [johan, fund, ann, union]
    assert swedish_post(johan, ms, text) == ("projektledare", "org:fund")
    assert swedish_post(ann, ms, text) == ("ordförande", "org:union")


def test_a_town_counts_only_as_its_kommun() -> None:
    text = "Per Holm, lärare i Vasa, och Siv Berg, socialchef i Närpes stad."
    per, siv = _m(text, "Per Holm", "Person", "p:per"), _m(text, "Siv Berg", "Person", "p:siv")
    vasa = _m(text, "Vasa", "Municipality", "m:vasa")
    narpes = _m(text, "Närpes stad", "Municipality", "m:narpes")
    ms = [per, vasa, siv, narpes]
    assert swedish_post(per, ms, text) is None
    assert swedish_post(siv, ms, text) == ("socialchef", "m:narpes")


def test_an_appointment_with_till_and_the_organisation_after_the_post() -> None:
    from tests.helpers import fact_triples

    facts = fact_triples("Fullmäktige har valt Otto Exempel till välfärdsdirektör i Korsholms kommun.")
    assert ("person/otto-exempel", "holdsPost", "municipality/499") in facts
    facts = fact_triples("Anna Lindqvist valdes till ordförande för Folkhälsans förbund.")
    assert ("person/anna-lindqvist", "holdsPost", "association/folkhalsans-forbund") in facts
    # moving to a town is no appointment; a word that is no post gives nothing
    facts = fact_triples("Anna Lindqvist flyttade till Vasa i Österbotten. Per Holm valdes till vägen i Vasa stad.")
    assert not any(p == "holdsPost" for _s, p, _o in facts)


def test_a_post_tied_by_the_copula_either_way() -> None:
    from tests.helpers import extract

    text = ("Nyheter\n\nProjektet Trygg Hemma startar i höst.\n"
            "Per Lind är ordförande för Malax ungdomsförening. Verksamhetsledare för Luckan rf är Anna Holm.\n"
            "Eva Berg är medlem i Norrby hembygdsförening rf.\n")
    ex = extract(text)
    label = {iri: e.label for iri, e in ex.entities.items()}
    posts = {(label[f.subject], label[f.object]) for f in ex.facts if f.predicate == "holdsPost"}
    assert ("Per Lind", "Malax ungdomsförening") in posts
    assert ("Anna Holm", "Luckan rf") in posts
    assert not any(p == "Eva Berg" for p, _ in posts)  # a member holds no post
