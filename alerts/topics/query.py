"""The query language of custom topics, parsed into a small tree.

    climate change                 both words (AND is implied between neighbours)
    "climate change"               the phrase: these words in this order
    climat*                        any word starting with "climat" (3+ letters before *)
    Daesh OR ISIS OR "Islamic State"
    Syria AND NOT (football OR "Syria Cup")
    Assad NEAR/5 Putin             both within 5 words of each other, in either order
    title:Syria  body:"car bomb"  source:reuters   look only in that field
    (A OR B) C                     parentheses group; NEAR binds tightest, then NOT,
                                   then AND, then OR

Operators are written in capitals (and, or, not are ordinary words). A word written all
in capitals (ISIS, NATO) matches only in capitals, like taxonomy acronyms. Words match as
the matcher folds them: case- and accent-insensitively, as whole words. Unscoped terms
look in the title and body; `source:` is the feed's name or URL. A mistake raises
`QueryError`, whose message starts with the 1-based column: "query error at column 14: …".

>>> describe(parse('Syria OR Iraq AND NOT title:"car bomb*"'))
'(syria OR (iraq AND NOT title:"car bomb*"))'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from alerts.errors import TopicError
from alerts.topics.folding import fold_words, words

FIELDS = ("title", "body", "source")
MAX_NEAR = 100
MIN_PREFIX = 3
_FIELD = re.compile(r"(\w+):")
_NEAR = re.compile(r"NEAR/(\d+)")
OPERATORS = ("AND", "OR", "NOT")  # as bare words; NEAR/n is read apart


class QueryError(TopicError):
    """A custom topic's query does not parse; `column` is 1-based."""

    def __init__(self, column: int, message: str) -> None:
        super().__init__(f"query error at column {column}: {message}")
        self.column = column


@dataclass(frozen=True)
class Term:
    """Words to find in order (`prefix`: the last one may continue), in one field or all.
    `exact` holds the words as written when they must match case-sensitively."""

    words: tuple[str, ...]
    prefix: bool = False
    exact: tuple[str, ...] | None = None
    field: str | None = None


@dataclass(frozen=True)
class And:
    """Every part holds."""

    parts: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    """At least one part holds."""

    parts: tuple[Node, ...]


@dataclass(frozen=True)
class Not:
    """The part does not hold."""

    part: Node


@dataclass(frozen=True)
class Near:
    """Both terms occur at most `distance` words apart, in the same field."""

    left: Term
    right: Term
    distance: int


Node = Term | And | Or | Not | Near


@dataclass(frozen=True)
class Token:
    """A lexical token: kind is one of ( ) word phrase field AND OR NOT NEAR end."""

    kind: str
    text: str
    column: int
    number: int = 0


