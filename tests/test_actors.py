"""Actor resolution from the data file, and user extensions."""

from __future__ import annotations

import pytest

from briefer.actors import load_actors
from briefer.errors import DataFileError


@pytest.mark.parametrize(
    ("phrase", "actor"),
    [
        ("Putin", "Russia"),
        ("the Kremlin", "Russia"),
        ("Moscow", "Russia"),
        ("Russian foreign policy adviser Yuri Ushakov", "Russia"),
        ("Medinsky", "Russia"),
        ("Kyiv", "Ukraine"),
        ("Kiev", "Ukraine"),
        ("Umerov", "Ukraine"),
        ("Podolyak", "Ukraine"),
        ("Steve Witkoff", "United States"),
        ("Washington", "United States"),
        ("Belarusian President Alexander Lukashenko", "Belarus"),
        ("Minsk", "Belarus"),
        ("Macron", "France"),
        ("Merz", "Germany"),
        ("EU", "EU"),
        ("NATO", "NATO"),
        ("Prime Minister Narendra Modi", "India"),
        ("Tory leader Michael Howard", "Conservatives"),
        ("Lib Dem spokesman Mark Oaten", "Liberal Democrats"),
        ("Labour MPs", "Labour"),
        ("Home Secretary Charles Clarke", "UK government"),
    ],
)
def test_builtin_mappings(phrase, actor):
    assert load_actors().resolve(phrase) == actor


def test_unknown_speakers_keep_their_own_name():
    actors = load_actors()
    assert actors.resolve("Anton") is None
    assert actors.actor_for("Mr Smith") == "Smith"


def test_user_file_adds_and_overrides(tmp_path):
    extra = tmp_path / "actors.toml"
    extra.write_text(
        '[actors.Colombia]\naliases = ["Gustavo Petro", "Bogota"]\n'
        'demonyms = ["Colombian"]\n[actors.Russia]\naliases = ["Kremlin"]\n'
    )
    actors = load_actors([extra])
    assert actors.resolve("President Gustavo Petro") == "Colombia"
    assert actors.resolve("a Colombian general") == "Colombia"
    assert actors.resolve("Putin") is None  # the user's Russia entry replaced the built-in one


def test_bad_user_file(tmp_path):
    extra = tmp_path / "actors.toml"
    extra.write_text("aliases = 3\n")
    with pytest.raises(DataFileError, match=r"expected \[actors\.NAME\]"):
        load_actors([extra])
