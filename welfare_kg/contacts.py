"""Officials' contact data in text: found once here, used to link people and to keep them private.

Patterns start only at a token boundary and have bounded parts, so a long run of
letters cannot make matching quadratic (hypothesis found that the hard way).
"""

from __future__ import annotations

import re

EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]{1,64}(?:@|\(at\)|\[at\])(?P<domain>[\w-]{1,63}(?:\.[\w-]{1,63}){1,6})(?![\w-])",
    re.IGNORECASE)
PHONE = re.compile(r"(?:\+358|\b0)\d{1,3}[ -]?\d{3}[ -]?\d{3,4}\b")
REDACTED = "[yhteystieto]"


def contacts_in(text: str) -> list[str]:
    """E-mail addresses and phone numbers, in order of appearance."""
    found = [(m.start(), m.group(0)) for m in EMAIL.finditer(text)]
    found += [(m.start(), m.group(0)) for m in PHONE.finditer(text)]
    return [c for _, c in sorted(found)]


def email_domains(text: str) -> list[str]:
    return [m.group("domain").lower().rstrip(".") for m in EMAIL.finditer(text)]


def redact(text: str) -> str:
    """Text without e-mail addresses and phone numbers: those live in the contact graph only."""
    return PHONE.sub(REDACTED, EMAIL.sub(REDACTED, text))
