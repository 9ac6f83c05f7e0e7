"""Member lists of joint authorities, co-operation areas and regions: each member partOf its whole."""

from __future__ import annotations

from helpers import ID, extract
from helpers import fact_pairs as _facts

KALLIO, OULUNKAARI = ID + "joint-authority/kallio", ID + "joint-authority/oulunkaari"
YLASAVO, KARKULLA = ID + "joint-authority/ylasavon-sote", ID + "joint-authority/karkulla"
EKSOTE, KAINUUN_SOTE = ID + "joint-authority/eksote", ID + "joint-authority/kainuun-sote"
KAINUU = ID + "region/18"
M = {name: ID + "municipality/" + code for name, code in [
    ("Kajaani", "205"), ("Sotkamo", "765"), ("Kuhmo", "290"), ("Nivala", "535"), ("Sievi", "746"),
    ("Alavieska", "009"), ("Ii", "139"), ("Simo", "751"), ("Vaala", "785"), ("Iisalmi", "140"),
    ("Sonkajärvi", "762"), ("Raseborg", "710"), ("Pargas", "445"), ("Kimitoön", "322"), ("Lemi", "416"),
    ("Luumäki", "441"), ("Savitaipale", "739")]}


def _members(whole: str, *names: str) -> set[tuple[str, str]]:
    return {(M[n], whole) for n in names}


def test_bare_kind_word_stands_for_the_one_named_joint_authority() -> None:
    part = _facts("Peruspalvelukuntayhtymä Kallio aloitti toimintansa keväällä. "
                  "Kuntayhtymän jäsenkunnat ovat Nivala, Sievi ja Alavieska.", "partOf")
    assert _members(KALLIO, "Nivala", "Sievi", "Alavieska") <= part


def test_illative_whole_with_a_count_and_colon() -> None:
    text = "Oulunkaaren kuntayhtymään kuuluu kolme kuntaa: Ii, Simo ja Vaala."
    assert _members(OULUNKAARI, "Ii", "Simo", "Vaala") <= _facts(text, "partOf")
    # membership is partOf the joint authority, not the authority's area
    assert not {(OULUNKAARI, M["Ii"])} & _facts(text, "coversArea")


def test_bullet_lines_under_a_lead_in_without_a_verb() -> None:
    part = _facts("Ylä-Savon SOTE kuntayhtymän jäsenkunnat:\n• Iisalmi\n• Sonkajärvi\n\nLisätietoja saa toimistosta.",
                  "partOf")
    assert _members(YLASAVO, "Iisalmi", "Sonkajärvi") <= part


def test_swedish_members_in_the_joint_authority() -> None:
    part = _facts("Medlemskommunerna i samkommunen Kårkulla är Raseborg, Pargas och Kimitoön.", "partOf")
    assert _members(KARKULLA, "Raseborg", "Pargas", "Kimitoön") <= part


def test_members_in_parentheses_after_the_joint_authority() -> None:
    part = _facts("Avustus myönnettiin Eksotelle (Lemi, Luumäki ja Savitaipale) kehittämistyöhön.", "partOf")
    assert _members(EKSOTE, "Lemi", "Luumäki", "Savitaipale") <= part


def test_a_regions_towns_named_one_by_one() -> None:
    part = _facts("Kainuun kunnat Kajaani, Sotkamo ja Kuhmo järjestivät yhteisen tapahtuman.", "partOf")
    assert _members(KAINUU, "Kajaani", "Sotkamo", "Kuhmo") <= part


def test_member_first_and_the_others_with_kanssa() -> None:
    part = _facts("Kuhmo kuuluu Kainuun maakuntaan Sotkamon ja Kajaanin kanssa.", "partOf")
    assert _members(KAINUU, "Kuhmo", "Sotkamo", "Kajaani") <= part


