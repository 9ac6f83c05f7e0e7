"""Guards from an audit of fresh, unannotated project pages (ESR application forms, Leader village-project
reports, support pages of Leader groups): the layouts the page rules met there for the first time and read
right, kept right, and the support-page wording that must give no facts.

Written for these tests: invented associations, projects and people.
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document


def _facts(text: str, kind: str = "news") -> list[tuple[str, str, str, str]]:
    ex = extract_document(record(text, kind=kind))
    labels = {iri: e.label for iri, e in ex.entities.items()}
    return [(labels.get(f.subject, f.subject), f.predicate, labels.get(f.object, f.object), f.rule)
            for f in ex.facts]


ESR_FORM = (
    "ESR-PROJEKTISUUNNITELMA Euroopan sosiaalirahaston osittain rahoittamat projektit Ohjelmakausi "
    "Viranomaisen merkintöjä Projektikoodi S19999 Hakemustyyppi Uusi hakemus Tila Käynnissä "
    "2. PROJEKTI, JOLLE HAETAAN RAHOITUSTA Projektin nimi Kotoisa arki Ohjelma Manner-Suomen ESR-ohjelma "
    "Toimintalinja 2 : Työllistymisen edistäminen Projektityyppi Projekti, jossa on henkilöitä mukana\n\n"
    "3. PROJEKTIN HAKIJAN TIEDOT Hakijaorganisaation nimi Suomen kotoisan arjen liitto, KAL ry Organisaatiotyyppi "
    "Järjestö tai yhdistys Postitoimipaikka Tampere Projektin vastuuhenkilön nimi Matti Korhonen "
    "Asema organisaatiossa projektipäällikkö Sähköpostiosoite Puhelinnumero Taloushallinnon "
    "vastuuhenkilön nimi Anna Nieminen Asema organisaatiossa toiminnanjohtaja Sähköpostiosoite\n")


def test_an_esr_form_names_its_applicant_as_coordinator_and_its_officers_posts() -> None:
    found = {(s, p, o) for s, p, o, _ in _facts(ESR_FORM)}
    assert any(p == "coordinates" and s == "KAL ry" and o == "Kotoisa arki"
               for s, p, o in found), found
    posts = {(s, o) for s, p, o in found if p == "holdsPost"}
    assert any(s == "Matti Korhonen" and o == "KAL ry" for s, o in posts), posts
    assert any(s == "Anna Nieminen" and o == "KAL ry" for s, o in posts), posts


LEADER_REPORT = (
    "Kyläpuodin esiselvityshanke Loppuraportti\n\n"
    "1 Hankkeen toteuttaja Hankkeen toteuttaa Rovaniemen kaupunki. 2 Hankkeen nimi Kyläpuoti-hanke. "
    "Hanketta hallinnoi Rovaniemen kaupunki ja toteutti kaupungin palkkaama projektipäällikkö. "
    "Hankkeen keskeisinä toimijoina olivat projektipäällikkö ja Kyläpuodin kyläyhdistyksen jäsenet.\n")


def test_the_implementer_of_a_leader_report_coordinates_and_its_hired_manager_is_no_participant() -> None:
    found = _facts(LEADER_REPORT)
    assert any(s == "Rovaniemi" and p == "coordinates" for s, p, _, _ in found), found
    assert not any(p in {"participatesIn", "funds", "contributes"} for _, p, _, _ in found), found


SUPPORT_PAGE = (
    "Hanketuet\n\nYleishyödylliset hankkeet\n\n"
    "Yleishyödyllisen hankkeen tulee hyödyttää koko yhteisöä. Rahoitus ei ole toimintatukea, eli "
    "yhdistysten perustoiminnan tukemiseen rahoitusta ei voida myöntää.\n\n"
    "Kehittämishanke\nTuki alkaen 6.250 €, tukea jopa 90 %\n"
    "– esim. yhdistysten toiminnan kehittäminen, kylä- ja historiakirjojen kirjoittaminen\n\n"
    "Investointihanke\nTuki alkaen 6.250 €, tukea jopa 70 %\n"
    "– esim. kokoontumistilojen rakentaminen tai remontointi\n")


def test_a_support_page_of_a_leader_group_states_no_grant() -> None:
    found = _facts(SUPPORT_PAGE)
    assert not any(p in {"funds", "contributes", "participatesIn", "coordinates"} for _, p, _, _ in found), found
