"""The status bar's word on the team: how long ago the last sync was, or why there was none."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from readmark.store import team_sync
from readmark.store.team_server import TeamError
from readmark.ui.team_actions import status_text, synced_ago
from readmark.ui.team_worker import SyncOutcome, run_sync

NOW = datetime(2026, 12, 6, 1, 30, tzinfo=UTC)


@given(st.integers(0, 90 * 24 * 3600))
def test_the_time_since_the_last_sync_reads_in_the_largest_whole_unit(seconds: int) -> None:
    said = synced_ago(NOW - timedelta(seconds=seconds), NOW)
    minutes, hours, days = seconds // 60, seconds // 3600, seconds // 86400
    if minutes == 0:
        assert said == "Synced just now"
    elif hours == 0:
        assert said == f"Synced {minutes} min ago"
    elif days == 0:
        assert said == f"Synced {hours} h ago"
    else:
        assert said == f"Synced {days} day{'' if days == 1 else 's'} ago"


def test_the_status_says_offline_with_the_count_or_why_the_sync_failed() -> None:
    away = "Could not reach the team library: connection refused"
    assert status_text(SyncOutcome(None, away, True, 12), None) == (
        "Offline: 12 changes waiting",
        away,
    )
    assert status_text(SyncOutcome(None, away, True, 1), None)[0] == "Offline: 1 change waiting"
    newer = (
        "The team library was upgraded by a newer Readmark (team schema 2; this version knows "
        "up to 1). Update Readmark to sync; nothing was written."
    )
    assert status_text(SyncOutcome(None, newer, False, 3), None) == (
        "Not synced: The team library was upgraded by a newer Readmark (team schema 2; this "
        "version knows up to 1)",
        newer,
    )
    assert status_text(None, None) == ("Not synced yet", "")
    assert status_text(None, datetime.now(UTC).isoformat())[0] == "Synced just now"


@pytest.mark.parametrize(
    ("refusal", "offline"),
    [
        ("Could not reach the team library: connection refused", True),
        ("The connection to the team library was lost (server closed the connection).", True),
        ("That database holds no team library; a lead sets it up.", False),
    ],
)
def test_a_server_out_of_reach_before_or_during_the_sync_counts_as_offline(
    refusal: str, offline: bool, isolated_paths: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(_engine: object) -> None:
        raise TeamError(refusal)

    monkeypatch.setattr(team_sync, "sync", refused)
    outcome = run_sync(isolated_paths)
    assert outcome == SyncOutcome(None, refusal, offline, 0)
