"""Storage: SQLite through SQLAlchemy; the only layer that opens SQL sessions."""
