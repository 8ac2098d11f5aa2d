"""The admin commands of FORMATS.md: db upgrade, user add, retention run, self-test."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app import cli
from app.commands import admin as admin_commands
from app.db import Database
from app.models import AuditEvent, User
from app.services import accounts


def _url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cmd.sqlite3'}"


def test_db_upgrade_creates_then_reports_current(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = _url(tmp_path)
    assert cli.main(["--db", url, "db", "upgrade"]) == 0
    assert "aangemaakt" in capsys.readouterr().out
    assert cli.main(["--db", url, "db", "upgrade"]) == 0
    assert "al bijgewerkt" in capsys.readouterr().out


def test_db_upgrade_unreachable_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql+psycopg://nobody@127.0.0.1:9/nothing?connect_timeout=2"
    assert cli.main(["--db", url, "db", "upgrade"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("vroegbel: ") and len(err.strip().splitlines()) == 1


def test_user_add_generates_a_temporary_password_shown_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = _url(tmp_path)
    code = cli.main(
        ["--db", url, "user", "add", "Noor", "--role", "agent", "--display-name", "Noor B"]
    )
    assert code == 0
    out = capsys.readouterr().out
    temporary = next(
        line.split(": ", 1)[1] for line in out.splitlines() if line.startswith("Tijdelijk")
    )
    database = Database.from_url(url)
    try:
        with database.read() as session:
            user = session.scalars(select(User)).one()
            assert (user.username, user.role, user.display_name) == ("noor", "agent", "Noor B")
            assert user.must_change_password
            assert temporary not in user.password_hash
            details = " ".join(e.detail for e in session.scalars(select(AuditEvent)))
            assert temporary not in details
        from app.clock import SystemClock

        actor = accounts.authenticate(database, SystemClock(), "noor", temporary)
        assert actor.must_change_password
    finally:
        database.dispose()
    # The same name again: one line, exit 2.
    assert cli.main(["--db", url, "user", "add", "noor", "--role", "coach"]) == 2
    assert "bestaat al" in capsys.readouterr().err


def test_user_add_password_stdin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = _url(tmp_path)
    monkeypatch.setattr(sys, "stdin", io.StringIO("mijn-eigen-startwachtwoord\nrest\n"))
    assert (
        cli.main(["--db", url, "user", "add", "beheer", "--role", "admin", "--password-stdin"]) == 0
    )
    out = capsys.readouterr().out
    assert "Tijdelijk" not in out and "mijn-eigen" not in out
    database = Database.from_url(url)
    try:
        from app.clock import SystemClock

        actor = accounts.authenticate(
            database, SystemClock(), "beheer", "mijn-eigen-startwachtwoord"
        )
        assert actor.must_change_password  # also a given password is a temporary one
    finally:
        database.dispose()
    monkeypatch.setattr(sys, "stdin", io.StringIO("kort\n"))
    assert cli.main(["--db", url, "user", "add", "x2", "--role", "admin", "--password-stdin"]) == 2
    assert "minstens 12" in capsys.readouterr().err
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert cli.main(["--db", url, "user", "add", "x3", "--role", "admin", "--password-stdin"]) == 2


def test_self_test_passes_when_everything_is_there(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    qm_dir = tmp_path / "translations"
    qm_dir.mkdir()
    (qm_dir / "vroegbel_en.qm").write_bytes(b"\x3c\xb8\x64\x18")
    monkeypatch.setattr(admin_commands, "translation_dirs", lambda: [qm_dir])
    code = cli.main(["--db", _url(tmp_path), "self-test"])
    lines = capsys.readouterr().out.splitlines()
    checks = [line for line in lines if line.startswith(("OK", "FOUT"))]
    names = [line.split(":", 1)[0].split()[-1] for line in checks]
    assert names == [
        "versie",
        "database",
        "schema",
        "vertalingen",
        "gespreksleidraad",
        "Qt-platform",
    ]
    assert all(line.startswith("OK") for line in checks), lines
    assert code == 0


def test_self_test_reports_failures_without_crashing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(admin_commands, "translation_dirs", lambda: [tmp_path / "nothing"])
    url = _url(tmp_path)
    assert cli.main(["--db", url, "db", "upgrade"]) == 0
    database = Database.from_url(url)
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    database.dispose()
    capsys.readouterr()
    assert cli.main(["--db", url, "self-test"]) == 1
    out = capsys.readouterr().out
    assert "FOUT vertalingen" in out
    assert "FOUT schema" in out and "vroegbel db upgrade" in out
    assert "OK   database" in out

    unreachable = "postgresql+psycopg://nobody@127.0.0.1:9/nothing?connect_timeout=2"
    assert cli.main(["--db", unreachable, "self-test"]) == 1
    out = capsys.readouterr().out
    assert "FOUT database" in out and "niet bereikbaar" in out


def test_self_test_qt_probe_failure_is_a_line(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object, **_kwargs: object) -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess([], 134, "", "qt.qpa.plugin: Could not load xcb\n")

    check = admin_commands._check_qt(run=broken)
    assert not check.ok and "Could not load xcb" in check.line()
    assert check.line().startswith("FOUT Qt-platform")


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(["--version"])
    assert exc.value.code == 0
    from app import __version__

    assert capsys.readouterr().out.strip() == f"vroegbel {__version__}"
