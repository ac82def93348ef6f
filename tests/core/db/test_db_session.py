"""One session per user action: all of it is written, or none of it."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from debtdesk.db import Database
from debtdesk.errors import ValidationError
from debtdesk.model import Advisor


def advisor_names(db: Database) -> set[str]:
    with db.session() as s:
        return set(s.scalars(select(Advisor.name)))


def test_session_commits_when_the_block_ends(db: Database) -> None:
    with db.session() as s:
        s.add(Advisor(name="Aigerim"))
    assert advisor_names(db) == {"Aigerim"}


def test_session_rolls_back_everything_on_error(db: Database) -> None:
    with pytest.raises(ValidationError), db.session() as s:
        s.add(Advisor(name="Aigerim"))
        s.flush()  # the row really reached the database inside the transaction
        s.add(Advisor(name="Bolat"))
        s.flush()
        raise ValidationError("name", "refused")
    assert advisor_names(db) == set()


def test_failed_action_leaves_earlier_actions_alone(db: Database) -> None:
    with db.session() as s:
        s.add(Advisor(name="Aigerim"))
    with pytest.raises(RuntimeError), db.session() as s:
        s.scalars(select(Advisor)).one().phone = "+7 777 123 45 67"
        s.add(Advisor(name="Bolat"))
        raise RuntimeError("power cut")
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Advisor)) == 1
        assert s.scalars(select(Advisor.phone)).one() is None


def test_database_error_rolls_back_the_whole_action(db: Database) -> None:
    with db.session() as s:
        s.add(Advisor(name="Aigerim"))
    with pytest.raises(IntegrityError), db.session() as s:
        s.add(Advisor(name="Bolat"))
        s.add(Advisor(name="Aigerim"))  # the name is unique: the commit fails
    assert advisor_names(db) == {"Aigerim"}


def test_session_knows_the_advisor(db: Database) -> None:
    with db.session() as s:
        assert s.info["advisor"] == "Test Advisor"
