"""Bare kind words of funders ("Ministeriö myönsi", "säätiön rahoittama") pointing back to the one organisation of
that kind the text named: short texts of our own, once where the word must be read and once where it must not."""

from __future__ import annotations

from tests.helpers import extract
from tests.helpers import fact_rows as run
from tests.helpers import has_fact as has
from welfare_kg.extract.gazetteer import Gazetteer


def test_a_bare_ministry_after_the_one_named_grants(gaz: Gazetteer) -> None:
    facts = run(gaz, "Sosiaali- ja terveysministeriö käynnisti uuden ohjelman. "
                     "Ministeriö myönsi Kuopion kaupungille 40 000 euroa.")
    assert has(facts, "ministry/stm", "funds", "municipality/297", 40000)


def test_a_bare_ministry_after_two_named_ones_is_no_one(gaz: Gazetteer) -> None:
    facts = run(gaz, "Sosiaali- ja terveysministeriö ja valtiovarainministeriö käynnistivät ohjelman. "
                     "Ministeriö myönsi Kuopion kaupungille 40 000 euroa.")
    assert not [f for f in facts if f[1] == "funds"]


def test_a_bare_foundation_beside_a_ministry_funds_the_project(gaz: Gazetteer) -> None:
    facts = run(gaz, "Kalle ja Maija Virtasen säätiö on toiminut vuodesta 1990. "
                     "Arjen apu -hanke on opetus- ja kulttuuriministeriön sekä säätiön rahoittama.")
    assert has(facts, "kalle-ja-maija-virtasen-saatio", "funds", "project/")
    assert has(facts, "ministry/okm", "funds", "project/")


def test_the_word_inside_a_name_and_before_any_named_one_adds_no_mention() -> None:
    ex = extract("Ministeriö myönsi rahaa. Sosiaali- ja terveysministeriö käynnisti ohjelman.")
    assert not [m for e in ex.entities.values() for m in e.mentions if m.rule == "kind-anaphor"]


def test_sille_in_a_grant_is_the_one_organisation_the_sentence_before_made_its_subject(gaz: Gazetteer) -> None:
    facts = run(gaz, "Kuopion Omaishoitajat ry jatkaa toimintaansa. Leader Kalakukko ry myönsi sille 40 000 euroa.")
    assert has(facts, "association/kalakukko", "funds", "association/kuopion-omaishoitajat", 40000)
    facts = run(gaz, "Maa- ja metsätalousministeriön päätöksen mukaan Leader Kalakukko ry jatkaa toimintaryhmänä. "
                     "Ministeriö myönsi sille 2 100 000 euroa.")
    assert has(facts, "ministry/mmm", "funds", "association/kalakukko", 2100000)


def test_sille_after_two_subjects_or_outside_money_is_no_one(gaz: Gazetteer) -> None:
    facts = run(gaz, "Kuopion Omaishoitajat ry ja Kuopion Martat ry jatkavat toimintaansa. "
                     "Leader Kalakukko ry myönsi sille 40 000 euroa.")
    assert not [f for f in facts if f[1] == "funds"]
    ex = extract("Kuopion Omaishoitajat ry jatkaa toimintaansa. Leader Kalakukko ry kertoi sille uutisen.")
    assert not [m for e in ex.entities.values() for m in e.mentions if m.surface == "sille"]


def test_a_bare_yhdistys_after_one_registered_association_receives(gaz: Gazetteer) -> None:
    # "ry" is "rekisteröity yhdistys": the association named with its legal form is what "yhdistys" then names
    facts = run(gaz, "Kylätoimintaa ry täytti 30 vuotta.\n\nYhdistys sai STEA:lta 50 000 euroa vertaistukeen.")
    assert has(facts, "agency/stea", "funds", "kylatoimintaa", 50000)
    facts = run(gaz, "Kylätoimintaa ry ja Jokivarren Latu ry järjestivät tapahtuman.\n\n"
                     "Yhdistys sai STEA:lta 50 000 euroa vertaistukeen.")
    assert not [f for f in facts if f[1] == "funds"]


def test_a_bare_kunta_in_a_towns_minutes_is_the_town(gaz: Gazetteer) -> None:
    facts = run(gaz, "Kolarin kunta\nKunnanhallitus 14.5.2025\n\n"
                     "Lapin aluehallintovirasto on myöntänyt kunnalle 15 000 euron avustuksen etsivään nuorisotyöhön.",
                kind="minutes")
    assert has(facts, "agency/avi-lappi", "funds", "municipality/273", 15000)
    facts = run(gaz, "Kolarin kunta\nKunnanhallitus 14.5.2025\n\n"
                     "Kunta on saanut Lapin aluehallintovirastolta 15 000 euron avustuksen.", kind="minutes")
    assert has(facts, "agency/avi-lappi", "funds", "municipality/273", 15000)


