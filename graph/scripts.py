"""Which of the UN languages a text's script gives away: one detector for the whole code base.

Han shows Chinese, Cyrillic Russian and Arabic script Arabic; the three Latin-script languages
(English, French, Spanish) need words, not characters, to tell apart. The reference-data loader
(aliases), the extractor (a document's language) and the RDF export (language tags) all ask here,
so that they agree on every character.
"""

from __future__ import annotations

import re

#: Unicode ranges of each script that shows a language: CJK unified ideographs (with extension A
#: and the compatibility block), Cyrillic, Arabic (with its supplement and presentation forms).
RANGES: dict[str, str] = {
    "zh": "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff",
    "ru": "\u0400-\u04ff",
    "ar": "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff",
}
#: One character class per language whose script shows it.
SCRIPTS: dict[str, re.Pattern[str]] = {lang: re.compile(f"[{chars}]") for lang, chars in RANGES.items()}


def script_language(text: str) -> str | None:
    """The language a text's script gives away (Han → zh, Cyrillic → ru, Arabic → ar), else None."""
    return next((lang for lang, pattern in SCRIPTS.items() if pattern.search(text)), None)
