"""Ctrl-C in the middle of a run: one line, exit 130, and no output file, whole or partial."""

from __future__ import annotations

import signal
import threading
import time

from cli_runs import briefer, ctrl_c_reaches_children, key_env, make_args
from openai_server import serve

from conftest import RECORDINGS


def test_ctrl_c_during_a_run_leaves_no_output(tmp_path):
    out = tmp_path / "out" / "brief.html"
    # the server holds every request until the test lets go: when the signal comes, the run
    # is surely waiting on the model, however fast or slow the machine
    hold = threading.Event()
    with serve(RECORDINGS, hold=hold) as server, ctrl_c_reaches_children():
        args = make_args(server.base_url, "--format", "html", "--out", str(out))
        process = briefer(args, key_env("sk-interrupt-test"))
        try:
            deadline = time.monotonic() + 60
            while not server.arrived.wait(0.1):  # checking the run is still alive meanwhile
                assert process.poll() is None, process.communicate()
                assert time.monotonic() < deadline, "the run never reached the model"
            process.send_signal(signal.SIGINT)
            stdout, stderr = process.communicate(timeout=30)  # no answer ever comes
        finally:
            hold.set()
            if process.poll() is None:
                process.kill()
    assert process.returncode == 130, stderr
    assert stderr == "briefer: error: interrupted; nothing was written\n"
    assert stdout == ""
    assert not out.exists()
    assert not out.parent.exists() or not list(out.parent.iterdir())
