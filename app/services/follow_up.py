"""What follows the plan (issue 14): the follow-up list, letters and cards, home visits.

A case whose plan ended without contact (`not_reached`) or that has no valid number
(`no_valid_number`, or still open waiting for a number) enters the follow-up list with the
channel the municipality chose (setting `follow_up_channel`: letter, card, home_visit or none;
stored on the case as `follow_up` when it closes). The team lead or admin:

- lists it (`follow_up_list`), for a channel or all, sorted by wijk, street and house number
  (the order a wijkteam walks);
- prints letters or cards (app/ui/letters_pdf.py) and marks them sent (`mark_sent`): one
  contact attempt of channel letter or card per case, dated; its idempotency key is the case,
  the channel and the day the case closed, so printing twice records once;
- records each home visit's result (`record_visit`): spoken (a conversation outcome), not at
  home (`no_answer`), card left, moved away, refused (`reached_help_declined`).

A resident who calls back after a letter is found by the inbound search and counted as reached
through that channel (app/services/inbound.py). A case leaves the list when it was reached, when
its letter or card was sent (for those channels), or when the visit found the resident moved.

The letter template is a setting the admin edits (`letter_template`, `letter_template_en`,
`card_template`, `card_template_en`) with `{field}` placeholders of `TEMPLATE_FIELDS`; a template
with an unknown field is refused with its name (`check_template`).
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, or_, select, text
from sqlalchemy.orm import Session

from app import db_security
from app.clock import AMSTERDAM
from app.models import Attempt, Case, Household, Signal
from app.models.enums import CONVERSATION_OUTCOMES, CaseStatus, Channel, HelpType, Outcome, Role
from app.services import audit, settings
from app.services.authz import allowed
from app.services.context import AppContext
from app.services.errors import InvalidInput, NotFound
from app.services.outcomes import (
    FOLLOW_UP_REASONS,
    HelpRequestInput,
    OutcomeInput,
    check_channel_outcome,
    record_outcome,
)
from app.services.safe_output import neutralise_row, write_atomic

#: the channels a follow-up list can be made for.
FOLLOW_UP_CHANNELS: tuple[Channel, ...] = (Channel.LETTER, Channel.CARD, Channel.HOME_VISIT)

#: the placeholders a letter or card template may use.
TEMPLATE_FIELDS: dict[str, str] = {
    "briefhoofd": "de briefhoofdtekst van de gemeente",
    "naam": "naam van de bewoner",
    "straat": "straat en huisnummer",
    "postcode": "postcode",
    "woonplaats": "woonplaats",
    "kenmerk": "kenmerk van de zaak",
    "telefoon": "telefoonnummer van het callcenter",
    "bereikbaar": "wanneer het callcenter bereikbaar is",
    "datum": "datum van vandaag",
}

#: home visit results as the wijkteam reports them -> the outcome recorded.
VISIT_RESULTS: dict[str, Outcome] = {
    "not_at_home": Outcome.NO_ANSWER,
    "card_left": Outcome.CARD_LEFT,
    "moved_away": Outcome.MOVED_AWAY,
    "refused": Outcome.REACHED_HELP_DECLINED,
    # "spoken": the conversation's own outcome (no_help_needed, help accepted, …)
    **{o.value: o for o in CONVERSATION_OUTCOMES},
}


@dataclass(frozen=True)
class FollowUpItem:
    """One resident on the follow-up list: what a letter, card or visit needs. No BSN."""

    case_id: int
    channel: str
    reason: str  # not_reached, no_valid_number, or no_phone (open, waiting for a number)
    name: str
    street: str
    house_number: int | None
    house_number_suffix: str
    postcode: str
    city: str
    wijk: str
    reference: str  # the case's kenmerk: its first signal's reference
    closed_on: date | None
    sent_on: date | None  # the last letter or card of this channel, if any
    last_visit: str | None  # outcome of the last home visit, if any

    @property
    def address(self) -> str:
        number = f"{self.house_number or ''}{self.house_number_suffix}".strip()
        return f"{self.street} {number}".strip()

    def to_json(self) -> dict[str, object]:
        return {
            "case_id": self.case_id,
            "channel": self.channel,
            "reason": self.reason,
            "name": self.name,
            "address": self.address,
            "postcode": self.postcode,
            "city": self.city,
            "wijk": self.wijk,
            "reference": self.reference,
            "closed_on": self.closed_on.isoformat() if self.closed_on else None,
            "sent_on": self.sent_on.isoformat() if self.sent_on else None,
            "last_visit": self.last_visit,
        }


FOLLOW_UP_KEYS = (
    "case_id",
    "channel",
    "reason",
    "name",
    "address",
    "postcode",
    "city",
    "wijk",
    "reference",
    "closed_on",
    "sent_on",
    "last_visit",
)


def parse_channel(text: str | None) -> Channel | None:
    if text is None or not text.strip():
        return None
    try:
        channel = Channel(text.strip().lower())
    except ValueError:
        channel = None
    if channel not in FOLLOW_UP_CHANNELS:
        raise InvalidInput(
            f"Kanaal '{text}' bestaat niet voor vervolg: kies letter, card of home_visit."
        )
    return channel


def check_template(text: str) -> str:
    """The template as given; InvalidInput naming the first unknown field."""
    if not isinstance(text, str) or not text.strip():
        raise InvalidInput("Een sjabloon mag niet leeg zijn.")
    try:
        parts = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise InvalidInput(
            f"Het sjabloon klopt niet: {exc}; gebruik {{veld}} en {{{{ voor een accolade."
        ) from exc
    for _literal, field, spec, conversion in parts:
        if field is None:
            continue
        if field not in TEMPLATE_FIELDS or spec or conversion:
            known = ", ".join(TEMPLATE_FIELDS)
            raise InvalidInput(f"Het sjabloon kent het veld '{field}' niet; bekend zijn: {known}.")
    return text


def _in_list(channel: Channel | None, follow_up_setting: str | None) -> object:
    """WHERE clause: cases on the follow-up list (of `channel`)."""
    closed = and_(
        Case.status == CaseStatus.CLOSED.value,
        Case.close_reason.in_(FOLLOW_UP_REASONS),
        Case.follow_up.is_not(None),
    )
    if channel is not None:
        closed = and_(closed, Case.follow_up == channel.value)
    clauses = [closed]
    # Open but without any valid number: the plan cannot start; the chosen channel applies.
    if follow_up_setting and (channel is None or channel.value == follow_up_setting):
        clauses.append(and_(Case.status == CaseStatus.OPEN.value, Case.needs_phone.is_(True)))
    return and_(or_(*clauses), Case.purged_at.is_(None))


def _items(session: Session, where: object) -> list[FollowUpItem]:
    if db_security.session_group(session) == db_security.TEAMLEAD:
        return _items_personal_teamlead(session, where)
    setting = settings.get(session, "follow_up_channel")
    rows = session.execute(
        select(
            Case.id,
            Case.status,
            Case.close_reason,
            Case.follow_up,
            Case.closed_at,
            Case.wijk,
            Household.street,
            Household.house_number,
            Household.house_number_suffix,
            Household.postcode,
            Household.city,
        )
        .outerjoin(Household, Household.id == Case.household_id)
        .where(where)  # type: ignore[arg-type]
    ).all()
    ids = [r[0] for r in rows]
    return _build_items(
        session,
        [tuple(r) for r in rows],
        session.execute(
            select(Signal.case_id, Signal.signal_ref, Signal.first_name, Signal.last_name)
            .where(Signal.case_id.in_(ids))
            .order_by(Signal.case_id, Signal.received_on, Signal.id)
        ).all(),
        setting,
    )


def _items_personal_teamlead(session: Session, where: object) -> list[FollowUpItem]:
    """A team lead's own PostgreSQL login reads no addresses or names from the tables: the
    owner's functions hand them over for the cases on the follow-up list only (issue 13)."""
    setting = settings.get(session, "follow_up_channel")
    cases = session.execute(
        select(
            Case.id, Case.status, Case.close_reason, Case.follow_up, Case.closed_at, Case.wijk
        ).where(where)  # type: ignore[arg-type]
    ).all()
    ids = [r[0] for r in cases]
    addresses = {
        int(r[0]): tuple(r[1:])
        for r in session.execute(
            text(
                "SELECT case_id, street, house_number, house_number_suffix, postcode, city "
                "FROM vroegbel_follow_up_addresses(CAST(:ids AS integer[]))"
            ),
            {"ids": ids},
        )
    }
    none: tuple[Any, ...] = (None, None, None, None, None)
    rows = [tuple(r) + addresses.get(int(r[0]), none) for r in cases]
    names = session.execute(
        text(
            "SELECT case_id, signal_ref, first_name, last_name "
            "FROM vroegbel_follow_up_names(CAST(:ids AS integer[]))"
        ),
        {"ids": ids},
    ).all()
    return _build_items(session, rows, names, setting)


