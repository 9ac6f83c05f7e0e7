"""A list of names in the usual order, "Pekka Virtanen, Unto Kivelä, Timo Paavola ja Anne Polvinen", looks locally
like a "Surname, Firstname" list ("Kivi, Harri Koivu, Marita", where "Harri Koivu" is nobody): each middle name has
a surname and a comma before it and a first name after it. The list's opening tells them apart: a whole name first
name first, or a lone surname. Invented names and sentences."""

from __future__ import annotations

from helpers import MORPH, needs_voikko, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer
from welfare_kg.extract.people import COMMA_RUN_CHARS, _opens_with_whole_name


def _people(text: str, kind: str = "news") -> set[str]:
    out = extract_document(record(text, kind=kind), gazetteer=reference_gazetteer())
    return {e.label for e in out.entities.values() if e.type == "Person"}


@needs_voikko
def test_every_name_of_a_first_name_first_list_is_a_person_with_or_without_spaces() -> None:
    want = {"Pekka Virtanen", "Unto Kivelä", "Timo Paavola", "Anne Polvinen"}
    assert _people("Paikalla olivat Pekka Virtanen, Unto Kivelä, Timo Paavola ja Anne Polvinen.") == want
    assert _people("Ryhmään kuuluivat Pekka Virtanen,Unto Kivelä,Timo Paavola ja Anne Polvinen.") == want


@needs_voikko
def test_a_surname_first_run_opens_with_a_lone_surname() -> None:
    text = "Närvarande: Lindkvist, Anders Öhman, Marina Sundqvist, Helena"
    assert not _opens_with_whole_name(text, text.index("Marina Sundqvist"), MORPH)
    text = "Paikalla olivat Pekka Virtanen, Unto Kivelä, Timo Paavola"
    assert _opens_with_whole_name(text, text.index("Timo Paavola"), MORPH)


@needs_voikko
def test_a_long_surname_first_list_keeps_its_order_past_the_first_window() -> None:
    """A "Surname, Firstname" list longer than the window the opening is looked for in: cut inside it, the window
    opens with one pair's first name ("Esa Oksanen, Hanna ..."), which looked like a list in the usual order
    and shifted every later pair by one name."""
    pairs = [("Aaltola", "Pekka"), ("Vartiainen", "Ilona"), ("Heinämaa", "Risto"), ("Kuivala", "Sanna"),
             ("Peltokorpi", "Jussi"), ("Rautasalo", "Marja"), ("Toivola", "Kalle"), ("Uusikorpi", "Tiina"),
             ("Hakala", "Olli"), ("Jokimies", "Leena"), ("Kallionpää", "Antti"), ("Lehtovaara", "Eeva"),
             ("Mäntyoja", "Harri"), ("Niskanen", "Outi"), ("Ojanperä", "Juha"), ("Paasikivi", "Riitta"),
             ("Rantakari", "Mikko"), ("Saarenpää", "Helena"), ("Tuominiemi", "Ville"), ("Vainikka", "Anu"),
             ("Ylitalo", "Timo"), ("Ahokangas", "Kaisa"), ("Brusila", "Petri"), ("Ekholm", "Satu"),
             ("Haapaniemi", "Jari"), ("Ilvesmäki", "Kirsi"), ("Jäntti", "Lauri"), ("Kettunen", "Minna"),
             ("Laakkonen", "Tapio"), ("Myllymäki", "Paula"), ("Nurmela", "Esa"), ("Oksanen", "Hanna"),
             ("Pesonen", "Markku"), ("Rinne", "Sirpa"), ("Sillanpää", "Jouni"), ("Tamminen", "Katja")]
    text = "Läsnä " + " ".join(f"{s}, {f}" for s, f in pairs) + " Käsitellyt asiat 1-5\n"
    assert len(text) > COMMA_RUN_CHARS + 100
    got = _people(text, kind="minutes")
    assert {f"{f} {s}" for s, f in pairs} <= got
    assert "Esa Oksanen" not in got and "Jouni Tamminen" not in got
