"""Extraction work grows with the document, not with its square.

No clocks here (timing goals live in benchmarks/bench_scaling.py): the tests count
work. A 4x longer document of the same kind must cost about 4x the executed lines in
the document-level code (document.py, resolve.py, people.py, posts.py, ...), where the
cross-sentence loops live; a pairwise scan over mentions or items shows up as a 2x-3x jump in lines per
character. The merge index must find the same clusters as comparing every pair.
"""

from __future__ import annotations

import csv
import random
from collections.abc import Iterable
from importlib.resources import files

import pytest

import welfare_kg.extract.document as document
import welfare_kg.extract.resolve as resolve
from tests.helpers import line_events, lines_executed, record
from welfare_kg.extract.gazetteer import reference_gazetteer
from welfare_kg.extract.model import Mention
from welfare_kg.synthetic.generate import generate_document

# every module with loops over a whole document (per-sentence modules are bounded by sentence length)
DOC_LEVEL = ("/extract/document.py", "/extract/resolve.py", "/extract/people.py", "/extract/posts.py",
             "/extract/spans.py", "/extract/finishing.py", "/extract/pages.py", "/extract/lists.py",
             "/extract/fields.py", "/extract/titles.py", "/extract/tables.py", "/extract/item_titles.py",
             "/extract/caps_titles.py", "/extract/person_forms.py", "/extract/swedish_bodies.py", "/extract/layout.py")



def _minutes(n_docs: int) -> str:
    """A compilation of different minutes and news: places, projects, people and items all grow with n."""
    return "\n\n".join(generate_document(11, i).text for i in range(n_docs))


@pytest.mark.parametrize("kind", ["minutes", "news"])  # minutes rules (people, items) and page rules (lists, cards)
def test_document_level_work_is_linear_in_size(kind: str) -> None:
    small, large = _minutes(10), _minutes(40)
    rec_small, rec_large = record(small, kind=kind), record(large, kind=kind)
    if kind == "minutes":
        assert len(rec_large.items) >= 3 * len(rec_small.items) > 0  # more items, mentions and sentences
    per_char_small = lines_executed(lambda: document.extract_document(rec_small), DOC_LEVEL) / len(small)
    per_char_large = lines_executed(lambda: document.extract_document(rec_large), DOC_LEVEL) / len(large)
    # linear: ~1.0; the pairwise loops this replaced gave 2.3 on these two documents
    assert per_char_large / per_char_small < 1.4, (per_char_small, per_char_large)


def _mentions(n: int, seed: int = 5) -> list[Mention]:
    """Project, programme and agreement mentions whose names, acronyms and keys recur and nest."""
    rng = random.Random(seed)
    out: list[Mention] = []
    words = ["lapsi", "perhe", "tuki", "arki", "koti", "hoiva", "palvelu", "kehittäminen"]
    for i in range(n):
        typ = rng.choice(["Project", "Project", "Programme", "Agreement", "WorkPackage"])
        kind = rng.random()
        acronym, key = None, None
        if kind < 0.2:
            acronym = rng.choice(["TOP", "ARA", "LAPE", "VIP"])
            key = f"acronym:{acronym.lower()}" if rng.random() < 0.5 else None
        elif kind < 0.3:
            key = f"acronym:{rng.choice(['top', 'ara', 'lape', 'vip'])}"
        else:
            key = "-".join(sorted(set(rng.sample(words, rng.randint(1, 4)))))
        out.append(Mention(start=i * 10, end=i * 10 + 5, surface=f"m{i}", label=f"Nimi {i % 17}", type=typ,
                           acronym=acronym, key=key))
    return out


def _clusters(named: list[Mention], pairs: Iterable[tuple[int, int]]) -> list[frozenset[int]]:
    """The groups merging makes when it compares the given pairs."""
    uf = resolve._UnionFind(len(named))
    for i, j in pairs:
        if resolve._merge_reason(named[i], named[j]):
            uf.union(i, j)
    groups: dict[int, set[int]] = {}
    for i in range(len(named)):
        groups.setdefault(uf.find(i), set()).add(i)
    return sorted(frozenset(g) for g in groups.values())


def _clusters_all_pairs(named: list[Mention]) -> list[frozenset[int]]:
    """The definition: every pair compared."""
    return _clusters(named, ((i, j) for i in range(len(named)) for j in range(i + 1, len(named))))


def _clusters_indexed(named: list[Mention]) -> list[frozenset[int]]:
    return _clusters(named, resolve.candidate_pairs(named))


def test_indexed_merging_finds_the_clusters_of_all_pairs() -> None:
    for seed in range(30):
        named = _mentions(60, seed)
        assert _clusters_indexed(named) == _clusters_all_pairs(named), seed


def test_merge_comparisons_grow_linearly(monkeypatch) -> None:
    calls = 0
    real = resolve._merge_reason

    def counting(a: Mention, b: Mention) -> str | None:
        nonlocal calls
        calls += 1
        return real(a, b)

    monkeypatch.setattr(resolve, "_merge_reason", counting)
    counts = []
    for n in (200, 800):
        calls = 0
        resolve.resolve_undertakings(_mentions(n), "doc", set())
        counts.append(calls)
    # all pairs would be 19,900 and 319,600 comparisons; the index compares each mention with a few others
    assert counts[0] <= 2 * 200 and counts[1] <= 2 * 800, counts


