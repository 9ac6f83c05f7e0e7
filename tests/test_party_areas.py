"""An agreement's party towns that together form a named area (extract/party_areas.py).

The texts are written for these tests: real towns as parties of invented agreements, the parties one block each as
agreements print them, the same parties run one a line, in Swedish, and agreements where the parties form something
else than the named area, or name two areas of the kind.
"""

from __future__ import annotations

from pathlib import Path

from helpers import needs_voikko

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.party_areas import RULE
from welfare_kg.loaders import load_document


def _parts(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    doc = tmp_path / "sopimus.txt"
    doc.write_text(text, encoding="utf-8")
    ex = extract_document(load_document(doc))
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label[f.subject], label[f.object]) for f in ex.facts if f.rule == RULE}


_PARTIES = ("Yhteistoimintasopimus työvoimapalveluiden järjestämisestä\n"
            "1. Sopimuksen osapuolet\n"
            "Kajaanin kaupunki (vastuukunta)\nY-tunnus: 0000000-0\n"
            "Sotkamon kunta\nY-tunnus: 0000000-1\n"
            "Paltamon kunta\nY-tunnus: 0000000-2\n"
            "2. Sopimuksen tarkoitus\n")


@needs_voikko
def test_the_parties_form_the_area_the_next_sentence_names(tmp_path: Path) -> None:
    text = (_PARTIES + "Sopijakunnat muodostavat yhteisen työllisyysalueen. Työllisyysalueesta käytetään nimitystä "
            "Kainuun työllisyysalue. Kajaanin kaupunki toimii vastuukuntana.\n")
    got = _parts(tmp_path, text)
    assert {t for t, _ in got} == {"Kajaani", "Sotkamo", "Paltamo"}
    assert {a for _, a in got} == {"Kainuun työllisyysalue"}


@needs_voikko
def test_other_parties_and_the_kind_word_inflected_otherwise(tmp_path: Path) -> None:
    text = ("Sopimus yhteistoiminta-alueesta\n1. Sopijapuolet\nLoviisan kaupunki\nLapinjärven kunta\n"
            "2. Tausta\nKunnat muodostavat yhdessä Loviisan seudun yhteistoiminta-alueen.\n")
    assert {t for t, _ in _parts(tmp_path, text)} == {"Loviisa", "Lapinjärvi"}


@needs_voikko
def test_the_parties_forming_a_body_or_two_areas_of_the_kind_give_no_part(tmp_path: Path) -> None:
    # the parties form a joint body, not the area the text names
    body = (_PARTIES + "Kunnat muodostavat yhteisen toimielimen. Toimielin palvelee Kainuun työllisyysaluetta.\n")
    assert _parts(tmp_path, body) == set()
    # two areas of the kind: which one the parties form is not said
    two = (_PARTIES + "Sopijakunnat muodostavat yhteisen työllisyysalueen. Kainuun työllisyysalue ja "
           "Koillismaan työllisyysalue tekevät yhteistyötä.\n")
    assert _parts(tmp_path, two) == set()
    # no party section: the towns in prose are no parties
    prose = ("Kajaanin kaupunki, Sotkamon kunta ja Paltamon kunta neuvottelevat. Kunnat muodostavat yhteisen "
             "työllisyysalueen nimeltä Kainuun työllisyysalue.\n")
    assert _parts(tmp_path, prose) == set()
