"""Database credentials: the PostgreSQL password comes from the keyring (here a fake backend)
or libpq's password file, never from a settings file."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from app.services import credentials


class FakeKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.store:
            raise PasswordDeleteError("not there")
        del self.store[(service, username)]


class BrokenKeyring(FakeKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")


@pytest.fixture
def fake() -> Iterator[FakeKeyring]:
    previous = keyring.get_keyring()
    backend = FakeKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


URL = "postgresql+psycopg://vroegbel_app@db.gemeente.local/vroegbel?sslmode=verify-full"


def test_password_is_filled_from_the_keyring(fake: FakeKeyring) -> None:
    credentials.store_password(URL, "geheim wachtwoord/met@tekens")
    assert fake.store == {
        ("vroegbel", "vroegbel_app@db.gemeente.local:5432/vroegbel"): (
            "geheim wachtwoord/met@tekens"
        )
    }
    filled = credentials.with_password(URL)
    from sqlalchemy.engine import make_url

    parsed = make_url(filled)
    assert parsed.password == "geheim wachtwoord/met@tekens"
    assert parsed.query == {"sslmode": "verify-full"}  # TLS settings pass through
    assert parsed.host == "db.gemeente.local" and parsed.username == "vroegbel_app"
    assert credentials.without_password(filled) == URL


def test_server_wide_entry_is_the_fallback(fake: FakeKeyring) -> None:
    fake.set_password("vroegbel", "vroegbel_app@db.gemeente.local", "voor-de-hele-server")
    other_db = "postgresql://vroegbel_app@db.gemeente.local:5433/test"
    assert "voor-de-hele-server" in credentials.with_password(other_db)


def test_without_an_entry_libpq_reads_its_password_file(fake: FakeKeyring) -> None:
    # Unchanged: psycopg/libpq then uses PGPASSFILE or ~/.pgpass by itself.
    assert credentials.with_password(URL) == URL


def test_a_password_in_the_url_and_sqlite_are_left_alone(fake: FakeKeyring) -> None:
    fake.set_password("vroegbel", "vroegbel_app@db.gemeente.local", "uit-de-kluis")
    given = "postgresql+psycopg://vroegbel_app:eigen@db.gemeente.local/vroegbel"
    assert credentials.with_password(given) == given
    assert credentials.with_password("sqlite:////tmp/x.sqlite3") == "sqlite:////tmp/x.sqlite3"


def test_a_password_in_the_query_is_never_kept(fake: FakeKeyring) -> None:
    given = (
        "postgresql+psycopg://vroegbel_app@db.gemeente.local/vroegbel"
        "?sslmode=verify-full&password=in-de-query"
    )
    bare = credentials.without_password(given)
    assert "in-de-query" not in bare and "password" not in bare
    assert "sslmode=verify-full" in bare
    assert "in-de-query" not in credentials.without_password(given.replace("password", "PASSWORD"))
    # such a URL already carries its password: the keyring is not asked
    fake.set_password("vroegbel", "vroegbel_app@db.gemeente.local", "uit-de-kluis")
    assert credentials.with_password(given) == given


def test_no_message_shows_a_password_from_the_keyring(fake: FakeKeyring) -> None:
    from app.db import DatabaseError, make_engine

    fake.set_password("vroegbel", "vroegbel_app@db.gemeente.local", "uit-de-kluis")
    for url in (
        "postgresql+onbekend://vroegbel_app@db.gemeente.local/vroegbel",
        "postgresql+psycopg://vroegbel_app@db.gemeente.local:poort/vroegbel",
        "postgresql+psycopg://vroegbel_app@db.gemeente.local/vroegbel?password=in-de-query&x",
    ):
        try:
            make_engine(credentials.with_password(url)).dispose()
        except DatabaseError as exc:
            message = str(exc)
            assert "uit-de-kluis" not in message and "in-de-query" not in message, message
            assert "\n" not in message and "Error" not in message


def test_a_broken_keyring_falls_back_to_libpq() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(BrokenKeyring())
    try:
        assert credentials.with_password(URL) == URL
    finally:
        keyring.set_keyring(previous)


def test_forget_password(fake: FakeKeyring) -> None:
    credentials.store_password(URL, "x")
    credentials.forget_password(URL)
    credentials.forget_password(URL)  # twice is fine
    assert fake.store == {}


def test_commands_open_the_database_with_the_keyring_password(
    fake: FakeKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    import argparse

    from app.commands import common

    seen: list[str] = []
    monkeypatch.setattr(common, "open_database", lambda url: seen.append(url))
    credentials.store_password(URL, "s3cret")
    common.open_db(argparse.Namespace(db=URL, demo=False))
    assert seen and ":s3cret@" in seen[0]


def test_a_pgpass_file_is_used_by_libpq(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """End to end on the test server when it asks for no password: a PGPASSFILE is accepted
    (libpq reads it; the URL stays without password)."""
    import os

    base = os.environ.get("VROEGBEL_TEST_PG")
    if not base:
        pytest.skip("no PostgreSQL test server")
    passfile = tmp_path / "pgpass"
    passfile.write_text("127.0.0.1:*:*:postgres:wachtwoord-uit-bestand\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    from app.db import Database

    database = Database.from_url(credentials.with_password(base))
    try:
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT 1").scalar() == 1
    finally:
        database.dispose()
