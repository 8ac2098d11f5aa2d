"""The calling calendar: windows per slot type, closed days, working days (DOMAIN.md section 4).

Pure and immutable: built once from the settings and closed days of the database (see
app.services.planning.PlanningContext) or from the defaults, then asked questions. Every
answer is an aware datetime in Europe/Amsterdam; windows are built from the local date and
wall-clock time with zoneinfo, so they are right on the days the clocks change.

Closed for calls: Sundays, the Dutch public holidays of the `holidays` package (country NL,
category public; it moves King's Day to 26 April when 27 April is a Sunday and has Liberation
Day only in lustrum years, which is the law) and the extra closed days that the admin sets
(ClosedDay rows, e.g. 5 May in other years or 24 December). A day is "open" when it is not
closed and at least one slot type has a window on its weekday.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

import holidays

from app.clock import AMSTERDAM
from app.models.enums import Slot

#: The slot types in their canonical order (also the order of the day's windows by default).
SLOTS: tuple[Slot, ...] = (Slot.MORNING, Slot.AFTERNOON, Slot.EVENING, Slot.SATURDAY)

#: DOMAIN.md's default windows; the same as app.services.settings.DEFAULT_CALLING_WINDOWS
#: (a test keeps them equal; the scheduler layer does not import the services).
DEFAULT_WINDOWS: dict[str, dict[str, Any]] = {
    "morning": {"weekdays": [0, 1, 2, 3, 4], "start": "09:00", "end": "12:30"},
    "afternoon": {"weekdays": [0, 1, 2, 3, 4], "start": "12:30", "end": "17:00"},
    "evening": {"weekdays": [0, 1, 2, 3, 4], "start": "17:00", "end": "21:00"},
    "saturday": {"weekdays": [5], "start": "10:00", "end": "16:00"},
}

#: How far ahead "the next window" is looked for before giving up (a calendar with every day
#: closed must answer None, not loop forever).
SEARCH_DAYS = 400

SATURDAY = 5
SUNDAY = 6


class CalendarConfigError(ValueError):
    """The calling-windows setting has an unusable shape."""


@dataclass(frozen=True)
class WindowSpec:
    """One slot type's recurring window: on these weekdays (0 = Monday), from start to end."""

    slot: Slot
    weekdays: frozenset[int]
    start: time
    end: time


@dataclass(frozen=True, order=True)
class Window:
    """One concrete calling window: an interval of Amsterdam time of one slot type."""

    start: datetime
    end: datetime
    slot: Slot

    @property
    def day(self) -> date:
        return self.start.astimezone(AMSTERDAM).date()

    def contains(self, moment: datetime) -> bool:
        return self.start <= moment < self.end

    def clipped(self, not_before: datetime) -> Window:
        """This window starting no earlier than `not_before` (unchanged when it already does)."""
        if not_before <= self.start:
            return self
        return Window(start=not_before.astimezone(AMSTERDAM), end=self.end, slot=self.slot)


def _parse_time(value: Any, what: str) -> time:
    try:
        hours, minutes = str(value).strip().split(":")
        return time(int(hours), int(minutes))
    except (ValueError, TypeError) as exc:
        raise CalendarConfigError(f"{what}: '{value}' is geen tijd (UU:MM)") from exc


def parse_windows(setting: Mapping[str, Mapping[str, Any]]) -> dict[Slot, WindowSpec]:
    """The `calling_windows` setting (shape of DEFAULT_CALLING_WINDOWS) as typed specs.

    Unknown slot names are refused; a slot that is missing has no windows (the planner then
    degrades, see app.scheduler.planner).
    """
    specs: dict[Slot, WindowSpec] = {}
    for name, raw in setting.items():
        try:
            slot = Slot(name)
        except ValueError as exc:
            raise CalendarConfigError(f"onbekend tijdvak '{name}'") from exc
        start = _parse_time(raw.get("start"), name)
        end = _parse_time(raw.get("end"), name)
        if end <= start:
            raise CalendarConfigError(f"{name}: het einde ligt niet na het begin")
        try:
            weekdays = frozenset(int(d) for d in raw.get("weekdays", []))
        except (TypeError, ValueError) as exc:
            raise CalendarConfigError(f"{name}: ongeldige weekdagen") from exc
        if not weekdays <= set(range(7)):
            raise CalendarConfigError(f"{name}: weekdagen lopen van 0 (maandag) tot 6")
        specs[slot] = WindowSpec(slot=slot, weekdays=weekdays, start=start, end=end)
    return specs


