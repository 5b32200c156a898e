"""The explorer's interface language: one catalogue file per language in ``explorer/locales/``.

A catalogue (``en.toml``, ``zh.toml``, …) holds the interface's sentences (``[text]``), the short
captions drawn on graph nodes (``[caption]``), its name and writing direction (``[meta]``; Arabic
is ``rtl``). Type and relationship names come from ``schema.ttl`` (its ``rdfs:label`` per
language), so the explorer keeps no second list of them; a catalogue may add them (``[type]``,
``[rel]``) for a language the schema has no labels in, and the saved questions' titles
(``[question]``; their English is in ``queries/*.cypher``). Adding French is adding ``fr.toml``.

The language a page is shown in is, in order: ``?lang=`` in the URL (a shared link opens in the
language it was shared in), the language picked in the sidebar, the browser's language, Chinese.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import streamlit as st

from arkg.explorer.markup import plain
from arkg.graph.model import model

LOCALES = Path(__file__).resolve().parent / "locales"
#: Shown when nothing else says which language: the language of the documents arkg was created from.
DEFAULT = "zh"
#: The catalogue every other one is checked against, and falls back to for a missing sentence.
REFERENCE = "en"


@dataclass(frozen=True, slots=True)
class Catalogue:
    code: str
    name: str
    direction: str  #: "ltr" or "rtl"
    text: dict[str, str] = field(default_factory=dict)
    captions: dict[str, str] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)
    rels: dict[str, str] = field(default_factory=dict)
    questions: dict[str, str] = field(default_factory=dict)  #: "<name>.title" / "<name>.question"


def read_catalogue(path: Path) -> Catalogue:
    """One ``locales/<code>.toml``; a malformed file fails with its name and the problem."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        meta = data["meta"]
        return Catalogue(path.stem, str(meta["name"]), str(meta.get("dir", "ltr")),
                         {str(k): str(v) for k, v in data.get("text", {}).items()},
                         {str(k): str(v) for k, v in data.get("caption", {}).items()},
                         {str(k): str(v) for k, v in data.get("type", {}).items()},
                         {str(k): str(v) for k, v in data.get("rel", {}).items()},
                         {str(k): str(v) for k, v in data.get("question", {}).items()})
    except (tomllib.TOMLDecodeError, KeyError, OSError) as exc:
        raise ValueError(f"{path}: not a valid interface catalogue ({type(exc).__name__}: {exc})") from exc


@cache
def catalogues() -> dict[str, Catalogue]:
    """Every catalogue in ``locales/``: the default language first, then English, then the rest by code."""
    found = {path.stem: read_catalogue(path) for path in sorted(LOCALES.glob("*.toml"))}
    order = sorted(found, key=lambda code: (code != DEFAULT, code != REFERENCE, code))
    return {code: found[code] for code in order}


#: Interface languages offered in the sidebar, in the order shown: code → its own name.
INTERFACE = {code: cat.name for code, cat in catalogues().items()}


def lang() -> str:
    """The interface language of this session (set from the URL by :func:`choose`)."""
    value = st.session_state.get("lang", DEFAULT)
    return value if value in INTERFACE else DEFAULT


def browser_language() -> str | None:
    """The browser's language if there is a catalogue for it (``zh-CN`` → ``zh``)."""
    locale = str(getattr(st.context, "locale", None) or "")
    code = locale.split("-")[0].lower()
    return code if code in INTERFACE else None


def choose() -> str:
    """Settle the session's language before the sidebar's picker is drawn; the URL says it first.

    A URL that names a language different from the one it named on the last run (a fresh page,
    a shared link, the back button) sets it; otherwise the picker's value stands.
    """
    url = st.query_params.get("lang")
    if url in INTERFACE and url != st.session_state.get("_lang_from_url"):
        st.session_state["lang"] = url
    elif "lang" not in st.session_state:
        st.session_state["lang"] = browser_language() or DEFAULT
    st.session_state["_lang_from_url"] = url
    return lang()


def remember() -> None:
    """Put the language in the URL (after the picker ran), so a copied URL opens in it."""
    if st.query_params.get("lang") != lang():
        st.query_params["lang"] = lang()
    st.session_state["_lang_from_url"] = lang()


def direction() -> str:
    return catalogues()[lang()].direction


def t(key: str, **values: Any) -> str:
    """The interface text ``key`` in the current language (English if this catalogue lacks it), filled in."""
    text = catalogues()[lang()].text.get(key) or catalogues()[REFERENCE].text[key]
    if not values:
        return text
    # values are often user input (an id from the address bar, a search, a file name, an error quoting a
    # query) and every message is shown through Streamlit's Markdown: escaped, "[text](url)" stays text
    return text.format(**{k: v if isinstance(v, int | float) else plain(v) for k, v in values.items()})


def caption_template(kind: str) -> str:
    return catalogues()[lang()].captions.get(kind) or catalogues()[REFERENCE].captions[kind]


def question_text(name: str, field_: str, default: str) -> str:
    """A saved question's title or question in the interface language (the file's own English otherwise)."""
    return catalogues()[lang()].questions.get(f"{name}.{field_}") or default


def type_name(label: str) -> str:
    """A node type's name in the interface language: the catalogue's, else the schema's, else English."""
    own = catalogues()[lang()].types.get(label)
    names = model().node_type(label).names if label in model().labels else {}
    return own or names.get(lang()) or names.get(REFERENCE) or label


def rel_name(type_: str) -> str:
    """A relationship type's name in the interface language (never the raw ``MENTIONS``)."""
    own = catalogues()[lang()].rels.get(type_)
    names = model().rel_type(type_).names if type_ in model().relationship_types else {}
    return own or names.get(lang()) or names.get(REFERENCE) or type_.replace("_", " ").lower()
