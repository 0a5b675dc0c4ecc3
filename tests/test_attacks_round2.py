"""Issue 11, the second round of attacks: each numbered problem has a test named after it
that failed before the fix. Item 3 (the offline engine's speed) lives with issue 13."""

from __future__ import annotations

import pytest
from cli_runs import key_env, make_args, run_briefer
from openai_server import FaultPlan, improvised_answer, serve

from briefer.cli import app

from conftest import FIXTURE_MODEL, RECORDINGS, SEEDS

FAKE_KEY = "sk-briefer-LEAK-CANARY-0a9b8c7d6e5f"


# -- 1. the API key never leaves -------------------------------------------------------------
@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 429, 500, 502])
def test_1_key_echoed_by_an_error_is_redacted_everywhere(runner, tmp_path, monkeypatch, status):
    """A server echoing the key in its status line, a header, a JSON body (and so in the
    SDK's exception text) for every error status: the key reaches no stream and no file."""
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_KEY)
    with serve(refuse=status, echo_key=True) as server:
        result = runner.invoke(
            app,
            make_args(
                server.base_url,
                "--record",
                str(tmp_path / "rec"),
                "-f",
                "json",
                "-o",
                str(tmp_path / "b.json"),
                "--allow-partial",
                "--debug",
                "--timeout",
                "5",
                cache=tmp_path / "cache",
            ),
        )
    assert server.requests > 0
    everything = result.stdout + result.stderr
    assert "Traceback" not in everything
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert b"LEAK-CANARY" not in path.read_bytes(), f"the key leaked into {path}"
            everything += path.read_text(errors="replace")
    assert "LEAK-CANARY" not in everything, everything[-3000:]
    assert "[redacted]" in everything  # the echo was shown or saved, and caught


def test_1_key_in_400_error_is_redacted_in_the_saved_brief(runner, tmp_path, monkeypatch):
    """The reported case: 400 with the Authorization header in its error text put the key
    into stats.failed_chunks; now the run says what failed, redacted, and exits 3."""
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_KEY)
    with serve(refuse=400, echo_key=True) as server:
        result = runner.invoke(
            app,
            make_args(server.base_url, "-f", "json", "-o", str(tmp_path / "b.json"), model=None),
        )
    assert "LEAK-CANARY" not in result.stdout + result.stderr
    assert result.exit_code == 3, result.stderr
    assert "[redacted]" in result.stderr
    assert result.stderr.count("request refused") == 1  # one line per reason, not 13


def test_1_key_in_400_error_is_redacted_in_a_real_process(tmp_path):
    """The same, as a user runs it: a real process, real stderr, no test runner between."""
    env = key_env(FAKE_KEY, XDG_CACHE_HOME=str(tmp_path / "c"))
    with serve(refuse=400, echo_key=True) as server:
        args = make_args(
            server.base_url, "-f", "json", "-o", str(tmp_path / "b.json"), model=None, cache=True
        )
        run = run_briefer(args, env)
    assert run.returncode == 3
    assert "LEAK-CANARY" not in run.stdout + run.stderr and "[redacted]" in run.stderr
    assert all(b"LEAK-CANARY" not in p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())


def test_1_key_in_debug_traceback_is_redacted(runner, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_KEY)
    monkeypatch.setenv("BRIEFER_DEBUG", "1")
    with serve(refuse=404, echo_key=True) as server:
        result = runner.invoke(app, make_args(server.base_url, model=None))
    assert result.exit_code != 0
    assert "Traceback" in result.stderr and "LEAK-CANARY" not in result.stderr


# -- 2. every template escapes every field for its format ------------------------------------
HOSTILE = [
    "https://x.example/a><img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "<javascript:alert(1)>",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    "[click](javascript:alert(1))",
    "![x](https://evil.example/x.png)",
    "<b>bold</b>",
    "&lt;script&gt;",
    "&#60;img src=x onerror=alert(3)&#62;",
    "</a><a href=javascript:x>",
    '"><svg onload=alert(4)>',
    "`code` *em* _u_ \\",
    "[ref]: javascript:alert(5)",
    "<!-- comment -->",
    "<?php ?>",
    "<![CDATA[x]]>",
    "line\n<div>\nnext",
    "2025-01-01<i>",
]
FREE_TEXT = {
    "topic",
    "title",
    "text",
    "actor",
    "speaker",
    "claim",
    "quote",
    "context",
    "outlet",
    "date",
    "url",
    "path",
    "model",
    "engine",
    "endpoint",
    "made_in",
    "anchor",
    "notices",
    "speakers",
    "failed_chunks",
}


