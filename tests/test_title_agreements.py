"""An item title's agreement word after its owners' kind words, or opening a run-in title, is what the item decides.

Written for these tests: short minutes of invented bodies and agreements (extract/title_agreements.py).
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.model import Mention
from welfare_kg.extract.title_agreements import titled_agreement
from welfare_kg.ontology.namespace import ID


def _decides(text: str) -> list[tuple[str, str, str]]:
    ex = extract_document(record(text, kind="minutes"))
    labels = {iri: e.label for iri, e in ex.entities.items()}
    return [(f.subject.removeprefix(ID), f.object.removeprefix(ID), labels.get(f.object, ""))
            for f in ex.facts if f.predicate == "decides"]


KIND_OWNER = """Yhtymähallitus 3.4.2024 § 41

§ 41 Kuntayhtymän perussopimuksen muuttaminen

Jäsenkunnat ovat esittäneet muutoksia.

Päätös
Yhtymähallitus esittää muutokset jäsenkuntien hyväksyttäviksi.
"""


def test_an_agreement_word_after_the_kind_of_its_owner_is_what_the_item_decides() -> None:
    found = _decides(KIND_OWNER)
    assert any(o.startswith("agreement/") and "perussopimus" in label.lower() for _, o, label in found), found


STATEMENT = KIND_OWNER.replace("Kuntayhtymän perussopimuksen muuttaminen",
                               "Lausunto kuntayhtymän perussopimuksen luonnoksesta")


def test_a_statement_on_the_owners_draft_decides_nothing() -> None:
    assert not _decides(STATEMENT)


def _generic(text: str, word: str, label: str) -> Mention:
    at = text.index(word)
    return Mention(start=at, end=at + len(word), surface=word, label=label, type="Agreement",
                   iri=f"{ID}agreement/x-{label}", rule="generic-head", generic=True)


def test_a_capitalised_agreement_word_with_what_is_done_to_it_opens_a_run_in_title() -> None:
    title = "Katuvalojen uusiminen sekä Vesihuoltosopimuksen uudistaminen"
    m = _generic(title, "Vesihuoltosopimuksen", "vesihuoltosopimus")
    assert titled_agreement([m], title, 0, len(title)) == [m]


def test_a_lower_case_agreement_word_inside_a_title_is_passing_mention() -> None:
    title = "Katuvalojen uusiminen vesihuoltosopimuksen uudistamisen jälkeen"
    m = _generic(title, "vesihuoltosopimuksen", "vesihuoltosopimus")
    assert titled_agreement([m], title, 0, len(title)) == []


def test_a_list_of_owner_kinds_before_the_word_counts_as_its_owners() -> None:
    title = "Kaupungin, seurakunnan ja yhdistysten kumppanuussopimus"
    m = _generic(title, "kumppanuussopimus", "kumppanuussopimus")
    assert titled_agreement([m], title, 0, len(title)) == [m]


def test_an_owner_kind_inside_a_longer_title_without_a_break_is_not_an_owner_list() -> None:
    title = "Selvitys siitä, miten kaupungin kumppanuussopimus toimii"
    m = _generic(title, "kumppanuussopimus", "kumppanuussopimus")
    assert titled_agreement([m], title, 0, len(title)) == []


def test_two_kinds_of_agreement_in_one_title_decide_neither() -> None:
    title = "Kunnan vuokrasopimus ja Kunnan palvelusopimuksen hyväksyminen"
    a = _generic(title, "vuokrasopimus", "vuokrasopimus")
    b = _generic(title, "palvelusopimuksen", "palvelusopimus")
    assert titled_agreement([a, b], title, 0, len(title)) == []


OWNED_TITLE = """Aluehallitus 2.5.2024 § 77

§ 77 Oppilaitosten ja hyvinvointialueen harjoittelusopimus

Valmistelija: hallintojohtaja

Päätösehdotus
Aluehallitus hyväksyy sopimuksen.
"""


def test_a_title_of_owner_kinds_and_an_agreement_word_is_the_agreements_name_and_decided() -> None:
    found = _decides(OWNED_TITLE)
    assert any(label == "Oppilaitosten ja hyvinvointialueen harjoittelusopimus" for _, _, label in found), found


def test_a_title_naming_whose_project_is_not_an_agreement_name() -> None:
    ex = extract_document(record(OWNED_TITLE.replace("harjoittelusopimus", "harjoitteluhanke"), kind="minutes"))
    assert not any(e.type == "Agreement" and "Oppilaitosten" in e.label for e in ex.entities.values())
