"""The synthetic corpus: reproducible, in six languages, and read by the extractor as intended."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from arkg.bench.corpus import generate, generate_documents, write_corpus
from arkg.bench.phrases import LANGUAGES
from arkg.ingest.extract import extract, extract_path


def test_same_seed_same_corpus_and_other_seed_differs() -> None:
    first = list(generate(14, seed=7))
    assert first == list(generate(14, seed=7))
    assert first != list(generate(14, seed=8))


def test_a_document_does_not_depend_on_the_corpus_size() -> None:
    """Streaming and prefixes: the first 10 of 40 documents are the 10-document corpus."""
    assert list(generate(40, seed=3))[:10] == list(generate(10, seed=3))


def test_languages_rotate_and_versions_share_a_symbol() -> None:
    docs = list(generate_documents(18, seed=1))
    assert [d.language for d in docs] == list(LANGUAGES) * 3
    for group in range(3):
        versions = docs[group * 6 : group * 6 + 6]
        assert len({d.symbol for d in versions}) == 1
        assert len({d.text for d in versions}) == 6
    assert len({d.symbol for d in docs}) == 3


def test_sizes_are_those_of_real_documents() -> None:
    sizes = [len(text.encode("utf-8")) for _, text in generate(60, seed=0)]
    assert min(sizes) >= 2_500 and max(sizes) <= 9_000
    assert 3_000 <= sum(sizes) / len(sizes) <= 8_000


def test_every_language_extracts_to_the_intended_ids() -> None:
    missing: Counter[str] = Counter()
    for doc in generate_documents(48, seed=5):
        extraction = extract(doc.text, name=doc.name)
        assert extraction.document.id == f"document/{doc.symbol}"
        assert extraction.document.language == doc.language
        found = {m.id for m in extraction.mentions if m.id}
        missing.update(f"{doc.language}:{id_}" for id_ in doc.expected - found - {extraction.document.id})
    assert not missing, missing.most_common(10)


def test_citations_of_each_kind_are_present() -> None:
    expected = set().union(*(d.expected for d in generate_documents(60, seed=2)))
    prefixes = {id_.split("/")[0] for id_ in expected}
    assert {"document", "resolution", "uncac", "session", "network", "org"} <= prefixes


def test_an_english_citation_of_resolution_6_2_links() -> None:
    doc = next(d for d in generate_documents(600, seed=0) if d.language == "en" and "resolution 6/2" in d.text)
    assert "resolution/cosp/6/2" in doc.expected
    extraction = extract(doc.text, name=doc.name)
    assert "resolution/cosp/6/2" in {m.id for m in extraction.mentions}


def test_written_files_are_the_generated_documents(tmp_path: Path) -> None:
    written = write_corpus(tmp_path / "corpus", 7, seed=4)
    docs = list(generate_documents(7, seed=4))
    assert [p.name for p in written] == [d.name for d in docs] == sorted(p.name for p in written)
    assert written[0].name == "000000_zh.txt"
    assert [p.read_text(encoding="utf-8") for p in written] == [d.text for d in docs]
    assert extract_path(written[1]).document.id == f"document/{docs[1].symbol}"
