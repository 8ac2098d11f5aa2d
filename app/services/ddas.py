"""The national DDAS delivery (FORMATS.md "National exchange model", issue 10).

`export_ddas` writes the period's signals, cases and contact attempts as one JSON document in the
DDAS exchange model v1.2 (VNG Realisatie) and validates it against the official JSON Schema
(Draft 2020-12, with format checking) before a byte is written: an invalid document is refused
with its first violations listed (`DdasInvalid`), never written. The schema is read from the
copy in `app/resources/ddas` (the frozen bundle has no access to the specification's copy in
`docs/spec/ddas`; a test keeps the two equal).

The period selects cases as the report does (by the day their first signal was received); the
document holds those cases with all their signals and attempts, so its counts (signals,
vroegsignaalzaken, contactpogingen, contactpogingen with `bereikt`) are the report's `counts`.

Choices where FORMATS.md's mapping is silent (documented for the municipality):

- `client`: the signal's own BSN when it has a valid 9-digit one, otherwise postcode, house
  number and suffix of the case's household. The schema's two forms are exclusive (a BSN form
  carries nothing else). A case whose personal data retention purged has neither; its clients
  are delivered in the address form with **empty** `postcode` and `huisnummer`: the schema
  accepts that, and it says "no longer known" instead of inventing an address. Such cases are
  counted in `DdasExport.clients_without_identity` so the command can say so.
- `resultaat` for a handed-off case follows the coach's `help_offered`: any of `boom` /
  `debt_counselling` gives "Vervolghulp en/of verwijzing financieel"; only `payment_arrangement`
  / `money_advice` "(Budget)advies en/of quick fix"; only `listening_ear` / `other`
  "Vervolghulp en/of verwijzing niet financieel"; a mix of quick-fix and non-financial help the
  model's general "Vervolghulp en/of verwijzing". While the coach has offered nothing yet the case
  is still in progress: no `resultaat`.
- closed `withdrawn` before any attempt: "Niet opgepakt: andere reden" (also as the signals'
  status); withdrawn after attempts: no `resultaat` (none of the model's results is true).
- `codeGegevensleverancier` (required): `--supplier-code`, by default "Vroegbel" (VNG's Q&A: until
  CBS hands out codes, the name of the software supplier).
- `aanleverendeOrganisatie` (required) is `{"naam": "Gemeente <code>"}` unless a name is given.
- `aanleverdatumEnTijd` is the clock's now in UTC, `YYYY-MM-DDTHH:MM:SSZ`.
- `gemeentecode`: the CBS code of four digits ("0392"); "GM0392" is accepted and written as
  "0392".
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import AMSTERDAM
from app.models import Attempt, Case, Handoff, Household, Signal
from app.models.enums import CaseStatus, Channel, CloseReason, CreditorType, HelpType, Role
from app.services import audit
from app.services.authz import allowed
from app.services.context import AppContext
from app.services.errors import InvalidInput, ServiceError
from app.services.reporting import case_period_filter, check_period, consistent_snapshot

SCHEMA_FILE = "json_schema_Uitwisselmodel-v1.2.json"
DEFAULT_SUPPLIER_CODE = "Vroegbel"
MAX_LISTED_VIOLATIONS = 10

PARTNER_TYPES: dict[str, str] = {
    CreditorType.RENT.value: "Huur",
    CreditorType.ENERGY.value: "Energie",
    CreditorType.WATER.value: "Water",
    CreditorType.HEALTH_INSURANCE.value: "Zorg",
    CreditorType.OTHER.value: "Overige",
}

RESULT_SELF = "Inwoner regelt het zelf/hoeft geen hulp vanuit vroegsignalering"
RESULT_KNOWN = "Inwoner al bekend bij schuldhulpverlening"
RESULT_NO_CONTACT = "Definitief geen contact kunnen krijgen"
RESULT_QUICK_FIX = "(Budget)advies en/of quick fix"
RESULT_FOLLOW_UP_FIN = "Vervolghulp en/of verwijzing financieel"
RESULT_FOLLOW_UP_NON_FIN = "Vervolghulp en/of verwijzing niet financieel"
RESULT_FOLLOW_UP = "Vervolghulp en/of verwijzing"
RESULT_NOT_TAKEN_UP = "Niet opgepakt: andere reden"

CLOSED_RESULTS: dict[str, str] = {
    CloseReason.NO_HELP_NEEDED.value: RESULT_SELF,
    CloseReason.HELP_DECLINED.value: RESULT_SELF,
    CloseReason.ALREADY_IN_DEBT_HELP.value: RESULT_KNOWN,
    CloseReason.NOT_REACHED.value: RESULT_NO_CONTACT,
    CloseReason.NO_VALID_NUMBER.value: RESULT_NO_CONTACT,
}

QUICK_FIX_HELP = frozenset({HelpType.PAYMENT_ARRANGEMENT.value, HelpType.MONEY_ADVICE.value})
FINANCIAL_FOLLOW_UP = frozenset({HelpType.BOOM.value, HelpType.DEBT_COUNSELLING.value})
NON_FINANCIAL_HELP = frozenset({HelpType.LISTENING_EAR.value, HelpType.OTHER.value})

#: the DDAS `contactsoort` of each channel (issue 14).
CONTACTSOORT: dict[str, str] = {
    Channel.PHONE.value: "Telefoon",
    Channel.PHONE_IN.value: "Telefoon",
    Channel.LETTER.value: "Brief",
    Channel.CARD.value: "Kaartje",
    Channel.HOME_VISIT.value: "Huisbezoek",
    Channel.SMS.value: "SMS/Whatsapp",
    Channel.EMAIL.value: "Mail",
}
PHONE_CHANNELS = frozenset({Channel.PHONE.value, Channel.PHONE_IN.value})

SIGNAL_TAKEN_UP = "Opgepakt"
SIGNAL_NOT_YET = "Nog niet opgepakt"

_GEMEENTECODE = re.compile(r"^(?:GM)?(\d{4})$", re.IGNORECASE)
_BSN = re.compile(r"^\d{9}$")


class DdasInvalid(ServiceError):
    """The document does not validate: nothing was written. `violations` lists the first ones."""

    def __init__(self, violations: list[str]) -> None:
        self.violations = violations
        super().__init__(
            "De DDAS-levering voldoet niet aan het schema en is niet geschreven: "
            + "; ".join(violations[:3])
            + ("; …" if len(violations) > 3 else "")
            + "."
        )


@dataclass(frozen=True)
class DdasExport:
    """The document and what it holds (the counts agree with the report of the same period)."""

    document: dict[str, Any]
    signals: int
    cases: int
    attempts: int
    contacts: int
    clients_without_identity: int
    path: Path | None = None


# --- the schema --------------------------------------------------------------------------


@lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    text = resources.files("app").joinpath("resources", "ddas", SCHEMA_FILE).read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def violations(document: dict[str, Any], limit: int = MAX_LISTED_VIOLATIONS) -> list[str]:
    """The first schema violations of `document` ('path: message'), [] when it is valid."""
    from jsonschema import Draft202012Validator, FormatChecker

    validator = Draft202012Validator(load_schema(), format_checker=FormatChecker())
    found: list[str] = []
    for error in sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(p) for p in error.absolute_path) or "(document)"
        found.append(f"{where}: {error.message}")
        if len(found) >= limit:
            break
    return found


# --- building the document ---------------------------------------------------------------


def normalise_gemeentecode(code: str) -> str:
    match = _GEMEENTECODE.match(code.strip())
    if not match:
        raise InvalidInput(
            f"'{code}' is geen gemeentecode: geef de CBS-code van vier cijfers, bijvoorbeeld 0392."
        )
    return match.group(1)


def dagdeel(at: datetime) -> str:
    """DDAS part of day from Amsterdam time: Ochtend < 12:00 <= Middag < 18:00 <= Avond."""
    moment = at.astimezone(AMSTERDAM).time()
    if moment < time(12, 0):
        return "Ochtend"
    if moment < time(18, 0):
        return "Middag"
    return "Avond"


def whole_euros(cents: int) -> int:
    """Cents to whole euros, halves away from zero (as a person rounds an amount)."""
    sign = -1 if cents < 0 else 1
    return sign * ((abs(cents) + 50) // 100)


def case_result(
    status: str, close_reason: str | None, help_offered: str | None, attempted: bool
) -> str | None:
    """The DDAS `resultaat` of a case (FORMATS.md mapping; see the module doc for the gaps)."""
    if status == CaseStatus.OPEN.value:
        return None
    if status == CaseStatus.CLOSED.value and close_reason in CLOSED_RESULTS:
        return CLOSED_RESULTS[close_reason]
    if status == CaseStatus.CLOSED.value and close_reason == CloseReason.WITHDRAWN.value:
        return None if attempted else RESULT_NOT_TAKEN_UP
    # Handed off (still with the coach, or closed help_delivered): what the coach offered.
    offered = {h for h in (help_offered or "").split("|") if h}
    if not offered:
        return None
    if offered & FINANCIAL_FOLLOW_UP:
        return RESULT_FOLLOW_UP_FIN
    if offered <= QUICK_FIX_HELP:
        return RESULT_QUICK_FIX
    if offered <= NON_FINANCIAL_HELP:
        return RESULT_FOLLOW_UP_NON_FIN
    return RESULT_FOLLOW_UP


def build_document(
    session: Session,
    date_from: date,
    date_to: date,
    gemeentecode: str,
    *,
    supplier_code: str | None = None,
    organisation_name: str | None = None,
    now: datetime,
) -> DdasExport:
    """The DDAS document for the period's cases (not validated here; see `violations`).

    Four queries, each a single pass: cases (with their household's address and handoff),
    signals, attempts, in case order.
    """
    code = normalise_gemeentecode(gemeentecode)
    where = case_period_filter(date_from, date_to)

    case_rows = session.execute(
        select(
            Case.id,
            Case.status,
            Case.close_reason,
            Household.postcode,
            Household.house_number,
            Household.house_number_suffix,
            Handoff.help_offered,
        )
        .outerjoin(Household, Household.id == Case.household_id)
        .outerjoin(Handoff, Handoff.case_id == Case.id)
        .where(*where)
        .order_by(Case.first_received_on, Case.id)
    ).all()

    attempts_by_case: dict[int, list[dict[str, Any]]] = defaultdict(list)
    first_attempt: dict[int, datetime] = {}
    contacts = 0
    for case_id, at, is_contact, channel in session.execute(
        select(Attempt.case_id, Attempt.at, Attempt.is_contact, Attempt.channel)
        .join(Case, Case.id == Attempt.case_id)
        .where(*where)
        .order_by(Attempt.case_id, Attempt.at, Attempt.id)
    ):
        poging: dict[str, Any] = {
            "soort": CONTACTSOORT.get(channel, "Overige"),
            "bereikt": bool(is_contact),
            "datum": at.astimezone(AMSTERDAM).date().isoformat(),
        }
        if channel in PHONE_CHANNELS:
            # The model asks the part of the day for a call; a letter has none.
            poging["dagdeel"] = dagdeel(at)
        attempts_by_case[case_id].append(poging)
        first_attempt.setdefault(case_id, at)
        contacts += bool(is_contact)

    signals_by_case: dict[int, list[tuple[str, date, str, int, str | None]]] = defaultdict(list)
    for case_id, ref, received_on, ctype, cents, bsn in session.execute(
        select(
            Signal.case_id,
            Signal.signal_ref,
            Signal.received_on,
            Signal.creditor_type,
            Signal.arrears_cents,
            Signal.bsn,
        )
        .join(Case, Case.id == Signal.case_id)
        .where(*where)
        .order_by(Signal.case_id, Signal.received_on, Signal.id)
    ):
        signals_by_case[case_id].append((ref, received_on, ctype, cents, bsn))

    vroegsignalen: list[dict[str, Any]] = []
    zaken: list[dict[str, Any]] = []
    without_identity = 0
    for case_id, status, close_reason, postcode, number, suffix, offered in case_rows:
        attempted = case_id in first_attempt
        result = case_result(status, close_reason, offered, attempted)
        if attempted:
            signal_status = SIGNAL_TAKEN_UP
        elif result == RESULT_NOT_TAKEN_UP:
            signal_status = RESULT_NOT_TAKEN_UP
        else:
            signal_status = SIGNAL_NOT_YET
        address: dict[str, str] = {
            "postcode": postcode or "",
            "huisnummer": str(number) if number is not None else "",
        }
        if suffix:
            address["huisnummertoevoeging"] = suffix
        anonymous = False
        for ref, received_on, ctype, cents, bsn in signals_by_case.get(case_id, []):
            client: dict[str, str]
            if bsn and _BSN.match(bsn):
                client = {"burgerservicenummer": bsn}
            else:
                client = address
                anonymous = anonymous or postcode is None
            vroegsignalen.append(
                {
                    "ID": ref,
                    "bedrag": whole_euros(cents),
                    "signaaldatum": received_on.isoformat(),
                    "status": signal_status,
                    "signaalpartner": {"type": PARTNER_TYPES.get(ctype, "Overige")},
                    "client": dict(client),
                }
            )
        without_identity += anonymous
        zaak: dict[str, Any] = {}
        if result is not None:
            zaak["resultaat"] = result
        if attempted:
            zaak["datumOpgepakt"] = first_attempt[case_id].astimezone(AMSTERDAM).date().isoformat()
        zaak["vroegsignalen"] = [{"ID": s[0]} for s in signals_by_case.get(case_id, [])]
        zaak["contactpogingen"] = attempts_by_case.get(case_id, [])
        zaken.append(zaak)

    document: dict[str, Any] = {
        "startdatumLevering": date_from.isoformat(),
        "einddatumLevering": date_to.isoformat(),
        "aanleverdatumEnTijd": now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "codeGegevensleverancier": (supplier_code or "").strip() or DEFAULT_SUPPLIER_CODE,
        "leveringen": [
            {
                "teller": 1,
                "gemeentecode": code,
                "aanleverendeOrganisatie": {"naam": organisation_name or f"Gemeente {code}"},
                "vroegsignalen": vroegsignalen,
                "vroegsignaalzaken": zaken,
            }
        ],
    }
    return DdasExport(
        document=document,
        signals=len(vroegsignalen),
        cases=len(zaken),
        attempts=sum(len(z["contactpogingen"]) for z in zaken),
        contacts=contacts,
        clients_without_identity=without_identity,
    )


@allowed(Role.ADMIN)
def export_ddas(
    ctx: AppContext,
    date_from: date,
    date_to: date,
    gemeentecode: str,
    path: Path | str,
    *,
    supplier_code: str | None = None,
    organisation_name: str | None = None,
) -> DdasExport:
    """Build, validate and write the DDAS delivery for the period; audited as `export_ddas`.

    Raises DdasInvalid (nothing written) when the document does not validate against the schema,
    InvalidInput for a bad period or gemeentecode, ServiceError when the file cannot be written.
    """
    check_period(date_from, date_to)
    target = Path(path)
    with ctx.db.read() as session:
        consistent_snapshot(session)
        export = build_document(
            session,
            date_from,
            date_to,
            gemeentecode,
            supplier_code=supplier_code,
            organisation_name=organisation_name,
            now=ctx.clock.now(),
        )
    problems = violations(export.document)
    if problems:
        raise DdasInvalid(problems)
    write_json_atomically(export.document, target)
    try:
        audit.record_now(
            ctx,
            "export_ddas",
            detail=(
                f"from={date_from.isoformat()} to={date_to.isoformat()} "
                f"gemeentecode={export.document['leveringen'][0]['gemeentecode']} "
                f"signals={export.signals} cases={export.cases} attempts={export.attempts}"
            ),
        )
    except BaseException:
        # No unaudited export of personal data stays behind.
        target.unlink(missing_ok=True)
        raise
    return DdasExport(
        document=export.document,
        signals=export.signals,
        cases=export.cases,
        attempts=export.attempts,
        contacts=export.contacts,
        clients_without_identity=export.clients_without_identity,
        path=target,
    )


def write_json_atomically(document: dict[str, Any], target: Path) -> None:
    """Write next to the target and rename: a failed export leaves no half file behind."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".ddas-", suffix=".json", dir=target.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(document, out, ensure_ascii=False, indent=2)
                out.write("\n")
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise ServiceError(
            f"Het bestand {target} kan niet worden geschreven: {exc.strerror}."
        ) from exc
