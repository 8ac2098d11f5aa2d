"""Residents who call back (issue 14): find their case, open it, record the conversation.

Every voicemail and every letter asks the resident to call back. The agent who answers finds
the caller's case by the number they call from (any way it is written, matched as E.164
against every number we hold, struck ones too), by last name with postcode and house number,
or by kenmerk (a signal's reference) or case number.

The hit list shows only what tells residents apart: initials and last name, street and house
number, wijk and the case's status — never a BSN, birth date, phone number or arrears. It is
limited to `MAX_HITS`; a search with too little to go on (only a postcode, two letters of a
name) is refused with one sentence instead of listing everyone. Each search is audited
(`search_cases`, with what was searched by and how many hits, never the searched value).

Opening a hit (`queue.open_inbound`, agents) leases the case to the agent like a claim and is
audited as `view_case` with reason inbound. The conversation is saved with `queue.save_outcome` with
channel `phone_in`: it counts as reached, uses none of the seven attempts, and on a case closed
as not reached reopens it for that conversation (app/services/outcomes.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, or_, select, text
from sqlalchemy.orm import Session

from app import db_security
from app.models import Case, Household, PhoneNumber, Signal
from app.models.enums import CaseStatus, Role
from app.services import audit, queue
from app.services.authz import allowed
from app.services.context import AppContext
from app.services.errors import InvalidInput

#: at most this many hits; more means the search was too broad to be useful.
MAX_HITS = 20

#: a last name needs at least this many letters (with postcode and house number).
MIN_NAME_LETTERS = 2

_POSTCODE = re.compile(r"^\s*([1-9][0-9]{3})\s*([A-Za-z]{2})\s*$")
_CASE_NUMBER = re.compile(r"^\s*#?\s*([0-9]{1,9})\s*$")

TOO_LITTLE = (
    "Zoek op het telefoonnummer waarmee de bewoner belt, op achternaam met postcode en "
    "huisnummer, of op kenmerk of zaaknummer."
)


class SearchBy(StrEnum):
    PHONE = "phone"
    NAME = "name"
    REFERENCE = "reference"


@dataclass(frozen=True)
class CaseHit:
    """Just enough to tell residents apart; never a BSN, number or amount."""

    case_id: int
    name: str  # initials and last name: "P. de Vries"
    street: str
    house_number: int | None
    house_number_suffix: str
    wijk: str
    status: str
    close_reason: str | None

    @property
    def address(self) -> str:
        number = f"{self.house_number or ''}{self.house_number_suffix}".strip()
        return f"{self.street} {number}".strip()

    def to_json(self) -> dict[str, object]:
        return {
            "case_id": self.case_id,
            "name": self.name,
            "address": self.address,
            "wijk": self.wijk,
            "status": self.status,
            "close_reason": self.close_reason,
        }


@dataclass(frozen=True)
class SearchResult:
    by: SearchBy
    hits: tuple[CaseHit, ...]
    truncated: bool  # more cases matched than MAX_HITS; ask the caller for more


def normalise_postcode(text: str) -> str:
    match = _POSTCODE.match(text or "")
    if not match:
        raise InvalidInput(f"'{text.strip()}' is geen postcode (zoals 2031 AB).")
    return f"{match.group(1)}{match.group(2).upper()}"


def parse_house_number(text: str | int) -> int:
    digits = re.match(r"^\s*([0-9]{1,6})", str(text))
    if not digits or int(digits.group(1)) == 0:
        raise InvalidInput(f"'{str(text).strip()}' is geen huisnummer.")
    return int(digits.group(1))


def initials_name(first_name: str | None, last_name: str | None) -> str:
    """'Pieter Jan', 'de Vries' -> 'P.J. de Vries'; a first name given as initials stays so."""
    initials = "".join(
        f"{part[0].upper()}." for part in re.split(r"[\s.\-]+", first_name or "") if part
    )
    return f"{initials} {last_name or ''}".strip()


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@allowed(Role.AGENT, Role.TEAMLEAD, Role.ADMIN)
def find_cases(
    ctx: AppContext,
    *,
    phone: str | None = None,
    last_name: str | None = None,
    postcode: str | None = None,
    house_number: str | int | None = None,
    reference: str | None = None,
) -> SearchResult:
    """The cases of the resident who calls: by phone number, by last name with postcode and
    house number, or by kenmerk/case number (one of the three; the first given wins in that
    order). Purged cases hold no personal data and are never found."""
    phone = (phone or "").strip()
    reference = (reference or "").strip()
    last_name = (last_name or "").strip()
    postcode = (postcode or "").strip()
    house_text = str(house_number).strip() if house_number is not None else ""
    if phone:
        by = SearchBy.PHONE
        number = queue.require_phone(phone)
    elif reference:
        by = SearchBy.REFERENCE
    elif last_name or postcode or house_text:
        by = SearchBy.NAME
        letters = sum(ch.isalpha() for ch in last_name)
        if letters < MIN_NAME_LETTERS or not postcode or not house_text:
            raise InvalidInput(
                "Zoek op naam met de achternaam (minstens twee letters), de postcode en het "
                "huisnummer samen; een deel daarvan is te weinig."
            )
        code = normalise_postcode(postcode)
        house = parse_house_number(house_text)
    else:
        raise InvalidInput(TOO_LITTLE)

    with ctx.db.begin() as session:
        if db_security.is_personal_session(session):
            # A personal login may not read every case's address and names: the owner's
            # function searches and hands over the hits only (issue 13).
            hits, truncated = _hits_through_the_database(
                session,
                phone=number if by is SearchBy.PHONE else None,
                reference=reference if by is SearchBy.REFERENCE else None,
                pattern=(
                    f"%{_escape_like(last_name.casefold())}%" if by is SearchBy.NAME else None
                ),
                postcode=code if by is SearchBy.NAME else None,
                house=house if by is SearchBy.NAME else None,
            )
            audit.record(
                session,
                ctx,
                "search_cases",
                detail=f"by {by.value}: {len(hits)}{'+' if truncated else ''} hits",
            )
            return SearchResult(by=by, hits=tuple(hits), truncated=truncated)
        if by is SearchBy.PHONE:
            ids = select(PhoneNumber.case_id).where(PhoneNumber.number_e164 == number)
        elif by is SearchBy.REFERENCE:
            ids = _reference_ids(reference)
        else:
            pattern = f"%{_escape_like(last_name.casefold())}%"
            ids = (
                select(Case.id)
                .join(Household, Household.id == Case.household_id)
                .join(Signal, Signal.case_id == Case.id)
                .where(
                    Household.postcode == code,
                    Household.house_number == house,
                    func.lower(Signal.last_name).like(pattern, escape="\\"),
                )
            )
        hits, truncated = _hits(session, ids)
        audit.record(
            session,
            ctx,
            "search_cases",
            detail=f"by {by.value}: {len(hits)}{'+' if truncated else ''} hits",
        )
    return SearchResult(by=by, hits=tuple(hits), truncated=truncated)


def _reference_ids(reference: str):  # type: ignore[no-untyped-def]
    """A case number (digits) or a signal's kenmerk, exactly (case-insensitive)."""
    # Exactly as given or in capitals (how kenmerken are written): both through the unique
    # index on signal_ref, no scan of every signal.
    by_ref = select(Signal.case_id).where(
        Signal.signal_ref.in_(sorted({reference, reference.upper()}))
    )
    number = _CASE_NUMBER.match(reference)
    if number:
        return select(Case.id).where(or_(Case.id == int(number.group(1)), Case.id.in_(by_ref)))
    return by_ref


