"""Errors a user can act on. The CLI catches `BrieferError` once and prints its message."""


class BrieferError(Exception):
    """Base class: the message says what went wrong and how to fix it."""


class TemplateError(BrieferError):
    """A template is missing or refers to something the Brief does not have."""


class DataFileError(BrieferError):
    """A user-supplied data file (actors, topics) cannot be read."""
