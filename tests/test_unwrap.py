"""The re-joining of hard-wrapped text: a wrapped text and its unwrapped original give the same text."""

from __future__ import annotations

from helpers import load_script

from welfare_kg.loaders.unwrap import unwrap, wrap_width

perturb = load_script("eval/perturb.py")

ORIGINAL = """Uusi Ikävoimaa-koordinaatiohanke käynnistyi

Hanke: Ikävoimaa-koordinaatiohanke
Rahoittaja: STEA

Vanhustyön keskusliitossa on käynnistynyt uusi Ikävoimaa-koordinaatiohanke (2025-2028) STEAn \
rahoittamana. Ikävoimaa-avustusohjelman tavoitteena on edistää haavoittuvassa asemassa olevien \
ikääntyneiden psyykkistä ja sosiaalista toimintakykyä elämän muutostilanteissa. Avustusohjelmaan on \
valittu Sosiaali- ja terveysjärjestöjen avustuskeskus STEAn toimesta kolmetoista teemaan soveltuvaa \
hanketta, joita Etelä-Pohjanmaan sairaanhoitopiiri ja Pohjois-Savon hyvinvointialue tukevat.

Hankkeen kumppanit:
- Kokkolan kaupunki
- Kehitysvammaisten Tukiliitto ry

Hankkeessa kehitetään kehittämishankkeiden yhteistoimintaa, vertaisryhmätoimintaa ja \
koulutusmateriaaleja yhdessä kuntien, järjestöjen ja seurakuntien kanssa koko maakunnan alueella \
vuosina 2025-2028 sekä arvioidaan toimintamallien vaikuttavuutta.
"""


def test_wrapped_text_unwraps_to_its_original() -> None:
    wrapped = perturb.wrap(ORIGINAL, 70)
    assert wrapped != ORIGINAL
    assert max(len(x) for x in wrapped.split("\n")) <= 70
    assert "-\n" in wrapped  # a word hyphenated at a line end
    assert unwrap(wrapped).rstrip() == ORIGINAL.rstrip()


def test_unwrapped_text_is_left_alone() -> None:
    assert wrap_width(ORIGINAL.split("\n")) is None
    assert unwrap(ORIGINAL) == ORIGINAL


def test_other_widths() -> None:
    for width in (60, 80, 90):
        assert unwrap(perturb.wrap(ORIGINAL, width)).rstrip() == ORIGINAL.rstrip()


def test_hyphens_kept_where_they_are_the_words_own() -> None:
    text = "\n".join(["x" * 40 + " alkaa kertomus sanoista"] * 6 + [
        "Hankkeessa ovat mukana sosiaali- ja terveyspalvelut sekä Etelä-",
        "Pohjanmaan sairaanhoitopiiri, jonka tuoreen rahoituksen EU-",
        "hanke ja maakunnan liitosta saatu pitkäaikainen kehittämis-",
        "hanke.",
    ])
    out = unwrap(text)
    assert "Etelä-Pohjanmaan" in out
    assert "EU-hanke" in out
    assert "kehittämishanke." in out


def test_short_lines_and_list_rows_keep_their_breaks() -> None:
    rows = ["Kunnanhallitus " + str(i) + " kokous pidettiin kunnantalolla kello kymmenen" for i in range(8)]
    text = "\n".join([*rows, "- Kokkolan kaupunki", "- Kruunupyyn kunta"])
    assert unwrap(text).split("\n")[-2:] == ["- Kokkolan kaupunki", "- Kruunupyyn kunta"]


def test_a_list_of_short_rows_and_signature_columns_is_not_a_wrapped_page() -> None:
    """Attendance rows and two signature columns crowd under ~45 characters: a form's columns, not a page's
    wrapping (joining them put the secretary's name on the chair's line)."""
    text = ("PERUSTURVALAUTAKUNTA PÖYTÄKIRJA 5/2021\n\nKokousaika 12.5.2021 klo 17.00-19.10\n"
            "Kokouspaikka Kunnantalo\n\nSaapuvilla olleet jäsenet\nVirtanen Olli, puheenjohtaja\n"
            "Nieminen Sanna, varapuheenjohtaja\n\nMuut saapuvilla olleet\n"
            "Korhonen Liisa, perusturvajohtaja, esittelijä\nAalto Mikko, kunnanjohtaja\n\nAllekirjoitukset\n"
            "Olli Virtanen                 Liisa Korhonen\npuheenjohtaja                 pöytäkirjanpitäjä\n")
    assert unwrap(text) == text


def test_a_hyphen_after_a_name_ending_in_a_capital_is_the_names_own() -> None:
    # a syllable never ends in a capital, so "VoimaXR-" at a line's end is a name and its head, not a broken word
    text = "\n".join(["x" * 40 + " alkaa kertomus sanoista"] * 6 + [
        "Suurin osa tuesta kohdistui vuonna 2025 uuteen kokeiluun VoimaXR-",
        "hanke, jossa ammattikorkeakoulu kehittää osaamista ja opetus-",
        "menetelmiä.",
    ])
    out = unwrap(text)
    assert "VoimaXR-hanke" in out
    assert "opetusmenetelmiä." in out
