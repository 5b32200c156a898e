"""Bolt fixtures: a real Neo4j when ``NEO4J_URI`` is set, else FalkorDB's own Bolt listener.

The FalkorDB peer is started by the code under test (``server.start(..., bolt_port=...)``) in a
temporary data directory with a random password. Its Bolt listener ignores ports above 32767
(measured: it keeps its default, 65535 = off), so the port is picked below that.

One store (one driver) serves the whole session and is cleared after every test: the peer leaves
the first connection after a client's clean close unanswered, so each new driver costs a timeout.

With ``NEO4J_URI`` set the suite CLEARS the configured database (``NEO4J_DATABASE`` or the
server default): point it at a scratch database.
"""

from __future__ import annotations

import contextlib
import os
import random
import secrets
import socket
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import redis

from graph.settings import Settings
from graph.stores import server
from graph.stores.neo4j import Neo4jStore

#: FalkorDB reads BOLT_PORT as a 16-bit signed number.
PEER_PORTS = range(20_000, 32_000)


@dataclass(frozen=True, slots=True)
class BoltServer:
    uri: str
    user: str | None
    password: str | None
    database: str | None
    peer: bool


def _port_is_free(port: int) -> bool:
    for family, host in ((socket.AF_INET, "0.0.0.0"), (socket.AF_INET6, "::")):
        probe = socket.socket(family, socket.SOCK_STREAM)
        try:
            probe.bind((host, port))
        except OSError:
            return False
        finally:
            probe.close()
    return True


def free_port() -> int:
    for port in random.sample(PEER_PORTS, 200):
        if _port_is_free(port):
            return port
    raise RuntimeError("no free port below 32768 for the FalkorDB Bolt listener")


def stop_peer(data_dir: Path, password: str) -> None:
    """SHUTDOWN needs the password; ``server.stop`` then clears the pid and socket files."""
    state = server.status(data_dir)
    client = redis.Redis(unix_socket_path=str(state.socket), password=password, socket_timeout=30)
    with contextlib.suppress(redis.ConnectionError):  # the server closes the connection as it exits
        client.shutdown(nosave=True)
    server.stop(data_dir)


@pytest.fixture(scope="session")
def bolt_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BoltServer]:
    if os.environ.get("NEO4J_URI"):
        yield BoltServer(os.environ["NEO4J_URI"], os.environ.get("NEO4J_USERNAME"),
                         os.environ.get("NEO4J_PASSWORD"), os.environ.get("NEO4J_DATABASE"), peer=False)
        return
    data_dir = tmp_path_factory.mktemp("bolt-peer")
    password = secrets.token_hex(12)
    port = free_port()
    server.start(data_dir, bolt_port=port, password=password)
    try:
        yield BoltServer(f"bolt://127.0.0.1:{port}", "falkordb", password, f"bolt-{uuid.uuid4().hex[:8]}", peer=True)
    finally:
        stop_peer(data_dir, password)


def bolt_settings(bolt: BoltServer, tmp_path: Path, **overrides: object) -> Settings:
    given = {"data_dir": tmp_path, "store": "neo4j", "uri": bolt.uri, "user": bolt.user, "password": bolt.password,
             "database": bolt.database, **overrides}
    return Settings.from_env(**given)


@pytest.fixture(scope="session")
def session_bolt_store(bolt_server: BoltServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Neo4jStore]:
    store = Neo4jStore(bolt_settings(bolt_server, tmp_path_factory.mktemp("bolt-settings")))
    store.clear()
    store.ensure_schema()
    yield store
    store.clear()
    store.close()


@pytest.fixture
def bolt_store(session_bolt_store: Neo4jStore) -> Iterator[Neo4jStore]:
    """The session's Bolt store, empty at the start of the test."""
    session_bolt_store.clear()
    yield session_bolt_store
    session_bolt_store.clear()