def test_a_bare_kunta_after_two_towns_or_a_plural_is_no_one(gaz: Gazetteer) -> None:
    facts = run(gaz, "Kolarin ja Muonion kunnat sopivat yhteistyöstä.\n\n"
                     "Lapin aluehallintovirasto on myöntänyt kunnalle 15 000 euron avustuksen.")
    assert not [f for f in facts if f[1] == "funds" and "municipality/" in f[2]]
    facts = run(gaz, "Kolarin kunta tiedottaa.\n\nLapin aluehallintovirasto on myöntänyt kunnille 15 000 euroa.")
    assert not [f for f in facts if f[1] == "funds" and "municipality/" in f[2]]


def test_a_bare_seura_and_a_towns_genitive_before_its_grant(gaz: Gazetteer) -> None:
    facts = run(gaz, "Kolarin Hiihtoseura ry täytti 50 vuotta.\n\nSeura sai Lapin aluehallintovirastolta 12 000 euroa.")
    assert has(facts, "agency/avi-lappi", "funds", "kolarin-hiihtoseura", 12000)
    facts = run(gaz, "Kolarin kunta\nKunnanhallitus 14.5.2025\n\n"
                     "Kolarin Latu ry on saanut kunnan avustusta 4 000 euroa latujen kunnossapitoon.", kind="minutes")
    assert has(facts, "municipality/273", "funds", "kolarin-latu", 4000)


def test_a_towns_genitive_of_its_belongings_or_area_is_no_mention() -> None:
    ex = extract("Kolarin kunta tiedottaa.\n\nKunnan hankkeisiin on varattu 40 000 euroa. Kunnassa on rahoitettu "
                 "kyläteitä.")
    assert not [m for e in ex.entities.values() for m in e.mentions if m.rule == "kind-anaphor"]


def test_the_sweeps_answer_as_a_scan_of_every_name_would() -> None:
    """The pass reads thousands of kind words on a large page; its bisection and sweep must pick the same names as
    looking at every name for each word (random spans, some nested, some of one organisation twice)."""
    import random

    from welfare_kg.extract.kind_anaphors import _Antecedents
    from welfare_kg.extract.spans import Cover
    from welfare_kg.records import Mention

    rnd = random.Random(7)
    for _round in range(40):
        named = []
        for _ in range(rnd.randint(0, 25)):
            start = rnd.randint(0, 300)
            kind = rnd.choice(["Ministry", "Municipality"])
            named.append(Mention(start, start + rnd.randint(1, 30), "x", f"n{rnd.randint(0, 2)}", kind,
                                 iri=f"i{rnd.randint(0, 2)}", generic=rnd.random() < 0.1))
        named.sort(key=lambda m: m.start)
        inside = Cover((m.start, m.end) for m in named)
        ministries = _Antecedents(named, lambda m: m.type == "Ministry")
        for start in sorted(rnd.sample(range(0, 340), 30)):
            end = start + rnd.randint(1, 12)
            assert inside.meets(start, end) == any(m.start <= start < m.end or start <= m.start < end for m in named)
            before = [m for m in named if m.end <= start and m.type == "Ministry" and not m.generic]
            want = before[-1] if len({m.iri for m in before}) == 1 else None
            assert ministries.only_one(start) is want


def test_a_kind_word_after_a_count_is_many_not_the_one_named(gaz: Gazetteer) -> None:
    # "824 järjestölle", "kolmelle yhdistykselle": a number keeps the word singular in the phrase's case, yet it
    # counts many unnamed ones; the one association named earlier receives nothing
    for sentence in ("Opetusministeriö myönsi avustuksia 12,5 miljoonaa euroa 310 järjestölle.",
                     "Sallan kunta myönsi 5 000 euroa kolmelle yhdistykselle."):
        facts = run(gaz, "Kylätoimintaa ry toimii Sallassa. " + sentence)
        assert not has(facts, "", "funds", "kylatoimintaa"), sentence


def test_a_year_before_the_kind_word_is_no_count(gaz: Gazetteer) -> None:
    facts = run(gaz, "Kylätoimintaa ry toimii Sallassa. Sallan kunta myönsi vuonna 2023 yhdistykselle 5 000 euroa.")
    assert has(facts, "municipality/732", "funds", "kylatoimintaa", 5000)


def test_yhdistyksen_before_a_participle_of_running(gaz: Gazetteer) -> None:
    """"yhdistyksen hallinnoima X" names the one association as surely as a grant does; with and without its
    legal form the association is one."""
    facts = run(gaz, "Ketolan Muistiyhdistys on perustettu 1990. Ketolan Muistiyhdistys ry toimii kolmessa "
                     "kunnassa. Lisäksi yhdistyksen hallinnoima Muistipolku-hanke toimii Pohjois-Savossa.")
    assert has(facts, "ketolan-muistiyhdistys", "coordinates", "project/")


def test_yhdistyksen_without_money_or_running_is_no_mention() -> None:
    ex = extract("Ketolan Muistiyhdistys ry on perustettu 1990. Yhdistyksen tarkoitus määritellään säännöissä.")
    assert not [m for e in ex.entities.values() for m in e.mentions if m.rule == "kind-anaphor"]
