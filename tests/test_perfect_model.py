"""A perfect model's answers mostly survive the checks; corrupted ones do not (issue 16).

The model is tests/polnear.py's PerfectModel: PolNeAR's hand annotations served as model
answers (every annotated direct quote, verbatim, with its speaker and passage id), on a fixed
sample of the training split (four articles per publisher, spread through the campaign).
bench/bench_perfect_model.py runs the same on the whole split and prints the figures.
"""

from __future__ import annotations

import pytest
from polnear import POLNEAR, PerfectModel, parse_request, perfect_transport, sample_names

from briefer.annotations import load_annotated
from briefer.evaluate import EvalOptions, evaluate_articles
from briefer.llm.client import LLMSettings


@pytest.fixture(scope="module")
def sample():
    if not POLNEAR.is_dir():
        pytest.skip(f"PolNeAR is not beside the project ({POLNEAR})")
    return load_annotated(POLNEAR, names=sample_names())


def _evaluate(articles, **corruption):
    model = PerfectModel(articles, **corruption)
    settings = LLMSettings(model="perfect-model", transport=perfect_transport(model))
    return evaluate_articles(articles, EvalOptions(engine="llm", llm=settings)), model


def test_the_checks_drop_at_most_a_tenth_of_a_perfect_models_statements(sample):
    report, model = _evaluate(sample)
    total = report.total
    assert total.offered == len(model.offered) >= 150
    assert sum(total.dropped.values()) <= 0.10 * total.offered, total.dropped
    assert total.precision >= 0.98, report.wrong


def test_corrupted_answers_are_caught(sample):
    report, model = _evaluate(sample, corrupt=0.3)
    assert sum(o.corruption is not None for o in model.offered) >= 40
    assert report.total.precision >= 0.98, report.wrong


@pytest.mark.parametrize("kind", ["speaker", "passage", "paraphrase"])
def test_every_kind_of_corruption_is_caught_on_its_own(sample, kind):
    report, model = _evaluate(sample, corrupt=1.0, kinds=(kind,))
    assert all(o.corruption == kind or kind == "passage" for o in model.offered)
    wrong = report.total.kept - report.total.correct
    if kind == "speaker":  # another speaker of the same article, or a made-up name: one
        # named beside the right one in the same paragraph can pass, nothing else does
        assert wrong <= 0.15 * report.total.offered, report.wrong
    else:  # words looked for only in the passage named, and only verbatim
        assert wrong <= 0.01 * report.total.offered, report.wrong


def test_requests_are_read_tolerantly():
    body = {
        "messages": [
            {"role": "system", "content": "Extract…"},
            {
                "role": "user",
                "content": '<passage id="c1">\nA "quote" here.\n</passage>\n'
                '<passage id="c2" source="s1">\nMore.\n</passage>',
            },
            {"role": "user", "content": "Your answer was not valid: …"},
        ]
    }
    assert parse_request(body).passages == {"c1": 'A "quote" here.', "c2": "More."}
    body = {
        "messages": [
            {
                "role": "user",
                "content": "## Ukraine\nst1 | Zelensky | opposes | "
                "“We will not”\nst2|Podolyak|neutral|“Talks”\n",
            }
        ]
    }
    assert parse_request(body).positions == {
        "Ukraine": [("st1", "Zelensky", "“We will not”"), ("st2", "Podolyak", "“Talks”")]
    }
