"""A title in the essive with a verb of serving ("toimii", "on toiminut", "aloittaa") gives the post to the name on
the other side of the verb, in the project of "hankkeen"/"projektin", an organisation in the adessive in the
sentence, or the page's project for a project's staff title; the pairs that follow with the verb left out hold
their own titles in the same place (extract/serving_titles.py)."""
from __future__ import annotations

from tests.helpers import needs_voikko, titled_posts

PAGE = ("Kylävoimaa-hanke tukee kyläyhdistyksiä. Kylävoimaa-hankkeen tavoitteena on uusia toimintamalleja. "
        "Kylävoimaa-hanke päättyy vuoden lopussa.\n\n")


@needs_voikko
def test_a_name_serving_as_the_projects_title_and_the_gapped_pairs_after_it():
    got = titled_posts(PAGE + "Anni Kuusela on toiminut koko ajan hankkeen projektipäällikkönä, Pekka Lahti "
                       "hankeneuvojana ja Outi Salmi hanketyöntekijänä Keski-Suomessa.")
    assert ("Anni Kuusela", "Kylävoimaa", "projektipäällikkö") in got
    assert ("Pekka Lahti", "Kylävoimaa", "hankeneuvoja") in got
    assert ("Outi Salmi", "Kylävoimaa", "hanketyöntekijä") in got


@needs_voikko
def test_a_project_staff_title_before_its_verb_is_the_pages_projects():
    got = titled_posts(PAGE + "Hanketyöntekijänä toimi alkuvuoden Ville Rauta.")
    assert ("Ville Rauta", "Kylävoimaa", "hanketyöntekijä") in got


@needs_voikko
def test_an_adessive_employer_between_the_title_and_the_verb():
    got = titled_posts(PAGE + "Projektikoordinaattorina Kotikylät ry:llä aloittaa 1.9. Maija Ranta.")
    assert ("Maija Ranta", "Kotikylät ry", "projektikoordinaattori") in got


@needs_voikko
def test_a_meeting_role_without_the_projects_genitive_is_no_post_here():
    got = titled_posts(PAGE + "Kokouksen puheenjohtajana toimi Aino Kallio.")
    assert not any(person == "Aino Kallio" and org == "Kylävoimaa" for person, org, _ in got)


@needs_voikko
def test_a_gapped_list_stops_at_a_pair_with_no_title():
    got = titled_posts(PAGE + "Hankkeen sihteerinä toimii Leena Oja, hankekoordinaattorina Jussi Mäki ja kunnissa "
                       "työskentelevät Eero Puro ja Sari Vaara.")
    assert any(person == "Leena Oja" and org == "Kylävoimaa" for person, org, _ in got)
    assert ("Jussi Mäki", "Kylävoimaa", "hankekoordinaattori") in got
    assert not any(person in {"Eero Puro", "Sari Vaara"} for person, _, _ in got)


@needs_voikko
def test_the_verb_before_the_title_and_a_gapped_pair_after_a_bracket():
    got = titled_posts(PAGE + "Hankkeessa työskenteli hankeneuvojana Maija Ranta ( ) ja luontoasiantuntijana "
                       "Ville Rauta ( ).")
    assert ("Maija Ranta", "Kylävoimaa", "hankeneuvoja") in got
    assert ("Ville Rauta", "Kylävoimaa", "luontoasiantuntija") in got


@needs_voikko
def test_a_first_pair_another_rule_read_still_leads_the_gapped_pairs():
    # "Projektipäällikkö N" before the name is the staff-title rule's; the pair after it is read here
    got = titled_posts(PAGE + "Kylävoimaa-hankkeessa toimii projektipäällikkönä Anni Kuusela ( ), "
                       "kyläneuvojana Outi Salmi ( ) ja sihteerinä Pekka Lahti.")
    assert any(p == "Anni Kuusela" and o == "Kylävoimaa" for p, o, _ in got)
    assert ("Outi Salmi", "Kylävoimaa", "kyläneuvoja") in got
    assert ("Pekka Lahti", "Kylävoimaa", "sihteeri") in got


@needs_voikko
def test_the_verb_pretest_never_skips_a_title_the_full_reading_finds():
    """`_serving_verb_before` skips `_title_first` (and the sentence's bounds) only where that finds nothing: a
    verb at, just inside and just outside the reach before the name, with the title before the verb."""
    from welfare_kg.extract.model import Mention
    from welfare_kg.extract.morphology import get_morphology
    from welfare_kg.extract.serving_titles import TITLE_REACH, _sentence, _serving_verb_before, _title_first
    from welfare_kg.extract.spans import SpanIndex

    morph = get_morphology()
    seen = {True: 0, False: 0}
    for filler in range(0, TITLE_REACH + 30, 5):  # the verb's distance before the name, past the reach
        text = f"Hankkeen koordinaattorina toimii {'1.9. ' * (filler // 5)}Maija Ranta."
        start = text.index("Maija")
        person = Mention(start=start, end=start + len("Maija Ranta"), surface="Maija Ranta",
                         label="Maija Ranta", type="Person")
        full = _title_first(person, text, morph, _sentence(text, start), SpanIndex([person]))
        ahead = _serving_verb_before(person, text)
        seen[ahead] += 1
        assert ahead or full is None
        if filler < 40:
            assert full is not None  # near the name the title is read (what the pretest must let through)
    assert seen[True] and seen[False]  # both sides of the reach were tried
