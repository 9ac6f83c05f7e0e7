"""Cross-document identity: pairs of names that must meet at one IRI, and pairs that must not."""

from __future__ import annotations

import pytest

from tests.helpers import make_gazetteer, record
from welfare_kg.extract.document import extract_document

GAZ = make_gazetteer()


def iri_of(text: str, word: str) -> str:
    ex = extract_document(record(text), gazetteer=GAZ)
    hits = {e.iri for e in ex.entities.values() if word.lower() in " ".join(e.labels).lower()}
    assert len(hits) == 1, (word, [(e.label, e.iri) for e in ex.entities.values()])
    return hits.pop()


@pytest.mark.parametrize(("a", "wa", "b", "wb"), [
    ("Sosiaali- ja terveysministeriö rahoittaa Perheiden tuen kehittäminen 2021–2023 -hanketta.",
     "Perheiden tuen kehittäminen",
     "STM:n erillisrahoittama Perheiden tuen kehittämishanke jatkuu.", "Perheiden tuen"),
    ("Kehitetään osana Ikäihmisten palvelujen muutosohjelmaa.", "muutosohjelma",
     "Ikäihmisten palveluiden muutosohjelma jatkuu.", "muutosohjelma"),
    ("Opetus- ja kulttuuriministeriö avusti hanketta.", "Opetus- ja kulttuuriministeriö",
     "OKM:n edustajat olivat paikalla.", "OKM"),
])
def test_must_merge_across_documents(a: str, wa: str, b: str, wb: str) -> None:
    assert iri_of(a, wa) == iri_of(b, wb)


@pytest.mark.parametrize(("a", "wa", "b", "wb"), [
    ("Lapsiperheiden tuki Pirkanmaalla -hanke alkaa.", "Lapsiperheiden tuki",
     "Lapsiperheiden tuki Keski-Suomessa -hanke alkaa.", "Lapsiperheiden tuki"),
    ("Hyväksytään yhteistyösopimus.", "yhteistyösopimus", "Allekirjoitetaan yhteistyösopimus.", "yhteistyösopimus"),
    ("Sisä-Suomen hanke alkaa.", "Sisä-Suomen hanke", "Itä-Suomen hanke alkaa.", "Itä-Suomen hanke"),
])
def test_must_not_merge(a: str, wa: str, b: str, wb: str) -> None:
    assert iri_of(a, wa) != iri_of(b, wb)


def test_acronym_joins_its_expansion_in_a_document() -> None:
    text = ('§ 5 Arjen apu (ARA) - Kymenlaakson perhetyön vahvistaminen 2021 - 2023 -hanke\n\n'
            'Kunta lähtee ARA-hankkeeseen mukaan.')
    ex = extract_document(record(text, kind="minutes"), gazetteer=GAZ)
    projects = [e for e in ex.entities.values() if e.type == "Project"]
    assert len(projects) == 1
    assert {"ARA", "Arjen apu"} <= projects[0].labels
    assert projects[0].merged_because  # the merge says why


def test_swedish_council_and_board_keys_meet_the_finnish_ones() -> None:
    from welfare_kg.extract.resolve import body_key

    assert body_key("03-fullmaktige") == "03-aluevaltuusto"  # a county's (two-digit code) bare council
    assert body_key("03-valfardsomradesstyrelse") == "03-aluehallitus"
    assert body_key("905-stadsstyrelse") == "905-kaupunginhallitus"
    assert body_key("322-kommunfullmaktige") == "322-kunnanvaltuusto"
    assert body_key("905-fullmaktige") == "905-fullmaktige"  # a town's bare council: kunnan- or kaupunginvaltuusto?
    assert body_key("905-social-och-halsovardsnamnd") == "905-social-och-halsovardsnamnd"
