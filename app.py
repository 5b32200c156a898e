"""The arkg explorer: ``streamlit run app.py`` (same configuration as the ``arkg`` command)."""

from __future__ import annotations

import streamlit as st

from arkg.explorer import frontend, search
from arkg.explorer.i18n import INTERFACE, choose, direction, remember, t
from arkg.explorer.nav import all_pages

# An emoji favicon is drawn locally; a Material icon one would be fetched from Google's font CDN.
st.set_page_config(page_title="arkg", page_icon="🕸️", layout="wide")

choose()  # the URL's ?lang= first, so a shared link opens in its language
with st.sidebar:
    st.markdown(f"**{t('app.title')}**")
    st.radio(t("app.language"), list(INTERFACE), format_func=INTERFACE.__getitem__, key="lang", horizontal=True,
             persist_state="session")  # kept when the user goes to another page
    search.box()
remember()
if direction() == "rtl":
    st.html("<style>[data-testid='stMain'], [data-testid='stSidebar'] { direction: rtl; text-align: right; }</style>")

current = st.navigation(all_pages())
# The graph's 5 MB frontend: fetched while Explore's queries run, and after any other page but the
# landing page, so that fetching and compiling it never holds up a page's first paint (the next graph
# finds it ready); a first visit's landing page leaves the server and the browser to Streamlit's own.
if current.url_path == "explore":
    frontend.preload()
current.run()
if current.url_path not in ("explore", ""):  # "": the default page, the landing page
    frontend.preload()
