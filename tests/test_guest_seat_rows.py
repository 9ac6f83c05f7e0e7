"""An attendance row "Name, <seat> <an organisation's name>" is a guest's seat in that organisation."""

from tests.helpers import labelled_facts

TEXT = ("1 Plats och tid Kommunhuset, Exempelby, klockan 08:30-12:00 Beslutande: Karl Ström (S), ordförande "
        "Anna Holm (S) Bertil Lund (M) Övriga deltagande Lena Björk, förvaltningschef "
        "Maja Sund, ordförande Kvinnojouren Tranan i Exempelby 12 Eva Lind, nämndsekreterare "
        "Utses att justera Anna Holm\n\n"
        "2 ANSLAGSBEVIS Protokollet är justerat. Forum Socialnämnden Förvaringsplats för protokollet\n")


def test_a_guests_seat_is_not_the_meetings() -> None:
    posts = {(s, o) for s, p, o in labelled_facts(TEXT, kind="minutes") if p == "holdsPost"}
    assert not any(s == "Maja Sund" for s, _ in posts)


def test_the_meetings_own_chair_keeps_the_seat() -> None:
    posts = {(s, p, o) for s, p, o in labelled_facts(TEXT, kind="minutes") if p == "holdsPost"}
    assert any(s == "Karl Ström" for s, _, _ in posts)


def test_an_association_read_surname_first_is_no_person() -> None:
    from tests.helpers import typed_labels

    labels = typed_labels(TEXT, kind="minutes")
    assert ("Person", "Kvinnojouren Tranan") not in labels
    assert not any(t == "Person" and "Tranan" in label for t, label in labels)
