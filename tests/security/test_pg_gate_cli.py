"""The command line with personal PostgreSQL logins (issue 13, parts 1 and 4).

The owner creates the accounts; each person's own login then does at the command line only
what their role may do, and every refusal - a wrong password, a locked account, a missing
grant, an upgrade by somebody who is not the owner - is one sentence without the password.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from app import cli
from app.db import Database
from tests.conftest import drop_postgres_database, new_postgres_url

pytestmark = pytest.mark.postgres

PASSWORD = "Correct-Paard-Batterij-7"


class Site:
    def __init__(self, url: str, suffix: str) -> None:
        self.owner_url = url
        self.suffix = suffix
        self.names: list[str] = []

    def name(self, who: str) -> str:
        return f"{who}-{self.suffix}"

    def url_of(self, who: str) -> str:
        return (
            make_url(self.owner_url)
            .set(username=self.name(who))
            .render_as_string(hide_password=False)
        )

    def add(self, who: str, role: str, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr("sys.stdin", _Stdin(PASSWORD + "\n"))
        assert cli.main(
            ["--db", self.owner_url, "user", "add", self.name(who), "--role", role,
             "--password-stdin"]
        ) == 0  # fmt: skip
        self.names.append(self.name(who))
        # The person chose this password at first login (the temporary path is tested apart).
        database = Database.from_url(self.owner_url)
        with database.begin() as session:
            session.execute(
                text("UPDATE users SET must_change_password = false WHERE username = :n"),
                {"n": self.name(who)},
            )
        database.dispose()


class _Stdin:
    def __init__(self, content: str) -> None:
        self.content = content

    def readline(self) -> str:
        line, self.content = self.content, ""
        return line


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[Site]:
    url = new_postgres_url()
    made = Site(url, uuid.uuid4().hex[:8])
    # libpq's own variable: the password never appears in the command's arguments.
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    monkeypatch.setattr("app.services.credentials._keyring_get", lambda _account: None)
    try:
        yield made
    finally:
        drop_postgres_database(url)
        owner = psycopg.connect(
            make_url(url)
            .set(drivername="postgresql", database="postgres")
            .render_as_string(hide_password=False),
            autocommit=True,
        )
        with owner:
            for name in made.names:
                owner.execute(f'DROP ROLE IF EXISTS "{name}"')


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    assert PASSWORD not in captured.out + captured.err
    return code, captured.out, captured.err


def test_an_agents_login_cannot_act_as_admin_at_the_command_line(
    site: Site, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path
) -> None:  # type: ignore[no-untyped-def]
    site.add("beller", "agent", monkeypatch)
    agent = site.url_of("beller")
    code, _out, err = run(
        capsys, "--db", agent, "export-ddas", "--from", "2026-01-01", "--to", "2026-12-31",
        "--gemeentecode", "0392", "-o", str(tmp_path / "ddas.json"),
    )  # fmt: skip
    assert code == 2 and "Als beller mag u dit niet doen" in err
    assert not (tmp_path / "ddas.json").exists()
    code, _out, err = run(capsys, "--db", agent, "user", "add", "nieuw", "--role", "admin")
    assert code == 2 and len(err.strip().splitlines()) == 1
    code, _out, err = run(capsys, "--db", agent, "db", "upgrade")
    assert code == 2 and "Alleen de eigenaar" in err


def test_a_personal_admin_login_manages_accounts(
    site: Site, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    site.add("beheer", "admin", monkeypatch)
    site.add("beller", "agent", monkeypatch)
    admin = site.url_of("beheer")
    agent = site.url_of("beller")
    assert run(capsys, "--db", admin, "user", "lock", site.name("beller"))[0] == 0
    code, _out, err = run(capsys, "--db", agent, "self-test")
    assert code == 1 and "geblokkeerd of opgeheven" in err + _out
    assert run(capsys, "--db", admin, "user", "unlock", site.name("beller"))[0] == 0
    assert (
        run(capsys, "--db", admin, "user", "role", site.name("beller"), "--role", "coach")[0] == 0
    )
    code, out, _err = run(capsys, "--db", agent, "self-test")
    assert "groep: lid van vroegbel_coach" in out
    code, out, _err = run(capsys, "--db", admin, "user", "reset", site.name("beller"))
    assert code == 0 and "tijdelijk wachtwoord" in out
    # The old password is gone with the reset.
    code, out, err = run(capsys, "--db", agent, "self-test")
    assert "gebruikersnaam of wachtwoord onjuist" in out + err
    assert run(capsys, "--db", admin, "user", "remove", site.name("beller"))[0] == 0


def test_self_test_tells_owner_from_personal_login(
    site: Site, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    site.add("beller", "agent", monkeypatch)
    _code, out, _err = run(capsys, "--db", site.owner_url, "self-test")
    assert "LET OP login: postgres is superuser" in out
    assert "OK   rijbeveiliging: aan voor elke tabel met persoonsgegevens" in out
    _code, out, _err = run(capsys, "--db", site.url_of("beller"), "self-test")
    assert f"OK   login: {site.name('beller')} (persoonlijke login)" in out
    assert "OK   groep: lid van vroegbel_agent" in out
    assert "OK   rijbeveiliging" in out


def test_a_wrong_password_is_one_sentence_without_the_password(
    site: Site, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    site.add("beller", "agent", monkeypatch)
    monkeypatch.setenv("PGPASSWORD", "Verkeerd-Wachtwoord-9")
    code, out, err = run(capsys, "--db", site.url_of("beller"), "report")
    assert code == 2
    assert err.strip() == (
        "vroegbel: Inloggen bij de database is mislukt: gebruikersnaam of wachtwoord onjuist, "
        "of het tijdelijke wachtwoord is verlopen."
    )
    assert "Verkeerd-Wachtwoord-9" not in out + err