def _build_items(
    session: Session,
    rows: Sequence[tuple[Any, ...]],
    signal_rows: Sequence[Any],
    setting: Any,
) -> list[FollowUpItem]:
    ids = [r[0] for r in rows]
    names: dict[int, tuple[str, str]] = {}
    for case_id, ref, first, last in signal_rows:
        name = f"{first} {last}".strip() if first else (last or "")
        if case_id not in names:
            names[case_id] = (ref, name)
        elif name:
            names[case_id] = (names[case_id][0], name)  # the most recent name, first kenmerk
    sent: dict[tuple[int, str], datetime] = {}
    visits: dict[int, tuple[datetime, str]] = {}
    for case_id, channel, outcome, at in session.execute(
        select(Attempt.case_id, Attempt.channel, Attempt.outcome, Attempt.at).where(
            Attempt.case_id.in_(ids), Attempt.channel != Channel.PHONE.value
        )
    ):
        if channel == Channel.HOME_VISIT.value:
            if case_id not in visits or visits[case_id][0] < at:
                visits[case_id] = (at, outcome)
        elif (case_id, channel) not in sent or sent[(case_id, channel)] < at:
            sent[(case_id, channel)] = at
    items: list[FollowUpItem] = []
    for cid, status, reason, follow_up, closed_at, wijk, street, number, suffix, pc, city in rows:
        channel = follow_up if status == CaseStatus.CLOSED.value else setting
        ref, name = names.get(cid, ("", ""))
        sent_at = sent.get((cid, channel))
        items.append(
            FollowUpItem(
                case_id=cid,
                channel=channel,
                reason=reason if status == CaseStatus.CLOSED.value else "no_phone",
                name=name,
                street=street or "",
                house_number=number,
                house_number_suffix=suffix or "",
                postcode=pc or "",
                city=city or "",
                wijk=wijk,
                reference=ref,
                closed_on=closed_at.astimezone(AMSTERDAM).date() if closed_at else None,
                sent_on=sent_at.astimezone(AMSTERDAM).date() if sent_at else None,
                last_visit=visits[cid][1] if cid in visits else None,
            )
        )
    items.sort(
        key=lambda i: (
            i.wijk.casefold(),
            i.street.casefold(),
            i.house_number or 0,
            i.house_number_suffix,
            i.case_id,
        )
    )
    return items


