"""The calling calendar: windows, holidays, closed days, DST and working days."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.clock import AMSTERDAM
from app.models.enums import Slot
from app.scheduler.calendar import (
    DEFAULT_WINDOWS,
    CalendarConfigError,
    CallingCalendar,
    is_public_holiday,
)
from app.services import settings
from app.services.errors import InvalidInput
from app.services.planning import validate_calling_windows

CAL = CallingCalendar()


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=AMSTERDAM)  # type: ignore[misc]


def test_default_windows_match_the_settings_default() -> None:
    assert DEFAULT_WINDOWS == settings.DEFAULT_CALLING_WINDOWS


def test_kings_day_moves_to_26_april_when_27_is_a_sunday() -> None:
    assert date(2025, 4, 27).weekday() == 6
    assert is_public_holiday(date(2025, 4, 26)) and CAL.is_closed(date(2025, 4, 26))
    assert is_public_holiday(date(2031, 4, 26))
    assert is_public_holiday(date(2026, 4, 27)) and not is_public_holiday(date(2026, 4, 25))


def test_liberation_day_only_in_lustrum_years_unless_the_admin_closes_it() -> None:
    assert is_public_holiday(date(2030, 5, 5))
    assert not is_public_holiday(date(2026, 5, 5))
    assert CAL.windows_on(date(2026, 5, 5))  # a Tuesday: open by default
    closed = CallingCalendar(closed_days=[date(2026, 5, 5)])
    assert closed.windows_on(date(2026, 5, 5)) == ()


def test_sundays_and_holidays_are_closed() -> None:
    assert CAL.windows_on(date(2026, 11, 29)) == ()  # Sunday
    assert CAL.windows_on(date(2026, 12, 26)) == ()  # Second Christmas Day, a Saturday
    assert CAL.windows_on(date(2027, 3, 29)) == ()  # Easter Monday
    assert [w.slot for w in CAL.windows_on(date(2026, 11, 28))] == [Slot.SATURDAY]
    assert [w.slot for w in CAL.windows_on(date(2026, 11, 27))] == [
        Slot.MORNING,
        Slot.AFTERNOON,
        Slot.EVENING,
    ]


@pytest.mark.parametrize(
    ("day", "offset"),
    [
        (date(2026, 3, 27), 1),
        (date(2026, 3, 30), 2),
        (date(2026, 10, 23), 2),
        (date(2026, 10, 26), 1),
    ],
)
def test_windows_keep_wall_clock_times_across_dst(day: date, offset: int) -> None:
    morning = CAL.window_on(day, Slot.MORNING)
    assert morning is not None
    assert morning.start.astimezone(AMSTERDAM).hour == 9
    assert morning.start.utcoffset() == timedelta(hours=offset)
    assert morning.start.astimezone(UTC).hour == 9 - offset
    assert morning.end - morning.start == timedelta(hours=3, minutes=30)


def test_open_window_and_next_window() -> None:
    assert CAL.open_window(local(2026, 11, 24, 12, 30)).slot is Slot.AFTERNOON  # type: ignore[union-attr]
    assert CAL.open_window(local(2026, 11, 24, 12, 29)).slot is Slot.MORNING  # type: ignore[union-attr]
    assert CAL.open_window(local(2026, 11, 24, 21, 0)) is None
    assert CAL.open_window(local(2026, 11, 24, 8, 59)) is None
    nxt = CAL.next_window(Slot.SATURDAY, local(2026, 12, 24, 12, 0))
    assert nxt is not None and nxt.start == local(2027, 1, 2, 10, 0)  # 26 Dec is a holiday
    current = CAL.next_window(Slot.EVENING, local(2026, 11, 24, 18, 0), include_current=True)
    assert current is not None and current.start == local(2026, 11, 24, 17, 0)
    later = CAL.next_window(Slot.EVENING, local(2026, 11, 24, 18, 0))
    assert later is not None and later.start == local(2026, 11, 25, 17, 0)
    opening = CAL.next_open_window(local(2026, 11, 28, 16, 0))
    assert opening is not None and opening.start == local(2026, 11, 30, 9, 0)


@pytest.mark.parametrize(
    ("moment", "slot"),
    [
        (local(2026, 11, 24, 7, 0), Slot.MORNING),
        (local(2026, 11, 24, 12, 29), Slot.MORNING),
        (local(2026, 11, 24, 12, 30), Slot.AFTERNOON),
        (local(2026, 11, 24, 16, 59), Slot.AFTERNOON),
        (local(2026, 11, 24, 17, 0), Slot.EVENING),
        (local(2026, 11, 24, 23, 30), Slot.EVENING),
        (local(2026, 11, 28, 9, 0), Slot.SATURDAY),
        (local(2026, 11, 29, 14, 0), Slot.SATURDAY),  # a Sunday call in old history
        (local(2026, 12, 25, 10, 0), Slot.MORNING),  # a call on a holiday still has a slot
        (datetime(2026, 11, 24, 16, 30, tzinfo=UTC), Slot.EVENING),  # 17:30 in Amsterdam
    ],
)
def test_slot_of_any_moment(moment: datetime, slot: Slot) -> None:
    assert CAL.slot_of(moment) is slot


def test_working_days_skip_weekends_holidays_and_closed_days() -> None:
    assert CAL.add_working_days(date(2026, 11, 27), 1) == date(2026, 11, 30)
    assert CAL.add_working_days(date(2026, 12, 23), 3) == date(2026, 12, 29)
    closed = CallingCalendar(closed_days=[date(2026, 12, 24)])
    assert closed.add_working_days(date(2026, 12, 23), 3) == date(2026, 12, 30)
    assert CAL.add_working_days(date(2027, 4, 23), 3) == date(2027, 4, 29)  # King's Day


def test_custom_windows_and_bad_settings() -> None:
    custom = CallingCalendar(
        {
            "morning": {"weekdays": [0, 1, 2, 3, 4], "start": "08:30", "end": "12:00"},
            "evening": {"weekdays": [0, 1, 2, 3], "start": "18:00", "end": "20:00"},
        }
    )
    assert custom.slots == (Slot.MORNING, Slot.EVENING)
    assert custom.window_on(date(2026, 11, 27), Slot.EVENING) is None  # not on Friday
    assert custom.slot_of(local(2026, 11, 24, 14, 0)) is Slot.MORNING
    for bad in (
        {"nacht": {"weekdays": [0], "start": "22:00", "end": "23:00"}},
        {"morning": {"weekdays": [0], "start": "12:00", "end": "09:00"}},
        {"morning": {"weekdays": [9], "start": "09:00", "end": "12:00"}},
        {"morning": {"weekdays": [0], "start": "negen uur", "end": "12:00"}},
    ):
        with pytest.raises(CalendarConfigError):
            CallingCalendar(bad)
        with pytest.raises(InvalidInput):
            validate_calling_windows(bad)
    validate_calling_windows(settings.DEFAULT_CALLING_WINDOWS)
