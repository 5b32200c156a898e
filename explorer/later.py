"""What a page draws below the fold waits until the browser has painted what is above it.

Streamlit sends a page's elements as the script makes them, but the browser shows a text box only
once its code is fetched, and a page that also holds tables and a chart fetches and compiles
their code (about 2.5 MB: the data grid, Arrow, Vega) at the same time: on a busy machine the
landing page's search box then appeared seconds after its heading. :func:`painted` places an
invisible component after the first screen; its script waits until ``selector`` (the page's
search box) is in the page and drawn, then reports it, and that rerun draws the rest. The
report is kept while the user stays on the page (a rerun draws everything at once) and dropped
when they leave (Streamlit forgets the state of a component a run does not draw), so every
visit to the page paints its first screen first. If the element never appears, the script
reports anyway after :data:`PATIENCE_MS`, so the rest is never lost.
"""

from __future__ import annotations

import functools

import streamlit as st
from streamlit.components.v2 import component
from streamlit.components.v2.types import ComponentRenderer

#: The longest the rest of a page waits for the first screen (ms), e.g. if its element never comes.
PATIENCE_MS = 4000
_JS = """// arkg: report once the page's first screen is drawn (explorer/later.py)
export default function ({ data, setStateValue }) {
  if (!data) return;
  const started = performance.now();
  const report = () => setStateValue("painted", true);
  const look = () => {
    if (document.querySelector(data.selector) || performance.now() - started > data.patience) {
      requestAnimationFrame(() => requestAnimationFrame(report));  // after the frame that shows it
    } else {
      requestAnimationFrame(look);
    }
  };
  look();
}
"""


@functools.cache
def _renderer() -> ComponentRenderer:
    return component("arkg_painted", js=_JS)


def _ignore() -> None:
    """State changes need a callback to rerun the app; the rerun itself is all that is wanted."""


def painted(key: str, selector: str) -> bool:
    """Whether the browser has drawn ``selector`` on this visit to the page (False on a visit's first run)."""
    with st.sidebar:  # not in the page's own block: the code it needs never holds up the first screen
        result = _renderer()(key=key, data={"selector": selector, "patience": PATIENCE_MS},
                             default={"painted": False}, height=0, on_painted_change=_ignore)
    return bool(result.get("painted"))

