"""Admin commands: `db upgrade`, `user add`, `retention run`, `self-test` (FORMATS.md)."""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from sqlalchemy.engine import make_url

from app import __version__, db_security
from app.cli import EXIT_OK, EXIT_REJECTED, UsageError
from app.commands.common import cli_context, database_url, open_db
from app.db import (
    Database,
    DatabaseError,
    check_schema,
    current_revision,
    describe_connection_error,
    known_revisions,
    upgrade,
)
from app.services import accounts, retention
from app.services.context import AppContext
from app.services.credentials import with_password


def _shown(url: str) -> str:
    """A database URL fit to print: never a password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "(onleesbare URL)"


# --- db upgrade ---------------------------------------------------------------------------


def db_upgrade(args: argparse.Namespace) -> int:
    url = database_url(args)
    database = Database.from_url(with_password(url))
    try:
        try:
            before = current_revision(database.engine)
        except Exception as exc:
            raise DatabaseError(describe_connection_error(exc)) from exc
        head = upgrade(database.engine)
    finally:
        database.dispose()
    if before == head:
        print(f"De database is al bijgewerkt (schemaversie {head}).")
    elif before is None:
        print(f"De database is aangemaakt: schemaversie {head}.")
    else:
        print(f"De database is bijgewerkt van schemaversie {before} naar {head}.")
    return EXIT_OK


# --- user add -----------------------------------------------------------------------------


def user_add(args: argparse.Namespace) -> int:
    password: str | None = None
    if args.password_stdin:
        line = sys.stdin.readline()
        password = line.rstrip("\r\n")
        if not password:
            raise UsageError("Er kwam geen wachtwoord binnen op standaardinvoer.")
    database = open_db(args)
    try:
        info, temporary = accounts.create_user(
            cli_context(database), args.name, args.role, args.display_name, password
        )
    finally:
        database.dispose()
    print(f"Account '{info.username}' ({info.role.value}) is aangemaakt.")
    if password is None:
        # Shown once; it is not stored anywhere but as its Argon2id hash.
        print(f"Tijdelijk wachtwoord: {temporary}")
    print("Bij de eerste keer inloggen kiest de gebruiker een eigen wachtwoord.")
    return EXIT_OK


def _with_accounts(args: argparse.Namespace, work: Callable[[AppContext], str]) -> int:
    database = open_db(args)
    try:
        message = work(cli_context(database))
    finally:
        database.dispose()
    print(message)
    return EXIT_OK


def user_reset(args: argparse.Namespace) -> int:
    def work(ctx: AppContext) -> str:
        temporary = accounts.reset_password(ctx, args.name)
        # Shown once; on PostgreSQL only its SCRAM secret reaches the server.
        return (
            f"Account '{args.name}' heeft een nieuw tijdelijk wachtwoord: {temporary}\n"
            "Bij de volgende keer inloggen kiest de gebruiker een eigen wachtwoord."
        )

    return _with_accounts(args, work)


def user_lock(args: argparse.Namespace) -> int:
    def work(ctx: AppContext) -> str:
        accounts.lock_user(ctx, args.name)
        return f"Account '{args.name}' is geblokkeerd."

    return _with_accounts(args, work)


def user_unlock(args: argparse.Namespace) -> int:
    def work(ctx: AppContext) -> str:
        accounts.unlock_user(ctx, args.name)
        return f"Account '{args.name}' is gedeblokkeerd."

    return _with_accounts(args, work)


def user_remove(args: argparse.Namespace) -> int:
    def work(ctx: AppContext) -> str:
        accounts.remove_user(ctx, args.name)
        return f"Account '{args.name}' is opgeheven."

    return _with_accounts(args, work)


def user_role(args: argparse.Namespace) -> int:
    def work(ctx: AppContext) -> str:
        accounts.set_role(ctx, args.name, args.role)
        return f"Account '{args.name}' heeft nu de rol {args.role}."

    return _with_accounts(args, work)


# --- retention run ------------------------------------------------------------------------


def retention_run(args: argparse.Namespace) -> int:
    database = open_db(args)
    try:
        result = retention.run_retention(cli_context(database), dry_run=args.dry_run)
    finally:
        database.dispose()
    print(
        f"Bewaartermijnen: gesloten zaken tot en met {result.cutoff_closed.date().isoformat()}, "
        f"afgesloten overdrachten tot en met {result.cutoff_handoff.date().isoformat()}."
    )
    for item in result.cases:
        rule = "gesloten zonder hulp" if item.rule == retention.RULE_CLOSED else "na overdracht"
        print(f"  zaak {item.case_id}: {rule}, gesloten {item.closed_at.date().isoformat()}")
    print(result.summary())
    if result.reclaim:
        print(result.reclaim)
    if not result.reclaim_complete:
        return EXIT_REJECTED
    return EXIT_OK


# --- self-test ----------------------------------------------------------------------------


@dataclass
class Check:
    ok: bool
    name: str
    message: str
    #: Works, but not as it should for daily work (printed as LET OP, not counted as failed).
    warn: bool = False

    def line(self) -> str:
        label = "FOUT" if not self.ok else "LET OP" if self.warn else "OK"
        return f"{label}{' ' * max(1, 5 - len(label))}{self.name}: {self.message}"


def _check_database(args: argparse.Namespace) -> list[Check]:
    url = database_url(args)
    shown = _shown(url)
    try:
        database = Database.from_url(with_password(url))
    except DatabaseError as exc:
        return [
            Check(False, "database", str(exc)),
            Check(False, "schema", "niet te controleren zonder database"),
        ]
    try:
        try:
            current = current_revision(database.engine)
            created = False
            if current is None:
                # FORMATS.md: every command creates the schema of an empty database.
                current = upgrade(database.engine)
                created = True
        except DatabaseError as exc:
            return [
                Check(False, "database", f"{shown}: {exc}"),
                Check(False, "schema", "niet te controleren zonder database"),
            ]
        except Exception as exc:
            return [
                Check(False, "database", describe_connection_error(exc)),
                Check(False, "schema", "niet te controleren zonder database"),
            ]
        checks = [
            Check(
                True,
                "database",
                f"{shown} ({database.dialect}{', nieuw aangemaakt' if created else ''})",
            )
        ]
        try:
            check_schema(database.engine)
            _revisions, head = known_revisions(database.engine)
        except DatabaseError as exc:
            return [*checks, Check(False, "schema", str(exc))]
        if database.dialect == "postgresql" and current is not None:
            with database.engine.connect() as conn:
                checks += _gate_checks(db_security.login_info(conn))
        if current == head:
            checks.insert(1, Check(True, "schema", f"versie {current} (de nieuwste)"))
        else:
            checks.insert(
                1,
                Check(
                    False,
                    "schema",
                    f"versie {current}, de nieuwste is {head}: voer 'vroegbel db upgrade' uit",
                ),
            )
        return checks
    finally:
        database.dispose()


def _gate_checks(info: db_security.LoginInfo) -> list[Check]:
    """Issue 13: who the database thinks we are, and whether it guards the personal data."""
    checks: list[Check] = []
    if info.superuser or info.owner:
        what = "superuser" if info.superuser else "eigenaar van de tabellen"
        checks.append(
            Check(
                True,
                "login",
                f"{info.login} is {what}: goed voor 'db upgrade' en onderhoud, "
                "niet voor dagelijks werk (de database beperkt deze login niet)",
                warn=True,
            )
        )
    else:
        checks.append(Check(True, "login", f"{info.login} (persoonlijke login)"))
    if info.group is not None:
        checks.append(Check(True, "groep", f"lid van {info.group}"))
    elif info.superuser or info.owner:
        checks.append(Check(True, "groep", "geen (eigenaar)", warn=True))
    else:
        checks.append(Check(False, "groep", "deze login hoort bij geen Vroegbel-groep"))
    if info.rls_missing:
        checks.append(
            Check(
                False,
                "rijbeveiliging",
                "uit voor " + ", ".join(info.rls_missing) + ": voer 'vroegbel db upgrade' uit",
            )
        )
    else:
        checks.append(Check(True, "rijbeveiliging", "aan voor elke tabel met persoonsgegevens"))
    if info.unmodelled:
        checks.append(
            Check(
                True,
                "rechten",
                "tabellen zonder rechten voor de groepen: " + ", ".join(info.unmodelled),
                warn=True,
            )
        )
    return checks


def translation_dirs() -> list[Path]:
    """Where .qm files may be: the package's resources or a bundle's folder."""
    places: list[Path] = []
    with contextlib.suppress(ModuleNotFoundError, OSError):
        places.append(Path(str(resources.files("app").joinpath("resources", "translations"))))
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        places.append(Path(bundle) / "resources" / "translations")
    return places


def _check_translations() -> Check:
    for place in translation_dirs():
        found = sorted(p.name for p in place.glob("*.qm")) if place.is_dir() else []
        if found:
            return Check(True, "vertalingen", f"{', '.join(found)} in {place}")
    return Check(
        False,
        "vertalingen",
        "geen .qm-bestanden gevonden (maak ze met lrelease; de app blijft dan Nederlands)",
    )


def _check_guide() -> Check:
    from app.services.admin import default_conversation_guide

    try:
        text = default_conversation_guide()
    except (FileNotFoundError, ModuleNotFoundError, OSError) as exc:
        return Check(False, "gespreksleidraad", f"ontbreekt: {exc}")
    return Check(True, "gespreksleidraad", f"{len(text)} tekens")


_QT_PROBE = (
    "import sys\n"
    "from PySide6.QtGui import QGuiApplication\n"
    "app = QGuiApplication.instance() or QGuiApplication(['vroegbel-self-test'])\n"
    "print(app.platformName())\n"
)


_keep_alive: list[object] = []


def _qt_environment() -> tuple[dict[str, str], str]:
    env = dict(os.environ)
    note = ""
    headless = (
        sys.platform.startswith("linux")
        and not env.get("DISPLAY")
        and not env.get("WAYLAND_DISPLAY")
    )
    if headless and not env.get("QT_QPA_PLATFORM"):
        env["QT_QPA_PLATFORM"] = "offscreen"
        note = " (geen beeldscherm: offscreen getest)"
    return env, note


def _check_qt(run: Callable[..., subprocess.CompletedProcess[str]] = subprocess.run) -> Check:
    env, note = _qt_environment()
    if getattr(sys, "frozen", False):
        # A bundle has no Python to start a probe with: test in this process.
        os.environ.update({k: v for k, v in env.items() if k == "QT_QPA_PLATFORM"})
        try:
            from PySide6 import __version__ as pyside_version
            from PySide6.QtGui import QGuiApplication
            from PySide6.QtWidgets import QApplication

            app = QApplication.instance() or QApplication(["vroegbel-self-test"])
            _keep_alive.append(app)
            name = QGuiApplication.platformName()
        except Exception as exc:
            return Check(False, "Qt-platform", f"{exc.__class__.__name__}: {exc}")
        return Check(True, "Qt-platform", f"{name}, PySide6 {pyside_version}{note}")
    try:
        # A separate process: a platform plugin that cannot load aborts its process.
        done = run(
            [sys.executable, "-c", _QT_PROBE],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return Check(False, "Qt-platform", f"de proef startte niet: {exc}")
    if done.returncode != 0 or not done.stdout.strip():
        reason = (done.stderr.strip().splitlines() or ["onbekende fout"])[-1]
        return Check(False, "Qt-platform", f"Qt start niet: {reason}")
    try:
        from PySide6 import __version__ as pyside_version
    except ImportError:
        pyside_version = "?"
    return Check(True, "Qt-platform", f"{done.stdout.strip()}, PySide6 {pyside_version}{note}")


def run_checks(args: argparse.Namespace) -> list[Check]:
    checks = [
        Check(
            True,
            "versie",
            f"vroegbel {__version__}, Python {platform.python_version()} op {platform.system()}",
        )
    ]
    checks += _check_database(args)
    checks.append(_check_translations())
    checks.append(_check_guide())
    checks.append(_check_qt())
    return checks


def self_test(args: argparse.Namespace) -> int:
    checks = run_checks(args)
    for check in checks:
        print(check.line(), flush=True)
    failed = [c for c in checks if not c.ok]
    print("Alle controles geslaagd." if not failed else f"{len(failed)} controle(s) mislukt.")
    return EXIT_OK if not failed else EXIT_REJECTED
