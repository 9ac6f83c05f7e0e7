"""A managing director ("toimitusjohtaja", "verkställande direktör") heads an undertaking, never a town.

Minutes of a joint authority whose page names a town (its address, the places of its works) gave the officials'
titles to that town when no other owner was read; a managing director's title itself says the town is wrong
(osakeyhtiölaki 6:1: the title of a company's head; a few joint authorities and associations' enterprises use it
too). The texts are invented.
"""

from __future__ import annotations

from pathlib import Path

from helpers import needs_voikko

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.title_kinds import title_kinds
from welfare_kg.loaders import load_document


def test_managing_directors_head_undertakings() -> None:
    for title in ("toimitusjohtaja", "vs. toimitusjohtaja", "verkställande direktör"):
        kinds = title_kinds(title)
        assert kinds is not None and "Company" in kinds and "JointAuthority" in kinds
        assert not kinds & {"Municipality", "WellbeingCounty", "Body", "Project"}
    # guard: a general manager's title says no kind of owner
    assert title_kinds("hallintojohtaja") is None and title_kinds("toiminnanjohtaja") is None


@needs_voikko
def test_joint_authoritys_managing_director_is_not_the_towns(tmp_path: Path) -> None:
    doc = tmp_path / "m_yhtyma_hallitus.txt"
    doc.write_text(
        "Hallitus\nPöytäkirja 09.10.2020/Pykälä 109\n\nOsavuosikatsaus 1.1.-31.8.2020 (esitys yhtymäkokoukselle)\n\n"
        "Hallitus 18.09.2020 § 94\n\nEsittelijä Toimitusjohtaja Kalle Rautiainen\n\n"
        "Valmistelija Hallintojohtaja Pirkko Salmela, puh. 09 1234 5678\n\nToiminta\n\n"
        "Jätevettä käsiteltiin Espoossa ja Espoon kaupungin alueella 64,3 miljoonaa m3. "
        "Espoon kaupunki on ilmoittanut asiasta.\n", encoding="utf-8")
    ex = extract_document(load_document(doc))
    names = {e.iri: e for e in ex.entities.values()}
    held = {(names[f.subject].label, names[f.object].type) for f in ex.facts
            if f.predicate == "holdsPost" and f.subject in names and f.object in names}
    assert ("Kalle Rautiainen", "Municipality") not in held
    # guard: a title that names no kind of owner still goes to the town the rule reads
    assert ("Pirkko Salmela", "Municipality") in held
