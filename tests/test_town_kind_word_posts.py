"""A town's own word right before an office title ("kunnan hyvinvointipäällikkö X") places the office in the town
the text has named most before it, where no other rule placed it: a town's news names its council's chair in the
same sentence, which alone left the office with no employer (output audit a39, invented sentences). A seat
("kunnan puheenjohtaja") and a town named only after the person stay unplaced."""

from __future__ import annotations

from tests.helpers import fact_rows
from welfare_kg.extract.gazetteer import Gazetteer


def _posts(gaz: Gazetteer, text: str) -> dict[str, str]:
    return {f[0]: f[2] for f in fact_rows(gaz, text, "news") if f[1] == "holdsPost"}


def test_the_towns_word_places_the_office_in_the_town_named_before(gaz: Gazetteer) -> None:
    text = ("Terveyden ja hyvinvoinnin laitos on hyväksynyt Kuhmoisten kunnan verkoston jäseneksi. Kuntaa edustaa "
            "verkostossa valtuuston puheenjohtaja Pekka Aho ja kunnan hyvinvointipäällikkö Sari Laine.")
    posts = _posts(gaz, text)
    assert posts.get("person/sari-laine", "").startswith("municipality/")
    assert "valtuusto" in posts.get("person/pekka-aho", "")


def test_no_town_before_the_word_gives_no_office(gaz: Gazetteer) -> None:
    text = ("Kuntaa edustaa verkostossa valtuuston puheenjohtaja Pekka Aho ja kunnan hyvinvointipäällikkö Sari Laine. "
            "Verkostoon kuuluu myös Kuhmoisten kunta.")
    assert not _posts(gaz, text).get("person/sari-laine", "").startswith("municipality/")