def is_acronym(text: str) -> bool:
    """All letters capitals, at least two of them: ISIS, NATO, U.S."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) > 1 and all(ch.isupper() for ch in letters)


def _bare(text: str, column: int) -> Token:
    if text in OPERATORS:
        return Token(text, text, column)
    if text.startswith("NEAR"):
        near = _NEAR.fullmatch(text)
        if near is None:
            raise QueryError(column, "expected NEAR/n with a whole number of words, e.g. NEAR/5")
        distance = int(near.group(1))
        if not 1 <= distance <= MAX_NEAR:
            raise QueryError(column, f"NEAR distance must be from 1 to {MAX_NEAR}")
        return Token("NEAR", text, column, distance)
    return Token("word", text, column)


def tokenize(query: str) -> list[Token]:
    """Split a query into tokens, each with its 1-based column."""
    tokens: list[Token] = []
    i = 0
    while i < len(query):
        ch, column = query[i], i + 1
        if ch.isspace():
            i += 1
        elif ch in "()":
            tokens.append(Token(ch, ch, column))
            i += 1
        elif ch == '"':
            end = query.find('"', i + 1)
            if end < 0:
                raise QueryError(column, "unterminated phrase: add the closing '\"'")
            tokens.append(Token("phrase", query[i + 1 : end], column))
            i = end + 1
        elif (field := _FIELD.match(query, i)) is not None:
            if field.group(1) not in FIELDS:
                raise QueryError(
                    column, f"unknown field {field.group(1)!r}; use title:, body: or source:"
                )
            tokens.append(Token("field", field.group(1), column))
            i = field.end()
        else:
            end = i
            while end < len(query) and not query[end].isspace() and query[end] not in '()"':
                end += 1
            tokens.append(_bare(query[i:end], column))
            i = end
    tokens.append(Token("end", "", len(query) + 1))
    return tokens


def _term(token: Token) -> Term:
    text = token.text
    prefix = text.endswith("*")
    body = text[:-1] if prefix else text
    if "*" in body:
        raise QueryError(
            token.column + body.index("*") + (token.kind == "phrase"), "'*' may only end a word"
        )
    found = fold_words(body)
    if not found:
        what = "empty phrase" if token.kind == "phrase" else f"nothing to look for in {text!r}"
        raise QueryError(token.column, what)
    if prefix and (body[-1:].isspace() or len(found[-1]) < MIN_PREFIX):
        raise QueryError(token.column, f"a wildcard needs at least {MIN_PREFIX} letters before '*'")
    exact = words(body) if is_acronym(body) else None
    return Term(found, prefix, exact)


def _scoped(node: Node, field: str) -> Node:
    """Apply a field scope to every term below that has none (an inner scope wins)."""
    if isinstance(node, Term):
        return node if node.field else Term(node.words, node.prefix, node.exact, field)
    if isinstance(node, Near):
        left, right = _scoped(node.left, field), _scoped(node.right, field)
        assert isinstance(left, Term) and isinstance(right, Term)
        return Near(left, right, node.distance)
    if isinstance(node, Not):
        return Not(_scoped(node.part, field))
    return type(node)(tuple(_scoped(p, field) for p in node.parts))


class _Parser:
    """Recursive descent, loosest first: OR, AND (explicit or implied), NOT, NEAR, terms."""

    def __init__(self, tokens: list[Token]) -> None:
        self._tokens = tokens
        self._pos = 0

    def _peek(self) -> Token:
        return self._tokens[self._pos]

    def _take(self) -> Token:
        token = self._tokens[self._pos]
        self._pos += 1
        return token

    def query(self) -> Node:
        node = self._or()
        token = self._peek()
        if token.kind != "end":
            raise QueryError(token.column, "unexpected ')': there is no '(' to close")
        return node

    def _or(self) -> Node:
        parts = [self._and()]
        while self._peek().kind == "OR":
            self._take()
            parts.append(self._and())
        return parts[0] if len(parts) == 1 else Or(tuple(parts))

    def _and(self) -> Node:
        parts = [self._unary()]
        while self._peek().kind in ("AND", "NOT", "word", "phrase", "field", "("):
            if self._peek().kind == "AND":
                self._take()
            parts.append(self._unary())
        return parts[0] if len(parts) == 1 else And(tuple(parts))

    def _unary(self) -> Node:
        if self._peek().kind == "NOT":
            self._take()
            return Not(self._unary())
        return self._near()

    def _near(self) -> Node:
        column = self._peek().column
        left = self._primary()
        while self._peek().kind == "NEAR":
            operator = self._take()
            right_column = self._peek().column
            right = self._primary()
            for node, at in ((left, column), (right, right_column)):
                if not isinstance(node, Term):
                    raise QueryError(at, "NEAR joins two words or phrases, not a group")
            assert isinstance(left, Term) and isinstance(right, Term)
            left = Near(left, right, operator.number)
        return left

    def _primary(self) -> Node:
        token = self._take()
        if token.kind == "field":
            return _scoped(self._primary(), token.text)
        if token.kind == "(":
            node = self._or()
            closing = self._take()
            if closing.kind != ")":
                raise QueryError(closing.column, "expected ')'")
            return node
        if token.kind in ("word", "phrase"):
            return _term(token)
        where = "at the end of the query" if token.kind == "end" else f"before {token.text!r}"
        raise QueryError(token.column, f"expected a word, a phrase or '(' {where}")


def _alone(node: Node) -> bool:
    """Whether `node` holds in a text where none of its terms occur."""
    if isinstance(node, Term | Near):
        return False
    if isinstance(node, Not):
        return not _alone(node.part)
    if isinstance(node, And):
        return all(_alone(p) for p in node.parts)
    return any(_alone(p) for p in node.parts)


def parse(query: str) -> Node:
    """Parse a query; raise `QueryError` with the column of the first mistake."""
    if not query.strip():
        raise QueryError(1, "the query is empty")
    node = _Parser(tokenize(query)).query()
    if _alone(node):
        raise QueryError(1, "the query only excludes; add a word to look for outside NOT")
    return node


def terms(node: Node) -> list[Term]:
    """Every term of a query, left to right."""
    if isinstance(node, Term):
        return [node]
    if isinstance(node, Near):
        return [node.left, node.right]
    if isinstance(node, Not):
        return terms(node.part)
    return [t for p in node.parts for t in terms(p)]


def describe(node: Node) -> str:
    """The query with every group in parentheses: how it was understood."""
    if isinstance(node, Term):
        text = " ".join(node.exact or node.words) + ("*" if node.prefix else "")
        quoted = len(node.words) > 1 or text in OPERATORS or text.startswith("NEAR")
        text = f'"{text}"' if quoted else text  # a bare "OR" would read as the operator
        return f"{node.field}:{text}" if node.field else text
    if isinstance(node, Near):
        return f"{describe(node.left)} NEAR/{node.distance} {describe(node.right)}"
    if isinstance(node, Not):
        return f"NOT {describe(node.part)}"
    joiner = " AND " if isinstance(node, And) else " OR "
    return "(" + joiner.join(describe(p) for p in node.parts) + ")"
