"""A board named by its owner's genitive ("Pohjois-Pohjanmaan liiton hallitus") is not also named by its bare head:
"Hallitus" alone is how minutes name their own board, and a bare name shared by two boards merged them or tied the
owned one to the meeting's (extract/resolve.py `entities_from_mentions`)."""

from helpers import record

from welfare_kg.extract.document import extract_document

TEXT = ("PÖYTÄKIRJA 5/2009\nSEUTUKUNTAHALLITUKSEN KOKOUS\nLäsnä: Kari Valtanen puheenjohtaja, Matti Kivi jäsen, "
        "Sanna Isola, Pohjois-Pohjanmaan liiton hallituksen jäsen, Esa Jussila, toiminnanjohtaja\n\n"
        "§ 40 Kokouksen avaus\nHallitus totesi kokouksen lailliseksi.\n")


def test_an_owned_board_keeps_only_its_full_name() -> None:
    ex = extract_document(record(TEXT, kind="minutes"))
    owned = [e for e in ex.entities.values() if e.type == "Body" and "liiton hallitus" in e.label]
    assert owned, [e.label for e in ex.entities.values()]
    assert all("Hallitus" not in e.labels for e in owned), [sorted(e.labels) for e in owned]


def test_a_bare_board_keeps_its_bare_name() -> None:
    ex = extract_document(record("PÖYTÄKIRJA 2/2014\nHallitus 2/2014\nHallitus hyväksyi talousarvion.\n",
                                 kind="minutes"))
    assert any("Hallitus" in e.labels for e in ex.entities.values() if e.type == "Body"), \
        [(e.label, e.labels) for e in ex.entities.values()]
