"""Errors a service raises for a person to read: each message is one Dutch sentence."""

from __future__ import annotations


class ServiceError(Exception):
    """Base for refusals and problems a user can act on; never shown with a traceback."""


class PermissionDenied(ServiceError):
    pass


class SessionEnded(PermissionDenied):
    """The logged-in account was removed, locked, reset or given another role since the login:
    the open session may do nothing more; the client goes back to the login."""


class NotFound(ServiceError):
    pass


class Conflict(ServiceError):
    """The action lost a race or no longer fits the case's state (e.g. another agent's lease)."""


class InvalidInput(ServiceError):
    pass
