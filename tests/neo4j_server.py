"""A real Neo4j 5 (the 5.26 LTS line, Community) for the tests, on loopback.

``tests/neo4j-server`` is a Maven module with one launcher class around Neo4j's embedded
``DatabaseManagementService``; :func:`classpath` builds it (offline when the local Maven cache
already has the jars, from Maven Central otherwise) and :func:`running` starts one JVM that
serves several Neo4j servers, one per port: Community has a single user database per server, so
tests that need two empty graphs at once (a graph and the graph it is compared with) get two.

The JVM stops when the ``with`` block ends, when the test process exits (``atexit``), and when
the test process dies however it dies: the launcher exits as soon as its stdin, a pipe from this
process, closes.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import selectors
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import neo4j

MODULE = Path(__file__).resolve().parent / "neo4j-server"
TARGET = MODULE / "target"
LAUNCHER = "arkg.testserver.Launcher"
USER = "neo4j"
#: The test servers' password (set over Bolt at start, as a real deployment's first login does).
PASSWORD = "arkg-test-password"
#: Heap for all the servers of one JVM together; the page cache of each is 32 MiB (Launcher.java).
HEAP = "-Xmx1g"
START_TIMEOUT_S = 240.0


class Neo4jUnavailable(RuntimeError):
    """Java or Maven is missing, or the build or the start failed; the message says which."""


def _sources() -> list[Path]:
    return [MODULE / "pom.xml", *sorted((MODULE / "src").rglob("*.java"))]


def _built() -> bool:
    stamp = TARGET / "lib" / ".built"
    return stamp.exists() and all(src.stat().st_mtime <= stamp.stat().st_mtime for src in _sources())


def classpath() -> str:
    """The launcher's classpath, building the module first if its sources changed since."""
    for tool in ("java", "mvn"):
        if shutil.which(tool) is None:
            raise Neo4jUnavailable(f"{tool} is not installed: run scripts/setup.sh --test")
    if not _built():
        command = ["mvn", "-q", "-B", "-f", str(MODULE / "pom.xml"), "package", "-DskipTests"]
        offline = subprocess.run([*command[:2], "-o", *command[2:]], capture_output=True, text=True)
        if offline.returncode != 0:  # the local Maven cache lacks something: fetch from Maven Central
            online = subprocess.run(command, capture_output=True, text=True)
            if online.returncode != 0:
                tail = (online.stdout + online.stderr).strip().splitlines()[-20:]
                raise Neo4jUnavailable("building tests/neo4j-server failed:\n" + "\n".join(tail))
        (TARGET / "lib" / ".built").touch()
    return f"{TARGET / 'classes'}{os.pathsep}{TARGET / 'lib'}{os.sep}*"


def free_port() -> int:
    """A port nothing listens on now (the kernel's pick; another process could take it first)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    with contextlib.suppress(OSError):
        process.stdin.close()  # the launcher shuts its databases down cleanly and exits
    try:
        process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def _wait_ready(process: subprocess.Popen[bytes], log: Path) -> None:
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ)
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if selector.select(timeout=1.0):
            line = process.stdout.readline()
            if line.strip() == b"ready":
                return
            if not line:  # the JVM exited
                break
    _stop(process)
    raise Neo4jUnavailable(f"Neo4j did not start (exit {process.poll()}); see {log}:\n"
                           + "\n".join(log.read_text(errors="replace").splitlines()[-20:]))


def _set_password(uri: str) -> None:
    """A new server's ``neo4j`` user must change its initial password before anything else."""
    with neo4j.GraphDatabase.driver(uri, auth=(USER, "neo4j")) as driver, driver.session(database="system") as s:
        s.run("ALTER CURRENT USER SET PASSWORD FROM 'neo4j' TO $password", password=PASSWORD).consume()


@contextlib.contextmanager
def running(home: Path, servers: int, heap: str = HEAP, pagecache_mib: int = 32,
            transactions_mib: int = 256) -> Iterator[list[str]]:
    """``servers`` Neo4j servers with their data under ``home``; yields their ``bolt://`` URIs."""
    cp = classpath()
    ports = [free_port() for _ in range(servers)]
    log = home / "neo4j-server.log"
    with log.open("wb") as err:
        process = subprocess.Popen(
            ["java", heap, f"-Darkg.pagecache.mib={pagecache_mib}", f"-Darkg.transactions.mib={transactions_mib}",
             "-XX:+UseSerialGC", "-cp", cp, LAUNCHER, str(home), *map(str, ports)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err, start_new_session=True,
        )
    atexit.register(_stop, process)
    try:
        _wait_ready(process, log)
        uris = [f"bolt://127.0.0.1:{port}" for port in ports]
        for uri in uris:
            _set_password(uri)
        yield uris
    finally:
        _stop(process)
        atexit.unregister(_stop)


def main() -> None:
    """``python -m tests.neo4j_server``: one server for trying arkg or ``arkg bench --store neo4j``.

    ``--build`` only builds the module (``make test`` does it first, so a download shows as such).
    """
    import sys
    import tempfile

    if sys.argv[1:] == ["--build"]:
        classpath()
        print(f"tests/neo4j-server: built in {TARGET}")
        return
    with tempfile.TemporaryDirectory(prefix="arkg-neo4j-") as home, \
            running(Path(home), 1, heap="-Xmx3g", pagecache_mib=512, transactions_mib=2048) as (uri,):
        print(f"export NEO4J_URI={uri} NEO4J_USERNAME={USER} NEO4J_PASSWORD={PASSWORD}", flush=True)
        print("Neo4j is up; press Enter (or close stdin) to stop it", file=sys.stderr, flush=True)
        sys.stdin.readline()


if __name__ == "__main__":
    main()
