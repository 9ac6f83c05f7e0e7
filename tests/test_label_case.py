"""A known name written as its label is in its base form, whatever case its last word carries (entities.py)."""

from __future__ import annotations

from helpers import ID, extract

I_SAMMA_BAT = ID + "association/i-samma-bat"
UUSIMAA = ID + "region/01"


def test_a_label_ending_in_a_locative_word_is_read_in_the_nominative() -> None:
    text = "Uudellamaalla saaristoa kehittää I samma båt – Samassa veneessä yhdessä kuntien kanssa."
    mentions = extract(text).entities[I_SAMMA_BAT].mentions
    assert mentions and all(m.case == "nimento" for m in mentions)
    # the opening region then frames it as the subject it is
    assert any(f.subject == I_SAMMA_BAT and f.object == UUSIMAA and f.predicate == "coversArea"
               for f in extract(text).facts)


def test_an_inflected_name_keeps_its_case() -> None:
    text = "Asiasta päätettiin Pohjois-Savon liitossa viime viikolla."
    council = [e for e in extract(text).entities.values() if e.type == "JointAuthority"]
    assert council and all(m.case == "sisaolento" for e in council for m in e.mentions)
