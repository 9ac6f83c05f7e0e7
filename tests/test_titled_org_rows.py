"""A list of people written "title Name, Organisation," one a line: each row's organisation is its person's."""

from tests.helpers import labelled_facts, typed_labels

TEXT = ("Esimerkin Vanhusliitto ry valitsi uuden hallituksen syyskokouksessaan.\n\n"
        "Hallitukseen valittiin jäsenet, jotka ovat:\n"
        "säätiön johtaja Kaarlo Niemi, Aurora-säätiö - Aurora Stiftelsen, Turku,\n"
        "toiminnanjohtaja Leena Saari, Kemin Vanhusyhdistys ry,\n"
        "toiminnanjohtaja Pauli Koski, Tornion Palvelukoti ry,\n"
        "toiminnanjohtaja Irja Lampi, Sallan Seniorit ry.\n")


def test_a_foundation_named_after_someone_is_no_person() -> None:
    labels = typed_labels(TEXT)
    assert ("Person", "Aurora Stiftelsen") not in labels
    assert ("Association", "Aurora Stiftelsen") in labels


def test_the_kind_word_points_to_the_organisation_written_after_the_name() -> None:
    posts = {(s, o) for s, p, o in labelled_facts(TEXT) if p == "holdsPost"}
    assert ("Kaarlo Niemi", "Aurora-säätiö") in posts
    assert ("Kaarlo Niemi", "Esimerkin Vanhusliitto ry") not in {
        (s, o) for s, p, o in labelled_facts(TEXT.replace("Hallitukseen valittiin jäsenet, jotka ovat:\n", ""))
        if p == "holdsPost"}


def test_a_row_ending_in_a_comma_keeps_its_organisation() -> None:
    posts = {(s, o) for s, p, o in labelled_facts(TEXT) if p == "holdsPost"}
    assert ("Leena Saari", "Kemin Vanhusyhdistys ry") in posts
    assert ("Pauli Koski", "Tornion Palvelukoti ry") in posts
