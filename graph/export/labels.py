"""SKOS labels of a node, as a consumer without our ontology expects them.

One ``skos:prefLabel`` per language, always language-tagged (SHACL checks ``sh:languageIn`` and
``sh:uniqueLang``); every other name as ``skos:altLabel``, tagged when its language is known, and
never the same string as a preferred label (SKOS S13, and what label-matching tools trip on).

Where the languages come from, in order of trust:

1. the column a value was read from (``name_fr``, ``title_zh`` → fr, zh);
2. for untagged strings (display names, aliases), the language the string is written in, told by
   one detector (lingua, restricted to the six UN languages); an acronym or a string the detector
   is unsure of stays untagged;
3. sessions, agenda items, paragraphs and documents are also called by a code made from their
   properties (``WG-AR 11``, ``Item 4(b)``, ``A/CONF/1 ¶17``, the symbol), in the English
   convention: their ``en`` preferred label unless an English name or title is recorded. A node
   with no name at all is labelled by its id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from arkg.graph.model import LANGUAGES
from arkg.graph.scripts import RANGES as SCRIPT_RANGES

#: Node properties holding names, in the order a preferred label is chosen from them.
NAME_KEYS = ("name", "title")
#: Node properties holding alternate names.
ALIAS_KEYS = ("acronym", "aliases")
#: The label every node falls back to is written in this language.
FALLBACK_LANGUAGE = "en"
#: How sure the detector must be (relative distance between the best and the next language).
_MIN_DISTANCE = 0.3
#: No lower-case Latin letter and no letter of a script that shows its language (graph/scripts.py).
_ACRONYM = re.compile(f"^[^a-z\u00e0-\u024f{''.join(SCRIPT_RANGES.values())}]*$")


@cache
def _detector() -> LanguageDetector:
    languages = [Language.from_iso_code_639_1(_iso(code)) for code in LANGUAGES]
    return LanguageDetectorBuilder.from_languages(*languages).with_minimum_relative_distance(_MIN_DISTANCE).build()


def _iso(code: str) -> Any:
    from lingua import IsoCode639_1

    return getattr(IsoCode639_1, code.upper())


@cache
def detect_language(text: str) -> str | None:
    """The UN language a string is written in, or None for acronyms and strings the detector is unsure of."""
    if not text.strip() or _ACRONYM.match(text):
        return None
    found = _detector().detect_language_of(text)
    return found.iso_code_639_1.name.lower() if found is not None else None


@dataclass(slots=True)
class Labels:
    preferred: dict[str, str] = field(default_factory=dict)  #: language → label
    alternate: dict[tuple[str, str | None], None] = field(default_factory=dict)  #: (label, language), ordered

    def add(self, text: str, language: str | None, *, preferred: bool) -> None:
        text = " ".join(str(text).split())
        if not text:
            return
        if preferred and text in self.preferred.values():
            return  # a display name repeating a name of known language says nothing new
        if preferred and language is not None and language not in self.preferred:
            self.preferred[language] = text
        else:
            self.alternate.setdefault((text, language), None)

    def finish(self) -> Labels:
        """No alternate repeats a preferred label (in any language: the string is what matchers compare)."""
        taken = set(self.preferred.values())
        self.alternate = {k: None for k in self.alternate if k[0] not in taken}
        return self


def _values(value: Any) -> list[str]:
    return [str(v) for v in (value if isinstance(value, list) else [value]) if v not in (None, "")]


def node_labels(label: str, props: dict[str, Any]) -> Labels:
    """The SKOS labels of one node (``label`` is its type label, ``props`` its property-graph properties)."""
    out = Labels()
    for key in NAME_KEYS:  # names from language columns first: they are the most trusted
        for lang in LANGUAGES:
            for text in _values(props.get(f"{key}_{lang}")):
                out.add(text, lang, preferred=True)
    for key in NAME_KEYS:  # then display names, in the language they are written in
        for text in _values(props.get(key)):
            out.add(text, detect_language(text), preferred=True)
    for key in ALIAS_KEYS:
        for text in _values(props.get(key)):
            out.add(text, detect_language(text), preferred=False)
    made = made_label(label, props)
    if made and label != "Mention":  # a session, item, paragraph or document is also called by its code
        out.add(made, FALLBACK_LANGUAGE, preferred=True)
    if not out.preferred:
        language = props.get("language") if label == "Mention" else None
        text = made or next((t for (t, lang) in out.alternate if lang is None), None) or str(props.get("id") or "")
        out.add(text, language if language in LANGUAGES else FALLBACK_LANGUAGE, preferred=True)
    return out.finish()


def made_label(label: str, props: dict[str, Any]) -> str | None:
    """A short label for a node without a name: what a reader of UN documents would call it."""
    id_ = str(props.get("id", ""))
    if label == "Session" and props.get("body") and props.get("number") is not None:
        return f"{str(props['body']).upper()} {props['number']}"
    if label == "AgendaItem":
        printed = str(props.get("number") or props.get("item") or id_.rpartition("/")[2])
        return f"Item {''.join(printed.split())}"
    if label == "Paragraph":
        document = str(props.get("document") or id_.partition("/para/")[0])
        return f"{document.removeprefix('document/')} ¶{props.get('number') or id_.rpartition('/')[2]}"
    if label == "Document":
        return str(props.get("symbol") or id_.removeprefix("document/")) or None
    if label == "Mention":
        return next((t for key, v in props.items() if key == "text" or key.startswith("text_") for t in _values(v)),
                    None)
    return None
