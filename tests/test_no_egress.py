"""Rashomon works with no network but loopback, and never tries to reach beyond it.

The whole pipeline (``rashomon analyze data/demo``, stories included) and the server
(``rashomon serve`` on 127.0.0.1, with pages and API endpoints fetched by a client in the same
namespace) run inside a fresh network namespace (``unshare -n``) whose only interface is
loopback. Every socket event of every process is recorded by an audit hook
(``tests/egress_probe.py``), and every address recorded must be a loopback one or a Unix
socket. A canary connection to a TEST-NET address checks the harness itself: the namespace
must refuse it and the hook must record it.
"""

from __future__ import annotations

import ipaddress
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
PROBE = HERE / "egress_probe.py"
CANARY_HOST = "192.0.2.1"


def _namespace_or_skip() -> list[str]:
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("unshare (util-linux) is not installed: cannot make a loopback-only namespace")
    errors = []
    # as root a network namespace alone; otherwise inside a user namespace where we are root
    for flags in (["-n"], ["-r", "-n"]):
        probe = subprocess.run([unshare, *flags, "true"], capture_output=True, text=True)
        if probe.returncode == 0:
            return [unshare, *flags]
        errors.append(probe.stderr.strip())
    pytest.skip(f"cannot make a network namespace here (unshare: {'; '.join(errors)})")


def _is_loopback(record: dict[str, Any]) -> bool:
    if record["family"] == "AF_UNIX":
        return True
    address = record["address"]
    host = address[0] if isinstance(address, list) else address
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False


def _events(out: Path) -> list[dict[str, Any]]:
    return [
        json.loads(line)
        for log in sorted(out.glob("*.events.jsonl"))
        for line in log.read_text().splitlines()
    ]


@pytest.mark.slow
def test_pipeline_and_server_work_offline_and_stay_on_loopback(tmp_path: Path) -> None:
    command = [*_namespace_or_skip(), sys.executable, str(PROBE), "scenario", str(tmp_path)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads((tmp_path / "results.json").read_text())

    analysis = result["analyze"]
    assert analysis["returncode"] == 0, analysis["stderr"]
    counts = dict(re.findall(r"^  (stored|stories): +(\d+)", analysis["stdout"], re.M))
    assert int(counts["stored"]) >= 30 and int(counts["stories"]) > 0, analysis["stdout"]

    assert "server_error" not in result, result.get("serve_log")
    fetched = result["fetched"]
    failed = {path: status for path, status in fetched.items() if path[0] == "/" and status != 200}
    assert not failed, result["serve_log"]
    assert any(path.startswith("/documents/") for path in fetched)
    assert any(path.startswith("/stories/") for path in fetched)

    events = _events(tmp_path)
    canary = [e for e in events if e["address"] in ([CANARY_HOST, 80], CANARY_HOST)]
    assert result["canary"] == "ENETUNREACH", "the namespace lets the canary out"
    assert any(e["event"] == "socket.connect" for e in canary), "the hook missed the canary"
    outside = [e for e in events if not _is_loopback(e) and e not in canary]
    assert not outside, outside
    # the client's own requests were recorded: the hooks were live
    assert any(e["event"] == "socket.connect" and e["process"] == "client" for e in events)
    assert any(e["event"] == "socket.bind" and e["process"] == "serve" for e in events)
