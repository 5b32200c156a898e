"""The ingest page's upload in a real headless Chromium (issue 17): the file is read and extracted in a
worker process while the page shows its progress and stays usable; adding it takes the build's
write lock (the page says it waits); a bad file gets one error naming it and the graph does not
change. Screenshots go to ``test-artifacts/upload-*.png``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from arkg.bench.browser import CHROMIUM, launch, serve
from arkg.bench.corpus import generate
from arkg.explorer import uploads
from arkg.graph.lock import writer_lock
from arkg.graph.settings import Settings
from arkg.graph.stores import Store
from arkg.pipeline.build import load_authority
from tests.explorer.test_browser import EXCEPTION, settle
from tests.snapshots import snapshot

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"needs Debian's Chromium at {CHROMIUM}"),
]
sync_api = pytest.importorskip("playwright.sync_api")
NOTE = ("Working Group on Asset Recovery\n\n"
        "1. The Working Group discussed article 57 of the Convention and the Camden Asset Recovery "
        "Inter-Agency Network.\n")


@pytest.fixture
def page() -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium.new_page(viewport={"width": 1400, "height": 1000})
        chromium.close()


def _workers(step: str) -> list[int]:
    """Upload worker processes of ``step`` running on this machine (pids)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                command = (entry / "cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            if uploads.__name__.encode() in command and step.encode() in command:  # python -m <module> <step>
                found.append(int(entry.name))
    return found


def _upload(page: object, name: str, data: bytes) -> None:
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(  # type: ignore[attr-defined]
        files=[{"name": name, "mimeType": "text/plain", "buffer": data}])


def test_upload_shows_progress_then_the_result_and_a_bad_file_changes_nothing(
        store: Store, settings: Settings, page: object, artifacts: Path) -> None:
    load_authority(store)
    # a long text (about 540 KB, one document) so the extraction lasts long enough to be watched
    long_text = "\n\n".join(text for name, text in generate(720, seed=5) if name.endswith("_en.txt"))
    with serve(settings) as url:
        page.goto(f"{url}/ingest?lang=en")  # type: ignore[attr-defined]
        settle(page)
        before = snapshot(store)

        _upload(page, "empty.txt", b"")
        page.get_by_text("empty.txt: file is empty").wait_for(timeout=60_000)  # type: ignore[attr-defined]
        page.screenshot(path=str(artifacts / "upload-bad-file.png"), full_page=True)  # type: ignore[attr-defined]
        assert page.locator(EXCEPTION).count() == 0  # type: ignore[attr-defined]
        assert snapshot(store) == before

        page.goto(f"{url}/ingest?lang=en")  # a new session: an empty uploader  # type: ignore[attr-defined]
        settle(page)
        _upload(page, "long.txt", long_text.encode("utf-8"))
        progress = page.locator('[data-testid="stProgress"]')  # type: ignore[attr-defined]
        progress.first.wait_for(timeout=60_000)
        assert "long.txt" in page.locator('[data-testid="stExpander"]').first.inner_text()  # type: ignore[attr-defined]
        page.screenshot(path=str(artifacts / "upload-progress.png"), full_page=True)  # type: ignore[attr-defined]
        assert len(_workers("extract")) == 1
        # the page stays usable meanwhile: switching the language reruns the script, which follows the same job
        page.get_by_text("中文").click()  # type: ignore[attr-defined]
        page.get_by_role("heading", name="导入").wait_for(timeout=60_000)  # type: ignore[attr-defined]
        assert len(_workers("extract")) <= 1  # not started a second time (it may have finished)
        page.get_by_text("从 long.txt 提取").wait_for(timeout=300_000)  # type: ignore[attr-defined]
        assert snapshot(store) == before  # extracted, not added yet

        page.goto(f"{url}/ingest?lang=en")  # type: ignore[attr-defined]
        settle(page)
        page.get_by_role("heading", name="Ingest").wait_for(timeout=60_000)  # type: ignore[attr-defined]
        _upload(page, "note.txt", NOTE.encode("utf-8"))
        page.get_by_text("Extracted from note.txt").wait_for(timeout=120_000)  # type: ignore[attr-defined]
        with writer_lock(settings.data_dir):  # `arkg build` is loading: the upload waits and says so
            page.get_by_role("button", name="Add to the graph").click()  # type: ignore[attr-defined]
            page.get_by_text("another arkg writer").first.wait_for(timeout=60_000)  # type: ignore[attr-defined]
            page.screenshot(path=str(artifacts / "upload-waiting.png"), full_page=True)  # type: ignore[attr-defined]
            assert snapshot(store) == before
        page.get_by_text("nodes and relationships written").wait_for(timeout=120_000)  # type: ignore[attr-defined]
        page.screenshot(path=str(artifacts / "upload-added.png"), full_page=True)  # type: ignore[attr-defined]
        assert page.locator(EXCEPTION).count() == 0  # type: ignore[attr-defined]
    rows = store.read("MATCH (p:Paragraph)-[:MENTIONS]->(:Article {id: 'uncac/article/57'}) "
                      "RETURN p.document AS d").rows
    assert len({r["d"] for r in rows}) == 1
