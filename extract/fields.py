"""Field layouts of project cards, EU-fund cards and applications: a label, then its value.

A project card says "Toteuttaja: Jyväskylän kaupunki" or, in a PDF transcript of an
EURA application, "Hakijaorganisaation nimi Kainuun maakunta -kuntayhtymä Organisaatiotyyppi
Kuntayhtymä ..." with the labels run together on one line. Such a line is not prose: the
sentence rules read it as one long sentence and glue labels into names ("Projektityyppi
Projekti"). Here a field gives its fact directly, by the kind of its label:

- name       the card's project ("Projektin nimi", "Hankkeen nimi", "Projektets namn")
- coordinator  coordinates the project ("Toteuttaja", "Hallinnoija", "Hakijan virallinen nimi", "Projektägare")
- participant  participatesIn the project ("Osatoteuttajat", "Yhteistyökumppanit", "Samarbetspartner")
- funder     funds the project, with a granted amount if a field states one ("Rahoittaja", "Finansiär")
- programme  the project is partOf the programme named ("Ohjelma", "Toimintalinja: ... (ESR)")
- area       the project coversArea the region or municipality ("Maakunta", "Toteutusalue", "Landskap")
- granted    the granted sum ("EU- ja valtion rahoitus", "Myönnetty tuki", "Beviljat stöd")
- person / post  a contact and their post, held in the applicant organisation
- address, other  say nothing: places in an address are post offices, not participants

Each kind is one named rule (`RULES`), so a new label is one line in `LABELS`.

The layouts read: "Label: value" at a line's start, a table's row ("Label<TAB>value" from a Word table,
"| Label | value |" from a web table), labels run together on one line (a form transcript), and a label alone on its
line over its value: one line, bullets, or a list of names one a line down to the first line that names none (a
partner or logo list flattened from a web page: `Field.listed`). A role after a listed name decides its predicate
("Oulun kaupunki (päätoteuttaja)" coordinates, "Kemin kaupunki (osatoteuttaja)" takes part). A card that names
no project in a name field nor its title line speaks of the page's topic project (document_roles.main_project);
those facts carry rule names of their own ("coordinates:field-topic") and a lower confidence. On a page that is no
card, a field with its colon or cell border, or a label alone over names, is read all the same (`_loose_fields`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from welfare_kg.extract.area_field_names import area_field_places
from welfare_kg.extract.hospital_areas import reference_body
from welfare_kg.extract.layout import insert_mentions
from welfare_kg.extract.model import Evidence, Fact, Mention
from welfare_kg.extract.money import Amount, _number, find_amounts
from welfare_kg.extract.morphology import Morphology, verbless
from welfare_kg.extract.names import identity_key
from welfare_kg.extract.own_sums import own_sums
from welfare_kg.extract.project_lists import is_lead_in
from welfare_kg.extract.spans import SpanIndex, outermost

PARTY_TYPES = {"Municipality", "JointAuthority", "WellbeingCounty", "Company", "Association", "Parish",
               "CompetenceCentre", "Agency", "Ministry"}
AREA_TYPES = {"Region", "Municipality", "CooperationArea", "WellbeingCounty"}
PLACES = {"Region", "Municipality", "CooperationArea"}
PARTNER_AREAS = {"Region", "CooperationArea"}

# label -> kind; labels are matched case-sensitively at their first letter as forms write them
LABELS: dict[str, str] = {
    **dict.fromkeys(["Projektin nimi", "Hankkeen nimi", "Hankenimi", "Projektets namn", "Projektnamn",
                     "Projektin nimi suomeksi", "Project name", "Toimintamallin nimi", "Hankkeen nimi ja tunnus",
                     "Hankkeen nimi ja hanketunnus", "Projektin nimi ja numero", "Hanke nimi", "Hankkeen julkinen nimi",
                     "projektets namn", "Projektets namn och nummer",
                     # Innokylä names each entry of development work a "kokonaisuus" (a project, a model)
                     "Kokonaisuuden nimi",
                     # the state-grant application form of the national development programme (Kaste) names the
                     # project under a heading "Hankkeen nimi ja siitä käytettävä lyhenne ..." in this row
                     "Nimi ja lyhenne", "Hankkeen nimi ja lyhenne",
                     # "Projekt: Tillitsskapande organisering – ...": the kind word as the label of the card's name
                     "Projekt", "Projekti", "Hanke"], "name"),
    **dict.fromkeys(["Toteuttaja", "Toteuttajaorganisaatio", "Hankkeen toteuttaja", "Hallinnoija",
                     "Hankkeen hallinnoija", "Hallinnoiva organisaatio", "Päätoteuttaja", "Hakija",
                     "Hakijaorganisaatio", "Hakijaorganisaation nimi", "Hakijan virallinen nimi",
                     "Hakijan nimi", "Vastuuorganisaatio", "Koordinaattori", "Projektägare", "Huvudman",
                     "Sökande", "Projektägarens namn", "Lead partner", "Hankkeen koordinaattori",
                     "Projektets huvudman", "Koordinerande organisation", "Hankkeen omistaja", "Hankkeen omistajat",
                     "Hankkeen omistaja(t)", "Projektin omistaja", "Genomförare", "Stödmottagare",
                     "Stödmottagarens namn", "Toteuttajan nimi", "Projektia hallinnoiva organisaatio",
                     "Hanketta hallinnoiva organisaatio", "Hankkeen toteuttajaorganisaatio",
                     "Projektin toteuttaja", "Projektin hallinnoija", "Hankkeen toteuttajan nimi",
                     "Projektin toteuttajan nimi", "Hallinnoijan nimi", "Hankkeen hallinnoijan nimi",
                     "Projektin koordinaattori", "Hankkeen päätoteuttaja", "Projektin päätoteuttaja",
                     # the EU structural funds' project decision names its receiver, the project's owner; the
                     # 2007-2013 ESR cards name it "Toteuttajaorganisaation nimi" under "2. Projektin toteuttaja"
                     "Projektipäätöksen saaja", "Toteuttajaorganisaation nimi",
                     "Ansvarig organisation", "Projektägande organisation", "Huvudgenomförare",
                     # the participle forms of a card's runner row, and the English capitalisation of EU forms
                     "Hallinnoiva taho", "Toteuttava organisaatio", "Toteuttava taho", "Koordinoiva organisaatio",
                     "Koordinoiva taho", "Vastuullinen toteuttaja", "Lead Partner", "Projektkoordinator",
                     "Projektets ägare",
                     # a card's row naming the running as a task: "Hankkeen koordinointi: X", "Hallinnointi: X"
                     "Hankkeen koordinointi", "Projektin koordinointi", "Koordinointi", "Hankkeen hallinnointi",
                     "Projektin hallinnointi", "Hallinnointi",
                     # the receiver of a grant of a decision's cover runs the project
                     "Tuensaaja", "Tuen saaja", "Rahoituksen saaja", "Avustuksen saaja", "Rahoituksen saajan nimi",
                     # a state-grant application's applicant row: the municipality or joint authority that runs it
                     "Hankkeen hallinnoinnista vastaava kunta/kuntayhtymä", "Hankkeen hallinnoinnista vastaava kunta",
                     "Hallinnoinnista vastaava kunta/kuntayhtymä", "Hankkeen hallinnoinnista vastaava organisaatio"],
                    "coordinator"),
    **dict.fromkeys(["Osatoteuttaja", "Osatoteuttajat", "Kumppanit", "Yhteistyökumppanit", "Yhteistyötahot",
                     "Partnerit", "Hankekumppanit", "Samarbetspartner", "Samarbetspartners", "Samarbetsparter",
                     "Delgenomförare", "Partners", "Hankkeen osatoteuttajat", "Hankkeen kumppanit", "Toteuttajat",
                     "Hankkeen toteuttajat", "Projektpartner", "Projektets samarbetspartner",
                     # partner headings of project pages, Finnish and Swedish
                     "Deltagande organisationer", "Medverkande organisationer", "Deltagande kommuner",
                     "Medverkande kommuner", "Projektpartners", "Samverkanspartner", "Samverkanspartners",
                     "Mukana olevat organisaatiot", "Mukana olevat kunnat", "Mukana olevat tahot",
                     "Hankkeeseen osallistuvat kunnat", "Hankkeeseen osallistuvat organisaatiot", "Osallistuvat kunnat",
                     "Osallistuvat organisaatiot", "Hankekunnat", "Kumppaniorganisaatiot", "Yhteistyöorganisaatiot",
                     "Hankkeen yhteistyökumppanit", "Projektin yhteistyökumppanit", "Projektin osatoteuttajat",
                     "Projektin kumppanit", "Hankepartnerit", "Kumppanuusorganisaatiot", "Hankkeessa mukana",
                     "Mukana hankkeessa", "Hankkeessa mukana olevat", "Projektissa mukana", "Mukana", "Kumppanimme",
                     "Yhteistyökumppanimme", "Hankkeen yhteistyötahot", "Yhteistyötahomme", "Medverkande",
                     "Samarbetspartners i projektet", "Partner i projektet",
                     # Swedish "part" (party): "Projektparter: A, B", "Projektparterna"
                     "Projektparter", "Projektparterna", "Samarbetsparterna",
                     # a joint application's co-applicants under its applicant ("Hakija: X / Osahakija: Y")
                     "Osahakija", "Osahakijat", "Kanssahakija", "Kanssahakijat", "Delsökande",
                     # a state-grant application's rows of the municipalities and the other parties taking part
                     "Hankkeeseen osallistuvat tahot",
                     "Muut hankkeessa osallisena olevat tahot ja niiden rahoitusosuudet",
                     "Muut hankkeessa osallisena olevat tahot", "Hankkeessa osallisena olevat tahot"], "participant"),
    **dict.fromkeys(["Rahoittaja", "Rahoittajat", "Hankkeen rahoittaja", "Rahoittava viranomainen",
                     "Rahoittava taho", "Myöntävä viranomainen", "Finansiär", "Finansiärer",
                     "Huvudfinansiär", "Beviljande myndighet", "Toimintamallin rahoittaja", "Hankkeen rahoittajat",
                     "Projektets finansiär", "Projektets finansiärer", "Projektin rahoittaja", "Projektin rahoittajat",
                     "Medfinansiär", "Medfinansiärer", "Osarahoittajat", "Osarahoittaja",
                     # a project page's funding row names who pays ("Rahoitus: Leader ja Svenska Kulturfonden",
                     # "Finansiering: Svenska kulturfonden, 40 000 euro"); a row of sums alone names no one
                     "Rahoitus", "Hankkeen rahoitus", "Projektin rahoitus", "Rahoituslähde", "Rahoituslähteet",
                     "Rahoittajataho", "Rahoittajatahot", "Finansiering", "Projektets finansiering",
                     "Finansieras av", "Finansierat av", "Rahoittaja(t) ja rahoitusohjelma",
                     # the granting authority of a funding decision's cover, Finnish, Swedish, English
                     "Rahoituspäätös", "Rahoituspäätöksen tekijä", "Rahoituspäätöksen tehnyt viranomainen",
                     "Rahoituksen myöntäjä", "Tuen myöntäjä", "Avustuksen myöntäjä", "Myöntäjä", "Rahoituskanava",
                     "Rahoittajat ja rahoitusosuudet", "Rahoittaja ja rahasto", "Beviljare",
                     "Finansierande myndighet", "Funder", "Funders", "Funded by",
                     # the EU fund a card's project draws on ("EU-Fond: Landsbygdsfonden", "Rahasto: ESR")
                     "EU-Fond", "EU-fond", "Fond", "EU-rahasto", "Rahasto", "Rahoittava rahasto",
                     # an EU card's main funder and its national co-funders, each a funder of the project
                     "Päärahoittaja", "Vastinrahoittaja", "Vastinrahoittajat", "Kansallinen rahoittaja",
                     "Kansalliset rahoittajat", "Muut rahoittajat", "Kuntarahoittajat", "Kansallinen vastinrahoittaja",
                     "Kansalliset vastinrahoittajat", "Pääfinansiär", "Nationella medfinansiärer", "Övriga finansiärer",
                     "Lead funder", "Co-funders", "Co-financiers", "Main funder",
                     # a Leader card's or final report's action group row ("Toimintaryhmä: X ry", "Aktionsgrupp:
                     # X"): the group decides the Leader grant of the project, its funder (as written on the form)
                     "Toimintaryhmä", "Leader-ryhmä", "Leader-toimintaryhmä", "Toimintaryhmän nimi",
                     "Aktionsgrupp", "Leadergrupp", "Leader-grupp"], "funder"),
    **dict.fromkeys(["Ohjelma", "Rahoitusohjelma", "Program", "Programme", "Toimintalinja", "Ohjelma/Rahasto",
                     "Program/Fond",
                     # the same row as other forms and cards label it: the programme named, with or without its line
                     "EU-ohjelma", "EU-rahoitusohjelma", "Ohjelman nimi", "Rahoittava ohjelma", "Tukiohjelma",
                     "Avustusohjelma", "Ohjelma ja toimintalinja", "Ohjelma/toimintalinja", "Ohjelma / toimintalinja",
                     "Rahoitusohjelma ja toimintalinja", "Hankkeen rahoitusohjelma", "Projektin rahoitusohjelma",
                     "Rakennerahasto-ohjelma", "Interreg-ohjelma", "EU-program", "Finansieringsprogram",
                     "Programmets namn", "Programme name", "Funding programme", "Funding program",
                     # the national programme a development project carries out ("Tavoiteohjelma: Kaste-ohjelma")
                     "Tavoiteohjelma", "Hankkeen tavoiteohjelma"], "programme"),
    **dict.fromkeys(["Maakunta", "Maakunnat", "Toteutusalue", "Toiminta-alue", "Kohdealue", "Alue",
                     "Landskap", "Verksamhetsområde", "Toteutuspaikka", "Paikkakunta, maakunta tai hyvinvointialue",
                     "Toteutusalue tai -paikka", "Toteuttamisalue", "Hankkeen toteutusalue", "Hankkeen toteuttamisalue",
                     "Hankealue", "Hankkeen alue", "Kohdekunnat", "Kohdekunta", "Toteutuskunnat", "Kohdemaakunnat",
                     "Kohdemaakunta", "Toiminta-alueen kunnat", "Projektområde", "Projektets område",
                     "Geografiskt område", "Maantieteellinen alue",
                     # plurals and pairs of the same labels as cards write them ("Maakunta/alue", "Kohdealue/kunnat")
                     "Alueet", "Toteutusalueet", "Kohdealueet", "Toiminta-alueet", "Hankealueet", "Toimialue",
                     "Maantieteellinen kohdealue", "Maakunta/alue", "Maakunta / alue", "Alue/maakunta",
                     "Kohdealue/kunnat", "Kohdealue / kunnat", "Toteutuspaikkakunnat", "Alueellinen kattavuus",
                     "Område", "Områden", "Geografisk omfattning", "Målområde", "Regioner",
                     # the towns of the area as a card or a heading names them ("Hankealueen kunnat\nKuopio\n...")
                     "Hankealueen kunnat", "Hankkeen kunnat", "Hankekunnat", "Kohdealueen kunnat", "Toimintakunnat",
                     "Toteutusalueen kunnat", "Alueen kunnat", "Projektkommuner", "Projektets kommuner",
                     "Verksamhetsområdets kommuner", "Kommuner i projektet"], "area"),
    **dict.fromkeys(["EU- ja valtion rahoitus", "Myönnetty tuki", "Myönnetty rahoitus", "Myönnetty avustus",
                     "Myönnetty EU- ja valtion rahoitus", "Beviljat stöd", "Beviljat belopp",
                     "Beviljad finansiering",
                     # Swedish Leader cards: "Projektstöd från EU och staten:" over the sum
                     "Projektstöd från EU och staten", "Projektstöd", "Stöd från EU och staten"], "granted"),
    # the 2007-2013 ESR cards write "Vastuuhenkilön nimi: X" and "Asema: T&K-johtaja" under "Projektin toteuttaja"
    **dict.fromkeys(["Projektin vastuuhenkilön nimi", "Hankkeen yhteyshenkilön nimi", "Projektipäällikön nimi",
                     "Vastuuhenkilön nimi",
                     "Projektin vastuuhenkilö", "Projektivastaava",
                     "Taloushallinnon vastuuhenkilön nimi", "Vastuuhenkilö", "Projektipäällikkö",
                     "Kontaktperson", "Projektledare"], "person"),
    **dict.fromkeys(["Asema organisaatiossa", "Yhteyshenkilön asema hakijaorganisaatiossa",
                     "Asema hakijaorganisaatiossa", "Tehtävänimike", "Befattning", "Asema"], "post"),
    **dict.fromkeys(["Lähiosoite", "Jakeluosoite", "Käyntiosoite", "Postiosoite", "Osoite", "Postinumero",
                     "Postitoimipaikka", "Puhelinnumero", "Faksinumero", "Sähköpostiosoite", "Sähköposti",
                     "Web-osoite", "WWW-osoite", "Verkkosivut", "Tilinumero", "Pankkiyhteys", "IBAN", "BIC",
                     "Y-tunnus", "FO-nummer", "Adress", "Postadress", "Yhteyshenkilön sähköpostisoite",
                     "Yhteyshenkilön puhelinnumero", "Yhteyshenkilön sähköpostiosoite",
                     # the contact rows of a state-grant application form
                     "Vastuuhenkilön yhteystiedot", "Yhteyshenkilön yhteystiedot", "Kunnan/kuntayhtymän postiosoite",
                     "Puhelin ja matkapuhelin", "S-posti", "Fax", "Faksi"], "address"),
    # a programme's regional section a form names its project under ("Ohjelman osio Etelä-Suomen suuralueosio"):
    # a part of the programme (a WorkPackage), the project a part of it
    # ("Osio: Länsi-Suomen suuralueosio" on the 2007-2013 ESR project cards)
    **dict.fromkeys(["Ohjelman osio", "Ohjelmaosio", "Osio", "Programdel", "Programmets del"], "section"),
    **dict.fromkeys(["Organisaatiotyyppi", "Projektityyppi", "Hakemustyyppi", "Toiminta-ala",
                     "Erityistavoite", "Tila", "Toiminnan tila", "Hankekoodi", "Projektikoodi", "EURA-tunnus",
                     "Diaarinumero", "Hakemusnumero", "Aloituspäivä", "Aloituspäivämäärä", "Päättymispäivä",
                     "Päättymispäivämäärä", "Lopetuspäivä", "Budjetti", "Kokonaisbudjetti", "Kesto",
                     "Ohjelmakausi", "Saapumispvm", "Käsittelijä", "Viranomaisen merkintöjä",
                     "Seurantayhdyshenkilön nimi", "Hakemusvaiheen yhteyshenkilön nimi", "Toteutusaika",
                     "Suunnitelman mukainen toteutusaika", "Hankkeen kesto", "Projekttid", "Budget",
                     "Totalbudget", "Projektkod", "Status", "Hakijoiden lukumäärä tai tuen siirto -menettely",
                     "Vastuuviranomainen", "VIRANOMAINEN, JOLLE HAKEMUS OSOITETAAN", "Hankeaika", "Projektiaika",
                     "Hankkeen toteutusaika", "Projekttid", "Projektperiod", "Hakijatyyppi", "Hankenumero",
                     "Projektnummer", "Loppumispäivämäärä", "Alkamispäivämäärä", "Startdatum", "Slutdatum",
                     "Toimenpide", "Alatoimenpide", "Toimenpiteen tyyppi", "Toimenpiteen tarkenne", "Hankeluonne",
                     "Asiasanat", "Projektkaraktär", "Åtgärd", "Underåtgärd", "Projekttyp", "Projektkategori",
                     "Offentlig medfinansiering", "Privat medfinansiering", "Total budget",
                     # the Leader final-report template's row after the name ("2. Hankkeen nimi ja hanketunnus X
                     # Hankkeen numero ..."): it ends the name's value in a transcript
                     "Hankkeen numero", "Projektin numero",
                     # a state-grant application's rows of period, costs, the sum applied for and the theme
                     "Arvioitu toteuttamisaika", "Hankkeen kokonaiskustannukset", "Haettava valtionavustus",
                     "Hankkeen teema-alue"], "other"),
}
# "Projektia hallinoiva organisaatio": the common misspelling of "hallinnoida" in forms filled by hand
LABELS.update({k.replace("allinnoi", "allinoi"): v for k, v in list(LABELS.items()) if "allinnoi" in k})
# "2 HANKKEEN NIMI JA HANKETUNNUS X, hankenumero 6007": report templates print their rows' labels in capitals as
# section headings; a label of several words in capitals is the same row (one capitalised word, "ALUE", "HANKE",
# is as often a heading of prose, so it stays no label)
LABELS.update({k.upper(): v for k, v in list(LABELS.items()) if " " in k and k.upper() not in LABELS})
# "hakemuksen päiväys: projektipäätöksen saaja: X projektin nimi ja numero: Y": a form transcript that lost its
# capitals; a label of several words in lower case is a field only with its colon right after it (`_colon_label`)
_CASED_LABELS = frozenset(LABELS)  # as forms write them, lower-case ones included ("projektets namn")
LOWER_LABELS = {k.lower(): v for k, v in list(LABELS.items()) if " " in k and k[0].isupper() and not k.isupper()}
# the Leader final-report template's transcript writes its action group's row in lower case ("... (322)
# toimintaryhmä: X ry"), and its area's row after it ("toimintaryhmä: toiminta-alue: X ry A, B ja C"): one word
# each, yet fields only with their colons, as the lower-case labels above
LOWER_LABELS.update({"toimintaryhmä": "funder", "toiminta-alue": "area"})
LABELS.update({k: v for k, v in LOWER_LABELS.items() if k not in LABELS})
# a bare word over a column ("Alueet" / "Kainuu 72 000" in a statistics table) or a document's kind line
# ("Rahoituspäätös" over the decision's fields) is a label only with its colon
COLON_ONLY = {"Projekt", "Projekti", "Hanke", "Alueet", "Område", "Områden", "Regioner", "Rahoituspäätös"}
_HEADING = re.compile(r"(?:^|\s)(?:\d+\.\s+)?[A-ZÅÄÖ]{2,}(?:[ ,]+[A-ZÅÄÖ]{2,})+\b")
# a numbered section of a form run together with the last field ("... Oulun kaupunki 2. Yhteenveto projektin ...");
# only in a long value, so that a short address ("Kirkkokatu 2. Krs") keeps its number
_SECTION = re.compile(r"\s\d{1,2}\.\s+(?=[A-ZÅÄÖ][a-zåäö]{3,}\s+[a-zåäö])")
SECTION_AFTER = 120
DENSE_MIN = 3  # labels run together on one line: a transcript of a form, not prose
# a paragraph of sentences, not a field's value: a full stop then another sentence, or many words
_PROSE = re.compile(r"[.!?]\s+[A-ZÅÄÖ]|^(?:\S+\s+){12,}")
_LONGER_LABEL = re.compile(r"\s+(?:ja|sekä|tai|och|eller)\s+[a-zåäö]")  # "X ja toteuttamisaika": one label
TITLE_MAX_WORDS = 8


@dataclass(frozen=True)
class Field:
    label: str
    kind: str
    start: int  # of the label
    value_start: int
    value_end: int
    listed: bool = False  # the value is a list of lines, one name a line, read until a line names none (`_in`)


@lru_cache(maxsize=1)
def _label_pattern() -> re.Pattern[str]:
    names = sorted(LABELS, key=len, reverse=True)
    # "Toteuttaja(t):", "Finansiär(er):": a plural ending in parentheses belongs to the label
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names)
                      + r")(?:\((?:t|et|s|er|ar|na)\))?(?![\w-])")


_COLON_AFTER = re.compile(r"[ \t]*:")
LOWER_RUN = 2  # lower-case labels with their colons on one line: a transcript's fields


def _colon_label(line: str, m: re.Match[str]) -> bool:
    """A lower-case label is a field only with its colon: "projektin nimi ja numero: X", never prose's "hankkeen
    toteuttaja on X"."""
    return _lower_only(m.group(1)) and _COLON_AFTER.match(line, m.end()) is not None


