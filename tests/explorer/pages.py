"""Browser test helpers: Debian's chromium through playwright (nothing is downloaded), and an
explorer page opened from a file with every non-file request blocked and recorded."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def skip_without_chromium() -> None:
    """In CI the browser must be there: browser tests skip only on a developer machine without it."""
    if not Path(CHROMIUM).exists() and os.environ.get("CI") != "true":
        pytest.skip("Debian chromium is not installed (apt-get install -y chromium)", allow_module_level=True)


class Page:
    """A page opened from a file with every non-file request blocked and recorded."""

    def __init__(self, browser, html_path: Path, fragment: str = ""):
        self.blocked: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.route("**/*", self._route)
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(html_path.as_uri() + ("#" + fragment if fragment else ""))
        self.page.wait_for_function("() => window.graphxReady === true", timeout=30_000)

    def _route(self, route):
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def js(self, expression, arg=None):
        return self.page.evaluate(expression, arg)

    def dom_position(self, node_id):
        """Where an actor is drawn, in page coordinates."""
        return self.js("""id => { const r = window.graphx.renderer, d = r.getNodeDisplayData(id);
                                   const p = r.framedGraphToViewport(d);
                                   const box = document.getElementById('graph').getBoundingClientRect();
                                   return [p.x + box.left, p.y + box.top]; }""", node_id)

    def drawn(self):
        """Actors and relations in the drawing now."""
        return self.js("""(() => { const g = window.graphx.graph;
                                   return {nodes: g.nodes().sort(),
                                           relations: g.edges().map(k => g.getEdgeAttribute(k, 'data'))
                                                       .filter(Boolean).map(e => e.relation)}; })()""")

    def close(self):
        self.page.close()