def _poisoned(brief_json: dict, values: list[str]) -> dict:
    """The brief with every free-text field (every one a template may show) replaced by a
    hostile string, drawn in turn from `values`."""
    counter = iter(range(10**6))

    def walk(node, key=None):
        if isinstance(node, dict):
            return {k: walk(v, k) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v, key) for v in node]
        if isinstance(node, str) and key in FREE_TEXT:
            return values[next(counter) % len(values)]
        return node

    return walk(brief_json)


def _md_is_inert(markdown: str) -> None:
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark")  # raw HTML allowed, as GitHub-like viewers do
    tokens = parser.parse(markdown)
    for token in tokens:
        assert token.type != "html_block", token.content
        for child in token.children or []:
            assert child.type not in ("html_inline", "image"), child.content
            if child.type == "link_open":
                href = child.attrGet("href") or ""
                assert href.startswith(("http://", "https://", "#")), href
    rendered = parser.render(markdown).lower()
    for tag in ("<img", "<script", "<svg", "<div", "<b>", "<i>", "<!--", "<?php"):
        assert tag not in rendered, tag
    assert 'href="javascript' not in rendered


def _html_elements(page: str) -> list[tuple[str, tuple]]:
    from html.parser import HTMLParser

    found: list[tuple[str, tuple]] = []

    class Collect(HTMLParser):
        def handle_starttag(self, tag, attrs):
            names = tuple(sorted(name for name, _ in attrs))
            if "excerpt" in (dict(attrs).get("class") or "").split():
                # an excerpt is a quote block, or an empty anchor when a sentence already
                # shows its quote: which one depends on the text, not on any markup in it
                tag, names = "excerpt", ()
            found.append((tag, names))
            for name, value in attrs:
                assert not name.startswith("on"), (tag, name)
                if name == "href":
                    assert (value or "").startswith(("http://", "https://", "#")), value

        def handle_comment(self, data):
            found.append(("<!--", ()))

    Collect().feed(page)
    return found


@pytest.mark.parametrize("example", ["ceasefire.llm.json", "ceasefire.offline.json"])
def test_2_every_field_of_every_template_is_escaped(example):
    """Property: whatever strings a brief holds (article text, a page's canonical URL or
    date, a JSON field, a model name), Markdown holds no raw HTML, image or non-http link,
    and HTML gets exactly the elements a harmless brief gets."""
    import json

    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from briefer.models import Brief
    from briefer.render import render

    from conftest import ROOT

    original = json.loads((ROOT / "examples" / example).read_text())
    harmless = Brief.model_validate(_poisoned(original, ["plain words"]))
    expected_elements = _html_elements(render(harmless, "html"))
    hostile = st.one_of(
        st.sampled_from(HOSTILE),
        st.builds(
            lambda a, b: a + b,
            st.sampled_from(HOSTILE),
            st.text(alphabet="<>&\"'`*_[]()!:\\/ #;=\nxj", max_size=20),
        ),
        st.text(alphabet="<>&\"'`*_[]()!:\\/ #;=\nascriptjv", min_size=1, max_size=30),
    )

    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(hostile, min_size=1, max_size=12))
    def check(values):
        brief = Brief.model_validate(_poisoned(original, values))
        _md_is_inert(render(brief, "md"))
        assert _html_elements(render(brief, "html")) == expected_elements

    check()


def test_2_hostile_url_and_date_of_a_json_article_stay_text_in_markdown(runner, tmp_path):
    import json

    article = {
        "title": "Truce talks",
        "outlet": "Wire <b>x</b>",
        "url": "https://x.example/a><img src=x onerror=alert(1)>",
        "published": "<img src=y onerror=alert(2)>",
        "text": "'The ceasefire must hold now,' Foreign Minister Jane Doe said. The truce "
        "began on Monday, and both sides said they would respect it for a week.",
    }
    (tmp_path / "a.json").write_text(json.dumps(article))
    result = runner.invoke(app, ["make", "-t", "ceasefire", str(tmp_path / "a.json")])
    assert result.exit_code == 0, result.stderr
    _md_is_inert(result.stdout)
    assert "x.example" in result.stdout  # shown, as text