def _hits_through_the_database(
    session: Session,
    *,
    phone: str | None,
    reference: str | None,
    pattern: str | None,
    postcode: str | None,
    house: int | None,
) -> tuple[list[CaseHit], bool]:
    refs = sorted({reference, reference.upper()}) if reference else None
    number = _CASE_NUMBER.match(reference) if reference else None
    rows = session.execute(
        text(
            "SELECT case_id, wijk, status, close_reason, street, house_number, "
            "house_number_suffix, first_name, last_name FROM vroegbel_find_cases("
            ":phone, CAST(:refs AS text[]), :case_number, :pattern, :postcode, :house, :limit)"
        ),
        {
            "phone": phone,
            "refs": refs,
            "case_number": int(number.group(1)) if number else None,
            "pattern": pattern,
            "postcode": postcode,
            "house": house,
            "limit": MAX_HITS + 1,
        },
    ).all()
    truncated = len(rows) > MAX_HITS
    hits = [
        CaseHit(
            case_id=int(r.case_id),
            name=initials_name(r.first_name, r.last_name) if r.last_name else "",
            street=r.street or "",
            house_number=r.house_number,
            house_number_suffix=r.house_number_suffix or "",
            wijk=r.wijk,
            status=r.status,
            close_reason=r.close_reason,
        )
        for r in rows[:MAX_HITS]
    ]
    return hits, truncated


def _hits(session: Session, ids) -> tuple[list[CaseHit], bool]:  # type: ignore[no-untyped-def]
    rows = session.execute(
        select(
            Case.id,
            Case.wijk,
            Case.status,
            Case.close_reason,
            Household.street,
            Household.house_number,
            Household.house_number_suffix,
        )
        .outerjoin(Household, Household.id == Case.household_id)
        .where(Case.id.in_(ids), Case.purged_at.is_(None))
        # Cases still being worked on first, then the most recent.
        .order_by((Case.status == CaseStatus.CLOSED.value), Case.opened_at.desc(), Case.id.desc())
        .limit(MAX_HITS + 1)
    ).all()
    truncated = len(rows) > MAX_HITS
    rows = rows[:MAX_HITS]
    names = _latest_names(session, [r[0] for r in rows])
    hits = [
        CaseHit(
            case_id=case_id,
            name=names.get(case_id, ""),
            street=street or "",
            house_number=number,
            house_number_suffix=suffix or "",
            wijk=wijk,
            status=status,
            close_reason=reason,
        )
        for case_id, wijk, status, reason, street, number, suffix in rows
    ]
    return hits, truncated


def _latest_names(session: Session, case_ids: list[int]) -> dict[int, str]:
    if not case_ids:
        return {}
    names: dict[int, str] = {}
    for case_id, first, last in session.execute(
        select(Signal.case_id, Signal.first_name, Signal.last_name)
        .where(Signal.case_id.in_(case_ids))
        .order_by(Signal.case_id, Signal.received_on.desc(), Signal.id.desc())
    ):
        if case_id not in names and last:
            names[case_id] = initials_name(first, last)
    return names
