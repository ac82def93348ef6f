"""The demo's random stream: ``random.Random`` with cheaper integer and list draws.

A case draws about a hundred numbers; the standard ``randint``, ``randrange``
and ``choice`` go through ``_randbelow`` (about 0.6 µs each) and ``choices``
adds up its weights on every call, which for 100,000 cases is seconds. These
take one ``random()`` instead: the distribution differs from uniform by less
than 2⁻⁴⁰, which invented data can afford, and the stream stays reproducible
from its seed.
"""

from __future__ import annotations

from bisect import bisect
from collections.abc import Sequence
from itertools import accumulate
from random import Random
from typing import Generic, TypeVar

T = TypeVar("T")


class DemoRandom(Random):
    def randrange(self, start: int, stop: int | None = None, step: int = 1) -> int:  # type: ignore[override]
        if stop is None:
            start, stop = 0, start
        count = (stop - start + step - 1) // step
        return start + step * int(self.random() * count)

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def choice(self, seq: Sequence[T]) -> T:
        return seq[int(self.random() * len(seq))]


class Weighted(Generic[T]):
    """Items drawn with fixed weights (``random.choices`` without re-adding the weights)."""

    def __init__(self, items: Sequence[T], weights: Sequence[float]) -> None:
        self.items = tuple(items)
        self._cumulative = list(accumulate(weights))
        self._total = self._cumulative[-1]

    def pick(self, rng: Random) -> T:
        return self.items[bisect(self._cumulative, rng.random() * self._total)]
