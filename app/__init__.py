"""Vroegbel: the outbound callcenter for early detection of debts."""

__version__ = "0.1.0"
