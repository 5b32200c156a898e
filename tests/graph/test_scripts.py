"""One script detector: the reference data, the extractor and the RDF export agree on every character
(issue 20: three detectors had different Unicode ranges)."""

from __future__ import annotations

import pytest

from arkg.graph.export import labels
from arkg.graph.export.rdf import normalise_quote
from arkg.graph.scripts import script_language
from arkg.ingest.authority import countries, geography
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


@pytest.mark.parametrize(
    ("text", "lang"),
    [("\u3400\u3401", "zh"), ("\uf900\uf901", "zh"), ("\ufefb\ufefc", "ar"), ("\u0750\u0751", "ar"), ("Съезд", "ru")],
)
def test_the_other_readers_of_a_script_use_its_ranges(text: str, lang: str) -> None:
    """The country generator's script check, the label acronym test, the place-name Han filter and the
    quote normaliser read graph/scripts.py's ranges, not their own (issue 20)."""
    assert countries._script_ok(lang, text)
    assert not labels._ACRONYM.match(text)  # a word in a cased or non-Latin script is not an acronym
    if lang == "zh":
        assert geography._HAN.match(text)
        assert normalise_quote(f"{text}\n{text}") == text + text  # no space inside a Chinese word
