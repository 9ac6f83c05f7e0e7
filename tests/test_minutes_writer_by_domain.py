"""The town whose minutes these are: another town's board named in the text ("Konneveden kunnanhallitus on
päättänyt ...") is not the writer when the preparer writes from the writer's own domain
(document._document_municipality). The sentences are invented; the towns are real ones of the reference data."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders import load_document

pytestmark = needs_voikko

_MINUTES = (
    "Kunnanhallitus\n"
    "§ 45 Osallistuminen Kylät kuntoon -hankkeeseen\n"
    "Valmistelija: kehittämispäällikkö Liisa Mäntylä, liisa.mantyla@hankasalmi.fi\n"
    "Hanketta hallinnoi Maaseudun Kehitys ry. Konneveden kunnanhallitus on jo päättänyt osallistua hankkeeseen.\n"
    "Esittelijä: kunnanjohtaja Pekka Rinne\n"
    "Päätösehdotus: Kunnanhallitus päättää osallistua Kylät kuntoon -hankkeeseen 3 000 eurolla.\n"
    "Päätös: Hyväksyttiin.\n"
    "§ 46 Lapsiperheiden kotipalvelun ostopalvelusopimus\n"
    "Esittelijä: kunnanjohtaja Pekka Rinne\n"
    "Päätösehdotus: Kunnanhallitus hyväksyy Hoivapalvelu Lämpö Oy:n kanssa tehtävän ostopalvelusopimuksen.\n"
    "Päätös: Hyväksyttiin.\n"
)


def test_preparers_domain_names_the_writer_not_another_towns_board(tmp_path: Path) -> None:
    path = tmp_path / "kh.txt"
    path.write_text(_MINUTES, encoding="utf-8")
    ex = extract_document(load_document(path))
    label = {iri: e.label for iri, e in ex.entities.items()}
    facts = {(label.get(f.subject), f.predicate, label.get(f.object)) for f in ex.facts}
    assert ("Pekka Rinne", "holdsPost", "Hankasalmi") in facts
    assert not any(s == "Konneveden kunnanhallitus" and o == "Lapsiperheiden kotipalvelun ostopalvelusopimus"
                   for s, _, o in facts)
    assert not any(s == "Konnevesi" and o == "Lapsiperheiden kotipalvelun ostopalvelusopimus" for s, _, o in facts)