def test_members_joined_to_an_illative_read_as_nominative() -> None:
    part = _facts("Kainuun soteen kuuluvat Kajaani, Sotkamo ja Kuhmo.", "partOf")
    assert _members(KAINUUN_SOTE, "Kajaani", "Sotkamo", "Kuhmo") <= part


def test_cooperation_with_a_joint_authority_is_no_membership() -> None:
    part = _facts("Kajaani ja Sotkamo tekevät yhteistyötä Kainuun soten kanssa. Kainuun sote palvelee asukkaita.",
                  "partOf")
    assert not {(M["Kajaani"], KAINUUN_SOTE), (M["Sotkamo"], KAINUUN_SOTE)} & part


def test_a_list_of_people_under_the_whole_gives_no_members() -> None:
    part = _facts("Kainuun soten hallituksen jäsenet ovat:\n• Kajaanin edustaja Liisa Virtanen\n"
                  "• Sotkamon edustaja Pekka Korhonen\n", "partOf")
    assert not {(M["Kajaani"], KAINUUN_SOTE), (M["Sotkamo"], KAINUUN_SOTE)} & part


ASSOC = ID + "association/muistiyhdistys-aivoitus"


def test_a_bare_yhdistys_works_where_the_one_named_association_does() -> None:
    covers = _facts("Muistiyhdistys Aivoitus ry järjestää vertaistukea. "
                    "Yhdistys toimii Kuopion, Siilinjärven ja Iisalmen alueella.", "coversArea")
    assert {(ASSOC, ID + "municipality/297"), (ASSOC, ID + "municipality/140")} <= covers


def test_a_bare_yhdistys_with_two_associations_named_says_nothing() -> None:
    covers = _facts("Muistiyhdistys Aivoitus ry ja Kuopion Seudun Omaishoitajat ry tekevät yhteistyötä. "
                    "Yhdistys toimii Kuopion ja Iisalmen alueella.", "coversArea")
    assert not {obj for _s, obj in covers} & {ID + "municipality/297", ID + "municipality/140"}


def test_partitive_lead_in_and_swedish_apposition() -> None:
    part = _facts("Eksoten jäsenkuntia ovat Lemi, Luumäki ja Savitaipale.", "partOf")
    assert _members(EKSOTE, "Lemi", "Luumäki", "Savitaipale") <= part
    part = _facts("Samkommunen Kårkulla har sitt kansli i Pargas. "
                  "Samkommunens medlemskommuner Raseborg och Kimitoön har beslutat om saken.", "partOf")
    assert _members(KARKULLA, "Raseborg", "Kimitoön") <= part


def test_a_bare_cooperation_area_made_of_towns_in_swedish() -> None:
    part = _facts("Jakobstadsregionen är ett samarbetsområde. "
                  "Samarbetsområdet omfattar kommunerna Jakobstad, Larsmo och Pedersöre.", "partOf")
    assert (ID + "municipality/440", ID + "cooperation-area/jakobstadsregionen") in part


LEADER = ID + "association/leader-yla-savo"


def test_an_area_field_line_of_an_association_card() -> None:
    covers = _facts("Leader Ylä-Savo ry\nToiminta-alue: Iisalmi, Kiuruvesi, Sonkajärvi\nPuhelin 040 123 4567\n",
                    "coversArea")
    assert {(LEADER, M["Iisalmi"]), (LEADER, M["Sonkajärvi"])} <= covers


def test_a_projects_area_field_with_bullets_goes_to_the_project() -> None:
    covers = _facts("Hyvä Arki -hanke käynnistyi keväällä. Toteuttajana on Leader Ylä-Savo ry.\n"
                    "Hankkeen kohdealue:\n- Kuopio\n- Iisalmi\n", "coversArea")
    assert any("/project/" in s and o == M["Iisalmi"] for s, o in covers)
    assert (LEADER, M["Iisalmi"]) not in covers


