"""A contact block's line labels (phone, e-mail, address; Finnish and Swedish) never open or close a name
(extract/entities.py CONTACT_WORDS). Invented people."""

from __future__ import annotations

from helpers import entity_labels, needs_voikko


@needs_voikko
def test_a_first_name_run_into_a_label_is_no_person() -> None:
    for row in ("Käyntiosoite Mannerheimintie 2 Puhelin Vaihde Hanna Sähköposti\n", "Kontakt: Anna Telefon 040 123\n",
                "Pekka Osoite Kauppakatu 4\n", "Projektipäällikkö Hanna Sähköposti hanna@x.fi\n"):
        assert entity_labels("Hanke tukee ikäihmisiä Kuopiossa.\n\n" + row, "Person") == set(), row


@needs_voikko
def test_a_name_before_its_phone_line_stays_a_person() -> None:
    text = "Hanke tukee ikäihmisiä.\n\nMatti Virtanen\nPuhelin 040 123\nSähköposti matti@x.fi\n"
    assert entity_labels(text, "Person") == {"Matti Virtanen"}