@allowed(Role.TEAMLEAD, Role.ADMIN)
def follow_up_list(
    ctx: AppContext, channel: Channel | None = None, *, unsent_only: bool = False
) -> list[FollowUpItem]:
    """The residents to write to or visit, sorted by wijk, street and house number. Personal
    data: audited as `follow_up_list`. `unsent_only` leaves out letters and cards already sent
    and visits that found the resident moved away."""
    with ctx.db.begin() as session:
        setting = settings.get(session, "follow_up_channel")
        items = _items(session, _in_list(channel, None if setting == "none" else setting))
        if unsent_only:
            items = [i for i in items if i.sent_on is None and i.last_visit != "moved_away"]
        audit.record(
            session,
            ctx,
            "follow_up_list",
            detail=f"channel={channel.value if channel else 'all'} items={len(items)}",
        )
    return items


def sent_key(case_id: int, channel: Channel, closed_on: date | None) -> str:
    """One letter (or card) per case per time it closed without contact."""
    day = closed_on.isoformat() if closed_on else "open"
    return f"followup:{case_id}:{channel.value}:{day}"


@allowed(Role.TEAMLEAD, Role.ADMIN)
def mark_sent(ctx: AppContext, channel: Channel, case_ids: Iterable[int]) -> int:
    """Record the printed letters or cards as sent today: one contact attempt of `channel`
    per case. Printing again records nothing new. Returns how many were recorded now."""
    if channel not in (Channel.LETTER, Channel.CARD):
        raise InvalidInput("Alleen brieven en kaartjes worden als verstuurd gemarkeerd.")
    now = ctx.clock.now()
    recorded = 0
    with ctx.db.begin() as session:
        for case_id in sorted(set(case_ids)):
            case = session.get(Case, case_id)
            if case is None:
                raise NotFound(f"Zaak {case_id} bestaat niet.")
            closed_on = case.closed_at.astimezone(AMSTERDAM).date() if case.closed_at else None
            key = sent_key(case_id, channel, closed_on)
            if session.scalar(
                select(func.count()).select_from(Attempt).where(Attempt.idempotency_key == key)
            ):
                continue
            record_outcome(
                session,
                ctx,
                case,
                OutcomeInput(
                    outcome=Outcome.SENT,
                    at=now,
                    agent_id=ctx.actor.user_id,
                    agent_name=ctx.actor.username,
                    idempotency_key=key,
                    channel=channel,
                    audit_event=False,
                    # Not an agent's call: kept out of the agents' figures of the day.
                    source="follow_up",
                ),
            )
            recorded += 1
        audit.record(
            session, ctx, "follow_up_sent", detail=f"channel={channel.value} recorded={recorded}"
        )
    return recorded


