"""`vroegbel import-signals` and `vroegbel import-history` (FORMATS.md).

Exit status: 0 everything imported (duplicates are not errors); 1 some rows were rejected
(each listed with its line number and reason on standard error, and written to `--rejects`);
2 the file could not be read at all, with one line on standard error.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from app.cli import EXIT_FAILED, EXIT_OK, EXIT_REJECTED, UsageError
from app.commands.common import cli_context, open_db
from app.services import intake
from app.services.intake import RejectedRow, write_rejects
from app.services.safe_output import OutputFailed, check_writable, write_reason

#: At most this many rejected rows are listed on the terminal; --rejects has them all.
MAX_LISTED = 200


class RejectsFile:
    """The `--rejects` file, delivered with the import or not at all (issue 16).

    Checked for writability before the database is opened; written to a temporary file
    beside it inside the import's unit of work, just before the commit (a failure there rolls
    the import back); moved into place after the commit. No rejected rows: no file."""

    def __init__(self, name: str | None) -> None:
        self.target = Path(name) if name else None
        self.temporary: Path | None = None
        if self.target is not None:
            if not self.target.resolve().parent.is_dir():
                raise UsageError(f"De map voor het rejects-bestand '{name}' bestaat niet.")
            try:
                check_writable(self.target)
            except OutputFailed as exc:
                raise UsageError(f"{exc} Er is niets ingelezen.") from exc

    def write(self, result: Any) -> None:
        if self.target is None or not result.rejected:
            return
        try:
            fd, name = tempfile.mkstemp(
                prefix=f".{self.target.name}.", suffix=".tmp", dir=self.target.parent
            )
            os.close(fd)
            self.temporary = Path(name)
            write_rejects(self.temporary, result.columns, result.rejected)
        except OSError as exc:
            self.discard()
            raise OutputFailed(
                f"Het rejects-bestand '{self.target}' kan niet worden geschreven "
                f"({write_reason(exc)}); er is niets ingelezen."
            ) from exc

    def publish(self) -> bool:
        if self.target is None or self.temporary is None:
            return False
        os.replace(self.temporary, self.target)
        self.temporary = None
        return True

    def discard(self) -> None:
        if self.temporary is not None:
            self.temporary.unlink(missing_ok=True)
            self.temporary = None


def import_signals(args: argparse.Namespace) -> int:
    _check_readable(args.file)
    rejects = RejectsFile(args.rejects)
    if getattr(args, "wijken", None):
        _check_readable(args.wijken)
    db = open_db(args)
    try:
        result = intake.import_signals(
            cli_context(db), args.file, wijken=args.wijken, before_commit=rejects.write
        )
    except intake.WijkMappingInvalid as exc:
        for line, reason in exc.problems[:MAX_LISTED]:
            print(f"{args.wijken}: regel {line}: {reason}", file=sys.stderr)
        print(f"vroegbel: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except BaseException:
        rejects.discard()  # the import did not commit: its rejects file goes too
        raise
    finally:
        db.dispose()
    rejects_published = rejects.publish()
    if result.wijk_mapping_entries is not None:
        print(f"Wijkindeling geladen: {result.wijk_mapping_entries} postcodes.")
    print(f"Signalen ingelezen uit {args.file}:")
    print(f"  regels gelezen:              {result.rows_read}")
    print(f"  ingelezen:                   {result.imported}")
    print(f"  bij een open zaak gevoegd:   {result.attached}")
    print(f"  nieuwe zaken:                {result.new_cases}")
    print(f"  dubbel (overgeslagen):       {result.duplicates}")
    print(f"  afgewezen:                   {len(result.rejected)}")
    for note in result.warnings:
        print(f"  let op: {note}")
    return _finish(args, result.rejected, rejects_published)


def import_history(args: argparse.Namespace) -> int:
    _check_readable(args.file)
    rejects = RejectsFile(args.rejects)
    db = open_db(args)
    try:
        result = intake.import_history(cli_context(db), args.file, before_commit=rejects.write)
    except BaseException:
        rejects.discard()
        raise
    finally:
        db.dispose()
    rejects_published = rejects.publish()
    print(f"Contacthistorie ingelezen uit {args.file}:")
    print(f"  regels gelezen:              {result.rows_read}")
    print(f"  belpogingen vastgelegd:      {result.imported}")
    print(f"  dubbel (overgeslagen):       {result.duplicates}")
    print(f"  overgedragen aan coaches:    {result.handed_off}")
    print(f"  zaken afgesloten:            {result.closed}")
    print(f"  afgewezen:                   {len(result.rejected)}")
    for note in result.warnings:
        print(f"  let op: {note}")
    return _finish(args, result.rejected, rejects_published)


def _check_readable(name: str) -> None:
    path = Path(name)
    if not path.exists():
        raise UsageError(f"Het bestand '{name}' bestaat niet.")
    if path.is_dir():
        raise UsageError(f"'{name}' is een map, geen bestand.")


def _finish(args: argparse.Namespace, rejected: list[RejectedRow], published: bool) -> int:
    if not rejected:
        return EXIT_OK
    for row in rejected[:MAX_LISTED]:
        print(f"{args.file}: regel {row.line}: {row.reason}", file=sys.stderr)
    if len(rejected) > MAX_LISTED:
        print(
            f"{args.file}: en nog {len(rejected) - MAX_LISTED} afgewezen regels"
            + (" (zie het rejects-bestand)" if args.rejects else " (gebruik --rejects BESTAND)"),
            file=sys.stderr,
        )
    if published:
        print(f"Afgewezen regels geschreven naar {args.rejects}.")
    return EXIT_REJECTED
