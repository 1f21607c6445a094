"""`python -m flows serve` against a real Prefect server: the deployment is registered, a run
triggered through the API completes and publishes a release."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCUMENT = ROOT / "tests" / "fixtures" / "dev_texts" / "dev04_burkina_djibo_ambush"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(check, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if result := check():
            return result
        time.sleep(1)
    pytest.fail(f"gave up after {seconds:.0f} s waiting for {what}")


def create_run(api: str, deployment: str) -> str | None:
    """The new run's id; None while the server refuses (it answered a 5xx once in CI, the
    deployment just registered and its SQLite database busy)."""
    created = httpx.post(f"{api}/deployments/{deployment}/create_flow_run", json={}, timeout=10)
    return created.json().get("id") if created.is_success else None


@contextmanager
def running(command: list[str], env: dict, log: Path) -> Iterator[subprocess.Popen]:
    """A child process, stopped (and its children with it) when the block ends."""
    with log.open("w") as out:
        proc = subprocess.Popen(
            command, env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            yield proc
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait()


def api_ok(api: str) -> bool:
    try:
        return httpx.get(f"{api}/health", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def deployment_id(api: str) -> str | None:
    response = httpx.get(f"{api}/deployments/name/build-dataset/build-dataset", timeout=5)
    return response.json()["id"] if response.status_code == 200 else None


def run_state(api: str, run_id: str) -> str | None:
    state = httpx.get(f"{api}/flow_runs/{run_id}", timeout=5).json()["state"]["type"]
    return state if state in ("COMPLETED", "FAILED", "CRASHED", "CANCELLED") else None


def test_a_served_deployment_runs_when_triggered_through_the_api_and_publishes(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    for path in DOCUMENT.parent.glob(f"{DOCUMENT.name}.*"):
        shutil.copy(path, raw / path.name)
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env |= {
        "PREFECT_HOME": str(tmp_path / "prefect"),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_UI_ENABLED": "false",
        "PREFECT_LOGGING_LEVEL": "WARNING",
    }
    server = [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1"]
    with running([*server, "--port", str(port)], env, tmp_path / "server.log"):
        wait_until(lambda: api_ok(api), 120, f"the Prefect server (see {tmp_path}/server.log)")
        serve = [sys.executable, "-m", "flows", "serve", "--cron", "0 3 * * *"]
        serve += ["--raw", str(raw), "--out", str(out), "--no-cache"]
        with running(serve, env | {"PREFECT_API_URL": api}, tmp_path / "serve.log"):
            deployment = wait_until(lambda: deployment_id(api), 120, "the deployment")
            schedules = httpx.get(f"{api}/deployments/{deployment}", timeout=5).json()
            assert [s["schedule"]["cron"] for s in schedules["schedules"]] == ["0 3 * * *"]
            run_id = wait_until(lambda: create_run(api, deployment), 60, "a flow run created")
            state = wait_until(lambda: run_state(api, run_id), 300, "the triggered run")
    assert state == "COMPLETED", (tmp_path / "serve.log").read_text()[-3000:]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["row_counts"]["documents"] == 1 and manifest["row_counts"]["events"] >= 1
