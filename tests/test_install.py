"""A non-editable install runs the main job (issue 20): the wheel holds one ``arkg`` package with
``schema.ttl``, ``app.py`` and the data files, and in a fresh virtual environment ``arkg build``,
``arkg query --list`` and ``arkg explore`` work from a folder that is not the repository.

The fresh environment takes its third-party dependencies from this one through a ``.pth`` file
(no network in the tests); arkg itself comes only from the wheel.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import sysconfig
import time
import urllib.request
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(argv: list[str], cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "ARKG_DATA_DIR")}
    return subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(the wheel, the fresh environment's bin folder) after ``pip install`` of the wheel."""
    tmp = tmp_path_factory.mktemp("install")
    built = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w",
                  str(tmp / "dist"), str(ROOT)], cwd=tmp)
    assert built.returncode == 0, built.stderr[-3000:]
    wheel = next((tmp / "dist").glob("arkg-*.whl"))
    venv = tmp / "venv"
    assert _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=tmp).returncode == 0
    where = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    purelib = Path(_run([str(venv / "bin" / "python"), "-c", where], cwd=tmp).stdout.strip())
    (purelib / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    done = _run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
                cwd=tmp)
    assert done.returncode == 0, done.stderr[-3000:]
    return wheel, venv / "bin"


def test_the_wheel_installs_one_namespace_with_its_data(installed: tuple[Path, Path]) -> None:
    names = zipfile.ZipFile(installed[0]).namelist()
    assert {n.split("/")[0] for n in names} == {"arkg", "arkg-0.1.0.dist-info"}
    for data in ("arkg/schema.ttl", "arkg/app.py", "arkg/.streamlit/config.toml",
                 "arkg/queries/article-citations.cypher", "arkg/ingest/authority/articles.csv",
                 "arkg/ingest/samples/000_dfa604476778263f.txt", "arkg/ingest/lexicon/drafting.csv",
                 "arkg/ingest/evaluation/gold/en_report.json"):
        assert data in names, data


def test_build_and_the_saved_questions_run_from_the_installed_package(installed: tuple[Path, Path],
                                                                       tmp_path: Path) -> None:
    bin_ = installed[1]
    where = _run([str(bin_ / "python"), "-c", "import arkg.graph.model as m; print(m.__file__)"], cwd=tmp_path)
    assert where.stdout.startswith(str(bin_.parent)), where.stdout + where.stderr  # the wheel's copy, not the tree
    arkg = [str(bin_ / "arkg"), "--data-dir", str(tmp_path / "data")]
    try:
        build = _run([*arkg, "build"], cwd=tmp_path)
        assert build.returncode == 0, build.stdout + build.stderr
        assert "2 document version(s) loaded" in build.stdout
        listed = _run([*arkg, "query", "--list"], cwd=tmp_path)
        assert listed.returncode == 0 and "article-citations" in listed.stdout.split()
    finally:  # the build started the embedded FalkorDB server, which outlives the command by design
        _run([*arkg, "db", "stop"], cwd=tmp_path)


def test_arkg_explore_starts_the_installed_explorer(installed: tuple[Path, Path], tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    argv = [str(installed[1] / "arkg"), "--data-dir", str(tmp_path), "explore", "--port", str(port)]
    process = subprocess.Popen(argv, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               start_new_session=True)
    try:
        healthy, deadline = False, time.monotonic() + 90
        while not healthy and time.monotonic() < deadline and process.poll() is None:
            with contextlib.suppress(OSError), urllib.request.urlopen(
                    f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as answer:
                healthy = answer.status == 200
            time.sleep(0.3)
        assert healthy, "the explorer did not answer"
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
