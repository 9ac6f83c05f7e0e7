"""Seats in another body read from attendance rows whatever the layout (extract/attendance_layouts.py).

The minutes here are invented for these tests (no real document's text or people): a Tweb table flattened to one
line ("Nimi Klo Tehtävä"), a second role after the row's own ("jäsen, kh:n pj."), Swedish rows with the role after
the name ("Forsman Olof fm:s ordförande"), Swedish rows with the role before the name and vice-chairs that leave
the body to the chair's row ("Sfge s ordf. Anna X, I v.ordf. Bo Y"), and a one-name-a-line layout.
"""

from __future__ import annotations

import time

from tests.helpers import posts, record
from welfare_kg.extract.attendance_layouts import _CONTINUED, _QUALIFIED, qualified_row_posts
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.model import Extraction, Mention
from welfare_kg.extract.people import Listed


def rule_of(ex: Extraction, person: str) -> set[str]:
    return {f.rule for f in ex.facts if f.predicate == "holdsPost" and ex.entities[f.subject].label == person}


TWEB = ("KUHMOISTEN KUNTA PÖYTÄKIRJA 4/2023\nKunnanhallitus\nAIKA 17:00-19:00\n"
        "OSALLISTUJAT Nimi Klo Tehtävä Lisätiedot LÄSNÄ Virtanen Matti 17:00-19:00 puheenjohtaja "
        "Laine Pekka 17:00-19:00 jäsen Mäkinen Anna 17:00-19:00 jäsen MUU Nieminen Juha 17:00-19:00 kvalt pj "
        "Koskinen Liisa 17:00-18:30 kvalt I vpj Heikkinen Tuula 17:00-19:00 kunnanjohtaja "
        "ALLEKIRJOITUKSET Matti Virtanen Puheenjohtaja Tuula Heikkinen Pöytäkirjanpitäjä\n")


def test_tweb_row_with_the_council_abbreviation() -> None:
    got = posts(extract_document(record(TWEB, kind="minutes")))
    assert any(p == "Matti Virtanen" and "hallitus" in o.lower() for p, o in got)  # the meeting's own chair
    # the council's chairs hold no seat in the board that met; the council the abbreviation names is the town's
    # own though the minutes never write its name (extract/abbreviated_councils.py)
    assert {o for p, o in got if p in {"Juha Nieminen", "Liisa Koskinen"}} == {"Kunnanvaltuusto"}, got


def test_tweb_row_posts_the_council_the_minutes_name() -> None:
    text = TWEB.replace("Kunnanhallitus\n", "Kunnanhallitus\nKunnanvaltuuston päätökset pannaan täytäntöön.\n")
    ex = extract_document(record(text, kind="minutes"))
    got = posts(ex)
    assert any(p == "Juha Nieminen" and "valtuusto" in o.lower() for p, o in got), got
    assert any(p == "Liisa Koskinen" and "valtuusto" in o.lower() for p, o in got), got
    assert not any(p == "Juha Nieminen" and "hallitus" in o.lower() for p, o in got)


def test_swedish_rows_role_after_name_drop_the_board_seat() -> None:
    text = ("Kristinestads stad\nPROTOKOLL 2/2022\nStadsstyrelsen i Kristinestad\nTID kl. 17:00-19:00\n"
            "NÄRVARANDE Lindholm Maria ordförande Berg Johan I viceordförande Nyström Karin ledamot "
            "Sundqvist Erik ledamot ÖVRIGA Forsman Olof fm:s ordförande Holm Lena fm:s 1 vice ordförande "
            "Ek Peter stadsdirektör UNDERSKRIFTER Ordförande Sekreterare Maria Lindholm Peter Ek\n")
    got = posts(extract_document(record(text, kind="minutes")))
    # "fm:s 1 vice ordförande" is the council's vice-chair, no seat in the board that met
    assert not any(p in {"Lena Holm", "Olof Forsman"} and "styrelse" in o.lower() for p, o in got), got
    assert any(p == "Maria Lindholm" and "styrelse" in o.lower() for p, o in got), got
    named = posts(extract_document(record(text.replace("TID", "Stadsfullmäktige i Kristinestad har beslutat.\nTID"),
                                          kind="minutes")))
    assert any(p == "Lena Holm" and "fullmäktige" in o.lower() for p, o in named), named


