"""The two fallback layers' cheaper paths answer as their plain ones: extract/cooccurrence.py's trigger words kept per
word form; its per-sentence pairs (`candidate_facts`) and extract/document_roles.py's reading of the sentences
(`read_document`), computed ahead (beside the sentence rules on a large document), then only filtered by the
document's facts.

The sentences are invented for these tests.
"""

from __future__ import annotations

from tests.helpers import ID, MORPH
from welfare_kg.extract import cooccurrence
from welfare_kg.extract.cooccurrence import (
    COORD_CUES,
    FUND_CUES,
    candidate_facts,
    cooccurrence_facts,
    cue_positions,
    cues_match,
    sentence_facts,
)
from welfare_kg.extract.document_roles import document_role_facts, read_document
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.text import Sentence, sentences

TEXT = ("Sosiaali- ja terveysministeriön rahoituksella käynnistyy Alfa-hanke. "
        "Alfa-hanketta hallinnoi Tampereen kaupunki. "
        "Turun kaupunki koordinoi Beeta-hanketta aluekoordinaattorin kanssa. "
        "Hanke rahoitetaan Euroopan sosiaalirahastosta. "
        "Gamma-hankkeen rahoitus myönnettiin. Sosiaali- ja terveysministeriö rahoittaa Gamma-hanketta.")
NAMES = [("Sosiaali", "Sosiaali- ja terveysministeriö", "Ministry", "ministry/stm"),
         ("Alfa", "Alfa", "Project", "project/alfa"),
         ("Tampereen", "Tampereen kaupunki", "Municipality", "municipality/837"),
         ("Turun", "Turun kaupunki", "Municipality", "municipality/853"),
         ("Beeta", "Beeta", "Project", "project/beeta"),
         ("Euroopan", "Euroopan sosiaalirahasto", "Programme", "programme/esr"),
         ("Gamma", "Gamma", "Project", "project/gamma")]


def _document() -> tuple[list[Sentence], list[list[Mention]]]:
    """The sentences of TEXT and, in each, a mention at every occurrence of a name's first word."""
    sents = sentences(TEXT)
    per_sentence: list[list[Mention]] = []
    for s in sents:
        ms = []
        for surface, label, typ, iri in NAMES:
            at = s.text.find(surface)
            while at >= 0:
                ms.append(Mention(s.start + at, s.start + at + len(surface), surface, label, typ, ID + iri,
                                  case="nimento"))
                at = s.text.find(surface, at + 1)
        per_sentence.append(sorted(ms, key=lambda m: m.start))
    return sents, per_sentence


def test_kept_cue_answers_are_the_plain_matches_and_follow_the_word_not_the_first_caller() -> None:
    words = [t for s in sentences(TEXT) for t in s.tokens if t.is_word]
    for cues in (FUND_CUES, COORD_CUES):
        plain = [t.start for k, t in enumerate(words) if cues_match(cues, MORPH.bases(t.text))
                 and not (k + 1 < len(words) and words[k + 1].text.lower() in {"kanssa", "med"})]
        assert plain  # the text has trigger words of both kinds
        assert cue_positions(words, cues, MORPH) == plain
        assert cue_positions(words, cues, MORPH) == plain  # the second time from what was kept
    # a word kept as a funding cue is not thereby a coordination cue
    assert cue_positions(words, COORD_CUES, MORPH) != cue_positions(words, FUND_CUES, MORPH)
    assert any(key[0] is FUND_CUES for key in cooccurrence._CUE_WORDS)


def test_candidates_computed_ahead_give_the_same_facts() -> None:
    sents, per_sentence = _document()
    ahead = candidate_facts(sents, per_sentence, MORPH)
    assert len(ahead) == len(sents)
    assert sum(map(len, ahead)) >= 3  # funds and coordinates pairs in several sentences
    assert ahead[0] == sentence_facts(sents[0], per_sentence[0], MORPH, None)
    ev = Evidence(sents[1].text, sents[1].start, sents[1].end)
    for facts in ([], [Fact(ID + "municipality/837", "coordinates", ID + "project/alfa", ev, "x", 0.9)],
                  [Fact(ID + "project/gamma", "x", ID + "ministry/stm", ev, "x", 0.9)]):
        plain = cooccurrence_facts(sents, per_sentence, facts, MORPH)
        assert cooccurrence_facts(sents, per_sentence, facts, MORPH, candidates=ahead) == plain
    # the document's own facts still take pairs away from what was computed ahead
    full = cooccurrence_facts(sents, per_sentence, [], MORPH, candidates=ahead)
    known = [Fact(f.object, "x", f.subject, f.evidence, "x", 0.9) for f in full[:1]]
    assert cooccurrence_facts(sents, per_sentence, known, MORPH, candidates=ahead) == full[1:]


ROLES_TEXT = ("Alfa-hanke kehittää palveluja. Hanketta rahoittaa Sosiaali- ja terveysministeriö. "
              "Mukana ovat Tampereen kaupunki ja Turun kaupunki. Alfa toimii Pirkanmaalla. Alfa-hanke jatkuu.")
ROLES_NAMES = [("Alfa", "Alfa", "Project", "project/alfa"),
               ("Sosiaali", "Sosiaali- ja terveysministeriö", "Ministry", "ministry/stm"),
               ("Tampereen", "Tampereen kaupunki", "Municipality", "municipality/837"),
               ("Turun", "Turun kaupunki", "Municipality", "municipality/853"),
               ("Pirkanmaalla", "Pirkanmaa", "Region", "region/06")]


def test_a_document_read_ahead_gives_the_same_role_facts() -> None:
    sents = sentences(ROLES_TEXT)
    per_sentence = [[Mention(s.start + at, s.start + at + len(surface), surface, label, typ, ID + iri,
                             case="ulkoolento" if typ == "Region" else "nimento")
                     for surface, label, typ, iri in ROLES_NAMES if (at := s.text.find(surface)) >= 0]
                    for s in sents]
    ahead = read_document(sents, per_sentence, MORPH)
    assert ahead.project == ID + "project/alfa"
    plain = document_role_facts(sents, per_sentence, [], MORPH)
    assert {f.predicate for f in plain} >= {"funds", "coversArea"}  # the text gives this layer work
    assert document_role_facts(sents, per_sentence, [], MORPH, ahead) == plain
    # a pair a rule already relates is still left out when the sentences were read ahead
    ev = Evidence(sents[1].text, sents[1].start, sents[1].end)
    known = [Fact(ID + "project/alfa", "x", ID + "ministry/stm", ev, "x", 0.9)]
    after = document_role_facts(sents, per_sentence, known, MORPH, ahead)
    assert after == document_role_facts(sents, per_sentence, known, MORPH)
    assert len(after) == len(plain) - 1
    # no topic project: nothing read, and the layer states only what the facts give
    none = read_document(sents[:0], per_sentence[:0], MORPH)
    assert none.project is None and not none.funders and not none.joiners
