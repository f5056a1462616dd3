"""Each group's track (modules/tracks.yaml): the order of the group's own modules on an agenda.

The file maps a group to a list of module ids. It is optional: without it every group's
modules come in file order. A later content folder's track for a group replaces an earlier
one's. Every problem is reported at its file:line:col, as for the rest of the content.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set
from difflib import get_close_matches
from typing import TYPE_CHECKING, Any

from workshop.content.model import GROUP_ALL, Module
from workshop.content.problem import Problem
from workshop.i18n import t

if TYPE_CHECKING:
    import yaml

    from workshop.content.source import Document

Tracks = dict[str, list[str]]


def validate_tracks(
    documents: Sequence[Document],
    modules: Mapping[str, Module],
    problems: list[Problem],
    broken: Set[str] = frozenset(),
) -> Tracks:
    """The tracks in `documents`, a later file's group replacing an earlier one's.

    `modules` are all the modules the tracks may name; anything else is added to `problems`,
    except the ids of modules that are `broken` (their own problems are reported already).
    """
    groups = sorted({group for m in modules.values() for group in m.audience} - {GROUP_ALL})
    tracks: Tracks = {}
    for document in documents:
        if document.data is None:  # an empty file: no tracks
            continue
        if not isinstance(document.data, dict):
            problems.append(_at(document, document.root, t("content.tracks_not_a_mapping")))
            continue
        pairs = _pairs(document)
        for index, (group, value) in enumerate(document.data.items()):
            key_node, value_node = pairs[index] if index < len(pairs) else (None, None)
            if not isinstance(group, str) or group not in groups:
                message = t("content.track_unknown_group", group=group, known=", ".join(groups))
                problems.append(_at(document, key_node, message))
                continue
            if not isinstance(value, list):
                message = t("content.track_not_a_list", group=group)
                problems.append(_at(document, value_node or key_node, message))
                continue
            tracks[group] = _track(document, group, value, value_node, modules, problems, broken)
    return tracks


def _track(
    document: Document,
    group: str,
    ids: list[Any],
    node: yaml.Node | None,
    modules: Mapping[str, Module],
    problems: list[Problem],
    broken: Set[str],
) -> list[str]:
    track: list[str] = []
    items = getattr(node, "value", None)
    for index, module_id in enumerate(ids):
        item = items[index] if isinstance(items, list) and index < len(items) else node
        if not isinstance(module_id, str):
            message = t("content.track_not_an_id", value=module_id)
        elif module_id in broken and module_id not in modules:
            continue
        elif module_id not in modules:
            closest = get_close_matches(module_id, list(modules), n=1)
            hint = t("content.did_you_mean", id=closest[0]) if closest else ""
            message = t("content.track_unknown_module", id=module_id, hint=hint)
        elif not modules[module_id].for_group(group):
            audience = ", ".join(modules[module_id].audience)
            message = t("content.track_not_for_group", id=module_id, group=group, audience=audience)
        elif module_id in track:
            message = t("content.track_repeated", id=module_id, group=group)
        else:
            track.append(module_id)
            continue
        problems.append(_at(document, item, message))
    return track


def _pairs(document: Document) -> list[tuple[yaml.Node, yaml.Node]]:
    """The key and value nodes of the top mapping, in the order the data has them."""
    import yaml

    root = document.root
    return list(root.value) if isinstance(root, yaml.MappingNode) else []


def _at(document: Document, node: yaml.Node | None, message: str) -> Problem:
    """A problem at `node`'s place, else at the file's start."""
    line, column = (node.start_mark.line + 1, node.start_mark.column + 1) if node else (1, 1)
    return Problem(str(document.path), line, column, message)
