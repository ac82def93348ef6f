"""``a.b`` on a plain dict takes a short path in LetterEnvironment.getattr: the same answers
as Jinja's sandboxed getattr, errors and refusals included.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

import pytest
from jinja2 import StrictUndefined
from jinja2.exceptions import SecurityError, UndefinedError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from debtdesk.documents import sandbox
from debtdesk.documents.sandbox import LetterEnvironment

DATA: dict[str, Any] = {
    "d": {"name": "Ivanova", "items": "shadowed", "n": 3, "nested": {"x": "deep"}},
    "od": OrderedDict(name="ordered"),
    "s": "text",
}
SOURCES = [
    "{{ d.name }}",
    "{{ d.n + 1 }}",
    "{{ d.nested.x }}",
    "{{ d.items() | list | length }}",  # the method, not the key
    "{{ d.get('name') }}",
    "{{ od.name }}",
    "{{ s.upper() }}",
    "{{ d['items'] }}",
]
FAILING = ["{{ d.missing }}", "{{ d.nested.missing }}", "{{ d.__class__ }}", "{{ d.pop('n') }}"]


def _jinja() -> ImmutableSandboxedEnvironment:
    return ImmutableSandboxedEnvironment(undefined=StrictUndefined)


@pytest.mark.parametrize("source", SOURCES)
def test_dict_lookups_give_jinja_s_values(source):
    assert LetterEnvironment().from_string(source).render(DATA) == _jinja().from_string(
        source
    ).render(DATA)


@pytest.mark.parametrize("source", FAILING)
def test_missing_and_unsafe_lookups_fail_as_in_jinja(source):
    errors = (UndefinedError, SecurityError)
    with pytest.raises(errors) as ours:
        LetterEnvironment().from_string(source).render(DATA)
    with pytest.raises(errors) as theirs:
        _jinja().from_string(source).render(DATA)
    assert type(ours.value) is type(theirs.value)


def test_the_short_path_is_taken_and_still_counts_time(monkeypatch):
    ticks: list[int] = []
    real = sandbox.budget

    class Counting:
        def __init__(self) -> None:
            self.inner = real()

        def tick(self) -> None:
            ticks.append(1)
            self.inner.tick()

        def __getattr__(self, name: str) -> Any:
            return getattr(self.inner, name)

    monkeypatch.setattr(sandbox, "budget", Counting)
    env = LetterEnvironment()
    looked_up: list[str] = []
    parent = sandbox.ImmutableSandboxedEnvironment.getattr

    def spy(self: Any, obj: Any, attribute: str) -> Any:
        looked_up.append(attribute)
        return parent(self, obj, attribute)

    monkeypatch.setattr(sandbox.ImmutableSandboxedEnvironment, "getattr", spy)
    assert env.from_string("{{ d.name }} {{ d.nested.x }}").render(DATA) == "Ivanova deep"
    assert looked_up == []  # both answered on the short path
    assert len(ticks) >= 3  # every lookup looked at the clock
