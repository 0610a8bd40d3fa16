"""Use cases: every write is one transaction and returns a Changes. Qt-free."""
