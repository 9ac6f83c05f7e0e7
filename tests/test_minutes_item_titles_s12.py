"""Item titles of minutes that name what the item decides (session 12): the title of a copied extract read from
its transcript's first line, an agreement word further in a title, a project named in a title by its compound
or after an attribute in lower case.

All texts here are invented; they imitate layouts, not particular documents.
"""

from __future__ import annotations

from pathlib import Path

from welfare_kg.extract.document import extract_document
from welfare_kg.loaders import load_document
from welfare_kg.loaders.minutes import copied_title, parse_items

_PREAMBLE = "Koko: px\nAloita esitys sivulta:\n\nDownload \"{title}\"\n\nTranskriptio\n\n"


def _copy(title: str, transcript: str) -> str:
    return f"{title}\n\n" + _PREAMBLE.format(title=title) + transcript


def _saved(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "copy.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _decided(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    out = extract_document(load_document(_saved(tmp_path, text)))
    return {(out.entities[f.subject].label, out.entities[f.object].label) for f in out.facts
            if f.predicate == "decides"}


def test_a_copied_extracts_title_sits_between_its_bodies_and_its_number() -> None:
    """"1 Perusturvalautakunta <title> PELA 34 <text>": the title is what the copy ran between the two."""
    text = _copy("Koko: px", "1 Perusturvalautakunta Sosiaalipäivystyksen järjestäminen yhdessä naapurikuntien "
                             "kanssa PELA 34 Kunnan sosiaalipäivystys on järjestetty ostopalveluna.\n")
    assert copied_title(text) == ("Sosiaalipäivystyksen järjestäminen yhdessä naapurikuntien kanssa",
                                  "Perusturvalautakunta", text.index("Sosiaalipäivystyksen"))
    items = parse_items(text)
    assert [i.title for i in items] == ["Sosiaalipäivystyksen järjestäminen yhdessä naapurikuntien kanssa"]
    assert items[0].body == "Perusturvalautakunta"


def test_several_bodies_and_a_filing_code_before_the_section() -> None:
    """Bodies listed several times, the title, then a case number with its filing code and "KHALL 315"."""
    text = _copy("x", "1 Kunnanhallitus Kunnanhallitus Valtuusto Kunnanhallitus Valtuusto Seudun palvelujen "
                      "hallintomalli ja aikataulu 465/07/074/2007 KHALL 315 Valmistelua on jatkettu.\n")
    assert copied_title(text)[:2] == ("Seudun palvelujen hallintomalli ja aikataulu", "Kunnanhallitus")


def test_a_copied_front_page_gives_no_title() -> None:
    """A copy of whole minutes opens with the organisation's name and "PÖYTÄKIRJA": no item's title."""
    text = _copy("x", "1 KESKI-SUOMEN MAAKUNNAN YHTEISTYÖRYHMÄN MAASEUTUJAOSTO Sivu 1 PÖYTÄKIRJA N:o 2/2003 "
                      "KOKOUSTIEDOT Aika: klo Paikka: Joutsa\n")
    assert copied_title(text) is None


def test_the_project_in_a_copied_title_after_an_attribute(tmp_path: Path) -> None:
    """"osallistuminen seudulliseen X, Y:n kehittäminen Z:ssa -hankkeeseen ja hankkeen ...": the project is X ..., the
    first cue ends it, and the lower-case attribute before it is not its name."""
    text = _copy("Koko: px", "1 Perusturvalautakunta Palveluyksikön osallistuminen seudulliseen Kaikki mukaan, "
                             "osuustoiminnan kehittäminen työllistämisessä -hankkeeseen ja hankkeen tulosten "
                             "vertailu PELA 34 Kaupungin työttömyys on korkea.\n")
    assert ("Perusturvalautakunta", "Kaikki mukaan, osuustoiminnan kehittäminen työllistämisessä") \
        in _decided(tmp_path, text)


def test_a_title_opening_with_a_compound_of_hanke_names_the_project(tmp_path: Path) -> None:
    """"Työpajahankkeen hankesuunnitelma": the minutes name the project by its kind only, and decide it."""
    text = _copy("Työpajahankkeen hankesuunnitelma", "1 Kaupunginhallitus Kaupunginvaltuusto Työpajahankkeen "
                 "hankesuunnitelma / kaupungin rahoitusosuuden hyväksyminen 253/ /2010 KH 100 Kauhavan "
                 "kaupunginhallitus on valmistellut hanketta yhdessä.\n")
    assert any(p == "Työpajahanke" for _, p in _decided(tmp_path, text))


def test_a_general_kind_of_project_opening_a_title_names_none(tmp_path: Path) -> None:
    """"Kehittämishankkeet ja -rahoitukset", "Rakennushankkeen aikataulu": kinds, not one project's name."""
    for title in ("Kehittämishankkeet ja -rahoitukset vuonna 2021", "Rakennushankkeen aikataulu"):
        text = _copy(title, f"1 Kaupunginhallitus {title} KH 100 Asiaa on valmisteltu.\n")
        assert not _decided(tmp_path, text)


def test_an_agreement_word_after_its_owners_name_in_a_title(tmp_path: Path) -> None:
    """"X:n perussopimuksen hyväksyminen": the title's one agreement word, after whose it is, is what is decided."""
    text = _copy("x", "1 Kunnanhallitus Valtuusto Seudun palvelujen hallintomalli, Raahen seudun "
                      "hyvinvointikuntayhtymän perussopimuksen hyväksyminen 465/07/074/2007 KHALL 315 Valmistelua "
                      "on jatkettu.\n")
    assert any(p == "perussopimus" for _, p in _decided(tmp_path, text))


def _minutes(titles: list[str]) -> str:
    out = ["KAUHAVAN KAUPUNKI\nKaupunginhallitus 12.3.2021\nPöytäkirja\n"]
    for k, t in enumerate(titles, 5):
        out.append(f"§ {k} {t}\n\nAsiaa on valmisteltu.\n\nPäätösehdotus\nKaupunginhallitus hyväksyy asian.\n\n"
                   "Päätös\nHyväksyttiin.\n")
    return "\n".join(out)


def test_a_compound_agreement_word_with_its_complement_names_the_agreement(tmp_path: Path) -> None:
    """"Samarbetsavtal om socialjour", "Kuntien välinen sopimus sosiaalipäivystyksestä": the title is the name."""
    decided = _decided(tmp_path, _minutes(["Samarbetsavtal om socialjour",
                                           "Kuntien välinen sopimus sosiaalipäivystyksestä"]))
    assert {p for _, p in decided} >= {"Samarbetsavtal om socialjour",
                                       "Kuntien välinen sopimus sosiaalipäivystyksestä"}


def test_the_parties_before_a_compound_agreement_word_name_it_whole(tmp_path: Path) -> None:
    """"Kuntien välinen yhteistoimintasopimus työllisyyspalveluista": the parties' "välinen" before a compound of
    "sopimus" opens the name as before the bare word."""
    decided = _decided(tmp_path, _minutes(["Kuntien välinen yhteistoimintasopimus työllisyyspalveluista"]))
    assert "Kuntien välinen yhteistoimintasopimus työllisyyspalveluista" in {p for _, p in decided}


def test_a_partys_colon_genitive_before_the_agreement_word_opens_its_name(tmp_path: Path) -> None:
    """"Hoiva Oy:n sopimus ikäihmisten asumispalvelusta": the party by its legal form's genitive, the agreement word
    and what it is about are one name (the company stays a party of its own)."""
    out = extract_document(load_document(_saved(tmp_path, _minutes(["Hoiva Oy:n sopimus ikäihmisten "
                                                                     "asumispalvelusta"]))))
    labels = {e.label: e.type for e in out.entities.values()}
    assert labels.get("Hoiva Oy:n sopimus ikäihmisten asumispalvelusta") == "Agreement"
    assert labels.get("Hoiva Oy") == "Company"


def test_a_capital_after_the_compound_is_another_title(tmp_path: Path) -> None:
    """"Kunnanjohtajasopimus Muut asiat": two titles run together; the agreement is the compound alone."""
    decided = _decided(tmp_path, _minutes(["Kunnanjohtajasopimus Muut asiat"]))
    assert not any(p.endswith("Muut asiat") for _, p in decided)


def test_a_section_sign_glued_to_its_title_heads_an_item() -> None:
    """"101 §Biohiilen ... (HITU)": a list of sections printed without a space after the sign."""
    text = "Hallitus 7 / 2018\nAika: 13.08.2018\n\nVaiheet\n85 §Kokouksen laillisuus\n86 §Hankkeen rahoitus\n"
    assert [i.title for i in parse_items(text)] == ["Kokouksen laillisuus", "Hankkeen rahoitus"]


def test_a_title_that_is_a_name_with_its_acronym_is_the_projects(tmp_path: Path) -> None:
    """A regional council's board decides the projects whose names and acronyms are its items' titles."""
    text = ("Hallitus 7 / 2018\nAika: 13.08.2018\nPaikka: Kotka, maakuntatalo\n\nVaiheet\n"
            "85 §Kokouksen laillisuus ja päätösvaltaisuus\n"
            "101 §Biohiilen mikronisointi ja materiaalisovellukset Kymenlaaksossa (HITU)\n"
            "102 §Talousarvion toteutuminen (TA)\n103 §Yhteistyö aluehallintoviraston kanssa (AVI)\n"
            "104 §Tutkimusyhteistyön jatkaminen ja laajentaminen (THL)\n")
    decided = {p for _, p in _decided(tmp_path, text)}
    assert any(p.startswith("Biohiilen mikronisointi ja materiaalisovellukset Kymenlaaksossa") for p in decided)
    assert not any("Talousarvion" in p or "aluehallintoviraston" in p or "Tutkimus" in p for p in decided)


def test_a_name_before_an_application_for_a_grant_is_the_project(tmp_path: Path) -> None:
    """"Bron - Silta, ansökan om sysselsättningspolitiskt understöd": the name, then the application for its grant."""
    decided = _decided(tmp_path, _minutes(["Bron - Silta, ansökan om sysselsättningspolitiskt understöd",
                                           "Talousarvion muutos, rahoitushakemus"]))
    assert "Bron - Silta" in {p for _, p in decided}
    assert not any(p.startswith("Talousarvion") for _, p in decided)  # a Finnish application names no project
