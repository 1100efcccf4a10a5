"""Screenshots of the main pages on the demo corpus, for reviewers: ``make screenshots``.

Analyses the demo corpus into a temporary database (``rashomon demo --no-serve``), serves it
on 127.0.0.1 (read-only), and has Debian's Chromium (driven by Playwright, never a downloaded
browser) capture the overview, a story side by side, a Persian document with its highlights, an
entity, an outlet, a cross-lingual search and the map into ``docs/screenshots/``. Every request
the pages make is checked to stay on 127.0.0.1.

Usage: ``.venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--db DEMO_DB]``
"""

from __future__ import annotations

import argparse
import json
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote, urlsplit

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
WIDTH, HEIGHT = 1400, 1000


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def get_json(base: str, path: str) -> dict:
    with urllib.request.urlopen(base + path, timeout=30) as response:  # noqa: S310 - loopback
        return json.load(response)


def wait_until_up(base: str, server: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("the server stopped before it answered")
        try:
            get_json(base, "/api/stats")
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"no answer from {base} after {seconds:.0f} s")


def pages(base: str) -> dict[str, str]:
    """Page name -> path: the largest story, its first Persian document, the most-named person,
    and that story's first outlet."""
    [story] = get_json(base, "/api/stories?limit=1")["items"]
    detail = get_json(base, f"/api/stories/{quote(story['id'], safe='')}")
    docs = [d["document"] for d in detail["documents"]]
    persian = next((d for d in docs if d["lang"] == "fa"), docs[0])
    people = get_json(base, "/api/entities?type=PER&limit=1")["items"]
    outlet = next(d["source"] for d in docs if d["source"])
    found = {
        "overview": "/",
        "story": f"/stories/{quote(story['id'], safe='')}",
        "document": f"/documents/{quote(persian['id'], safe='')}",
        "outlet": f"/outlets/{quote(outlet, safe='')}",
        "search": "/search?" + "q=" + quote("Syrian army retakes Albu Kamal") + "&mode=semantic",
        "map": "/map",
    }
    if people:
        found["entity"] = f"/entities/{quote(people[0]['key'], safe='')}"
    return found


def capture(base: str, out: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    outside: list[str] = []
    written = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM)
        page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT})
        page.on(
            "request",
            lambda r: (
                outside.append(r.url)
                if urlsplit(r.url).hostname not in ("127.0.0.1", None)
                else None
            ),
        )
        for name, path in pages(base).items():
            page.goto(base + path, wait_until="networkidle")
            target = out / f"{name}.jpg"  # JPEG: a fifth of a PNG's size, fine for a page
            page.screenshot(path=str(target), type="jpeg", quality=70)  # first screenful
            written.append(target)
        browser.close()
    if outside:
        raise SystemExit(f"a page asked for something beyond 127.0.0.1: {outside[:5]}")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--db", type=Path, help="an analysed demo database to reuse")
    args = parser.parse_args(argv)
    rashomon = [sys.executable, "-m", "rashomon.cli"]
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "demo.db"
        if not args.db:
            subprocess.run([*rashomon, "demo", "--db", str(db), "--no-serve"], check=True)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen([*rashomon, "serve", "--db", str(db), "--port", str(port)])
        try:
            wait_until_up(base, server)
            for path in capture(base, args.out):
                print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
        finally:
            server.terminate()
            server.wait(timeout=30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