def _board_minutes(n_items: int) -> str:
    """Minutes of one board whose name heads every item, with an attendance list: the meeting body is
    mentioned once per item, so a scan of every body mention against every mention is quadratic here."""
    head = ("Esimerkkilän kunta\nPerusturvalautakunta\nPÖYTÄKIRJA 3/2024\n\nLäsnä\n"
            "Liisa Laine, puheenjohtaja\nMatti Mäki, varapuheenjohtaja\nAnna Aho, jäsen\n\n")
    items = [f"§ {i} Perusturvalautakunta käsitteli asian {i}. Perusturvalautakunta päätti hyväksyä "
             f"Kotihoito {i} -hankkeen suunnitelman. Perusturvalautakunta merkitsi tiedoksi raportin.\n"
             for i in range(1, n_items + 1)]
    return head + "\n".join(items)


def test_meeting_body_mentions_do_not_make_posts_quadratic() -> None:
    small, large = _board_minutes(40), _board_minutes(160)
    rec_small, rec_large = record(small, kind="minutes"), record(large, kind="minutes")
    per_char_small = lines_executed(lambda: document.extract_document(rec_small), DOC_LEVEL) / len(small)
    per_char_large = lines_executed(lambda: document.extract_document(rec_large), DOC_LEVEL) / len(large)
    assert per_char_large / per_char_small < 1.4, (per_char_small, per_char_large)


def _town_lists(n_towns: int) -> str:
    """Grant news naming n towns' clubs, branches and list rows: the shapes the document-wide name rules
    (local_associations, place_rows, listed_receivers, kind_lists) read, with names that grow with n."""
    rows = csv.DictReader(files("welfare_kg.data").joinpath("municipalities.csv").read_text("utf-8").splitlines())
    towns = [r["name_fi"] for r in rows if r["name_fi"][-1] in "aäoöuy" and " " not in r["name_fi"]][:n_towns]
    assert len(towns) == n_towns
    return "\n".join(f"{t}n Eläkeläiset ja {t}n SPR saivat kumpikin 1 000 euroa. {t}n kaupunginhallitus päätti "
                     f"avustuksista. Avustuksen saivat:\n• Kylätalo {t}la, {t}\n• {t}n Nuorisotuki ry, {t}\n"
                     for t in towns)


def _in_extract(file_name: str) -> bool:
    return "/extract/" in file_name


def test_no_extraction_function_grows_with_the_square_of_the_names() -> None:
    """Per function, not in total: a scan of every mention for every town (this session's local_associations) or a
    list rebuilt for every name put in is a small share of a short text's work, so the total hides it, while on a
    20 MB page it was most of the time. At 4x the towns every function must do about 4x the work."""
    gaz = reference_gazetteer()
    small, large = _town_lists(12), _town_lists(48)
    before = line_events(lambda: document.extract_document(record(small), gazetteer=gaz), _in_extract)
    after = line_events(lambda: document.extract_document(record(large), gazetteer=gaz), _in_extract)
    size = len(large) / len(small)
    growth = {k: n / max(before.get(k, 0), 1) / size for k, n in after.items() if n > 2000}
    assert growth and max(growth.values()) < 1.6, sorted(growth.items(), key=lambda kv: -kv[1])[:3]


def test_item_title_checks_do_not_scan_every_name_for_every_title() -> None:
    """Minutes whose items grow with their names: each title's name was checked against every project and
    organisation of the document (item_titles.title_projects, 1.9x the line events per character at 4x the
    minutes), and every undertaking against every title; by bisection each function grows with the text."""
    small, large = _minutes(10), _minutes(40)
    in_titles = lambda name: name.endswith("/extract/item_titles.py")  # noqa: E731
    before = line_events(lambda: document.extract_document(record(small, kind="minutes")), in_titles)
    after = line_events(lambda: document.extract_document(record(large, kind="minutes")), in_titles)
    size = len(large) / len(small)
    growth = {k: n / max(before.get(k, 0), 1) / size for k, n in after.items() if n > 500}
    assert growth and max(growth.values()) < 1.5, sorted(growth.items(), key=lambda kv: -kv[1])[:3]


def _project_and_towns(n_towns: int) -> str:
    """A page whose main project carries a place in its name, then n towns each with a project of its own: the
    places named alone and the project spans both grow with n."""
    rows = csv.DictReader(files("welfare_kg.data").joinpath("municipalities.csv").read_text("utf-8").splitlines())
    towns = [r["name_fi"] for r in rows if r["name_fi"][-1] in "aäoöuy" and " " not in r["name_fi"]][:n_towns]
    head = ("Perinnetietoa Paimiosta -hanke\n\nPerinnetietoa Paimiosta -hanke keräsi valokuvia. Aineistoa kerättiin "
            "Paimion asukkailta. Perinnetietoa Paimiosta -hanke päättyi keväällä.\n\n")
    return head + "\n\n".join(f"{t}n kaupunki käynnisti Kylätoiminta {i} -hankkeen. Hanke toimii {t}n kylissä."
                              for i, t in enumerate(towns))


