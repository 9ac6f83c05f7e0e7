"""An organisation's news of its own grants: the receiver runs the projects the page names (grant_page_projects.py)."""

from __future__ import annotations

from helpers import ID, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer
from welfare_kg.extract.grant_page_projects import RULE


def _owned(text: str, kind: str = "news") -> set[tuple[str, str]]:
    out = extract_document(record(text, kind=kind), gazetteer=reference_gazetteer())
    return {(f.subject.removeprefix(ID), f.object.removeprefix(ID)) for f in out.facts if f.rule == RULE}


_OWN = ("Ketolan Kuntoutujat ry:lle avustusehdotus\n\n"
        "Sosiaali- ja terveysjärjestöjen avustuskeskus on tehnyt 120 000 euron avustusehdotuksen Ketolan Kuntoutujat "
        "ry:n toimintaan vuodelle 2031.\n\n"
        "Ehdotukseen sisältyy myös uusi Polku auki -hanke. Hankkeessa nuoret kokeilevat osaamistaan.\n\n"
        "Ketolan Kuntoutujat ry:n avustus varmistuu keväällä.\n")


def test_receivers_own_project() -> None:
    got = _owned(_OWN)
    assert len(got) == 1, got
    (owner, project), = got
    assert "ketola" in owner and "polku" in project


def test_not_in_minutes() -> None:
    assert not _owned(_OWN, kind="minutes")


def test_no_grant_in_the_title() -> None:
    text = ("Kesän tapahtumat\n\nKetolan Kuntoutujat ry järjestää retken.\n\n" + "Tapahtumia riittää. " * 20
            + "\n\nUusi Polku auki -hanke käynnistyy. Ketolan Kuntoutujat ry kutsuu mukaan.\n")
    assert not _owned(text)


def test_project_named_beside_another_organisation() -> None:
    """A project some other organisation is named beside is not the receiver's to run."""
    text = _OWN.replace("Ehdotukseen sisältyy myös uusi Polku auki -hanke.",
                        "Ehdotukseen sisältyy myös Mäkelän Nuoret ry:n kanssa valmisteltu Polku auki -hanke.")
    assert not _owned(text)


def test_funders_list_of_many_receivers() -> None:
    """A funder's news names each receiver about once: no one of them owns the page."""
    text = ("Avustuksia myönnettiin kolmelle hankkeelle\n\n"
            "Ketolan Kuntoutujat ry sai 10 000 euroa ja Mäkelän Nuoret ry 8 000 euroa.\n\n"
            "Uusi Polku auki -hanke alkaa syksyllä.\n")
    assert not _owned(text)
