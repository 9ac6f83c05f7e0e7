"""A party's bracket after a name is no employer, the liberals' old "(FP)" too (twenty-eighth session, fresh pages).

The text is written for this test: an invented Swedish board's front page with its members' parties in brackets,
the last member "(FP)" and the same member again among the signatures; "FP" was read as a company that member
worked for.
"""

from __future__ import annotations

from helpers import needs_voikko, record

from welfare_kg.extract.document import extract_document


@needs_voikko
def test_the_fp_bracket_is_a_party_not_a_company() -> None:
    text = ("Sida 1 (20) Plats och tid. Rådhuset kl. 09:00-12:00 Beslutande Ledamöter Kjell Bergman (S), Kajsa Lind "
            "(S), Bertil Holm (M), Kent Sandberg (C) Tommy Ekström (KD) och Pär Wennerbom (FP). Tjänstgörande "
            "ersättare Annika Strand Björk (KD) ersätter Tommy Ekström (KD). Övriga närvarande Ersättare Kenneth "
            "Lundell (S). Tjänstemän Kommundirektör Jan Fors, kommunsekreterare Linda Mattsson. Justering "
            "Justerande Plats och tid Pär Wennerbom (FP) Paragrafer Underskrifter Sekreterare Ordförande Justerande "
            "Linda Mattsson Kjell Bergman (S) Pär Wennerbom (FP)\nANSLAG/BEVIS Protokollet är justerat.")
    ex = extract_document(record(text, kind="minutes"))
    assert not any(e.label == "FP" for e in ex.entities.values()), [e.label for e in ex.entities.values()]
    assert not any(f.predicate == "holdsPost" and ex.entities[f.object].label == "FP" for f in ex.facts
                   if f.object in ex.entities)
