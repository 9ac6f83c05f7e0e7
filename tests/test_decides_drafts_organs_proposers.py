"""Three readings of who decides what in minutes and news of meetings (forty-first session, decides over the whole
development corpus):

- a draft agreement ("vuokrasopimusluonnos", "Hankesopimusluonnos X:n kanssa") is the agreement the body approves
  (extract/recognition_words.py `_undertaking_head`), written so in six publishers' minutes and digests;
- a Swedish protocol whose letterhead names no body but whose notice does ("Beslutsinstans: Arbetsutskottet")
  has that body decide its items (extract/posts.py `item_body`);
- "Kaupunginhallitus esittää valtuustolle, että valtuusto hyväksyy ...": the body that proposes does not decide,
  the one after the verb of proposing does (extract/proposing_bodies.py);
- a project named in a clause after the verb of deciding (", ja X-hanke jatkuu", ", jota X-hanke ei saanut") is not
  what the body decided (extract/decided_clause.py).

Every text is invented for these tests.
"""

from __future__ import annotations

from types import SimpleNamespace

from helpers import extract

from welfare_kg.extract.proposing_bodies import deciding_subject


def _decided(text: str, kind: str = "news") -> set[tuple[str, str]]:
    ex = extract(text, kind=kind)
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label.get(f.subject, f.subject), label.get(f.object, f.object)) for f in ex.facts
            if f.predicate == "decides"}


def test_a_draft_agreement_approved_is_the_agreement_decided() -> None:
    decided = _decided("Kaupunginhallitus hyväksyi tarkistetun vuokrasopimusluonnoksen Kauhajoen kaupungin ja "
                       "Etelä-Pohjanmaan hyvinvointialueen välillä.\n")
    assert any(o.lower() == "vuokrasopimusluonnos" for _, o in decided), decided


def test_a_bare_draft_says_no_more_than_a_bare_agreement() -> None:
    ex = extract("Kunnanhallitus hyväksyi sopimusluonnoksen.\n")
    assert not [e for e in ex.entities.values() if e.type == "Agreement" and "luonnos" in e.label.lower()]


# the notice stands below the letterhead's reach (extract/posts.py HEAD_REACH), after the attendance
_PROTOCOL = ("PROTOKOLL Sida 1(4)\n\nPlats och tid Rådhuset, kl 09.00-10.05\n\nBeslutande Anna Lind (S), ordförande "
             "Per Berg (M)\n\nRoland Ek (S)\n\nMaria Sund (C)\n\nÖvriga deltagare Eva Holm, förvaltningschef\n\n"
             "Olle Nyqvist, nämndsekreterare\n\nJusteringens plats och tid Rådhuset, 2020-08-18 kl. 10:30\n\n"
             "Underskrifter Sekreterare Olle Nyqvist Ordförande Anna Lind Justerande Per Berg\n\n"
             "Paragrafer §§ 68-69\n\nAnslag\n\nDet justerade protokollet "
             "offentliggörs genom detta anslag.\n\n{organ} Arbetsutskottet 2019-2022 Sammanträdesdatum: 2020-08-18"
             "\n\n§ 68/20 Överenskommelse mellan kommunerna i Uppsala län om ärendeansvar för hemlösa\n\n"
             "§ 69/20 Övriga frågor\n")


def test_the_body_a_swedish_notice_names_decides_its_items() -> None:
    decided = _decided(_PROTOCOL.format(organ="Beslutsinstans:"), kind="minutes")
    assert any("arbetsutskott" in b.lower() and o.startswith("Överenskommelse") for b, o in decided), decided


def test_without_the_notice_no_body_is_guessed() -> None:
    decided = _decided(_PROTOCOL.format(organ="Under perioden"), kind="minutes")
    assert not any(o.startswith("Överenskommelse") for _, o in decided), decided


def test_the_body_proposing_to_another_does_not_decide() -> None:
    decided = _decided("Sosiaalilautakunta esittää kaupunginhallitukselle, että kaupunginhallitus hyväksyy "
                       "Savon sote-sopimuksen.\n")
    assert {b for b, _ in decided} == {"Kaupunginhallitus"}, decided


def test_a_proposal_naming_no_deciding_body_states_nothing() -> None:
    assert not _decided("Lautakunta esittää, että Lapin Liikkuja -hanke hyväksytään.\n")


def _at(start: int, lemma: str) -> tuple[SimpleNamespace, str]:
    return SimpleNamespace(start=start), lemma


def test_deciding_subject_keeps_a_body_approving_anothers_proposal() -> None:
    # "Kunnanhallitus hyväksyy lautakunnan esittämän sopimuksen": no verb of proposing before the verb of deciding
    board, committee = SimpleNamespace(start=0), SimpleNamespace(start=30)
    words = [_at(0, "kunnanhallitus"), _at(16, "hyväksyä"), _at(30, "lautakunta"), _at(42, "esittää")]
    assert deciding_subject(words, [board, committee], {"hyväksyä"}) == [board, committee]


def test_deciding_subject_puts_the_body_after_the_proposal_first() -> None:
    proposer, decider = SimpleNamespace(start=0), SimpleNamespace(start=40)
    words = [_at(0, "kaupunginhallitus"), _at(18, "esittää"), _at(40, "valtuusto"), _at(50, "hyväksyä")]
    assert deciding_subject(words, [proposer, decider], {"hyväksyä"}) == [decider, proposer]


def test_a_project_in_a_later_clause_is_not_what_the_board_decided() -> None:
    assert not _decided("Kaupunginhallitus hyväksyi talousarvion, ja Hyvä Arki -hanke jatkuu ensi vuonna.\n")
    assert not _decided("Kunnanhallitus päätti hakea avustusta, jota Lapin Liikkuja -hanke ei saanut.\n")


def test_a_comma_inside_the_objects_phrase_or_a_content_clause_keeps_it() -> None:
    decided = _decided("Kunnanhallitus hyväksyi liitteenä olevan, Kainuun liiton kanssa laaditun Kainuun "
                       "hyvinvointisopimuksen.\n")
    assert ("Kunnanhallitus", "Kainuun hyvinvointisopimus") in decided, decided
    decided = _decided("Kaupunginvaltuusto päätti, että Porin kaupunki osallistuu Satakunnan Sote -hankkeeseen.\n")
    assert ("Kaupunginvaltuusto", "Satakunnan Sote") in decided, decided
