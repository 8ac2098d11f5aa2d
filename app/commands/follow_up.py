"""The follow-up after the plan and the inbound search on the command line (issue 14).

- `vroegbel follow-up list [--channel C] [--format csv|xlsx|json|pdf] [-o FILE]`
- `vroegbel follow-up visit CASE --result R [--at "YYYY-MM-DD HH:MM"] [--help-types A|B]`
- `vroegbel letters [--channel letter|card] [--lang nl|en] -o FILE.pdf [--mark-sent]`
- `vroegbel find --phone N | --name X --postcode P --house-number H | --reference K [--json]`

All are for the admin (the command line's actor); the team lead has the same in the app's
services. Exit 0 done, 2 a bad argument or nothing to do (one line on standard error).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.cli import EXIT_OK, UsageError
from app.commands.common import cli_context, open_db
from app.commands.report import check_output


def follow_up_list(args: argparse.Namespace) -> int:
    from app.services import follow_up, safe_output

    channel = follow_up.parse_channel(args.channel)
    fmt = args.format or "json"
    output = check_output(args.output)
    if fmt in ("xlsx", "pdf") and output is None:
        raise UsageError(f"--format {fmt} schrijft een bestand: geef -o BESTAND.")
    dialect = safe_output.CsvDialect.for_language(
        getattr(args, "lang", None) or safe_output.language_from_environment()
    )
    if output is not None:
        # Before the list is read (and audited): an unwritable target changes nothing.
        safe_output.check_writable(output)
    db = open_db(args)
    try:
        ctx = cli_context(db)
        items = follow_up.follow_up_list(ctx, channel)
        today = ctx.clock.now()
    finally:
        db.dispose()
    if fmt == "json":
        _emit(json.dumps([i.to_json() for i in items], ensure_ascii=False, indent=2) + "\n", output)
    elif fmt == "csv":
        rows: list[tuple[object, ...]] = [follow_up.FOLLOW_UP_KEYS]
        for item in items:
            row = item.to_json()
            rows.append(tuple("" if row[k] is None else row[k] for k in follow_up.FOLLOW_UP_KEYS))
        # Neutralised cells and the dialect of the language (`;` and a decimal comma in Dutch).
        _emit(safe_output.csv_text(rows, dialect), output)
    elif fmt == "xlsx":
        assert output is not None
        follow_up.write_xlsx(items, output)
    else:
        assert output is not None
        if not items:
            # Nothing to visit is not a failure: say so, like `letters` does.
            print("Er staat niemand op de vervolglijst; er is geen PDF gemaakt.", file=sys.stderr)
            return EXIT_OK
        from app.clock import AMSTERDAM
        from app.services.reporting import dutch_date
        from app.ui.letters_pdf import write_visit_list_pdf

        day = dutch_date(today.astimezone(AMSTERDAM).date())
        safe_output.write_atomic(
            output, lambda temporary: write_visit_list_pdf(items, temporary, today=day)
        )
    if output is not None:
        print(f"Vervolglijst ({len(items)} bewoners) geschreven naar {output}.", file=sys.stderr)
    return EXIT_OK


def _emit(text: str, output: Path | None) -> None:
    from app.services import safe_output

    if output is None:
        sys.stdout.write(text)
    else:
        with safe_output.atomic_file(output, "w", encoding="utf-8", newline="") as out:
            out.write(text)


def record_visit(args: argparse.Namespace) -> int:
    from app.services import follow_up
    from app.services.intake_parsing import ValueProblem, parse_help_types, parse_local_time

    try:
        at = parse_local_time(args.at) if args.at else None
        help_types = parse_help_types(args.help_types or "")
    except ValueProblem as exc:
        raise UsageError(f"{exc}.") from exc
    db = open_db(args)
    try:
        status = follow_up.record_visit(
            cli_context(db),
            args.case,
            args.result,
            at=at,
            help_types=help_types,
            urgent=args.urgent,
            notes=args.notes,
        )
    finally:
        db.dispose()
    print(f"Huisbezoek bij zaak {args.case} vastgelegd; de zaak is nu {status}.")
    return EXIT_OK


def letters(args: argparse.Namespace) -> int:
    from app.models.enums import Channel
    from app.services import follow_up

    channel = follow_up.parse_channel(args.channel or "letter")
    if channel not in (Channel.LETTER, Channel.CARD):
        raise UsageError("--channel is letter of card.")
    output = check_output(args.output)
    assert output is not None
    db = open_db(args)
    try:
        ctx = cli_context(db)
        batch = follow_up.letters(ctx, channel, language=args.lang or "nl")
        if not batch:
            noun = "brieven" if channel is Channel.LETTER else "kaartjes"
            print(f"Er zijn geen {noun} te versturen; er is geen PDF gemaakt.", file=sys.stderr)
            return EXIT_OK
        from app.services import safe_output
        from app.ui.letters_pdf import write_letters_pdf

        # All or nothing: a full disk leaves no half PDF (and nothing is marked sent).
        safe_output.write_atomic(
            output,
            lambda temporary: write_letters_pdf(batch, temporary, cards=channel is Channel.CARD),
        )
        recorded = 0
        if args.mark_sent:
            recorded = follow_up.mark_sent(ctx, channel, [letter.case_id for letter in batch])
    finally:
        db.dispose()
    noun = "brieven" if channel is Channel.LETTER else "kaartjes"
    print(f"{len(batch)} {noun} geschreven naar {output}.")
    if args.mark_sent:
        print(f"{recorded} als verstuurd vastgelegd.")
    return EXIT_OK


def find(args: argparse.Namespace) -> int:
    from app.services import inbound

    db = open_db(args)
    try:
        result = inbound.find_cases(
            cli_context(db),
            phone=args.phone,
            last_name=args.name,
            postcode=args.postcode,
            house_number=args.house_number,
            reference=args.reference,
        )
    finally:
        db.dispose()
    if args.json:
        print(
            json.dumps(
                {"hits": [h.to_json() for h in result.hits], "truncated": result.truncated},
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    if not result.hits:
        print("Geen zaak gevonden.")
    for hit in result.hits:
        print(f"{hit.case_id}\t{hit.name}\t{hit.address}\t{hit.wijk}\t{hit.status}")
    if result.truncated:
        print(f"Meer dan {inbound.MAX_HITS} zaken; zoek nauwkeuriger.", file=sys.stderr)
    return EXIT_OK