def _lower_only(label: str) -> bool:
    """A label's lower-case spelling that no form writes so ("projektets namn" is written so, and stays a label)."""
    return label in LOWER_LABELS and label not in _CASED_LABELS


def _lower_without_colon(line: str, m: re.Match[str]) -> bool:
    return _lower_only(m.group(1)) and not _colon_label(line, m)


# a web page's definition list flattened with nothing between label and value: "NimiHyvällä mielellä Pohjois-Savo",
# "TilaPäättynyt", "Aloituspäivä1.5.2021"; "Nimi" (the card's name) is a label only there, where a person's name
# field ("Nimi: Matti Meikäläinen" of a form) cannot be meant
GLUED_NAME = "Nimi"
GLUED_MIN = 3  # lines glued so in one document: a layout, not a word that happens to start like a label


@lru_cache(maxsize=1)
def _glued_pattern() -> re.Pattern[str]:
    names = sorted([*LABELS, GLUED_NAME], key=len, reverse=True)
    return re.compile(r"(" + "|".join(re.escape(n) for n in names) + r")(?=[A-ZÅÄÖ0-9])")


def _glued_lines(lines: list[str]) -> dict[int, re.Match[str]]:
    """The lines of a flattened definition list, by index; none unless GLUED_MIN lines are glued alike."""
    pat = _glued_pattern()
    found = {n: m for n, line in enumerate(lines) if (m := pat.match(line)) is not None}
    return found if len(found) >= GLUED_MIN else {}


