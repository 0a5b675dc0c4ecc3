"""Ctrl-C in the middle of a run: one line, exit 130, and no output file, whole or partial."""

from __future__ import annotations

import signal
import threading

import pytest
from cli_runs import briefer, ctrl_c_reaches_children, key_env, make_args
from openai_server import FaultPlan, serve

from conftest import RECORDINGS

# the seeds make two extraction requests at once; Ctrl-C comes once both have arrived
WAITING = {
    # the server holds every request until the test lets go: the run is surely waiting on
    # the model when the signal comes, however fast or slow the machine
    "on the model": lambda: {"hold": threading.Event()},
    # every request is told at once to come back in 30 s: the run is waiting to retry
    "to retry": lambda: {"plan": FaultPlan(rate=1.0, faults=("429-retry-after",), retry_after=30)},
}


@pytest.mark.parametrize("waiting", list(WAITING))
def test_ctrl_c_during_a_run_leaves_no_output(tmp_path, waiting):
    out = tmp_path / "out" / "brief.html"
    with serve(RECORDINGS, **WAITING[waiting]()) as server, ctrl_c_reaches_children():
        args = make_args(server.base_url, "--format", "html", "--out", str(out))
        process = briefer(args, key_env("sk-interrupt-test"))
        try:
            for _ in range(600):  # up to a minute, checking the run is still alive meanwhile
                if server.wait_for(2, timeout=0.1):
                    break
                assert process.poll() is None, process.communicate()
            else:
                raise AssertionError("the run never reached the model")
            process.send_signal(signal.SIGINT)
            stdout, stderr = process.communicate(timeout=30)  # no answer would come in time
        finally:
            if process.poll() is None:
                process.kill()
    assert process.returncode == 130, stderr
    assert stderr == "briefer: error: interrupted; nothing was written\n"
    assert stdout == ""
    assert not out.exists()
    assert not out.parent.exists() or not list(out.parent.iterdir())
