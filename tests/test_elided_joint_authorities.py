"""A joint authority named by a descriptive title with an elided coordination before its kind word ("Keski-Savon
sosiaali- ja terveyspalvelujen kuntayhtymä") is one JointAuthority named in full, not its region alone.
Invented sentences; the places are real regions, the joint authorities made up."""

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
