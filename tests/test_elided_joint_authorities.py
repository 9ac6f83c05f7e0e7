"""Names with an elided coordination ("sosiaali- ja terveydenhuollon"): a joint authority ("Keski-Savon
sosiaali- ja terveyspalvelujen kuntayhtymä") is one JointAuthority named in full, not its region alone; a board named
by such a title after a place ("Kainuun sosiaali- ja terveydenhuollon neuvottelukunta") keeps the whole title.
Invented sentences; the places are real regions, the bodies made up."""

from __future__ import annotations

from helpers import needs_voikko, typed_labels


@needs_voikko
def test_an_elided_pair_of_modifiers_belongs_to_the_joint_authoritys_name() -> None:
    labels = typed_labels("Sopimukseen osallistuu Ylä-Pirkanmaan sosiaali- ja terveydenhuollon kuntayhtymä.")
    assert ("JointAuthority", "Ylä-Pirkanmaan sosiaali- ja terveydenhuollon kuntayhtymä") in labels
    assert not any(t == "Region" for t, _l in labels)


@needs_voikko
def test_the_name_takes_its_base_form_when_the_kind_inflects() -> None:
    labels = typed_labels("Hankkeen hallinnoi Länsi-Lapin sairaanhoito- ja sosiaalipalvelujen kuntayhtymän "
                          "kehittämisyksikkö.")
    assert ("JointAuthority", "Länsi-Lapin sairaanhoito- ja sosiaalipalvelujen kuntayhtymä") in labels


@needs_voikko
def test_a_lower_case_opening_names_no_joint_authority() -> None:
    labels = typed_labels("Alueella toimii yhteinen sosiaali- ja terveydenhuollon kuntayhtymä.")
    assert not any(t == "JointAuthority" for t, _l in labels)


@needs_voikko
def test_a_board_named_by_an_elided_pair_after_a_place_keeps_the_whole_title() -> None:
    # "Kanta-Hämeen päihde- ja mielenterveystyön neuvottelukunta": a body of the region named by its task
    labels = typed_labels("Lausunnon antoi Kanta-Hämeen päihde- ja mielenterveystyön neuvottelukunta.")
    assert ("Body", "Kanta-Hämeen päihde- ja mielenterveystyön neuvottelukunta") in labels
    labels = typed_labels("Kanta-Hämeen päihde- ja mielenterveystyön neuvottelukunnan jäsenet nimettiin.")
    assert ("Body", "Kanta-Hämeen päihde- ja mielenterveystyön neuvottelukunta") in labels


@needs_voikko
def test_an_elided_pair_without_a_named_owner_names_no_board() -> None:
    labels = typed_labels("Lausunnon antoi päihde- ja mielenterveystyön neuvottelukunta.")
    assert not any(t == "Body" and "päihde-" in lab for t, lab in labels)
