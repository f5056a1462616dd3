"""workshop: run a social-media ambassador training in person, offline, on one laptop."""

__version__ = "0.1.0"
