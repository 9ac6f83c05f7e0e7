"""A funder inside a relative clause funds the clause's antecedent; short texts of our own (invented projects)."""

from __future__ import annotations

from tests.helpers import extract


def _funds(text: str) -> set[tuple[str, str]]:
    ex = extract(text)
    return {(ex.entities[f.subject].label, ex.entities[f.object].label) for f in ex.facts
            if f.predicate == "funds" and f.subject in ex.entities and f.object in ex.entities}


def test_swedish_relative_clause_funds_its_antecedent() -> None:
    got = _funds("Projektet Bygdekraft är en fortsättning på projektet Byastark, som drevs vid högskolan 2016-2018 "
                 "och finansierades av Aktion Norrskär och Svenska kulturfonden.")
    assert ("Aktion Norrskär", "Byastark") in got
    assert ("Svenska kulturfonden", "Byastark") in got
    assert not any(obj == "Bygdekraft" for _s, obj in got)


def test_finnish_relative_clause_funds_its_antecedent() -> None:
    got = _funds("Talkoot-hanke on jatkoa Kylä kuntoon -hankkeelle, jota rahoittivat Pohjois-Pohjanmaan ELY-keskus "
                 "ja Sosiaali- ja terveysministeriö.")
    assert {obj for _s, obj in got} == {"Kylä kuntoon"}


def test_a_funder_before_the_relative_clause_keeps_its_object() -> None:
    got = _funds("Sosiaali- ja terveysministeriö rahoittaa Talkoot-hanketta, joka jatkaa Kylä kuntoon -hankkeen työtä.")
    assert got == {("sosiaali- ja terveysministeriö", "Talkoot")}


def test_a_relative_clause_about_the_target_itself_changes_nothing() -> None:
    got = _funds("Talkoot-hanketta, jota hallinnoi Koivulan Kyläyhdistys ry, rahoittaa Sosiaali- ja terveysministeriö.")
    assert got == {("sosiaali- ja terveysministeriö", "Talkoot")}
