"""`vroegbel import-signals` and `vroegbel import-history` (FORMATS.md).

Exit status: 0 everything imported (duplicates are not errors); 1 some rows were rejected
(each listed with its line number and reason on standard error, and written to `--rejects`);
2 the file could not be read at all, with one line on standard error.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Sequence
from pathlib import Path

from app.cli import EXIT_FAILED, EXIT_OK, EXIT_REJECTED, UsageError
from app.commands.common import cli_context, open_db
from app.services import intake
from app.services.intake import RejectedRow

#: At most this many rejected rows are listed on the terminal; --rejects has them all.
MAX_LISTED = 200


def import_signals(args: argparse.Namespace) -> int:
    _check_readable(args.file)
    _check_writable(args.rejects)
    if getattr(args, "wijken", None):
        _check_readable(args.wijken)
    db = open_db(args)
    try:
        try:
            result = intake.import_signals(cli_context(db), args.file, wijken=args.wijken)
        except intake.WijkMappingInvalid as exc:
            for line, reason in exc.problems[:MAX_LISTED]:
                print(f"{args.wijken}: regel {line}: {reason}", file=sys.stderr)
            print(f"vroegbel: {exc}", file=sys.stderr)
            return EXIT_FAILED
    finally:
        db.dispose()
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
    return _finish(args, result.columns, result.rejected)


def import_history(args: argparse.Namespace) -> int:
    _check_readable(args.file)
    _check_writable(args.rejects)
    db = open_db(args)
    try:
        result = intake.import_history(cli_context(db), args.file)
    finally:
        db.dispose()
    print(f"Contacthistorie ingelezen uit {args.file}:")
    print(f"  regels gelezen:              {result.rows_read}")
    print(f"  belpogingen vastgelegd:      {result.imported}")
    print(f"  dubbel (overgeslagen):       {result.duplicates}")
    print(f"  overgedragen aan coaches:    {result.handed_off}")
    print(f"  zaken afgesloten:            {result.closed}")
    print(f"  afgewezen:                   {len(result.rejected)}")
    for note in result.warnings:
        print(f"  let op: {note}")
    return _finish(args, result.columns, result.rejected)


def _check_readable(name: str) -> None:
    path = Path(name)
    if not path.exists():
        raise UsageError(f"Het bestand '{name}' bestaat niet.")
    if path.is_dir():
        raise UsageError(f"'{name}' is een map, geen bestand.")


def _check_writable(name: str | None) -> None:
    if name and not Path(name).resolve().parent.is_dir():
        raise UsageError(f"De map voor het rejects-bestand '{name}' bestaat niet.")


def _finish(args: argparse.Namespace, columns: Sequence[str], rejected: list[RejectedRow]) -> int:
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
    if args.rejects:
        write_rejects(Path(args.rejects), columns, rejected)
        print(f"Afgewezen regels geschreven naar {args.rejects}.")
    return EXIT_REJECTED


def write_rejects(path: Path, columns: Sequence[str], rejected: Sequence[RejectedRow]) -> None:
    """The rejected rows with their original columns plus `line` and `reason` (UTF-8, `;`).

    The file can be corrected and imported again: the extra columns are ignored.
    """
    width = max([len(columns), *(len(r.cells) for r in rejected)])
    header = [*columns, *[""] * (width - len(columns)), "line", "reason"]
    try:
        with path.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out, delimiter=";")
            writer.writerow(header)
            for row in rejected:
                cells = [*row.cells, *[""] * (width - len(row.cells))]
                writer.writerow([*cells, row.line, row.reason])
    except OSError as exc:
        raise UsageError(
            f"Het rejects-bestand '{path}' kan niet geschreven worden: {exc.strerror}."
        ) from exc
