"""What a person says, thanks or reports in news prose is no description of the person: its organisations are not
the person's employer ("Projektipäällikkö X kertoo, että Ranuan kunnassa ...", "– Kelan tuki auttoi, sanoo Y").
The texts and their people are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import needs_voikko, posts

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.model import Mention
from welfare_kg.extract.reported_speech import quoted_before, says_from
from welfare_kg.loaders import load_document


def _at(text: str, name: str, kind: str = "Person") -> Mention:
    at = text.index(name)
    return Mention(start=at, end=at + len(name), surface=name, label=name, type=kind, iri=name)


@pytest.mark.parametrize("text", [
    "Projektipäällikkö Maija Koski kertoo, että Ranuan kunnassa on aloitettu kokeilu.",
    "Toiminnanjohtaja Maija Koski kiittää sosiaali- ja terveysministeriötä rahoituksesta.",
    "Verksamhetsledare Maija Koski berättar att Vasa stad har varit med.",
])
def test_what_follows_a_verb_of_saying_is_said(text: str) -> None:
    said = says_from(_at(text, "Maija Koski"), text, len(text))
    assert said is not None and text[said:].lstrip(" ,").startswith(("että", "sosiaali", "att"))


def test_an_organisation_before_the_verb_is_not_in_what_is_said() -> None:
    text = "Kehittäjä Maija Koski Lapin hyvinvointialueelta korostaa yhteistyötä."
    said = says_from(_at(text, "Maija Koski"), text, len(text))
    assert said is not None and text.index("Lapin") < said
    # guard: a sentence with no verb of saying, and "myöntää" (grants as well as admits), open nothing
    for text in ("Projektipäällikkö Maija Koski aloitti työt Ranuan kunnassa.",
                 "Hallituksen puheenjohtaja Maija Koski myöntää avustuksen Ranuan kunnalle."):
        assert says_from(_at(text, "Maija Koski"), text, len(text)) is None


def test_a_quote_before_its_speaker() -> None:
    text = "– Kelan tuki auttoi meitä paljon, sanoo palveluohjaaja Jari Niemi."
    assert quoted_before(_at(text, "Jari Niemi"), _at(text, "Kelan", "Agency"), text)
    text = "”Kelan tuki auttoi”, kertoo palveluohjaaja Jari Niemi."
    assert quoted_before(_at(text, "Jari Niemi"), _at(text, "Kelan", "Agency"), text)
    # guard: the employer written between the verb and the name is no part of the quote
    text = "– Tuki auttoi, sanoo Kelan palveluohjaaja Jari Niemi."
    assert not quoted_before(_at(text, "Jari Niemi"), _at(text, "Kelan", "Agency"), text)
    text = "Kelan palveluohjaaja Jari Niemi aloitti työt."
    assert not quoted_before(_at(text, "Jari Niemi"), _at(text, "Kelan", "Agency"), text)


@needs_voikko
def test_news_people_get_no_post_from_what_they_say(tmp_path: Path) -> None:
    doc = tmp_path / "n_kotihoito.txt"
    doc.write_text(
        "Uusi hanke vahvistaa ikäihmisten kotihoitoa\n\n"
        "Hankkeen projektipäällikkö Maija Koski kertoo, että Ranuan kunnassa on aloitettu uusi kokeilu.\n"
        "Kehittäjäsuunnittelija Pekka Virtala Lapin hyvinvointialueelta korostaa yhteistyötä.\n"
        "Toiminnanjohtaja Liisa Korpela kiittää Sosiaali- ja terveysministeriötä rahoituksesta.\n"
        "\"Olemme saaneet Kelan tuen kuntoutukseen\", kertoo palveluohjaaja Jari Niemi.\n", encoding="utf-8")
    ex = extract_document(load_document(doc))
    held = posts(ex)
    assert ("Pekka Virtala", "Lapin hyvinvointialue") in held  # the ablative after the name: whence the person comes
    assert not {who for who, _ in held} & {"Maija Koski", "Liisa Korpela", "Jari Niemi"}, held
