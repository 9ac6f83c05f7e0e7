"""A name in a Swedish passage keeps its surname as written (twenty-ninth session, fresh-page audit).

The sentences are written for these tests: invented members and officials of invented Swedish committees. Voikko
reads some Swedish surnames as Finnish case forms ("Trolle" as the allative of "Tro", "Rydin" as the genitive of
"Ryti"); Swedish inflects no name in a case, so in a Swedish passage the written surname is the base form. A
Finnish sentence still has its inflected name read to its base form.
"""

from __future__ import annotations

from helpers import MORPH, needs_voikko

from welfare_kg.extract.model import Mention
from welfare_kg.extract.person_forms import base_form_people, in_swedish_passage


def _label(text: str, name: str) -> str:
    start = text.index(name)
    m = Mention(start=start, end=start + len(name), surface=name, label=name, type="Person", rule="person",
                case=None, key=None)
    base_form_people([m], MORPH, text)
    return m.label


@needs_voikko
def test_a_swedish_row_keeps_the_surname_voikko_reads_as_a_case() -> None:
    text = ("Övriga närvarande ersättare som inte tjänstgör: Eva Holm (S), Unni Trolle (M) och Per Ek (C) samt "
            "sekreterare Lisa Ström")
    assert _label(text, "Unni Trolle") == "Unni Trolle"
    text = ("Information om äldreboendet. Margareta Rydin, verksamhetschef för boendet, och Ola Berg informerade "
            "om arbetet med kvaliteten.")
    assert _label(text, "Margareta Rydin") == "Margareta Rydin"


@needs_voikko
def test_a_finnish_sentence_still_reads_the_inflected_name_to_its_base_form() -> None:
    text = "Lautakunta valitsi pöytäkirjan tarkastajiksi Liisa Kuusiston ja Pekka Ojan."
    assert _label(text, "Liisa Kuusiston") == "Liisa Kuusisto"


def test_the_passage_test_stops_early_with_the_same_answer() -> None:
    # Finnish's short words settle a passage at the first; Swedish needs two, and a third changes nothing
    for text, swedish in [("Anna Berg och Bo Ek har samt det", True), ("Anna Berg och Bo Ek", False),
                          ("Anna Berg och Bo Ek samt", True), ("Anna Berg och Bo Ek samt ja", False),
                          ("ja Anna Berg och Bo Ek samt för", False), ("Anna Berg", False)]:
        assert in_swedish_passage(text, 0, 9) is swedish, text
