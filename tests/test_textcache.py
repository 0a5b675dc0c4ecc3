"""The per-text cache: computed once per text, and an equal text in another object is compared
with the cached one once, not on every lookup (lru_cache compared them on every lookup)."""

from __future__ import annotations

from briefer.textcache import text_cache


class CountingText(str):
    """A text that counts how often it is compared for equality with another object."""

    comparisons = 0

    def __eq__(self, other: object) -> bool:
        CountingText.comparisons += 1
        return str.__eq__(self, other)

    __hash__ = str.__hash__


def _counted(maxsize: int = 4):
    computed: list[str] = []

    @text_cache(maxsize=maxsize)
    def length(text: str) -> int:
        computed.append(text)
        return len(text)

    return length, computed


def test_a_text_is_computed_once():
    length, computed = _counted()
    text = "A story. " * 10
    assert [length(text) for _ in range(5)] == [90] * 5
    assert len(computed) == 1


def test_an_equal_text_in_another_object_is_compared_once_then_found_by_identity():
    length, computed = _counted()
    first = CountingText("Another story. " * 1000)
    second = CountingText("Another story. " * 1000)
    assert first is not second
    length(first)
    CountingText.comparisons = 0
    assert [length(second) for _ in range(50)] == [len(first)] * 50
    assert len(computed) == 1  # the equal text reused the value
    assert CountingText.comparisons == 1  # ... after one comparison, not fifty


def test_different_texts_get_their_own_values_and_old_ones_are_dropped():
    length, computed = _counted(maxsize=2)
    for text in ("a", "bb", "ccc"):
        length(text)
    assert [length("bb"), length("ccc")] == [2, 3]
    assert computed == ["a", "bb", "ccc"]
    length("a")  # dropped as the oldest: computed again
    assert computed == ["a", "bb", "ccc", "a"]


def test_the_cached_function_keeps_its_name_and_docstring():
    from briefer.engines.speech import find_quotes

    assert find_quotes.__name__ == "find_quotes"
    assert "Outermost quoted spans" in (find_quotes.__doc__ or "")
