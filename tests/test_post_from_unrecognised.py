"""A titled person's employer the sentence names in a "from" case but no rule recognises: no guessed one.

Invented sentences: the prose post rule guesses an organisation for a titled person when the sentence names
none it recognises (the sentence before's, the publisher's); a sentence that says where the person comes from
("sairaanhoitopiirin kehittämisyksiköstä") names the employer even when nobody recognised it.
"""

from __future__ import annotations

from helpers import needs_voikko_for

from welfare_kg.extract.document import extract_document
from welfare_kg.loaders import load_document

needs_voikko = needs_voikko_for("cases are read with Voikko")


@needs_voikko
def test_a_from_case_organisation_nobody_recognised_stops_the_guess(tmp_path) -> None:
    doc = tmp_path / "ryhma.txt"
    doc.write_text("Valmisteleva ryhmä kokoontui. Koordinaattorina toimi osastonhoitaja Anna Kivilahti "
                   "(Jyväskylän kaupunki). Ryhmää avustivat ylilääkäri Pekka Laaksola ja suunnittelija "
                   "Sanna Kurkela sairaanhoitopiirin kehittämisyksiköstä.\n", encoding="utf-8")
    ex = extract_document(load_document(doc))
    held = {ex.entities[f.subject].label for f in ex.facts if f.predicate == "holdsPost"}
    assert "Anna Kivilahti" in held
    assert "Pekka Laaksola" not in held and "Sanna Kurkela" not in held