@lru_cache(maxsize=4)  # asked by the mention and the fact step of the same document
def read_fields(text: str) -> list[Field]:
    """The fields of a text, in order: labels starting a line with a colon, or run together on one line."""
    out: list[Field] = []
    pat = _label_pattern()
    pos = 0
    lines = text.splitlines(keepends=True)
    glued = _glued_lines(lines)
    in_run = False  # this line goes on with a form transcript's run-together line that a sentence's end broke
    for n, line in enumerate(lines):
        was_run, in_run = in_run, False
        g = glued.get(n)
        if g is not None:
            label = g.group(1)
            kind = "name" if label == GLUED_NAME else LABELS[label]
            out.append(Field(label, kind, pos, pos + g.end(), pos + len(line.rstrip(" \t\r\n.;,"))))
            pos += len(line)
            continue
        alone = pat.fullmatch(line.strip().rstrip(":"))
        if alone and _lower_only(alone.group(1)) and not line.strip().endswith(":"):
            alone = None  # a lower-case line of prose that happens to be a label's words
        if alone and alone.group(1) in COLON_ONLY and not line.strip().endswith(":"):
            alone = None  # "Hanke\nUtvecklingsprojekt - 141988": a database card's kind line, no label
        # a label on a line of its own, its value the next line (stacked web forms: Innokylä, EURA cards), or the
        # next paragraph after one blank line ("Hankkeen toteuttaja\n\nItä-Savon koulutuskuntayhtymä")
        gap = 1 if n + 2 < len(lines) and not lines[n + 1].strip() else 0
        if alone and n + 1 + gap < len(lines) and lines[n + 1 + gap].strip() \
                and not pat.fullmatch(lines[n + 1 + gap].strip().rstrip(":")):
            nxt = lines[n + 1 + gap]
            skipped = sum(len(x) for x in lines[n + 1:n + 1 + gap])
            v_start = pos + len(line) + skipped + len(nxt) - len(nxt.lstrip())
            v_end = pos + len(line) + skipped + len(nxt.rstrip(" \t\r\n.;,"))
            label = alone.group(1)
            listed = False
            if gap and _PROSE.search(nxt.strip()) and not (LABELS[label] in LIST_KINDS and _names_line(nxt)):
                # "Budjetti\n\nHankkeen kokonaisbudjetti on ... . Hanketta rahoittavat ...": a heading over prose,
                # still a field of the card's layout, but its value is sentences for the prose rules
                v_start = v_end = pos + len(line.rstrip())
            elif LABELS[label] in LIST_KINDS and _item_line(nxt):
                # "Yhteistyökumppanit\n\nMetsähallitus\nTurun yliopisto\n...": a heading over a list of names, one
                # a line (a partner or logo list flattened from a web page), read down to the next blank line
                list_end = _lines_end(lines, n + 2 + gap, v_end - len(nxt.rstrip(" \t\r\n.;,")) + len(nxt), pat)
                listed = list_end is not None
                v_end = list_end or v_end
            out.append(Field(label, LABELS[label], pos + line.index(label), v_start, v_end, listed))
            pos += len(line)
            continue
        found = [m for m in pat.finditer(line) if not _lower_without_colon(line, m)]
        if sum(_colon_label(line, m) for m in found) < LOWER_RUN:  # one alone may be a phrase of prose
            found = [m for m in found if not _colon_label(line, m)]
        head = re.match(r"\s*(?:[-•*–|]\s*)?", line)
        first = head.end() if head else 0
        # a kind word as a label ("Projekt: X") only at the line's start with its colon, never a word in a transcript
        found = [m for m in found if m.group(1) not in COLON_ONLY
                 or (m.start() == first and line[m.end():].lstrip(" \t").startswith(":"))]
        # (a lower-case label with its colon is one field of a transcript's prose, no sign of a form's run of labels)
        dense = len({m.group(1) for m in found if not _colon_label(line, m)}) >= DENSE_MIN or (was_run and bool(found))
        if was_run and out:
            # "... Hankkeeseen osallistuvat tahot Kaikki ... rahoitusosuus.\nOulun seutu 28 571 eur ...": the last
            # field's value goes on over this line up to its first label (loaders/relines.py broke the form's one
            # line at a sentence's end)
            cut = found[0].start() if found else len(line)
            if line[:cut].strip():
                out[-1] = replace(out[-1], value_end=pos + len(line[:cut].rstrip(" \t\r\n.;,")))
            in_run = not found
        # a label starting the line, then its colon or a table's cell border: "Toteuttaja: X", a Word table's row
        # "Toteuttaja\tX" (cells joined by tabs, loaders/formats.py), a web table's "| Toteuttaja | X |"
        keep = [m for m in found if dense or (m.start() == first and _CELL_END.match(line, m.end()))
                or _numbered_name_label(line, m) or _colon_label(line, m)]
        for k, m in enumerate(keep):
            # "Hankkeen nimi ja toteuttamisaika Kunnan postiosoite ...": a longer label of which ours is only the
            # start; its value stands elsewhere in the form, so it ends the field before it and says nothing
            kind = "other" if _LONGER_LABEL.match(line, m.end()) else LABELS[m.group(1)]
            v_start = m.end()
            v_end = keep[k + 1].start() if k + 1 < len(keep) else len(line.rstrip("\n"))
            raw = line[v_start:v_end]
            heading = _HEADING.search(raw)  # "... PROJEKTIN HAKIJAN TIEDOT": a form's section heading ends it
            if heading and kind == "name" and not dense and not raw[:heading.start()].strip(" :\t|"):
                heading = None  # "Projektin nimi: HYVINVOINTIALAN VERKOSTO" on its own line: the name in capitals
            if heading:
                v_end = v_start + heading.start()
                raw = line[v_start:v_end]
            lead = len(raw) - len(raw.lstrip(" :\t|"))
            section = _SECTION.search(raw) if len(raw) > SECTION_AFTER else None
            if section:  # "Postiosoite PL 37, Oulun kaupunki 2. Yhteenveto ...": the form's next section ends it
                v_end = v_start + section.start()
                raw = line[v_start:v_end]
            item = _NEXT_ITEM.search(raw)  # "a) projektets namn: X b) Sökande: Y": the next item's letter ends X
            if dense and item:
                v_end = v_start + item.start()
                raw = line[v_start:v_end]
            other = _OTHER_LABEL.search(raw, len(raw) - len(raw.lstrip(" :\t")) + 1) if dense else None
            if not dense and (_numbered_name_label(line, m) or _colon_label(line, m)):
                # "2. Hanke nimi: Toimeliaat kylät hankkeen numero: 7003": the next label, whatever its case
                other = _ANY_LABEL.search(raw, len(raw) - len(raw.lstrip(" :\t")) + 1) or _SECTION.search(raw)
            if other:  # "Hankkeen nimi: X Toimenpidekokonaisuus: 2.2": a label no table holds still ends X
                v_end = v_start + other.start()
                raw = line[v_start:v_end]
            trail = len(raw) - len(raw.rstrip(" \t.;,|"))
            value_end = pos + v_end - trail
            listed = False
            if not dense and not raw.strip(" :\t|"):  # "Osatoteuttajat:" with its values as bullets below
                bullets = _bullets_end(lines, n + 1, pos + len(line))
                # or as plain lines, one name a line ("Kumppanit:\nA ry\nB kunta")
                plain = _lines_end(lines, n + 1, pos + len(line), pat, blank_first=True) \
                    if bullets is None and kind in LIST_KINDS else None
                listed = plain is not None
                value_end = bullets or plain or value_end
            out.append(Field(m.group(1), kind, pos + m.start(), pos + v_start + lead, value_end, listed))
        if dense and keep:  # the form's line ends at a sentence's end with its last value open: read on
            in_run = line.rstrip().endswith((".", "!", "?")) and out[-1].value_end >= pos + len(
                line.rstrip().rstrip(" \t.;,")) - 1
        in_run = in_run and n + 1 < len(lines) and bool(lines[n + 1].strip())
        pos += len(line)
    header = _header_field(text)
    if header is not None and not any(f.start <= header.start < max(f.value_end, f.start + 1) for f in out):
        out.insert(0, header)
    return _with_partner_headings(text, lines, out, pat)


# a heading no label list holds that says its list names partners: "Hankkeen toimijat", "Mukana olevat järjestöt",
# "Kumppanit 2023", "Deltagande föreningar"; not attendees, funders or people
_PARTNER_HEADING = re.compile(r"(?i)^(?:[\w-]+[ \t]+){0,3}?(?:[\w-]*kumppan(?:it|imme|eina|eita|eiksi)|"
                              r"mukana(?:[ \t]+olevat)?|osatoteuttaj(?:at|ina)|toteuttaja(?:t|organisaatiot)|"
                              r"yhteistyötah(?:ot|omme)|partner(?:it|s|na)?|samarbetspart(?:ner|ners|nerna|er)|"
                              r"deltagande|medverkande|(?:hankkeen|projektin)[ \t]+toimijat)"
                              r"(?:[ \t]+[\w-]+){0,3}?[ \t]*:?$")
_NOT_PARTNERS = re.compile(r"(?i)rahoit|finansi|osallistuja|deltagare|henkilö|person|yhteyshenkil|kontakt|\?")
HEADING_MAX_WORDS = 6


