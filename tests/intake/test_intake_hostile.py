"""Hostile and odd files (issue 16): every reader is bounded, whatever the file claims."""

from __future__ import annotations

import re
import tracemalloc
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from app.services.intake import UnreadableFile, parse_history_table, parse_signal_table
from app.services.intake_parsing import FileUnreadable, ReadLimits, read_table, read_table_bytes

HEADER = [
    "signal_id",
    "received_on",
    "creditor",
    "creditor_type",
    "arrears_eur",
    "last_name",
    "street",
    "house_number",
    "postcode",
    "city",
    "phone_1",
]


def signal(i: int) -> list[object]:
    return [f"S{i}", "2026-11-02", "Ymere", "huur", "12,50", "Jansen", "Dorpsstraat", i]


def row(i: int) -> list[object]:
    return [*signal(i), "2031AB", "Haarlem", "0612345678"]


def xlsx(path: Path, rows: list[list[object]]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(HEADER)
    for values in rows:
        sheet.append(values)
    workbook.save(path)
    return path


def rewrite_part(path: Path, part: str, change: callable) -> None:  # type: ignore[valid-type]
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    parts[part] = change(parts[part])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


def set_dimension(path: Path, ref: str) -> None:
    rewrite_part(
        path,
        "xl/worksheets/sheet1.xml",
        lambda xml: re.sub(rb'<dimension ref="[^"]*"', f'<dimension ref="{ref}"'.encode(), xml),
    )


# --- XLSX ------------------------------------------------------------------------------


def test_xlsx_dimension_tag_that_claims_fewer_rows_drops_none(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "s.xlsx", [row(i) for i in range(1, 6)])
    set_dimension(path, "A1:K2")
    parsed = parse_signal_table(read_table(path))
    assert [r.signal_id for r in parsed.rows] == ["S1", "S2", "S3", "S4", "S5"]
    assert parsed.rows_read == 5


def test_xlsx_claiming_the_whole_sheet_reads_only_what_is_there(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "s.xlsx", [row(1), row(2)])
    set_dimension(path, "A1:XFD1048576")
    table = read_table(path)
    rows = list(table.rows)
    assert [line for line, _ in rows] == [2, 3]
    # The claimed 16,384 columns are not padded onto every row.
    assert all(len(cells) == len(HEADER) for _, cells in rows)
    assert len(table.headers) == len(HEADER)


def test_xlsx_shared_strings_bomb_is_refused_before_unpacking(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "s.xlsx", [row(1)])
    # One shared string of 200,000 characters: it compresses to almost nothing.
    huge = b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>'
    huge += b"x" * 200_000 + b"</t></si></sst>"
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/sharedStrings.xml", huge)
    assert path.stat().st_size < 20_000
    with pytest.raises(FileUnreadable, match="aan tekst"):
        read_table(path, ReadLimits(max_shared_strings=100_000))
    # The same file within the default limits is read.
    assert len(list(read_table(path).rows)) == 1


def test_xlsx_total_uncompressed_size_is_bounded(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "s.xlsx", [row(i) for i in range(1, 50)])
    with pytest.raises(FileUnreadable, match="uitgepakt groter"):
        read_table(path, ReadLimits(max_xlsx_uncompressed=10_000))


def test_xlsx_cell_size_rows_and_columns_are_bounded(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "s.xlsx", [[*signal(1), "2031AB", "Haarlem", "x" * 300]])
    with pytest.raises(UnreadableFile, match="Regel 2 heeft een veld van meer dan 200 tekens"):
        parse_signal_table(read_table(path, ReadLimits(max_cell_chars=200)))
    path = xlsx(tmp_path / "r.xlsx", [row(i) for i in range(1, 12)])
    with pytest.raises(UnreadableFile, match="meer dan 10 regels"):
        parse_signal_table(read_table(path, ReadLimits(max_rows=10)))
    wide = xlsx(tmp_path / "w.xlsx", [[*row(1), *["extra"] * 30]])
    with pytest.raises(UnreadableFile, match="Regel 2 heeft meer dan 20 kolommen"):
        parse_signal_table(read_table(wide, ReadLimits(max_columns=20)))


def test_xlsx_reading_stops_at_the_time_limit(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "s.xlsx", [row(i) for i in range(1, 5000)])
    ticks = iter(range(0, 10_000_000, 100))  # every look at the clock: 100 s later
    with pytest.raises(UnreadableFile, match="langer dan 300 seconden"):
        parse_signal_table(read_table(path, monotonic=lambda: float(next(ticks))))


# --- CSV and text -----------------------------------------------------------------------


def csv_text(*rows: str) -> str:
    return "\n".join([";".join(HEADER), *rows]) + "\n"


def test_csv_rows_columns_cells_and_size_are_bounded(tmp_path: Path) -> None:
    good = "S{};2026-11-02;Y;huur;10;Jansen;Straat;1;2031AB;Haarlem;0612345678"
    data = csv_text(*(good.format(i) for i in range(20))).encode()
    with pytest.raises(FileUnreadable, match="meer dan 10 regels"):
        read_table_bytes(data, ReadLimits(max_rows=10))
    with pytest.raises(FileUnreadable, match="Regel 1 heeft meer dan 5 kolommen"):
        read_table_bytes(data, ReadLimits(max_columns=5))
    with pytest.raises(FileUnreadable, match="groter dan 0 MB"):
        read_table_bytes(data, ReadLimits(max_file_bytes=100))
    long_cell = csv_text("S1;2026-11-02;Y;huur;10;" + "J" * 500 + ";Straat;1;2031AB;Haarlem;")
    with pytest.raises(FileUnreadable, match="Regel 2 heeft een veld van meer dan 100 tekens"):
        read_table_bytes(long_cell.encode(), ReadLimits(max_cell_chars=100))
    # The default cell limit is Excel's own: 32,767 characters.
    huge = csv_text("S1;2026-11-02;Y;huur;10;" + "J" * 40_000 + ";Straat;1;2031AB;Haarlem;")
    path = tmp_path / "huge.csv"
    path.write_text(huge, encoding="utf-8")
    with pytest.raises(UnreadableFile, match="32767 tekens"):
        parse_signal_table(read_table(path))


def test_csv_reading_stops_at_the_time_limit(tmp_path: Path) -> None:
    good = "S{};2026-11-02;Y;huur;10;Jansen;Straat;1;2031AB;Haarlem;0612345678"
    path = tmp_path / "s.csv"
    path.write_text(csv_text(*(good.format(i) for i in range(5000))), encoding="utf-8")
    ticks = iter(range(0, 10_000_000, 100))
    with pytest.raises(UnreadableFile, match="langer dan 300 seconden"):
        parse_signal_table(read_table(path, monotonic=lambda: float(next(ticks))))


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_unicode_text_with_bom_and_tabs(tmp_path: Path, encoding: str) -> None:
    lines = [
        "\t".join(HEADER),
        "\t".join(
            [
                *["S1", "02-11-2026", "Wöningcorp", "huur", "€ 1.234,56", "Yılmaz", "Straße"],
                *["3", "2031 ab", "Haarlem", "06-12345678"],
            ]
        ),
    ]
    bom = "\ufeff"
    path = tmp_path / "unicode.txt"
    path.write_bytes((bom + "\r\n".join(lines) + "\r\n").encode(encoding))
    table = read_table(path)
    assert table.encoding == "utf-16" and table.delimiter == "\t"
    assert table.headers[0] == "signal_id"
    parsed = parse_signal_table(table)
    assert not parsed.rejected, parsed.rejected
    (signal_row,) = parsed.rows
    assert signal_row.last_name == "Yılmaz" and signal_row.street == "Straße"
    assert signal_row.received_on == date(2026, 11, 2)
    assert signal_row.arrears_cents == 123456 and signal_row.line == 2


def test_line_breaks_in_quoted_names_and_streets_become_one_space() -> None:
    data = csv_text(
        'S1;2026-11-02;"Ymere\r\nWonen";huur;10;"Van\r\n Dijk";"Dorps-\nstraat";1;2031AB;'
        "Haarlem;0612345678"
    ).encode()
    parsed = parse_signal_table(read_table_bytes(data))
    (signal_row,) = parsed.rows
    assert signal_row.last_name == "Van Dijk"
    assert signal_row.street == "Dorps- straat"
    assert signal_row.creditor == "Ymere Wonen"


def test_history_notes_keep_their_line_breaks() -> None:
    data = (
        b"signal_id,attempt_at,agent,outcome,notes\n"
        b'S1,2026-11-02 10:00,"Berend\nBeller",no_answer,"eerste regel\ntweede regel"\n'
    )
    parsed = parse_history_table(read_table_bytes(data))
    (history_row,) = parsed.rows
    assert history_row.agent == "Berend Beller"
    assert history_row.notes == "eerste regel\ntweede regel"


def peak_while_reading(path: Path) -> int:
    tracemalloc.start()
    try:
        for _ in read_table(path).rows:
            pass
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_reading_a_csv_takes_memory_that_does_not_grow_with_the_file(tmp_path: Path) -> None:
    good = "S{};2026-11-02;Ymere Wonen;huur;1.234,56;Jansen;Dorpsstraat;1;2031AB;Haarlem;0612345678"
    small, big = tmp_path / "small.csv", tmp_path / "big.csv"
    small.write_text(csv_text(*(good.format(i) for i in range(10_000))), encoding="utf-8")
    big.write_text(csv_text(*(good.format(i) for i in range(80_000))), encoding="utf-8")
    small_peak, big_peak = peak_while_reading(small), peak_while_reading(big)
    # The old reader held the bytes, the decoded text and every row: several times the file
    # (8 MB here); now the peak is a read buffer, the same for both files.
    assert big_peak < 1.5 * small_peak, (small_peak, big_peak)
    assert big_peak < big.stat().st_size / 2
