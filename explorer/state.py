"""What every page shares: the configured store (one per process), the name index, and error display.

The explorer reads the same configuration as the CLI (``ARKG_DATA_DIR``, ``ARKG_STORE``,
``ARKG_GRAPH``, ``NEO4J_*``), so ``streamlit run app.py`` shows the graph ``arkg build`` wrote.
Pages only see the :class:`~graph.stores.base.Store` protocol, never which store it is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from arkg.explorer.i18n import t
from arkg.graph.search import NameIndex, build_index
from arkg.graph.settings import Settings
from arkg.graph.stores import Store, StoreError, open_store

#: Seconds a query result cached with ``st.cache_data`` is reused by every session (ingest clears it at once).
FRESH = 60
#: Seconds a result keyed by the graph's build (:func:`build_key`) is reused: a new ``arkg build``
#: changes the key and an upload through the explorer clears it at once (:func:`forget_derived`), so
#: only writes by another process that records no build wait this long to show.
BUILT = 600
#: The newest build record (pipeline/provenance.py): its id and end time name the graph's state.
LATEST_BUILD = "MATCH (b:Build) RETURN b.id AS id, b.ended AS ended ORDER BY b.ended DESC, b.id LIMIT 1"


def settings() -> Settings:
    return Settings.from_env()


@st.cache_resource(show_spinner=False)
def _open(settings: Settings) -> Store:
    return open_store(settings)


@st.cache_resource(show_spinner=False)
def _index(_store: Store, settings: Settings) -> NameIndex:
    return build_index(_store)


def store() -> Store:
    """The store for this process; a page that cannot reach it stops with one clear line."""
    try:
        return _open(settings())
    except (StoreError, ValueError, OSError) as exc:
        st.error(t("store.unavailable", error=exc))
        st.stop()


def name_index() -> NameIndex:
    return _index(store(), settings())


@st.cache_resource(show_spinner=False)
def _projection(_store: Store, settings: Settings) -> Any:
    from arkg.graph.projection import to_networkx

    return to_networkx(_store)


def projection() -> Any:
    """The whole graph as networkx (for analytics), read once per process and store."""
    return _projection(store(), settings())


@st.cache_data(ttl=FRESH, show_spinner=False)
def _agendas(_store: Store, settings: Settings) -> frozenset[str]:
    return frozenset(r["id"] for r in _store.read("MATCH (d:Document {kind: 'agenda'}) RETURN d.id AS id").rows)


def agenda_documents() -> frozenset[str]:
    """Documents that are agendas: their blocks are numbered by position, not as printed (no ¶ numbers)."""
    return _agendas(store(), settings())


def forget_derived() -> None:
    """Rebuild the name index, the projection and every cached query result on next use (the graph changed)."""
    _index.clear()
    _projection.clear()
    st.cache_data.clear()


def build_key(graph: Store) -> str:
    """Which build the graph holds (one short query), to key what is cached about the whole graph."""
    rows = graph.read(LATEST_BUILD).rows
    return f"{rows[0]['id']}@{rows[0]['ended']}" if rows else ""


@st.cache_data(ttl=BUILT, show_spinner=False)
def _stats(_store: Store, settings: Settings, build: str) -> dict[str, dict[str, int]]:
    return _store.stats()


def require_data(graph: Store) -> dict[str, dict[str, int]]:
    """The store's counts (one count per label and type, so cached per build); an empty graph stops the page."""
    stats = _stats(graph, settings(), build_key(graph))
    if not stats.get("nodes"):
        st.info(t("store.empty"))
        st.stop()
    return stats


def guarded(page: Callable[[], Any], module: str | None = None) -> Callable[[], None]:
    """Run a page so that any failure shows as one line in the user's language, never a traceback.

    ``module`` names the package a page is built on; if it is missing (another part of arkg not
    installed), only that page says so. Streamlit's own control flow (stop, rerun, switch page)
    derives from ``BaseException`` and passes through.
    """

    def run() -> None:
        try:
            page()
        except ModuleNotFoundError as exc:
            st.warning(t("module.missing", module=module or exc.name, error=exc))
        except StoreError as exc:
            st.error(t("store.failed", error=exc))
        except Exception as exc:  # the last line of defence: one line, in the user's language
            st.error(t("page.failed", error=f"{type(exc).__name__}: {exc}"))

    run.__name__ = page.__name__  # st.Page derives the URL path from the function name
    return run
