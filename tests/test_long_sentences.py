"""Run-on text with no sentence ends (a flattened table, a contact list) is cut into pieces of bounded
length, so that rules looking at pairs of mentions in a sentence stay linear in the document (text written here)."""

from __future__ import annotations

from welfare_kg.extract.text import MAX_SENTENCE, sentences, tokenize


def run_on(rows: int) -> str:
    return " ".join(f"Matti Virtanen{i}, sosiaalijohtaja, Kiuruveden kunta, puh. 040 123 4567" for i in range(rows))


def test_a_run_on_paragraph_is_cut_at_commas_and_loses_no_token() -> None:
    text = "Yhteystiedot\n\n" + run_on(300) + "\n"
    sents = sentences(text)
    assert len(sents) > 2
    assert all(len(s.text) <= MAX_SENTENCE for s in sents)
    assert all(s.text.endswith(",") for s in sents[1:-1])  # cut after a comma, not inside a name
    assert [t.text for s in sents for t in s.tokens] == [t.text for t in tokenize(text)]


def test_abbreviations_join_pieces_once_each() -> None:
    text = "Lisätietoja antaa Matti Virtanen, puh. 040 123 4567. Hanke alkoi esim. Kiuruvedellä n. 2020. Loppu."
    got = [s.text for s in sentences(text)]
    assert got == ["Lisätietoja antaa Matti Virtanen, puh. 040 123 4567.", "Hanke alkoi esim. Kiuruvedellä n. 2020.",
                   "Loppu."]


def test_an_open_quote_keeps_its_sentence_together() -> None:
    text = 'Hanke "Hyvä arki. Parempi huominen" alkoi. Toinen lause.'
    assert [s.text for s in sentences(text)] == ['Hanke "Hyvä arki. Parempi huominen" alkoi.', "Toinen lause."]
