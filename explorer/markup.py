"""Text from the graph or the user, put on screen as text: never read as Markdown or HTML."""

from __future__ import annotations

import re

#: Characters Streamlit's Markdown gives a meaning to (CommonMark's punctuation, ``$`` for LaTeX, ``:`` for icons).
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$:])")


def plain(text: object) -> str:
    """``text`` escaped for Markdown (labels, captions, headings): it shows as typed."""
    return _MARKDOWN.sub(r"\\\1", str(text)).replace("\n", " ")
