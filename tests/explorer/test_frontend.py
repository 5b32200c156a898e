"""Where neo4j-viz's frontend is published for the browser, and what happens when it cannot be."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from arkg.explorer import frontend


@pytest.fixture
def options(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """Streamlit's options as ``publish`` reads them, set per test (a served app reads .streamlit/config.toml)."""
    values: dict[str, object] = {"server.enableStaticServing": True, "server.baseUrlPath": ""}
    monkeypatch.setattr(frontend.st, "get_option", values.__getitem__)
    return values


def test_published_once_under_a_versioned_name(tmp_path: Path, options: dict[str, object]) -> None:
    url = frontend.publish(tmp_path)
    target = tmp_path / frontend.bundle_name()
    assert url == f"/app/static/{target.name}"
    assert target.read_bytes() == frontend.source().encode("utf-8")
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no partial file left behind
    os.utime(target, (1, 1))
    assert frontend.publish(tmp_path) == url
    assert target.stat().st_mtime == 1  # already there: not written again


def test_a_damaged_copy_is_replaced(tmp_path: Path, options: dict[str, object]) -> None:
    target = tmp_path / frontend.bundle_name()
    target.write_text("half a script")
    frontend.publish(tmp_path)
    assert target.read_bytes() == frontend.source().encode("utf-8")


def test_the_url_follows_the_server_base_path(tmp_path: Path, options: dict[str, object]) -> None:
    options["server.baseUrlPath"] = "/research/arkg/"
    assert frontend.publish(tmp_path) == f"/research/arkg/app/static/{frontend.bundle_name()}"


def test_static_serving_off_means_inline(tmp_path: Path, options: dict[str, object]) -> None:
    options["server.enableStaticServing"] = False
    assert frontend.publish(tmp_path) is None
    assert not any(tmp_path.iterdir())


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_installation_means_inline(tmp_path: Path, options: dict[str, object]) -> None:
    tmp_path.chmod(0o555)
    try:
        assert frontend.publish(tmp_path) is None
    finally:
        tmp_path.chmod(0o755)


def test_an_unwritable_static_path_means_inline(tmp_path: Path, options: dict[str, object]) -> None:
    blocker = tmp_path / "static"
    blocker.write_text("a file where the folder should be")
    assert frontend.publish(blocker) is None


def test_the_project_serves_static_files() -> None:
    """The explorer's own configuration turns static serving on, or every graph would go inline."""
    import tomllib

    config = tomllib.loads((frontend.STATIC.parent / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["enableStaticServing"] is True
    assert (frontend.STATIC.parent / "app.py").is_file()


def test_the_served_script_reports_hovers_to_the_drawing_and_is_otherwise_neo4j_vizs() -> None:
    """The one change to neo4j-viz's frontend: an onHover callback before its node click (see explorer/frontend.py)."""
    original = frontend.BUNDLE.read_text(encoding="utf-8")
    assert original.count(frontend.HOVER_ANCHOR) == 1  # this neo4j-viz version still has the insertion point
    served = frontend.source()
    before, _, after = original.partition(frontend.HOVER_ANCHOR)
    assert served.startswith(before) and served.endswith(after)
    middle = served[len(before):len(served) - len(after)]
    assert "onHover: (e) =>" in middle and "el.title = tip" in middle and middle.endswith("onNodeClick: (e) => l({")
