"""app/services/safe_output.py: the one helper for files that leave the application."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from app.services.safe_output import (
    DUTCH_CSV,
    ENGLISH_CSV,
    CsvDialect,
    OutputFailed,
    atomic_file,
    check_writable,
    csv_text,
    neutralise,
)


@pytest.mark.parametrize(
    "text",
    [
        '=HYPERLINK("http://x","klik")',
        "=cmd|' /C calc'!A0",
        "+1+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(A1:A2)",
        "\t=1",
        "\r=1",
        "-",
        "+",
    ],
)
def test_formula_text_gets_an_apostrophe(text: str) -> None:
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("value", ["-12,50", "+31612345678", "-1.234,56", "Jansen", "", 12, -3.5])
def test_numbers_and_plain_text_stay(value: object) -> None:
    assert neutralise(value) == value


def test_dutch_and_english_csv() -> None:
    rows = [["wijk", "pct", "n"], ["=Noord", 33.3, -4], ["Zuid", None, 0]]
    assert csv_text(rows, DUTCH_CSV) == "wijk;pct;n\r\n'=Noord;33,3;-4\r\nZuid;;0\r\n"
    assert csv_text(rows, ENGLISH_CSV) == "wijk,pct,n\r\n'=Noord,33.3,-4\r\nZuid,,0\r\n"
    assert CsvDialect.for_language("nl_NL.UTF-8") is DUTCH_CSV
    assert CsvDialect.for_language(None) is DUTCH_CSV
    assert CsvDialect.for_language("C.UTF-8") is DUTCH_CSV
    assert CsvDialect.for_language("en_GB.UTF-8") is ENGLISH_CSV
    assert CsvDialect.for_language("en") is ENGLISH_CSV


def test_atomic_file_leaves_nothing_behind_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "r.csv"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(OutputFailed, match="de schijf is vol"), atomic_file(target) as out:
        out.write("half")
        raise OSError(errno.ENOSPC, "No space left on device")
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.csv"]
    with atomic_file(target) as out:
        out.write("new")
    assert target.read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.csv"]


def test_check_writable(tmp_path: Path) -> None:
    with pytest.raises(OutputFailed, match="is een map"):
        check_writable(tmp_path)
    with pytest.raises(OutputFailed, match="de map bestaat niet"):
        check_writable(tmp_path / "nope" / "r.csv")
    check_writable(tmp_path / "r.csv")
    assert list(tmp_path.iterdir()) == []