def test_genitive_owner_of_the_area_and_works_in_listed_towns() -> None:
    covers = _facts("Leader Ylä-Savo ry:n toiminta-alueeseen kuuluvat Iisalmi ja Sonkajärvi.", "coversArea")
    assert {(LEADER, M["Iisalmi"]), (LEADER, M["Sonkajärvi"])} <= covers
    covers = _facts("Leader Ylä-Savo ry toimii seuraavissa kunnissa:\n- Iisalmi\n- Sonkajärvi\n", "coversArea")
    assert {(LEADER, M["Iisalmi"]), (LEADER, M["Sonkajärvi"])} <= covers


KESKI_SUOMI, POHJOIS_KARJALA = ID + "region/13", ID + "region/12"
N = {name: ID + "municipality/" + code for name, code in [
    ("Karstula", "226"), ("Kyyjärvi", "312"), ("Saarijärvi", "729"), ("Lieksa", "422"), ("Nurmes", "541"),
    ("Kerava", "245"), ("Tuusula", "858"), ("Järvenpää", "186"), ("Uurainen", "892"), ("Kivijärvi", "265")]}


def test_participle_of_belonging_before_the_towns_in_the_inessive() -> None:
    part = _facts("Tuki koskee Keski-Suomen maakuntaan kuuluvissa Karstulan, Kyyjärven ja Saarijärven kunnissa "
                  "asuvia perheitä.", "partOf")
    assert {(N["Karstula"], KESKI_SUOMI), (N["Kyyjärvi"], KESKI_SUOMI), (N["Saarijärvi"], KESKI_SUOMI)} <= part


def test_an_excepted_town_is_no_member_of_the_region_named_before() -> None:
    part = _facts("Tuki koskee Pohjois-Karjalan maakuntaa lukuun ottamatta Lieksan ja Nurmeksen kuntia.", "partOf")
    assert not {(N["Lieksa"], POHJOIS_KARJALA), (N["Nurmes"], POHJOIS_KARJALA)} & part


def test_passive_counting_with_a_town_named_besides() -> None:
    part = _facts("Keski-Suomeen luetaan yleensä Saarijärven lisäksi Karstulan ja Kyyjärven kunnat.", "partOf")
    assert {(N["Saarijärvi"], KESKI_SUOMI), (N["Karstula"], KESKI_SUOMI), (N["Kyyjärvi"], KESKI_SUOMI)} <= part


def test_one_town_as_the_subject_of_belonging() -> None:
    part = _facts("Uurainen on maaseutukunta. Uurainen kuuluu Keski-Suomeen ja sen seutukuntaan.", "partOf")
    assert (N["Uurainen"], KESKI_SUOMI) in part
    # a town inside a longer phrase is no subject of the verb
    part = _facts("Karstulan koulun oppilas kuuluu Keski-Suomeen.", "partOf")
    assert (N["Karstula"], KESKI_SUOMI) not in part


def test_area_towns_in_parentheses_and_member_towns_in_swedish() -> None:
    part = _facts("Peruspalvelukuntayhtymä Kallion alueen kunnat (Nivala, Sievi ja Alavieska) sopivat asiasta.",
                  "partOf")
    assert _members(KALLIO, "Nivala", "Sievi", "Alavieska") <= part
    part = _facts("Samarbetet gäller kommunerna Jakobstad, Larsmo och Pedersöre i Jakobstadsregionen.", "partOf")
    assert (ID + "municipality/440", ID + "cooperation-area/jakobstadsregionen") in part


PAIJAT_HAME_COUNTY = ID + "wellbeing-county/09"


def test_towns_joining_a_county_and_one_town_moving_into_it() -> None:
    covers = _facts("Päijät-Hämeen hyvinvointialueelle tulevat mukaan Sysmä ja Heinola.", "coversArea")
    assert {(PAIJAT_HAME_COUNTY, ID + "municipality/781"), (PAIJAT_HAME_COUNTY, ID + "municipality/111")} <= covers
    covers = _facts("Vuoden alussa muutoksia tulee. Esimerkiksi Sysmä siirtyy Päijät-Hämeen hyvinvointialueelle.",
                    "coversArea")
    assert (PAIJAT_HAME_COUNTY, ID + "municipality/781") in covers


