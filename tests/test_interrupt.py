"""Ctrl-C in the middle of a run: one line, exit 130, and no output file, whole or partial."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from fault_server import FaultPlan, fault_server

from conftest import FIXTURE_MODEL, RECORDINGS, SEEDS


def test_ctrl_c_during_a_run_leaves_no_output(tmp_path):
    out = tmp_path / "out" / "brief.html"
    env = {**os.environ, "OPENAI_API_KEY": "sk-interrupt-test"}
    # the model is slow, so the run is surely waiting on it when the signal comes
    with fault_server(RECORDINGS, FaultPlan(rate=0.0, delay=5.0)) as server:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "briefer",
                "make",
                "--topic",
                "ceasefire",
                str(SEEDS),
                "--base-url",
                server.base_url,
                "--model",
                FIXTURE_MODEL,
                "--no-cache",
                "--format",
                "html",
                "--out",
                str(out),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        deadline = time.monotonic() + 60
        while server.log.requests == 0 and process.poll() is None:
            assert time.monotonic() < deadline, "the run never reached the model"
            time.sleep(0.05)
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "briefer: error: interrupted; nothing was written" in stderr
    assert "Traceback" not in stderr and stdout == ""
    assert not out.exists()
    assert not out.parent.exists() or not list(out.parent.iterdir())
