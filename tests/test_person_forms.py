"""People's names in inflected forms become the base form (extract/person_forms.py); sentences written here."""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.model import Mention
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.person_forms import base_form_people


def person(label: str) -> Mention:
    return Mention(start=0, end=len(label), surface=label, label=label, type="Person", rule="test")


def test_surname_unknown_to_voikko_takes_the_form_another_mention_gives() -> None:
    ms = [person("Oskar Kvarnbäck"), person("Oskar Kvarnbäckin"), person("Oskar Kvarnbäckille")]
    base_form_people(ms, get_morphology())
    assert {m.label for m in ms} == {"Oskar Kvarnbäck"}


def test_known_surname_in_the_genitive_is_put_in_the_nominative() -> None:
    ms = [person("Liisa Kuusiston")]
    base_form_people(ms, get_morphology())
    assert ms[0].label == "Liisa Kuusisto"


def test_unknown_surname_ending_in_n_is_left_alone_without_other_evidence() -> None:
    """'-n' ends many surnames in the nominative; without another mention nothing is cut."""
    ms = [person("Anders Nordin"), person("Oskar Kvarnbäckin")]
    base_form_people(ms, get_morphology())
    assert [m.label for m in ms] == ["Anders Nordin", "Oskar Kvarnbäckin"]


def test_first_names_must_agree() -> None:
    ms = [person("Oskar Kvarnbäck"), person("Emil Kvarnbäckin")]
    base_form_people(ms, get_morphology())
    assert ms[1].label == "Emil Kvarnbäckin"


def test_inflected_chosen_people_are_the_listed_members() -> None:
    text = ("Perusturvalautakunta\n\nLäsnä\nLiisa Kuusisto puheenjohtaja\nOskar Kvarnbäck jäsen\n\n"
            "§ 2 Pöytäkirjan tarkastajat\nLautakunta valitsee pöytäkirjantarkastajiksi Oskar Kvarnbäckin ja "
            "Liisa Kuusiston.\nPäätös: Hyväksyttiin.\n")
    ex = extract_document(record(text, kind="minutes"))
    people = sorted(e.label for e in ex.entities.values() if e.type == "Person")
    assert people == ["Liisa Kuusisto", "Oskar Kvarnbäck"], people


def mention_in(text: str, label: str) -> Mention:
    start = text.index(label)
    return Mention(start=start, end=start + len(label), surface=label, label=label, type="Person", rule="test")


def test_surname_written_alone_in_the_base_form_elsewhere_is_the_base_form() -> None:
    text = "Tutkija Venla Rokkasaaren väitöskirja valmistui. Rokkasaari tutkii vanhuspalveluja."
    ms = [mention_in(text, "Venla Rokkasaaren")]
    base_form_people(ms, get_morphology(), text)
    assert ms[0].label == "Venla Rokkasaari"


def test_a_list_row_surname_first_gives_the_base_form() -> None:
    text = "Läsnä: Hurmevaara Taisto, jäsen.\nTaisto Hurmevaaran mielestä asia on selvä."
    ms = [mention_in(text, "Taisto Hurmevaaran")]
    base_form_people(ms, get_morphology(), text)
    assert ms[0].label == "Taisto Hurmevaara"


def test_a_first_name_elsewhere_is_no_base_form_of_a_surname() -> None:
    """"Tuokkoli Koivu" names a Tuokkoli as a first name: no evidence that "Tuokkolin" is an inflected surname."""
    text = "Puhetta johti Kaisu Tuokkolin. Paikalla oli myös Hanna Tuokkoli Koivu."
    ms = [mention_in(text, "Kaisu Tuokkolin")]
    base_form_people(ms, get_morphology(), text)
    assert ms[0].label == "Kaisu Tuokkolin"


def test_regular_paradigm_genitive_before_a_noun_or_postposition() -> None:
    morph = get_morphology()
    text = "Hallintojohtaja Timo Kurvulan mukaan päätös syntyi. Esityksen teki Anni Kaarvisen työryhmä."
    ms = [mention_in(text, "Timo Kurvulan"), mention_in(text, "Anni Kaarvisen")]
    base_form_people(ms, morph, text)
    assert [m.label for m in ms] == ["Timo Kurvula", "Anni Kaarvinen"]


def test_paradigm_leaves_a_name_before_a_verb_and_nominatives_alone() -> None:
    """Before a verb the name is the subject, a nominative; "-nen" and "-in" nominatives are never cut."""
    text = "Timo Kurvulan kertoo asiasta. Anni Kaarvinen sanoo niin. Aune Kahvelin totesi samaa."
    ms = [mention_in(text, "Timo Kurvulan"), mention_in(text, "Anni Kaarvinen"), mention_in(text, "Aune Kahvelin")]
    base_form_people(ms, get_morphology(), text)
    assert [m.label for m in ms] == ["Timo Kurvulan", "Anni Kaarvinen", "Aune Kahvelin"]


def test_paradigm_needs_a_known_first_name() -> None:
    text = "Hanke sai Zorbo Kurvulan tuen."
    ms = [mention_in(text, "Zorbo Kurvulan")]
    base_form_people(ms, get_morphology(), text)
    assert ms[0].label == "Zorbo Kurvulan"


def test_document_form_reaches_the_graph() -> None:
    text = ("Tutkija Venla Rokkasaaren hankkeelle myönnettiin apuraha.\n"
            "Rokkasaari tutkii ikääntyneiden palveluja Lapin yliopistossa.\n")
    ex = extract_document(record(text, kind="news"))
    people = sorted(e.label for e in ex.entities.values() if e.type == "Person")
    assert people == ["Venla Rokkasaari"], people


