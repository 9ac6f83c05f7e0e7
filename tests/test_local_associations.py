"""Clubs, branches and banks a town names without a legal form (extract/local_associations.py), and the
sentence-opening kind names of extract/entities.py."""

from __future__ import annotations

from helpers import entity_types


def test_a_towns_plural_club_is_one_association() -> None:
    names = entity_types("Tuen saivat myös Kangasalan Eläkeläiset ja Nokian Yrittäjät, kumpikin tuhat euroa.")
    assert names.get("Kangasalan Eläkeläiset") == "Association"
    assert names.get("Nokian Yrittäjät") == "Association"
    assert "Kangasala" not in names


def test_two_plurals_joined_are_one_club() -> None:
    names = entity_types("Rahaa sai Iisalmen Omaishoitajat ja Läheiset vapaaehtoistyöhön.")
    assert names.get("Iisalmen Omaishoitajat ja Läheiset") == "Association"


def test_a_plural_of_services_or_a_title_case_run_is_no_club() -> None:
    names = entity_types("Nokian Palvelut tiedottaa. Kangasalan Eläkeläiset Tapahtumat ovat alkaneet.")
    assert not any(typ == "Association" for typ in names.values())


def test_a_town_before_a_national_abbreviation_is_its_branch() -> None:
    names = entity_types("Loppuvuodesta Iisalmen SPR järjesti ensiapukurssin nuorille.")
    assert names.get("Iisalmen SPR") == "Association"
    assert "Suomen Punainen Risti" not in names


def test_banks_named_by_their_area_and_in_swedish() -> None:
    names = entity_types("Lahjoituksen teki Kangasalan Seudun Osuuspankki. I fjol stödde Sparbanken Östra Nyland "
                         "och Andelsbanken för Åland föreningen.")
    assert names.get("Kangasalan Seudun Osuuspankki") == "Company"
    assert names.get("Sparbanken Östra Nyland") == "Company"
    assert names.get("Andelsbanken för Åland") == "Company"


def test_an_inflected_bank_keeps_its_base_form() -> None:
    names = entity_types("Yhdistys kiittää Nokian Seudun Säästöpankkia ja Kangasalan Seudun Osuuspankille "
                         "lahjoituksesta.")
    assert names.get("Nokian Seudun Säästöpankki") == "Company"
    assert names.get("Kangasalan Seudun Osuuspankki") == "Company"


def test_a_village_association_opening_a_sentence() -> None:
    names = entity_types("Hankkeen alussa kerättiin ideoita. Hurttalan Kyläyhdistys kokoaa kyläläiset retkelle.")
    assert names.get("Hurttalan Kyläyhdistys") == "Association"


def test_a_lake_or_hill_named_association_opening_a_sentence() -> None:
    """"Kalajärven Vesiensuojeluyhdistys pyrkii ...": the lexicon reads "kalajärvi" as a common noun, but a compound
    ending in a landscape word, capitalised before a capitalised kind, is a place's name; a bare word or another
    common noun before the kind opens the sentence only."""
    names = entity_types("Hanke alkoi. Kalajärven Vesiensuojeluyhdistys pyrkii vähentämään järven kuormitusta.")
    assert names.get("Kalajärven Vesiensuojeluyhdistys") == "Association"
    assert not entity_types("Hanke alkoi. Hankkeen Kehittämisyhdistys toimii hyvin.")
    assert "Järven Kalastusseura" not in entity_types("Hanke alkoi. Järven Kalastusseura kokoontuu.")


def test_a_centre_named_after_its_kind_opening_a_sentence() -> None:
    names = entity_types("Päiväkeskus Kajo sai tuhat euroa tapahtumiin.")
    assert "Päiväkeskus Kajo" in names


def test_a_town_before_a_national_registered_name_is_its_branch() -> None:
    names = entity_types("Avustusta saa myös Iisalmen Pelastakaa Lapset ry nuorten kerhoon.")
    assert names.get("Iisalmen Pelastakaa Lapset ry") == "Association"


def test_a_housing_companys_form_written_first() -> None:
    names = entity_types("Vuokrasopimus tehtiin As Oy Mäntyrinne ja Bostads Ab Tallbacken kanssa.")
    assert names.get("As Oy Mäntyrinne") == "Company"
    assert names.get("Bostads Ab Tallbacken") == "Company"


