"""Screenshot of an explorer page for the README:

    python docs/screenshot.py output/graph.html docs/seed-graph.png [--select ACTOR | --focus ACTOR]
"""
import argparse
from pathlib import Path

from playwright.sync_api import sync_playwright

FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("page")
    parser.add_argument("png")
    parser.add_argument("--select", help="an actor to select (its evidence in the side panel)")
    parser.add_argument("--focus", help="an actor to focus (its neighbourhood only)")
    args = parser.parse_args()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 860})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://") else r.abort())
        page.goto(Path(args.page).resolve().as_uri())
        page.wait_for_function("window.graphxReady === true", timeout=60_000)
        if args.focus:
            page.evaluate("q => window.graphx.focusActor(q)", args.focus)
        if args.select:
            page.evaluate("q => window.graphx.select(window.graphx.matches(q, 1)[0][1])", args.select)
        page.wait_for_timeout(800)
        page.screenshot(path=args.png)
        browser.close()


if __name__ == "__main__":
    main()
