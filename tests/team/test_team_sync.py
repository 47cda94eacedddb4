"""Coders on their own laptops, each library synchronised through one team library: what each
one's library holds after `readmark team join` and `readmark sync`."""

from __future__ import annotations

import dataclasses
import os
import stat
from pathlib import Path

import psycopg
import pytest
from tests.team.conftest import login_url

from factories import new_annotation
from readmark.cli import main
from readmark.core.curation import CONSENSUS
from readmark.core.model import Annotation
from readmark.services.documents import seed_first_start
from readmark.store import team_server
from readmark.store.database import open_library
from readmark.store.repository import LibraryRepository

pytestmark = pytest.mark.postgres


def joined(
    team: str, tmp_path: Path, name: str, lead: bool = False, sample: bool = False
) -> tuple[Path, LibraryRepository]:
    """A coder's own library, joined to the team with the password a lead gave them."""
    library = tmp_path / f"{name}.sqlite3"
    repository = LibraryRepository(open_library(library))
    if sample:
        seed_first_start(repository)
    url = login_url(team, name, team_server.add_coder(team, name, lead))
    assert main(["team", "join", url, "--library", str(library)]) == 0
    return library, repository


def sync(library: Path, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(["sync", "--library", str(library)]) == 0
    return capsys.readouterr().out.strip()


def tag_named(repository: LibraryRepository, name: str) -> int:
    return next(tag.id for tag in repository.tags() if tag.name == name)


def annotate(repository: LibraryRepository, phrase: str, tag: str = "claim", note: str = "") -> str:
    document = repository.documents()[0]
    text = repository.document(document.id).text
    start = text.index(phrase)
    annotation = new_annotation(
        document.id, tag_named(repository, tag), start, start + len(phrase), text
    )
    annotation = dataclasses.replace(annotation, coder=repository.coder(), note=note)
    repository.add_annotation(annotation)
    return annotation.id


def passages(repository: LibraryRepository) -> set[tuple[str, str, str, str, str]]:
    """Every passage as a user sees it: id, words, tag, note, coder (no local integer ids)."""
    names = {tag.id: tag.name for tag in repository.tags()}
    return {
        (a.id, a.exact, names[a.tag_id], a.note, a.coder)
        for document in repository.documents()
        for a in repository.annotations(document.id)
    }


def test_coders_see_each_others_passages_and_change_only_their_own(
    team: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lead_library, lead = joined(team, tmp_path, "lena", lead=True, sample=True)
    ann_library, ann = joined(team, tmp_path, "ann")
    bob_library, bob = joined(team, tmp_path, "bob")
    # Each coder's fresh library now holds the lead's article and the team's codebook.
    assert [d.title for d in ann.documents()] == [d.title for d in lead.documents()]
    assert [t.name for t in bob.tags()] == [t.name for t in lead.tags()]

    first = annotate(ann, "Vladimir Putin", note="Named outright.")
    assert sync(ann_library, capsys) == "Synced: sent 1 change, received 0 changes."
    assert "received 1 change" in sync(bob_library, capsys)
    assert (
        passages(bob)
        == passages(ann)
        == {(first, "Vladimir Putin", "claim", "Named outright.", "ann")}
    )

    # Bob's laptop lets him edit Ann's note, but the team keeps hers.
    bob.set_note(first, "Bob thinks otherwise.")
    told = sync(bob_library, capsys)
    assert "Kept on this laptop, as only their owner or a lead may make them: 1 change." in told
    sync(ann_library, capsys)
    assert passages(ann) == {(first, "Vladimir Putin", "claim", "Named outright.", "ann")}

    # Her retag and her removal reach everyone; his own passage reaches her.
    ann.set_tag(first, tag_named(ann, "quote"))
    second = annotate(bob, "Moscovites", tag="caption")
    sync(ann_library, capsys)
    sync(bob_library, capsys)
    sync(lead_library, capsys)
    expected = {
        (first, "Vladimir Putin", "quote", "Named outright.", "ann"),
        (second, "Moscovites", "caption", "", "bob"),
    }
    assert passages(lead) == expected
    ann.remove_annotation(first)
    sync(ann_library, capsys)
    sync(lead_library, capsys)
    sync(bob_library, capsys)
    assert (
        passages(lead)
        == passages(bob)
        == passages(ann)
        == {(second, "Moscovites", "caption", "", "bob")}
    )


def test_the_lead_changes_the_codebook_and_a_coders_new_code_waits_for_it(
    team: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lead_library, lead = joined(team, tmp_path, "lara", lead=True, sample=True)
    ann_library, ann = joined(team, tmp_path, "amy")
    # Amy makes a code of her own: the team does not take it from her.
    from readmark.core.model import TagSpec

    ann.add_tag(TagSpec("prediction", "#882255", "", "", None))
    mine = annotate(ann, "Moscovites", tag="prediction")
    told = sync(ann_library, capsys)
    assert "Waiting for codes a lead has not added to the team codebook yet: 1 change." in told
    with psycopg.connect(team) as admin:
        assert admin.execute("SELECT count(*) FROM annotations").fetchone() == (0,)
    # The lead adds it (under the claim code, and renames opinion): Amy's passage then goes out.
    claim = tag_named(lead, "claim")
    lead.add_tag(TagSpec("prediction", "#882255", "", "", claim))
    opinion = next(tag for tag in lead.tags() if tag.name == "opinion")
    lead.update_tag(dataclasses.replace(opinion, name="view"))
    sync(lead_library, capsys)
    assert "sent 1 change" in sync(ann_library, capsys)
    names = {tag.name: tag for tag in ann.tags()}
    assert "view" in names and "opinion" not in names
    assert names["prediction"].parent_id == names["claim"].id
    sync(lead_library, capsys)
    assert passages(lead) == {(mine, "Moscovites", "prediction", "", "amy")}


def test_joining_keeps_the_password_in_libpqs_file_and_never_in_the_library(
    team: str, tmp_path: Path, password_file: Path
) -> None:
    library, repository = joined(team, tmp_path, "cleo")
    with psycopg.connect(team) as admin:
        (secret_hash,) = admin.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = 'cleo'"
        ).fetchone()
    line = password_file.read_text().strip()
    password = line.rsplit(":", 1)[1]
    assert line.startswith("127.0.0.1:") and ":cleo:" in line
    assert stat.S_IMODE(os.stat(password_file).st_mode) == 0o600
    assert password.encode() not in library.read_bytes()
    assert str(secret_hash).startswith("SCRAM")
    repository.dispose()
    # libpq finds it there: a sync needs no password from anyone.
    assert main(["sync", "--library", str(library)]) == 0


def test_a_team_on_another_machine_needs_tls(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = tmp_path / "far.sqlite3"
    url = "postgresql://ann:secret@team.example.org/research?sslmode=disable"
    assert main(["team", "join", url, "--library", str(library)]) == 1
    error = capsys.readouterr().err
    assert "needs TLS" in error and "secret" not in error
    assert team_server.coder_address("postgresql://ann@team.example.org/research")[0].endswith(
        "sslmode=require"
    )


def test_a_sync_from_the_command_line_that_sent_work_tells_the_listening_windows(
    team: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lead_library, lead = joined(team, tmp_path, "lev", lead=True, sample=True)
    coder_library, _coder = joined(team, tmp_path, "max")
    with psycopg.connect(team, autocommit=True) as window:  # as a window's TeamListener does
        window.execute(f"LISTEN {team_server.CHANNEL}")
        sync(coder_library, capsys)  # nothing to send: nothing said
        annotate(lead, "Vladimir Putin")
        assert sync(lead_library, capsys).startswith("Synced: sent 1 change")
        window.execute("SELECT pg_notify(%s, 'end')", (team_server.CHANNEL,))
        heard = [notice.payload for notice in window.notifies(timeout=10, stop_after=2)]
        assert heard == ["lev", "end"]  # said once, by the sync that sent work alone


SAMPLE_TITLE = (
    "Recent attacks spell doom for Putin and could see the break-up of Russia, expert warns"
)


@pytest.mark.parametrize("which", [SAMPLE_TITLE, "--all"], ids=["one document", "whole team"])
def test_a_blind_document_hides_others_passages_until_the_lead_reveals_it(
    team: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], which: str
) -> None:
    joined(team, tmp_path, "lou", lead=True, sample=True)
    assert main(["team", "blind", team, which]) == 0
    cat_library, cat = joined(team, tmp_path, "cat")  # after the blind: its document too
    dan_library, dan = joined(team, tmp_path, "dan")
    cats = annotate(cat, "Vladimir Putin")
    dans = annotate(dan, "Moscovites")
    for library in (cat_library, dan_library, cat_library, dan_library):
        sync(library, capsys)
    assert {row[0] for row in passages(cat)} == {cats}
    assert {row[0] for row in passages(dan)} == {dans}
    capsys.readouterr()
    assert main(["team", "reveal", team, which]) == 0
    assert "revealed" in capsys.readouterr().out
    sync(dan_library, capsys)
    assert {row[0] for row in passages(dan)} == {cats, dans}


def test_a_library_refuses_to_write_to_a_team_schema_newer_than_it_knows(
    team: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library, repository = joined(team, tmp_path, "eve", sample=True)
    annotate(repository, "Moscovites")
    with psycopg.connect(team) as admin:
        admin.execute("UPDATE team_meta SET value = '99' WHERE key = 'schema_version'")
    capsys.readouterr()
    assert main(["sync", "--library", str(library)]) == 1
    assert "upgraded by a newer Readmark" in capsys.readouterr().err
    with psycopg.connect(team) as admin:
        assert admin.execute("SELECT count(*) FROM annotations").fetchone() == (0,)


def test_with_the_server_gone_sync_says_so_and_the_changes_wait(
    team: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library, repository = joined(team, tmp_path, "fay", sample=True)
    annotate(repository, "Moscovites")
    from readmark.store import team_link

    with repository._writer.begin() as connection:
        address = team_link.setting(connection, team_link.TEAM_URL)
        assert address is not None
        team_link.set_setting(
            connection,
            team_link.TEAM_URL,
            address.replace(address.split("port=")[1].split()[0], "1"),
        )
    capsys.readouterr()
    assert main(["sync", "--library", str(library)]) == 1
    assert "Could not reach the team library" in capsys.readouterr().err
    with repository._reader.connect() as connection:
        assert team_link.waiting(connection) == 1


def test_coder_agreement_runs_on_the_synced_library_once_the_lead_reveals(
    team: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Blind coding, then Tools > Coder Agreement's figures on a coder's own synced library."""
    from readmark.core.agreement import agreement

    joined(team, tmp_path, "lia", lead=True, sample=True)
    gus_library, gus = joined(team, tmp_path, "gus")
    hal_library, hal = joined(team, tmp_path, "hal")
    title = gus.documents()[0].title
    assert main(["team", "blind", team, title]) == 0
    # The same passage, the same code, each coder on their own: full agreement.
    annotate(gus, "Vladimir Putin")
    annotate(hal, "Vladimir Putin")
    for library in (gus_library, hal_library):
        sync(library, capsys)
    assert main(["team", "reveal", team, title]) == 0
    sync(gus_library, capsys)
    document = gus.documents()[0]
    lengths = {document.id: len(gus.document(document.id).text)}
    report = agreement(lengths, gus.annotations(document.id), gus.tags(), ["gus", "hal"])
    assert report.documents == 1
    assert report.overall.alpha_u == pytest.approx(1.0)
    assert report.overall.kappa == pytest.approx(1.0)


def test_fields_and_their_values_travel_with_the_passages(
    team: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lead_library, lead = joined(team, tmp_path, "lena", lead=True, sample=True)
    ann_library, ann = joined(team, tmp_path, "ann")
    # The team's codebook brings the default tags' fields with it.
    assert [t.fields for t in ann.tags()] == [t.fields for t in lead.tags()]
    claim = annotate(ann, "Vladimir Putin")
    ann.set_field_values(claim, (("verdict", "mostly false"), ("evidence", "https://x.org/a")))
    sync(ann_library, capsys)
    sync(lead_library, capsys)
    [seen] = [a for a in lead.annotations(lead.documents()[0].id) if a.id == claim]
    assert seen.field_values == (("verdict", "mostly false"), ("evidence", "https://x.org/a"))

    # The lead gives opinions a field; the coder's library gets it.
    opinion = next(t for t in lead.tags() if t.name == "opinion")
    strength = dataclasses.replace(lead.tags()[0].fields[0], name="strength")
    lead.update_tag(dataclasses.replace(opinion, fields=(strength,)))
    sync(lead_library, capsys)
    sync(ann_library, capsys)
    assert next(t for t in ann.tags() if t.name == "opinion").fields == (strength,)


def test_the_leads_consensus_reaches_the_coders_and_only_a_lead_may_write_it(
    team: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lead_library, lead = joined(team, tmp_path, "lena", lead=True, sample=True)
    ann_library, ann = joined(team, tmp_path, "ann")
    first = annotate(ann, "Vladimir Putin")
    sync(ann_library, capsys)
    sync(lead_library, capsys)

    # The lead settles it (as curation does: the passage copied to the consensus coder).
    [theirs] = [a for a in lead.annotations(lead.documents()[0].id) if a.id == first]
    agreed = dataclasses.replace(theirs, id=Annotation.new_id(), coder=CONSENSUS)
    lead.add_annotation(agreed)
    assert sync(lead_library, capsys) == "Synced: sent 1 change, received 0 changes."
    assert "received 1 change" in sync(ann_library, capsys)
    assert (agreed.id, "Vladimir Putin", "claim", "", CONSENSUS) in passages(ann)

    # A coder's own consensus stays on their laptop: the team refuses it.
    mine = annotate(ann, "Moscovites", tag="caption")
    ann.set_note(agreed.id, "Ann's word on it.")
    [own] = [a for a in ann.annotations(ann.documents()[0].id) if a.id == mine]
    ann.add_annotation(dataclasses.replace(own, id=Annotation.new_id(), coder=CONSENSUS))
    told = sync(ann_library, capsys)
    assert "Kept on this laptop, as only their owner or a lead may make them: 2 changes." in told
    sync(lead_library, capsys)
    lead_consensus = {p for p in passages(lead) if p[-1] == CONSENSUS}
    assert lead_consensus == {(agreed.id, "Vladimir Putin", "claim", "", CONSENSUS)}
    assert mine in {p[0] for p in passages(lead)}

    # The lead's removal of it reaches the coder too.
    lead.remove_annotation(agreed.id)
    sync(lead_library, capsys)
    sync(ann_library, capsys)
    assert agreed.id not in {p[0] for p in passages(ann)}


def test_a_leads_document_label_is_the_teams_and_a_coders_stays_their_own(
    team: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    from readmark.core.command_apply import apply
    from readmark.core.commands import LabelDocument

    lead_library, lead = joined(team, tmp_path, "lara", lead=True, sample=True)
    ann_library, ann = joined(team, tmp_path, "amy")
    # A library linked by an older Readmark, whose link had no trigger for labels: its next
    # sync adds it.
    with sqlite3.connect(lead_library) as older:
        older.execute("DROP TRIGGER team_document_labelled")
    sync(lead_library, capsys)
    document = lead.documents()[0]
    apply(LabelDocument(document.id, "opinion 🗣"), lead)
    assert "sent 1 change" in sync(lead_library, capsys)
    sync(ann_library, capsys)
    assert [d.label for d in ann.documents()] == ["opinion 🗣"]

    # Amy's own label stays in her library; the team keeps the lead's.
    apply(LabelDocument(ann.documents()[0].id, "news"), ann)
    sync(ann_library, capsys)
    with psycopg.connect(team) as admin:
        assert admin.execute("SELECT label FROM documents").fetchall() == [("opinion 🗣",)]
    assert [d.label for d in ann.documents()] == ["news"]

    apply(LabelDocument(document.id, "propaganda"), lead)  # the lead's word, later
    sync(lead_library, capsys)
    sync(ann_library, capsys)
    assert [d.label for d in ann.documents()] == ["propaganda"]
    assert [d.label for d in lead.documents()] == ["propaganda"]