def test_a_capitalised_kind_and_its_own_name() -> None:
    names = entity_types("Tukea saivat Kotiseutuyhdistys Honkala ja Metsästysseura Kontio. Nuorisoseura Ahjo järjesti "
                         "tanssit. Kyläyhdistys Kertoo asiasta.")
    assert names.get("Kotiseutuyhdistys Honkala") == "Association"
    assert names.get("Metsästysseura Kontio") == "Association"
    assert names.get("Nuorisoseura Ahjo") == "Association"
    assert not any(label.startswith("Kyläyhdistys") for label in names)  # a verb after the kind is no name


def test_a_swedish_association_opened_by_its_towns_name() -> None:
    names = entity_types("Bidrag beviljades Kristinestads Marthaförening rf och Borgå Ungdomsförening rf. "
                         "Även Karleby Hembygdsförening rf fick stöd.")
    assert names.get("Borgå Ungdomsförening rf") == "Association"
    assert names.get("Karleby Hembygdsförening rf") == "Association"
    assert not any(label.startswith(("Även", "Ungdomsförening", "Hembygdsförening")) for label in names)


def test_two_lower_case_plurals_joined_before_the_form() -> None:
    names = entity_types("Avustuksen saivat Satakunnan omaishoitajat ja läheiset ry sekä Nokian Eläkeläiset ry.")
    assert names.get("Satakunnan omaishoitajat ja läheiset ry") == "Association"
    assert not entity_types("Tukea saavat omaishoitajat ja läheiset ry:t.")


def test_a_lower_case_plural_club_in_a_list_or_a_grant_row() -> None:
    """"Yli-Iin reserviläiset ja Jäälin asukasyhdistys", "Kempeleen eläkeläiset 500 euroa": the layout makes the
    town's people a club; in prose they stay the town's people."""
    got = entity_types("Yli-Iin reserviläiset ja Jäälin asukasyhdistys jäivät ilman avustusta. Avustusta saivat "
                       "Kempeleen eläkeläiset 500 euroa ja Sotkamon martat 300 euroa.")
    assert got.get("Yli-Iin reserviläiset") == "Association"
    assert got.get("Kempeleen eläkeläiset") == "Association"
    assert got.get("Sotkamon martat") == "Association"
    prose = entity_types("Oulun eläkeläiset osallistuivat kyselyyn. Oulun eläkeläiset ja nuoret tapasivat.")
    assert "Oulun eläkeläiset" not in prose


def test_a_villages_plural_club_is_one_association() -> None:
    names = entity_types("Kesäjuhlassa Rimpilän Martat hoitivat kahvion. Tukea saivat myös Kalliolan Nuoret.")
    assert names.get("Rimpilän Martat") == "Association"
    assert names.get("Kalliolan Nuoret") == "Association"
    assert "Marttaliitto ry" not in names


def test_a_surnames_or_common_nouns_genitive_names_no_village_club() -> None:
    names = entity_types("Kesäjuhlassa Virtasen Nuoret esiintyivät. Kesäjuhlassa Hankkeen Nuoret esiintyivät.")
    assert "Virtasen Nuoret" not in names
    assert "Hankkeen Nuoret" not in names


def test_a_villages_plural_before_more_words_and_a_legal_form_is_no_club_of_its_own() -> None:
    names = entity_types("Rimpilän Vekkulat ja läheiset ry:lle esitetään 5 000 euroa.")
    assert "Rimpilän Vekkulat" not in names


def test_a_regions_village_league_is_an_association_but_a_towns_villages_are_not() -> None:
    names = entity_types("Hankkeessa ovat mukana Etelä-Savon Kylät ja Kainuun Kylät. Mikkelin Kylät ovat kauniita.")
    assert names.get("Etelä-Savon Kylät") == "Association"
    assert names.get("Kainuun Kylät") == "Association"
    assert "Mikkelin Kylät" not in names


def test_a_towns_area_word_before_its_plural_club() -> None:
    names = entity_types("Avustuksen saivat Porvoon seudun Omaishoitajat ja Nokian Yrittäjät. Hankkeen alussa "
                         "Kouvolan seudun Eläkeläiset keräsivät ideoita.")
    assert names.get("Porvoon seudun Omaishoitajat") == "Association"
    assert names.get("Kouvolan seudun Eläkeläiset") == "Association"


