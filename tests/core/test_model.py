"""Annotations read in bulk are the same records as those made one at a time."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from readmark.core.model import Annotation, annotation_in_bulk

_fields = st.tuples(
    st.text(min_size=1, max_size=32),
    st.integers(min_value=1),
    st.integers(min_value=1),
    st.integers(min_value=0),
    st.integers(min_value=0),
    st.text(),
    st.text(),
    st.text(),
    st.text(),
    st.datetimes(timezones=st.just(UTC)),
    st.datetimes(timezones=st.just(UTC)),
    st.booleans(),
    st.text(),
    st.text(),
    st.lists(st.tuples(st.text(), st.text()), max_size=3).map(tuple),
    st.text(),
)


@given(_fields)
def test_an_annotation_read_in_bulk_equals_one_made_alone(values: tuple[Any, ...]) -> None:
    alone = Annotation(*values)
    in_bulk = annotation_in_bulk(*values)
    assert type(in_bulk) is Annotation
    assert in_bulk == alone
    assert hash(in_bulk) == hash(alone)
    assert repr(in_bulk) == repr(alone)
    assert pickle.loads(pickle.dumps(in_bulk)) == alone
    assert copy.copy(in_bulk) == alone


def test_an_annotation_read_in_bulk_is_frozen_and_replaceable() -> None:
    when = datetime(2026, 12, 7, tzinfo=UTC)
    made = annotation_in_bulk("a1", 1, 2, 3, 9, "", "", "", "", when, when, coder="ana")
    assert made == Annotation("a1", 1, 2, 3, 9, "", "", "", "", when, when, coder="ana")
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.start = 4
    moved = dataclasses.replace(made, start=4)
    assert (moved.start, made.start, moved.coder) == (4, 3, "ana")
