"""Install arkg's packages under one ``arkg`` namespace (issue 20), keeping the folders where they are.

``graph/``, ``ingest/``, ``pipeline/``, ``queries/``, ``explorer/``, ``cli/`` and ``bench/`` stay at
the top of the repository, beside ``app.py`` and ``schema.ttl``; setuptools maps them to
``arkg.graph``, ``arkg.ingest`` … (``package-dir = {arkg = "."}``), so the distribution installs one
top-level name instead of seven generic ones, with ``schema.ttl``, ``app.py`` and the data files as
package data. This script makes the code base agree with that mapping:

- every first-party import, in the product and in ``tests/``, becomes ``arkg.…``
  (``from graph.model import model`` → ``from arkg.graph.model import model``; ``import pipeline.build``
  → ``import arkg.pipeline.build``, with its dotted uses);
- ``python -m <package>`` in code and docs becomes ``python -m arkg.<package>``;
- ``pyproject.toml``: the package list, the package data, the entry point, isort, import-linter and
  mypy (mypy reads the namespace through ``.typing/arkg``, a link to the repository root, since it
  cannot follow setuptools' editable-install finder).

It is re-runnable: an already rewritten tree is left as it is, so after merging other branches
that still import the old names, run it again (``python scripts/namespace.py``), then
``pip install -e .`` and the tests.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAMESPACE = "arkg"
PACKAGES = ("graph", "ingest", "pipeline", "queries", "explorer", "cli", "bench")
#: Folders whose Python files are rewritten (``tests`` stays a top-level package of the repository).
CODE = (*PACKAGES, "tests", "scripts")
_PKG = "|".join(PACKAGES)
_FROM = re.compile(rf"^(\s*)from ({_PKG})((?:\.\w+)*) import ", re.MULTILINE)
_IMPORT = re.compile(rf"^(\s*)import ({_PKG})((?:\.\w+)*)(\s*(?:#.*)?)$", re.MULTILINE)
_DASH_M_ARG = re.compile(rf'(["\']-m["\'],\s*["\'])({_PKG})(\b[\w.]*["\'])')
_DASH_M_TEXT = re.compile(rf"(python3? -m )({_PKG})\b")


def rewrite_python(text: str) -> str:
    """The imports of one module, moved under the namespace (idempotent)."""
    text = _FROM.sub(rf"\1from {NAMESPACE}.\2\3 import ", text)
    dotted = {m.group(2) + m.group(3) for m in _IMPORT.finditer(text) if m.group(3)}
    # ``import queries`` → ``from arkg import queries`` (its uses keep their name); ``import a.b`` → ``import arkg.a.b``
    text = _IMPORT.sub(lambda m: f"{m.group(1)}import {NAMESPACE}.{m.group(2)}{m.group(3)}{m.group(4)}" if m.group(3)
                       else f"{m.group(1)}from {NAMESPACE} import {m.group(2)}{m.group(4)}", text)
    for name in sorted(dotted, key=len, reverse=True):  # uses of ``import a.b`` spell ``a.b.x``
        text = re.sub(rf"(?<![\w.]){re.escape(name)}(?!\w)", f"{NAMESPACE}.{name}", text)
    text = _DASH_M_ARG.sub(rf"\1{NAMESPACE}.\2\3", text)
    return _DASH_M_TEXT.sub(rf"\1{NAMESPACE}.\2", text)


def rewrite_text(text: str) -> str:
    """Docs and shell: ``python -m cli`` → ``python -m arkg.cli``."""
    return _DASH_M_TEXT.sub(rf"\1{NAMESPACE}.\2", text)


def _toml_list(values: list[str]) -> str:
    return "[" + ", ".join(f'"{v}"' for v in values) + "]"


def rewrite_pyproject(text: str) -> str:
    """Packages, package data, entry point, isort, import-linter and mypy under the namespace."""
    packages = re.search(r"^packages = \[(.*)\]$", text, re.MULTILINE)
    if packages is None:
        raise SystemExit("pyproject.toml: no [tool.setuptools] packages list")
    names = [n.strip().strip('"') for n in packages.group(1).split(",") if n.strip()]
    names = [n if n == NAMESPACE or n.startswith(f"{NAMESPACE}.") else f"{NAMESPACE}.{n}" for n in names]
    if NAMESPACE not in names:
        names.insert(0, NAMESPACE)
    text = text[: packages.start()] + f"packages = {_toml_list(names)}" + text[packages.end() :]
    if "package-dir" not in text:
        text = text.replace("[tool.setuptools]\n", f'[tool.setuptools]\npackage-dir = {{"{NAMESPACE}" = "."}}\n', 1)
    # package data: "ingest.authority" = … → "arkg.ingest.authority" = …; arkg holds schema.ttl, app.py, its config
    text = re.sub(rf'^"({_PKG})((?:\.\w+)*)" = ', rf'"{NAMESPACE}.\1\2" = ', text, flags=re.MULTILINE)
    if f'"{NAMESPACE}" = ["schema.ttl"' not in text:
        text = text.replace("[tool.setuptools.package-data]\n", "[tool.setuptools.package-data]\n"
                            f'"{NAMESPACE}" = ["schema.ttl", "app.py", ".streamlit/config.toml"]\n', 1)
    text = re.sub(rf'^arkg = "({_PKG}):main"', rf'arkg = "{NAMESPACE}.\1:main"', text, flags=re.MULTILINE)
    text = re.sub(r"^known-first-party = \[.*\]$", f'known-first-party = ["{NAMESPACE}", "tests"]', text,
                  flags=re.MULTILINE)
    # import-linter: the namespace's portions are the root packages; contracts name modules under it
    section = text.index("[tool.importlinter]")
    end = text.find("\n[tool.", section + 1)
    end = len(text) if end == -1 else end
    linter = re.sub(rf'"({_PKG})((?:\.\w+)*)"', rf'"{NAMESPACE}.\1\2"', text[section:end])
    text = text[:section] + linter + text[end:]
    # mypy: the namespace through .typing/arkg (a link to this folder)
    text = re.sub(r'^files = \[(.*)\]$', lambda m: "packages = " + _toml_list(
        [f"{NAMESPACE}.{n.strip().strip(chr(34))}" for n in m.group(1).split(",") if n.strip()]),
        text, flags=re.MULTILINE)
    text = text.replace(f'packages = ["{NAMESPACE}.{NAMESPACE}.', f'packages = ["{NAMESPACE}.')
    if "mypy_path" not in text:
        text = text.replace("strict = true\n", 'strict = true\nmypy_path = "$MYPY_CONFIG_FILE_DIR/.typing"\n'
                                               "explicit_package_bases = true\n", 1)
    return text


def main() -> int:
    changed = []
    files = [ROOT / "app.py", *(p for folder in CODE for p in sorted((ROOT / folder).rglob("*.py")))]
    for path in files:
        if path.resolve() == Path(__file__).resolve():
            continue
        old = path.read_text(encoding="utf-8")
        new = rewrite_python(old)
        if new != old:
            path.write_text(new, encoding="utf-8")
            changed.append(path)
    for path in [ROOT / "README.md", ROOT / "Makefile", *sorted((ROOT / "docs").glob("*.md")),
                 *sorted((ROOT / "scripts").glob("*.sh"))]:
        old = path.read_text(encoding="utf-8")
        new = rewrite_text(old)
        if new != old:
            path.write_text(new, encoding="utf-8")
            changed.append(path)
    pyproject = ROOT / "pyproject.toml"
    old = pyproject.read_text(encoding="utf-8")
    new = rewrite_pyproject(old)
    if new != old:
        pyproject.write_text(new, encoding="utf-8")
        changed.append(pyproject)
    link = ROOT / ".typing" / NAMESPACE
    if not link.is_symlink():
        link.parent.mkdir(exist_ok=True)
        link.symlink_to("..", target_is_directory=True)
        changed.append(link)
    for path in changed:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
