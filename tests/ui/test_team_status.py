"""The status bar's word on the team: how long ago the last sync was, or why there was none."""

from __future__ import annotations

import socket
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from readmark.store import team_server, team_sync
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


def closed_port() -> int:
    """A port on this machine that nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def server_out_of_reach(_engine: object) -> None:
    with team_server.connect(f"postgresql://coder@127.0.0.1:{closed_port()}/team"):
        pass


def no_team_library(_engine: object) -> None:
    raise TeamError("That database holds no team library; a lead sets it up.")


@pytest.mark.parametrize(
    ("sync", "offline"), [(server_out_of_reach, True), (no_team_library, False)]
)
def test_a_server_out_of_reach_counts_as_offline_whatever_the_language(
    sync: object, offline: bool, isolated_paths: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(team_sync, "sync", sync)
    outcome = run_sync(isolated_paths)
    assert outcome.offline == offline and outcome.result is None
    assert outcome.error.startswith("Could not reach" if offline else "That database")
