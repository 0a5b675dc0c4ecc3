"""briefer: a one-page, fully cited brief of who stands where on a topic."""

__version__ = "0.1.0"
