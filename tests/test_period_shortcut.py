"""extract/dates.find_period answers a sentence without a digit at once, and only such a sentence."""

from __future__ import annotations

import re

from welfare_kg.extract import dates
from welfare_kg.extract.dates import find_period


def test_no_digit_no_period() -> None:
    assert find_period("Hanke kestää koko vuoden, asti ja saakka.") == (None, None)
    assert find_period("") == (None, None)


def test_periods_still_found() -> None:
    assert find_period("Hanke toimii 1.3.2020 - 31.12.2022.") == ("2020-03-01", "2022-12-31")
    assert find_period("vuosina 2020–2022") == ("2020-01-01", "2022-12-31")
    assert find_period("voimassa 30.6.2021 asti") == (None, "2021-06-30")
    assert find_period("vuonna 2019 alkanut") == ("2019-01-01", "2019-12-31")


def test_any_unicode_digit_counts_as_the_patterns_count_it() -> None:
    """The short cut tests \\d as the patterns do, not [0-9]: a date in other digits is read as before."""
    arabic = "".join(chr(0x0660 + int(c)) if c.isdigit() else c for c in "1.2.2020 asti")
    assert re.search(r"[0-9]", arabic) is None
    assert find_period(arabic) == (None, "2020-02-01")
    assert dates._DIGIT.pattern == r"\d"