def _row(first: str, surname: str, start: int, role: str, before: str = "", roles_before: bool = False) -> Listed:
    return Listed(first, surname, start, start + len(first) + len(surname) + 1, f"{first} {surname}", role,
                  start + len(first) + len(surname) + 2, "ÖVRIGA NÄRVARANDE", before=before, roles_before=roles_before)


def _body(label: str, iri: str) -> Mention:
    return Mention(150, 150 + len(label), label, label, "Body", iri=iri)


def _person(label: str, start: int) -> Mention:
    return Mention(start, start + len(label), label, label, "Person", iri=f"person/{label.replace(' ', '-')}")


def test_roles_before_names_continue_the_body_of_the_chair_row() -> None:
    text = "x" * 200
    council = _body("Åsby stadsfullmäktige", "body/asby-fullmaktige")
    people = [_row("Anna", "Berg", 10, "I v.ordf.", before="ÖVRIGA NÄRVARANDE: Sfge s ordf.", roles_before=True),
              _row("Bo", "Ek", 40, "stadsdirektör", before="I v.ordf.", roles_before=True),
              _row("Eva", "Sund", 70, "", before="stadsdirektör", roles_before=True)]
    mentions = [council, _person("Anna Berg", 10), _person("Bo Ek", 40), _person("Eva Sund", 70)]
    facts, whole = qualified_row_posts(people, mentions, text, meeting_body=None)
    assert {f.object for f in facts} == {"body/asby-fullmaktige"}
    seats = {(f.subject, f.post) for f in facts}
    assert ("person/Anna-Berg", "Sfge s ordf") in seats
    assert ("person/Bo-Ek", "I v.ordf") in seats  # the vice-chair's row under the chair's: the same council
    assert not any(f.subject == "person/Eva-Sund" for f in facts)  # a title, no seat
    assert whole == {"person/Anna-Berg", "person/Bo-Ek"}


def test_no_seat_without_a_named_body_or_from_an_unrelated_ordinal() -> None:
    board = _body("Åsbyn kunnanhallitus", "body/asby-kh")
    people = [_row("Anna", "Berg", 10, "II varapj.")]  # no chair's row named a body before it
    facts, _ = qualified_row_posts(people, [board, _person("Anna Berg", 10)], "x" * 200, meeting_body=None)
    assert facts == []
    people = [_row("Anna", "Berg", 10, "kvalt pj")]  # the council's abbreviation, but only the board is named
    facts, whole = qualified_row_posts(people, [board, _person("Anna Berg", 10)], "x" * 200,
                                       meeting_body="body/asby-kh")
    assert facts == [] and whole == {"person/Anna-Berg"}  # no fact, and no chair's seat in the board either
    people = [_row("Anna", "Berg", 10, "kh:n pj")]  # the board's chair at the board's own meeting: its chair
    facts, whole = qualified_row_posts(people, [board, _person("Anna Berg", 10)], "x" * 200,
                                       meeting_body="body/asby-kh")
    assert [f.object for f in facts] == ["body/asby-kh"] and whole == set()


def test_abbreviation_patterns() -> None:
    for role in ("kvalt pj", "kh:n pj.", "valt. II varapj.", "fm:s 1 vice ordförande", "Sfge s ordf.",
                 "kfge:s I vice ordförande", "jäsen, Kh:n vpj", "fullm. II viceordf."):
        assert _QUALIFIED.search(role), role
    for role in ("jäsen", "puheenjohtaja", "kunnanjohtaja", "kl 9 fm", "khs 12 §", "valtuutettu"):
        assert not _QUALIFIED.search(role), role
    assert _CONTINUED.match("III v.ordf.") and not _CONTINUED.match("III ledamot")


