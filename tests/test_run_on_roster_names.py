"""A roster run into one paragraph: the word before a name is the previous person's surname, not a given name."""

from tests.helpers import person_labels

TEXT = ("Styrelse Ordinarie ledamöter Alf Holmqvist Ordförande Enskede Kurt Strand Kassör Farsta Marie Lindahl "
        "Donald Fenwick Harry Wiklund Hans Engström Wolfgang Hedlin Eva Jakobsson Enskede Hässelby Ombud Gunvor "
        "Ekström Donald Fenwick Harry Wiklund Kenneth Strand Marie Lindahl Styrelse Ordinarie Kurt Strand Donald "
        "Fenwick Eva Jakobsson Harry Wiklund")


def test_a_name_after_another_persons_surname_stands_alone() -> None:
    people = person_labels(TEXT, kind="news")
    assert not any(len(p.split()) == 3 and p.endswith("Donald Fenwick") for p in people)
    assert "Donald Fenwick" in people


def test_a_middle_name_dropped_later_stays() -> None:
    text = "Läsnä: Bo Lennart Stenholm, ordförande. Stenholm öppnade mötet. Lennart Stenholm föreslog ändringar."
    people = person_labels(text, kind="minutes")
    assert "Bo Lennart Stenholm" in people
