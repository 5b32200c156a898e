"""The arkg explorer: ``streamlit run app.py`` (same configuration as the ``arkg`` command)."""

from __future__ import annotations

import streamlit as st

from explorer import frontend
from explorer.i18n import DEFAULT, INTERFACE, t
from explorer.nav import all_pages

# An emoji favicon is drawn locally; a Material icon one would be fetched from Google's font CDN.
st.set_page_config(page_title="arkg", page_icon="🕸️", layout="wide")
frontend.preload()

if "lang" not in st.session_state:
    st.session_state["lang"] = DEFAULT
with st.sidebar:
    st.markdown(f"**{t('app.title')}**")
    st.radio(t("app.language"), list(INTERFACE), format_func=INTERFACE.__getitem__, key="lang", horizontal=True)

st.navigation(all_pages()).run()