def test_the_towns_services_moving_to_a_county_name_no_members() -> None:
    covers = _facts("Päijät-Hämeen hyvinvointialueelle siirtyvät Sysmän ja Heinolan sosiaalipalvelut.", "coversArea")
    assert not {(PAIJAT_HAME_COUNTY, ID + "municipality/781"), (PAIJAT_HAME_COUNTY, ID + "municipality/111")} & covers
    part = _facts("Kainuun soteen kuuluvat Kajaanin ja Sotkamon terveysasemat.", "partOf")
    assert not {(M["Kajaani"], KAINUUN_SOTE), (M["Sotkamo"], KAINUUN_SOTE)} & part


def test_a_town_said_to_lie_in_a_region() -> None:
    part = _facts("Uurainen (ruots. Uurais) on pieni kunta Keski-Suomen maakunnan länsiosassa.", "partOf")
    assert (N["Uurainen"], KESKI_SUOMI) in part
    part = _facts("Karstula sijaitsee Keski-Suomessa.", "partOf")
    assert (N["Karstula"], KESKI_SUOMI) in part
    # a meeting held in a town of the region says nothing of the town named before
    part = _facts("Saarijärvi isännöi tapahtumaa, joka pidetään Keski-Suomessa.", "partOf")
    assert (N["Saarijärvi"], KESKI_SUOMI) not in part


def test_member_towns_in_apposition_in_other_cases() -> None:
    part = _facts("Kainuun soten jäsenkuntien Kajaanin, Sotkamon ja Kuhmon asukkaat saavat palvelut.", "partOf")
    assert _members(KAINUUN_SOTE, "Kajaani", "Sotkamo", "Kuhmo") <= part
    part = _facts("Kainuun sote aloitti vuonna 2013. Kuntayhtymän jäsenkunnissa Kajaanissa ja Sotkamossa on "
                  "terveysasema.", "partOf")
    assert _members(KAINUUN_SOTE, "Kajaani", "Sotkamo") <= part
    # the towns' own units are no members, whatever their number
    part = _facts("Kainuun soteen kuuluvien Kajaanin ja Sotkamon terveysasemien aukioloajat muuttuvat.", "partOf")
    assert not _members(KAINUUN_SOTE, "Kajaani", "Sotkamo") & part


def test_a_joint_authoritys_towns_named_one_by_one_and_genitive_towns_with_their_noun() -> None:
    part = _facts("Eksoten kunnat Lemi, Luumäki ja Savitaipale sopivat yhteisestä kuljetuksesta.", "partOf")
    assert _members(EKSOTE, "Lemi", "Luumäki", "Savitaipale") <= part
    part = _facts("Kainuun soteen kuuluvat Kajaanin, Sotkamon ja Kuhmon kunnat.", "partOf")
    assert _members(KAINUUN_SOTE, "Kajaani", "Sotkamo", "Kuhmo") <= part


def test_towns_taking_part_in_the_whole_and_towns_out_of_a_regions_towns() -> None:
    part = _facts("Peruspalvelukuntayhtymä Kalliossa ovat mukana Nivala, Sievi ja Alavieska.", "partOf")
    assert _members(KALLIO, "Nivala", "Sievi", "Alavieska") <= part
    part = _facts("Kainuun kunnista Kajaani, Sotkamo ja Kuhmo ovat hakeneet avustusta.", "partOf")
    assert _members(KAINUU, "Kajaani", "Sotkamo", "Kuhmo") <= part
    # the towns' own boards taking part name no members
    part = _facts("Peruspalvelukuntayhtymä Kalliossa ovat mukana Nivalan ja Sievin kunnanhallitukset.", "partOf")
    assert not _members(KALLIO, "Nivala", "Sievi") & part


