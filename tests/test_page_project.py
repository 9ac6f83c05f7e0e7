"""One chooser of the page's own project (extract/page_project.py), asked by every rule family.

The pages and names are invented for these tests.
"""

from __future__ import annotations

from welfare_kg.extract.cooccurrence import most_named_project
from welfare_kg.extract.document_roles import main_project
from welfare_kg.extract.lists import _Mentions
from welfare_kg.extract.page_project import page_project
from welfare_kg.extract.relations import document_project, document_project_tied
from welfare_kg.records import Mention

ID = "https://example.org/id/"


def _at(text: str, name: str, iri: str, nth: int = 0, **kw: object) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Mention(start=start, end=start + len(name), surface=name, label=kw.pop("label", name),  # type: ignore[arg-type]
                   type="Project", iri=ID + iri, **kw)  # type: ignore[arg-type]


def _every_caller(ms: list[Mention]) -> set[str | None]:
    """What each former chooser now answers: one answer where no tie is broken by the opening."""
    return {document_project(ms), main_project([ms]), most_named_project([ms]), _Mentions(ms).main,
            page_project(ms).iri}


# an opening of more than layout.OPENING_CHARS characters, naming no project
_LEAD = "Yhdistyksen toimintakertomus vuodelta 2031. " * 8


def test_the_project_named_most_is_the_page_project_for_every_caller() -> None:
    text = _LEAD + "Kotipiha-hanke alkoi. Kotipiha jatkuu. Sillanrakentajat-hanke on sen kumppani."
    ms = [_at(text, "Kotipiha", "project/kotipiha"), _at(text, "Kotipiha", "project/kotipiha", 1),
          _at(text, "Sillanrakentajat", "project/silta")]
    assert _every_caller(ms) == {ID + "project/kotipiha"}
    assert not page_project(ms).tied


def test_a_tie_the_opening_does_not_break_leaves_no_page_project() -> None:
    text = _LEAD + "Rahoitusta saivat Kotipiha-hanke ja Sillanrakentajat-hanke."
    ms = [_at(text, "Kotipiha", "project/kotipiha"), _at(text, "Sillanrakentajat", "project/silta")]
    assert _every_caller(ms) == {None}
    got = page_project(ms)
    assert got.tied and got.leader == ID + "project/kotipiha"  # the first named, for a caller that wants one
    assert document_project_tied(ms)


def test_a_tie_the_opening_breaks_is_the_project_named_in_the_heading() -> None:
    text = "Kotipiha-hanke: loppuraportti\n" + _LEAD + ("Kotipiha jatkoi siitä, mihin Sillanrakentajat-hanke jäi. "
                                                   "Sillanrakentajat päättyi.")
    ms = [_at(text, "Kotipiha", "project/kotipiha"), _at(text, "Kotipiha", "project/kotipiha", 1),
          _at(text, "Sillanrakentajat", "project/silta"), _at(text, "Sillanrakentajat", "project/silta", 1)]
    assert {document_project(ms), main_project([ms]), _Mentions(ms).main} == {ID + "project/kotipiha"}
    # the sentence fallback, which pairs a bare "hanke" across sentences, asks for a project named strictly most
    assert most_named_project([ms]) is None and page_project(ms).strict is None


def test_a_project_named_in_passing_is_never_the_page_project() -> None:
    text = _LEAD + ("Yhteistyötahot: samanaikaiset hankkeet kuten Kasvumaa ja Kasvumaa II. Kasvumaa. "
                    "Valopolku-hanke alkaa.")
    ms = [_at(text, "Kasvumaa", "project/kasvumaa", aside=True), _at(text, "Kasvumaa", "project/kasvumaa", 2,
                                                                      aside=True),
          _at(text, "Valopolku", "project/valopolku")]
    assert _every_caller(ms) == {ID + "project/valopolku"}


def test_sub_projects_and_pilots_do_not_count() -> None:
    text = _LEAD + ("Kotipiha-hanke alkoi. Kotikulma -osahanke ja Kotikulma -osahanke jatkuvat. Pilotti Aamupuuro "
                    "ja pilotti Aamupuuro.")
    ms = [_at(text, "Kotipiha", "project/kotipiha"),
          _at(text, "Kotikulma -osahanke", "project/kotikulma", label="Kotikulma"),
          _at(text, "Kotikulma -osahanke", "project/kotikulma", 1, label="Kotikulma"),
          _at(text, "Aamupuuro", "project/aamupuuro", rule="pilot"),
          _at(text, "Aamupuuro", "project/aamupuuro", 1, rule="pilot")]
    assert _every_caller(ms) == {ID + "project/kotipiha"}


