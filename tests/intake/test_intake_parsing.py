"""The reading rules of FORMATS.md, one by one (pure: no database)."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest

from app.models.enums import CreditorType, HelpType, Outcome
from app.services.intake import parse_signal_table
from app.services.intake_parsing import (
    SIGNAL_COLUMNS,
    FileUnreadable,
    ValueProblem,
    address_key,
    bsn_ok,
    map_columns,
    normalise_column,
    normalise_phone,
    normalise_suffix,
    parse_amount_cents,
    parse_bsn,
    parse_creditor_type,
    parse_date,
    parse_help_types,
    parse_house_number,
    parse_local_time,
    parse_outcome,
    parse_postcode,
    parse_postcode_area,
    parse_yes_no,
    read_table,
    read_table_bytes,
)

DATA = Path(__file__).resolve().parents[1] / "data"

HEADER = (
    "signal_id;received_on;creditor;creditor_type;arrears_eur;bsn;last_name;first_name;"
    "street;house_number;house_number_suffix;postcode;city;phone_1"
)


def signal_csv(*rows: str, header: str = HEADER) -> bytes:
    return ("\n".join([header, *rows]) + "\n").encode("utf-8")


# --- encodings, delimiters, XLSX ---------------------------------------------------------


def test_sample_file_bom_semicolon_dutch_columns() -> None:
    table = read_table(DATA / "signalen-voorbeeld.csv")
    assert table.encoding == "utf-8-sig"
    assert table.delimiter == ";"
    assert table.headers[0] == "kenmerk"
    parsed = parse_signal_table(table)
    assert [r.line for r in parsed.rejected] == [5, 6, 7]
    assert "elfproef" in parsed.rejected[0].reason
    assert "datum" in parsed.rejected[1].reason
    assert "bedrag" in parsed.rejected[2].reason
    first, second = parsed.rows[0], parsed.rows[1]
    assert first.address_key == second.address_key == "2032AB-12"
    assert first.arrears_cents == 124000 and second.arrears_cents == 31245
    assert second.phones == ["+31612345678", "+31235551234"]
    assert parsed.rows[2].house_number_suffix == "B"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
@pytest.mark.parametrize("delimiter", [";", ","])
def test_encodings_and_delimiters(encoding: str, delimiter: str) -> None:
    header = HEADER.replace(";", delimiter)
    row = ";".join(
        [
            "S1",
            "2026-11-02",
            "Wöningcorp",
            "huur",
            '"€ 1.234,56"' if delimiter == "," else "€ 1.234,56",
            "",
            "Yılmaz" if encoding != "cp1252" else "Müller",
            "Zoë",
            "Straße",
            "1",
            "",
            "2031 ab",
            "Haarlem",
            "0612345678",
        ]
    )
    if delimiter == ",":
        row = row.replace(";", ",")
    data = (header + "\r\n" + row + "\r\n").encode(encoding)
    table = read_table_bytes(data)
    assert table.delimiter == delimiter
    parsed = parse_signal_table(table)
    assert not parsed.rejected, parsed.rejected
    (signal,) = parsed.rows
    assert signal.arrears_cents == 123456
    assert signal.creditor == "Wöningcorp"
    assert signal.first_name == "Zoë"
    assert signal.postcode == "2031AB"
    assert signal.line == 2


def test_cp1252_euro_sign() -> None:
    data = signal_csv("S1;2026-11-02;X;huur;€ 12,00;;A;;B;1;;2031AB;H;").decode().encode("cp1252")
    table = read_table_bytes(data)
    assert table.encoding == "cp1252"
    assert parse_signal_table(table).rows[0].arrears_cents == 1200


def test_xlsx_first_sheet(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(
        [
            "Kenmerk",
            "Datum melding",
            "Schuldeiser",
            "Soort",
            "Achterstand",
            "BSN",
            *["Achternaam", "Straat", "Huisnummer", "Postcode", "Woonplaats", "Telefoon 1"],
        ]
    )
    sheet.append(
        [
            "X1",
            datetime(2026, 11, 2),
            "Eneco",
            "energie",
            312.45,
            111222333,
            *["Bakker", "Dorpsstraat", 12, "2032 ab", "Haarlem", 612345678],
        ]
    )
    sheet.append([None] * 12)  # empty rows are skipped but keep their line number
    sheet.append(
        [
            "X2",
            "02-11-2026",
            "PWN",
            "water",
            "1.000",
            None,
            *["Jansen", "Dorpsstraat", 12.0, "2032AB", "Haarlem", "bla"],
        ]
    )
    workbook.create_sheet("tweede")["A1"] = "ignored"
    path = tmp_path / "signals.xlsx"
    workbook.save(path)
    table = read_table(path)
    assert table.kind == "xlsx"
    parsed = parse_signal_table(table)
    assert not parsed.rejected
    first, second = parsed.rows
    assert (first.line, second.line) == (2, 4)
    assert first.received_on == date(2026, 11, 2)
    assert first.arrears_cents == 31245
    assert first.bsn == "111222333"
    assert first.phones == ["+31612345678"]
    assert second.arrears_cents == 100000
    assert second.house_number == 12
    assert second.phones == [] and second.invalid_phones == 1


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "leeg"),
        (b"\n\n  \n", "leeg"),
        (b"\x00\x01\x02binary", "binair"),
        (b"PK\x03\x04not really a zip", "XLSX"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", ".xls"),
        (b"a;b\n\x81\x8d\x8f\x90\x9d", "UTF-8"),
        (b"\xef\xbb\xbfsignal_id\n\xff", "UTF-8"),
    ],
)
def test_unreadable_files(data: bytes, words: str) -> None:
    with pytest.raises(FileUnreadable, match=words):
        read_table_bytes(data)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileUnreadable, match="bestaat niet"):
        read_table(tmp_path / "nope.csv")


def test_missing_required_columns_named() -> None:
    table = read_table_bytes(b"signal_id;postcode\nA;2031AB\n")
    with pytest.raises(FileUnreadable, match=r"received_on.*creditor"):
        map_columns(table.headers, SIGNAL_COLUMNS)


def test_column_names_ignore_case_spaces_underscores() -> None:
    assert normalise_column(" Signal_ID ") == normalise_column("signal id") == "signalid"
    header = (
        "SIGNAAL ID;Datum_Melding;SchuldEiser;SOORT;Achter stand;Achternaam;Straat;"
        "Huis_nummer;Postcode;Woonplaats;Telefoon 2"
    )
    table = read_table_bytes(
        signal_csv("A;1-2-2026;X;overig;5;N;S;3;2031ab;H;06 1234 5678", header=header)
    )
    parsed = parse_signal_table(table)
    assert not parsed.rejected, parsed.rejected
    assert parsed.rows[0].received_on == date(2026, 2, 1)
    assert parsed.rows[0].phones == ["+31612345678"]


def test_quoted_multiline_field_keeps_line_numbers() -> None:
    data = signal_csv(
        'A;2026-11-02;"Wonen\nmet twee regels";huur;10;;N;;S;1;;2031AB;H;',
        "B;2026-11-02;X;huur;tien;;N;;S;1;;2031AB;H;",
    )
    parsed = parse_signal_table(read_table_bytes(data))
    assert parsed.rows[0].line == 2
    assert [r.line for r in parsed.rejected] == [4]


def test_surplus_cells_rejected_but_trailing_empties_allowed() -> None:
    data = signal_csv(
        "A;2026-11-02;X;huur;10;;N;;S;1;;2031AB;H;;;",
        "B;2026-11-02;X;huur;1;234;;N;;S;1;;2031AB;H;0612345678",
    )
    parsed = parse_signal_table(read_table_bytes(data))
    assert [r.signal_id for r in parsed.rows] == ["A"]
    assert "velden" in parsed.rejected[0].reason


def test_every_missing_required_value_is_named() -> None:
    parsed = parse_signal_table(read_table_bytes(signal_csv(";;;;;;;;;;;;;0612345678")))
    reason = parsed.rejected[0].reason
    for name in (
        "signal_id",
        "received_on",
        "creditor",
        "arrears_eur",
        "last_name",
        "street",
        "house_number",
        "postcode",
        "city",
    ):
        assert name in reason


# --- single values -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-02", date(2026, 11, 2)),
        ("02-11-2026", date(2026, 11, 2)),
        ("2-1-2026", date(2026, 1, 2)),
        (" 2024-02-29 ", date(2024, 2, 29)),
    ],
)
def test_dates(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    ["31-02-2026", "2026/11/02", "02.11.2026", "11-2026", "gisteren", "2023-02-29", "20261102"],
)
def test_bad_dates(text: str) -> None:
    with pytest.raises(ValueProblem):
        parse_date(text)


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("1234.56", 123456),
        ("1.234,56", 123456),
        ("€ 1.234,56", 123456),
        ("€1.234,56", 123456),
        ("1234,56", 123456),
        ("312,45", 31245),
        ("89,1", 8910),
        ("640", 64000),
        ("1.240", 124000),
        ("1,234.56", 123456),
        ("EUR 12,00", 1200),
        ("12,00 €", 1200),
        ("1\u00a0234,56", 123456),
        ("0", 0),
        ("123.456,78", 12345678),
    ],
)
def test_amounts(text: str, cents: int) -> None:
    assert parse_amount_cents(text) == cents


@pytest.mark.parametrize(
    "text",
    [
        "veel",
        "-12,00",
        "12,345",
        "1.23.4",
        "1,2,3",
        "12.5.0",
        "€",
        "1e5",
        "99999999,99",
        "NaN",
        "١٢٣",
    ],
)
def test_bad_amounts(text: str) -> None:
    with pytest.raises(ValueProblem):
        parse_amount_cents(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2031 ab", "2031AB"), ("2031AB", "2031AB"), (" 2031  Ab ", "2031AB"), ("9999zz", "9999ZZ")],
)
def test_postcodes(text: str, expected: str) -> None:
    assert parse_postcode(text) == expected


@pytest.mark.parametrize(
    "text",
    ["0123AB", "2031SA", "2031 sd", "2031SS", "203AB", "2031A", "2031ABC", "B-1000", "２０３１AB"],
)
def test_bad_postcodes(text: str) -> None:
    with pytest.raises(ValueProblem):
        parse_postcode(text)


def test_postcode_area_for_mapping() -> None:
    assert parse_postcode_area(" 2031 ") == "2031"
    assert parse_postcode_area("2031 ab") == "2031AB"
    with pytest.raises(ValueProblem):
        parse_postcode_area("203")


def test_bsn_eleven_test() -> None:
    assert bsn_ok("111222333")
    assert not bsn_ok("123456789")
    assert not bsn_ok("000000000")
    assert parse_bsn("1112.22.333") == "111222333"
    with pytest.raises(ValueProblem, match="elfproef"):
        parse_bsn("123456789")
    with pytest.raises(ValueProblem, match="9 cijfers"):
        parse_bsn("11122233")


def test_house_numbers() -> None:
    assert parse_house_number("12") == 12
    for bad in ("12a", "0", "-1", "1.5", "twaalf", "100000"):
        with pytest.raises(ValueProblem):
            parse_house_number(bad)


def test_suffix_and_address_key() -> None:
    assert normalise_suffix(" b") == normalise_suffix("-B") == normalise_suffix("B") == "B"
    assert normalise_suffix("2 hg") == normalise_suffix("2-HG") == "2HG"
    assert address_key("2031AB", 12, "") != address_key("2031AB", 12, "B")
    assert address_key("2031AB", 1, "2") != address_key("2031AB", 12, "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("huur", CreditorType.RENT),
        ("Rent", CreditorType.RENT),
        ("energie", CreditorType.ENERGY),
        ("drinkwater", CreditorType.WATER),
        ("water", CreditorType.WATER),
        ("zorgverzekering", CreditorType.HEALTH_INSURANCE),
        ("health_insurance", CreditorType.HEALTH_INSURANCE),
        ("Health Insurance", CreditorType.HEALTH_INSURANCE),
        ("overig", CreditorType.OTHER),
        ("other", CreditorType.OTHER),
    ],
)
def test_creditor_types(text: str, expected: CreditorType) -> None:
    assert parse_creditor_type(text) is expected


def test_bad_creditor_type() -> None:
    with pytest.raises(ValueProblem, match="onbekend"):
        parse_creditor_type("telefoon")


@pytest.mark.parametrize(
    ("text", "e164"),
    [
        ("06-12345678", "+31612345678"),
        ("0612345678", "+31612345678"),
        ("+31 6 23456789", "+31623456789"),
        ("023-5551234", "+31235551234"),
        ("0031 6 12345678", "+31612345678"),
        ("+32 470 12 34 56", "+32470123456"),
        ("12345", None),
        ("bel me niet", None),
        ("", None),
        ("+999 123", None),
    ],
)
def test_phone_numbers(text: str, e164: str | None) -> None:
    assert normalise_phone(text) == e164


def test_invalid_phone_is_warning_not_rejection() -> None:
    parsed = parse_signal_table(
        read_table_bytes(signal_csv("A;2026-11-02;X;huur;10;;N;;S;1;;2031AB;H;12345"))
    )
    assert not parsed.rejected
    assert parsed.rows[0].phones == [] and parsed.rows[0].invalid_phones == 1


def test_too_long_values_rejected() -> None:
    long_name = "x" * 201
    parsed = parse_signal_table(
        read_table_bytes(signal_csv(f"A;2026-11-02;X;huur;10;;{long_name};;S;1;;2031AB;H;"))
    )
    assert "last_name is langer dan 200 tekens" in parsed.rejected[0].reason


# --- history values ----------------------------------------------------------------------


def test_local_time_is_amsterdam() -> None:
    assert parse_local_time("2022-07-04 18:30") == datetime(2022, 7, 4, 16, 30, tzinfo=UTC)
    assert parse_local_time("2022-12-05 09:00") == datetime(2022, 12, 5, 8, 0, tzinfo=UTC)
    assert parse_local_time("05-12-2022 09:00") == datetime(2022, 12, 5, 8, 0, tzinfo=UTC)
    # The hour that is repeated in autumn: the first (summer-time) one.
    assert parse_local_time("2022-10-30 02:30") == datetime(2022, 10, 30, 0, 30, tzinfo=UTC)
    with pytest.raises(ValueProblem, match="zomertijd"):
        parse_local_time("2022-03-27 02:30")
    for bad in ("2022-07-04", "2022-07-04 25:00", "2022-07-04 18:61", "gisteren 10:00"):
        with pytest.raises(ValueProblem):
            parse_local_time(bad)


def test_outcomes_codes_and_labels() -> None:
    assert parse_outcome("no_answer") is Outcome.NO_ANSWER
    assert parse_outcome("Geen gehoor") is Outcome.NO_ANSWER
    assert parse_outcome("REACHED_HELP_ACCEPTED") is Outcome.REACHED_HELP_ACCEPTED
    with pytest.raises(ValueProblem):
        parse_outcome("maybe")


def test_yes_no_and_help_types() -> None:
    assert parse_yes_no("ja") and parse_yes_no("YES") and not parse_yes_no("nee")
    assert not parse_yes_no("")
    with pytest.raises(ValueProblem):
        parse_yes_no("misschien")
    assert parse_help_types("payment_arrangement|boom") == [
        HelpType.PAYMENT_ARRANGEMENT,
        HelpType.BOOM,
    ]
    with pytest.raises(ValueProblem):
        parse_help_types("boom|geld")


def test_reader_never_needs_a_file_object() -> None:
    # read_table_bytes is what the fuzz tests hit; it must accept any bytes object.
    assert read_table_bytes(io.BytesIO(b"a;b\n1;2\n").getvalue()).rows == [(2, ["1", "2"])]


def test_phone_fast_path_equals_phonenumbers() -> None:
    """normalise_phone's shortcuts for Dutch numbers agree with phonenumbers' full parse."""
    import random

    import phonenumbers

    def reference(text: str) -> str | None:
        try:
            number = phonenumbers.parse(text, "NL")
        except phonenumbers.NumberParseException:
            return None
        if not phonenumbers.is_valid_number(number):
            return None
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)

    rng = random.Random(7)
    for _ in range(20000):
        first = rng.choice("123456789666")
        national = f"{first}{rng.randrange(10**8):08d}"
        text = rng.choice(["0{}", "+31{}", "0031{}", "+31 {} ", "(0{})", "0{}-"]).format(national)
        assert normalise_phone(text) == reference(text), text
