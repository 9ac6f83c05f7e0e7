"""A nobiliary particle a list capitalises ("Santtu Von Bruun", "Von Bruun Santtu") stays part of the surname.

The attendance lists fold a lower-case "von"/"af"/"van" into the surname after it; a capitalised one split the name
into "Santtu Von" and left "Bruun" out. "Von", "Af" and "Van" are no Finnish or Swedish words, so they fold when
capitalised too; "De" (Swedish "they") only in lower case. The names are invented.
"""

from __future__ import annotations

from helpers import MORPH, needs_voikko

from welfare_kg.extract.people import listed_people


def _names(text: str) -> list[str]:
    return [p.label for p in listed_people(text, MORPH)]


@needs_voikko
def test_capitalised_particles_in_rows() -> None:
    text = ("Läsnä: Juha Kestilä, Oulun kaupunki Santtu Von Brandt, Helsingin kaupunki (estynyt) Kimmo Rautio, "
            "Helsingin kaupunki Olli Vaara, TEM")
    assert "Santtu Von Brandt" in _names(text)
    assert "Santtu Von Brandt" in _names("Läsnä Virtanen Olli jäsen Von Brandt Santtu jäsen Salo Eeva jäsen")
    # guard: the lower-case particle as before, and the neighbours keep their names
    names = _names("Läsnä Virtanen Olli jäsen von Brandt Santtu jäsen Salo Eeva jäsen")
    assert names == ["Olli Virtanen", "Santtu von Brandt", "Eeva Salo"]
