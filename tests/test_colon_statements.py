"""A colon right after a name opens the person's statement; its organisations are not the person's employer.

"Palvelujohtaja Mika X 15.6.2020: Ministeriö on avannut haun": the ministry opened the call; the director works
elsewhere. The texts and their people are invented.
"""

from __future__ import annotations

from pathlib import Path

from helpers import needs_voikko

from welfare_kg.extract.colon_statements import statement_start
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.model import Mention
from welfare_kg.loaders import load_document


def _person(text: str, name: str) -> Mention:
    at = text.index(name)
    return Mention(start=at, end=at + len(name), surface=name, label=name, type="Person", iri="p")


def test_statement_opened_by_a_colon() -> None:
    for text in ("Palvelujohtaja Pekka Lindroos 15.6.2020: STM on avannut haun.",
                 "Palvelujohtaja Pekka Lindroos 15.6.020:\nSTM on avannut haun.",
                 "Kaupunginjohtaja Pekka Lindroos: Kaupunginhallitus päättää hyväksyä sopimuksen."):
        said = statement_start(_person(text, "Pekka Lindroos"), text)
        assert said is not None and text[said:].lstrip().startswith(("STM", "Kaupunginhallitus"))
    # guard: a phone's or an e-mail's label after the name, a name with no colon, opens no statement
    for text in ("Lisätietoja: Pekka Lindroos: 040 123 4567", "Pekka Lindroos: pekka.lindroos@kunta.fi",
                 "Palvelujohtaja Pekka Lindroos, Turun kaupunki, esitteli asian."):
        assert statement_start(_person(text, "Pekka Lindroos"), text) is None


@needs_voikko
def test_the_ministry_after_the_colon_is_not_the_authors(tmp_path: Path) -> None:
    doc = tmp_path / "m_kh_haku.txt"
    doc.write_text(
        "Kaupunginhallitus\n\nTyökykyohjelmahaku\n"
        "Palvelujohtaja Pekka Lindroos 15.6.2020: Sosiaali- ja terveysministeriö on avannut työkykyohjelmaan "
        "liittyvän haun. Haussa tarjotaan rahoitusta kahteen eri kokonaisuuteen.\n", encoding="utf-8")
    ex = extract_document(load_document(doc))
    names = {e.iri: e for e in ex.entities.values()}
    held = {(names[f.subject].label, names[f.object].type) for f in ex.facts
            if f.predicate == "holdsPost" and f.subject in names and f.object in names}
    assert ("Pekka Lindroos", "Ministry") not in held
