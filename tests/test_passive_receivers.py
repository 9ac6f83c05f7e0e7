"""A nominative name before a passive grant verb receives; a grant list opened so names no giver of its own."""

from __future__ import annotations

from helpers import ID, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer
from welfare_kg.extract.passive_receivers import passive_receiver


def _givers(text: str) -> set[str]:
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    label = {iri: min(e.labels) for iri, e in out.entities.items()}
    return {label.get(f.subject, f.subject.removeprefix(ID)) for f in out.facts if f.predicate == "funds"}


def test_the_passive_verb_after_a_name() -> None:
    text = "Kuusirannan vanhustuki ry myönnettiin avustuksia seuraavasti:"
    assert passive_receiver(text, len("Kuusirannan vanhustuki ry"))
    text = "Kaupunginhallitus myönsi avustuksia seuraavasti:"
    assert not passive_receiver(text, len("Kaupunginhallitus"))
    text = "Föreningen Havsbris rf beviljades bidrag enligt följande:"
    assert passive_receiver(text, len("Föreningen Havsbris rf"))
    # an inflected name cut before its ending ("-ohjelma|sta"): the source of the money, no receiver
    text = "Kylätalkkari-ohjelmasta myönnettiin rahoitus kymmenelle hankkeelle."
    assert not passive_receiver(text, len("Kylätalkkari-ohjelma"))


def test_a_list_opened_by_its_receiver_in_the_passive_is_not_that_receivers_grants() -> None:
    for name in ("Ikäihmisten Kuusiliitto ry", "Kuusirannan säätiö"):
        text = ("Avustukset vuodelle 2014 vahvistettiin\n\n"
                "Raha-automaattiyhdistys jakoi avustuksia järjestöille.\n\n"
                f"{name} myönnettiin avustuksia seuraavasti:\n\n"
                "• Yleisavustuksena liiton toimintaan 120 000 euroa.\n"
                "• Ystävät verkossa – digiapu kotiin 30 000 euroa, uusi projekti vuosille 2014-2016.\n"
                "• Kerhotoimintaan 40 000 euroa.\n\n"
                "Ystävät verkossa -projekti alkaa keväällä.\n")
        givers = _givers(text)
        assert not any(g.startswith(name.split()[0]) for g in givers), givers
        assert givers == {"Raha-automaattiyhdistys"}


def test_an_active_opening_keeps_its_giver() -> None:
    text = ("Kaupunginhallitus päätti avustuksista.\n\n"
            "Hirvijärven säätiö myönsi avustuksia seuraavasti:\n\n"
            "• Kuusirannan vanhustuki ry 12 000 euroa\n"
            "• Hirvijärven kyläyhdistys ry 4 000 euroa\n")
    assert any(g.startswith("Hirvijärven säätiö") for g in _givers(text))
