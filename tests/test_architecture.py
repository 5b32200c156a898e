"""The layers of docs/architecture.md hold (issue 20): ``lint-imports`` checks the contracts in
pyproject.toml on every import, lazy ones included. A check that cannot fail is worthless, so a
second test gives it a contract the code really breaks and expects it to be reported."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]


def _lint(*config: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(LINT_IMPORTS), "--no-cache", *map(str, config)], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)


def _module(name: str) -> str:
    """``graph.model`` as the root packages spell it (``arkg.graph.model`` once installed under the namespace)."""
    graph = next(p for p in CONFIG["root_packages"] if p.split(".")[-1] == "graph")
    return graph.removesuffix("graph") + name


def test_every_layer_contract_is_kept() -> None:
    done = _lint()
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def test_an_import_against_a_contract_is_reported(tmp_path: Path) -> None:
    """The model really imports the records: a contract forbidding it must come out broken, naming the import."""
    model, records = _module("graph.model"), _module("graph.records")
    config = tmp_path / "broken.toml"
    roots = ", ".join(f'"{p}"' for p in CONFIG["root_packages"])
    config.write_text(f"""[tool.importlinter]
root_packages = [{roots}]

[[tool.importlinter.contracts]]
name = "the model without its records (a contract the code breaks)"
type = "forbidden"
source_modules = ["{model}"]
forbidden_modules = ["{records}"]
""", encoding="utf-8")
    done = _lint(config)
    assert done.returncode != 0
    assert f"{model} -> {records}" in done.stdout