def _with_partner_headings(text: str, lines: list[str], fields: list[Field], pat: re.Pattern[str]) -> list[Field]:
    """The fields and, added, each partner heading over a list of at least two lines of names (kind
    "partner-heading": the list's organisations take part in the project, `_heading_partners`)."""
    taken = sorted((f.start, max(f.value_end, f.start + 1)) for f in fields)
    starts = [a for a, _ in taken]
    added: list[Field] = []
    pos = 0
    for n, line in enumerate(lines):
        head = line.strip()
        if head and len(head.split()) <= HEADING_MAX_WORDS and _PARTNER_HEADING.match(head) \
                and not _NOT_PARTNERS.search(head) and not pat.fullmatch(head.rstrip(":")) and not is_lead_in(head) \
                and all(not w[:1].isupper() for w in head.split()[1:]):  # a heading, no title and name
            k = bisect_right(starts, pos)
            inside = k > 0 and taken[k - 1][1] > pos
            first_line = pos + len(line)
            end = None if inside else _lines_end(lines, n + 1, first_line, pat, blank_first=True)
            if end is not None and text.count("\n", first_line, end) + (not text[first_line:end].strip()) >= 1:
                a = pos + line.index(head)
                v_start = first_line + len(text[first_line:end]) - len(text[first_line:end].lstrip())
                added.append(Field(head.rstrip(":"), "partner-heading", a, v_start, end, True))
        pos += len(line)
    return sorted(fields + added, key=lambda f: f.start) if added else fields


# what ends a label's cell: its colon, a tab, a table's "|" (the label's own line, so the value follows on it)
_CELL_END = re.compile(r"(?:\((?:t|s|er|ar|na)\))?(?:[ \t]*:|[ \t]*\t|[ \t]*\|[ \t]*\S)")
_NEXT_ITEM = re.compile(r"\s+[a-zåäö]\)\s*$")
# a form's label in a run-together line: a capitalised word, up to two more, and a colon before the value
_OTHER_LABEL = re.compile(r"\s+[A-ZÅÄÖ][\wåäö-]{3,}(?:\s+[a-zåäö][\wåäö-]*){0,2}:\s")
_BULLET = re.compile(r"\s*(?:[-•*–·]|\d{1,2}[.)])\s+\S")
# a form transcript's numbered section run into a line: "3 3 1. Hankkeen toteuttaja ... 2. Hanke nimi: X"
_NUMBERED_BEFORE = re.compile(r"(?:^|\s)\d{1,2}\.\s+$")
# any label with its colon after a name, in lower case too: "X hankkeen numero: 7003"
_ANY_LABEL = re.compile(r"\s+[\wåäöÅÄÖ-]{3,}(?:\s+[\wåäöÅÄÖ-]+)?:\s")


def _numbered_name_label(line: str, m: re.Match[str]) -> bool:
    """A name label inside a transcript line after a section's number, with its colon: "2. Hanke nimi: X"."""
    return LABELS.get(m.group(1)) == "name" and bool(_NUMBERED_BEFORE.search(line, 0, m.start())) \
        and line[m.end():].lstrip(" \t").startswith(":")


LIST_KINDS = {"coordinator", "participant", "funder", "area", "programme", "partner-heading"}
ITEM_WORDS = 10  # a longer line is a sentence or a paragraph, not one name of a list


def _item_line(line: str) -> bool:
    """A line that can be one item of a list of names: short, no sentence, no label's colon at its end (a full stop
    only of a legal form: "BirdLife Suomi r.y.")."""
    stripped = line.strip()
    if not stripped or len(stripped.split()) > ITEM_WORDS or _PROSE.search(stripped):
        return False
    return not stripped.endswith((":", ".", "!", "?")) or _LEGAL_FORM_END.search(stripped) is not None


_LEGAL_FORM_END = re.compile(r"\b(?:ry|rf|r\.y|r\.f|Oy|Ab)\.$")


def _lines_end(lines: list[str], k: int, offset: int, labels: re.Pattern[str], blank_first: bool = False) -> int | None:
    """End offset of the run of item lines starting at lines[k] (after blank lines, `blank_first`), up to a blank
    line, a line that is no item or a label's line; None when the run has no line."""
    return _run_end(lines, k, offset, blank_first, lambda line: _item_line(line) and not labels.fullmatch(
        line.strip().rstrip(":")) and not labels.match(line.strip()))


def _bullets_end(lines: list[str], k: int, offset: int) -> int | None:
    """End offset of the bullet lines starting at lines[k] (blank lines before the first allowed)."""
    return _run_end(lines, k, offset, True, lambda line: _BULLET.match(line) is not None)


def _run_end(lines: list[str], k: int, offset: int, blank_first: bool, keep: Callable[[str], bool]) -> int | None:
    """End offset (`offset` is that of lines[k]) of the run of lines from lines[k] that `keep` accepts, blank lines
    before it skipped when `blank_first`; None when the run has no line."""
    while blank_first and k < len(lines) and not lines[k].strip():
        offset += len(lines[k])
        k += 1
    end = None
    while k < len(lines) and keep(lines[k]):
        end = offset + len(lines[k].rstrip())
        offset += len(lines[k])
        k += 1
    return end


def is_card(fields: list[Field]) -> bool:
    """A page laid out as fields: a project card or a form, whose facts come from its fields (a partner heading over
    a list is a page's heading, not a card's field)."""
    fields = [f for f in fields if f.kind != "partner-heading"]
    return len(fields) >= DENSE_MIN and any(f.kind not in {"address", "other"} for f in fields)


def _mention(text: str, start: int, end: int, typ: str, rule: str, morph: Morphology) -> Mention:
    label = re.sub(r"\s+", " ", text[start:end]).strip(" -–.,:;\"”“")
    parts = tuple(p.strip(" -–") for p in re.split(r"\s+[-–]\s+", label) if p.strip(" -–") != label
                  and len(p.strip(" -–")) >= 3)
    coined = _COINED_FIRST.match(label) if not parts else None
    if coined:  # "KyKyä Kylät ja kunta, yhdessä älykkäästi": a coined short name, then its title (the dash lost)
        parts = (coined.group(1), label[coined.end():])
    short = _BRACKETED_SHORT.search(label) if not parts else None
    if short and short.group(1).upper() not in _FUND_SHORT and short.start() > 0:
        # "Humanistit uudistuvassa työelämässä (Genera)": the name and its short name, each a name of the project
        written, label = label, label[:short.start()]
        parts = (short.group(1), written)
    first = parts[0] if parts else label
    return Mention(start=start, end=end, surface=text[start:end], label=label, type=typ, rule=rule,
                   parts=parts, key=identity_key(first, morph) or None)


# a short name in brackets closing a name field's value, and the funds' acronyms that say who pays instead
_BRACKETED_SHORT = re.compile(r"\s*\(([A-ZÅÄÖ][\wåäöÅÄÖ!+-]{1,20})\)$")
_FUND_SHORT = frozenset({"ESR", "ESF", "EAKR", "ERUF", "ERDF", "EU", "JTF", "RRF", "STEA", "RAY", "EAFRD", "EMKR"})
# a coined short name opening a name field's value before a capitalised title: "KyKyä Kylät ja kunta, ..." (mixed
# case or capitals, no word of the language), and what follows it
_COINED_FIRST = re.compile(r"((?:[A-ZÅÄÖ][a-zåäö]*[A-ZÅÄÖ][\wåäöÅÄÖ]*|[A-ZÅÄÖ]{3,}))\s+(?=[A-ZÅÄÖ][a-zåäö]+\s+\S)")
# a project database card opens with its kind ("Hanke", "Kehittämishanke - 7467") before the title
_KIND_LINE = re.compile(r"(?:Hanke|Hankkeet|Projekti|Projekt|Project|[A-ZÅÄÖ][\wåäö-]*\s+[-–]\s+\d+)")
_PERIOD_LINE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}\s*[-–]\s*\d{1,2}\.\d{1,2}\.\d{4}")
HEAD_LINES = 8
# a title that says what kind of paper this is ("Päätös Kestävää kasvua ja työtä ...", "Slutrapport") names no project
_DOC_KIND = re.compile(r"(?:Päätös|Hankepäätös|Rahoituspäätös|Hankehakemus|Hakemus|Rahoitushakemus|Maksatushakemus|"
                       r"Loppuraportti|Väliraportti|Beslut|Ansökan|Slutrapport|Lägesrapport)\b")
# "Hankkeen nimi ja tunnus: Aulanko tutuksi, HAM-2002-R-2652": the code after the name is no part of it
# "Kylä välittää, hankenumero 6007, Dnro 464/", "X -koulutushanke, hankenumero": the code's own word opens it too
_TRAILING_CODE = re.compile(r"\s*[,;]\s*(?:\(?[A-Z0-9][A-Z0-9/.-]*\d[A-Z0-9/.-]*\)?$|(?i:hankenumero|hanketunnus|"
                            r"projektinumero|projektikoodi|hankekoodi|dnro|diaarinumero|projektnummer)\b)")

# "Hankkeen nimi ja hanketunnus X Numero 5500 Diaarinumero ...": a label of the code and the code after the name, no
# comma between (a form transcribed into one line); the name ends before the label
_NUMBERED_CODE = re.compile(r"\s+(?i:numero|nro|hankenumero|hanketunnus|hankekoodi|projektinumero|projektikoodi|dnro|"
                            r"diaarinumero)\s+[A-Za-z]{0,4}[/-]?\d")

# a web page's skip link, printed first when a page is saved as text: navigation, not the card's title
_SKIP_LINK = re.compile(r"(?i)(?:skip|jump)[ \t]+to[ \t]+(?:main[ \t]+)?content"
                        r"|hoppa[ \t]+(?:direkt[ \t]+)?till[ \t]+(?:huvud)?innehåll(?:et)?"
                        r"|siirry[ \t]+(?:suoraan[ \t]+)?(?:pää)?sisältöön|hyppää[ \t]+sisältöön")


def _head_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the first non-blank lines, the card's kind lines and a skip link skipped."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        a = m.start() + len(m.group()) - len(m.group().lstrip())
        b = m.start() + len(m.group().rstrip())
        if b > a and not spans and _SKIP_LINK.fullmatch(text[a:b].rstrip(" .")):
            continue
        if b > a:
            spans.append((a, b))
        if len(spans) >= HEAD_LINES:
            break
    k = 0
    while k < len(spans) - 1 and _KIND_LINE.fullmatch(text[spans[k][0]:spans[k][1]]):
        k += 1
    return spans[k:]


def _header_field(text: str) -> Field | None:
    """A card's head "title / implementer / period" (project databases print the organisation that runs the
    project between its name and its dates, with no label): the implementer as a coordinator field."""
    head = _head_lines(text)
    if len(head) < 3 or not _PERIOD_LINE.fullmatch(text[head[2][0]:head[2][1]]):
        return None
    a, b = head[1]
    value = text[a:b]
    if len(value.split()) > TITLE_MAX_WORDS or re.search(r"[.!?:|]$", value):
        return None
    return Field("", "coordinator", a, a, b)


# a title whose head is projects in the plural, a period after it or not: a list's title ("Rahoitetut hankkeet
# 2014-2020", "Avslutade projekten"), never one project's name (Swedish "projekt" is singular too, so it is left)
_LIST_TITLE = re.compile(r"(?i)\b(?:hankkeet|projektit|projekten|projects)"
                         r"(?:\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)?\s*$")


def _title_span(text: str) -> tuple[int, int] | None:
    """The page's first line, when it is a short title ("Rainer S20398") and not a sentence."""
    head = _head_lines(text)
    if not head:
        return None
    line = text[head[0][0]:head[0][1]]
    if not line or len(line.split()) > TITLE_MAX_WORDS or re.search(r"[.!?:|]$", line) or "![" in line \
            or _DOC_KIND.match(line):
        return None
    return head[0]


BLOCKS_MIN = 2  # cards on one page: the same opening label at least twice


