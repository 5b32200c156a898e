"""Landing first paint and Explore time to interactive in the real app, on the sample corpus.

    .venv/bin/python scripts/explorer_paint.py [RUNS]

Builds the sample corpus and a 200-node star into a scratch data directory (a FalkorDB server of
its own, stopped and removed at the end), serves ``app.py`` and times, in Debian's Chromium, the
landing page (cold and in the app, English and Chinese) and Explore (cold and in the app), each
RUNS times (default 5); prints every run and the medians as JSON. The same measures ``arkg
bench`` reports, without the rest of the benchmark.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

from arkg.bench.browser import _open_cold, _open_in_app, _summary, _time, landing_first_paint, launch, serve, star_graph
from arkg.graph.settings import Settings
from arkg.graph.stores import open_store, server
from arkg.pipeline.build import build


def main(runs: int) -> dict:
    folder = Path(tempfile.mkdtemp(prefix="arkg-paint-"))
    settings = Settings.from_env(data_dir=folder, store="falkordb", graph="paint")
    try:
        store = open_store(settings)
        try:
            build(store)
            store.write_batch(star_graph(200))
        finally:
            store.close()
        from playwright.sync_api import sync_playwright

        with serve(settings) as url, sync_playwright() as playwright:
            browser = launch(playwright)
            try:
                warm = browser.new_page()  # the server's own first start is not a user's first paint
                warm.goto(url)
                warm.wait_for_timeout(5000)
                warm.close()
                return {"landing_en": landing_first_paint(url, browser, runs, "en"),
                        "landing_zh": landing_first_paint(url, browser, runs, "zh"),
                        "explore_cold": _summary(_time(browser, url, runs, _open_cold)),
                        "explore_in_app": _summary(_time(browser, url, runs, _open_in_app))}
            finally:
                browser.close()
    finally:
        server.stop(folder)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]) if len(sys.argv) > 1 else 5), indent=1))