def test_the_whole_said_to_be_made_by_towns_and_member_towns_in_parentheses() -> None:
    part = _facts("Peruspalvelukuntayhtymä Kallio on Nivalan, Sievin ja Alavieskan muodostama kuntayhtymä.", "partOf")
    assert _members(KALLIO, "Nivala", "Sievi", "Alavieska") <= part
    part = _facts("Eksoten jäsenkuntien (Lemi, Luumäki ja Savitaipale) asukkaat saavat palvelut.", "partOf")
    assert _members(EKSOTE, "Lemi", "Luumäki", "Savitaipale") <= part
    # towns owning a company make no joint authority of it
    part = _facts("Eksote on Lemin, Luumäen ja Savitaipaleen omistama yhtiö.", "partOf")
    assert not _members(EKSOTE, "Lemi", "Luumäki") & part


def test_a_bare_liitto_stands_for_the_one_regional_council_named() -> None:
    part = _facts("Pohjois-Karjalan maakuntaliitto järjesti seminaarin. Liiton jäsenkuntia ovat Joensuu, Lieksa ja "
                  "Nurmes.", "partOf")
    council = ID + "joint-authority/pohjois-karjalan-maakuntaliitto"
    assert {(N["Lieksa"], council), (N["Nurmes"], council)} <= part


def test_a_bare_maakunta_stands_for_the_one_region_named() -> None:
    part = _facts("Kainuu on harvaan asuttu. Maakunnan kuntia ovat Kajaani, Sotkamo ja Kuhmo.", "partOf")
    assert _members(KAINUU, "Kajaani", "Sotkamo", "Kuhmo") <= part
    part = _facts("Kainuun kuntia ovat Kajaani ja Sotkamo.", "partOf")
    assert _members(KAINUU, "Kajaani", "Sotkamo") <= part
    # two regions named: the bare word points to neither
    part = _facts("Kainuu ja Keski-Suomi tekevät yhteistyötä. Maakunnan kunnat ovat Kajaani ja Sotkamo.", "partOf")
    assert not _members(KAINUU, "Kajaani", "Sotkamo") & part


def test_towns_said_to_be_members_of_a_whole() -> None:
    """The copula, the whole in the genitive and a noun of membership: 'A on yksi X:n jäsenkunnista'."""
    part = _facts("Sievi on yksi Peruspalvelukuntayhtymä Kallion jäsenkunnista. "
                  "Kajaani, Kuhmo ja Sotkamo ovat Kainuun kuntia.", "partOf")
    assert _members(KALLIO, "Sievi") | _members(KAINUU, "Kajaani", "Kuhmo", "Sotkamo") <= part


def test_no_membership_without_a_noun_of_membership_or_with_a_town_inside_a_phrase() -> None:
    part = _facts("Kajaani on Kainuun maakuntakeskus. Hankkeessa Sotkamo on Kainuun kuntien edustaja.", "partOf")
    assert not part & (_members(KAINUU, "Kajaani") | _members(KAINUU, "Sotkamo"))


def test_swedish_towns_in_the_whole() -> None:
    """'Kommunerna i X är A, B och C': the towns of a region or joint authority (Swedish)."""
    part = _facts("Kommunerna i samkommunen Kårkulla är Raseborg, Pargas och Kimitoön.", "partOf")
    assert _members(KARKULLA, "Raseborg", "Pargas", "Kimitoön") <= part


def test_one_of_the_wholes_towns_in_any_case() -> None:
    """'X:n kunnista A ...': the town right after 'kunnista' is one of the whole's, whatever its case."""
    part = _facts("Kainuun kunnista Kuhmolla on eniten metsää. Kainuun kunnista Kajaani on suurin.", "partOf")
    assert _members(KAINUU, "Kuhmo", "Kajaani") <= part


def test_no_town_after_kunnista_no_member() -> None:
    part = _facts("Kainuun kunnista kolme on mukana hankkeessa.", "partOf")
    assert not {f for f in part if f[1] == KAINUU}


