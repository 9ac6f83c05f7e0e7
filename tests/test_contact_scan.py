"""The contacts of a text are found once and kept (welfare_kg/contacts.py `scan_contacts`), so that extraction can find
a large document's e-mails and phones while forked processes recognise its sentences: the people then get the same
contacts as from a fresh scan. The names and numbers are invented."""

from __future__ import annotations

from welfare_kg import contacts
from welfare_kg.contacts import contacts_by_person, redact, scan_contacts

TEXT = ("Lisätietoja antavat\nAnna Virtanen, projektipäällikkö, p. 040 123 4567, anna.virtanen@esimerkki.fi\n"
        "Pekka Laine, suunnittelija, (09) 310 12345, pekka.laine@esimerkki.fi\n")


def _people() -> list[tuple[int, int, str]]:
    return [(TEXT.index(n), TEXT.index(n) + len(n), n) for n in ("Anna Virtanen", "Pekka Laine")]


def test_contacts_found_ahead_are_the_fresh_scan_s() -> None:
    contacts._contact_spans.cache_clear()
    fresh = contacts_by_person(TEXT, _people())
    assert fresh["Anna Virtanen"] == ["040 123 4567", "anna.virtanen@esimerkki.fi"]
    assert fresh["Pekka Laine"] == ["(09) 310 12345", "pekka.laine@esimerkki.fi"]
    contacts._contact_spans.cache_clear()
    scan_contacts(TEXT)
    assert contacts._contact_spans.cache_info().misses == 1
    assert contacts_by_person(TEXT, _people()) == fresh
    assert contacts._contact_spans.cache_info().hits == 1  # read back, not scanned again


def test_kept_spans_cannot_be_changed_by_a_caller() -> None:
    spans = contacts._contact_spans(TEXT)
    assert isinstance(spans, tuple) and len(spans) == 4
    assert "@" not in redact(TEXT) and "040" not in redact(TEXT)
    assert contacts._contact_spans(TEXT) == spans
