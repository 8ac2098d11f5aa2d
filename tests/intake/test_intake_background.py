"""The import's background step (`intake._Background`): the session is never used by two
threads at once, and a failure on either side reaches the caller."""

from __future__ import annotations

import threading
import time
from types import SimpleNamespace
from typing import Any

import pytest

from app.services import intake


def fake_session(dialect: str) -> Any:
    bind = SimpleNamespace(dialect=SimpleNamespace(name=dialect))
    return SimpleNamespace(get_bind=lambda: bind)


def test_on_postgresql_the_step_runs_on_another_thread() -> None:
    here = threading.get_ident()
    with intake._Background(fake_session("postgresql"), threading.get_ident) as step:
        assert step.result() != here


def test_on_sqlite_the_step_runs_first_on_this_thread() -> None:
    here = threading.get_ident()
    with intake._Background(fake_session("sqlite"), threading.get_ident) as step:
        assert step.result() == here


@pytest.mark.parametrize("dialect", ["postgresql", "sqlite"])
def test_a_failing_step_fails_the_import(dialect: str) -> None:
    def step() -> None:
        raise ValueError("the database refused")

    with (
        pytest.raises(ValueError, match="refused"),
        intake._Background(fake_session(dialect), step) as running,
    ):
        running.result()


def test_leaving_the_block_on_an_error_waits_for_the_step() -> None:
    finished: list[float] = []

    def step() -> None:
        time.sleep(0.2)
        finished.append(time.monotonic())

    with pytest.raises(KeyError), intake._Background(fake_session("postgresql"), step):
        raise KeyError("building the rows failed")
    # The transaction is rolled back only after the step let go of the session.
    assert len(finished) == 1
