"""Helper of ``test_no_egress.py``: run Rashomon with every network attempt recorded.

Two modes:

* ``python tests/egress_probe.py run LOG -- ARGS...`` runs ``rashomon ARGS...`` in this process
  after installing an audit hook (:func:`sys.addaudithook`) that appends one JSON line to LOG
  for every socket event that names a peer or a host: ``socket.connect``, ``socket.sendto``,
  ``socket.sendmsg``, ``socket.bind``, ``socket.getaddrinfo``, ``socket.gethostbyname(_ex)``,
  ``socket.gethostbyaddr`` and ``socket.getnameinfo``. Audit hooks see every attempt made
  through Python's socket module, whichever library makes it (urllib, httpx, requests,
  asyncio, a model hub client), and cannot be removed once installed.
* ``python tests/egress_probe.py scenario OUT`` is meant to run inside a network namespace with
  only loopback (``unshare -n``): it brings loopback up, analyses the demo corpus (all steps,
  stories included) with ``run``, serves the result with ``run`` on 127.0.0.1, fetches UI
  pages and API endpoints with a client that is itself audited, stops the server and writes
  ``OUT/results.json``; every process's events go to ``OUT/*.events.jsonl``.

Only the standard library is used by the scenario's own client (``http.client``, which never
consults proxy settings), so whatever is recorded is Rashomon's doing or the client's own
loopback requests.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
from http.client import HTTPConnection
from pathlib import Path
from typing import Any
from urllib.parse import quote

REPO = Path(__file__).resolve().parents[1]
EVENTS = frozenset(
    {
        "socket.connect",
        "socket.sendto",
        "socket.sendmsg",
        "socket.bind",
        "socket.getaddrinfo",
        "socket.gethostbyname",
        "socket.gethostbyname_ex",
        "socket.gethostbyaddr",
        "socket.getnameinfo",
    }
)
_SOCKET_ARG = frozenset({"socket.connect", "socket.sendto", "socket.sendmsg", "socket.bind"})


def install_hook(log: Path, label: str) -> None:
    """Append every network event of this process to ``log``, one JSON object a line."""
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    lock = threading.Lock()

    def hook(event: str, args: tuple[Any, ...]) -> None:
        if event not in EVENTS:
            return
        if event in _SOCKET_ARG:
            sock, address = args[0], args[1]
            family = getattr(sock, "family", None)
            record = {"event": event, "family": getattr(family, "name", str(family))}
            record["address"] = _plain(address)
        else:
            record = {"event": event, "family": None, "address": _plain(args[0])}
        record["process"] = label
        line = (json.dumps(record, ensure_ascii=False) + "\n").encode()
        with lock:  # one write per line: O_APPEND keeps lines of several processes whole
            os.write(fd, line)

    sys.addaudithook(hook)


def _plain(value: Any) -> Any:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value if value is None or isinstance(value, str | int | float) else repr(value)


def loopback_up() -> None:
    """``ip link set lo up`` without needing iproute2: a new network namespace starts with its
    loopback interface down."""
    siocgifflags, siocsifflags, iff_up = 0x8913, 0x8914, 0x1
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        request = struct.pack("16sH", b"lo", 0)
        flags = struct.unpack("16sH", fcntl.ioctl(s.fileno(), siocgifflags, request))[1]
        if not flags & iff_up:
            fcntl.ioctl(s.fileno(), siocsifflags, struct.pack("16sH", b"lo", flags | iff_up))


def _probe(log: Path, label: str, *args: str) -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), "run", str(log), label, "--", *args]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(port: int, path: str) -> tuple[int, bytes]:
    conn = HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def _wait_ready(port: int, server: subprocess.Popen[bytes], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"server exited with {server.returncode}")
        try:
            _get(port, "/api/stats")
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"server not answering on 127.0.0.1:{port} after {seconds} s")


def _fetch_all(port: int) -> dict[str, int]:
    """GET the main UI pages and API endpoints, following ids found in the listings."""
    statuses: dict[str, int] = {}

    def get_json(path: str) -> Any:
        status, body = _get(port, path)
        statuses[path] = status
        return json.loads(body) if status == 200 else {}

    docs = get_json("/api/documents?limit=5").get("items", [])
    stories = get_json("/api/stories?limit=5").get("items", [])
    entities = get_json("/api/entities?limit=5").get("items", [])
    for path in ("/api/stats", "/api/places", "/api/search?q=Mosul"):
        get_json(path)
    hits = get_json("/api/search?q=Mosul&mode=semantic").get("items", [])
    statuses["semantic hits"] = len(hits)
    pages = ["/", "/documents", "/stories", "/entities", "/map", "/search?q=Mosul"]
    if docs:
        pages.append(f"/documents/{docs[0]['id']}")
        get_json(f"/api/documents/{docs[0]['id']}")
    if stories:
        pages.append(f"/stories/{stories[0]['id']}")
        get_json(f"/api/stories/{stories[0]['id']}")
    if entities:
        pages.append(f"/entities/{quote(entities[0]['key'])}")
    for path in pages:
        statuses[path] = _get(port, path)[0]
    return statuses


CANARY = ("192.0.2.1", 80)  # TEST-NET-1 (RFC 5737): never a real host


def _canary() -> str:
    """Try one outside connection on purpose: the namespace must refuse it and the hook must
    record it, or the test would prove nothing."""
    try:
        socket.create_connection(CANARY, timeout=5).close()
    except OSError as exc:
        return errno.errorcode.get(exc.errno or 0, str(exc))
    return "connected"


def scenario(out: Path) -> dict[str, Any]:
    loopback_up()
    install_hook(out / "client.events.jsonl", "client")
    db = out / "demo.db"
    result: dict[str, Any] = {"canary": _canary()}
    analysis = subprocess.run(
        _probe(out / "analyze.events.jsonl", "analyze", "analyze", str(REPO / "data" / "demo"))
        + ["--db", str(db), "--quiet"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    result["analyze"] = {
        "returncode": analysis.returncode,
        "stdout": analysis.stdout,
        "stderr": analysis.stderr[-4000:],
    }
    if analysis.returncode != 0:
        return result
    port = _free_port()
    log = (out / "serve.log").open("wb")
    server = subprocess.Popen(
        _probe(out / "serve.events.jsonl", "serve", "serve", "--db", str(db), "--port", str(port)),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        _wait_ready(port, server, 60)
        result["fetched"] = _fetch_all(port)
    except (RuntimeError, OSError) as exc:
        result["server_error"] = str(exc)
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()
    result["serve_log"] = (out / "serve.log").read_text(errors="replace")[-4000:]
    return result


def main(argv: list[str]) -> int:
    if len(argv) >= 4 and argv[0] == "run" and argv[3] == "--":
        install_hook(Path(argv[1]), argv[2])
        from rashomon.cli import main as cli

        cli(argv[4:], prog_name="rashomon")  # exits through SystemExit
        return 0
    if len(argv) == 2 and argv[0] == "scenario":
        out = Path(argv[1])
        out.mkdir(parents=True, exist_ok=True)
        result = scenario(out)
        (out / "results.json").write_text(json.dumps(result, indent=2, ensure_ascii=False))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