def test_a_heading_whole_over_bullet_lines_of_members() -> None:
    """A whole alone on its line, then bullets each opening with a member (towns; for an area, counties too)."""
    part = _facts("Kainuu\n • Kajaani\n • Kuhmo\n • Sotkamo\n\nMuut tiedot ovat alla.", "partOf")
    assert _members(KAINUU, "Kajaani", "Kuhmo", "Sotkamo") <= part
    counties = _facts("Pohjois-Suomen yhteistyöalue\n\n • Kainuun hyvinvointialue\n • Lapin hyvinvointialue\n",
                      "partOf")
    assert {(ID + "wellbeing-county/20", ID + "cooperation-area/oys"),
            (ID + "wellbeing-county/21", ID + "cooperation-area/oys")} <= counties


def test_no_heading_no_members() -> None:
    part = _facts("Hankkeen kunnat ovat mukana.\n • Kajaani\n • Kuhmo\n", "partOf")
    assert not {f for f in part if f[1] == KAINUU}


def test_a_town_member_of_the_listed_joint_authorities() -> None:
    """'Kuntayhtymät, joissa X on jäsenenä:' over bullets: each bullet opening with a whole is one X belongs to."""
    part = _facts("Kuntayhtymät, joissa Kajaanin kaupunki on jäsenenä:\n • Kainuun sote\n • Kehitysyhtiö Oy\n",
                  "partOf")
    assert {(M["Kajaani"], KAINUUN_SOTE)} <= part


def test_counted_lead_in_takes_every_town_of_its_sentence() -> None:
    """'X:ään kuuluu N kuntaa:' then towns with group labels between them: all the sentence's towns."""
    part = _facts("Kainuun maakuntaan kuuluu kahdeksan kuntaa: keskuskaupunki Kajaani sekä kunnat Kuhmo ja Sotkamo. "
                  "Hankkeessa Nivala on mukana.", "partOf")
    assert _members(KAINUU, "Kajaani", "Kuhmo", "Sotkamo") <= part
    assert not {(M["Nivala"], KAINUU)} & part


def test_swedish_bare_kind_word_then_members() -> None:
    # "medlemskommuner är": the lower-case verb after the lead-in is no member in apposition
    part = _facts("Samkommunen Kårkulla ordnar service. Samkommunens medlemskommuner är Raseborg, Pargas och Kimitoön.",
                  "partOf")
    assert _members(KARKULLA, "Raseborg", "Pargas", "Kimitoön") <= part


def test_swedish_members_in_the_bare_joint_authority() -> None:
    part = _facts("Samkommunen Kårkulla ordnar service. Medlemmar i samkommunen är Raseborg, Pargas och Kimitoön.",
                  "partOf")
    assert _members(KARKULLA, "Raseborg", "Pargas", "Kimitoön") <= part


def test_finnish_owner_towns_of_the_bare_joint_authority() -> None:
    for lead in ("Kuntayhtymän omistajakunnat ovat", "Kuntayhtymän omistajakuntia ovat"):
        part = _facts(f"Peruspalvelukuntayhtymä Kallio aloitti. {lead} Nivala, Sievi ja Alavieska.", "partOf")
        assert _members(KALLIO, "Nivala", "Sievi", "Alavieska") <= part, lead


def test_finnish_member_leads_of_a_charter() -> None:
    for lead in ("Kuntayhtymän jäsenkuntia ovat Nivala, Sievi ja Alavieska.",
                 "Kuntayhtymän jäseninä ovat Nivala, Sievi ja Alavieska.",
                 "2 § Jäsenkunnat\n\nKuntayhtymän jäseniä ovat Nivalan, Sievin ja Alavieskan kunnat."):
        part = _facts(f"Peruspalvelukuntayhtymä Kallio aloitti.\n\n{lead}", "partOf")
        assert _members(KALLIO, "Nivala", "Sievi", "Alavieska") <= part, lead


