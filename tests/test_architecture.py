"""The layers of docs/architecture.md hold (issue 20): ``lint-imports`` checks the contracts in
pyproject.toml on every import, lazy ones included; a contract it cannot break is worthless, so a
second test breaks one on a copy of the code and expects it to be reported."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
PACKAGES = ("graph", "ingest", "queries", "explorer", "cli", "bench", "tests")


def _lint(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(LINT_IMPORTS), "--no-cache"], cwd=root, capture_output=True, text=True,
                          timeout=300, env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"})


def test_every_layer_contract_is_kept() -> None:
    done = _lint(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def test_an_import_against_the_layers_is_reported(tmp_path: Path) -> None:
    for package in PACKAGES:
        shutil.copytree(ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__", "*.json",
                                                                                              "*.txt", "*.csv"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    with (tmp_path / "ingest" / "spans.py").open("a", encoding="utf-8") as fh:
        fh.write("\nfrom graph.stores.base import Store  # ingest reaching for a store\n")
    done = _lint(tmp_path)
    assert done.returncode != 0
    assert "ingest.spans -> graph.stores.base" in done.stdout
