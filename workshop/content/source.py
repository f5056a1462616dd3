"""Read YAML while remembering where every value stands, so errors can name file:line:col."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from workshop.content.problem import Problem

try:  # The C loader is several times faster; fall back where libyaml is missing.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


@dataclass(frozen=True)
class Document:
    """A parsed YAML file: its data and the node tree that knows the positions."""

    path: Path
    data: Any
    root: yaml.Node | None

    def position(self, location: Sequence[str | int]) -> tuple[int, int]:
        """Line and column (1-based) of the deepest node that `location` reaches.

        `location` is a pydantic error location; parts that are not in the data (the tag of a
        tagged union, a missing field) are skipped, so a missing field points at its parent.
        """
        node = self.root
        if node is None:
            return 1, 1
        for part in location:
            child = _child(node, part)
            if child is not None:
                node = child
        return node.start_mark.line + 1, node.start_mark.column + 1


def _child(node: yaml.Node, part: str | int) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == str(part):
                return value
    elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
        return node.value[part]
    return None


class YamlSyntaxError(Exception):
    """The file is not valid YAML; `problem` says where."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def read_document(path: Path, syntax_message: str, duplicate_message: str) -> Document:
    """Parse `path`; raise YamlSyntaxError for broken YAML and for a key written twice.

    The two message templates come from the caller so this module needs no translations;
    they are formatted with `detail` and `key`.
    """
    from workshop.content.files import MAX_CONTENT_BYTES, NotAFile, TooLarge, read_regular_file
    from workshop.i18n import t

    try:
        text = read_regular_file(path).decode("utf-8-sig")
    except NotAFile:
        raise YamlSyntaxError(Problem(str(path), 1, 1, t("content.not_a_file"))) from None
    except TooLarge:
        megabytes = MAX_CONTENT_BYTES // 2**20
        raise YamlSyntaxError(
            Problem(str(path), 1, 1, t("content.too_large", megabytes=megabytes))
        ) from None
    except UnicodeDecodeError as error:
        raise YamlSyntaxError(
            Problem(
                str(path), 1, 1, syntax_message.format(detail=f"not UTF-8 text ({error.reason})")
            )
        ) from None
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        if root is not None:
            _refuse_expansion(path, root)
            _refuse_duplicate_keys(path, root, duplicate_message)
        data = loader.construct_document(root) if root is not None else None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        detail = error.problem or error.context or "invalid YAML"
        raise YamlSyntaxError(
            Problem(str(path), line, column, syntax_message.format(detail=detail))
        ) from None
    except yaml.reader.ReaderError as error:  # a control character, say: find its line
        line = text.count("\n", 0, error.position) + 1
        column = error.position - text.rfind("\n", 0, error.position)
        code = error.character if isinstance(error.character, int) else ord(error.character)
        detail = f"{error.reason} (U+{code:04X})"
        raise YamlSyntaxError(
            Problem(str(path), line, column, syntax_message.format(detail=detail))
        ) from None
    except yaml.YAMLError as error:
        detail = " ".join(str(error).split())  # one line, as every problem is
        raise YamlSyntaxError(
            Problem(str(path), 1, 1, syntax_message.format(detail=detail))
        ) from None
    finally:
        loader.dispose()
    return Document(path, data, root)


MAX_VALUES = 200_000
"""Values a content file may hold once its aliases are expanded; the shipped survey bank,
the largest file, holds about 3,000. Anchors and aliases (`&a`, `*a`, `<<: *a`) stay
allowed for reuse, but a few lines of them can stand for billions of values."""


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _refuse_expansion(path: Path, root: yaml.Node) -> None:
    """YamlSyntaxError for an alias that contains itself, or for more than MAX_VALUES values
    once aliases are expanded (a "billion laughs" or merge-key bomb).

    The composed tree shares a node wherever an alias points at it, so each node is counted
    once, bottom up, in time proportional to the file: its expanded size is one plus its
    children's.
    """
    from workshop.i18n import t

    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()  # on the path from the root to the node being visited
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        key = id(node)
        if leaving:
            open_nodes.discard(key)
            size = 1 + sum(sizes[id(child)] for child in _children(node))
            if size > MAX_VALUES:
                mark = node.start_mark
                message = t("content.too_many_values", count=MAX_VALUES)
                raise YamlSyntaxError(Problem(str(path), mark.line + 1, mark.column + 1, message))
            sizes[key] = size
            continue
        if key in sizes:
            continue
        if key in open_nodes:
            mark = node.start_mark
            message = t("content.alias_loop")
            raise YamlSyntaxError(Problem(str(path), mark.line + 1, mark.column + 1, message))
        open_nodes.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node) if id(child) not in sizes)


def _refuse_duplicate_keys(path: Path, node: yaml.Node, message: str) -> None:
    """Each node once: an alias points at a node already checked where it was written."""
    stack = [node]
    visited: set[int] = set()
    while stack:
        current = stack.pop()
        if id(current) in visited:
            continue
        visited.add(id(current))
        if isinstance(current, yaml.MappingNode):
            seen: set[str] = set()
            for key, value in current.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in seen:
                        mark = key.start_mark
                        raise YamlSyntaxError(
                            Problem(
                                str(path),
                                mark.line + 1,
                                mark.column + 1,
                                message.format(key=key.value),
                            )
                        )
                    seen.add(key.value)
                stack.append(value)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)
