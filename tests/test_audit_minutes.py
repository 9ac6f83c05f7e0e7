"""Rules tightened after an audit of fresh, unannotated minutes: a numbered list of item titles is read
title by title, so one title's verb never meets another title's organisation or programme.

Written for these tests: invented minutes of an invented company, association and programme.
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document


def _relations(text: str) -> list[tuple[str, str, str]]:
    ex = extract_document(record(text, kind="minutes"))
    labels = {iri: e.label for iri, e in ex.entities.items()}
    return [(labels.get(f.subject, f.subject), f.predicate, labels.get(f.object, f.object)) for f in ex.facts
            if f.predicate in {"funds", "participatesIn", "coordinates", "contributes"}]


CONTENTS = """LOHJAN KAUPUNKI PÖYTÄKIRJA 3/2024
Perusturvalautakunta
Käsitellyt asiat
Otsikko Sivu
21 Kokouksen laillisuus ja päätösvaltaisuus
22 Lohjan kaupungin osallistuminen Kotihoidon kehittämisohjelmaan (Kaste)
23 Hoivala Oy:n kanssa solmitun palvelusopimuksen jatkoajan myöntäminen
24 Ilmoitusasiat
"""


def test_a_granting_title_funds_nothing_named_in_another_title() -> None:
    found = _relations(CONTENTS)
    assert not any(p == "funds" for _, p, _ in found), found


def test_a_title_keeps_the_relation_it_states_itself() -> None:
    found = _relations(CONTENTS)
    assert any(p == "participatesIn" and s == "Lohja" and "kehittämisohjelma" in o.lower()
               for s, p, o in found), found


ROWS = """Perusturvalautakunta 12.3.2024 § 40

§ 40 Hankkeiden rahoitus

Sosiaali- ja terveysministeriö on myöntänyt valtionavustusta seuraavasti:
1 Kotihoidon kehittämishankkeelle 100 000 euroa
2 Perhekeskushankkeelle 80 000 euroa

Päätös
Merkittiin tiedoksi.
"""


def test_numbered_rows_under_a_granting_lead_in_still_fund() -> None:
    found = _relations(ROWS)
    assert any(p == "funds" and "kehittämishanke" in o.lower() for _, p, o in found), found


JOINT = """NORRVIKS VÅRDOMRÅDES SAMKOMMUN PROTOKOLL 4/24
Samkommunsstyrelsen
Sammanträdestid tisdagen den 14 maj 2024
Sammanträdesplats förvaltningskontoret, Strandvägen, Jakobstad
Beslutande
Lind Eva ordförande
Övriga deltagande
Berg Johan ekonomichef
Underskrifter
Eva Lind ordförande
"""


def test_a_joint_authority_heading_the_minutes_leaves_its_meeting_town_no_publisher() -> None:
    ex = extract_document(record(JOINT, kind="minutes"))
    labels = {iri: e.label for iri, e in ex.entities.items()}
    towns = [(labels.get(f.subject), f.predicate, labels.get(f.object)) for f in ex.facts
             if "municipality/" in f.object and f.predicate in {"holdsPost", "partOf"}]
    assert ex.municipality is None and not towns, (ex.municipality, towns)