def test_a_name_read_twice_at_one_place_counts_once() -> None:
    text = _LEAD + "Arjen apu -hanke alkoi. Valopolku-hanke ja Valopolku jatkavat."
    outer = _at(text, "Arjen apu -hanke", "project/arjen-apu")
    inner = _at(text, "Arjen apu", "project/arjen-apu")
    ms = [outer, inner, _at(text, "Valopolku", "project/valopolku"), _at(text, "Valopolku", "project/valopolku", 1)]
    assert _every_caller(ms) == {ID + "project/valopolku"}


def test_two_spellings_of_one_project_count_together() -> None:
    # the short name before a comma, then the descriptive name alone: one project the resolver kept as two, which
    # counted apart tied with a partner project named once
    text = _LEAD + ("Dynamo, nuorten seudullinen työllisyyshanke alkoi. Nuorten seudullinen työllisyyshanke "
                    "palkkasi ohjaajan. Sillanrakentajat-hanke oli kumppani.")
    ms = [_at(text, "Dynamo, nuorten seudullinen työllisyyshanke", "project/dynamo"),
          _at(text, "Nuorten seudullinen työllisyyshanke", "project/nuorten"),
          _at(text, "Sillanrakentajat", "project/silta")]
    got = page_project(ms)
    assert got.named == 2 and not got.tied
    assert _every_caller(ms) == {ID + "project/dynamo"}  # one and one: the spelling written first answers
    text += " Nuorten seudullinen työllisyyshanke päättyi."  # written once more
    ms.append(_at(text, "Nuorten seudullinen työllisyyshanke", "project/nuorten", 1))
    assert _every_caller(ms) == {ID + "project/nuorten"}  # the spelling written most answers


def test_a_name_misspelt_by_one_letter_is_the_same_project() -> None:
    text = _LEAD + "Miä ite - myö yhessä alkoi. Mitä ite - myö yhessä jatkuu. Sillanrakentajat-hanke alkoi."
    ms = [_at(text, "Miä ite - myö yhessä", "project/mia-ite"), _at(text, "Mitä ite - myö yhessä", "project/mita-ite"),
          _at(text, "Sillanrakentajat", "project/silta")]
    assert _every_caller(ms) == {ID + "project/mia-ite"}


def test_a_numbered_sequel_is_another_project() -> None:
    text = _LEAD + "Kylien kehitys I päättyi. Kylien kehitys II alkoi."
    ms = [_at(text, "Kylien kehitys I", "project/kylat-1"), _at(text, "Kylien kehitys II", "project/kylat-2")]
    assert _every_caller(ms) == {None}
    text = _LEAD + "Tuu mukaan päättyi. Tuu mukaan2 alkoi."
    ms = [_at(text, "Tuu mukaan", "project/tuu"), _at(text, "Tuu mukaan2", "project/tuu-2")]
    assert page_project(ms).tied and page_project(ms).iri is None


def test_no_project_named() -> None:
    assert _every_caller([]) == {None}
    assert not page_project([]).tied


def test_a_funded_row_whose_runner_is_not_read_is_still_a_row_of_the_programme() -> None:
    """"Rahoitettavat X-hankkeet:" rows: a runner's name after the dash that the recogniser does not read (a new
    agency's coined name) still closes the row, so its project is a project of X; it runs nothing that is known."""
    from helpers import fact_rows, has_fact

    from welfare_kg.extract.gazetteer import reference_gazetteer

    text = ("ESR-rahastosta uusille hankkeille tukea\n\nRahoitettavat ESR-hankkeet:\n\n"
            " • Kotipolku – hanke (nuorten ohjauksen kehittäminen) - Vuomakkovirasto\n"
            " • Yhdessä eteenpäin – nuorten ohjausmalli - Rovaniemen kaupunki\n • Avoin ovi –\n\n"
            "Hankkeet alkavat keväällä.")
    out = fact_rows(reference_gazetteer(), text)
    assert has_fact(out, "project/kotipolku", "partOf", "programme/esr")
    assert has_fact(out, "project/eteenpain-yhdessa", "partOf", "programme/esr")
    assert [o for _s, p, o, _a, _r in out if p == "coordinates"] == ["municipality/698"] or \
        [s for s, p, _o, _a, _r in out if p == "coordinates"] == ["municipality/698"]
    assert not any("avoin" in s for s, _p, _o, _a, _r in out)  # the cut row gives nothing


def test_a_fund_beside_a_programme_on_a_page_of_two_projects_funds_no_programme() -> None:
    """A page naming two projects equally often has no project of its own, but it is still a page about projects:
    "EAKR:n rahoitusta Interreg Europe -ohjelman kautta" says where the programme's money comes from, no grant."""
    from helpers import labelled_grants

    text = ("Järvimaan toimijat onnistuivat saamaan yli 400 000 euroa Euroopan aluekehitysrahaston rahoitusta "
            "Interreg Europe –yhteistyöohjelman toiselta hakukierrokselta.\n"
            "Rahoitusta saivat Arjen apu -hanke ja Kylätalo-hanke.")
    assert not labelled_grants(text, rule="funds:via-fund")