def test_linear_on_a_long_invented_list() -> None:
    """The reader looks at each row once: a long block takes time in proportion to its rows."""
    def run(n: int) -> float:
        people = [_row("Anna", "Berg", 30 * i, "17:00-19:00 kvalt I vpj") for i in range(n)]
        mentions = [_body("Åsbyn kunnanvaltuusto", "body/asby-kv")] + [_person("Anna Berg", 30 * i) for i in range(n)]
        best = float("inf")
        for _ in range(3):  # CPU time, best of three: a busy machine neither slows nor speeds one side alone
            t = time.process_time()
            facts, _ = qualified_row_posts(people, mentions, "x" * (30 * n + 200), meeting_body=None)
            best = min(best, time.process_time() - t)
            assert len(facts) == n
        return best
    small, large = run(2_000), run(20_000)  # 10x the rows: linear ~10x, quadratic ~100x
    assert large < 30 * max(small, 1e-3)


def test_a_column_of_roles_after_the_names_is_nobodys_row() -> None:
    """Names printed first, then their roles as one run ("Lind, Anna Berg, Bo kfge:s ordförande kfge:s I vice
    ordförande"): the run follows the last name but holds the roles of all, in order -- no seat for that name."""
    people = [_row("Anna", "Lind", 10, ""), _row("Bo", "Berg", 30, "kfge:s ordförande kfge:s I vice ordförande")]
    mentions = [_body("Åsby kommunfullmäktige", "body/asby-kf"), _person("Anna Lind", 10), _person("Bo Berg", 30)]
    facts, whole = qualified_row_posts(people, mentions, "x" * 200, meeting_body=None)
    assert facts == [] and whole == set()


SIGNED = ("Kimitoöns kommun PROTOKOLL 3/2021\nKommunstyrelsen\nTid 3.4.2021 kl 17\nNärvarande\n"
          "Lind Anna (SFP), ordförande\nHolm Eva (SFP), ledamot\nÖvriga närvarande\n"
          "Sund Erik, kommundirektör, föredragande\nUnderskrifter\n")


def test_signatures_with_the_role_under_each_name() -> None:
    """"Anna Lind" / "ordförande" / "Erik Sund" / "sekreterare": the role line is the name's above it, so the
    secretary printed under the chair's role line is no chair."""
    ex = extract_document(record(SIGNED + "Anna Lind\nordförande\nErik Sund\nsekreterare\n", kind="minutes"))
    got = posts(ex)
    assert ("Anna Lind", "Kommunstyrelse") in got or any(p == "Anna Lind" and "styrelse" in o.lower() for p, o in got)
    # the secretary signs as the secretary (extract/signature_lines.py), never as the chair
    assert not any(ex.entities[f.subject].label == "Erik Sund" and f.post in {"ordförande", "puheenjohtaja"}
                   for f in ex.facts if f.predicate == "holdsPost" and f.subject in ex.entities), got


def test_signatures_with_the_role_above_each_name() -> None:
    """"Sekreterare" / "Erik Sund" / "Ordförande" / "Anna Lind": roles above their names; the name above the
    chair's line is the secretary's, and the chair is the name under it."""
    text = SIGNED.replace("Lind Anna (SFP), ordförande\n", "Lind Anna (SFP)\n") + \
        "Sekreterare\nErik Sund\nOrdförande\nAnna Lind\n"
    got = posts(extract_document(record(text, kind="minutes")))
    assert any(p == "Anna Lind" and "styrelse" in o.lower() for p, o in got), got
    assert not any(p == "Erik Sund" and "styrelse" in o.lower() for p, o in got), got


def _people_in(text: str, *names: str) -> list[Mention]:
    return [_person(n, text.index(n)) for n in names]


def test_chair_line_under_a_name_line_is_that_names_role() -> None:
    from welfare_kg.extract.titled_rows import chair_above_facts

    under = "Underskrifter\nAnna Lind\nordförande\nErik Sund\nsekreterare\n"
    facts = chair_above_facts(_people_in(under, "Anna Lind", "Erik Sund"), under, "body/ks")
    assert [f.subject for f in facts] == ["person/Anna-Lind"]
    above = "Underskrifter\nSekreterare\nErik Sund\nOrdförande\nAnna Lind\n"
    facts = chair_above_facts(_people_in(above, "Erik Sund", "Anna Lind"), above, "body/ks")
    assert [f.subject for f in facts] == ["person/Anna-Lind"]
    alone = "Allekirjoitukset\nPuheenjohtaja\nMatti Virtanen\n"
    facts = chair_above_facts(_people_in(alone, "Matti Virtanen"), alone, "body/kh")
    assert [f.subject for f in facts] == ["person/Matti-Virtanen"]


