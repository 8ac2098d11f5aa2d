"""`vroegbel export-ddas --from DATE --to DATE --gemeentecode CODE [--supplier-code CODE] -o FILE`.

Writes the national DDAS delivery (app/services/ddas.py) after validating it against the
DDAS v1.2 JSON Schema. Exit status: 0 written; 2 not written — a bad argument, the database,
or a document that does not validate: then the first violations are listed on standard error,
one per line after the one-line reason, and no file is written (an invalid delivery is a
document that could not be made, not rows that were skipped, hence 2 and not 1).
"""

from __future__ import annotations

import argparse
import sys

from app.cli import EXIT_FAILED, EXIT_OK, UsageError
from app.commands.common import cli_context, open_db
from app.commands.report import check_output, parse_date


def run(args: argparse.Namespace) -> int:
    from app.services import ddas

    date_from = parse_date(args.date_from, "--from")
    date_to = parse_date(args.date_to, "--to")
    assert date_from is not None and date_to is not None  # both required by the parser
    if date_from > date_to:
        raise UsageError("--from ligt na --to.")
    code = ddas.normalise_gemeentecode(args.gemeentecode)
    output = check_output(args.output)
    assert output is not None

    db = open_db(args)
    try:
        result = ddas.export_ddas(
            cli_context(db),
            date_from,
            date_to,
            code,
            output,
            supplier_code=args.supplier_code,
        )
    except ddas.DdasInvalid as exc:
        print(f"vroegbel: {exc}", file=sys.stderr)
        for violation in exc.violations:
            print(f"  - {violation}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        db.dispose()
    print(
        f"DDAS-levering geschreven naar {output}: {result.signals} signalen, {result.cases} zaken, "
        f"{result.attempts} contactpogingen ({result.contacts} bereikt)."
    )
    if result.clients_without_identity:
        print(
            f"Let op: van {result.clients_without_identity} zaken zijn de persoonsgegevens al "
            "verwijderd (bewaartermijn); hun cliënt staat er zonder BSN en adres in.",
            file=sys.stderr,
        )
    return EXIT_OK
