"""Configuration: command-line flags over environment variables over defaults (see spec/cli.md)."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

STORES = ("falkordb", "neo4j")


@dataclass(frozen=True, slots=True)
class Settings:
    data_dir: Path = Path(".arkg")
    store: str = "falkordb"
    graph: str = "arkg"
    uri: str | None = None
    user: str | None = None
    password: str | None = None
    database: str | None = None
    #: Per-query time limit for read queries (console, saved questions), in milliseconds.
    timeout_ms: int = 10_000
    #: Rows the console returns at most; the rest is reported as truncated.
    row_limit: int = 10_000
    #: Rows per UNWIND batch when loading.
    batch_size: int = 2_000

    @classmethod
    def from_env(cls, **overrides: Any) -> Settings:
        """Settings from ``ARKG_*``/``NEO4J_*`` variables; ``None`` overrides are ignored."""
        env = os.environ
        base = cls(
            data_dir=Path(env.get("ARKG_DATA_DIR", ".arkg")),
            store=env.get("ARKG_STORE", "falkordb"),
            graph=env.get("ARKG_GRAPH", "arkg"),
            uri=env.get("NEO4J_URI"),
            user=env.get("NEO4J_USERNAME"),
            password=env.get("NEO4J_PASSWORD"),
            database=env.get("NEO4J_DATABASE"),
        )
        known = {f.name for f in fields(cls)}
        given = {k: v for k, v in overrides.items() if k in known and v is not None}
        if "data_dir" in given:
            given["data_dir"] = Path(given["data_dir"])
        settings = replace(base, **given)
        if not settings.graph.strip():
            raise ValueError("the graph name is empty: give --graph NAME (or ARKG_GRAPH), or leave it out for 'arkg'")
        if settings.store not in STORES:
            raise ValueError(f"unknown store {settings.store!r}: choose one of {', '.join(STORES)}")
        return settings

    def environment(self) -> dict[str, str]:
        """This process's environment with these settings in it (the inverse of :meth:`from_env`), for
        a child process that must work on the same graph: the explorer started by ``arkg explore``."""
        env = {**os.environ, "ARKG_DATA_DIR": str(Path(self.data_dir).resolve()), "ARKG_GRAPH": self.graph,
               "ARKG_STORE": self.store}
        for key, value in (("NEO4J_URI", self.uri), ("NEO4J_USERNAME", self.user),
                           ("NEO4J_PASSWORD", self.password), ("NEO4J_DATABASE", self.database)):
            if value:
                env[key] = value
        return env
