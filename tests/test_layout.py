"""The tests mirror the package (issue 20): a test module sits in ``tests/<package>/…`` under folders
named for a package, a subpackage or a module of arkg, so that the tests of a module are found
beside each other and a new folder of tests cannot drift away from the code it covers.

Only the tests of the whole project (the layers, the installed wheel, this layout) sit at the top.
"""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
#: Tests of the whole project rather than of one package.
PROJECT_WIDE = {"test_architecture.py", "test_install.py", "test_layout.py"}


def _misplaced(tests: Path, root: Path) -> list[str]:
    """Test modules under ``tests`` whose folders do not name an existing package, subpackage or module."""
    out = []
    for module in sorted(tests.rglob("test_*.py")):
        folders = module.relative_to(tests).parts[:-1]
        if any(part.startswith(".") or part in ("__pycache__", "neo4j-server") for part in folders):
            continue
        if not folders:
            if module.name not in PROJECT_WIDE:
                out.append(f"{module.relative_to(tests)}: a top-level test module that is not project-wide")
            continue
        source = root.joinpath(*folders)
        if not ((source.is_dir() and (source / "__init__.py").is_file()) or source.with_suffix(".py").is_file()):
            out.append(f"{module.relative_to(tests)}: {'/'.join(folders)} is neither a package nor a module of arkg")
    return out


def test_every_test_module_sits_under_a_package_or_module_it_tests() -> None:
    misplaced = _misplaced(TESTS, ROOT)
    assert not misplaced, "move these tests beside the code they cover:\n" + "\n".join(misplaced)


def test_the_layout_check_finds_a_folder_named_for_no_package(tmp_path: Path) -> None:
    """The check itself: a folder named for no package (as ``tests/reliability/`` was) is reported, a
    folder named for a package or for a module is not."""
    root = tmp_path / "project"
    (root / "graph" / "stores").mkdir(parents=True)
    for init in (root / "graph" / "__init__.py", root / "graph" / "stores" / "__init__.py"):
        init.write_text("")
    (root / "graph" / "model.py").write_text("")
    tests = root / "tests"
    for place in ("graph/stores", "graph/model", "reliability", "graph/nothing"):
        (tests / place).mkdir(parents=True)
        (tests / place / "test_x.py").write_text("")
    (tests / "test_install.py").write_text("")
    (tests / "test_stray.py").write_text("")
    found = _misplaced(tests, root)
    assert [line.split(":")[0] for line in found] == [
        "graph/nothing/test_x.py", "reliability/test_x.py", "test_stray.py",
    ]
