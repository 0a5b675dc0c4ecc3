"""Errors a user can act on. The CLI catches `BrieferError` once and prints its message."""


class BrieferError(Exception):
    """Base class: the message says what went wrong and how to fix it."""

    exit_code = 1


class OptionError(BrieferError):
    """An option's value cannot work (an empty topic, an unknown format): a usage error."""

    exit_code = 2


class EndpointUnreachable(BrieferError):
    """The model's endpoint refused the connection, has no address, or never answers: no
    passage can be read, so the run stops at once instead of retrying every one."""

    exit_code = 3


class TemplateError(BrieferError):
    """A template is missing or refers to something the Brief does not have."""


class DataFileError(BrieferError):
    """A user-supplied data file (actors, topics) cannot be read."""
