"""A town that closes a street address or follows a postal code is where an office is, nobody's employer."""

from tests.helpers import labelled_facts

TEXT = ("ESIMERKKIEN TUKILIITTO ry Kuusikon kauppatie 26, Helsinki - puh , fax keskus klo Toiminnanjohtaja "
        "Veikko Salmela p , Järjestöpäällikkö Aino Rinne p , Talouspäällikkö Pertti Kallas p , Aluesihteerit "
        "Irja Lampi p , Torikatu 3, Tampere Maija Koski p , Isokatu 4, Oulu")


def test_the_staff_work_for_the_organisation_not_the_address_town() -> None:
    posts = {(s, o) for s, p, o in labelled_facts(TEXT) if p == "holdsPost"}
    assert ("Aino Rinne", "ESIMERKKIEN TUKILIITTO ry") in posts
    assert ("Pertti Kallas", "ESIMERKKIEN TUKILIITTO ry") in posts
    assert not any(o == "Helsinki" for _, o in posts)


def test_the_first_name_after_the_address_keeps_the_organisation() -> None:
    posts = {(s, o) for s, p, o in labelled_facts(TEXT) if p == "holdsPost"}
    assert ("Veikko Salmela", "Helsinki") not in posts
