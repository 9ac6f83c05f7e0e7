"""Relation patterns on sentences of our own, with names, cases and word orders not in the seeds."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.helpers import ID, make_gazetteer, record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.model import Extraction

GAZ = make_gazetteer()


def run(text: str, kind: str = "news") -> Extraction:
    return extract_document(record(text, kind), gazetteer=GAZ)


def facts(ex: Extraction, predicate: str) -> set[tuple[str, str, Decimal | None]]:
    def short(iri: str) -> str:
        return iri.removeprefix(ID)

    return {(short(f.subject), short(f.object), f.amount) for f in ex.facts if f.predicate == predicate}


def project_iri(ex: Extraction, word: str) -> str:
    hits = [e.iri.removeprefix(ID) for e in ex.entities.values() if e.type in {"Project", "Programme", "Agreement"}
            and word.lower() in e.label.lower()]
    assert hits, f"no undertaking with {word!r}: {[e.label for e in ex.entities.values()]}"
    return hits[0]


def test_funds_with_amount_allative_recipient() -> None:
    ex = run("Opetus- ja kulttuuriministeriö on myöntänyt Pikassos Oy:lle valtionavustusta 120 500 euroa "
             "nuorten palvelujen kehittämiseen.")
    assert ("ministry/okm", "competence-centre/pikassos", Decimal(120500)) in facts(ex, "funds")


def test_funds_genitive_participle() -> None:
    ex = run("Kehittämistyö jatkuu. THL:n rahoittama Perhetyön uudistaminen -hanke alkaa Tampereella.")
    proj = project_iri(ex, "Perhetyön uudistaminen")
    assert ("agency/thl", proj, None) in facts(ex, "funds")


def test_share_is_not_euros() -> None:
    ex = run("Arjen tuki Pirkanmaalla -hanke käynnistyy. Sosiaali- ja terveysministeriö rahoittaa hankkeesta 75 %.")
    funds = [f for f in ex.facts if f.predicate == "funds"]
    assert funds and funds[0].amount is None and funds[0].share == Decimal(75)


def test_coordinates_word_order() -> None:
    ex = run("Hyvä arki Keski-Suomessa -hanke alkaa syksyllä. Hankkeen hallinnoinnista vastaa "
             "Keski-Suomen sosiaalialan osaamiskeskus.")
    proj = project_iri(ex, "Hyvä arki")
    assert ("competence-centre/koske", proj, None) in facts(ex, "coordinates")
    ex2 = run("Koske koordinoi Hyvä arki Keski-Suomessa -hanketta vuosina 2023–2025.")
    proj2 = project_iri(ex2, "Hyvä arki")
    assert ("competence-centre/koske", proj2, None) in facts(ex2, "coordinates")
    assert (proj2, "region/13", None) in facts(ex2, "coversArea")


def test_participates_and_contributes_in_minutes() -> None:
    text = ("Sosiaali- ja terveyslautakunta, kokous 3.3.2021\n\n"
            "§ 12 Kotona asumisen tuki -hankkeeseen sitoutuminen\n\n"
            "Perustelut\n\n"
            "Rovaniemen kaupunki osallistuu Kotona asumisen tuki -hankkeeseen. "
            "Rovaniemen kaupungin osuus on 4 200 euroa vuodessa.\n\n"
            "Päätösehdotus\n\nLautakunta hyväksyy osallistumisen.\n\nPäätös\n\nHyväksyttiin.\n")
    ex = run(text, kind="minutes")
    proj = project_iri(ex, "Kotona asumisen tuki")
    assert ("municipality/698", proj, None) in facts(ex, "participatesIn")
    assert ("municipality/698", proj, Decimal(4200)) in facts(ex, "contributes")
    decides = facts(ex, "decides")
    assert any(o == proj and s.startswith("body/698-") for s, o, _a in decides)
    assert ex.municipality == ID + "municipality/698"


def test_covers_area_locative_and_in_name() -> None:
    ex = run("Pirkanmaalla käynnistyy pilotti Perheneuvonnan uusi malli 31.12.2024 asti.")
    proj = project_iri(ex, "Perheneuvonnan")
    assert (proj, "region/06", None) in facts(ex, "coversArea")
    ex2 = run("Sisä-Suomen hanke etenee hyvin.")
    proj2 = project_iri(ex2, "Sisä-Suomen hanke")
    assert (proj2, "cooperation-area/tays", None) in facts(ex2, "coversArea")


def test_part_of_programme() -> None:
    ex = run("Ikäihmisten arki -hanke toteutetaan osana Hyvinvoinnin edistämisen -ohjelmaa.")
    proj = project_iri(ex, "Ikäihmisten arki")
    prog = project_iri(ex, "Hyvinvoinnin edistämisen")
    assert (proj, prog, None) in facts(ex, "partOf")


@pytest.mark.parametrize(("text", "post", "org"), [
    ("Lisätietoja antaa perhepalvelujohtaja Liisa Mäkinen, liisa.makinen@rovaniemi.fi", "perhepalvelujohtaja",
     "municipality/698"),
    ("Yhteyshenkilö: Pekka Virtanen, projektipäällikkö, pekka.virtanen@koske.fi", "projektipäällikkö",
     "competence-centre/koske"),
])
def test_holds_post(text: str, post: str, org: str) -> None:
    ex = run(text)
    posts = [f for f in ex.facts if f.predicate == "holdsPost"]
    assert posts, [m.label for e in ex.entities.values() for m in e.mentions]
    assert posts[0].post == post
    assert posts[0].object == ID + org


def test_contacts_are_kept_apart() -> None:
    ex = run("Lisätietoja antaa perhepalvelujohtaja Liisa Mäkinen, puh. 040 123 4567, liisa.makinen@rovaniemi.fi")
    person = ID + "person/liisa-makinen"
    assert person in ex.contacts
    assert any("@" in c for c in ex.contacts[person])


def test_coordinator_in_genitive_with_participle_and_partners() -> None:
    ex = run("Pikassoksen koordinoima Arjen turva Pirkanmaalla -hanke alkaa. "
             "Hankkeen osatoteuttajina ovat Tampereen kaupunki ja Jyväskylän kaupunki.")
    proj = project_iri(ex, "Arjen turva")
    assert ("competence-centre/pikassos", proj, None) in facts(ex, "coordinates")
    assert {s for s, o, _a in facts(ex, "participatesIn") if o == proj} == {"municipality/837", "municipality/179"}
