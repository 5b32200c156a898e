"""Serving the explorer and timing it in a real browser, for the browser tests and ``arkg bench``.

``explore_time_to_interactive`` answers "how long until a user can work with a graph of N nodes",
in the two ways a user reaches the Explore page:

- *in the app*: the explorer is open (on the Entity page of the hub) and the user clicks "show
  its neighbourhood in the graph"; counted from the click;
- *cold*: a fresh browser (empty cache, new session) opens ``/explore?focus=…``; counted from
  navigation start, so it includes loading Streamlit itself and starting a session.

*Interactive* means: the script has run, neo4j-viz's frontend has drawn its canvas with every
node at its final position, and a click on the hub node is handled — the click selects the hub
and the component sends that selection back to the app (seen as a websocket frame naming the
hub). The hub of the star graph is drawn at the centre of the view, so the click lands on it
once it is drawn; a canvas that exists but has not drawn its nodes yet does not count.
Chromium is Debian's (``/usr/bin/chromium``); no browser is ever downloaded.
"""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import time
import tomllib
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from arkg.graph import ids
from arkg.graph.records import Batch, Edge, Node
from arkg.graph.settings import Settings

APP = Path(__file__).resolve().parent.parent / "app.py"
#: The baseline the landing page is timed beside: a bare Streamlit app served the same way (bench/bare_app.py).
BARE_APP = Path(__file__).resolve().parent / "bare_app.py"
#: The explorer's interface texts, one TOML file per language.
LOCALES = APP.parent / "explorer" / "locales"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
#: The neo4j-viz canvas, drawn and laid out (Playwright's CSS engine pierces the component's shadow root).
CANVAS = "canvas"
HUB = "topic/bench-hub"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def serve(settings: Settings, timeout: float = 60.0, script: Path = APP) -> Iterator[str]:
    """``streamlit run app.py`` (or ``script``, from app.py's folder) on a free local port; yields its URL."""
    port = free_port()
    command = [sys.executable, "-m", "streamlit", "run", str(script), "--server.headless", "true",
               "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"]
    process = subprocess.Popen(command, cwd=APP.parent, env=settings.environment(), stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                output = process.stdout.read().decode("utf-8", "replace") if process.stdout else ""
                raise RuntimeError(f"streamlit exited with {process.returncode}: {output[-2000:]}")
            with contextlib.suppress(OSError), urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                if answer.status == 200:
                    break
            if time.monotonic() > deadline:
                raise RuntimeError(f"streamlit did not answer on {url} within {timeout:.0f} s")
            time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def launch(playwright: Any) -> Any:
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def wait_for_canvas(page: Any, timeout_ms: float = 60_000) -> dict[str, float]:
    """Wait until the graph canvas is attached with a non-zero size; returns its bounding box."""
    canvas = page.locator(CANVAS).first
    canvas.wait_for(state="visible", timeout=timeout_ms)
    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        box: dict[str, float] | None = canvas.bounding_box()
        if box and box["width"] > 0 and box["height"] > 0:
            return box
        if time.monotonic() > deadline:
            raise TimeoutError("the graph canvas never got a size")
        time.sleep(0.05)


def record_sent(page: Any) -> list[bytes | str]:
    """What ``page`` sends to the app over its websockets from now on, in order (filled as it happens)."""
    sent: list[bytes | str] = []

    def watch(socket: Any) -> None:
        socket.on("framesent", lambda payload: sent.append(payload))

    page.on("websocket", watch)
    return sent


def wait_for_click_on_hub(page: Any, frames: list[bytes | str], timeout_ms: float = 60_000) -> None:
    """Click the centre of the canvas until the page sends the app the hub's selection (``frames``: record_sent).

    The canvas is measured again before every click: the page may still scroll or reflow after the
    canvas first gets its size (in-app navigation starts where the Entity page was scrolled to), and
    a click at a stale position would miss the hub however long it was repeated.
    """
    hub = HUB.encode()
    wait_for_canvas(page, timeout_ms)
    canvas = page.locator(CANVAS).first
    deadline = time.monotonic() + timeout_ms / 1000
    seen = len(frames)  # an answer may come late, after the next click: every frame since the first counts
    while True:
        box = canvas.bounding_box()
        if box and box["width"] > 0 and box["height"] > 0:
            page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        answer = time.monotonic() + 0.2
        while time.monotonic() < answer:
            if any(hub in (f.encode() if isinstance(f, str) else f) for f in frames[seen:]):
                return
            page.wait_for_timeout(10)
        if time.monotonic() > deadline:
            raise TimeoutError(f"the hub node never answered a click (canvas last at {box})")


def star_graph(nodes: int) -> Batch:
    """A hub topic with ``nodes - 1`` narrower topics: one neighbourhood of exactly ``nodes`` nodes."""
    hub = Node(HUB, "Topic", {"id": HUB, "name": "Benchmark hub", "name_zh": "基准中心"})
    topics = [ids.make("Topic", slug=f"bench-{i}") for i in range(1, nodes)]
    leaves = [Node(topic, "Topic", {"id": topic, "name": f"Benchmark topic {i}"}) for i, topic in enumerate(topics, 1)]
    return Batch(nodes=[hub, *leaves], edges=[Edge(leaf.id, "BROADER", HUB) for leaf in leaves])


def explore_time_to_interactive(settings: Settings, nodes: int = 200, runs: int = 3,
                                 browser: Any = None) -> dict[str, Any]:
    """Seconds from opening Explore on a ``nodes``-node neighbourhood until its graph is interactive.

    Builds the sample corpus into ``settings``' graph (use a scratch graph), adds the star graph
    to it, serves the app, and times ``runs`` cold opens then ``runs`` in-app navigations, each in
    a fresh browser page (the first cold run includes the server's own start), then the landing
    page's first paint beside the bare baseline app's (:func:`landing_first_paint`). ``browser`` is a
    Playwright browser to reuse; by default one is launched. Returns ``{"nodes", "in_app": summary,
    "cold": summary, "landing": {"cold", "in_app", "baseline", "overhead"}}``, a summary being
    ``{"runs": [seconds…], "first", "best", "median"}``.
    """
    from arkg.graph.stores import open_store
    from arkg.pipeline.build import build

    store = open_store(settings)
    try:
        build(store)  # the sample corpus, as a new user has it after README's first command
        store.write_batch(star_graph(nodes))
    finally:
        store.close()
    with serve(settings) as url, serve(settings, script=BARE_APP) as bare:

        def measure(chromium: Any) -> tuple[list[float], list[float], dict[str, Any]]:
            return (_time(chromium, url, runs, _open_cold), _time(chromium, url, runs, _open_in_app),
                    landing_first_paint(url, chromium, runs, baseline=bare))

        if browser is not None:
            cold, in_app, landing = measure(browser)
        else:
            from playwright.sync_api import sync_playwright

            with sync_playwright() as playwright:
                own = launch(playwright)
                try:
                    cold, in_app, landing = measure(own)
                finally:
                    own.close()
    return {"nodes": nodes, "in_app": _summary(in_app), "cold": _summary(cold), "landing": landing}


def _summary(timings: list[float]) -> dict[str, Any]:
    ordered = sorted(timings)
    return {"runs": timings, "first": timings[0], "best": ordered[0], "median": ordered[len(ordered) // 2]}


def _open_cold(page: Any, url: str) -> float:
    """A fresh browser opens the Explore URL; timed from navigation start."""
    started = time.perf_counter()
    page.goto(f"{url}/explore?focus={HUB}")
    return started


def _open_in_app(page: Any, url: str) -> float:
    """The explorer is open on the hub's Entity page; timed from the click on its link to the graph."""
    page.goto(f"{url}/entity?id={HUB}")
    link = page.locator('a[href*="explore?focus="]').first
    link.wait_for(timeout=60_000)
    page.wait_for_load_state("networkidle")  # the page has settled, as it has for a reading user
    started = time.perf_counter()
    link.click()
    return started


def _time(browser: Any, url: str, runs: int, open_explore: Callable[[Any, str], float]) -> list[float]:
    """Seconds from ``open_explore``'s start until the hub answers a click, once per fresh browser page."""
    timings = []
    for _ in range(runs):
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        sent = record_sent(page)
        try:
            started = open_explore(page, url)
            wait_for_click_on_hub(page, sent)
            timings.append(time.perf_counter() - started)
        finally:
            page.close()
    return timings


#: The landing page's first meaningful paint: its heading and its search box (explorer/overview.py draws the box first).
LANDING_READY = '[data-testid="stMainBlockContainer"] h1'
LANDING_SEARCH = '[data-testid="stMainBlockContainer"] [data-testid="stTextInput"] input'


def landing_first_paint(url: str, browser: Any, runs: int = 5, lang: str = "en",
                        baseline: str | None = None) -> dict[str, Any]:
    """Seconds until the landing page shows its heading and search box, over a served app at ``url``.

    *cold*: a fresh browser context (empty cache, new session) opens ``/``; counted from navigation
    start. *in_app*: the explorer is open on the Entity page and the user clicks the menu's first
    entry (the landing page); counted from the click. Returns ``{"cold": summary, "in_app": summary}``.

    ``baseline``: the URL of :data:`BARE_APP` served beside it; each run then times the baseline
    right after arkg, so both meet the same machine load, and the result adds ``"baseline"`` (the
    same two summaries) and ``"overhead"`` (arkg's median minus the baseline's, per way, in seconds).
    """
    # the page's own title, read from the explorer's locale file as data (bench does not import the explorer)
    title = tomllib.loads((LOCALES / f"{lang}.toml").read_text(encoding="utf-8"))["text"]["page.overview"]
    timings: dict[str, dict[str, list[float]]] = {"arkg": {"cold": [], "in_app": []},
                                                  "baseline": {"cold": [], "in_app": []}}
    for address in (url, baseline):  # one untimed round each: a server's first session is nobody's first paint
        if address is not None:
            _landing_once(browser, address, lang, title)
    for _ in range(runs):
        for name, address in (("arkg", url), ("baseline", baseline)):
            if address is not None:
                cold, in_app = _landing_once(browser, address, lang, title)
                timings[name]["cold"].append(cold)
                timings[name]["in_app"].append(in_app)
    result: dict[str, Any] = {how: _summary(seconds) for how, seconds in timings["arkg"].items()}
    if baseline is not None:
        result["baseline"] = {how: _summary(seconds) for how, seconds in timings["baseline"].items()}
        result["overhead"] = {how: round(result[how]["median"] - result["baseline"][how]["median"], 3)
                              for how in ("cold", "in_app")}
    return result


def settle(page: Any) -> None:
    """Wait until the page has settled as it has for a reading user: nothing left to fetch, nothing left to run.

    Network idle alone is not enough: a script fetched last (the graph frontend the explorer
    preloads) may still be compiling, and a click would wait for it.
    """
    page.wait_for_load_state("networkidle")
    page.evaluate("() => new Promise(done => requestIdleCallback(() => done(), {timeout: 10000}))")


def _landing_once(browser: Any, url: str, lang: str, title: str) -> tuple[float, float]:
    """One cold open of ``/`` and one in-app return to it from the Entity page, in a fresh browser context."""

    def ready(page: Any) -> None:
        page.locator(LANDING_READY, has_text=title).first.wait_for(timeout=60_000)
        page.locator(LANDING_SEARCH).first.wait_for(timeout=60_000)

    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        page = context.new_page()
        started = time.perf_counter()
        page.goto(f"{url}/?lang={lang}", wait_until="commit")
        ready(page)
        cold = time.perf_counter() - started
        page.goto(f"{url}/entity?id=uncac/article/56&lang={lang}")
        page.locator('[data-testid="stMainBlockContainer"] mark').first.wait_for(timeout=60_000)
        settle(page)
        menu = page.locator('[data-testid="stSidebarNav"] a').first
        started = time.perf_counter()
        menu.click()
        page.wait_for_url(lambda address: "/entity" not in address, timeout=60_000)
        ready(page)
        return cold, time.perf_counter() - started
    finally:
        context.close()