def test_places_in_the_main_project_name_are_not_checked_against_every_project() -> None:
    """project_name_areas asked, for each place named alone, whether any project span of the document held it (an
    `any()` over every project mention): 11x the line events at 4x the towns, and on the 20.9 MB page the one core
    sat in that scan for many minutes after the rules. By bisection (spans.Cover) it grows with the text."""
    gaz = reference_gazetteer()
    small, large = _project_and_towns(12), _project_and_towns(48)
    in_module = lambda name: name.endswith("/extract/project_name_areas.py")  # noqa: E731
    before = line_events(lambda: document.extract_document(record(small), gazetteer=gaz), in_module)
    after = line_events(lambda: document.extract_document(record(large), gazetteer=gaz), in_module)
    size = len(large) / len(small)
    growth = {k: n / max(before.get(k, 0), 1) / size for k, n in after.items() if n > 200}
    assert growth and max(growth.values()) < 1.6, sorted(growth.items(), key=lambda kv: -kv[1])[:3]


def _shared_first_word_names(n: int) -> tuple[str, list[Mention]]:
    """n project names that share their first word ("Lasten Abe polku", "Lasten Abi polku", ...), each read once
    and written again later inflected: every capital "Lasten" may begin any of the n names."""
    letters = "bdfghklmnprstv"
    seconds = [f"A{letters[i % 14]}{letters[i // 14 % 14]}{letters[i // 196 % 14]}e" for i in range(n)]
    read, mentions = [], []
    at = 0
    for w in seconds:
        label = f"Lasten {w} polku"
        sentence = f"Kunta käynnisti {label} -hankkeen. "
        start = at + len("Kunta käynnisti ")
        mentions.append(Mention(start=start, end=start + len(label), surface=label, label=label, type="Project",
                                key=label.lower()))
        read.append(sentence)
        at += len(sentence)
    echoes = "".join(f"Lasten {w} polkua jatketaan. Lasten hyvinvointi kasvaa. " for w in seconds)
    return "".join(read) + echoes, mentions


def test_name_echoes_do_not_try_every_name_at_every_capital() -> None:
    """name_echoes tried every name sharing a word's first three letters at each capitalised word: on the 20.9 MB
    benchmark page (thousands of names opening "Lasten", "Lastensuojelun", ...) 15x the CPU at 10x the text. By the
    leads of the first two words (name_echoes._LeadIndex) the work grows with the text; the echoes stay found."""
    from welfare_kg.extract.morphology import get_morphology
    from welfare_kg.extract.name_echoes import name_echoes

    morph = get_morphology()
    in_module = lambda name: name.endswith("/extract/name_echoes.py")  # noqa: E731
    counts, found = [], []
    for n in (40, 160):
        text, mentions = _shared_first_word_names(n)
        counts.append(sum(line_events(lambda t=text, ms=mentions: found.append(name_echoes(t, ms, morph)),
                                      in_module).values()) / len(text))
    assert [len(x) for x in found] == [40, 160], [len(x) for x in found]  # "Lasten Abe polkua" echoes each name
    assert counts[1] / counts[0] < 1.5, counts


# kind words of money sentences ("Ministeriö myönsi", "Kunta on saanut", "ELY-keskus myönsi") beside the names they
# point back to: the passes reading them once scanned every name per word (the 20.9 MB page's 2026-12-05 regression)
MONEY_KIND_WORDS = ("Ministeriö myönsi kunnalle 5 000 euroa. Kunta on saanut avustusta säätiöltä. "
                    "Yhdistys sai avustusta 300 euroa. ELY-keskus myönsi rahoitusta.")


@pytest.mark.parametrize("kind", ["news", "minutes"])  # the rules of minutes (items, letterheads) run on minutes only
def test_every_extraction_module_is_linear_in_size(kind: str) -> None:
    """Module by module, not in total: a new pass that is quadratic hides in the total of a hundred linear ones until
    a page is large enough (a module must run at the small size too, so a rule a longer page first sets off, such as
    a page-level reading that needs several projects, is not taken for growth)."""
    def page(n: int) -> str:
        return "\n\n".join(generate_document(11, i).text + "\n\n" + MONEY_KIND_WORDS for i in range(n))

    small, large = page(8), page(32)
    counts = []
    for text in (small, large):
        events = line_events(lambda t=text: document.extract_document(record(t, kind=kind)),
                             lambda name: "/extract/" in name)
        by_file: dict[str, int] = {}
        for (file, _fn), n in events.items():
            by_file[file] = by_file.get(file, 0) + n
        counts.append(by_file)
    growth = {f: (n / len(large)) / (counts[0][f] / len(small)) for f, n in counts[1].items()
              if n >= 3000 and counts[0].get(f, 0) >= 300}
    assert len(growth) > 50  # the measure reaches most of the extraction
    assert max(growth.values()) < 1.5, sorted(growth.items(), key=lambda kv: -kv[1])[:5]
