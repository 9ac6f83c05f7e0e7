"""A project said to be a programme's or a larger project's project (extract/programme_projects.py).

The sentences are invented for these tests; the programme names are real ones from the bundled reference data.
"""

from __future__ import annotations

from tests.helpers import ID, extract
from welfare_kg.extract.programme_projects import RULE


def _rule_pairs(text: str) -> set[tuple[str, str]]:
    return {(f.subject.removeprefix(ID), f.object.removeprefix(ID)) for f in extract(text).facts if f.rule == RULE}


def _wholes(text: str) -> set[str]:
    return {o for _s, o in _rule_pairs(text)}


def test_a_project_that_is_one_of_a_programmes_projects() -> None:
    assert _wholes("Arjen askeleet -hanke on yksi Tulevaisuuden sote-keskus -ohjelman hankkeista.") \
        == {"programme/tulevaisuuden-sote-keskus-ohjelma"}
    assert _wholes("Arjen askeleet -hanke on Tulevaisuuden sote-keskus -ohjelman hanke.") \
        == {"programme/tulevaisuuden-sote-keskus-ohjelma"}


def test_the_participle_of_kuulua_before_or_after_the_project() -> None:
    assert _wholes("Tulevaisuuden sote-keskus -ohjelmaan kuuluva Arjen askeleet -hanke käynnistyi keväällä.") \
        == {"programme/tulevaisuuden-sote-keskus-ohjelma"}
    assert _wholes("Arjen askeleet -hanke on Tulevaisuuden sote-keskus -ohjelmaan kuuluva hanke.") \
        == {"programme/tulevaisuuden-sote-keskus-ohjelma"}


def test_the_genitive_before_osana() -> None:
    assert _wholes("Arjen askeleet -hanke toteutetaan Tulevaisuuden sote-keskus -ohjelman osana.") \
        == {"programme/tulevaisuuden-sote-keskus-ohjelma"}


def test_a_sub_project_named_after_the_word_osahanke() -> None:
    pairs = _rule_pairs("Kylätalkoot-hankkeen osahanke Yhdessä kotona käynnistyy Mikkelissä.")
    assert len(pairs) == 1
    ((part, whole),) = pairs
    assert part != whole and whole.startswith("project/") and part.startswith("project/")


def test_a_sub_project_named_after_the_word_osatoteutus() -> None:
    """"Y-hankkeen osatoteutus X": a partner's or region's part of a larger project, named in apposition."""
    pairs = _rule_pairs("Kylätalkoot-hankkeen osatoteutus Yhdessä kotona -hanke käynnistyy Mikkelissä.")
    assert len(pairs) == 1
    ((part, whole),) = pairs
    assert part != whole and whole.startswith("project/") and part.startswith("project/")
    # the word alone, its name nowhere after it: no part is named
    assert _rule_pairs("Kylätalkoot-hankkeen osatoteutus käynnistyy Mikkelissä.") == set()


def test_a_fund_or_an_owner_is_no_whole() -> None:
    assert _rule_pairs("Arjen askeleet -hanke on Euroopan sosiaalirahaston hanke.") == set()
    assert _rule_pairs("Arjen askeleet -hanke on Kuopion kaupungin hanke.") == set()
    # a participle between the genitive and the project word says who pays, not what it belongs to
    assert _rule_pairs("Arjen askeleet -hanke on Tulevaisuuden sote-keskus -ohjelman rahoittama hanke.") == set()


def _listed(text: str) -> set[tuple[str, str]]:
    from welfare_kg.extract.programme_projects import SUB_RULE

    return {(f.subject.removeprefix(ID), f.object.removeprefix(ID)) for f in extract(text).facts
            if f.rule == SUB_RULE}


def test_each_sub_project_of_a_listed_run_is_part_of_the_whole_before_the_word() -> None:
    pairs = _listed("Naapuriapu-hanke koostuu kolmesta osahankkeesta: Pihatalkoot-osahanke, Kauppakassi-osahanke "
                    "ja Iltapäiväkerho-osahanke.")
    assert len(pairs) == 3 and len({w for _p, w in pairs}) == 1
    pairs = _listed("Naapuriapu-hankkeen osahankkeet ovat Pihatalkoot-hanke ja Kauppakassi-hanke.")
    assert len(pairs) == 2


def test_a_project_outside_the_run_or_without_a_whole_is_not_listed() -> None:
    # the sentence goes on after the run: the project after "kanssa" is no sub-project
    pairs = _listed("Naapuriapu-hankkeen osahankkeet ovat Pihatalkoot-hanke ja Kauppakassi-hanke, ja yhteistyötä "
                    "tehdään Iltapäiväkerho-hankkeen kanssa.")
    assert len(pairs) == 2
    # no whole named right before the word
    assert _listed("Rahoitusta sai kolme osahanketta: Pihatalkoot-hanke ja Kauppakassi-hanke.") == set()


def test_a_follow_up_project_is_not_a_part() -> None:
    assert _rule_pairs("Arjen askeleet -hanke on Kylätalkoot-hankkeen jatkohanke.") == set()
    assert _wholes("Arjen askeleet -hanke on yksi Kaste-ohjelman kärkihankkeista.") == {"programme/kaste"}


def test_a_project_joined_into_a_programme_with_osaksi() -> None:
    assert _wholes("Arjen askeleet -hanke kytkeytyy kiinteästi osaksi myös Tulevaisuuden sote-keskus -ohjelmaa.") \
        == {"programme/tulevaisuuden-sote-keskus-ohjelma"}
    # an organisation moved into a county is no project of a programme
    assert _rule_pairs("Verso siirtyy osaksi Päijät-Hämeen hyvinvointialuetta.") == set()


def _parts(text: str) -> set[str]:
    return {s.rsplit("/", 1)[-1] for s, o in _rule_pairs(text) if o == "programme/tulevaisuuden-sote-keskus-ohjelma"}


def test_every_project_of_a_list_after_the_plural_participle_is_the_programmes() -> None:
    parts = _parts("Tulevaisuuden sote-keskus -ohjelmaan kuuluvat Arjen askeleet -hanke, Kotona kaikki -hanke "
                   "ja Pieni apu -hanke.")
    assert len(parts) == 3


def test_a_singular_participle_says_it_of_the_first_project_only() -> None:
    parts = _parts("Tulevaisuuden sote-keskus -ohjelmaan kuuluva Arjen askeleet -hanke ja Kotona kaikki -hanke "
                   "alkoivat keväällä.")
    assert len(parts) == 1


def test_every_project_listed_before_the_copula_is_the_programmes() -> None:
    parts = _parts("Arjen askeleet -hanke, Kotona kaikki -hanke ja Pieni apu -hanke ovat Tulevaisuuden sote-keskus "
                   "-ohjelman hankkeita.")
    assert len(parts) == 3
    assert len(_parts("Arjen askeleet -hanke ja Kotona kaikki -hanke toteutetaan Tulevaisuuden sote-keskus "
                      "-ohjelman osana.")) == 2


def test_a_project_before_the_list_in_another_clause_stays_out() -> None:
    parts = _parts("Kotona kaikki -hanke päättyi. Arjen askeleet -hanke on Tulevaisuuden sote-keskus -ohjelman hanke.")
    assert len(parts) == 1
