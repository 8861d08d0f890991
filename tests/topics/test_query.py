"""The custom-topic query language: every operator, precedence, and each parse error with
its column."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from alerts.errors import TopicError
from alerts.topics.query import And, Near, Not, Or, QueryError, Term, describe, parse, terms


def understood(query: str) -> str:
    return describe(parse(query))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("syria", "syria"),
        ('"car bomb"', '"car bomb"'),
        ("climat*", "climat*"),
        ('"climate chang*"', '"climate chang*"'),
        ("a AND b", "(a AND b)"),
        ("a b", "(a AND b)"),
        ("a OR b", "(a OR b)"),
        ("a AND NOT b", "(a AND NOT b)"),
        ("a NOT b", "(a AND NOT b)"),
        ("assad NEAR/5 putin", "assad NEAR/5 putin"),
        ("title:syria", "title:syria"),
        ('body:"car bomb"', 'body:"car bomb"'),
        ("source:reuters", "source:reuters"),
        ("title:(a OR b)", "(title:a OR title:b)"),
        ("title:(a OR body:b)", "(title:a OR body:b)"),
        ("ISIS", "ISIS"),
        ("al-Qaeda", '"al qaeda"'),
    ],
)
def test_each_operator(query: str, expected: str) -> None:
    assert understood(query) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("a OR b AND c", "(a OR (b AND c))"),
        ("a AND b OR c", "((a AND b) OR c)"),
        ("a OR b c", "(a OR (b AND c))"),
        ("NOT a AND b", "(NOT a AND b)"),
        ("b AND NOT a OR c", "((b AND NOT a) OR c)"),
        ("x NOT a NEAR/2 b", "(x AND NOT a NEAR/2 b)"),
        ("(a OR b) AND c", "((a OR b) AND c)"),
        ("a AND (b OR NOT c)", "(a AND (b OR NOT c))"),
        ("x NOT NOT y", "(x AND NOT NOT y)"),
    ],
)
def test_precedence(query: str, expected: str) -> None:
    assert understood(query) == expected


def test_tree_shapes() -> None:
    tree = parse('title:ISIS OR (raqqa NEAR/3 "air strike*") NOT band')
    assert isinstance(tree, Or)
    first, second = tree.parts
    assert first == Term(("isis",), exact=("ISIS",), field="title")
    assert isinstance(second, And) and isinstance(second.parts[1], Not)
    near = second.parts[0]
    assert isinstance(near, Near) and near.distance == 3
    assert near.right == Term(("air", "strike"), prefix=True)
    assert [t.words for t in terms(tree)] == [("isis",), ("raqqa",), ("air", "strike"), ("band",)]


def test_operators_are_capitals_only() -> None:
    assert understood("war and peace") == "(war AND and AND peace)"
    assert understood("rock or roll") == "(rock AND or AND roll)"


@pytest.mark.parametrize(
    ("query", "column", "message"),
    [
        ("", 1, "the query is empty"),
        ("   ", 1, "the query is empty"),
        ('syria "car bomb', 7, "unterminated phrase"),
        ('a ""', 3, "empty phrase"),
        ("(syria OR iraq", 15, "expected ')'"),
        ("syria)", 6, "unexpected ')'"),
        ("()", 2, "expected a word, a phrase or '(' before ')'"),
        ("syria AND", 10, "expected a word, a phrase or '(' at the end"),
        ("syria OR OR iraq", 10, "expected a word, a phrase or '(' before 'OR'"),
        ("title:", 7, "at the end of the query"),
        ("headline:syria", 1, "unknown field 'headline'"),
        ("a NEAR b", 3, "expected NEAR/n"),
        ("a NEAR/x b", 3, "expected NEAR/n"),
        ("a NEAR/0 b", 3, "NEAR distance must be from 1 to 100"),
        ("a NEAR/101 b", 3, "NEAR distance must be from 1 to 100"),
        ("(a OR b) NEAR/2 c", 1, "NEAR joins two words or phrases"),
        ("a NEAR/2 (b OR c)", 10, "NEAR joins two words or phrases"),
        ("cl*mate", 3, "'*' may only end a word"),
        ('"car* bomb"', 5, "'*' may only end a word"),
        ("ab*", 1, "at least 3 letters before '*'"),
        ('"car *"', 1, "at least 3 letters before '*'"),
        ("---", 1, "nothing to look for in '---'"),
        ("NOT syria", 1, "the query only excludes"),
        ("NOT (a OR b)", 1, "the query only excludes"),
    ],
)
def test_parse_errors_point_at_the_column(query: str, column: int, message: str) -> None:
    with pytest.raises(QueryError) as raised:
        parse(query)
    assert raised.value.column == column
    assert str(raised.value).startswith(f"query error at column {column}: ")
    assert message in str(raised.value)
    assert isinstance(raised.value, TopicError)


@pytest.mark.parametrize(
    ("query", "described"),
    [
        ('"OR"', '"OR"'),
        ('title:"OR"', 'title:"OR"'),
        ('a "NOT"', '(a AND "NOT")'),
        ('"AND" b', '("AND" AND b)'),
        ('"NEAR"', '"NEAR"'),
        ('"NEAR/5"', '"NEAR 5"'),
        ('"or"', "or"),
    ],
)
def test_a_quoted_operator_word_stays_quoted(query: str, described: str) -> None:
    """A phrase that is one operator word ("OR", Oregon's code) is shown in quotes, so the
    description reads back as the same query."""
    assert describe(parse(query)) == described
    assert describe(parse(described)) == described


@given(st.text(alphabet='ab "()*:/NEAROTDtitle1', max_size=30))
def test_any_input_parses_or_fails_with_a_column(query: str) -> None:
    try:
        tree = parse(query)
    except QueryError as error:
        assert 1 <= error.column <= len(query) + 1
    else:
        assert terms(tree)
        assert describe(parse(describe(tree))) == describe(tree)