def card_blocks(text: str, fields: list[Field]) -> list[tuple[tuple[int, int], list[Field]]]:
    """A page that lists several projects as cards, each a heading line over its own field rows ("Över tröskeln\n
    Projekttid: ...\nProjektledare: ...\nFinansiär: ...", a federation's finished projects, a programme's project
    list): the heading's span and the fields under it, per card. Read from the layout only: the card's opening label
    recurs, and every card has a short heading line right above its first field (no sentence, no label). Empty when
    the page is one card (its fields speak of one project) or any card lacks its heading."""
    own = [f for f in fields if f.kind != "partner-heading"]
    if len(own) < 2 * BLOCKS_MIN:
        return []
    opening = own[0].label
    firsts = [k for k, f in enumerate(own) if f.label == opening]
    if len(firsts) < BLOCKS_MIN:
        return _run_blocks(text, own)
    pat = _label_pattern()
    blocks: list[tuple[tuple[int, int], list[Field]]] = []
    for n, k in enumerate(firsts):
        prior = own[k - 1].value_end if k else 0
        line_start = text.rfind("\n", 0, own[k].start) + 1
        if text[line_start:own[k].start].strip():
            return []  # the label is not at a line's start: a run-on form line, no card of a list
        heading = None
        for m in re.finditer(r"[^\n]+", text[prior:line_start]):
            if m.group().strip():
                heading = (prior + m.start() + len(m.group()) - len(m.group().lstrip()),
                           prior + m.start() + len(m.group().rstrip()))
        if heading is None:
            return []
        line = text[heading[0]:heading[1]]
        if len(line.split()) > TITLE_MAX_WORDS or re.search(r"[.!?:;,|]$", line) or not line[:1].isupper() \
                or pat.match(line) or _PERIOD_LINE.search(line) or _DOC_KIND.match(line):
            return []
        stop = firsts[n + 1] if n + 1 < len(firsts) else len(own)
        blocks.append((heading, own[k:stop]))
    return blocks


# a card's section heading, no title of a project: "Projektets mål", "Hankkeen tavoitteet", "Project partners"
_SECTION_HEADING = re.compile(r"(?i)(?:projektets|projektet|projektin|hankkeen|hankkeessa|project|projects|"
                              r"projektens|hankkeiden)\s+\S")
_BULLET_LINE = re.compile(r"\s*[-•*–·▪●◦]\s")


def _field_runs(text: str, own: list[Field]) -> list[list[Field]]:
    """The fields in runs of rows one under another: a line that holds no field and is not blank ends a run."""
    runs: list[list[Field]] = []
    for f in own:
        if runs:
            gap = text[runs[-1][-1].value_end:f.start]
            between = [ln for ln in gap.split("\n")[1:-1] if ln.strip()]
            if not between and "\n" in gap:
                runs[-1].append(f)
                continue
            if not between and "\n" not in gap:
                runs[-1].append(f)
                continue
        runs.append([f])
    return runs