@functools.lru_cache(maxsize=64)
def _public_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("NL", years=year).keys())


def is_public_holiday(day: date) -> bool:
    """A Dutch public holiday according to the `holidays` package (country NL)."""
    return day in _public_holidays(day.year)


def _local(day: date, at: time) -> datetime:
    # Build from wall-clock time, then normalise through UTC so that a time in the spring gap
    # (which no calling window should use) still yields a real instant.
    return datetime.combine(day, at, tzinfo=AMSTERDAM).astimezone(AMSTERDAM)


class CallingCalendar:
    """Calling windows and closed days; immutable after construction, safe to share."""

    def __init__(
        self,
        windows: Mapping[str, Mapping[str, Any]] | None = None,
        closed_days: Iterable[date] = (),
    ) -> None:
        if windows is None:
            windows = DEFAULT_WINDOWS
        self.specs: dict[Slot, WindowSpec] = parse_windows(windows)
        self.closed_days: frozenset[date] = frozenset(closed_days)
        self._day_cache: dict[date, tuple[Window, ...]] = {}
        self._mask_cache: dict[date, int] = {}
        self._masks_cache: dict[tuple[date, date], tuple[int, ...]] = {}
        self._slots = tuple(s for s in SLOTS if s in self.specs and self.specs[s].weekdays)
        self.slot_set: frozenset[Slot] = frozenset(self._slots)

    # --- days ---------------------------------------------------------------------------

    @property
    def slots(self) -> tuple[Slot, ...]:
        """The slot types that have a window on at least one weekday."""
        return self._slots

    def is_closed(self, day: date) -> bool:
        """Sunday, a public holiday or an extra closed day: no calls at all."""
        return day.weekday() == SUNDAY or day in self.closed_days or is_public_holiday(day)

    def is_working_day(self, day: date) -> bool:
        """Monday to Friday and neither a public holiday nor an extra closed day."""
        return day.weekday() < SATURDAY and not self.is_closed(day)

    def add_working_days(self, day: date, count: int) -> date:
        """The date `count` working days after `day` (the day itself does not count)."""
        current = day
        remaining = count
        while remaining > 0:
            current += timedelta(days=1)
            if self.is_working_day(current):
                remaining -= 1
        return current

    # --- windows ------------------------------------------------------------------------

    def slot_mask(self, day: date) -> int:
        """Bit k set when slot type SLOTS[k] has a window on `day` (the planner's day pattern;
        cached, as the look-ahead asks for the same days thousands of times)."""
        cached = self._mask_cache.get(day)
        if cached is None:
            cached = 0
            for window in self.windows_on(day):
                cached |= 1 << SLOTS.index(window.slot)
            self._mask_cache[day] = cached
        return cached

    def slot_masks(self, first: date, last: date) -> tuple[int, ...]:
        """`slot_mask` of every day from `first` to `last` (inclusive; cached per range)."""
        key = (first, last)
        cached = self._masks_cache.get(key)
        if cached is None:
            span = (last - first).days + 1
            cached = tuple(self.slot_mask(first + timedelta(days=i)) for i in range(max(0, span)))
            if len(self._masks_cache) > 4096:
                self._masks_cache.clear()
            self._masks_cache[key] = cached
        return cached

    def windows_on(self, day: date) -> tuple[Window, ...]:
        """The day's windows in time order; empty on a closed day."""
        cached = self._day_cache.get(day)
        if cached is not None:
            return cached
        if self.is_closed(day):
            result: tuple[Window, ...] = ()
        else:
            result = tuple(
                sorted(
                    Window(start=_local(day, spec.start), end=_local(day, spec.end), slot=slot)
                    for slot, spec in self.specs.items()
                    if day.weekday() in spec.weekdays
                )
            )
        if len(self._day_cache) > 5000:
            self._day_cache.clear()
        self._day_cache[day] = result
        return result

    def window_on(self, day: date, slot: Slot) -> Window | None:
        for window in self.windows_on(day):
            if window.slot is slot:
                return window
        return None

    def is_open_day(self, day: date) -> bool:
        return bool(self.windows_on(day))

    def windows_from(self, moment: datetime, *, days: int = SEARCH_DAYS) -> Iterator[Window]:
        """Every window that has not ended at `moment`, in time order, for `days` days."""
        local = moment.astimezone(AMSTERDAM)
        first = local.date()
        for offset in range(days + 1):
            for window in self.windows_on(first + timedelta(days=offset)):
                if window.end > moment:
                    yield window

    def open_window(self, moment: datetime) -> Window | None:
        """The window open at `moment`, or None outside calling hours."""
        for window in self.windows_on(moment.astimezone(AMSTERDAM).date()):
            if window.contains(moment):
                return window
        return None

    def next_window(
        self, slot: Slot, after: datetime, *, include_current: bool = False
    ) -> Window | None:
        """The first window of `slot` starting at or after `after`.

        With `include_current` a window of that slot that is open at `after` counts too.
        None when there is none within SEARCH_DAYS (e.g. the slot has no weekdays).
        """
        spec = self.specs.get(slot)
        if spec is None or not spec.weekdays:
            return None
        local = after.astimezone(AMSTERDAM)
        for offset in range(SEARCH_DAYS + 1):
            day = local.date() + timedelta(days=offset)
            if day.weekday() not in spec.weekdays:
                continue
            window = self.window_on(day, slot)
            if window is None:
                continue
            if window.start >= after or (include_current and window.end > after):
                return window
        return None

    def next_window_on_or_after_day(self, slot: Slot, day: date) -> Window | None:
        """The first window of `slot` on `day` or a later day."""
        return self.next_window(slot, _local(day, time(0, 0)), include_current=True)

    def next_open_window(self, after: datetime) -> Window | None:
        """The window open at `after`, else the next one to open (any slot type)."""
        return next(iter(self.windows_from(after)), None)

    # --- classification -----------------------------------------------------------------

    def slot_of(self, moment: datetime) -> Slot:
        """The slot type a call at `moment` belongs to, from its weekday and time of day.

        For historical calls, so any moment is classified, also outside the windows, on a
        Sunday or a holiday: Saturday and Sunday are `saturday`; on a weekday the slot whose
        window (on that weekday) started last at or before the time, and before the first
        window of the day the first one (with the defaults: before 12:30 morning, before
        17:00 afternoon, else evening).
        """
        local = moment.astimezone(AMSTERDAM)
        if local.weekday() >= SATURDAY:
            return Slot.SATURDAY
        of_day = sorted(
            (spec.start, slot)
            for slot, spec in self.specs.items()
            if local.weekday() in spec.weekdays and slot is not Slot.SATURDAY
        )
        if not of_day:
            of_day = [(time(9, 0), Slot.MORNING), (time(12, 30), Slot.AFTERNOON)]
            of_day.append((time(17, 0), Slot.EVENING))
        chosen = of_day[0][1]
        for start, slot in of_day:
            if start <= local.time():
                chosen = slot
        return chosen


@functools.lru_cache(maxsize=1)
def default_calendar() -> CallingCalendar:
    """The calendar of the default windows without extra closed days."""
    return CallingCalendar()