def test_label_lines_in_the_head_of_minutes() -> None:
    """"Puheenjohtaja: Matti X" lines (Word-made minutes): the meeting's chair in the body that met; the minute-taker
    serves the meeting and holds no seat in it (extract/meeting_functions.py)."""
    text = ("KUHMOISTEN KUNTA PÖYTÄKIRJA 4/2023\nKunnanhallitus\nKokousaika 3.4.2023 klo 17\nLäsnä\n"
            "Pekka Laine, jäsen\nAnna Mäkinen, jäsen\nAllekirjoitukset\nPuheenjohtaja: Matti Virtanen\n"
            "Pöytäkirjanpitäjä: Jaana Koskela\n")
    ex = extract_document(record(text, kind="minutes"))
    got = {(ex.entities[f.subject].label, f.post) for f in ex.facts if f.predicate == "holdsPost"
           and "hallitus" in ex.entities[f.object].label.lower()}
    assert ("Matti Virtanen", "puheenjohtaja") in got and "Jaana Koskela" not in {p for p, _ in got}, got


def test_label_lines_only_before_the_first_item_and_only_whole_lines() -> None:
    from welfare_kg.extract.attendance_layouts import label_line_posts

    text = ("Ordförande: Anna Lind\nSekreterare Bo Berg, kanslichef\nPuheenjohtaja Eva Holm avasi kokouksen.\n"
            "§ 4 Arbetsgrupp\nArbetsgruppens sammansättning:\nOrdförande: Erik Sund\n")
    facts = label_line_posts(_people_in(text, "Anna Lind", "Bo Berg", "Eva Holm", "Erik Sund"), text, "body/ks")
    assert {(f.subject, f.post) for f in facts} == {("person/Anna-Lind", "puheenjohtaja"),
                                                     ("person/Bo-Berg", "sihteeri")}
    assert label_line_posts(_people_in(text, "Anna Lind"), text, None) == []  # no meeting body: no seat


def test_label_lines_read_a_bounded_head_of_a_long_text() -> None:
    """A 20 MB page costs no more than a short one: only the head (HEAD_LIMIT characters at most) is read."""
    from welfare_kg.extract.attendance_layouts import label_line_posts

    short = "Puheenjohtaja: Anna Lind\n" + "Sana toisensa perään.\n" * 100
    long = short + "Sana toisensa perään.\n" * 1_000_000
    t = time.perf_counter()
    label_line_posts(_people_in(short, "Anna Lind"), short, "body/kh")
    small = time.perf_counter() - t
    t = time.perf_counter()
    facts = label_line_posts(_people_in(long, "Anna Lind"), long, "body/kh")
    assert [f.subject for f in facts] == ["person/Anna-Lind"]
    assert time.perf_counter() - t < 50 * max(small, 1e-3)


def test_an_abbreviation_hyphened_to_the_chairs_word() -> None:
    # "Alho Arja, FGE-ordförande" in a Swedish board's "Övriga närvarande": the council's chair
    assert _QUALIFIED.search("FGE-ordförande") and _QUALIFIED.search("kv-puheenjohtaja")
    assert not _QUALIFIED.search("FGE-ledamot") and not _QUALIFIED.search("pj-kokous")
    text = ("Kommunstyrelsen nr 3/2014\nMÖTESPROTOKOLL Närvarande medlemmar Lindholm Sara, ordförande Ekberg Jonas, "
            "medlem Övriga närvarande Wikström Anna, FGE-ordförande Holm Peter, kommundirektör\n"
            "Underskrifter Sara Lindholm ordförande\n")
    got = posts(extract_document(record(text, kind="minutes")))
    assert any(p == "Anna Wikström" and "fullmäktige" in o.lower() for p, o in got), got
