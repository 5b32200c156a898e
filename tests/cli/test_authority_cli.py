"""``arkg authority check|add`` on real copies of the data files; ``arkg stats`` verification counts;
a changed authority relinks documents whose text did not change."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from arkg.cli import main
from arkg.graph.settings import Settings
from arkg.ingest.authority import KINDS, PACKAGE_DIR, fingerprint
from tests.conftest import store_args


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "authority"
    folder.mkdir()
    for kind in KINDS:
        shutil.copy(PACKAGE_DIR / kind.file, folder / kind.file)
    return folder


def test_check_passes_on_the_package_data(capsys):
    assert main(["authority", "check"]) == 0
    assert capsys.readouterr().out.startswith("ok: ")


def test_check_reports_every_problem_with_file_and_line(data_copy, capsys):
    places = data_copy / "places.csv"
    lines = places.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace("country/AUT", "country/XXX")
    places.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with (data_copy / "organizations.csv").open("a", encoding="utf-8") as fh:
        fh.write("org/Bad Id,Organization,,Something,,,,,,,,somewhere,maybe,,\n")
    n_orgs = len((data_copy / "organizations.csv").read_text(encoding="utf-8").splitlines())
    assert main(["authority", "check", "--dir", str(data_copy)]) == 1
    out = capsys.readouterr().out
    assert "places.csv:2: country: country/XXX is not a known id" in out
    assert f"organizations.csv:{n_orgs}: malformed id" in out
    assert f"organizations.csv:{n_orgs}: verified 'maybe' is not true or false" in out


def test_add_keeps_a_good_row_and_refuses_a_bad_one(data_copy, capsys):
    args = ["authority", "add", "organizations.csv", "--dir", str(data_copy)]
    good = ["id=org/test-agency", "type=Organization", "name_en=Test Agency for Asset Recovery",
            "source=https://example.org/about", "verified=true"]
    assert main([*args, *good]) == 0
    assert "org/test-agency" in (data_copy / "organizations.csv").read_text(encoding="utf-8")
    before = (data_copy / "organizations.csv").read_text(encoding="utf-8")
    bad = ["id=org/second-agency", "type=Organization", "name_en=Second", "source=x", "verified=true",
           "part_of=org/nowhere"]
    assert main([*args, *bad]) == 1
    assert "org/nowhere is not a known id" in capsys.readouterr().out
    assert (data_copy / "organizations.csv").read_text(encoding="utf-8") == before


def test_fingerprint_follows_the_files(data_copy):
    first = fingerprint(data_copy)
    topics = data_copy / "topics.csv"
    topics.write_text(topics.read_text(encoding="utf-8").replace("Asset recovery", "Asset Recovery", 1), "utf-8")
    fingerprint.cache_clear()
    assert fingerprint(data_copy) != first


def _args(settings: Settings) -> list[str]:
    return store_args(settings)


def test_stats_counts_verified_and_unverified_reference_data(settings: Settings, capsys, monkeypatch):
    assert main(["build", *_args(settings)]) == 0
    capsys.readouterr()
    assert main(["stats", "--format", "json", *_args(settings)]) == 0
    stats = json.loads(capsys.readouterr().out)
    countries = stats["verification"]["Country"]
    assert countries["verified"] + countries["unverified"] == 202  # 195 States and 7 territories
    events, sessions = stats["verification"]["Event"], stats["verification"]["Session"]
    assert events["unverified_fields"] > 0  # fields not read in a source, in rows that were
    assert sessions["unverified"] >= 1  # a placeholder row (the 19th Working Group meeting)

    # Unchanged text and reference data: nothing reloaded. Changed reference data: relinked.
    assert main(["build", *_args(settings)]) == 0
    assert "0 document version(s) loaded" in capsys.readouterr().out
    import arkg.pipeline.build

    monkeypatch.setattr(arkg.pipeline.build, "fingerprint", lambda: "changed-data")
    assert main(["build", *_args(settings)]) == 0
    out = capsys.readouterr().out
    assert "0 document version(s) loaded" not in out and "document version(s) loaded" in out
