"""posts.clean_role is kept per role string (lru_cache): a cached answer must be the function's own, for any
role, asked once or again, in any order."""

from __future__ import annotations

import random

from welfare_kg.extract.posts import clean_role

_ROLES = ["puheenjohtaja", "varapj.", "puh. joht.", "kaup.joht. klo 18.05-19.30", "t.o.m. 47 äldreomsorgschef",
          "29 kehitysjohtaja", "puh vt. johtaja", "Sekreterare Paragrafer 26 -- 38", "x, 18:00 - 19:15 jäsen",
          "fullmäktiges ordförande X", "kommunsekr.", "läsnä klo 18.30 alkaen", " , (Kesk) x jäsen ", "", "  ",
          "förvaltn.dir.", "sivistysjoht., poissa", "kunnansiht. 12:00"]


def test_cached_equals_uncached() -> None:
    for role in _ROLES + _ROLES[::-1]:
        assert clean_role(role) == clean_role.__wrapped__(role), role


def test_random_roles() -> None:
    rng = random.Random(3)
    pieces = [*_ROLES, " ", ",", ".", "x", "X", "18.05", "-", "§§ 1-4", "klo", "puh.", "(Vas)", "ordf."]
    roles = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) for _ in range(500)]
    for role in roles + roles:
        assert clean_role(role) == clean_role.__wrapped__(role), role


def test_answer_kept_per_string() -> None:
    clean_role.cache_clear()
    first = clean_role("puheenjohtaja klo 18.00")
    assert first == "puheenjohtaja" and clean_role("puheenjohtaja klo 18.00") is first
    assert clean_role.cache_info().hits == 1
