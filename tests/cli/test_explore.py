"""``arkg explore`` starts the explorer on the graph the other commands use (issue 20)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from arkg.bench.browser import free_port
from arkg.cli.explore import APP, command
from arkg.graph.settings import Settings


def test_the_command_runs_the_shipped_app_on_a_local_port() -> None:
    argv = command(8765)
    assert argv[argv.index("run") + 1] == str(APP) and APP.is_file()
    assert argv[argv.index("--server.port") + 1] == "8765"
    assert argv[argv.index("--server.address") + 1] == "127.0.0.1"


def test_settings_reach_the_explorer_through_the_environment(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, graph="other", store="falkordb")
    env = settings.environment()
    given = (env["ARKG_DATA_DIR"], env["ARKG_GRAPH"], env["ARKG_STORE"])
    assert given == (str(tmp_path.resolve()), "other", "falkordb")
    os.environ.update({k: env[k] for k in ("ARKG_DATA_DIR", "ARKG_GRAPH")})
    try:
        assert Settings.from_env() == Settings(data_dir=tmp_path.resolve(), graph="other")
    finally:
        for key in ("ARKG_DATA_DIR", "ARKG_GRAPH"):
            os.environ.pop(key)


def test_arkg_explore_serves_the_explorer(tmp_path: Path) -> None:
    port = free_port()
    argv = [sys.executable, "-m", "arkg.cli", "--data-dir", str(tmp_path), "explore", "--port", str(port)]
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 90
        healthy = False
        while time.monotonic() < deadline and process.poll() is None and not healthy:
            with contextlib.suppress(OSError), urllib.request.urlopen(
                    f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as answer:
                healthy = answer.status == 200
            time.sleep(0.3)
        assert healthy, process.stdout.read().decode() if process.poll() is not None and process.stdout else "no answer"
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as page:
            assert b"<html" in page.read().lower()
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