def _heading_doc(body: str) -> str:
    return "Peruspalvelukuntayhtymä Kallio\n\nKuntayhtymä järjestää sosiaali- ja terveyspalvelut.\n\n" + body


def test_member_heading_then_town_lines() -> None:
    for body in ("Jäsenkunnat\n\nAlavieska\nNivala\nSievi\n\nYhteystiedot",
                 "2 § Jäsenkunnat\n• Alavieska\n• Nivala\n• Sievi\n",
                 "Omistajakunnat:\nAlavieska 2 600 asukasta\nNivala 10 500 asukasta\nSievi 5 000 asukasta\n"):
        assert _members(KALLIO, "Alavieska", "Nivala", "Sievi") <= _facts(_heading_doc(body), "partOf"), body


def test_member_field_row_and_swedish_heading() -> None:
    assert _members(KALLIO, "Alavieska", "Nivala", "Sievi") <= _facts(
        _heading_doc("Jäsenkunnat: Alavieska, Nivala, Sievi\n\nYhteystiedot"), "partOf")
    part = _facts("Samkommunen Kårkulla\n\nMedlemskommuner\n\nRaseborg\nPargas\nKimitoön\n\nKontakt", "partOf")
    assert _members(KARKULLA, "Raseborg", "Pargas", "Kimitoön") <= part


def test_member_heading_needs_one_named_whole() -> None:
    # two joint authorities named: the heading leaves its whole open
    text = ("Peruspalvelukuntayhtymä Kallio ja Oulunkaaren kuntayhtymä\n\nJäsenkunnat\n\nAlavieska\nNivala\nSievi\n")
    assert not _members(KALLIO, "Alavieska", "Nivala", "Sievi") & _facts(text, "partOf")


def test_member_list_as_bare_lines_under_a_lead_in() -> None:
    # a web page's list loses its markers in the text: each line a town alone (or with a figure)
    from welfare_kg.extract.membership import RULE_BARE_LINES
    for body in ("Kuntayhtymän jäsenkunnat\n\nAlavieska\nNivala\nSievi\n\nYhteystiedot",
                 "Kuntayhtymään kuuluvat kunnat:\nAlavieska 2 600\nNivala 10 500\nSievi 5 000\n"):
        facts = extract(_heading_doc(body)).facts
        got = {(f.subject, f.object) for f in facts if f.predicate == "partOf" and f.rule.endswith(RULE_BARE_LINES)}
        assert _members(KALLIO, "Alavieska", "Nivala", "Sievi") <= got, body


def test_bare_lines_stop_at_a_sentence() -> None:
    # the line after the lead-in is a sentence about a town: no list
    text = _heading_doc("Kuntayhtymän jäsenkunnat\n\nAlavieska on kunta Pohjois-Pohjanmaalla.\nNivala\nSievi\n")
    assert not _members(KALLIO, "Nivala", "Sievi") <= _facts(text, "partOf")


def test_towns_said_to_lie_in_a_sub_region_or_a_region() -> None:
    area = ID + "cooperation-area/saarijarven-seutukunta"
    part = _facts("Hankkeen tausta Karstulan, Kivijärven ja Kyyjärven kunnat sijaitsevat Saarijärven seutukunnalla "
                  "Keski-Suomessa.", "partOf")
    assert {(N["Karstula"], area), (N["Kivijärvi"], area), (N["Kyyjärvi"], area)} <= part
    part = _facts("Karstula ja Kyyjärvi sijaitsevat Keski-Suomessa.", "partOf")
    assert {(N["Karstula"], KESKI_SUOMI), (N["Kyyjärvi"], KESKI_SUOMI)} <= part
    # the towns' units lie in the region; the towns in the genitive without their noun are no subject
    part = _facts("Karstulan ja Kyyjärven terveysasemat sijaitsevat Keski-Suomessa.", "partOf")
    assert not {(N["Karstula"], KESKI_SUOMI), (N["Kyyjärvi"], KESKI_SUOMI)} & part
