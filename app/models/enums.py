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
    # A letter, card, text message or e-mail went out (channels other than the phone).
    SENT = "sent"
    # Home visit results that are not a conversation (issue 14).
    CARD_LEFT = "card_left"
    MOVED_AWAY = "moved_away"

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


class Channel(StrEnum):
    """How a contact attempt was made (issue 14). `phone` is the outbound call of the plan,
    the only channel that uses one of the seven attempts."""

    PHONE = "phone"
    PHONE_IN = "phone_in"
    LETTER = "letter"
    CARD = "card"
    HOME_VISIT = "home_visit"
    SMS = "sms"
    EMAIL = "email"


#: the order in which figures per channel are listed.
CHANNEL_ORDER: tuple[Channel, ...] = tuple(Channel)

#: channels that only send something: their one outcome is `sent`.
SENDING_CHANNELS = frozenset({Channel.LETTER, Channel.CARD, Channel.SMS, Channel.EMAIL})


#: the outcomes of an outbound call (DOMAIN.md section 6).
PHONE_OUTCOMES = frozenset(
    {
        Outcome.NO_ANSWER,
        Outcome.VOICEMAIL,
        Outcome.BUSY,
        Outcome.WRONG_NUMBER,
        Outcome.CALLBACK_REQUESTED,
        Outcome.REACHED_NO_HELP_NEEDED,
        Outcome.REACHED_HELP_ACCEPTED,
        Outcome.REACHED_HELP_DECLINED,
        Outcome.ALREADY_IN_DEBT_HELP,
    }
)

#: a conversation: what an inbound call always is, and a home visit where someone opened.
CONVERSATION_OUTCOMES = frozenset(o for o in PHONE_OUTCOMES if o in CONTACT_OUTCOMES)

#: the outcomes each channel allows (issue 14, DOMAIN.md section 6).
CHANNEL_OUTCOMES: dict[Channel, frozenset[Outcome]] = {
    Channel.PHONE: PHONE_OUTCOMES,
    Channel.PHONE_IN: CONVERSATION_OUTCOMES,
    Channel.HOME_VISIT: CONVERSATION_OUTCOMES
    | {Outcome.NO_ANSWER, Outcome.CARD_LEFT, Outcome.MOVED_AWAY},
    **{channel: frozenset({Outcome.SENT}) for channel in SENDING_CHANNELS},
}


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
