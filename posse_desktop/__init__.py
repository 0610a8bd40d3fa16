"""Posse: a desktop address book for cultivating your personal network."""

__version__ = "0.1.0"
APP_ID = "org.posse.Posse"
APP_NAME = "Posse"