def _run_heading(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The last short title line between `start` and `end` (a card's heading over its description and fields): no
    sentence, no label, no bullet, no kind line ("PROJEKT") and no section heading of the card ("Projektets mål")."""
    pat = _label_pattern()
    heading = None
    for m in re.finditer(r"[^\n]+", text[start:end]):
        line = m.group().strip()
        if not line or len(line.split()) > TITLE_MAX_WORDS or re.search(r"[.!?:;,|]$", line) \
                or not line[:1].isupper() or pat.match(line) or _BULLET_LINE.match(m.group()) \
                or _PERIOD_LINE.search(line) or _DOC_KIND.match(line) or _SECTION_HEADING.match(line) \
                or re.fullmatch(_KIND_LINE.pattern, line, re.IGNORECASE):
            continue
        a = start + m.start() + len(m.group()) - len(m.group().lstrip())
        heading = (a, a + len(line))
    return heading


RUN_KINDS = {"coordinator", "participant", "funder"}


def _run_blocks(text: str, own: list[Field]) -> list[tuple[tuple[int, int], list[Field]]]:
    """Cards of a list that do not all open with the same label ("Projektområde ... Finansiering" over one project,
    "Projekttid ... Delgenomförare" over the next, each card's description between): runs of field rows apart from
    each other, a label recurring from one run to another (the same card layout again), each run naming who runs,
    joins or funds its project, each under its own title line. Empty unless every run has all that."""
    runs = [r for r in _field_runs(text, own) if len(r) >= BLOCKS_MIN]
    if len(runs) < BLOCKS_MIN or any(not any(f.kind in RUN_KINDS for f in r) for r in runs):
        return []
    labels = [{f.label for f in r} for r in runs]
    if not all(any(labels[k] & labels[j] for j in range(len(runs)) if j != k) for k in range(len(runs))):
        return []
    blocks: list[tuple[tuple[int, int], list[Field]]] = []
    prior = 0
    for r in runs:
        line_start = text.rfind("\n", 0, r[0].start) + 1
        heading = _run_heading(text, prior, line_start)
        if heading is None:
            return []
        blocks.append((heading, r))
        prior = r[-1].value_end
    return blocks


# a name field's value that runs on into a clause about the project ("X ja sen hanketunnus on 4500"): the
# conjunction and the pronoun open a new clause, the name ends before them
_NEXT_CLAUSE = re.compile(
    r"(?i)\s*,?\s+(?:ja|sekä|och)\s+(?:sen|se|sitä|niiden|hankkeen|dess|det)\s+\w+\s+(?:on|oli|är|var)\b")


# "Hankkeen nimi on X": the label's copula before the value is no word of the name
_COPULA = re.compile(r"(?:on|oli|är|var)\s+(?=\S)")
# a name field's value that runs on past its sentence ("Hankkeen nimi: X. Hankkeen kokonaisaikataulu ..."): a form
# transcribed without line breaks, where the next label follows the name after a full stop
_VALUE_SENTENCE_END = re.compile(r"(?<=[a-zåäö]{3})\.\s+(?=[A-ZÅÄÖ])")
# the most words of a project's name as a name field gives it; a longer value is a run of the labels or contents
# lines that follow an empty field ("Hankkeen nimi ja tunnus Yhteenveto hankkeesta Raportti ..."), no name
NAME_VALUE_MAX_WORDS = 16


def card_mentions(text: str, per_sentence: list[list[Mention]], starts: list[int],
                  morph: Morphology) -> list[list[Mention]]:
    """Mentions of a card page corrected by its fields.

    The project is named by its name field, else by the card's title line; labels are not
    parts of names ("Projektityyppi Projekti", "Organisaatiotyyppi Kuntayhtymä" go), and a
    place in an address or a type description is no mention of the place.
    `starts` are the sentence start offsets, to put a new mention in its sentence.
    """
    fields = read_fields(text)
    if not is_card(fields):
        return _loose_orgs(text, fields, _stacked_name(text, fields, per_sentence, starts, morph), starts, morph)
    labels = [(f.start, f.value_start) for f in fields]
    addresses = [(f.value_start, f.value_end) for f in fields if f.kind == "address"]
    quiet = [(f.value_start, f.value_end) for f in fields if f.kind in {"address", "other"}]
    names = [(f.value_start, f.value_end) for f in fields if f.kind == "name" and f.value_end > f.value_start]
    names = [(a, a + (code.start() if (code := _TRAILING_CODE.search(text[a:b])) else b - a)) for a, b in names]
    names = [(a, a + (code.start() if (code := _NUMBERED_CODE.search(text[a:b])) else b - a)) for a, b in names]
    names = [(a, a + (tail.start() if (tail := _NEXT_CLAUSE.search(text[a:b])) else b - a)) for a, b in names]
    names = [(cop.end() if (cop := _COPULA.match(text, a, b)) else a, b) for a, b in names]
    names = [(a, a + (stop.start() if (stop := _VALUE_SENTENCE_END.search(text[a:b])) else b - a)) for a, b in names]
    names = [(a, b) for a, b in names if len(text[a:b].split()) <= NAME_VALUE_MAX_WORDS]
    blocks = card_blocks(text, fields) if not names else []
    if blocks:  # a list of cards: each heading names its card's project
        names = [heading for heading, _ in blocks]
    elif not names:
        title = _title_span(text)
        if title is not None and _LIST_TITLE.search(text, title[0], title[1]) and fields:
            # "Etelä-Savon ELY-keskuksen rahoitetut hankkeet 2014-2020": the title of a list of projects names
            # none of them; the card's own heading line over its first field names its project
            first = min(f.start for f in fields)
            title = _run_heading(text, title[1], text.rfind("\n", 0, first) + 1)
        if title is not None and not any(a <= title[0] < b for a, b in labels):
            names = [title]
    new = [_mention(text, a, b, "Project", "field-name", morph) for a, b in (names if blocks else names[:1])]
    label_spans = _Spans(labels)
    # a name glued to its label ("Hakijan nimi Kouvola Innovation Oy") is dropped below, so it names nothing here
    found = [m for ms in per_sentence for m in ms if m.type in PARTY_TYPES
             and (m.rule == "gazetteer" or not label_spans.overlaps(m.start, m.end))]
    every = [m for ms in per_sentence for m in ms]
    for f in fields:
        if f.kind in {"coordinator", "participant", "funder"}:
            org = _org_name(text, f.value_start, f.value_end, found, morph)
            if org is None and f.kind == "coordinator":
                org = _bare_org(text, f, every, morph)
            if org is not None:
                new.append(org)
        elif f.kind == "section" and (section := _section_name(text, f)) is not None:
            new.append(_mention(text, *section, "WorkPackage", SECTION_RULE, morph))
        elif f.kind == "area":  # places no list holds ("Toteuttamisalue: Ylä-Kainuu"): extract/area_field_names.py
            new += area_field_places(text, f.value_start, f.value_end, [m for ms in per_sentence for m in ms], morph)
        elif f.kind == "programme" and (area := _programme_area(text, f, every)) is not None:
            new.append(_mention(text, area.start, area.end, "Programme", PROGRAMME_AREA_RULE, morph))

    quiet_spans = _Spans(quiet)
    address_spans = _Spans(addresses)

    def keep(m: Mention) -> bool:
        if m.rule != "gazetteer" and label_spans.overlaps(m.start, m.end):
            return False  # a name glued to a label
        if m.type in PLACES and address_spans.contains(m.start, m.end):
            return False  # "Postitoimipaikka Tampere": a post office, not a place the card is about
        if m.type != "Person" and m.rule != "gazetteer" and quiet_spans.contains(m.start, m.end):
            return False  # "Organisaatiotyyppi Kuntayhtymä": a kind, not a name; a known name there still counts
        return not any(n.start <= m.start and m.end <= n.end and (m.type == "Person" or m.type in _UNDERTAKINGS
                                                                   or n.rule in {"field-org", PROGRAMME_AREA_RULE})
                       for n in new)

    return insert_mentions([[m for m in ms if keep(m)] for ms in per_sentence], starts, new)


# A structural-fund programme of 2007-2013 named by its area alone in a card's programme field: "Ohjelma
# Pohjois-Suomi" on an EAKR report is the Pohjois-Suomen EAKR-toimenpideohjelma (the regional programmes of that
# period were named by their areas, Etelä-, Länsi-, Itä- and Pohjois-Suomi); the field says it is a programme, so the
# value is one, named as written, and not the area (partOf:field then ties the project to it)
PROGRAMME_AREA_RULE = "field-programme-area"


def _programme_area(text: str, f: Field, mentions: list[Mention]) -> Mention | None:
    """The one place a programme field's whole value names, if that is all it holds."""
    value = text[f.value_start:f.value_end]
    a = f.value_start + len(value) - len(value.lstrip())
    b = f.value_start + len(value.rstrip(" \t\n.,;:"))
    places = [m for m in mentions if m.type in PLACES and m.start == a and m.end == b]
    return places[0] if len(places) == 1 else None


def drop_form_furniture(text: str, per_sentence: list[list[Mention]]) -> list[list[Mention]]:
    """A card's labels and its quiet values ("Arvioitu toteuttamisaika", "Fax ... Keski-Suomen maakunnassa
    Valtionavustusta") name no project: a Project that a later step (running names, extract/running_names.py) read
    there, after `card_mentions` checked the names the recogniser gave, goes as well."""
    fields = read_fields(text)
    if not is_card(fields):
        return per_sentence
    labels = _Spans([(f.start, f.value_start) for f in fields])
    quiet = _Spans([(f.value_start, f.value_end) for f in fields if f.kind in {"address", "other"}])

    def furniture(m: Mention) -> bool:
        return m.type == "Project" and m.rule in LATE_NAME_RULES and (
            labels.overlaps(m.start, m.end) or quiet.contains(m.start, m.end))

    return [[m for m in ms if not furniture(m)] for ms in per_sentence]


# the names read from running text after the card's own check: a label or a form's note, never its project
LATE_NAME_RULES = frozenset({"head-clause-name"})


_LIST_JOINER = re.compile(r",\s|\s(?:ja|sekä|och|samt|and|&)\s")


def _loose_orgs(text: str, fields: list[Field], per_sentence: list[list[Mention]], starts: list[int],
                morph: Morphology) -> list[list[Mention]]:
    """The organisation a runner's, partner's or funder's field of a page that is no card names whole, when the
    recogniser did not ("Toteuttaja: Pohjoisen Kylien ammattikorkeakoulu"): as on a card (`_org_name`), the legal
    form or kind word closing the value says where the name ends."""
    loose = [f for f in fields if f.kind in {"coordinator", "participant", "funder"} and f.value_end > f.value_start
             and not f.listed and (_CELL_END.match(text, f.start + len(f.label)) is not None or _stacked(text, f))]
    if not loose:
        return per_sentence
    found = [m for ms in per_sentence for m in ms if m.type in PARTY_TYPES]
    # a value that lists ("Partners: Norrbotten samt Luleå näringsliv AB") names no one organisation whole
    new = [org for f in loose if not _LIST_JOINER.search(text, f.value_start, f.value_end)
           and (org := _org_name(text, f.value_start, f.value_end, found, morph)) is not None]
    if not new:
        return per_sentence
    kept = [[m for m in ms if m.rule == "gazetteer" or not any(n.start <= m.start and m.end <= n.end for n in new)]
            for ms in per_sentence]
    return insert_mentions(kept, starts, new)


def _stacked_name(text: str, fields: list[Field], per_sentence: list[list[Mention]], starts: list[int],
                  morph: Morphology) -> list[list[Mention]]:
    """A page that is no card may still state its project's name in a name field standing alone on its line with
    the name on the next ("Kokonaisuuden nimi" / "Etelä-Pohjanmaan rakenneuudistus"): a web form's one field
    among prose; or in a numbered section of a report's transcript ("2. Hanke nimi: Toimeliaat kylät hankkeen
    numero: 7003"). The value must be a short line that says nothing (no finite verb, no sentence)."""
    for f in fields:
        numbered = bool(_NUMBERED_BEFORE.search(text[max(0, f.start - 6):f.start]))  # "2. Hanke nimi: X"
        # "... projektin nimi ja numero: Aulanko tutuksi, HAM-2002-R-2652": a lower-case label with its colon in a
        # transcript's run of fields
        lower = _lower_only(f.label)
        if f.kind != "name" or f.value_end <= f.value_start or not (
                "\n" in text[f.start:f.value_start] or numbered or lower):
            continue
        code = _TRAILING_CODE.search(text, f.value_start, f.value_end) if lower else None
        f = replace(f, value_end=code.start()) if code else f
        value = text[f.value_start:f.value_end]
        if len(value.split()) > TITLE_MAX_WORDS or not value[:1].isupper() or _PROSE.search(value) \
                or not verbless(value, morph):
            continue
        new = _mention(text, f.value_start, f.value_end, "Project", "field-name", morph)
        kept = [[m for m in ms if not (m.type in _UNDERTAKINGS and m.rule != "gazetteer"
                                       and new.start <= m.start and m.end <= new.end)] for ms in per_sentence]
        return insert_mentions(kept, starts, [new])
    return per_sentence


# the legal form or kind closing an organisation's name, and the type it gives
_ORG_FORMS: dict[str, str] = {
    **dict.fromkeys(["oy", "oyj", "ab", "abp", "osuuskunta", "andelslag"], "Company"),
    **dict.fromkeys(["ry", "r.y.", "rf", "r.f.", "sr", "säätiö", "stiftelse", "yhdistys", "förening", "föreningen",
                     "kapellag"], "Association"),
    **dict.fromkeys(["kuntayhtymä", "samkommun"], "JointAuthority"),
    # schools and parishes run projects too ("Toteuttaja: Saimaan ammattikorkeakoulu"), typed as the annotation does
    **dict.fromkeys(["ammattikorkeakoulu", "yrkeshögskola", "yrkeshögskolan"], "Company"),
    **dict.fromkeys(["yliopisto", "universitet"], "Agency"),
    **dict.fromkeys(["seurakunta", "församling", "kyrkliga samfällighet", "seurakuntayhtymä"], "Parish"),
}
ORG_MAX_WORDS = 8
_ORG_TYPES = frozenset(set(_ORG_FORMS.values()) | {"Agency", "Ministry", "CompetenceCentre", "Body"})


def _org_name(text: str, start: int, end: int, found: list[Mention], morph: Morphology) -> Mention | None:
    """The value of an actor's field as one organisation when the recogniser did not name it whole.

    "Hakijan nimi Kouvola Innovation Oy", "Sökande: Lysekils Konstförening": the field says an organisation
    stands there, and a legal form or kind word at its end ("Oy", "ry", "...förening", "kuntayhtymä") says
    where its name ends; without one the value may be a list or a sentence, and is left to the recogniser.
    """
    value = text[start:end].strip(" -–.,:;")
    words = value.split()
    if not 2 <= len(words) <= ORG_MAX_WORDS or not value[:1].isupper() or "\n" in value or "|" in words:
        return None  # (a table's cells in one line, "A (Lead Part) | B Ab", are several values)
    if not verbless(value, morph):
        return None  # "Hankkeen toteuttaja\nHankkeen toteutti Leader Kylät ry": a sentence under the label, no name
    last = words[-1].lower()
    typ = _ORG_FORMS.get(last) or next((t for w, t in _ORG_FORMS.items() if len(w) > 5 and last.endswith(w)), None)
    if typ is None or any(m.start <= start and end <= m.end for m in found):
        return None
    a = start + text[start:end].index(value)
    b = a + len(value)
    # "Suomen kotoisan arjen liitto, KAL ry": the recogniser named the organisation that closes the value after a
    # comma, and what stands before it is that organisation's long name, not a larger one; so with any comma before
    # it: an owner's row going on to its partners ("Skellefteå Kommun, i samarbete med Byske Kulturförening") is no
    # one name
    if any(a < m.start < b <= m.end and m.type in _ORG_TYPES and (text[a:m.start].rstrip().endswith((",", "(", "/"))
                                                                   or "," in text[a:m.start])
           for m in found):
        return None
    # "Oulun yliopisto ja Lapin yliopisto": the value opens with an organisation the recogniser named, joined to the
    # next: a list of them, not one name ending in the kind word of the last
    if any(m.start == a and m.end < b and m.type in _ORG_TYPES and m.type not in PLACES
           and _LIST_JOINER.match(text, m.end) for m in found):
        return None
    return _mention(text, a, b, typ, "field-org", morph)


BARE_ORG_MAX_WORDS = 6
BARE_ORG_CONFIDENCE = 0.65  # a name read from its place in the layout alone


def _bare_org(text: str, f: Field, mentions: list[Mention], morph: Morphology) -> Mention | None:
    """The value of a card's applicant or runner field as one organisation although no legal form closes it
    ("Sökande: LAG Sjö, Skog & Fjäll", "Toteuttaja: Kylien Liikunta"): the label is singular and says one
    organisation stands there, so commas and "&" inside are the name's. Only a short value on one line, opening
    with a capital, with no digit, no finite verb and nothing the recogniser read (a person, a town, a known
    organisation: then the value is theirs). Typed Association: organisations that carry no legal form in their
    name and no kind word the recogniser knows are mostly local action groups, clubs and networks."""
    if f.listed or f.value_end <= f.value_start:
        return None
    value = text[f.value_start:f.value_end].strip(" -–.,:;")
    words = value.split()
    if not 2 <= len(words) <= BARE_ORG_MAX_WORDS or not value[:1].isupper() or "\n" in value \
            or re.search(r"\d|[(){}\[\]|!?]", value) or not verbless(value, morph):
        return None
    if any(w.lower() in {"tai", "eller"} for w in words):
        return None  # "Hallinnoija: Kunta tai kunnan valitsema muu toimija": a choice of kinds, no one name
    if any(m.start < f.value_end and f.value_start < m.end for m in mentions):
        return None
    a = f.value_start + text[f.value_start:f.value_end].index(value)
    return _mention(text, a, a + len(value), "Association", "field-org-bare", morph)


class _Spans:
    """Disjoint sorted spans (field labels, field values), asked by bisection."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]

    def _near(self, start: int, end: int) -> list[tuple[int, int]]:
        k = bisect_right(self.starts, end)
        return self.spans[max(k - 2, 0):k]

    def overlaps(self, start: int, end: int) -> bool:
        return any(start < b and a < end for a, b in self._near(start, end))

    def contains(self, start: int, end: int) -> bool:
        k = bisect_right(self.starts, start)
        return k > 0 and self.spans[k - 1][0] <= start and end <= self.spans[k - 1][1]


_UNDERTAKINGS = {"Project", "Programme", "Agreement", "WorkPackage"}


@dataclass
class CardContext:
    """What the field rules share: the card's project, its coordinator and the granted sum."""

    text: str
    fields: list[Field]
    mentions: SpanIndex[Mention]  # resolved mentions by position
    project: str | None
    coordinator: str | None = None
    granted: object = None


def _in(ctx: CardContext, field: Field, types: set[str]) -> list[Mention]:
    """Resolved mentions of these types in a field's value, outermost only; of a value listed one name a line, only
    those down to the first line that names none (a line that names nothing is a label or a note the list ended
    at: "Rahoittaja\nSTM\nYhteyshenkilö\nMatti Meikäläinen")."""
    inside = [m for m in outermost(ctx.mentions.inside(field.value_start, field.value_end)) if m.type in types]
    if not field.listed:
        return inside
    text = ctx.text
    out: list[Mention] = []
    pos = field.value_start
    while pos < field.value_end:
        nl = text.find("\n", pos, field.value_end)
        end = field.value_end if nl < 0 else nl
        on_line = [m for m in inside if pos <= m.start < end]
        if not on_line and text[pos:end].strip():
            break
        out += on_line
        pos = end + 1
    return out


def _leading(ctx: CardContext, f: Field, found: list[Mention]) -> list[Mention]:
    """A value that runs on past a name ("Rahoittava viranomainen: Lapin liitto Päätös Kestävää kasvua ...
    Tuensaajat Itä-Lapin kuntayhtymä", a transcript with labels the form list does not know) names only its first
    organisation; the rest belongs to other fields."""
    if f.listed or len(ctx.text[f.value_start:f.value_end].split()) <= ORG_MAX_WORDS:
        return found
    return [m for m in found if m.start - f.value_start <= 2][:1]


_JOINER = re.compile(r"[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?(?:,|/|&|\bja\b|\bsekä\b|\boch\b|\bsamt\b|\band\b)[ \t]*"
                     r"(?:,[ \t]*)?")
# a role written after a listed organisation: "Oulun kaupunki (päätoteuttaja)", "Kajaanin kaupunki – osatoteuttaja"
# or in the next cell of a table row ("| Oulun kaupunki | päätoteuttaja |", a Word table's cells joined by tabs)
_ROLE_AFTER = re.compile(r"[ \t]*(?:\(|[–—-][ \t]|,[ \t]*|\|[ \t]*|\t)[ \t]*(?P<role>[^()\n,;|\t]{3,40})")
_LEAD_ROLE = re.compile(r"(?i)^(?:hankkeen[ \t]+|projektin[ \t]+)?(?:päätoteuttaja|hallinnoija|hallinnoiva|"
                        r"koordinaattori|koordinoiva|vastuutaho|vastuuorganisaatio|lead[ \t]+part(?:ner)?|projektägare|"
                        r"huvudman|koordinerande|samordnare)\b")
_PARTNER_ROLE = re.compile(r"(?i)^(?:hankkeen[ \t]+|projektin[ \t]+)?(?:osatoteuttaja|kumppani|yhteistyökumppani|"
                           r"partneri|partner|delgenomförare|samarbetspartner)\b")


def _role(text: str, m: Mention, end: int) -> str | None:
    """"lead" or "partner" when the item names its organisation's role right after the name."""
    after = _ROLE_AFTER.match(text, m.end, end)
    if after is None:
        return None
    role = after.group("role").strip()
    return "lead" if _LEAD_ROLE.match(role) else "partner" if _PARTNER_ROLE.match(role) else None


def _joined(text: str, found: list[Mention]) -> list[Mention]:
    """The organisations of a runner's field that a list joins to its first ("A ja B", "A, B"); a name after other
    words is part of an address or a note run into the value ("Kuusamon Metsänhoitoyhdistys Keskuskuja Kuusamo
    Puh"), not a second runner."""
    out = found[:1]
    for m in found[1:]:
        if not _JOINER.fullmatch(text[out[-1].end:m.start]):
            break
        out.append(m)
    return out


def _ev(ctx: CardContext, f: Field) -> Evidence:
    return Evidence(ctx.text[f.start:f.value_end], f.start, f.value_end)


# a runner's field may name a unit of an organisation ("Hankkeen koordinointi: Kuopion kansalaisopisto",
# "Hallinnoija: Juvan nuorisopalvelut"): the field's label says it runs the project whatever its kind
RUNNER_TYPES = PARTY_TYPES | {"Body"}


def _coordinator(ctx: CardContext, f: Field) -> list[Fact]:
    found = _leading(ctx, f, _in(ctx, f, RUNNER_TYPES))
    orgs = found if f.listed else _joined(ctx.text, found)  # "Hankkeen omistajat\nA\nB": one owner a line
    if not orgs or ctx.project is None:
        return []
    # "Toteuttaja: A (päätoteuttaja), B (osatoteuttaja)": a partner named with its role takes part, not runs
    roles = {m.iri: _role(ctx.text, m, f.value_end) for m in orgs}
    runners = [m for m in orgs if roles[m.iri] != "partner"]
    if runners:
        ctx.coordinator = ctx.coordinator or runners[0].iri
    # "Hankkeen omistajat: A ja B": each owner named in the field runs the project
    return [Fact(m.iri, "participatesIn", ctx.project, _ev(ctx, f), "participatesIn:field-role", 0.7)
            if roles[m.iri] == "partner" else
            Fact(m.iri, "coordinates", ctx.project, _ev(ctx, f), "coordinates:field-bare-org", BARE_ORG_CONFIDENCE)
            if m.rule == "field-org-bare" else Fact(m.iri, "coordinates", ctx.project, _ev(ctx, f), "coordinates:field",
                                                    0.8)
            for m in dict((m.iri, m) for m in orgs).values()]


def _participants(ctx: CardContext, f: Field) -> list[Fact]:
    """Each organisation of a partner field takes part; so does a region named as a partner of its own ("Deltagande
    organisationer: Linnéuniversitetet, Region Kronoberg ..."), in the nominative, as in lists.participant_facts."""
    if ctx.project is None:
        return []
    # "Toteuttajat: Oulun kaupunki (päätoteuttaja), ...": the one named as the lead runs the project
    return [Fact(m.iri, "coordinates", ctx.project, _ev(ctx, f), "coordinates:field-role", 0.7)
            if m.type in PARTY_TYPES and _role(ctx.text, m, f.value_end) == "lead"
            else Fact(m.iri, "participatesIn", ctx.project, _ev(ctx, f), "participatesIn:field", 0.8)
            for m in _in(ctx, f, PARTY_TYPES | PARTNER_AREAS | {"Body"})
            if m.type in PARTY_TYPES or reference_body(m) or (m.type != "Body" and m.case in {"nimento", None})]


def _funders(ctx: CardContext, f: Field) -> list[Fact]:
    if ctx.project is None:
        return []
    found = _in(ctx, f, PARTY_TYPES | {"Programme"})
    own = own_sums(ctx.text, sorted(found, key=lambda m: m.start), f.value_end)
    if own is not None:  # "Rahoitus: A 80 000 €, B 20 000 €": each funder with its own sum
        return [Fact(m.iri, "funds", ctx.project, _ev(ctx, f), "funds:field", 0.8, amount=a.value,
                     amount_qualifier="approximate" if a.approximate else None) for m, a in own]
    amounts = [a for a in find_amounts(ctx.text[f.value_start:f.value_end]) if not a.share and a.value >= 100]
    out = []
    for k, m in enumerate(_leading(ctx, f, found)):
        fact = Fact(m.iri, "funds", ctx.project, _ev(ctx, f), "funds:field", 0.8)
        if k == 0 and len(amounts) == 1:
            fact.amount = amounts[0].value
        out.append(fact)
    return out


def _programme(ctx: CardContext, f: Field) -> list[Fact]:
    if ctx.project is None:
        return []
    return [Fact(ctx.project, "partOf", m.iri, _ev(ctx, f), "partOf:field", 0.8)
            for m in _in(ctx, f, {"Programme"}) if m.iri != ctx.project]


SECTION_RULE = "field-section"
SECTION_WORDS = 5
SECTION_CONFIDENCE = 0.6


def _section_name(text: str, f: Field) -> tuple[int, int] | None:
    """The span of a section field's value when it is a short name ("Itä-Suomen suuralueosio"), not a code, a
    number or a sentence: a form's value, capitalised, of a few words and no digit."""
    raw = text[f.value_start:f.value_end]
    value = raw.strip(" -–.,:;|\t")
    if not value or "\n" in value or not value[:1].isupper() or len(value.split()) > SECTION_WORDS \
            or re.search(r"\d|[.!?]\s", value):
        return None
    a = f.value_start + raw.index(value)
    return a, a + len(value)


def _section(ctx: CardContext, f: Field) -> list[Fact]:
    """The card's project is partOf the section its form names, and the section partOf the programme the form's
    programme field names: the form's own hierarchy (programme, section, project), read from its layout."""
    sections = [m for m in _in(ctx, f, {"WorkPackage"}) if m.rule == SECTION_RULE]
    if ctx.project is None or len(sections) != 1:
        return []
    section = sections[0].iri
    out = [Fact(ctx.project, "partOf", section, _ev(ctx, f), "partOf:section-field", SECTION_CONFIDENCE)]
    programmes = {m.iri for g in ctx.fields if g.kind == "programme" for m in _in(ctx, g, {"Programme"})}
    if len(programmes) == 1:
        out.append(Fact(section, "partOf", programmes.pop(), _ev(ctx, f), "partOf:section-programme",
                        SECTION_CONFIDENCE))
    return out


def _area(ctx: CardContext, f: Field) -> list[Fact]:
    if ctx.project is None:
        return []
    return [Fact(ctx.project, "coversArea", m.iri, _ev(ctx, f), "coversArea:field", 0.8)
            for m in _in(ctx, f, AREA_TYPES)]


def _post(ctx: CardContext, f: Field) -> list[Fact]:
    """"Asema organisaatiossa kehittämispäällikkö" after a contact's name: the post in the applicant."""
    before = [g for g in ctx.fields if g.kind == "person" and g.start < f.start]
    if not before or ctx.coordinator is None:
        return []
    person = next((m for m in ctx.mentions.inside(before[-1].value_start, before[-1].value_end)
                   if m.type == "Person"), None)
    post = re.sub(r"\s+", " ", ctx.text[f.value_start:f.value_end]).strip()
    if person is None or not post or len(post.split()) > 4:
        return []
    ev = Evidence(ctx.text[before[-1].start:f.value_end], before[-1].start, f.value_end)
    return [Fact(person.iri, "holdsPost", ctx.coordinator, ev, "holdsPost:field", 0.8, post=post.lower())]


# the post a person field's label names, when no "Asema organisaatiossa" field follows it (a financial officer's
# field gives none: the form names that one for the paying agency's checks, not as the project's)
_LABEL_POSTS = {"Projektin vastuuhenkilön nimi": "projektin vastuuhenkilö", "Vastuuhenkilön nimi": "vastuuhenkilö",
                "Projektin vastuuhenkilö":
                "projektin vastuuhenkilö", "Vastuuhenkilö": "vastuuhenkilö", "Projektivastaava": "projektivastaava",
                "Projektipäällikön nimi": "projektipäällikkö", "Projektipäällikkö": "projektipäällikkö",
                "Projektledare": "projektledare"}
_COMMA_TITLE = re.compile(r"[ \t]*,[ \t]*([A-ZÅÄÖa-zåäö][\w-]*(?:[ \t]+(?:ja|och)[ \t]+[\w-]+)?)")


PROJECT_PERSON_CONFIDENCE = 0.6


def _person(ctx: CardContext, f: Field) -> list[Fact]:
    """"Projektin vastuuhenkilön nimi Kyösti X", "Projektin vastuuhenkilö Sirkka-Liisa X, Sosiaalijohtaja": the
    form's responsible person holds a post in the organisation its implementer field names. The title written
    after the name is the post, else the label's; a following "Asema organisaatiossa" field is left to `_post`."""
    label_post = _LABEL_POSTS.get(f.label)
    later = [g for g in ctx.fields if g.start > f.start and g.kind in {"person", "post"}]
    if label_post is None or (later and later[0].kind == "post"):
        return []
    org = ctx.coordinator or next((orgs[0].iri for g in ctx.fields if g.kind == "coordinator"
                                   and (orgs := _leading(ctx, g, _in(ctx, g, PARTY_TYPES)))), None)
    people = [m for m in ctx.mentions.inside(f.value_start, f.value_end) if m.type == "Person" and m.iri]
    if org is None and ctx.project is not None and people:
        # a card that names no implementer ("Projektledare: A vid X och B vid Y" on a federation's list of its
        # projects): the leaders the label names lead the card's project itself
        out = [Fact(m.iri, "holdsPost", ctx.project, Evidence(ctx.text[f.start:m.end], f.start, m.end),
                    "holdsPost:field-person-project", PROJECT_PERSON_CONFIDENCE, post=label_post)
               for m in dict((m.iri, m) for m in people).values()]
        return out + _leader_employers(ctx, f, people)
    person = people[0] if people else None
    if org is None or person is None:
        return []
    from welfare_kg.extract.entities import is_post
    from welfare_kg.extract.morphology import get_morphology

    title = _COMMA_TITLE.match(ctx.text, person.end, f.value_end)
    post = title.group(1).lower() if title and is_post(title.group(1).split()[-1], get_morphology()) else label_post
    ev = Evidence(ctx.text[f.start:person.end], f.start, person.end)
    return [Fact(person.iri, "holdsPost", org, ev, "holdsPost:field-person", 0.75, post=post)]


LEADER_EMPLOYER_RULE = "participatesIn:field-leader-employer"


def _leader_employers(ctx: CardContext, f: Field, people: list[Mention]) -> list[Fact]:
    """"Projektledare: A vid X och B vid Y": the organisation each leader works at, named right after the name, takes
    part in the card's project (which of them runs it the field does not say)."""
    from welfare_kg.extract.role_slot_organisations import EMPLOYER_PREPOSITION

    out: list[Fact] = []
    seen: set[str] = set()
    for person in people:
        prep = EMPLOYER_PREPOSITION.match(ctx.text, person.end, f.value_end)
        org = next((m for m in ctx.mentions.inside(prep.end(), f.value_end)
                    if m.start == prep.end() and m.type in PARTY_TYPES and m.iri), None) if prep else None
        if org is None or org.iri in seen or org.iri == ctx.project:
            continue
        seen.add(org.iri)  # type: ignore[arg-type]
        out.append(Fact(org.iri, "participatesIn", ctx.project,  # type: ignore[arg-type]
                        Evidence(ctx.text[person.start:org.end], person.start, org.end), LEADER_EMPLOYER_RULE,
                        PROJECT_PERSON_CONFIDENCE))
    return out


def _heading_partners(ctx: CardContext, f: Field) -> list[Fact]:
    """A list under a partner heading no label list holds ("Hankkeen toimijat", "Mukana olevat järjestöt"): its
    organisations take part, read as a partner field but named apart, with a lower confidence."""
    out = _participants(ctx, f)
    for x in out:
        x.rule = x.rule.replace(":field", ":partner-heading")
        x.confidence = min(x.confidence, HEADING_CONFIDENCE)
    return out


HEADING_CONFIDENCE = 0.45
RULES: dict[str, Callable[[CardContext, Field], list[Fact]]] = {
    "partner-heading": _heading_partners,
    "person": _person,
    "coordinator": _coordinator,
    "participant": _participants,
    "funder": _funders,
    "programme": _programme,
    "section": _section,
    "area": _area,
    "post": _post,
}


def card_facts(text: str, mentions: list[Mention]) -> tuple[list[Fact], list[tuple[int, int]]]:
    """Facts of a card's fields, and the spans they cover (prose rules' facts there are superseded)."""
    fields = read_fields(text)
    if not is_card(fields):
        return _loose_fields(text, fields, mentions)
    if not any(f.kind == "name" for f in fields) and (blocks := card_blocks(text, fields)):
        out: list[Fact] = []
        for (a, _b), own in blocks:  # each card of a list speaks of the project its heading names
            project = next((m.iri for m in mentions if m.rule == "field-name" and m.iri and m.start == a), None)
            out += _card_facts(text, own, mentions, project, None)
        return out, [(f.start, f.value_end) for f in fields if f.kind in RULES or f.kind == "name"]
    project = next((m.iri for m in mentions if m.rule == "field-name" and m.iri), None)
    topic = None
    if project is None:  # a card with no name field nor title line: its fields speak of the page's one project
        project = topic = _topic_project(mentions)
    out = _card_facts(text, fields, mentions, project, topic)
    spans = [(f.start, f.value_end) for f in fields if f.kind in RULES or f.kind == "name"]
    return out, spans


def _card_facts(text: str, fields: list[Field], mentions: list[Mention], project: str | None,
                topic: str | None) -> list[Fact]:
    """The facts one card's fields state of its project."""
    ctx = CardContext(text, fields, SpanIndex([m for m in mentions if m.iri]), project)
    granted = [a for f in fields if f.kind == "granted"
               for a in find_amounts(text[f.value_start:f.value_end]) if not a.share and a.value >= 100]
    if not granted:  # "Rahoitus: EU+valtio 252.339,00": the public share a funding row states, no currency word
        granted = [a for f in fields if f.kind == "funder" and (a := _public_share(text, f)) is not None]
    out: list[Fact] = []
    ordered = sorted(fields, key=lambda f: (f.kind != "coordinator", f.start))  # posts need the coordinator
    for f in ordered:
        rule = RULES.get(f.kind)
        if rule is not None:
            out += rule(ctx, f)
    funds = [x for x in out if x.predicate == "funds"]
    if not funds and project is not None:  # a decision's cover names its granter above the fields, in no field
        funds = _letterhead_funder(text, fields, mentions, project)
        out += funds
    if len(granted) == 1 and funds and all(x.amount is None for x in funds):
        funds[0].amount = granted[0].value
    if topic is not None:
        _as_topic(out, topic)
    return out


# the public share of a card's funding row: the EU's and the state's money together is what the funder granted
_PUBLIC_SHARE = re.compile(r"(?i)[ \t]*(?:EU[ \t]*(?:\+|ja|&|och)[ \t]*(?:valtio|valtion|staten)|"
                           r"EU-?[ \t]*ja[ \t]+valtion[ \t]+rahoitus|julkinen[ \t]+rahoitus|"
                           r"offentlig[ \t]+finansiering)[ \t]*:?[ \t]*"
                           r"(?P<num>\d{1,3}(?:[ .\u00a0]\d{3})*(?:,\d{1,2})?)[ \t]*(?:€|euroa|euro|e)?[ \t]*$")


def _public_share(text: str, f: Field) -> Amount | None:
    m = _PUBLIC_SHARE.match(text[f.value_start:f.value_end])
    value = _number(m.group("num")) if m else None
    return Amount(value, f.value_start, f.value_end) if value is not None and value >= 100 else None


TOPIC_CONFIDENCE = 0.6
# a funding decision's cover: the decision word in the lines above the first field ("RAHOITUSPÄÄTÖS", "Päätös",
# "Tukipäätös", "BESLUT", "Beslut om stöd")
_DECISION = re.compile(r"(?i)\b(?:[a-zåäö-]*päätös|beslut)\b")
# ... or the title of a list of the projects an authority funded, over the cards ("Etelä-Savon ELY-keskuksen
# rahoittamat hankkeet", "X:n rahoitetut maaseudun hankkeet 2014-2020", "Länsstyrelsens beviljade projekt")
_FUNDED_LIST = re.compile(r"(?i)\b(?:rahoittam|rahoitet|tukem|finansierade|beviljade)\w*\s+(?:[\wåäö-]+\s+){0,2}"
                          r"(?:hankkeet|hankkeita|projektit|projekteja|projekt|projekten)\b")
_GRANTERS = {"Ministry", "Agency", "JointAuthority"}
_MONEY_HEAD = re.compile(r"(?i)rahoitu|tuki|tuen|avustu|stöd|finansier|bidrag")
# a regional council among joint authorities ("Pohjois-Savon liitto", "Österbottens förbund"); a hospital district
# decides no development grant
_COUNCIL = re.compile(r"(?i)liit(?:to|on)\b|förbund")
LETTERHEAD_CONFIDENCE = 0.6


def _letterhead_funder(text: str, fields: list[Field], mentions: list[Mention], project: str) -> list[Fact]:
    """The one granting authority (a regional council, an ELY centre or other agency, a ministry) named above the
    first field of a card whose head says it is a decision, or is the title of a list of what the authority funded:
    the authority funds the card's project (funds:letterhead-granter). A card that is neither, or names two
    authorities there, gives nothing."""
    first = min((f.start for f in fields), default=0)
    head = text[:first]
    if not (_DECISION.search(head) or _FUNDED_LIST.search(head)) \
            or not (_MONEY_HEAD.search(head) or any(f.kind == "granted" for f in fields)):
        return []  # a decision on money (or a list of what the authority funded): its head says so or a field
        # states the granted sum
    granters = {m.iri for m in mentions if m.iri and m.end <= first and m.type in _GRANTERS
                and (m.type != "JointAuthority" or _COUNCIL.search(m.surface))}
    if len(granters) != 1:
        return []
    (granter,) = granters
    return [Fact(granter, "funds", project, Evidence(head.strip(), 0, first), "funds:letterhead-granter",
                 LETTERHEAD_CONFIDENCE)]


def _topic_project(mentions: list[Mention]) -> str | None:
    """The project the page names most (document_roles.main_project: strictly most often, a tie broken by the
    opening), for a card that names its project in a heading or prose rather than in a name field."""
    from welfare_kg.extract.document_roles import main_project

    return main_project([mentions])


def _as_topic(facts: list[Fact], project: str) -> None:
    """The facts a card's fields state of the page's topic project, not of a project its own name field names: their
    own rule names ("coordinates:field-topic") and a lower confidence, since the project is read from the page as a
    whole."""
    for f in facts:
        if project in (f.subject, f.object) and f.rule.endswith(":field"):
            f.rule += "-topic"
            f.confidence = min(f.confidence, TOPIC_CONFIDENCE)


_LOOSE_KINDS = {"coordinator", "participant", "funder", "area", "programme", "partner-heading"}


NAME_WORDS = 6  # words of one name in a line that lists names ("A, B ja C"), at most


# what stands between the names of a line of names: a comma, "ja", or an owner's row going on to its partners
# ("Örnsköldsviks kommun, tillsammans med Brynge Kulturförening och Ulvö Kapellag", "X yhdessä Y:n kanssa" is no list)
_NAMES_SPLIT = re.compile(r",\s*(?:(?:tillsammans|i samarbete|i samverkan)\s+med\s+|yhteistyössä\s+|yhdessä\s+)?|"
                          r"\s+(?:ja|sekä|och|samt)\s+")


def _names_line(line: str) -> bool:
    """A line that only lists names: "Oulun kaupunki, Kajaanin kaupunki, Suomen Punainen Risti ja Kainuun liitto"."""
    stripped = line.strip().rstrip(".")
    if not stripped or re.search(r"[.!?:;]\s", stripped):
        return False
    parts = [p for p in _NAMES_SPLIT.split(stripped) if p.strip()]
    return len(parts) >= 2 and all(len(p.split()) <= NAME_WORDS and p[:1].isupper() for p in parts)


def _stacked(text: str, f: Field) -> bool:
    """A label alone on its line over a value of names ("Finansiär\nFamiljen Kamprads stiftelse", "Kumppanit\n\nA
    ry\nB ry"): a heading of the page's layout, no word in running text; its first value line is a name, no
    sentence."""
    if "\n" not in text[f.start:f.value_start]:
        return False
    nl = text.find("\n", f.value_start, f.value_end)
    first = text[f.value_start:nl if nl >= 0 else f.value_end]
    return _item_line(first) or _names_line(first)


def _loose_fields(text: str, fields: list[Field], mentions: list[Mention]) -> tuple[list[Fact], list[tuple[int, int]]]:
    """A page that is no card may still hold a field or two in its prose ("Hankkeen toteuttajat: A, B",
    "Rahoittaja: X"): each speaks of the project named last before it, else of the page's most named project.

    Only fields with their own colon count, so a word in running text is never read as a label.
    """
    loose = [f for f in fields if f.kind in _LOOSE_KINDS and f.value_end > f.value_start
             and (_CELL_END.match(text, f.start + len(f.label)) is not None or _stacked(text, f))]
    if not loose:
        return [], []
    projects = sorted((m for m in mentions if m.type == "Project" and m.iri and not m.generic), key=lambda m: m.start)
    if not projects:
        return [], []
    counts: dict[str, int] = {}
    for m in projects:
        counts[m.iri or ""] = counts.get(m.iri or "", 0) + 1
    most = max(counts, key=lambda k: counts[k])
    index = SpanIndex([m for m in mentions if m.iri])
    out: list[Fact] = []
    for f in loose:
        before = [m for m in projects if m.end <= f.start]
        ctx = CardContext(text, fields, index, before[-1].iri if before else most)
        rule = RULES.get(f.kind)
        if rule is not None:
            out += rule(ctx, f)
    return out, [(f.start, f.value_end) for f in loose]