def test_a_towns_area_word_before_a_plural_of_things_is_no_club() -> None:
    names = entity_types("Hankkeen alussa Porvoon seudun Palvelut kokosivat tiedot.")
    assert not any(typ == "Association" for typ in names.values())


def test_a_towns_newspaper_or_event_in_the_plural_is_no_club() -> None:
    names = entity_types("Hankkeesta kertoivat Porvoon Sanomat. Tuen saivat Kangasalan Kesäjuhlat ja Nokian "
                         "Messut sekä Kangasalan Eläkeläiset.")
    assert names.get("Kangasalan Eläkeläiset") == "Association"
    assert not {"Porvoon Sanomat", "Kangasalan Kesäjuhlat", "Nokian Messut"} & set(names)


def test_a_listed_clubs_village_between_its_name_and_the_sum() -> None:
    names = entity_types("Avustusta saavat Porvoon kyläyhdistys 1 500 euroa ja Loviisan eläkeläiset Pernaja "
                         "700 euroa.")
    assert names.get("Loviisan eläkeläiset") == "Association"


def test_a_club_in_the_genitive_before_the_word_of_a_joint_undertaking() -> None:
    """'A:n ja Etelä-Savon Kylien yhteinen hanke': the league in the genitive is one of the undertaking's owners (a
    genitive before a lower-case noun is otherwise read as a title's modifier and no club)."""
    names = entity_types("Kaiku on Sointu ry:n ja Etelä-Savon Kylien yhteinen hanke.")
    assert names.get("Etelä-Savon Kylät") == "Association", names


def test_a_plural_adjective_before_the_clubs_plural_is_a_word_of_its_name() -> None:
    names = entity_types("Jäseniksi nimettiin Liisa Mäki, Kyrönmaan Kristilliset Eläkeläiset, ja Pekka Salo, "
                         "Kuopion Kansalliset Seniorit.")
    assert names.get("Kyrönmaan Kristilliset Eläkeläiset") == "Association"
    assert names.get("Kuopion Kansalliset Seniorit") == "Association"


def test_a_plural_adjective_alone_after_a_town_names_no_club() -> None:
    names = entity_types("Kuopion Kristilliset kokoontuivat. Kuopion Kansalliset Juhlat alkavat.")
    assert not any(typ == "Association" for typ in names.values())


def test_a_plural_that_is_also_a_surname_still_names_a_club() -> None:
    names = entity_types("Avustuksen saivat Kuopion Karjalaiset ja Leppävirran Eläkeläiset.")
    assert names.get("Kuopion Karjalaiset") == "Association"


def test_a_members_town_plural_after_the_name_and_a_comma_is_the_members_club() -> None:
    names = entity_types("Neuvoston jäsenet ovat Matti Malli, Kuopion eläkkeensaajat, ja Liisa Esimerkki "
                         "(Leppävirran omaiset).")
    assert names.get("Kuopion eläkkeensaajat") == "Association"
    assert names.get("Leppävirran omaiset") == "Association"


def test_a_towns_plural_after_a_name_that_goes_on_with_a_verb_is_the_towns_people() -> None:
    names = entity_types("Kiitos, Matti Malli, Kuopion eläkeläiset kiittävät. Kuopion eläkeläiset osallistuivat.")
    assert not any(typ == "Association" for typ in names.values())


def test_a_swedish_towns_pensioners_club() -> None:
    names = entity_types("Till rådet valdes Anna Ek, Ekenäs pensionärer, och Bo Lind, Pargas Svenska Pensionärer. "
                         "Bidrag: Korsholms krigsveteraner 300 euro.")
    assert names.get("Ekenäs pensionärer") == "Association"
    assert names.get("Pargas Svenska Pensionärer") == "Association"
    assert names.get("Korsholms krigsveteraner") == "Association"


def test_a_swedish_towns_pensioners_in_prose_are_no_club() -> None:
    names = entity_types("Ekenäs pensionärer deltog i mötet och Pargas seniorer kom också.")
    assert not any(typ == "Association" for typ in names.values())