@allowed(Role.TEAMLEAD, Role.ADMIN)
def record_visit(
    ctx: AppContext,
    case_id: int,
    result: str,
    *,
    at: datetime | None = None,
    help_types: Sequence[HelpType] = (),
    urgent: bool = False,
    notes: str | None = None,
) -> str:
    """Record one home visit by the wijkteam; returns the case's status afterwards.

    `result`: not_at_home, card_left, moved_away, refused, or the conversation's outcome
    (reached_no_help_needed, reached_help_accepted with `help_types`, reached_help_declined,
    already_in_debt_help, callback_requested)."""
    outcome = VISIT_RESULTS.get((result or "").strip().lower())
    if outcome is None:
        known = ", ".join(VISIT_RESULTS)
        raise InvalidInput(f"Bezoekresultaat '{result}' is onbekend; kies uit: {known}.")
    check_channel_outcome(Channel.HOME_VISIT, outcome)
    when = at or ctx.clock.now()
    if when.tzinfo is None:
        raise InvalidInput("Het tijdstip van het bezoek heeft een tijdzone nodig.")
    if when > ctx.clock.now():
        raise InvalidInput("Een huisbezoek kan niet in de toekomst liggen.")
    with ctx.db.begin() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise NotFound(f"Zaak {case_id} bestaat niet.")
        record_outcome(
            session,
            ctx,
            case,
            OutcomeInput(
                outcome=outcome,
                at=when,
                agent_id=ctx.actor.user_id,
                agent_name=ctx.actor.username,
                notes=notes,
                help_request=(
                    HelpRequestInput(tuple(help_types), urgent=urgent, note=notes)
                    if outcome is Outcome.REACHED_HELP_ACCEPTED
                    else None
                ),
                channel=Channel.HOME_VISIT,
                source="follow_up",
            ),
        )
        return case.status


@dataclass(frozen=True)
class Letter:
    """One filled letter or card: the text to print and the case it is for."""

    case_id: int
    text: str


_ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def english_date(day: date) -> str:
    """'24 November 2026', whatever the workstation's locale."""
    return f"{day.day} {_ENGLISH_MONTHS[day.month - 1]} {day.year}"


