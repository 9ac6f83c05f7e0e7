"""One title written once in the plural before a list of names ("ohjaajat A, B ja C", "projektityöntekijöinä
toimivat A ja B", "rf:s projektledare A och B"): every listed person holds the post, not only the first; a singular
title, a name in another form or with a title of its own, and a name after the list get nothing from it.
Invented sentences."""

from __future__ import annotations

from helpers import needs_voikko, post_rows

ORG = "Mielenterveysseura Tukiranka ry"
SV_ORG = "Föreningen Stödhanden"


def _holders(text: str, post: str, org: str = ORG) -> set[str]:
    return {p for p, t, o in post_rows(text, kind="news") if t == post and o == org}


@needs_voikko
def test_plural_nominative_title_before_three_names_is_the_post_of_each() -> None:
    text = f"{ORG}:n ohjaajat Liisa Aho, Matti Kallio ja Sanna Ranta aloittivat työnsä syyskuussa."
    assert _holders(text, "ohjaaja") == {"Liisa Aho", "Matti Kallio", "Sanna Ranta"}


@needs_voikko
def test_plural_essive_title_before_the_verb_is_the_post_of_both() -> None:
    text = f"{ORG}:n projektityöntekijöinä toimivat Liisa Aho ja Matti Kallio."
    assert _holders(text, "projektityöntekijä") == {"Liisa Aho", "Matti Kallio"}


@needs_voikko
def test_plural_genitive_title_with_names_in_the_genitive() -> None:
    text = f"Työsopimukset allekirjoitettiin {ORG}:n ohjaajien Liisa Ahon ja Matti Kallion kanssa."
    assert _holders(text, "ohjaaja") == {"Liisa Aho", "Matti Kallio"}


@needs_voikko
def test_swedish_title_before_names_joined_by_och_is_the_post_of_both() -> None:
    text = f"{SV_ORG} rf:s projektledare Anna Lindqvist och Erik Holm berättar om arbetet."
    # (the registered name runs to its legal form: "rf:s" is the form in the genitive)
    assert _holders(text, "projektledare", f"{SV_ORG} rf") == {"Anna Lindqvist", "Erik Holm"}


@needs_voikko
def test_singular_title_is_the_first_name_only() -> None:
    text = f"{ORG}:n toiminnanjohtaja Liisa Aho ja Matti Kallio kertovat hankkeesta."
    assert _holders(text, "toiminnanjohtaja") == {"Liisa Aho"}


@needs_voikko
def test_a_name_in_another_form_is_only_mentioned_with_the_holder() -> None:
    text = f"{ORG}:n ohjaajat Liisa Aho ja Matti Kallion kanssa keskusteli Sanna Ranta."
    assert "Matti Kallio" not in _holders(text, "ohjaaja")
    assert "Sanna Ranta" not in _holders(text, "ohjaaja")


@needs_voikko
def test_a_name_with_its_own_title_ends_the_list() -> None:
    text = f"{ORG}:n ohjaajat Liisa Aho, Matti Kallio ja sihteeri Sanna Ranta kokoontuivat."
    assert _holders(text, "ohjaaja") == {"Liisa Aho", "Matti Kallio"}


@needs_voikko
def test_the_list_ends_at_its_conjunction() -> None:
    text = f"{ORG}:n ohjaajat Liisa Aho ja Matti Kallio, Pekka Salo sekä Sanna Ranta."
    assert _holders(text, "ohjaaja") == {"Liisa Aho", "Matti Kallio"}


@needs_voikko
def test_swedish_title_and_a_second_title_share_nothing() -> None:
    text = f"{SV_ORG} rf:s verksamhetsledare Anna Lindqvist och ordförande Erik Holm berättar om arbetet."
    assert _holders(text, "verksamhetsledare", f"{SV_ORG} rf") == {"Anna Lindqvist"}


@needs_voikko
def test_a_list_subject_of_a_plural_verb_shares_the_title_after_it() -> None:
    text = f"Liisa Aho, Matti Kallio ja Sanna Ranta työskentelevät {ORG}:n ohjaajina."
    assert _holders(text, "ohjaaja") == {"Liisa Aho", "Matti Kallio", "Sanna Ranta"}


@needs_voikko
def test_swedish_list_subject_shares_the_title_after_the_verb() -> None:
    text = f"Anna Lindqvist och Erik Holm arbetar som projektledare vid {SV_ORG} rf."
    assert _holders(text, "projektledare", f"{SV_ORG} rf") == {"Anna Lindqvist", "Erik Holm"}


@needs_voikko
def test_a_singular_verb_has_the_last_name_only_as_subject() -> None:
    text = f"Liisa Aho kiitti Matti Kalliota, joka toimii {ORG}:n ohjaajana."
    assert _holders(text, "ohjaaja") == {"Matti Kallio"}
    text = f"Liisa Aho ja Matti Kallio kertoivat, että Sanna Ranta toimii {ORG}:n ohjaajana."
    assert _holders(text, "ohjaaja") == {"Sanna Ranta"}


@needs_voikko
def test_swedish_definite_plural_title_with_the_employer_after_the_list() -> None:
    text = f"Projektledarna Anna Lindqvist och Erik Holm vid {SV_ORG} rf berättar om arbetet."
    assert _holders(text, "projektledare", f"{SV_ORG} rf") == {"Anna Lindqvist", "Erik Holm"}


@needs_voikko
def test_swedish_singular_title_leaves_the_second_names_employer_his_own() -> None:
    text = f"Projektledaren Anna Lindqvist och Erik Holm vid {SV_ORG} rf berättar om arbetet."
    assert not _holders(text, "projektledare", f"{SV_ORG} rf")


@needs_voikko
def test_plural_essive_title_after_its_owner_before_the_verb_and_the_list() -> None:
    text = f"{ORG}:n ohjaajina jatkavat Liisa Aho, Matti Kallio ja Sanna Ranta."
    assert _holders(text, "ohjaaja") == {"Liisa Aho", "Matti Kallio", "Sanna Ranta"}

