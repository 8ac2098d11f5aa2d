"""The command line of FORMATS.md. Each command's work lives in app/commands/<module>.py.

Exit status: 0 success; 1 the work ran but some input was rejected; 2 the command could not
run, with a one-line reason on standard error. A user's mistake never shows a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence

from app import __version__

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_FAILED = 2

log = logging.getLogger("vroegbel")


class UsageError(Exception):
    """A bad argument or unreadable input: reported in one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"vroegbel: {message}", file=sys.stderr)
        raise SystemExit(EXIT_FAILED)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="vroegbel", description="Vroegbel: bellen voor vroegsignalering.")
    parser.add_argument("--version", action="version", version=f"vroegbel {__version__}")
    parser.add_argument("--db", metavar="URL", help="database (SQLAlchemy URL); or VROEGBEL_DB")
    parser.add_argument("--demo", action="store_true", help="use the demo database")
    parser.add_argument("--lang", choices=["nl", "en"], help="language of the app")
    parser.add_argument("--debug", action="store_true", help="log details to standard error")
    parser.set_defaults(handler="app.commands.gui:run")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    db = sub.add_parser("db", help="schema: upgrade")
    db_sub = db.add_subparsers(dest="db_command", required=True, parser_class=_Parser)
    db_sub.add_parser("upgrade", help="create or upgrade the schema").set_defaults(
        handler="app.commands.admin:db_upgrade"
    )

    demo = sub.add_parser("demo", help="fill the database with realistic demo data")
    demo.add_argument("--residents", type=int, default=1000)
    demo.add_argument("--seed", type=int, default=2026)
    demo.set_defaults(handler="app.commands.demo:run")

    imp = sub.add_parser("import-signals", help="import a signal file (CSV or XLSX)")
    imp.add_argument("file")
    imp.add_argument("--wijken", metavar="FILE", help="wijk mapping CSV (postcode,wijk)")
    imp.add_argument("--rejects", metavar="FILE", help="write rejected rows to this CSV")
    imp.set_defaults(handler="app.commands.intake:import_signals")

    hist = sub.add_parser("import-history", help="import contact history of an earlier system")
    hist.add_argument("file")
    hist.add_argument("--rejects", metavar="FILE", help="write rejected rows to this CSV")
    hist.set_defaults(handler="app.commands.intake:import_history")

    rep = sub.add_parser("report", help="the figures: reach and acceptance")
    rep.add_argument("--from", dest="date_from", metavar="DATE")
    rep.add_argument("--to", dest="date_to", metavar="DATE")
    rep.add_argument("--baseline-from", metavar="DATE")
    rep.add_argument("--baseline-to", metavar="DATE")
    rep.add_argument("--format", choices=["json", "csv", "xlsx", "pdf"], default="json")
    rep.add_argument("-o", "--output", metavar="FILE")
    rep.set_defaults(handler="app.commands.report:run")

    prev = sub.add_parser("plan-preview", help="the attempt plan for a case opened at a moment")
    prev.add_argument("--start", required=True, metavar="DATETIME")
    prev.add_argument("--json", action="store_true")
    prev.add_argument("--wijk", help="explain the plan with this wijk's contact rates (needs --db)")
    prev.set_defaults(handler="app.commands.planning:plan_preview")

    sim = sub.add_parser("simulate", help="replay a period's cases under today's and other rules")
    sim.add_argument("--from", dest="date_from", required=True, metavar="DATE")
    sim.add_argument("--to", dest="date_to", required=True, metavar="DATE")
    sim.add_argument("--max-attempts", type=int, metavar="N")
    sim.add_argument("--min-evening", type=int, metavar="N")
    sim.add_argument("--min-saturday", type=int, metavar="N")
    sim.add_argument("--plan-days", type=int, metavar="N")
    sim.add_argument("--seed", type=int, default=1, metavar="S")
    sim.add_argument("--json", action="store_true")
    sim.set_defaults(handler="app.commands.planning:simulate")

    user = sub.add_parser("user", help="accounts")
    user_sub = user.add_subparsers(dest="user_command", required=True, parser_class=_Parser)
    add = user_sub.add_parser("add", help="create an account")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=["agent", "coach", "teamlead", "admin"])
    add.add_argument("--display-name")
    add.add_argument("--password-stdin", action="store_true")
    add.set_defaults(handler="app.commands.admin:user_add")
    for action, help_text in (
        ("reset", "give an account a new temporary password (and lift a lock)"),
        ("lock", "block an account until an admin unlocks it"),
        ("unlock", "unblock an account"),
        ("remove", "remove an account for good (its name stays in the audit log)"),
    ):
        one = user_sub.add_parser(action, help=help_text)
        one.add_argument("name")
        one.set_defaults(handler=f"app.commands.admin:user_{action}")
    role = user_sub.add_parser("role", help="change an account's role")
    role.add_argument("name")
    role.add_argument("--role", required=True, choices=["agent", "coach", "teamlead", "admin"])
    role.set_defaults(handler="app.commands.admin:user_role")

    ret = sub.add_parser("retention", help="purge personal data whose time is up")
    ret_sub = ret.add_subparsers(dest="retention_command", required=True, parser_class=_Parser)
    run = ret_sub.add_parser("run")
    run.add_argument("--dry-run", action="store_true")
    run.set_defaults(handler="app.commands.admin:retention_run")

    shots = sub.add_parser("screenshots", help="render every main view into PNG files")
    shots.add_argument("--out", required=True, metavar="DIR")
    shots.set_defaults(handler="app.commands.gui:screenshots")

    ddas = sub.add_parser("export-ddas", help="the national DDAS delivery (JSON)")
    ddas.add_argument("--from", dest="date_from", required=True, metavar="DATE")
    ddas.add_argument("--to", dest="date_to", required=True, metavar="DATE")
    ddas.add_argument("--gemeentecode", required=True)
    ddas.add_argument("--supplier-code")
    ddas.add_argument("-o", "--output", required=True, metavar="FILE")
    ddas.set_defaults(handler="app.commands.ddas:run")

    fc = sub.add_parser("forecast", help="the next days against the roster; staffing a month")
    fc.add_argument("--from", dest="date_from", metavar="DATE", help="first day (default today)")
    fc.add_argument("--days", type=int, metavar="N", help="number of days (default 14)")
    fc.add_argument("--signals-per-month", type=int, metavar="N", help="agent-hours N need")
    fc.add_argument("--json", action="store_true")
    fc.set_defaults(handler="app.commands.forecast:run")

    rost = sub.add_parser("roster", help="show the roster, or replace it from a file")
    rost.add_argument("--set", dest="set_file", metavar="FILE")
    rost.set_defaults(handler="app.commands.forecast:roster")
    # Issue 14: what follows the plan, and the inbound search.
    fol = sub.add_parser("follow-up", help="letters, cards and home visits after the plan")
    fol_sub = fol.add_subparsers(dest="follow_up_command", required=True, parser_class=_Parser)
    fol_list = fol_sub.add_parser("list", help="the follow-up list")
    fol_list.add_argument("--channel", choices=["letter", "card", "home_visit"])
    fol_list.add_argument("--format", choices=["json", "csv", "xlsx", "pdf"], default="json")
    fol_list.add_argument("-o", "--output", metavar="FILE")
    fol_list.set_defaults(handler="app.commands.follow_up:follow_up_list")
    visit = fol_sub.add_parser("visit", help="record a home visit's result")
    visit.add_argument("case", type=int)
    visit.add_argument("--result", required=True)
    visit.add_argument("--at", metavar="DATETIME")
    visit.add_argument("--help-types", metavar="CODES")
    visit.add_argument("--urgent", action="store_true")
    visit.add_argument("--notes")
    visit.set_defaults(handler="app.commands.follow_up:record_visit")

    let = sub.add_parser("letters", help="print the letters or cards still to send (PDF)")
    let.add_argument("--channel", choices=["letter", "card"], default="letter")
    let.add_argument("--lang", choices=["nl", "en"], default="nl")
    let.add_argument("-o", "--output", required=True, metavar="FILE")
    let.add_argument("--mark-sent", action="store_true")
    let.set_defaults(handler="app.commands.follow_up:letters")

    fnd = sub.add_parser("find", help="find a resident's case (inbound call)")
    fnd.add_argument("--phone")
    fnd.add_argument("--name")
    fnd.add_argument("--postcode")
    fnd.add_argument("--house-number")
    fnd.add_argument("--reference")
    fnd.add_argument("--json", action="store_true")
    fnd.set_defaults(handler="app.commands.follow_up:find")

    sub.add_parser("scheduler", help="run the shared background jobs headless").set_defaults(
        handler="app.commands.planning:scheduler"
    )
    sub.add_parser("self-test", help="check this installation").set_defaults(
        handler="app.commands.admin:self_test"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.debug or os.environ.get("VROEGBEL_DEBUG") else logging.WARNING,
        format="%(asctime)s %(name)s %(levelname)s %(message)s",
    )
    module_name, func_name = args.handler.split(":")
    handler = getattr(importlib.import_module(module_name), func_name)
    from sqlalchemy.exc import DBAPIError, OperationalError

    from app.db import DatabaseError, describe_connection_error, describe_refusal
    from app.services.errors import ServiceError

    try:
        return int(handler(args))
    except (UsageError, DatabaseError, ServiceError) as exc:
        print(f"vroegbel: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except DBAPIError as exc:
        # The database is the gate (issue 13): its refusal is one sentence, not a traceback.
        sentence = describe_refusal(exc)
        if sentence is None and isinstance(exc, OperationalError):
            sentence = describe_connection_error(exc)
        if sentence is None:
            from app.services.db_errors import describe

            # The one classifier's sentence; never the driver's text nor a class name.
            log.debug("database error", exc_info=True)
            sentence = describe(exc) or (
                "de database weigerde de opdracht; start haar opnieuw met --debug voor de details."
            )
        print(f"vroegbel: {sentence}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("vroegbel: afgebroken", file=sys.stderr)
        return EXIT_FAILED
    except Exception as exc:  # the last line of defence: one sentence, details in the log
        from app.services.db_errors import describe

        # Never the exception's text: a driver's message may quote SQL, its parameters (a
        # resident's street) or a key value; the details are in the log with --debug.
        log.debug("unexpected error", exc_info=True)
        sentence = describe(exc)
        if sentence is None:
            sentence = (
                "er ging iets onverwachts mis; start de opdracht opnieuw met --debug voor de "
                "details."
            )
        print(f"vroegbel: {sentence}", file=sys.stderr)
        return EXIT_FAILED
