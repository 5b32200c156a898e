"""One script detector: the reference data, the extractor and the RDF export agree on every character
(issue 20: three detectors had different Unicode ranges)."""

from __future__ import annotations

import pytest

from arkg.graph.scripts import script_language
from arkg.ingest.extract import detect_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("\u3400\u3401", "zh"),  # CJK extension A, which one detector left out
        ("\uf900\uf901", "zh"),  # CJK compatibility ideographs, which another left out
        ("\ufefb\ufefc", "ar"),  # Arabic presentation forms (lam-alef ligatures)
        ("\u0750\u0751", "ar"),  # Arabic supplement
        ("Съезд", "ru"),
        ("Geneva", None),
    ],
)
def test_one_detector_for_every_reader(text: str, lang: str | None) -> None:
    assert script_language(text) == lang
    if lang is not None:  # a document written only in that script is read as that language
        assert detect_language(text * 5) == lang
