"""Storage: peewee over SQLite. Qt-free."""

from posse_desktop.db.connection import (
    DatabaseError,
    DatabaseTooNew,
    close_db,
    database,
    open_db,
)

__all__ = ["DatabaseError", "DatabaseTooNew", "close_db", "database", "open_db"]
