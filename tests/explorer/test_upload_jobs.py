"""Issue 17, case 6 (the explorer's part): an upload is read, extracted and loaded in a worker process,
not on Streamlit's script thread; it takes the same write lock as ``arkg build``; a failed or
killed upload leaves the graph as it was. The page itself is tested in Chromium
(``tests/explorer/test_upload_browser.py``)."""

from __future__ import annotations

import os
import signal
import uuid

import pytest

from arkg.explorer import uploads
from arkg.graph.lock import writer_lock
from arkg.graph.settings import Settings
from arkg.graph.stores import Store
from arkg.pipeline.build import load_authority
from tests.conftest import store_env
from tests.snapshots import answers, snapshot

TEXT = ("Working Group on Asset Recovery\n\n"
        "1. The Working Group discussed article 57 of the Convention and the Camden Asset Recovery "
        "Inter-Agency Network.\n")


def _key() -> str:
    return uuid.uuid4().hex


def test_an_upload_is_extracted_in_a_worker_process_and_a_rerun_finds_the_same_job() -> None:
    key = _key()
    job = uploads.start(key, "extract", {"data": TEXT.encode("utf-8"), "name": "note.txt"})
    assert job.process.pid != os.getpid()
    again = uploads.start(key, "extract", {"data": b"never read", "name": "other.txt"})  # the script's rerun
    assert again is job and uploads.find(key, "extract") is job
    status = job.wait(120)
    assert status.phase == "done", status
    extraction = job.result()
    assert {"uncac/article/57", "network/carin"} <= {m.id for m in extraction.mentions}
    assert job.result() is extraction  # a rerun shows the same result; the job's files are gone
    assert not job.directory.exists()


@pytest.mark.parametrize(("name", "data", "error"), [
    ("empty.txt", b"", "empty.txt: file is empty"),
    ("picture.pdf", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "picture.pdf:"),
    ("big.txt", b"x" * (uploads.MAX_BYTES + 1), "big.txt: file is larger than the 20 MB limit"),
])
def test_a_bad_upload_fails_with_one_line_naming_the_file(name: str, data: bytes, error: str) -> None:
    status = uploads.start(_key(), "extract", {"data": data, "name": name}).wait(120)
    assert status.phase == "failed"
    assert status.error.startswith(error) and "\n" not in status.error and "Traceback" not in status.error


def test_an_upload_waits_for_the_write_lock_and_a_load_killed_midway_changes_nothing(
        store: Store, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    store_env(monkeypatch, settings)  # the worker reads the explorer's configuration from its environment
    load_authority(store)
    before = snapshot(store)
    extracting = uploads.start(_key(), "extract", {"data": TEXT.encode("utf-8"), "name": "note.txt"})
    assert extracting.wait(120).phase == "done"
    extraction = extracting.result()
    with writer_lock(settings.data_dir):  # a build is loading: the upload must wait for it
        loading = uploads.start(_key(), "load", {"extraction": extraction})
        status = loading.wait(60)
        while status.phase in ("starting", "connecting"):
            status = loading.wait(1)
        assert status.phase == "waiting" and "another arkg writer" in status.message, status
        os.kill(loading.process.pid, signal.SIGKILL)
        loading.process.wait(30)
        status = loading.status()
    assert status.phase == "failed" and "stopped by signal 9" in status.error
    assert answers(store) and snapshot(store) == before  # nothing was written, nothing lost

    loading = uploads.start(_key(), "load", {"extraction": extraction})
    assert loading.wait(120).phase == "done", loading.status()
    loaded, written = loading.result()
    assert loaded and written > 0
    rows = store.read("MATCH (p:Paragraph)-[:MENTIONS]->(:Article {id: 'uncac/article/57'}) "
                      "RETURN p.document AS d").rows
    assert {r["d"] for r in rows} == {extraction.document.id}
    after = snapshot(store)
    again = uploads.start(_key(), "load", {"extraction": extraction})  # the same upload added twice
    assert again.wait(120).phase == "done" and again.result() == (False, 0)
    assert snapshot(store) == after