def test_a_case_ending_must_fit_the_stem() -> None:
    """Finnish case endings follow a vowel ("Kurvula-n"): a surname "Varka" is no partitive of a "Vark"."""
    text = "Puheenvuoron piti Jan-Olof Varka. Tarjouksen jätti yhtiö nimeltä Vark."
    ms = [mention_in(text, "Jan-Olof Varka")]
    base_form_people(ms, get_morphology(), text)
    assert ms[0].label == "Jan-Olof Varka"


def test_a_nominative_surname_cut_to_a_common_noun_is_restored() -> None:
    """"Kompassin" reads to Voikko as the genitive of a noun; before a verb or alone on its line it is the name."""
    text = "Puheenjohtaja Oili Kompassin avasi kokouksen.\nIlmoitustaulunhoitaja Oili Kompassin\n\nSeuraava asia."
    ex = extract_document(record(text, kind="news"))
    people = sorted(e.label for e in ex.entities.values() if e.type == "Person")
    assert people == ["Oili Kompassin"], people


def test_a_genitive_before_a_noun_keeps_the_base_form() -> None:
    text = "Asia eteni Oili Kompassin esityksen mukaan."
    m = mention_in(text, "Oili Kompassin")
    m.label = "Oili Kompassi"
    base_form_people([m], get_morphology(), text)
    assert m.label == "Oili Kompassi"


def _people(text: str, kind: str = "news") -> set[str]:
    ex = extract_document(record(text, kind=kind))
    return {e.label for e in ex.entities.values() if e.type == "Person"}


def test_a_nordic_surname_in_in_keeps_its_ending_where_no_genitive_stands() -> None:
    """"-lin", "-din" end Swedish surnames: before "ja" and a name in the nominative, a Swedish verb, the next
    person's first name or the list's end the name is in the nominative ("Anna Thel" was read)."""
    assert "Anna Thelin" in _people("Kokoukseen osallistuivat Anna Thelin ja Mikko Ahlroos.")
    assert "Jessica Fagerlin" in _people("Projektledare Jessica Fagerlin berättar om projektet.")
    assert "Rolf Karlin" in _people("Ledamöter: Johanna Staffas, Mats Nylins, Rolf Karlin")
    assert "Vesa Calin" in _people("Jäsenet: Liisa Laine Vesa Calin Jari Kortesmäki, Seinäjoki.")


def test_a_genitive_in_in_before_a_noun_postposition_or_an_object_list_is_cut() -> None:
    assert "Tom Schmidt" in _people("Johtaja Tom Schmidtin kanssa sovittiin asiasta.")
    # an object in the accusative before "sekä" and a phrase: "Sari Hildén" chosen
    assert _people("Varapuheenjohtajaksi valittiin tilapäällikkö Sari Hildénin sekä jäseniksi muut.") == {
        "Sari Hildén"}
    # an accusative list: the next name is inflected too
    assert "Anna Thel" in _people("Valittiin Anna Thelin ja Mikko Virtasen edustajiksi.")


def test_a_mended_cut_is_no_base_form_for_another_mention() -> None:
    """The genitive "Fagerlinin" once took the cut "Fagerl" of the nominative mention before it."""
    assert _people("Hankkeen johtaja Jessica Fagerlin kertoi, että Jessica Fagerlinin tiimi jatkaa.") == {
        "Jessica Fagerlin"}


def test_no_swedish_genitive_before_a_title_or_in_a_surname_first_row() -> None:
    assert "Marléne Bertills" in _people("Närvarande förvaltningschef Marléne Bertills ekonomichef Gunilla Granberg")
    text = ("Kunnanhallitus PÖYTÄKIRJA 3/2014\nLäsnä Staffas Johanna kvalt puheenjohtaja Lahtinen Lauri jäsen\n"
            "Käsitellyt asiat\n")
    assert "Johanna Staffas" in _people(text, kind="minutes")


def test_a_nen_paradigm_genitive_qualifies_no_pronoun() -> None:
    """"Hannu Hausen hänen varajäsenenään": a surname in -sen before a pronoun is a nominative, no "Haunen"."""
    assert "Hannu Hausen" in _people("Ohjausryhmään nimettiin varapuheenjohtaja Hannu Hausen hänen "
                                     "henkilökohtaisena varajäsenenään.")
    assert "Anni Kaarinen" in _people("Anni Kaarisen esitys hyväksyttiin.")


def test_a_surname_written_first_is_no_genitive() -> None:
    """"Lundin Eva", "Dahlin, Christian": Finnish inflects a name's last word only, so a surname written before
    the first name is in the nominative, though Voikko reads it as another surname's genitive ("Lund")."""
    for surface, label in [("Lundin Eva", "Eva Lundin"), ("Dahlin, Christian", "Christian Dahlin")]:
        text = f"Läsnä {surface}, jäsen\n"
        start = text.index(surface)
        m = Mention(start=start, end=start + len(surface), surface=surface, label=label, type="Person", rule="test")
        base_form_people([m], get_morphology(), text)
        assert m.label == label
    ms = [person("Liisa Kuusiston")]  # written first name first, the surname still takes its case
    base_form_people(ms, get_morphology())
    assert ms[0].label == "Liisa Kuusisto"
