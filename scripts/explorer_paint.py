"""Landing first paint and Explore time to interactive in the real app, on the sample corpus.

    .venv/bin/python scripts/explorer_paint.py [RUNS] [--landing]

Builds the sample corpus and a 200-node star into a scratch data directory (a FalkorDB server of
its own, stopped and removed at the end), serves ``app.py`` and, beside it, the bare baseline app
(``bench/bare_app.py``), and times in Debian's Chromium the landing page (cold and in the app,
English and Chinese; arkg and the baseline alternately, so both meet the same load; ``overhead``
is what arkg adds) and, unless ``--landing``, Explore (cold and in the app), each RUNS times
(default 5); prints every run and the medians as JSON. The same measures ``arkg bench`` reports,
without the rest of the benchmark.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

from arkg.bench.browser import (
    BARE_APP,
    _open_cold,
    _open_in_app,
    _summary,
    _time,
    landing_first_paint,
    launch,
    serve,
    star_graph,
)
from arkg.graph.settings import Settings
from arkg.graph.stores import open_store, server
from arkg.pipeline.build import build


def main(runs: int, explore: bool = True) -> dict:
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

        with serve(settings) as url, serve(settings, script=BARE_APP) as bare, sync_playwright() as playwright:
            browser = launch(playwright)
            try:
                warm = browser.new_page()  # the server's own first start is not a user's first paint
                warm.goto(url)
                warm.wait_for_timeout(5000)
                warm.close()
                result = {"landing_en": landing_first_paint(url, browser, runs, "en", baseline=bare),
                          "landing_zh": landing_first_paint(url, browser, runs, "zh", baseline=bare)}
                if explore:
                    result["explore_cold"] = _summary(_time(browser, url, runs, _open_cold))
                    result["explore_in_app"] = _summary(_time(browser, url, runs, _open_in_app))
                return result
            finally:
                browser.close()
    finally:
        server.stop(folder)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    numbers = [arg for arg in sys.argv[1:] if arg.isdigit()]
    print(json.dumps(main(int(numbers[0]) if numbers else 5, explore="--landing" not in sys.argv), indent=1))
