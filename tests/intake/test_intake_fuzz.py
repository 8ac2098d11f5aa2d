"""Fuzzed signal and history files never give a traceback; every rejected row says why.

Quick variants run with every test run; the `slow` ones search much longer.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.cli import main
from app.db import Database
from app.services import intake
from app.services.context import AppContext
from app.services.intake import parse_history_table, parse_signal_table
from app.services.intake_parsing import (
    HISTORY_COLUMNS,
    SIGNAL_COLUMNS,
    FileUnreadable,
    read_table_bytes,
)

SIGNAL_NAMES = [c.name for c in SIGNAL_COLUMNS]
REQUIRED = [c.name for c in SIGNAL_COLUMNS if c.required]
GOOD = {
    "signal_id": "F-1",
    "received_on": "02-11-2026",
    "creditor": "Ymere",
    "creditor_type": "huur",
    "arrears_eur": "€ 1.234,56",
    "bsn": "111222333",
    "last_name": "Jansen",
    "first_name": "P.",
    "birth_date": "1980-01-31",
    "street": "Straat",
    "house_number": "12",
    "house_number_suffix": "a",
    "postcode": "2031 AB",
    "city": "Haarlem",
    "phone_1": "06-12345678",
    "phone_2": "",
    "phone_3": "",
    "email": "p@example.nl",
    "wijk": "",
}
POSTCODE = re.compile(r"^[1-9][0-9]{3}[A-Z]{2}$")

QUICK = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
SLOW = settings(max_examples=600, deadline=None, suppress_health_check=list(HealthCheck))

# Values that look like the real thing, and values that do not look like anything.
plausible = st.sampled_from(
    [
        "",
        " ",
        "0",
        "-1",
        "12",
        "1.234,56",
        "€ 5",
        "2031AB",
        "2031 sa",
        "0123AB",
        "31-02-2026",
        "2026-11-02",
        "huur",
        "zorgverzekering",
        "telefoon",
        "111222333",
        "123456789",
        "06-1234",
        "+31 6 12345678",
        "12a",
        "NaN",
        "1e9",
        "99999999999",
        '"',
        ";",
        ",",
        "\n",
        "\r\n",
        "\t",
        "=cmd|' /C calc'!A0",
        "\ufeff",
        "ß",
        "ـ",
        "\u202e",
        "𝟘𝟙𝟚",
    ]
)
any_text = st.text(max_size=60)
cell = st.one_of(plausible, any_text, st.text(alphabet="0123456789.,€ -", max_size=12))


def csv_bytes(header: list[str], rows: list[list[str]], delimiter: str, encoding: str) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode(encoding, errors="replace")


def check_signal_bytes(data: bytes) -> None:
    """The contract: FileUnreadable, or every row is either valid or rejected with a reason."""
    try:
        table = read_table_bytes(data)
        parsed = parse_signal_table(table)
    except FileUnreadable as exc:
        assert str(exc).strip()
        return
    except intake.UnreadableFile as exc:
        assert str(exc).strip()
        return
    assert len(parsed.rows) + len(parsed.rejected) == len(table.rows)
    for rejected in parsed.rejected:
        assert rejected.reason.strip() and rejected.line >= 2
    for row in parsed.rows:
        assert POSTCODE.match(row.postcode) and row.postcode[4:] not in {"SA", "SD", "SS"}
        assert 0 <= row.arrears_cents <= 100_000_000
        assert 0 < row.house_number <= 99_999
        assert row.signal_id and row.last_name and row.street and row.city
        assert all(p.startswith("+") and p[1:].isdigit() for p in row.phones)
        assert len(row.signal_id) <= 100 and len(row.house_number_suffix) <= 16


# --- pure reading --------------------------------------------------------------------------


@QUICK
@given(st.binary(max_size=2000))
def test_random_bytes_quick(data: bytes) -> None:
    check_signal_bytes(data)


@pytest.mark.slow
@SLOW
@given(st.binary(max_size=20000))
def test_random_bytes_slow(data: bytes) -> None:
    check_signal_bytes(data)


def _random_file(draw: Callable[..., Any]) -> bytes:
    columns = draw(st.lists(st.sampled_from(SIGNAL_NAMES), min_size=0, max_size=22))
    if draw(st.booleans()):
        columns = list(dict.fromkeys([*REQUIRED, *columns]))
    rows = draw(
        st.lists(
            st.lists(st.one_of(cell, st.sampled_from(list(GOOD.values()))), max_size=25),
            max_size=8,
        )
    )
    delimiter = draw(st.sampled_from([";", ",", "\t", "|"]))
    encoding = draw(
        st.sampled_from(
            ["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16", "utf-32", "cp437", "mac_roman"]
        )
    )
    return csv_bytes(columns, rows, delimiter, encoding)


@st.composite
def random_files(draw: Callable[..., Any]) -> bytes:
    return _random_file(draw)


@st.composite
def mutated_good_files(draw: Callable[..., Any]) -> bytes:
    """A valid file with some cells replaced by junk: every row imports or says why."""
    rows = []
    for index in range(draw(st.integers(1, 6))):
        row = dict(GOOD, signal_id=f"F-{index}")
        for name in draw(st.lists(st.sampled_from(SIGNAL_NAMES), max_size=4)):
            row[name] = draw(cell)
        rows.append([row[n] for n in SIGNAL_NAMES])
    delimiter = draw(st.sampled_from([";", ","]))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]))
    return csv_bytes(SIGNAL_NAMES, rows, delimiter, encoding)


@QUICK
@given(random_files())
def test_random_files_quick(data: bytes) -> None:
    check_signal_bytes(data)


@QUICK
@given(mutated_good_files())
def test_mutated_rows_quick(data: bytes) -> None:
    check_signal_bytes(data)


@pytest.mark.slow
@SLOW
@given(st.one_of(random_files(), mutated_good_files()))
def test_random_and_mutated_files_slow(data: bytes) -> None:
    check_signal_bytes(data)


@QUICK
@given(st.sets(st.sampled_from(REQUIRED), min_size=1))
def test_missing_required_columns_are_named(missing: set[str]) -> None:
    header = [n for n in SIGNAL_NAMES if n not in missing]
    data = csv_bytes(header, [[GOOD[n] for n in header]], ";", "utf-8")
    with pytest.raises(intake.UnreadableFile) as caught:
        parse_signal_table(read_table_bytes(data))
    for name in missing:
        assert name in str(caught.value)


@pytest.mark.parametrize("size", [201, 32_767, 32_768, 400_000, 1_000_001])
def test_huge_fields(size: int) -> None:
    row = dict(GOOD, last_name="x" * size)
    data = csv_bytes(SIGNAL_NAMES, [[row[n] for n in SIGNAL_NAMES]], ";", "utf-8")
    try:
        parsed = parse_signal_table(read_table_bytes(data))
    except FileUnreadable as exc:  # beyond Excel's cell limit the file is refused as a whole
        assert size > 32_767 and "Regel 2 heeft een veld van meer dan 32767 tekens" in str(exc)
        return
    assert size <= 32_767
    assert parsed.rejected[0].reason == "last_name is langer dan 200 tekens"


def test_utf16_with_bom_is_read() -> None:
    # Excel's "Unicode text" export: UTF-16 with a BOM (issue 16; it used to be refused).
    data = csv_bytes(SIGNAL_NAMES, [[GOOD[n] for n in SIGNAL_NAMES]], ";", "utf-16")
    parsed = parse_signal_table(read_table_bytes(data))
    assert len(parsed.rows) == 1 and not parsed.rejected


@st.composite
def history_files(draw: Callable[..., Any]) -> bytes:
    names = [c.name for c in HISTORY_COLUMNS]
    rows = [
        [
            draw(
                st.one_of(
                    cell,
                    st.sampled_from(
                        [
                            "S1",
                            "2022-07-04 10:00",
                            "no_answer",
                            "ja",
                            "boom|geld",
                            "reached_help_accepted",
                        ]
                    ),
                )
            )
            for _ in names
        ]
        for _ in range(draw(st.integers(0, 6)))
    ]
    return csv_bytes(names, rows, draw(st.sampled_from([";", ","])), "utf-8")


@QUICK
@given(st.one_of(history_files(), st.binary(max_size=500)))
def test_random_history_quick(data: bytes) -> None:
    try:
        table = read_table_bytes(data)
        parsed = parse_history_table(table)
    except (FileUnreadable, intake.UnreadableFile):
        return
    assert len(parsed.rows) + len(parsed.rejected) == len(table.rows)
    assert all(r.reason.strip() for r in parsed.rejected)


# --- through the database and the command line --------------------------------------------


def _import_fuzzed(ctx: AppContext, tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "fuzz.csv"
    path.write_bytes(data)
    try:
        result = intake.import_signals(ctx, path)
    except intake.UnreadableFile as exc:
        assert str(exc).strip()
        return
    assert result.rows_read == result.imported + result.duplicates + len(result.rejected)
    assert all(r.reason.strip() for r in result.rejected)


def test_fuzzed_files_through_the_database_quick(ctx: AppContext, tmp_path: Path) -> None:
    @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.one_of(mutated_good_files(), random_files()))
    def run(data: bytes) -> None:
        _import_fuzzed(ctx, tmp_path, data)

    run()


@pytest.mark.slow
def test_fuzzed_files_through_the_database_slow(ctx: AppContext, tmp_path: Path) -> None:
    @settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.one_of(mutated_good_files(), random_files(), st.binary(max_size=3000)))
    def run(data: bytes) -> None:
        _import_fuzzed(ctx, tmp_path, data)

    run()


def test_fuzzed_files_through_the_command_line_quick(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Database.from_url(db_url).dispose()

    @settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.one_of(mutated_good_files(), st.binary(max_size=300)))
    def run(data: bytes) -> None:
        path = tmp_path / "fuzz.csv"
        path.write_bytes(data)
        for command in ("import-signals", "import-history"):
            code = main(["--db", db_url, command, str(path)])
            out, err = capsys.readouterr()
            assert code in (0, 1, 2)
            assert "Traceback" not in out + err and "onverwachte fout" not in err
            if code == 2:
                assert len(err.strip().splitlines()) == 1

    run()
