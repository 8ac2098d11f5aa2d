"""The closed vocabularies of DOMAIN.md. Plain enums: no SQLAlchemy, no Qt, importable anywhere."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    AGENT = "agent"
    COACH = "coach"
    TEAMLEAD = "teamlead"
    ADMIN = "admin"


class CaseStatus(StrEnum):
    OPEN = "open"
    HANDED_OFF = "handed_off"
    CLOSED = "closed"


class CloseReason(StrEnum):
    NO_HELP_NEEDED = "no_help_needed"
    HELP_DECLINED = "help_declined"
    ALREADY_IN_DEBT_HELP = "already_in_debt_help"
    NOT_REACHED = "not_reached"
    NO_VALID_NUMBER = "no_valid_number"
    HELP_DELIVERED = "help_delivered"
    WITHDRAWN = "withdrawn"


class Outcome(StrEnum):
    NO_ANSWER = "no_answer"
    VOICEMAIL = "voicemail"
    BUSY = "busy"
    WRONG_NUMBER = "wrong_number"
    CALLBACK_REQUESTED = "callback_requested"
    REACHED_NO_HELP_NEEDED = "reached_no_help_needed"
    REACHED_HELP_ACCEPTED = "reached_help_accepted"
    REACHED_HELP_DECLINED = "reached_help_declined"
    ALREADY_IN_DEBT_HELP = "already_in_debt_help"

    @property
    def is_contact(self) -> bool:
        """The resident was spoken to (DOMAIN.md section 7, 'reached')."""
        return self in CONTACT_OUTCOMES


CONTACT_OUTCOMES = frozenset(
    {
        Outcome.CALLBACK_REQUESTED,
        Outcome.REACHED_NO_HELP_NEEDED,
        Outcome.REACHED_HELP_ACCEPTED,
        Outcome.REACHED_HELP_DECLINED,
        Outcome.ALREADY_IN_DEBT_HELP,
    }
)


class Slot(StrEnum):
    MORNING = "morning"
    AFTERNOON = "afternoon"
    EVENING = "evening"
    SATURDAY = "saturday"


class HelpType(StrEnum):
    PAYMENT_ARRANGEMENT = "payment_arrangement"
    MONEY_ADVICE = "money_advice"
    BOOM = "boom"
    DEBT_COUNSELLING = "debt_counselling"
    LISTENING_EAR = "listening_ear"
    OTHER = "other"


class CreditorType(StrEnum):
    RENT = "rent"
    ENERGY = "energy"
    WATER = "water"
    HEALTH_INSURANCE = "health_insurance"
    OTHER = "other"


class CallbackStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"
