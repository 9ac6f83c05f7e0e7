"""A listed person's name kept as written: the word forms of minutes' rows and signatures
(extract/entities.py `_surname`, extract/person_forms.py `swedish_genitives`, extract/person_extents.py).

All names are invented."""

from __future__ import annotations

from tests.helpers import entity_labels, needs_voikko

pytestmark = needs_voikko


def test_a_surname_that_reads_as_its_own_nominative_keeps_its_form() -> None:
    """"Halko" is a noun's nominative, and also "Hal" with the clitic "-ko": the name is written in its base form."""
    labels = entity_labels("Pöytäkirjan tarkastajiksi valittiin Anneli Halko ja Risto Penttinen.", "Person",
                           kind="minutes")
    assert "Anneli Halko" in labels
    assert "Anneli Hal" not in labels


def test_a_meeting_role_after_a_swedish_name_is_no_genitive_noun() -> None:
    """"Ville Storgårds protokolljusterare": the role of a signature row, not a noun the name owns."""
    labels = entity_labels("Protokollet undertecknat Nykarleby 07.03.2011 Ville Storgårds protokolljusterare "
                           "Ebba Lindqvist sekreterare", "Person", kind="minutes")
    assert "Ville Storgårds" in labels
    assert "Ville Storgård" not in labels


def test_a_capitalised_role_word_ending_in_ja_is_no_second_surname() -> None:
    """"Puheenjohtaja" ends in "ja", but it is one word: no "Puheenjohta" joins the name before it."""
    labels = entity_labels("POISSA Kivelä Raija kvalt 1.vpj Allekirjoitukset Kaisu Havu-Ranta Puheenjohtaja "
                           "Marie Salo Pöytäkirjanpitäjä Käsitellyt asiat", "Person", kind="minutes")
    assert not any("Puheenjohta" in label for label in labels)


def test_a_surname_that_is_a_nouns_nominative_after_a_title_keeps_its_form() -> None:
    """"ylitarkastaja Emma Kuusi": "Kuusi" reads as "kuusi" and as "kuu" with a possessive suffix; the word is its
    own nominative, so the name is written in its base form (not "Emma Kuu")."""
    labels = entity_labels("Lisätietoja: ylitarkastaja Emma Kuusi, OKM, p. 0295 123 456", "Person")
    assert "Emma Kuusi" in labels
    assert "Emma Kuu" not in labels
