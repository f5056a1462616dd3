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
    try:
        text = path.read_text(encoding="utf-8-sig")
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


def _refuse_duplicate_keys(path: Path, node: yaml.Node, message: str) -> None:
    stack = [node]
    while stack:
        current = stack.pop()
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
