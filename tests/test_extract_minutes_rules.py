"""Minutes statements read by relation rules: shared heads, a board's own grant, a subject's own share, approvals.

Written for these tests.
"""

from __future__ import annotations

from decimal import Decimal

from tests.helpers import extract, fact_quads, record
from welfare_kg.extract.document import extract_document

MINUTES = """Kunnanhallitus 3.4.2023 § 45

§ 45 Arjen tuki -hankkeen kuntarahoitus

Hankkeeseen osallistuvat Kemin, Tornion ja Keminmaan kunnat. Kunnanhallitus päättää myöntää Kemin Nuorisoseura
ry:lle 5 000 euron avustuksen. Kemin kaupunki sitoutuu maksamaan hankkeen kuntaosuuden 3 500 euroa vuodessa.

Kunnanhallitus hyväksyy liitteenä olevan Arjen tuen yhteistyösopimuksen.
"""


def facts() -> set[tuple[str, str, str, Decimal | None]]:
    return fact_quads(extract(MINUTES, kind="minutes"))


def test_genitives_sharing_a_plural_head_each_take_part() -> None:
    joined = {s for s, p, _o, _a in facts() if p == "participatesIn"}
    assert {"municipality/240", "municipality/851", "municipality/241"} <= joined


def test_the_board_that_decides_a_grant_funds_it() -> None:
    assert any(s.startswith("body/") and p == "funds" and o.startswith("association/") and a == Decimal(5000)
               for s, p, o, a in facts())


def test_a_subject_that_pays_its_share_contributes() -> None:
    assert any(s == "municipality/240" and p == "contributes" and a == Decimal(3500) for s, p, _o, a in facts())


def test_a_board_approving_an_agreement_decides_on_it() -> None:
    assert any(s.startswith("body/") and p == "decides" and o.startswith("agreement/") for s, p, o, _a in facts())


def test_a_budget_sentence_gives_the_coordinator_no_share() -> None:
    text = ("Arjen tuki -hankkeen hallinnoijana toimii Kemin kaupunki ja hankkeen budjetti on noin 2 miljoonaa "
            "euroa, josta 80 % on valtionavustusta ja loput omarahoitusta.")
    ex = extract_document(record(text))
    assert not any(f.predicate == "contributes" for f in ex.facts)


def test_run_on_transcript_line_gives_no_share_from_distant_words() -> None:
    filler = " ".join(f"Asia {i} Kokouksen järjestäytyminen ja laillisuus" for i in range(12))
    text = (f"PÖYTÄKIRJA Kemin kaupungin edustaja {filler} Arjen tuki -hanke {filler} kuntaosuus "
            f"{filler} sivu 94 euroa")
    ex = extract_document(record(text, kind="minutes"))
    assert not any(f.predicate == "contributes" for f in ex.facts)
