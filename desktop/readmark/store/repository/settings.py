"""The repository's library-wide settings, the coder's name among them."""

from __future__ import annotations

from sqlalchemy import select

from readmark.core.model import default_coder
from readmark.store.repository.connection import LibraryConnection, core_connection
from readmark.store.schema import CODER_SETTING
from readmark.store.tables import SettingRow


class SettingsPart(LibraryConnection):
    """The library's settings."""

    def setting(self, key: str) -> str | None:
        # A plain select, not session.get: the window reads a dozen settings as it opens, and
        # each read must cost no more than its query.
        query = select(SettingRow.__table__.c.value).where(SettingRow.__table__.c.key == key)
        with self._transaction(write=False) as session:
            value: str | None = core_connection(session).execute(query).scalar()
            return value

    def set_setting(self, key: str, value: str) -> None:
        with self._transaction() as session:
            session.merge(SettingRow(key=key, value=value))

    def coder(self) -> str:
        """The name this library's user makes annotations under."""
        return self.setting(CODER_SETTING) or default_coder()

    def set_coder(self, name: str) -> None:
        self.set_setting(CODER_SETTING, name)
