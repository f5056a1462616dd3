"""Key labels in the language of the session, chosen when a screen is made, not at import.

BINDINGS are class attributes, read when a class is made, but a session's language is known
only when it starts (a Dutch session resumed under `--lang en` stays Dutch). So bindings name
their description by its catalogue key ("tui.key_next"), and each screen class is made once per
language as a subclass of the same name, whose BINDINGS carry the text in that language.
Nothing of Textual's insides is touched: a subclass's BINDINGS replace its parent's, key by key.
"""

from __future__ import annotations

import dataclasses
import functools
from typing import TypeVar

from textual.binding import Binding
from textual.dom import DOMNode

from workshop.i18n import has_message, t

Node = TypeVar("Node", bound=type[DOMNode])


def in_language(cls: Node, language: str) -> Node:
    """`cls` with the catalogue keys in its own BINDINGS shown in `language`."""
    return _made_in(cls, language)


@functools.cache
def _made_in(cls: type[DOMNode], language: str) -> type[DOMNode]:
    """The subclass, with the bindings of every class of ours it derives from, base first."""
    ours = [k for k in reversed(cls.__mro__) if k.__module__.startswith("workshop.")]
    bindings = [
        translated(binding, language) if isinstance(binding, Binding) else binding
        for k in ours
        for binding in k.__dict__.get("BINDINGS", [])
    ]
    return type(
        cls.__name__,
        (cls,),
        {"BINDINGS": bindings, "__module__": cls.__module__, "__qualname__": cls.__qualname__},
    )


def translated(binding: Binding, language: str) -> Binding:
    """The binding with its description (and its group's) in `language`, where it is a key."""
    group = binding.group
    if group is not None and has_message(group.description):
        group = dataclasses.replace(group, description=t(group.description, lang=language))
    description = binding.description
    if has_message(description):
        description = t(description, lang=language)
    return dataclasses.replace(binding, description=description, group=group)
