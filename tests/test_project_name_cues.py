"""Project names the recogniser reads from a cue beside them (brief projnames, session 27):

- places listed before a compound head are one modifier of its name ("Oulun, Kempeleen ja Limingan
  pyöräteiden yhdistämishanke"), in running text and in an agenda line in capitals alike;
- an unknown short name's genitive with a colon before a compound head that says what is done ("KuPa:n
  katsomorakennushanke") names the project as "Kupan katsomorakennushanke" does; a known actor's, a legal form's or
  a generic head's ("KPK:n kehittämishanke") does not;
- a quoted name opening its sentence and said by the copula to be a project ('"Kylät kuntoon" on Kuopion kaupungin
  hanke', '”Det gröna rummet” är ett konst- och miljöprojekt') is that project's name.
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer


def _projects(text: str, kind: str = "news") -> set[str]:
    ex = extract_document(record(text, kind=kind), gazetteer=reference_gazetteer())
    return {e.label for e in ex.entities.values() if e.type in {"Project", "Programme"}}


def test_places_listed_before_a_compound_head_name_it() -> None:
    assert "Oulun, Kempeleen ja Limingan pyöräteiden yhdistämishanke" in _projects(
        "Kunta osallistuu Oulun, Kempeleen ja Limingan pyöräteiden yhdistämishankkeeseen.")


def test_places_listed_in_an_agenda_line_in_capitals() -> None:
    projects = _projects("Asialista 4. LAUSUNTO TALOUSARVIOSTA 5. OULUN, KEMPELEEN JA LIMINGAN PYÖRÄTEIDEN "
                         "YHDISTÄMISHANKE 6. PUUNMYYNTI\n", kind="minutes")
    assert "Oulun, Kempeleen ja Limingan pyöräteiden yhdistämishanke" in projects


def test_places_funding_together_make_no_name() -> None:
    assert not _projects("Hanketta rahoittavat Oulun, Kempeleen ja Limingan kunnat.")


def test_short_names_genitive_with_a_colon_names_the_project() -> None:
    assert "KuPa:n katsomorakennushanke" in _projects(
        "Aluehallintovirasto myönsi KuPa:n katsomorakennushankkeelle 90 000 euroa.")


def test_colon_genitive_before_a_generic_head_or_after_a_legal_form_names_nothing() -> None:
    assert not _projects("Kunta osallistuu KPK:n kehittämishankkeeseen.")
    assert not any(p.startswith("Oy:n") for p in _projects(
        "Sopimus valmisteltiin Kuntaliiton ja Hyvil Oy:n yhdyspintaprojektissa."))


def test_quoted_name_said_by_the_copula_to_be_a_project() -> None:
    assert "Kylät kuntoon" in _projects('"Kylät kuntoon" on Kuopion kaupungin hanke.')
    assert "Det gröna rummet" in _projects("”Det gröna rummet” är ett konst- och miljöprojekt i Vasa.")


def test_quoted_name_without_a_project_predicate_or_inside_a_sentence_is_no_project() -> None:
    assert not _projects('"Kylät kuntoon" on hyvä idea.')
    assert not _projects('Otsikko "Kylät kuntoon" on hyvä hanke.')


def test_what_an_organisation_administers_by_name_is_a_project() -> None:
    assert "Pohjanmaan ja Kainuun Muistipolku" in _projects(
        "Yhdistyksen hallinnoima Pohjanmaan ja Kainuun Muistipolku toimii myös Kainuun alueella.")
    assert "LuontoAgro II" in _projects("Samaan aikaan toimii Maaseutuseura ry:n koordinoima LuontoAgro II.")


def test_a_place_or_a_genitive_after_administering_names_no_project() -> None:
    assert not _projects("Kaupungin hallinnoima Kajaani sai rahaa.")
    # the genitive is the compound head's modifier; the head's own rule reads the name
    assert _projects("Kaupungin hallinnoima Kainuun kehittämishanke alkoi.") == {"Kainuun kehittämishanke"}


def test_a_named_campaign_or_collection_after_a_dash_is_a_project() -> None:
    assert "Kirkas Valo" in _projects("Klubi osallistui Kirkas Valo -kampanjaan.")
    assert "Kirkas Valo" in _projects("Kirkas Valo -keräys päättyi joulukuussa.")
    assert not _projects("Kunta järjesti rokotus -kampanjan.")


def test_who_organises_a_campaign_runs_it() -> None:
    ex = extract_document(record("Rahat kerättiin Suomen Lions-liiton organisoiman Kirkas Valo -kampanjan aikana."),
                          gazetteer=reference_gazetteer())
    labels = {iri: e.label for iri, e in ex.entities.items()}
    facts = {(labels.get(f.subject), f.predicate, labels.get(f.object)) for f in ex.facts}
    assert ("Suomen Lions-liitto", "coordinates", "Kirkas Valo") in facts


def test_a_municipal_structure_study_is_a_project() -> None:
    assert "Kangasalan ja Oriveden kuntarakenneselvitys" in _projects(
        "Kunta osallistuu Kangasalan ja Oriveden kuntarakenneselvitykseen.")


def test_a_petition_after_a_project_item_is_no_project_of_the_run() -> None:
    """A contents list run into one line: the item after a project's is read as the run's next project unless its
    title opens on a noun of the procedure; "anomus" (a petition) is one, as "hakemus" is."""
    text = ("PÖYTÄKIRJA 9/2015\nKunnanhallitus\n\nKäsitellyt asiat\n\nSivu 12 Talousarvion muutos 3 13 "
            "Orivesi-Juupajoki -kuntarakenneselvitys 5 14 Anomus maanmittauslaitokselle Oriveden kunnalle kuuluvan "
            "tilan lohkomiseksi 7\n")
    projects = _projects(text, kind="minutes")
    assert "Orivesi-Juupajoki -kuntarakenneselvitys" in projects
    assert not any(p.startswith("Anomus") for p in projects)


def test_a_page_heading_run_into_a_projects_name_is_cut_off() -> None:
    text = ("Kylän voimat yhdessä\n\nDownload \"Kylän voimat yhdessä\"\n\n1 Kylän voimat yhdessä Länsi-Vaaran "
            "kyläkoulu -projektin loppuraportti ja kuvaus ensimmäisistä vuosista. Hanke toteutettiin 2010-2012.\n")
    projects = _projects(text, kind="report")
    assert any(p.startswith("Länsi-Vaaran kyläkoulu") for p in projects)
    assert not any(p.startswith("Kylän voimat") for p in projects)


def test_an_owners_genitive_before_a_capitalised_compound_name_is_no_word_of_it() -> None:
    projects = _projects("Vuonna 2001 Kyläakatemian Kylätoimintakoulutushankkeessa toimi Anna Virtanen.")
    assert projects == {"Kylätoimintakoulutushanke"}
    # a place's genitive stays the name's word
    assert "Kajaanin Kylätoimintakoulutushanke" in _projects(
        "Kunta osallistuu Kajaanin Kylätoimintakoulutushankkeeseen.")
