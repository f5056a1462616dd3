"""Key bindings in the kiosk's language, chosen when the kiosk starts rather than at import."""

from __future__ import annotations

import dataclasses

from textual.binding import Binding
from textual.dom import DOMNode

from workshop.i18n import t

CHOOSE = Binding.Group("kiosk.key_choose", compact=False)
"""The number keys share one label in the footer: "1 2 3 4 choose"."""


def number_keys(count: int = 9) -> list[Binding]:
    """Keys 1 to `count`, each bound to `choose(n)`; a screen hides those without an option."""
    return [
        Binding(str(number), f"choose({number})", "kiosk.key_choose", group=CHOOSE)
        for number in range(1, count + 1)
    ]


def _translated(binding: Binding, language: str) -> Binding:
    group = binding.group
    if group is not None and group.description.startswith("kiosk."):
        group = dataclasses.replace(group, description=t(group.description, lang=language))
    description = binding.description
    if description.startswith("kiosk."):
        description = t(description, lang=language)
    return dataclasses.replace(binding, description=description, group=group)


def translate_bindings(node: DOMNode, language: str) -> None:
    """Replace the catalogue keys in `node`'s binding descriptions by their text in `language`.

    BINDINGS are class attributes, evaluated at import, but the kiosk's language is only known
    when it starts. Textual copies the class bindings into each node's own map when the node is
    created (that is what the footer reads), so this rewrites that copy in place.
    """
    key_to_bindings = node._bindings.key_to_bindings
    for key, bindings in key_to_bindings.items():
        key_to_bindings[key] = [_translated(binding, language) for binding in bindings]
