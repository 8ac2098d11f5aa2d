"""`vroegbel demo [--residents N] [--seed S]`: fill the database with the demo team and work."""

from __future__ import annotations

import argparse

from app.cli import UsageError
from app.commands.common import cli_context, database_url, open_db


def run(args: argparse.Namespace) -> int:
    from app.services.demo import fill_demo

    if args.residents < 1 or args.residents > 200_000:
        raise UsageError("--residents moet tussen 1 en 200000 liggen.")
    db = open_db(args)
    try:
        result = fill_demo(cli_context(db), residents=args.residents, seed=args.seed)
    finally:
        db.dispose()
    print(f"Demodatabase gevuld: {database_url(args)}")
    print(
        f"  {result.residents} bewoners, {result.signals} signalen, {result.attempts} belpogingen, "
        f"{result.handoffs} overdrachten, {result.open_callbacks} open terugbelafspraken"
    )
    print("  Accounts: " + ", ".join(result.users))
    print(f"  Wachtwoord van elk demo-account: {result.password}")
    print("  Let op: de indeling van postcodes in wijken is illustratief, niet de CBS-tabel.")
    return 0
