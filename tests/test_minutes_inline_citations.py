"""A decision cited inside a paragraph ("Kunnanhallitus päätti 12.3.2024 § 45 ...") is running text, not the heading
of an item: minutes split into items only at their § headings, whatever number the citation carries."""

from __future__ import annotations

from pathlib import Path

import pytest

from welfare_kg.loaders.minutes import looks_like_minutes, parse_items

MINUTES = """Kunnanhallitus 12.3.2024

§ 44
Kokouksen laillisuus ja päätösvaltaisuus

Todettiin kokous lailliseksi.

§ 45
Hyvinvointisopimuksen hyväksyminen

Asian kuvaus
{cited}
Päätös
Hyväksyttiin.

§ 46
Muut asiat

Ei muita asioita.
"""
TITLES = ["Kokouksen laillisuus ja päätösvaltaisuus", "Hyvinvointisopimuksen hyväksyminen", "Muut asiat"]


@pytest.mark.parametrize("cited", [
    "Kunnanhallitus päätti 12.3.2024 § 45 hyväksyä sopimuksen.",
    "Sopimus on hyväksytty\nkunnanhallituksessa 12.3.2024 § 45. Sopimuksen osapuolet ovat Kunta ja Yhtymä.",
    "Kunnanhallitus päätti 12.3.2024 § 45 Etevan perussopimuksen muuttamisesta.",
    "Asiaa on käsitelty aiemmin (Kh 12.3.2024 § 45) Hyvinvointialueen kanssa.",
    "Valtuusto hyväksyi 1.2.2023 § 12 Etelä-Savon hyvinvointisopimuksen.",
    "Kunnanhallitus on 5.2.2024 § 31 Sopimuksen osalta todennut, että asia valmistellaan.",
    "Kunnanvaltuusto on hyväksynyt 12.3.2023 § 7 Hankkeen hallinnointisopimuksen.",
    "Viitaten kunnanhallituksen päätökseen 12.3.2024 § 45 Hyvinvointialue on valmistellut sopimuksen.",
    "(Kh 5.2.2024 § 30) Hyvinvointialue on valmistellut sopimuksen.",
    # an attendance row naming the sections a person attended ("§ 13")
    "Elin Forslund, facklig representant för Vision, § 13",
])
def test_a_cited_decision_does_not_open_an_item(cited: str) -> None:
    items = parse_items(MINUTES.format(cited=cited))
    assert [i.title for i in items] == TITLES
    assert [i.section for i in items] == ["44", "45", "46"]


def test_a_dated_line_of_a_body_named_by_its_field_is_a_heading() -> None:
    """A body's dated § line ("Hyvinvoinnin edistämisen lautakunta 12.3.2024 § 45") has words in lower case before
    its number and is a heading all the same."""
    text = MINUTES.format(cited="Lautakunta esitti sopimusta.").replace("Kunnanhallitus 12.3.2024", "Hyvinvoinnin "
                                                                         "edistämisen lautakunta 12.3.2024")
    for n, title in zip(("44", "45", "46"), TITLES, strict=True):  # the title above its dated § line
        text = text.replace(f"§ {n}\n{title}\n", f"{title}\n\nHyvinvoinnin edistämisen lautakunta 12.3.2024 § {n}\n")
    items = parse_items(text)
    assert [i.section for i in items] == ["44", "45", "46"]
    assert [i.title for i in items] == TITLES


CORPUS = Path(__file__).resolve().parent.parent / "eval" / "corpus"
CITATIONS = [
    "Kunnanhallitus päätti 12.3.2020 § 99 hyväksyä asian.",
    "Valtuusto hyväksyi 1.2.2019 § 7 Etelä-Savon sopimuksen.",
    "Asiaa on käsitelty aiemmin (Kh 5.2.2019 § 30) Hyvinvointialueen kanssa.",
    "Sopimus on hyväksytty\nkunnanhallituksessa 12.3.2019 § 45. Sopimuksen osapuolet ovat Kunta ja Yhtymä.",
]


def _cited_copy(text: str, items: list, citation: str) -> str:
    """The text with the citation as a paragraph of its own in the middle of every titled item (and of the header).

    An item with no title line of its own (a transcript's run of bare section numbers) takes its first text line as
    its title, so a citation placed there would rightly become one: such items get none."""
    pieces, last = [], 0
    for it in items:
        if not it.title:
            continue
        mid = text.find("\n\n", it.start + (it.end - it.start) // 2, it.end)
        if mid >= 0:
            pieces += [text[last:mid], "\n\n" + citation + "\n"]
            last = mid
    return "".join([*pieces, text[last:]])


def test_perturbed_corpus_minutes_keep_their_items() -> None:
    """Copies of the dev corpus's minutes with decisions cited inside every item's text read into the same items
    (section numbers and titles), the header's body and date included."""
    checked = 0
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if not looks_like_minutes(text):
            continue
        items = parse_items(text)
        if len(items) < 2 or not all(i.section for i in items):
            continue
        checked += 1
        want = [(i.section, i.title, i.body, i.date) for i in items]
        for citation in CITATIONS:
            got = [(i.section, i.title, i.body, i.date) for i in parse_items(_cited_copy(text, items, citation))]
            assert got == want, (path.name, citation)
    assert checked >= 5
