"""The baseline for the explorer's landing-page timings: a bare Streamlit app, served like ``app.py``.

The machine the explorer is timed on is shared and its load varies, so a landing-page figure alone
says little; timed in the same run beside this app, the difference is what arkg itself adds. It is
the least a Streamlit app can show for the same check (:func:`bench.browser.landing_first_paint`):
the landing page's heading (the explorer's own title, read from its catalogue) and a text box,
and a second page with a ``<mark>`` to navigate from — no store, no queries, no sidebar content.
Served by ``streamlit run`` from the same folder as ``app.py`` (so with the same ``.streamlit/``
configuration) by :func:`bench.browser.serve`.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import streamlit as st

LOCALES = Path(__file__).resolve().parent.parent / "explorer" / "locales"


def _text(key: str) -> str:
    lang = st.session_state["lang"]
    catalogue = LOCALES / f"{lang if (LOCALES / f'{lang}.toml').is_file() else 'en'}.toml"
    return str(tomllib.loads(catalogue.read_text(encoding="utf-8"))["text"][key])


def landing() -> None:
    st.title(_text("page.overview"))
    st.text_input(_text("search.box"))


def entity() -> None:
    st.markdown("<mark>baseline</mark>", unsafe_allow_html=True)


# the interface language of the URL, kept for the session as the explorer keeps it (?lang= is not in menu links)
st.session_state["lang"] = st.query_params.get("lang") or st.session_state.get("lang", "en")
st.navigation([st.Page(landing, title="landing", url_path="overview", default=True),
               st.Page(entity, title="entity", url_path="entity")]).run()
