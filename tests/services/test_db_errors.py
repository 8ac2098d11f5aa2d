"""app/services/db_errors.py: one classifier, and the worker and the outbox agree with it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import text

from app.db import Database, DatabaseError, make_engine, open_database
from app.services.db_errors import DbProblem, classify, describe
from app.services.outbox import is_connection_problem


def wrapped(cls: type[sa_exc.DBAPIError], message: str, orig: BaseException) -> BaseException:
    return cls(
        "INSERT INTO households (street, city) VALUES (?, ?)", ("Dorpsstraat", "Haarlem"), orig
    )


CASES = [
    (sa_exc.OperationalError, sqlite3.OperationalError("database is locked"), DbProblem.BUSY),
    (
        sa_exc.OperationalError,
        sqlite3.OperationalError("attempt to write a readonly database"),
        DbProblem.READ_ONLY,
    ),
    (
        sa_exc.DatabaseError,
        sqlite3.DatabaseError("file is not a database"),
        DbProblem.NOT_A_DATABASE,
    ),
    (
        sa_exc.OperationalError,
        sqlite3.OperationalError("database or disk is full"),
        DbProblem.DISK_FULL,
    ),
    (
        sa_exc.IntegrityError,
        sqlite3.IntegrityError("UNIQUE constraint failed: households.address_key"),
        DbProblem.CONFLICT,
    ),
    (sa_exc.OperationalError, ConnectionError("connection refused"), DbProblem.UNREACHABLE),
]


@pytest.mark.parametrize(("cls", "orig", "problem"), CASES)
def test_sqlalchemy_errors_become_one_sentence_without_sql_or_parameters(
    cls: type[sa_exc.DBAPIError], orig: BaseException, problem: DbProblem
) -> None:
    error = wrapped(cls, "", orig)
    assert "Dorpsstraat" in str(error)  # what SQLAlchemy's own text shows
    info = classify(error)
    assert info is not None and info.problem is problem
    for word in ("Dorpsstraat", "Haarlem", "INSERT", "Error", "households"):
        assert word not in info.sentence
    assert info.sentence.endswith(".") and info.sentence[0].isupper()


def test_no_database_error_is_not_classified() -> None:
    assert classify(KeyError("x")) is None and describe(ValueError("x")) is None


def test_worker_and_outbox_agree() -> None:
    """They used to have a classifier each: a read-only or locked database was "unreachable"
    to the worker and a reason to keep the item pending to the outbox, a "file is not a
    database" was kept pending by the outbox but shown as unexpected by the worker."""
    pytest.importorskip("PySide6")
    from app.ui.worker import describe_error, is_connection_error

    for cls, orig, problem in CASES:
        error = wrapped(cls, "", orig)
        info = classify(error)
        assert info is not None
        assert is_connection_error(error) is (problem is DbProblem.UNREACHABLE)
        assert is_connection_problem(error) is info.keep_pending
        if problem is not DbProblem.UNREACHABLE:
            assert describe_error(error) == info.sentence
    assert (
        is_connection_problem(wrapped(sa_exc.IntegrityError, "", sqlite3.IntegrityError("x")))
        is False
    )


def test_a_sqlite_file_that_is_no_database_opens_with_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    path.write_bytes(b"no database here " * 100)
    with pytest.raises(DatabaseError) as caught:
        open_database(f"sqlite:///{path}")
    assert str(caught.value) == classify(caught.value.__cause__).sentence  # type: ignore[union-attr, arg-type]


def test_a_real_read_only_sqlite_write(tmp_path: Path) -> None:
    path = tmp_path / "v.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    db = Database(make_engine(f"sqlite:///file:{path}?mode=ro&uri=true"))
    try:
        with pytest.raises(sa_exc.OperationalError) as caught, db.begin() as session:
            session.execute(text("CREATE TABLE t (street TEXT)"))
    finally:
        db.dispose()
    info = classify(caught.value)
    assert info is not None and info.problem is DbProblem.READ_ONLY
