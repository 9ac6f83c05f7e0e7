"""Bodies that unseen minutes name by a compound head or as the meeting's own body (issue 12, fresh pages)."""

from __future__ import annotations

import pytest
from helpers import extract as _extract


def _body_labels(text: str, kind: str = "news") -> set[str]:
    return {label.lower() for e in _extract(text, kind).entities.values() if e.type == "Body" for label in e.labels}


@pytest.mark.parametrize(("text", "label"), [
    # compound boards and councils: the head word names the body whatever its first part
    ("Seutuhallitus päätti esittää asiaa jäsenkunnille.", "seutuhallitus"),
    ("Liittovaltuusto kokoontui keväällä.", "liittovaltuusto"),
    ("Asia siirtyi kirkkovaltuuston käsiteltäväksi.", "kirkkovaltuusto"),
    ("Konsernihallituksen kokouksessa asia hyväksyttiin.", "konsernihallitus"),
    # a Swedish municipal enterprise's board, definite form
    ("Direktionen beslöt att godkänna budgeten.", "direktion"),
])
def test_compound_body_is_found(text: str, label: str) -> None:
    assert label in _body_labels(text)


def test_self_government_is_no_body() -> None:
    assert not any("itsehallitus" in x for x in _body_labels("Saamelaisten itsehallitus vahvistui uudistuksessa."))


@pytest.mark.parametrize(("text", "label"), [
    # a division or an advisory board named by lower-case genitives inside a sentence
    ("Asia siirrettiin yksilöasioiden jaostolle ratkaistavaksi.", "yksilöasioiden jaosto"),
    ("Kaupunginhallitus asetti rintamaveteraaniasiain neuvottelukunnan.", "rintamaveteraaniasiain neuvottelukunta"),
])
def test_lower_case_genitives_name_the_body(text: str, label: str) -> None:
    assert label in _body_labels(text)


def test_a_describing_adjective_names_no_board() -> None:
    labels = _body_labels("Tarkastuslautakunta on valtuuston asettama lakisääteinen lautakunta.")
    assert "tarkastuslautakunta" in labels
    assert not any(x.startswith("lakisääteinen") for x in labels)


def test_an_owner_word_alone_names_no_division() -> None:
    assert "kunnan jaosto" not in _body_labels("Asia siirrettiin kunnan jaostolle.")


@pytest.mark.parametrize(("text", "label"), [
    # standing groups named like a steering group
    ("Valmisteluryhmä kokoontui viikoittain.", "valmisteluryhmä"),
    ("Asia vietiin luottamushenkilöpuolen seurantaryhmän käsiteltäväksi.", "luottamushenkilöpuolen seurantaryhmä"),
    # a place's genitive opens the name before lower-case genitives
    ("Sopimuksen toimeenpanoa ohjaa Pohjois-Savon hyvinvoinnin kumppanuusryhmä.",
     "pohjois-savon hyvinvoinnin kumppanuusryhmä"),
])
def test_standing_group_is_found(text: str, label: str) -> None:
    assert label in _body_labels(text)


def test_a_group_of_a_kind_is_no_body() -> None:
    assert not _body_labels("Kuntiin perustetaan alueellisia kumppanuusryhmiä ja seurantaryhmä tarvittaessa.")


def test_abbreviated_swedish_board_in_attendance_columns() -> None:
    labels = _body_labels("ÖVRIGA NÄRVARANDE: Ekonomichef Sekreterare Stadsstyr. repr. Anna Berg Karin Lind")
    assert "stadsstyrelse" in labels


def test_a_partnership_table_named_by_its_genitives_is_a_body() -> None:
    # a county's standing table with associations, named by the lower-case genitive before it
    text = "Aluehallitus valitsi jäsenet järjestöjen kumppanuuspöytään. Kumppanuuspöytä kokoontuu keväällä."
    assert "järjestöjen kumppanuuspöytä" in _body_labels(text, "minutes")


def test_a_writing_table_is_no_body() -> None:
    # "pöytä" alone or in other compounds is furniture, not a body
    assert not _body_labels("Kirjoituspöytä ja ruokapöytä siirrettiin yhdistyksen toimistoon.")
