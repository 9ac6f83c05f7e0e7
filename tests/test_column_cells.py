"""A grant table flattened one cell a line under its heading cells: extract/column_cells.py. Perturbed layouts of
one table (blank lines or none, two or three columns, an applied-sum column) and texts it must leave alone."""

from __future__ import annotations

from decimal import Decimal

from tests.helpers import extract, needs_voikko

RULE = "funds:column-cells"
ROWS = [("Kuopion Nuorisoseura ry", "Nuorten kesä -hanke", "8 000", "5 000"),
        ("Siilinjärven Kyläyhdistys ry", "Kylätalo elää -hanke", "4 000", "3 000"),
        ("Leppävirran 4H-yhdistys ry", "Kotipuutarhat-hanke", "2 000", "1 500")]
LEAD = "Kuopion kaupungin avustukset 2025\n\nKuopion kaupunki myönsi avustukset seuraavasti:\n\n{table}\n\n" \
       "Avustukset maksetaan toukokuussa.\n"


def _grants(text: str, kind: str = "news") -> dict[str, tuple[str, Decimal | None]]:
    ex = extract(text, kind)
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {label.get(f.object, f.object): (f.rule, f.amount) for f in ex.facts if f.predicate == "funds"}


def _table(heads: list[str], columns: list[int], sep: str = "\n") -> str:
    cells = heads + [row[j] for row in ROWS for j in columns]
    return sep.join(cells)


@needs_voikko
def test_three_columns_one_cell_a_line_with_or_without_blank_lines() -> None:
    for sep in ("\n", "\n\n"):
        found = _grants(LEAD.format(table=_table(["Hakija", "Hanke", "Myönnetty"], [0, 1, 3], sep)))
        assert found.get("Kylätalo elää") == (RULE, Decimal("3000")) or \
            found.get("Kylätalo elää -hanke") == (RULE, Decimal("3000")), (sep, found)


@needs_voikko
def test_the_granted_column_not_the_applied_one_gives_the_sum() -> None:
    found = _grants(LEAD.format(table=_table(["Hakija", "Haettu", "Myönnetty"], [0, 2, 3])))
    assert found.get("Kuopion Nuorisoseura ry") == (RULE, Decimal("5000")), found
    assert "Leppävirta" not in found  # the town's genitive opening a cell owns the receiver, it receives nothing


@needs_voikko
def test_a_table_of_applied_sums_only_grants_nothing() -> None:
    found = _grants(LEAD.format(table=_table(["Hakija", "Haettu"], [0, 2])))
    assert not any(rule == RULE for rule, _ in found.values())


@needs_voikko
def test_no_granter_in_the_opening_no_funder_invented() -> None:
    text = ("Kesän avustukset\n\nAvustuksia jaettiin taas usealle toimijalle.\n\n"
            + _table(["Hakija", "Myönnetty"], [0, 3]) + "\n")
    found = _grants(text)
    assert not any(rule == RULE for rule, _ in found.values())


@needs_voikko
def test_a_swedish_table_in_kronor() -> None:
    text = ("Region Västmanland beviljar kulturstöd\n\nRegion Västmanland har beviljat kulturstöd till "
            "följande föreningar:\n\nSökande\nBeviljat belopp\nFöreningen Spelglädje\n12 000 kr\n"
            "Västerås Konstförening\n25 000 kr\n")
    found = _grants(text)
    assert any(rule == RULE and amount == Decimal("12000") for rule, amount in found.values()), found
