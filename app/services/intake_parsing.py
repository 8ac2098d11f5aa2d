"""Pure parsing of the intake files of FORMATS.md: no database, no context.

`read_table` turns a CSV (UTF-8 with or without BOM, or Windows-1252; `;` or `,`), a
tab-separated UTF-16 text file (Excel's "Unicode text") or an XLSX file (first sheet) into a
header and rows with their line numbers, within `ReadLimits`. The `parse_*` functions
check one value each and raise `ValueProblem` with a Dutch reason; `parse_signal_row` and
`parse_history_row` check a whole row and collect every problem in it.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import functools
import io
import operator
import re
import zipfile
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from time import monotonic as _monotonic
from typing import Any, BinaryIO, TypeVar, cast
from zoneinfo import ZoneInfo

import phonenumbers

from app.models.enums import CHANNEL_OUTCOMES, Channel, CreditorType, HelpType, Outcome
from app.services.errors import ServiceError

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
T = TypeVar("T")

#: One signal's arrears above this is a typo, not a debt (and totals stay inside INTEGER).
MAX_ARREARS_CENTS = 100_000_000
MAX_HOUSE_NUMBER = 99_999


class FileUnreadable(ServiceError):
    """The file as a whole cannot be read: one Dutch sentence for the user (exit status 2).
    A ServiceError, so that wherever it surfaces it is shown as that sentence."""


class ValueProblem(Exception):
    """One value fails its rule; the message is the Dutch reason."""


# --- reading ----------------------------------------------------------------------------
#
# Every file is read within the limits below, whatever it claims about itself: rows, columns,
# cell size, size on disk, uncompressed size (XLSX) and time. The rows are read lazily from the
# open file, so reading does not hold the raw file, its decoded text and every row at once.


@dataclass(frozen=True)
class ReadLimits:
    """The most a file we read may hold; beyond any of them the file is refused as a whole."""

    #: Excel's own sheet limit: no honest export has more rows.
    max_rows: int = 1_048_576
    #: Our widest format has 19 columns; room for extra columns a source adds.
    max_columns: int = 200
    #: Excel's own limit for one cell.
    max_cell_chars: int = 32_767
    #: A CSV or text file on disk (100,000 signals are about 20 MB).
    max_file_bytes: int = 512 * 1024 * 1024
    #: All parts of an XLSX file together, uncompressed, as the zip directory declares them
    #: (Python's zipfile never yields more than a part's declared size: it fails the CRC).
    max_xlsx_uncompressed: int = 512 * 1024 * 1024
    #: The shared strings part, which openpyxl reads into memory as a whole.
    max_shared_strings: int = 64 * 1024 * 1024
    #: Reading a file may take this long at most.
    max_seconds: float = 300.0


LIMITS = ReadLimits()
#: Bigger than any honest cell, small enough to keep a hostile file from eating memory.
MAX_FIELD_CHARS = LIMITS.max_cell_chars

Rows = Iterable[tuple[int, list[str]]]


@dataclass(frozen=True)
class Table:
    """A file read into text cells. `rows` yields (line number in the file, cells), once:
    for a file on disk it is read while `rows` is consumed (`read_table_bytes` gives a list)."""

    headers: list[str]
    rows: Rows
    kind: str  # 'csv' or 'xlsx'
    encoding: str = ""
    delimiter: str = ""


_Opener = Callable[[], BinaryIO]


def read_table(
    path: Path | str,
    limits: ReadLimits = LIMITS,
    monotonic: Callable[[], float] = _monotonic,
) -> Table:
    """Open a CSV, tab-separated UTF-16 text or XLSX file; raise FileUnreadable with one
    sentence when that is impossible. The rows are read while `Table.rows` is consumed."""
    path = Path(path)
    try:
        with path.open("rb") as probe:
            head = probe.read(8)
            size = probe.seek(0, io.SEEK_END)
    except FileNotFoundError as exc:
        raise FileUnreadable(f"Het bestand '{path}' bestaat niet.") from exc
    except IsADirectoryError as exc:
        raise FileUnreadable(f"'{path}' is een map, geen bestand.") from exc
    except OSError as exc:
        raise FileUnreadable(
            f"Het bestand '{path}' kan niet gelezen worden: {exc.strerror}."
        ) from exc
    return _read_source(lambda: path.open("rb"), head, size, limits, monotonic)


def read_table_bytes(
    data: bytes,
    limits: ReadLimits = LIMITS,
    monotonic: Callable[[], float] = _monotonic,
) -> Table:
    """The same for a file in memory; its rows are read at once into a list."""
    table = _read_source(lambda: io.BytesIO(data), data[:8], len(data), limits, monotonic)
    return dataclasses.replace(table, rows=list(table.rows))


def _read_source(
    opener: _Opener, head: bytes, size: int, limits: ReadLimits, monotonic: Callable[[], float]
) -> Table:
    if size > limits.max_file_bytes:
        raise FileUnreadable(
            f"Het bestand is groter dan {limits.max_file_bytes // (1024 * 1024)} MB; "
            "splits het in kleinere bestanden."
        )
    guard = _Guard(limits, monotonic)
    if head.startswith(b"PK\x03\x04"):
        return _read_xlsx(opener, limits, guard)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise FileUnreadable(
            "Dit is een oud Excel-bestand (.xls); sla het op als XLSX of CSV en probeer opnieuw."
        )
    return _read_csv(opener, limits, guard)


class _Guard:
    """Counts rows and watches the time while a file is read."""

    def __init__(self, limits: ReadLimits, monotonic: Callable[[], float]) -> None:
        self.limits = limits
        self.monotonic = monotonic
        self.deadline = monotonic() + limits.max_seconds
        self.rows = 0

    def row(self, line: int, width: int) -> None:
        self.rows += 1
        if self.rows > self.limits.max_rows:
            raise FileUnreadable(
                f"Het bestand heeft meer dan {self.limits.max_rows} regels; "
                "splits het in kleinere bestanden."
            )
        if width > self.limits.max_columns:
            raise FileUnreadable(
                f"Regel {line} heeft meer dan {self.limits.max_columns} kolommen; "
                "dit is geen signaal- of historiebestand."
            )
        if self.rows % 1024 == 0:
            self.tick()

    def tick(self) -> None:
        if self.monotonic() > self.deadline:
            raise FileUnreadable(
                f"Het lezen van het bestand duurde langer dan {self.limits.max_seconds:.0f} "
                "seconden en is afgebroken."
            )


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_CHUNK_BYTES = 1 << 18


def _detect_encoding(opener: _Opener, guard: _Guard) -> str:
    """UTF-16 with a BOM (Excel's "Unicode text"), UTF-8 with or without BOM, else
    Windows-1252: decided by reading the file once in chunks, without keeping it."""
    with opener() as stream:
        first = stream.read(_CHUNK_BYTES)
        if not first.strip():
            raise FileUnreadable("Het bestand is leeg.")
        if first.startswith(_UTF16_BOMS):
            return "utf-16"
        bom = first.startswith(b"\xef\xbb\xbf")
        decoder = codecs.getincrementaldecoder("utf-8")()
        chunk, offset, utf8 = (first[3:] if bom else first), (3 if bom else 0), True
        while chunk:
            if b"\x00" in chunk:
                raise FileUnreadable(
                    "Het bestand is geen CSV- of XLSX-bestand (het bevat binaire gegevens)."
                )
            if utf8:
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError as exc:
                    if bom:
                        raise FileUnreadable(
                            "Het bestand begint als UTF-8 maar bevat ongeldige tekens "
                            f"(byte {offset + exc.start})."
                        ) from exc
                    utf8 = False
            offset += len(chunk)
            guard.tick()
            chunk = stream.read(_CHUNK_BYTES)
        if utf8:
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError as exc:
                if bom:
                    raise FileUnreadable(
                        f"Het bestand begint als UTF-8 maar bevat ongeldige tekens (byte {offset})."
                    ) from exc
                utf8 = False
    if utf8:
        return "utf-8-sig" if bom else "utf-8"
    return "cp1252"  # every byte but five decodes; those five are checked while reading


def _detect_delimiter(first_line: str) -> str:
    """`;`, `,` or tab: whichever splits the header line into more columns (quotes respected)."""
    best, best_count = ";", 0
    for delimiter in (";", ",", "\t"):
        try:
            row = next(csv.reader([first_line], delimiter=delimiter), [])
        except csv.Error:
            continue
        if len(row) > best_count:
            best, best_count = delimiter, len(row)
    return best


def _read_csv(opener: _Opener, limits: ReadLimits, guard: _Guard) -> Table:
    encoding = _detect_encoding(opener, guard)
    records = _csv_records(opener, encoding, limits, guard)
    try:
        delimiter = next(records)
        assert isinstance(delimiter, str)
        headers: list[str] | None = None
        for item in records:
            assert not isinstance(item, str)
            headers = item[1]
            break
    except BaseException:
        records.close()
        raise
    if headers is None:
        raise FileUnreadable("Het bestand is leeg.")
    rows = cast(Iterator[tuple[int, list[str]]], records)
    return Table(headers=headers, rows=rows, kind="csv", encoding=encoding, delimiter=delimiter)


def _csv_records(
    opener: _Opener, encoding: str, limits: ReadLimits, guard: _Guard
) -> Generator[str | tuple[int, list[str]], None, None]:
    """First the delimiter, then every non-empty record with its first line number."""
    with opener() as raw:
        text = io.TextIOWrapper(raw, encoding=encoding, newline="")
        try:
            first_line = ""
            while not first_line.strip("\r\n\ufeff \t"):
                first_line = text.readline()
                if not first_line:
                    raise FileUnreadable("Het bestand is leeg.")
            text.seek(0)
        except UnicodeDecodeError as exc:
            raise FileUnreadable(
                "Het bestand is geen tekst in UTF-8, UTF-16 of Windows-1252 en geen XLSX-bestand."
            ) from exc
        delimiter = _detect_delimiter(first_line.lstrip("\ufeff"))
        yield delimiter
        old_limit = csv.field_size_limit()
        csv.field_size_limit(limits.max_cell_chars)
        try:
            reader = csv.reader(text, delimiter=delimiter)
            last_line = 0
            try:
                for record in reader:
                    line = last_line + 1
                    last_line = reader.line_num
                    guard.row(line, len(record))
                    if not any(cell.strip() for cell in record):
                        continue
                    if line == 1 and record and record[0].startswith("\ufeff"):
                        record[0] = record[0][1:]  # the BOM of UTF-16 stays in the text
                    yield line, record
            except csv.Error as exc:
                if "field limit" in str(exc):
                    raise FileUnreadable(
                        f"Regel {last_line + 1} heeft een veld van meer dan "
                        f"{limits.max_cell_chars} tekens."
                    ) from exc
                raise FileUnreadable(
                    f"Het bestand is geen geldig CSV-bestand (regel {last_line + 1})."
                ) from exc
            except UnicodeDecodeError as exc:
                raise FileUnreadable(
                    "Het bestand is geen tekst in UTF-8, UTF-16 of Windows-1252 en geen "
                    f"XLSX-bestand (na regel {last_line})."
                ) from exc
        finally:
            csv.field_size_limit(old_limit)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    return str(value)


_NOT_XLSX = "Het bestand is geen leesbaar XLSX-bestand."


def _check_zip(opener: _Opener, limits: ReadLimits) -> None:
    """Refuse an XLSX whose parts would unpack beyond the limits, before anything is unpacked."""
    try:
        with opener() as raw, zipfile.ZipFile(raw) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise FileUnreadable(_NOT_XLSX) from exc
    total = sum(part.file_size for part in parts)
    if total > limits.max_xlsx_uncompressed:
        raise FileUnreadable(
            f"Het XLSX-bestand is uitgepakt groter dan "
            f"{limits.max_xlsx_uncompressed // (1024 * 1024)} MB; sla het op als CSV of splits het."
        )
    for part in parts:
        if part.filename.lower().endswith("sharedstrings.xml") and (
            part.file_size > limits.max_shared_strings
        ):
            raise FileUnreadable(
                "Het XLSX-bestand bevat meer dan "
                f"{limits.max_shared_strings // (1024 * 1024)} MB aan tekst; "
                "sla het op als CSV of splits het."
            )


def _read_xlsx(opener: _Opener, limits: ReadLimits, guard: _Guard) -> Table:
    import openpyxl  # imported here: only XLSX files need it

    _check_zip(opener, limits)
    stream = opener()
    try:
        workbook = openpyxl.load_workbook(stream, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on damaged files
        stream.close()
        raise FileUnreadable(_NOT_XLSX) from exc
    records = _xlsx_records(workbook, stream, limits, guard)
    headers: list[str] | None = None
    try:
        for _line, cells in records:
            headers = cells
            break
    except BaseException:
        records.close()
        raise
    if headers is None:
        raise FileUnreadable("Het XLSX-bestand is leeg.")
    return Table(headers=headers, rows=records, kind="xlsx")


def _xlsx_records(
    workbook: Any, stream: BinaryIO, limits: ReadLimits, guard: _Guard
) -> Generator[tuple[int, list[str]], None, None]:
    try:
        if not workbook.worksheets:
            raise FileUnreadable("Het XLSX-bestand heeft geen werkblad.")
        sheet = workbook.worksheets[0]
        # The sheet's <dimension> tag is the file's own claim: read-only openpyxl stops at
        # its last row (dropping rows below it) and pads every row to its last column
        # (A1:XFD1048576 in a 5 KB file). Forget it and read the rows that are there.
        sheet.reset_dimensions()
        try:
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                width = len(values)
                while width and values[width - 1] is None:
                    width -= 1
                guard.row(number, width)
                cells = [_cell_text(v) for v in values[:width]]
                if not any(c.strip() for c in cells):
                    continue
                for cell in cells:
                    if len(cell) > limits.max_cell_chars:
                        raise FileUnreadable(
                            f"Regel {number} heeft een veld van meer dan "
                            f"{limits.max_cell_chars} tekens."
                        )
                    if "\x00" in cell:
                        raise FileUnreadable(f"Regel {number} van het XLSX-bestand is onleesbaar.")
                yield number, cells
        except FileUnreadable:
            raise
        except Exception as exc:
            raise FileUnreadable(_NOT_XLSX) from exc
    finally:
        workbook.close()
        stream.close()


# --- patterns (compiled once: a large file runs each of them 100,000 times) ---------------

_COLUMN_NOISE = re.compile(r"[\s_]+")
_SPACES = re.compile(r"\s+")  # \s covers the no-break space too
_CURRENCY = re.compile(r"^(?:€|EUR)|(?:€|EUR)$", re.IGNORECASE)
_AREA = re.compile(r"[1-9][0-9]{3}")
_NINE_DIGITS = re.compile(r"[0-9]{9}")
_BSN_NOISE = re.compile(r"[\s.]")
_HOUSE_NUMBER = re.compile(r"[0-9]{1,9}")
_SUFFIX_NOISE = re.compile(r"[\s\-_/.]+")


# --- columns ----------------------------------------------------------------------------


def normalise_column(name: str) -> str:
    """Column names match without regard to case, spaces or `_` (and a stray BOM)."""
    return _COLUMN_NOISE.sub("", name.replace("\ufeff", "")).lower()


@dataclass(frozen=True)
class ColumnSpec:
    name: str
    required: bool
    aliases: tuple[str, ...] = ()


SIGNAL_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("signal_id", True, ("signaal_id", "kenmerk")),
    ColumnSpec("received_on", True, ("datum_melding",)),
    ColumnSpec("creditor", True, ("schuldeiser",)),
    ColumnSpec("creditor_type", True, ("soort",)),
    ColumnSpec("arrears_eur", True, ("achterstand",)),
    ColumnSpec("bsn", False),
    ColumnSpec("last_name", True, ("achternaam",)),
    ColumnSpec("first_name", False, ("voornaam", "voorletters")),
    ColumnSpec("birth_date", False, ("geboortedatum",)),
    ColumnSpec("street", True, ("straat",)),
    ColumnSpec("house_number", True, ("huisnummer",)),
    ColumnSpec("house_number_suffix", False, ("toevoeging",)),
    ColumnSpec("postcode", True),
    ColumnSpec("city", True, ("woonplaats",)),
    ColumnSpec("phone_1", False, ("telefoon_1", "telefoon")),
    ColumnSpec("phone_2", False, ("telefoon_2",)),
    ColumnSpec("phone_3", False, ("telefoon_3",)),
    ColumnSpec("email", False, ("e-mail", "emailadres")),
    ColumnSpec("wijk", False),
)

HISTORY_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("signal_id", True, ("signaal_id", "kenmerk")),
    ColumnSpec("attempt_at", True, ("tijdstip", "datum_tijd", "belmoment")),
    ColumnSpec("agent", True, ("beller", "medewerker")),
    ColumnSpec("outcome", True, ("uitkomst", "resultaat")),
    ColumnSpec("help_types", False, ("hulpsoorten", "hulpvraag")),
    ColumnSpec("urgent", False, ("spoed",)),
    ColumnSpec("notes", False, ("notities", "opmerkingen", "notitie")),
    ColumnSpec("channel", False, ("kanaal", "contactsoort")),
    ColumnSpec("best_reachable", False, ("beste_bereikbaar", "bereikbaar")),
)

WIJK_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("postcode", True),
    ColumnSpec("wijk", True),
)


def map_columns(headers: Sequence[str], specs: Iterable[ColumnSpec]) -> dict[str, int]:
    """Canonical column name -> index in the row. Raises FileUnreadable for missing columns."""
    position: dict[str, int] = {}
    for index, header in enumerate(headers):
        position.setdefault(normalise_column(header), index)
    found: dict[str, int] = {}
    missing: list[str] = []
    for spec in specs:
        for candidate in (spec.name, *spec.aliases):
            at = position.get(normalise_column(candidate))
            if at is not None:
                found[spec.name] = at
                break
        else:
            if spec.required:
                missing.append(spec.name)
    if missing:
        names = ", ".join(missing)
        noun = "kolom ontbreekt" if len(missing) == 1 else "kolommen ontbreken"
        raise FileUnreadable(f"Verplichte {noun} in de kopregel: {names}.")
    return found


#: Line breaks (and the other vertical white space) inside a quoted cell.
_LINE_BREAKS = re.compile(r"[\s]*[\r\n\v\f\x1c-\x1e\x85\u2028\u2029][\s]*")
#: The characters after which an export's neutralising apostrophe stands.
_NEUTRALISED = frozenset({"=", "+", "-", "@", "\t", "\r"})
#: The only columns that may hold more than one line.
MULTILINE_COLUMNS = frozenset({"notes"})


def one_line(text: str) -> str:
    """A value with its line breaks (and the spaces around them) turned into one space: a name,
    street or reference never holds a line break (FORMATS.md)."""
    return _LINE_BREAKS.sub(" ", text)


def row_values(
    cells: Sequence[str], columns: Mapping[str, int], header_count: int
) -> tuple[dict[str, str], str | None]:
    """The canonical values of one row, and a problem when the row has surplus cells.

    Values are stripped; a line break inside a quoted value becomes one space, except in
    the multi-line columns (notes); the apostrophe an export put before `=`, `+`, `-`, `@`
    is removed."""
    values = {name: (cells[i].strip() if i < len(cells) else "") for name, i in columns.items()}
    for name, value in values.items():
        if not value or (value[0] != "'" and value.isprintable()):
            continue  # the usual value: nothing to do
        if value[0] == "'" and value[1:2] in _NEUTRALISED:
            # Our own exports (the rejects file) put an apostrophe before text a spreadsheet
            # would run as a formula (app/services/safe_output.py); reading it back undoes it.
            value = values[name] = value[1:]
        if name not in MULTILINE_COLUMNS and _LINE_BREAKS.search(value):
            values[name] = one_line(value)
    surplus = [c for c in cells[header_count:] if c.strip()]
    problem = None
    if surplus:
        problem = (
            f"de regel heeft {len(cells)} velden maar de kopregel {header_count} "
            "(scheidingsteken in een waarde zonder aanhalingstekens?)"
        )
    return values, problem


# --- single values ----------------------------------------------------------------------

_ISO_DATE = re.compile(r"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$")
_NL_DATE = re.compile(r"^([0-9]{1,2})-([0-9]{1,2})-([0-9]{4})$")


@functools.lru_cache(maxsize=4096)
def parse_date(text: str) -> date:
    """`YYYY-MM-DD` or `DD-MM-YYYY`."""
    text = text.strip()
    match = _ISO_DATE.match(text)
    if match:
        y, m, d = (int(g) for g in match.groups())
    else:
        match = _NL_DATE.match(text)
        if not match:
            raise ValueProblem(f"'{_short(text)}' is geen datum (JJJJ-MM-DD of DD-MM-JJJJ)")
        d, m, y = (int(g) for g in match.groups())
    try:
        return date(y, m, d)
    except ValueError as exc:
        raise ValueProblem(f"'{_short(text)}' is geen bestaande datum") from exc


_PLAIN_AMOUNT = re.compile(r"^[0-9]+(?:[.,][0-9]{1,2})?$")
_NL_GROUPED = re.compile(r"^[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]{1,2})?$")
_EN_GROUPED = re.compile(r"^[0-9]{1,3}(?:,[0-9]{3})+\.[0-9]{1,2}$")


def parse_amount_cents(text: str) -> int:
    """`1234.56`, `1234,56`, `1.234,56`, `€ 1.234,56` (also `EUR`) -> whole cents."""
    raw = text
    text = _SPACES.sub("", text)
    text = _CURRENCY.sub("", text)
    if text.startswith("-"):
        raise ValueProblem(f"bedrag '{_short(raw)}' is negatief")
    if _PLAIN_AMOUNT.match(text):
        normal = text.replace(",", ".")
    elif _NL_GROUPED.match(text):
        normal = text.replace(".", "").replace(",", ".")
    elif _EN_GROUPED.match(text):
        normal = text.replace(",", "")
    else:
        raise ValueProblem(f"'{_short(raw)}' is geen bedrag (bijvoorbeeld 1234,56 of € 1.234,56)")
    try:
        cents = int((Decimal(normal) * 100).to_integral_exact())
    except (InvalidOperation, ValueError) as exc:  # pragma: no cover - regexes rule this out
        raise ValueProblem(f"'{_short(raw)}' is geen bedrag") from exc
    if cents > MAX_ARREARS_CENTS:
        raise ValueProblem(f"bedrag '{_short(raw)}' is onwaarschijnlijk hoog")
    return cents


_POSTCODE = re.compile(r"^[1-9][0-9]{3}[A-Z]{2}$")


def parse_postcode(text: str) -> str:
    """A Dutch postcode in any spacing or case -> `2031AB`."""
    normal = _SPACES.sub("", text).upper()
    if not _POSTCODE.match(normal) or normal[4:] in {"SA", "SD", "SS"}:
        raise ValueProblem(f"'{_short(text)}' is geen Nederlandse postcode")
    return normal


def parse_postcode_area(text: str) -> str:
    """For the wijk mapping: a 4-digit area (`2031`) or a full postcode (`2031AB`)."""
    normal = _SPACES.sub("", text).upper()
    if _AREA.fullmatch(normal):
        return normal
    return parse_postcode(text)


#: The eleven-test: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11.
_BSN_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2, -1)


def bsn_ok(digits: str) -> bool:
    if not _NINE_DIGITS.fullmatch(digits) or digits == "000000000":
        return False
    total: int = sum(map(operator.mul, map(int, digits), _BSN_WEIGHTS))
    return total % 11 == 0


def parse_bsn(text: str) -> str:
    """9 digits passing the eleven-test (spaces and dots between digits are tolerated)."""
    digits = _BSN_NOISE.sub("", text)
    if not _NINE_DIGITS.fullmatch(digits):
        raise ValueProblem("BSN moet uit 9 cijfers bestaan")
    if not bsn_ok(digits):
        raise ValueProblem("BSN voldoet niet aan de elfproef")
    return digits


def parse_house_number(text: str) -> int:
    text = text.strip()
    if not _HOUSE_NUMBER.fullmatch(text) or not 0 < int(text) <= MAX_HOUSE_NUMBER:
        raise ValueProblem(f"huisnummer '{_short(text)}' is geen geheel getal")
    return int(text)


def normalise_suffix(text: str) -> str:
    """`b`, ` B`, `-b` -> `B`; `2 hg` -> `2HG`: case, spaces and hyphens do not matter."""
    return _SUFFIX_NOISE.sub("", text).upper()


def address_key(postcode: str, house_number: int, suffix: str) -> str:
    return f"{postcode}-{house_number}-{suffix}" if suffix else f"{postcode}-{house_number}"


_CREDITOR_TYPES = {
    "rent": CreditorType.RENT,
    "huur": CreditorType.RENT,
    "energy": CreditorType.ENERGY,
    "energie": CreditorType.ENERGY,
    "water": CreditorType.WATER,
    "drinkwater": CreditorType.WATER,
    "healthinsurance": CreditorType.HEALTH_INSURANCE,
    "zorgverzekering": CreditorType.HEALTH_INSURANCE,
    "zorgverzekeraar": CreditorType.HEALTH_INSURANCE,
    "zorg": CreditorType.HEALTH_INSURANCE,
    "other": CreditorType.OTHER,
    "overig": CreditorType.OTHER,
    "overige": CreditorType.OTHER,
}


@functools.lru_cache(maxsize=1024)
def parse_creditor_type(text: str) -> CreditorType:
    found = _CREDITOR_TYPES.get(normalise_column(text))
    if found is None:
        raise ValueProblem(
            f"soort schuldeiser '{_short(text)}' is onbekend "
            "(huur, energie, drinkwater, zorgverzekering of overig)"
        )
    return found


_PHONE_PUNCTUATION = re.compile(r"[\s\-./]+")
_DUTCH_NUMBER = re.compile(r"^(?:\+31|0031|0)([1-9][0-9]{8})$")


_Desc = tuple[re.Pattern[str], frozenset[int]]


def _dutch_descriptions() -> tuple[_Desc | None, tuple[_Desc, ...]]:
    """phonenumbers' own description of all Dutch numbers and of every Dutch number type
    (fixed line, mobile, toll free, ...): pattern and possible lengths."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region("NL")
    if metadata is None:  # pragma: no cover - NL metadata ships with phonenumbers
        return None, ()

    def compiled(desc: Any) -> _Desc | None:
        if desc is None or not desc.national_number_pattern:
            return None
        return re.compile(desc.national_number_pattern), frozenset(desc.possible_length or ())

    kinds = (
        metadata.fixed_line,
        metadata.mobile,
        metadata.toll_free,
        metadata.premium_rate,
        metadata.shared_cost,
        metadata.personal_number,
        metadata.voip,
        metadata.pager,
        metadata.uan,
        metadata.voicemail,
    )
    return compiled(metadata.general_desc), tuple(
        d for d in (compiled(kind) for kind in kinds) if d is not None
    )


_NL_GENERAL, _NL_KINDS = _dutch_descriptions()


def _matches(national: str, desc: _Desc) -> bool:
    pattern, lengths = desc
    return (not lengths or len(national) in lengths) and pattern.fullmatch(national) is not None


def _valid_dutch(national: str) -> bool:
    """phonenumbers' `is_valid_number` for a Dutch national number: it matches the general
    description and that of at least one number type (what `_number_type_helper` decides)."""
    if _NL_GENERAL is None:  # pragma: no cover
        number = phonenumbers.PhoneNumber(country_code=31, national_number=int(national))
        return bool(phonenumbers.is_valid_number(number))
    return _matches(national, _NL_GENERAL) and any(_matches(national, k) for k in _NL_KINDS)


@functools.lru_cache(maxsize=65536)
def normalise_phone(text: str) -> str | None:
    """E.164 for a valid Dutch or international number, else None.

    The usual Dutch forms (`06-12345678`, `+31 6 12345678`, `0031 23 5551234`) skip
    phonenumbers' general parser and are checked against phonenumbers' own Dutch patterns,
    compiled once (its `is_valid_number` compiles and tries every number type for every
    number): those two were most of the cost of a large import. Checked equal to the plain
    `parse` + `is_valid_number` on 20,000 generated numbers (tests).
    """
    text = text.strip()
    if not text or len(text) > 40:
        return None
    dutch = _DUTCH_NUMBER.match(_PHONE_PUNCTUATION.sub("", text))
    if dutch:
        national = dutch.group(1)
        return f"+31{national}" if _valid_dutch(national) else None
    try:
        number = phonenumbers.parse(text, "NL")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

#: Longest text each column may hold (the database columns' sizes).
_MAX_LEN = {
    "signal_id": 100,
    "creditor": 200,
    "last_name": 200,
    "first_name": 200,
    "street": 200,
    "city": 120,
    "wijk": 120,
    "house_number_suffix": 16,
}

_LABELS = {
    "signal_id": "signal_id (kenmerk)",
    "received_on": "received_on (datum_melding)",
    "creditor": "creditor (schuldeiser)",
    "creditor_type": "creditor_type (soort)",
    "arrears_eur": "arrears_eur (achterstand)",
    "last_name": "last_name (achternaam)",
    "street": "street (straat)",
    "house_number": "house_number (huisnummer)",
    "postcode": "postcode",
    "city": "city (woonplaats)",
}


def _short(text: str, limit: int = 40) -> str:
    text = text.replace("\n", " ").replace("\r", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- rows -------------------------------------------------------------------------------


@dataclass(slots=True)
class SignalRow:
    """One valid row of a signal file, normalised (slots: a file holds 100,000s of them)."""

    line: int
    signal_id: str
    received_on: date
    creditor: str
    creditor_type: CreditorType
    arrears_cents: int
    bsn: str | None
    last_name: str
    first_name: str | None
    birth_date: date | None
    street: str
    house_number: int
    house_number_suffix: str
    postcode: str
    city: str
    phones: list[str]
    email: str | None
    wijk: str | None
    invalid_phones: int = 0
    invalid_email: bool = False

    @property
    def address_key(self) -> str:
        return address_key(self.postcode, self.house_number, self.house_number_suffix)


@dataclass
class RowProblems:
    reasons: list[str] = field(default_factory=list)

    def add(self, reason: str) -> None:
        self.reasons.append(reason)

    def __bool__(self) -> bool:
        return bool(self.reasons)

    def text(self) -> str:
        return "; ".join(self.reasons)


_REQUIRED_SIGNAL = tuple(
    (c.name, _LABELS.get(c.name, c.name)) for c in SIGNAL_COLUMNS if c.required
)
_LENGTH_LIMITS = tuple(_MAX_LEN.items())


def parse_signal_row(line: int, values: Mapping[str, str]) -> SignalRow | str:
    """A valid SignalRow, or the Dutch reason(s) the row is rejected."""
    problems = RowProblems()
    for name, label in _REQUIRED_SIGNAL:
        if not values.get(name):
            problems.add(f"{label} ontbreekt")
    for name, limit in _LENGTH_LIMITS:
        if len(values.get(name, "")) > limit:
            problems.add(f"{name} is langer dan {limit} tekens")

    def check(name: str, parse: Callable[[str], T]) -> T | None:
        text = values.get(name, "")
        if not text:
            return None
        try:
            return parse(text)
        except ValueProblem as exc:
            problems.add(str(exc))
            return None

    received_on = check("received_on", parse_date)
    birth_date = check("birth_date", parse_date)
    creditor_type = check("creditor_type", parse_creditor_type)
    arrears = check("arrears_eur", parse_amount_cents)
    bsn = check("bsn", parse_bsn)
    house_number = check("house_number", parse_house_number)
    postcode = check("postcode", parse_postcode)
    if problems:
        return problems.text()
    assert received_on is not None and creditor_type is not None and arrears is not None
    assert house_number is not None and postcode is not None

    phones: list[str] = []
    invalid_phones = 0
    for name in ("phone_1", "phone_2", "phone_3"):
        text = values.get(name, "")
        if not text:
            continue
        e164 = normalise_phone(text)
        if e164 is None:
            invalid_phones += 1
        elif e164 not in phones:
            phones.append(e164)
    email: str | None = values.get("email", "") or None
    invalid_email = False
    if email is not None and (len(email) > 254 or not _EMAIL.match(email)):
        email, invalid_email = None, True
    return SignalRow(
        line=line,
        signal_id=values["signal_id"],
        received_on=received_on,
        creditor=values["creditor"],
        creditor_type=creditor_type,
        arrears_cents=arrears,
        bsn=bsn,
        last_name=values["last_name"],
        first_name=values.get("first_name", "") or None,
        birth_date=birth_date,
        street=values["street"],
        house_number=house_number,
        house_number_suffix=normalise_suffix(values.get("house_number_suffix", "")),
        postcode=postcode,
        city=values["city"],
        phones=phones,
        email=email,
        wijk=values.get("wijk", "") or None,
        invalid_phones=invalid_phones,
        invalid_email=invalid_email,
    )


# --- contact history --------------------------------------------------------------------

_OUTCOME_NAMES: dict[str, Outcome] = {normalise_column(o.value): o for o in Outcome}
_OUTCOME_NAMES.update(
    {
        "geengehoor": Outcome.NO_ANSWER,
        "voicemail": Outcome.VOICEMAIL,
        "ingesprek": Outcome.BUSY,
        "onjuistnummer": Outcome.WRONG_NUMBER,
        "terugbelafspraak": Outcome.CALLBACK_REQUESTED,
        "bereikt,geenhulpvraag": Outcome.REACHED_NO_HELP_NEEDED,
        "bereikt,hulpaanbodgeaccepteerd": Outcome.REACHED_HELP_ACCEPTED,
        "bereikt,hulpafgewezen": Outcome.REACHED_HELP_DECLINED,
        "alinschuldhulptraject": Outcome.ALREADY_IN_DEBT_HELP,
        "verstuurd": Outcome.SENT,
        "verzonden": Outcome.SENT,
        "nietthuis": Outcome.NO_ANSWER,
        "kaartjeachtergelaten": Outcome.CARD_LEFT,
        "verhuisd": Outcome.MOVED_AWAY,
    }
)

_CHANNEL_NAMES: dict[str, Channel] = {normalise_column(c.value): c for c in Channel}
_CHANNEL_NAMES.update(
    {
        "telefoon": Channel.PHONE,
        "inkomend": Channel.PHONE_IN,
        "brief": Channel.LETTER,
        "kaartje": Channel.CARD,
        "huisbezoek": Channel.HOME_VISIT,
        "sms/whatsapp": Channel.SMS,
        "whatsapp": Channel.SMS,
        "mail": Channel.EMAIL,
    }
)

_YES = {"yes", "ja", "j", "y", "true", "waar", "1"}
_NO = {"no", "nee", "n", "false", "onwaar", "0", ""}

_LOCAL_TIME = re.compile(
    r"^(?P<date>[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}-[0-9]{1,2}-[0-9]{4})[ T]"
    r"(?P<h>[0-9]{1,2}):(?P<m>[0-9]{2})(?::(?P<s>[0-9]{2}))?$"
)


def parse_outcome(text: str) -> Outcome:
    found = _OUTCOME_NAMES.get(normalise_column(text))
    if found is None:
        raise ValueProblem(f"uitkomst '{_short(text)}' is onbekend")
    return found


def parse_channel(text: str) -> Channel:
    """A history row's channel; empty is an outbound call (the column is optional)."""
    if not text.strip():
        return Channel.PHONE
    found = _CHANNEL_NAMES.get(normalise_column(text))
    if found is None:
        raise ValueProblem(f"kanaal '{_short(text)}' is onbekend")
    return found


def parse_local_time(text: str) -> datetime:
    """`YYYY-MM-DD HH:MM` Europe/Amsterdam wall-clock time -> an aware instant (UTC).

    A time that does not exist (the hour skipped when summer time starts) is refused; an
    ambiguous one (the hour repeated in autumn) is read as the first, summer-time, one.
    """
    text = text.strip()
    match = _LOCAL_TIME.match(text)
    if not match:
        raise ValueProblem(f"'{_short(text)}' is geen tijdstip (JJJJ-MM-DD UU:MM)")
    day = parse_date(match["date"])
    hour, minute, second = int(match["h"]), int(match["m"]), int(match["s"] or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ValueProblem(f"'{_short(text)}' is geen bestaand tijdstip")
    local = datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=AMSTERDAM)
    instant = local.astimezone(UTC)
    if instant.astimezone(AMSTERDAM).replace(tzinfo=None) != local.replace(tzinfo=None):
        raise ValueProblem(f"'{_short(text)}' bestaat niet in Nederlandse tijd (zomertijd)")
    return instant


def parse_yes_no(text: str) -> bool:
    value = text.strip().lower()
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise ValueProblem(f"urgent '{_short(text)}' moet ja of nee zijn")


def parse_help_types(text: str) -> list[HelpType]:
    result: list[HelpType] = []
    for part in text.split("|"):
        code = part.strip().lower()
        if not code:
            continue
        try:
            help_type = HelpType(code)
        except ValueError as exc:
            raise ValueProblem(f"soort hulp '{_short(part.strip())}' is onbekend") from exc
        if help_type not in result:
            result.append(help_type)
    return result


@dataclass(slots=True)
class HistoryRow:
    line: int
    signal_id: str
    at: datetime
    agent: str
    outcome: Outcome
    help_types: list[HelpType]
    urgent: bool
    notes: str | None
    channel: Channel = Channel.PHONE
    reach_hint: str | None = None  # as stored: slot type code or HH:MM (DOMAIN.md 4.5)


def parse_history_row(line: int, values: Mapping[str, str]) -> HistoryRow | str:
    problems = RowProblems()
    for spec in HISTORY_COLUMNS:
        if spec.required and not values.get(spec.name, ""):
            problems.add(f"{spec.name} ontbreekt")
    if len(values.get("agent", "")) > 120:
        problems.add("agent is langer dan 120 tekens")
    at = outcome = None
    help_types: list[HelpType] = []
    urgent = False
    try:
        if values.get("attempt_at"):
            at = parse_local_time(values["attempt_at"])
    except ValueProblem as exc:
        problems.add(str(exc))
    try:
        if values.get("outcome"):
            outcome = parse_outcome(values["outcome"])
    except ValueProblem as exc:
        problems.add(str(exc))
    try:
        help_types = parse_help_types(values.get("help_types", ""))
    except ValueProblem as exc:
        problems.add(str(exc))
    try:
        urgent = parse_yes_no(values.get("urgent", ""))
    except ValueProblem as exc:
        problems.add(str(exc))
    channel = Channel.PHONE
    try:
        channel = parse_channel(values.get("channel", ""))
    except ValueProblem as exc:
        problems.add(str(exc))
    if outcome is not None and not problems:
        allowed_outcomes = CHANNEL_OUTCOMES[channel]
        if outcome not in allowed_outcomes:
            problems.add(f"uitkomst '{outcome.value}' past niet bij kanaal '{channel.value}'")
    reach_hint = _parse_reach_hint(values.get("best_reachable", ""), outcome, problems)
    if problems:
        return problems.text()
    assert at is not None and outcome is not None
    return HistoryRow(
        line=line,
        signal_id=values["signal_id"],
        at=at,
        agent=values["agent"],
        outcome=outcome,
        help_types=help_types,
        urgent=urgent,
        notes=values.get("notes", "") or None,
        channel=channel,
        reach_hint=reach_hint,
    )


def _parse_reach_hint(text: str, outcome: Outcome | None, problems: RowProblems) -> str | None:
    """`best_reachable`: a slot type (also in Dutch) or a time; only with an outcome after
    which the plan goes on (the same rule as the agent's screen)."""
    if not text.strip():
        return None
    # Imported here: the outcome rules pull in SQLAlchemy, which parsing alone does not need.
    from app.services.errors import InvalidInput
    from app.services.outcomes import HINT_OUTCOMES
    from app.services.planning import parse_hint

    try:
        hint = parse_hint(text)
    except InvalidInput:
        problems.add(f"best_reachable '{_short(text)}' is geen tijdvak of tijd (avond, 19:30)")
        return None
    if outcome is not None and outcome not in HINT_OUTCOMES:
        problems.add(
            "best_reachable hoort alleen bij no_answer, voicemail, busy of callback_requested"
        )
    return hint


# --- wijk mapping -----------------------------------------------------------------------


def longest_match(postcode: str, mapping: Mapping[str, str]) -> str | None:
    """The wijk of a full postcode: the full postcode's entry, else its 4-digit area's."""
    return mapping.get(postcode) or mapping.get(postcode[:4])


@dataclass
class WijkMappingFile:
    """A parsed wijk mapping: postcode (area or full) -> wijk, and the bad lines."""

    mapping: dict[str, str]
    problems: list[tuple[int, str]]


def parse_wijk_mapping(table: Table) -> WijkMappingFile:
    columns = map_columns(table.headers, WIJK_COLUMNS)
    mapping: dict[str, str] = {}
    where: dict[str, int] = {}
    problems: list[tuple[int, str]] = []
    for line, cells in table.rows:
        values, surplus = row_values(cells, columns, len(table.headers))
        if surplus:
            problems.append((line, surplus))
            continue
        wijk = values["wijk"]
        if not wijk:
            problems.append((line, "wijk ontbreekt"))
            continue
        if len(wijk) > 120:
            problems.append((line, "wijk is langer dan 120 tekens"))
            continue
        try:
            postcode = parse_postcode_area(values["postcode"])
        except ValueProblem:
            problems.append(
                (line, f"'{_short(values['postcode'])}' is geen postcodegebied of postcode")
            )
            continue
        if postcode in mapping and mapping[postcode] != wijk:
            problems.append(
                (
                    line,
                    f"postcode {postcode} staat al op regel {where[postcode]} bij een andere wijk",
                )
            )
            continue
        mapping[postcode] = wijk
        where.setdefault(postcode, line)
    return WijkMappingFile(mapping=mapping, problems=problems)
