"""Two runs sharing one cache folder at the same time both succeed, and agree."""

from __future__ import annotations

from cli_runs import briefer, key_env, make_args
from openai_server import serve

from conftest import RECORDINGS


def test_two_concurrent_runs_share_a_cache_folder(tmp_path):
    cache = tmp_path / "cache"
    env = key_env("sk-cache-test-0123", SOURCE_DATE_EPOCH="0")

    def start(name: str, base_url: str):
        return briefer(make_args(base_url, "--out", str(tmp_path / name), cache=cache), env)

    # a slow model keeps both runs in flight together, writing the same entries
    with serve(RECORDINGS, delay=0.5) as server:
        runs = [start("a.md", server.base_url), start("b.md", server.base_url)]
        results = [run.communicate(timeout=120) for run in runs]
        assert [run.returncode for run in runs] == [0, 0], results
        both = server.requests
        again = start("c.md", server.base_url)
        again.communicate(timeout=120)
        assert server.requests == both  # the third run is answered by the cache alone
    assert 3 <= both <= 6  # (how many depends on timing: a run may find the other's entries)
    texts = {(tmp_path / name).read_text() for name in ("a.md", "b.md", "c.md")}
    assert len(texts) == 1
    assert sorted(p.suffix for p in cache.iterdir()) == [".json"] * 3  # no temp file left
