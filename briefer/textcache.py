"""A cache for what is computed once per article text (its sentences, quotes, paragraphs).

`functools.lru_cache` keyed by the text is right once and slow ever after: a lookup with an
equal text that is another object (the same article read again by a second run in the same
process: a program that imports briefer, a test suite) compares the two texts character by
character, on every lookup. With a 5 MB story looked up once per statement that was 180 s of
comparing. Here a text is compared at most once per object: after that it is found by identity.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from functools import update_wrapper
from typing import Any, Generic, TypeVar

T = TypeVar("T")
_MISSING: Any = object()


class TextCache(Generic[T]):
    """`compute(text)` remembered for the last `maxsize` texts, found by identity first."""

    def __init__(self, compute: Callable[[str], T], maxsize: int) -> None:
        self._compute = compute
        self._maxsize = maxsize
        # Plain dicts keep insertion order; OrderedDict.pop compares a key three times.
        self._by_text: dict[str, T] = {}
        self._by_identity: OrderedDict[int, tuple[str, T]] = OrderedDict()
        self._lock = threading.RLock()
        update_wrapper(self, compute)

    def __call__(self, text: str) -> T:
        with self._lock:
            held = self._by_identity.get(id(text))
            if held is not None and held[0] is text:
                self._by_identity.move_to_end(id(text))
                return held[1]
            # An equal text in another object is compared here, once; it is then kept as the
            # newest entry under this object.
            value: T = self._by_text.pop(text, _MISSING)
            if value is _MISSING:
                value = self._compute(text)
            self._by_text[text] = value
            if len(self._by_text) > self._maxsize:
                del self._by_text[next(iter(self._by_text))]
            # Holding the text keeps its id from being reused while the entry lives.
            self._by_identity[id(text)] = (text, value)
            if len(self._by_identity) > self._maxsize:
                self._by_identity.popitem(last=False)
            return value

    def cache_clear(self) -> None:
        with self._lock:
            self._by_text.clear()
            self._by_identity.clear()


def text_cache(maxsize: int) -> Callable[[Callable[[str], T]], TextCache[T]]:
    """Decorator: `@text_cache(64)` on a function of one article text."""

    def wrap(compute: Callable[[str], T]) -> TextCache[T]:
        return TextCache(compute, maxsize)

    return wrap
