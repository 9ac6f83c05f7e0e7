"""A qualifier or a leading title between a genitive owner and the title before a name (extract/title_modifiers.py),
and an organisation closing a titled name's list item after a comma (extract/comma_employers.py).

Every sentence is invented for these tests.
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.comma_employers import comma_employer
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.model import Extraction, Mention
from welfare_kg.extract.title_modifiers import apposed_lead_title, owner_end_before


def _posts(text: str) -> dict[str, set[str]]:
    ex: Extraction = extract_document(record(text))
    out: dict[str, set[str]] = {}
    for f in ex.facts:
        if f.predicate == "holdsPost" and f.subject in ex.entities and f.object in ex.entities:
            out.setdefault(ex.entities[f.subject].label, set()).add(ex.entities[f.object].label)
    return out


def test_adjective_between_the_towns_genitive_and_the_title() -> None:
    posts = _posts("Työryhmään kuuluivat Laitilan kaupungin rakennustarkastaja Timo Laine, Mietoisten kunnan "
                   "tekninen johtaja Riku Lehto ja Kustavin kunnan rakennustarkastaja Iiris Tola.")
    assert posts["Riku Lehto"] == {"Mietoinen"}
    assert posts["Timo Laine"] == {"Laitila"}


def test_leading_seat_before_a_second_title_is_the_owners() -> None:
    posts = _posts("Hanke on tärkeä, sanoo Ruralia ry:n varapuheenjohtaja, kansanedustaja Paula Vering.")
    assert posts["Paula Vering"] == {"Ruralia ry"}


def test_a_comma_after_a_word_that_is_no_title_joins_nothing() -> None:
    # "kanssa" is no title: the association is not the owner of the post written after the comma
    assert owner_end_before("Ruralia ry:n kanssa, toiminnanjohtaja ", 30, lambda w: w.endswith("johtaja")) is None
    assert owner_end_before("Ruralia ry:n puheenjohtaja, toiminnanjohtaja ", 28,
                            lambda w: w.endswith("johtaja")) == (13, "puheenjohtaja")


def test_a_surname_in_inen_is_no_qualifier() -> None:
    text = "valittiin Antti Miettinen ja "
    assert owner_end_before(text, text.index("ja"), lambda w: False) is None


def test_apposed_lead_title_needs_a_comma_and_a_plain_word() -> None:
    def title(w: str) -> str | None:
        return w if w.endswith("johtaja") else None

    def noun(w: str) -> bool:
        return w != "kertoo"

    assert apposed_lead_title(["varapuheenjohtaja", ",", "kansanedustaja"], 3, title, noun) == "varapuheenjohtaja"
    assert apposed_lead_title(["toiminnanjohtaja", ",", "ja"], 3, title, noun) is None  # "A, toiminnanjohtaja, ja B"
    assert apposed_lead_title(["Kuopio", ",", "kansanedustaja"], 3, title, noun) is None
    assert apposed_lead_title(["toiminnanjohtaja", ",", "kertoo"], 3, title, noun) is None  # a verb, no apposition


def test_professor_and_researcher_each_with_the_university_closing_their_item() -> None:
    posts = _posts("Seminaarissa puhuivat professori Ville Mäkinen, Oulun yliopisto, ja tutkija Anna Laine, "
                   "Lapin yliopisto.")
    assert posts["Ville Mäkinen"] == {"Oulun yliopisto"}
    assert posts["Anna Laine"] == {"Lapin yliopisto"}


def test_town_closing_the_row_is_home_and_the_row_above_says_nothing() -> None:
    posts = _posts("Hallitus\n\ntoiminnanjohtaja Eevi Koskinen, Lappeenrannan Eläkeläiset ry\n"
                   "puheenjohtaja Aino Kallio, Kuopio\n")
    assert posts["Eevi Koskinen"] == {"Lappeenrannan Eläkeläiset ry"}
    assert "Aino Kallio" not in posts


def test_comma_employer_needs_the_item_to_end() -> None:
    text = "toiminnanjohtaja Eevi Koskinen, Kela myönsi avustuksen"
    person = Mention(17, 30, "Eevi Koskinen", "Eevi Koskinen", "Person", iri="p")
    kela = Mention(32, 36, "Kela", "Kela", "Agency", iri="k")
    assert comma_employer(person, [kela], text) is None  # a clause goes on after the organisation
    assert comma_employer(person, [kela], text[:36] + ", ja ") is kela


def test_copula_with_an_abbreviations_genitive() -> None:
    # "ry:n": the colon of an abbreviation's case ending is inside the predicate (extract/copula_titles.py)
    assert _posts("Matti Virtanen on Suomen Kylät ry:n toiminnanjohtaja.")["Matti Virtanen"] == {"Suomen Kylät ry"}


def test_swedish_genitive_owner_after_the_name() -> None:
    # extract/genitive_titles.py: a comma, "är" or "som är" between the name and the owner's genitive
    for text in ("Det här är viktigt, säger Peter Holm, Svenska kulturfondens verksamhetsledare.",
                 "Peter Holm är Svenska kulturfondens verksamhetsledare.",
                 "Det är ett gott tecken, säger Peter Holm som är Svenska kulturfondens ombudsman i Nyland."):
        assert _posts(text)["Peter Holm"] == {"Svenska kulturfonden"}, text


def test_swedish_relative_copula_with_a_preposition() -> None:
    posts = _posts("Det här är viktigt, säger Peter Holm som är verksamhetsledare vid Svenska kulturfonden.")
    assert posts["Peter Holm"] == {"Svenska kulturfonden"}


def test_swedish_preposition_organisation_belongs_to_the_name_after_it() -> None:
    # "frivilligkoordinator för <Org> <Name>": the organisation is that name's, not the later people's
    posts = _posts("Från vänster projektkoordinator Nora Rapo, frivilligkoordinator för Svenska kulturfonden "
                   "Soile Bark, tolken Friba Mansur, projektchef Veera Vilke och Eva Kuhl.")
    assert posts["Soile Bark"] == {"Svenska kulturfonden"}
    assert "Friba Mansur" not in posts and "Veera Vilke" not in posts


def test_town_after_a_contacts_comma_is_no_employer() -> None:
    posts = _posts("Lisätietoja\n\n• Hankevastaava, opettaja Mikko Huttula, Järvenpää, mikko.huttula@example.org\n")
    assert "Järvenpää" not in posts.get("Mikko Huttula", set())


def test_an_associations_chair_in_the_genitive_and_the_translative() -> None:
    for text in ("Tulos on hyvä, sanoo Anna Laine, Suomen Kylät ry:n puheenjohtaja.",
                 "Suomen Kylät ry:n puheenjohtaja on Anna Laine.",
                 "Anna Laine valittiin Suomen Kylät ry:n puheenjohtajaksi.",
                 "Suomen Kylät ry:n puheenjohtajaksi valittiin Anna Laine."):
        assert _posts(text)["Anna Laine"] == {"Suomen Kylät ry"}, text
    # the board's seat is the board's, not the association's
    posts = _posts("Anna Laine valittiin Suomen Kylät ry:n hallituksen puheenjohtajaksi.")
    assert "Suomen Kylät ry" not in posts["Anna Laine"]


def test_kind_word_after_the_name_points_back_to_the_association() -> None:
    # extract/kind_owners.py `kind_owner_after`: the mirror of "yhdistyksen puheenjohtaja A"
    posts = _posts("Suomen Kylät ry järjesti seminaarin. Seminaarin avasi Matti Viila, yhdistyksen puheenjohtaja.")
    assert posts["Matti Viila"] == {"Suomen Kylät ry"}
    # a town's word is the municipality rules' and a school's the kind titles'
    assert "Matti Viila" not in _posts("Seminaarin avasi Matti Viila, koulun rehtori.")


def test_body_word_and_seat_after_the_name_point_back_to_the_one_body() -> None:
    posts = _posts("Kylävirkku-hankkeen ohjausryhmä kokoontui neljä kertaa. Ohjausryhmä koostui seuraavasti:\n"
                   "- Matti Viila, ohjausryhmän puheenjohtaja\n- Esko Vaha, ohjausryhmän sihteeri\n")
    assert posts["Esko Vaha"] == {"Kylävirkku-hankkeen ohjausryhmä"}
    assert posts["Matti Viila"] == {"Kylävirkku-hankkeen ohjausryhmä"}


def test_a_row_naming_its_organisation_after_the_seat_is_not_read_back() -> None:
    posts = _posts("Hämeen maakuntahallitus kokoontui.\n\nFrancis Carro, hallituksen puheenjohtaja, Ruralia ry\n")
    assert posts.get("Francis Carro", set()) <= {"Ruralia ry"}
