"""Screenshot of an explorer page for the README: python docs/screenshot.py output/graph.html docs/seed-graph.png"""
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]


def main(page_path: str, png_path: str, select: str | None = None) -> None:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
        page = browser.new_page(viewport={"width": 1500, "height": 900})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://") else r.abort())
        page.goto(Path(page_path).resolve().as_uri())
        page.wait_for_function("window.graphx && window.graphx.stabilized", timeout=30_000)
        page.evaluate("network.fit()")
        if select:
            page.evaluate("q => window.graphx.focusActor(q)", select)
            page.evaluate("network.fit()")
        page.wait_for_timeout(500)
        page.screenshot(path=png_path)
        browser.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
