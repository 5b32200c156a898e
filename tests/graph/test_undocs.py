"""undocs.org addresses: one rule for the explorer's links and the RDF export (issues 18 and 21)."""

from __future__ import annotations

import pytest

from arkg.graph.undocs import undocs_url


def test_a_language_version_is_named_by_its_iso_code_chinese_too() -> None:
    assert undocs_url("A/RES/58/4", "zh") == "https://undocs.org/zh/A/RES/58/4"
    assert undocs_url("A/RES/58/4", "ar") == "https://undocs.org/ar/A/RES/58/4"
    assert undocs_url("CAC/COSP/2019/17", "ru") == "https://undocs.org/ru/CAC/COSP/2019/17"


def test_without_an_official_language_the_document_itself() -> None:
    assert undocs_url("E/CN.15/2020/1") == "https://undocs.org/E/CN.15/2020/1"
    assert undocs_url("E/CN.15/2020/1", "de") == "https://undocs.org/E/CN.15/2020/1"  # not one of the six
    assert undocs_url("E/CN.15/2020/1", "") == "https://undocs.org/E/CN.15/2020/1"


def test_no_symbol_no_address() -> None:
    with pytest.raises(ValueError, match="symbol"):
        undocs_url("", "en")
