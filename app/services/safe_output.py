"""Files that leave the application: one place for what every export must do.

- **Formula injection**: a text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
  return is opened by Excel and LibreOffice as a formula (`=HYPERLINK(...)`,
  `=cmd|' /C calc'!A0`). `neutralise` puts an apostrophe before such text, in CSV and XLSX
  alike; numbers stay numbers (a negative amount is a number cell, and `-12,50` or
  `+31612345678` as text is a plain number too, not a formula).
- **Dutch CSV**: a Dutch-locale Excel expects `;` between fields and a decimal comma;
  `CsvDialect.for_language` gives that for Dutch and `,` with a decimal point for English.
- **All or nothing**: `atomic_file` writes to a temporary file beside the target and renames
  it into place only when everything was written, so a full disk or an unwritable folder
  leaves no partial file behind; its OSError becomes one Dutch sentence (`OutputFailed`).
"""

from __future__ import annotations

import csv
import errno
import io
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from app.services.errors import ServiceError

#: The first characters that make a spreadsheet treat a cell's text as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class OutputFailed(ServiceError):
    """A file could not be written; nothing of it was left behind."""


#: A plain signed number as text (`-12,50`, `+31612345678`): a spreadsheet reads it as a
#: number, never as a formula, so it is left as it is.
_PLAIN_NUMBER = re.compile(r"[+-][0-9][0-9.,]*")


def neutralise(value: Any) -> Any:
    """The value made safe for a spreadsheet cell: text that a spreadsheet would read as a
    formula gets a leading apostrophe; everything else (numbers, dates, None, and text that
    is just a signed number) is unchanged."""
    if (
        isinstance(value, str)
        and value.startswith(FORMULA_STARTS)
        and not _PLAIN_NUMBER.fullmatch(value)
    ):
        return "'" + value
    return value


def neutralise_row(values: Iterable[Any]) -> list[Any]:
    return [neutralise(v) for v in values]


@dataclass(frozen=True)
class CsvDialect:
    """Field separator and decimal mark of a CSV for people in one language."""

    delimiter: str
    decimal: str

    @classmethod
    def for_language(cls, language: str | None) -> CsvDialect:
        """Dutch (`nl`, `nl_NL.UTF-8`, or nothing: the application's own language) gives `;`
        and a decimal comma; any other language `,` and a decimal point."""
        if language and not language.lower().startswith(("nl", "c.", "posix")) and language != "C":
            return ENGLISH_CSV
        return DUTCH_CSV

    def cell(self, value: Any) -> str:
        """One CSV field: numbers with this dialect's decimal mark, text neutralised."""
        if value is None:
            return ""
        if isinstance(value, bool):
            return str(value).lower()
        if isinstance(value, float | Decimal):
            text = repr(value) if isinstance(value, float) else str(value)
            return text.replace(".", self.decimal)
        if isinstance(value, int):
            return str(value)
        return str(neutralise(str(value)))

    def writer(self, out: IO[str], lineterminator: str = "\r\n") -> Any:
        return csv.writer(out, delimiter=self.delimiter, lineterminator=lineterminator)

    def row(self, values: Iterable[Any]) -> list[str]:
        return [self.cell(v) for v in values]


DUTCH_CSV = CsvDialect(delimiter=";", decimal=",")
ENGLISH_CSV = CsvDialect(delimiter=",", decimal=".")


def language_from_environment() -> str | None:
    """The language the command line runs in: LC_ALL, LC_MESSAGES or LANG (POSIX order)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return value
    return None


def csv_text(rows: Iterable[Sequence[Any]], dialect: CsvDialect = DUTCH_CSV) -> str:
    buffer = io.StringIO()
    writer = dialect.writer(buffer)
    for row in rows:
        writer.writerow(dialect.row(row))
    return buffer.getvalue()


# --- writing files ----------------------------------------------------------------------

_REASONS = {
    errno.ENOSPC: "de schijf is vol",
    errno.EDQUOT: "de schijfruimte (quota) is op",
    errno.EACCES: "u heeft geen schrijfrechten",
    errno.EPERM: "u heeft geen schrijfrechten",
    errno.EROFS: "de schijf is alleen-lezen",
    errno.ENOENT: "de map bestaat niet",
    errno.ENOTDIR: "de map bestaat niet",
    errno.EISDIR: "dit is een map",
    errno.ENAMETOOLONG: "de naam is te lang",
}


def write_reason(exc: OSError) -> str:
    """Why writing failed, in Dutch words (never a class name or an errno)."""
    return _REASONS.get(exc.errno or 0) or (exc.strerror or "onbekende fout").rstrip(".")


def write_failure(path: Path | str, exc: OSError) -> OutputFailed:
    """One Dutch sentence for an OSError while writing `path`."""
    return OutputFailed(f"Het bestand '{path}' kan niet worden geschreven: {write_reason(exc)}.")


def check_writable(path: Path | str) -> None:
    """Prove before any work starts that a file can be created beside `path` (and that `path`
    is not a folder), so that an unwritable target refuses the command before anything is
    changed or audited."""
    target = Path(path)
    if target.is_dir():
        raise OutputFailed(f"'{target}' is een map; geef een bestandsnaam.")
    try:
        fd, probe = tempfile.mkstemp(prefix=".vroegbel-", dir=target.parent or Path("."))
    except OSError as exc:
        raise write_failure(target, exc) from exc
    os.close(fd)
    Path(probe).unlink(missing_ok=True)


@contextmanager
def atomic_path(path: Path | str) -> Iterator[Path]:
    """A temporary path beside `path`; when the block completes the file there replaces
    `path`. On any failure the temporary file is removed, `path` is untouched, and an OSError
    becomes OutputFailed with one sentence."""
    target = Path(path)
    if target.is_dir():
        raise OutputFailed(f"'{target}' is een map; geef een bestandsnaam.")
    try:
        fd, name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or Path(".")
        )
        os.close(fd)
    except OSError as exc:
        raise write_failure(target, exc) from exc
    temporary = Path(name)
    try:
        yield temporary
        os.replace(temporary, target)
    except OSError as exc:
        raise write_failure(target, exc) from exc
    finally:
        temporary.unlink(missing_ok=True)


@contextmanager
def atomic_file(path: Path | str, mode: str = "w", **open_args: Any) -> Iterator[IO[Any]]:
    """A file object whose content only appears under `path` when the block completes."""
    with atomic_path(path) as temporary, open(temporary, mode, **open_args) as out:
        yield out


def write_atomic(path: Path | str, write: Callable[[Path], object]) -> None:
    """Call `write(temporary_path)`, then move the finished file to `path` (see atomic_path)."""
    with atomic_path(path) as temporary:
        write(temporary)