# -- 4. LLM failures are failures ------------------------------------------------------------
def _closed_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_4_connection_refused_fails_fast_with_one_line_and_exit_3(runner, tmp_path, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-refused-1234")
    out = tmp_path / "b.md"
    result = runner.invoke(
        app,
        [
            "make",
            "-t",
            "ceasefire",
            str(SEEDS),
            "--no-cache",
            "-v",
            "--base-url",
            f"http://127.0.0.1:{_closed_port()}/v1",
            "-o",
            str(out),
        ],
    )
    assert result.exit_code == 3, result.stderr
    errors = [line for line in result.stderr.splitlines() if "error:" in line]
    assert len(errors) == 1 and "connection refused" in errors[0]
    assert "retrying" not in result.stderr  # not six tries per batch: none at all
    assert not out.exists()


def test_4_dns_failure_is_unreachable_not_retried():
    import asyncio

    import httpx2

    from briefer.errors import EndpointUnreachable
    from briefer.llm.client import LLMCaller, LLMSettings
    from briefer.llm.schemas import ExtractionAnswer

    tries = []

    def no_such_host(request):
        tries.append(request)
        raise httpx2.ConnectError("[Errno -2] Name or service not known")

    caller = LLMCaller(
        LLMSettings(
            base_url="http://no-such-host.invalid/v1",
            api_key="x" * 10,
            transport=httpx2.MockTransport(no_such_host),
        )
    )
    with pytest.raises(EndpointUnreachable, match="unknown host"):
        asyncio.run(caller.ask("extract", [{"role": "user", "content": "hi"}], ExtractionAnswer))
    assert len(tries) == 1


def test_4_endpoint_that_never_answers_stops_after_timeout(runner, tmp_path, monkeypatch):
    """A server that accepts connections and never answers: each request waits --timeout,
    is tried once more, and the run stops with exit 3 (it took over 12 minutes before)."""
    import socket

    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-silent-1234")
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(64)  # the kernel accepts; nobody ever reads or answers
        port = silent.getsockname()[1]
        result = runner.invoke(
            app, make_args(f"http://127.0.0.1:{port}/v1", "--timeout", "1", model=None)
        )
    assert result.exit_code == 3, result.stderr
    assert "did not answer within 1 s (--timeout)" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_4_total_retry_time_is_bounded():
    import asyncio

    import httpx2

    from briefer.llm.client import ChunkFailed, LLMCaller, LLMSettings
    from briefer.llm.schemas import ExtractionAnswer

    tries = []

    def always_busy(request):
        tries.append(request)
        return httpx2.Response(
            503, json={"error": {"message": "busy"}}, headers={"retry-after-ms": "200"}
        )

    caller = LLMCaller(
        LLMSettings(
            api_key="x" * 10,
            max_attempts=1000,
            max_retry_seconds=1,
            transport=httpx2.MockTransport(always_busy),
        )
    )
    with pytest.raises(ChunkFailed, match="gave up after retrying"):
        asyncio.run(caller.ask("extract", [{"role": "user", "content": "hi"}], ExtractionAnswer))
    assert 2 <= len(tries) <= 10  # stopped by the time budget, not by 1000 attempts


def test_4_partial_run_exits_4_unless_allow_partial(runner, tmp_path, api_key):
    out = tmp_path / "b.md"
    plan = FaultPlan(rate=1.0, faults=("refusal",), limit=1)  # refuses one of two batches
    runs = []
    for extra in ([], ["--allow-partial"]):  # a fresh server (and refusal) for each run
        with serve(RECORDINGS, plan=plan, answer=improvised_answer) as server:
            runs.append(runner.invoke(app, make_args(server.base_url, "-o", str(out), *extra)))
    partial, allowed = runs
    assert partial.exit_code == 4, partial.stderr
    last = partial.stderr.strip().splitlines()[-1]
    assert "of 14 on-topic passages could not be read" in last and "--allow-partial" in last
    assert allowed.exit_code == 0 and out.exists()


def test_4_engine_llm_without_key_or_base_url_says_what_to_set(runner):
    result = runner.invoke(app, ["make", "-t", "ceasefire", str(SEEDS), "--engine", "llm"])
    assert result.exit_code == 1
    assert "OPENAI_API_KEY" in result.stderr and "--base-url" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_4_non_ascii_key_is_a_clear_message_not_an_invalid_answer(runner, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-proj-abc\u2013def123456")  # an en dash pasted in
    result = runner.invoke(app, make_args(f"http://127.0.0.1:{_closed_port()}/v1", model=None))
    assert result.exit_code == 1
    assert "OPENAI_API_KEY has a non-ASCII character at position 12" in result.stderr
    assert "\u2013" not in result.stderr and "invalid" not in result.stderr


# -- 5. the cache knows its endpoint; replay is exact ----------------------------------------
def test_5_cache_keys_include_the_endpoint(runner, tmp_path, api_key):
    with serve(RECORDINGS) as first:
        made = runner.invoke(app, make_args(first.base_url, cache=tmp_path / "cache"))
    assert made.exit_code == 0 and first.requests == 3
    with serve() as other:  # knows no answer at all
        again = runner.invoke(app, make_args(other.base_url, cache=tmp_path / "cache"))
    assert other.requests > 0  # asked, not answered from the first server's cache
    assert again.exit_code != 0


def test_5_replay_never_falls_through_to_the_cache(runner, tmp_path, api_key):
    with serve(RECORDINGS) as server:
        made = runner.invoke(app, make_args(server.base_url, cache=tmp_path / "cache"))
        assert made.exit_code == 0
    (tmp_path / "empty").mkdir()
    replayed = runner.invoke(
        app, make_args(None, "--replay", str(tmp_path / "empty"), cache=tmp_path / "cache")
    )
    assert replayed.exit_code == 1 and "no recording for request key" in replayed.stderr


def test_5_brief_names_the_endpoint_host_never_the_key(runner, monkeypatch):
    import json

    monkeypatch.setenv("OPENAI_API_KEY", FAKE_KEY)
    with serve(RECORDINGS) as server:
        result = runner.invoke(app, make_args(server.base_url, "-f", "json"))
    brief = json.loads(result.stdout)
    assert brief["stats"]["endpoint"] == "127.0.0.1"
    assert f"Made with the llm engine: model {FIXTURE_MODEL} at 127.0.0.1." in brief["notices"]
    assert "LEAK-CANARY" not in result.stdout


# -- 6. one bad byte garbles nothing else ----------------------------------------------------
ARTICLE_6 = (
    "Truce talks resume\n\n"
    "Zelensky’s envoy arrived on Monday. “The ceasefire must hold for every village,” "
    "Foreign Minister Jane Doe said. “We will keep the ceasefire \xff while talks go on,” "
    "Defence Minister John Roe said. “The ceasefire is a first step,” Prime Minister Ann "
    "Poe said in Gen\xffva. Both sides said they would respect the truce for a "
    "week of further talks in Geneva, officials said.\n"
)


def test_6_one_bad_byte_keeps_utf8_and_a_garbled_quote_is_dropped(runner, tmp_path):
    import json

    path = tmp_path / "story.txt"
    path.write_bytes(ARTICLE_6.replace("\xff", "\0").encode("utf-8").replace(b"\0", b"\xff"))
    result = runner.invoke(app, ["make", "-t", "ceasefire", str(path), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    assert "2 undecodable byte sequences shown as U+FFFD" in result.stderr
    brief = json.loads(result.stdout)
    quotes = [
        e["quote"] for p in brief["positions"] for s in p["statements"] for e in s["evidence"]
    ]
    assert any("The ceasefire must hold" in q for q in quotes)  # the clean quote stays
    assert not any("\ufffd" in q or "â€" in q for q in quotes)  # never shown as verbatim
    assert "â€" not in result.stdout
    assert brief["stats"]["quotes_garbled"] == 1
    shown = [x[field] for x in brief["excerpts"] for field in ("quote", "context")]
    assert any("The ceasefire is a first step" in text for text in shown)
    assert not any("\ufffd" in text for text in shown)  # nor in a quote's sentence
    assert any("could not be decoded" in n for n in brief["notices"])


def test_6_cp1252_files_are_still_cp1252():
    from briefer.ingest.decode import decode_bytes

    decoded = decode_bytes("Caf\xe9 owners said prices rose by \xa35.".encode("cp1252"))
    assert decoded.text == "Café owners said prices rose by £5." and "cp1252" in decoded.note


# -- 7. output files -------------------------------------------------------------------------
def test_7_a_replaced_file_keeps_its_mode_and_a_new_one_is_0644(runner, tmp_path):
    import os

    old_umask = os.umask(0o022)
    try:
        fresh, shared = tmp_path / "new.md", tmp_path / "shared.md"
        shared.write_text("old")
        shared.chmod(0o664)
        for out in (fresh, shared):
            result = runner.invoke(app, ["make", "-t", "ceasefire", str(SEEDS), "-o", str(out)])
            assert result.exit_code == 0, result.stderr
    finally:
        os.umask(old_umask)
    assert fresh.stat().st_mode & 0o777 == 0o644
    assert shared.stat().st_mode & 0o777 == 0o664 and shared.read_text() != "old"


def test_7_dash_is_stdout_and_the_extension_picks_the_format(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["make", "-t", "ceasefire", str(SEEDS), "-o", "-"])
    assert result.exit_code == 0 and result.stdout.startswith("# ")
    assert not (tmp_path / "-").exists()
    for name, start in (("b.html", "<!DOCTYPE html>"), ("b.json", "{"), ("b.md", "# ")):
        made = runner.invoke(app, ["make", "-t", "ceasefire", str(SEEDS), "-o", name])
        assert made.exit_code == 0, made.stderr
        assert (tmp_path / name).read_text().startswith(start), name


def test_7_bad_out_or_template_is_found_before_any_work(runner, tmp_path, monkeypatch):
    """A folder as --out, or a missing --template, is one line before the run starts: no
    article is read (so no paid request is made)."""
    import briefer.app

    ran = []
    monkeypatch.setattr(briefer.app, "make_brief", lambda *a, **k: ran.append(a))
    folder = runner.invoke(app, ["make", "-t", "ceasefire", str(SEEDS), "-o", str(tmp_path)])
    assert folder.exit_code == 1 and "is a folder" in folder.stderr
    assert "internal error" not in folder.stderr
    missing = runner.invoke(
        app, ["make", "-t", "ceasefire", str(SEEDS), "--template", str(tmp_path / "nope.j2")]
    )
    assert missing.exit_code == 1 and "template file not found" in missing.stderr
    broken = tmp_path / "broken.md.j2"
    broken.write_text("{% for x in %}")
    syntax = runner.invoke(app, ["make", "-t", "ceasefire", str(SEEDS), "--template", str(broken)])
    assert syntax.exit_code == 1 and f"{broken}: line 1" in syntax.stderr
    assert ran == []


# -- 8. quiet failures are said, one line each -----------------------------------------------
def test_8_an_unreadable_subfolder_is_named(runner, tmp_path, monkeypatch):
    import os
    import shutil

    shutil.copytree(SEEDS, tmp_path / "in")
    (tmp_path / "in" / "locked").mkdir()
    real_scandir = os.scandir

    def scandir(path="."):  # root reads any folder, so the refusal is simulated
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = runner.invoke(app, ["sources", "-t", "ceasefire", str(tmp_path / "in")])
    assert result.exit_code == 0, result.stderr
    assert (
        f"briefer: skipped {tmp_path / 'in' / 'locked'}: cannot read folder (permission "
        "denied)" in result.stderr
    )


@pytest.mark.parametrize("topic", ["", "   "])
def test_8_an_empty_topic_is_refused(runner, topic):
    result = runner.invoke(app, ["make", "-t", topic, str(SEEDS)])
    assert result.exit_code == 2 and "--topic is empty" in result.stderr


def test_8_a_topic_that_matches_nothing_is_said(runner):
    result = runner.invoke(app, ["make", "-t", "volcanoes", str(SEEDS)])
    assert result.exit_code == 0
    assert "no passage in the 10 sources is about 'volcanoes'" in result.stderr


@pytest.mark.parametrize("size", ["0", "-1", "nan"])
def test_8_max_file_mb_must_be_above_zero(runner, size):
    result = runner.invoke(app, ["sources", "-t", "ceasefire", str(SEEDS), "--max-file-mb", size])
    assert (
        result.exit_code == 2
        and "--max-file-mb must be a number of megabytes above 0" in result.stderr
    )


@pytest.mark.parametrize(
    "option,content",
    [
        ("--actors", "[actors.Colombia]\naliases = 5\n"),
        ("--actors", "[media]\nnames = [1, 2]\n"),
        ("--topics", "[grain-deal]\naliases = 5\n"),
        ("--topics", "grain-deal = 3\n"),
    ],
)
def test_8_a_data_file_of_the_wrong_shape_is_one_line(runner, tmp_path, option, content):
    data = tmp_path / "mine.toml"
    data.write_text(content)
    result = runner.invoke(app, ["make", "-t", "ceasefire", str(SEEDS), option, str(data)])
    assert result.exit_code == 1, result.stderr
    [line] = result.stderr.strip().splitlines()[-1:]
    assert line.startswith(f"briefer: error: {data}: ") and "internal error" not in line
    assert "must be a" in line


def test_8_check_works_from_another_folder_and_names_a_missing_source(
    runner, tmp_path, monkeypatch
):
    import shutil

    shutil.copytree(SEEDS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    made = runner.invoke(app, ["make", "-t", "ceasefire", "seeds", "-o", "brief.json"])
    assert made.exit_code == 0, made.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    checked = runner.invoke(app, ["check", "../brief.json"])
    assert checked.exit_code == 0 and checked.stdout.strip().endswith(": OK"), checked.stdout
    import json

    cited = json.loads((tmp_path / "brief.json").read_text())["sources"][0]["path"]
    (tmp_path / cited).rename(tmp_path / "moved")
    missing = runner.invoke(app, ["check", "../brief.json"])
    assert missing.exit_code == 1
    assert "FAIL source not found: [1]" in missing.stdout
    assert "quote not in source" not in missing.stdout


# -- 9. small things users notice ------------------------------------------------------------
def test_9_version_short_flag_and_shell_completion(runner):
    from briefer import __version__

    assert runner.invoke(app, ["-V"]).stdout == f"briefer {__version__}\n"
    help_text = runner.invoke(app, ["--help"]).stdout
    assert "--install-completion" in help_text and "--show-completion" in help_text


def test_9_help_shows_no_bool_placeholders_and_true_formats(runner):
    for command in ("make", "sources", "render", "check", "templates"):
        text = runner.invoke(app, [command, "--help"]).stdout
        assert "<bool>" not in text, command
    render_help = " ".join(runner.invoke(app, ["render", "--help"]).stdout.split())
    assert "md, html or json" in render_help


def test_9_templates_defaults_to_md_like_make(runner):
    assert runner.invoke(app, ["templates"]).stdout.startswith("{#- Markdown brief")


def test_9_one_source_is_singular(runner, tmp_path):
    (tmp_path / "one.txt").write_text(
        "Truce talks\n\n'The ceasefire must hold now,' Foreign Minister Jane Doe said. The "
        "truce began on Monday, and both sides said they would respect it for a week.\n"
    )
    for fmt in ("md", "html"):
        result = runner.invoke(app, ["make", "-t", "ceasefire", str(tmp_path), "-f", fmt])
        assert result.exit_code == 0, result.stderr
        assert "1 source cited of 1 read" in result.stdout and "1 sources" not in result.stdout
    saved = tmp_path / "brief.json"
    assert (
        runner.invoke(
            app, ["make", "-t", "ceasefire", str(tmp_path / "one.txt"), "-o", str(saved)]
        ).exit_code
        == 0
    )
    checked = runner.invoke(app, ["check", str(saved)])
    assert "against 1 source: OK" in checked.stdout, checked.stdout


def test_9_a_symlink_loop_is_named_as_one(runner, tmp_path):
    import shutil

    shutil.copytree(SEEDS, tmp_path / "in")
    (tmp_path / "in" / "loop").symlink_to(tmp_path / "in" / "loop")
    (tmp_path / "in" / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    result = runner.invoke(app, ["sources", "-t", "ceasefire", str(tmp_path / "in")])
    assert f"skipped {tmp_path / 'in' / 'loop'}: symbolic link loop" in result.stderr
    assert "gone.txt: broken symbolic link" in result.stderr
    assert "unsupported file type ''" not in result.stderr


def test_9_a_file_url_is_read_as_the_file_it_names(runner, tmp_path):
    story = SEEDS / sorted(p.name for p in SEEDS.iterdir())[0]
    result = runner.invoke(
        app,
        [
            "sources",
            "-t",
            "ceasefire",
            story.as_uri(),
            "file:///no/such/file.txt",
            "ftp://example.org/x.txt",
        ],
    )
    assert "skipped /no/such/file.txt: no such file or folder" in result.stderr
    assert "file:/no" not in result.stderr
    assert "unsupported URL scheme 'ftp'" in result.stderr
    assert result.exit_code == 0, result.stderr


def test_9_utf16le_without_bom_is_text_not_binary(runner, tmp_path):
    text = (
        "Truce talks\n\n'The ceasefire must hold now,' Foreign Minister Jane Doe said. The "
        "truce began on Monday, and both sides said they would respect it for a week.\n"
    )
    (tmp_path / "wide.txt").write_bytes(text.encode("utf-16-le"))
    result = runner.invoke(app, ["sources", "-t", "ceasefire", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    assert "binary" not in result.stderr and "decoded as UTF-16-LE" in result.stderr


def test_9_warnings_carry_the_prefix_once_each(runner, api_key):
    with serve(RECORDINGS, plan=FaultPlan(rate=1.0, faults=("refusal",))) as server:
        result = runner.invoke(app, make_args(server.base_url))
    lines = result.stderr.strip().splitlines()
    assert lines and all(line.startswith("briefer: ") for line in lines), lines
    assert len(lines) == len(set(lines))
    assert sum("the model refused" in line for line in lines) == 1  # one line, 13 passages


def test_9_the_no_key_notice_is_said_once_not_on_every_run(runner):
    first = runner.invoke(app, ["make", "-t", "ceasefire", str(SEEDS)])
    second = runner.invoke(app, ["make", "-t", "ceasefire", str(SEEDS)])
    assert "using the offline engine" in first.stderr
    assert "using the offline engine" not in second.stderr


FRENCH = (
    "Le président a déclaré mardi que le cessez-le-feu devait être respecté par toutes "
    "les parties. « Nous ne signerons rien tant que les troupes resteront sur notre "
    "territoire », a dit le ministre des Affaires étrangères lors d'une conférence de "
    "presse à Paris. Les négociations sur le cessez-le-feu reprendront la semaine "
    "prochaine à Genève, selon des sources diplomatiques, mais aucune date n'a été fixée."
)


def test_9_a_french_article_on_topic_gets_a_note_that_offline_reads_english(runner, tmp_path):
    (tmp_path / "fr.txt").write_text("Cessez-le-feu\n\n" + FRENCH + "\n")
    result = runner.invoke(app, ["make", "-t", "cessez-le-feu", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    assert "does not look like English: the offline engine reads English only" in result.stderr


def test_9_language_guess_holds_on_the_bbc_corpus_and_other_languages(bbc):
    from briefer.language import looks_english

    stories = sorted(bbc.rglob("*.txt"))
    assert all(looks_english(p.read_text(errors="replace")) for p in stories[::7])
    german = (
        "Der Bundeskanzler sagte am Dienstag, die Waffenruhe müsse von allen Seiten "
        "eingehalten werden. Wir werden nichts unterschreiben, solange Truppen auf "
        "unserem Gebiet stehen, sagte der Außenminister auf einer Pressekonferenz in "
        "Berlin. Die Verhandlungen sollen nächste Woche in Genf weitergehen."
    )
    assert not looks_english(FRENCH) and not looks_english(german)


def test_9_sources_counts_one_story_in_the_singular(runner, tmp_path):
    (tmp_path / "one.txt").write_text(
        "Truce talks\n\n'The ceasefire must hold now,' Foreign Minister Jane Doe said. The "
        "truce began on Monday, and both sides said they would respect it for a week.\n"
    )
    result = runner.invoke(app, ["sources", "-t", "ceasefire", str(tmp_path)])
    assert "1 story, 1 on topic; 1 of 1 passage on topic." in result.stdout