def fill_template(template: str, item: FollowUpItem, values: dict[str, str]) -> str:
    """The template with the resident's and the callcenter's details filled in."""
    fields = {
        "briefhoofd": values.get("briefhoofd", ""),
        "naam": item.name or "De bewoners van",
        "straat": item.address,
        "postcode": item.postcode,
        "woonplaats": item.city,
        "kenmerk": item.reference or str(item.case_id),
        "telefoon": values.get("telefoon", ""),
        "bereikbaar": values.get("bereikbaar", ""),
        "datum": values.get("datum", ""),
    }
    return check_template(template).format(**fields)


@allowed(Role.TEAMLEAD, Role.ADMIN)
def letters(
    ctx: AppContext, channel: Channel = Channel.LETTER, *, language: str = "nl"
) -> list[Letter]:
    """The letters (or cards) still to send, filled from the admin's template, in wijk, street
    and house number order. Audited as `follow_up_letters` (personal data leaves the system)."""
    if channel not in (Channel.LETTER, Channel.CARD):
        raise InvalidInput("Alleen brieven en kaartjes worden afgedrukt.")
    if language not in ("nl", "en"):
        raise InvalidInput("Kies de taal nl of en.")
    from app.services.reporting import dutch_date

    key = f"{channel.value}_template" + ("_en" if language == "en" else "")
    with ctx.db.begin() as session:
        setting = settings.get(session, "follow_up_channel")
        items = _items(session, _in_list(channel, None if setting == "none" else setting))
        items = [i for i in items if i.sent_on is None]
        today = ctx.clock.now().astimezone(AMSTERDAM).date()
        values = {
            "briefhoofd": str(settings.get(session, "letterhead")),
            "telefoon": str(settings.get(session, "callcenter_phone")),
            "bereikbaar": str(settings.get(session, "callcenter_hours")),
            "datum": dutch_date(today) if language == "nl" else english_date(today),
        }
        template = str(settings.get(session, key))
        result = [Letter(i.case_id, fill_template(template, i, values)) for i in items]
        audit.record(
            session,
            ctx,
            "follow_up_letters",
            detail=f"channel={channel.value} language={language} count={len(result)}",
        )
    return result


_SHEET_FORBIDDEN = str.maketrans({c: "-" for c in "[]:*?/\\"})


def write_xlsx(items: Sequence[FollowUpItem], path: Path) -> None:
    """One sheet per wijk (the home-visit list per wijk), residents by street and number;
    a Dutch header row above the key row; text cells neutralised (app/services/safe_output.py)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    labels = (
        "Zaak",
        "Kanaal",
        "Reden",
        "Naam",
        "Adres",
        "Postcode",
        "Woonplaats",
        "Wijk",
        "Kenmerk",
        "Gesloten op",
        "Verstuurd op",
        "Laatste bezoek",
    )
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    by_wijk: dict[str, list[FollowUpItem]] = {}
    for item in items:
        by_wijk.setdefault(item.wijk, []).append(item)
    if not by_wijk:
        first.title = "Vervolg"
        first.append(list(labels))
        first.append(list(FOLLOW_UP_KEYS))
    used: set[str] = set()
    for index, (wijk, residents) in enumerate(by_wijk.items()):
        sheet = first if index == 0 else workbook.create_sheet()
        title = (wijk.translate(_SHEET_FORBIDDEN) or "Onbekend")[:31]
        while title in used:
            title = title[:28] + f"~{index}"
        used.add(title)
        sheet.title = title
        sheet.append(list(labels))
        sheet.append(list(FOLLOW_UP_KEYS))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for item in residents:
            row = item.to_json()
            # Names and streets come from the creditors' files: never let one run as a formula.
            sheet.append(neutralise_row(row[k] for k in FOLLOW_UP_KEYS))
        sheet.freeze_panes = "A3"
    # Written beside the target and renamed when complete: a full disk leaves no partial file.
    write_atomic(path, workbook.save)
