"""Where the content lives: the shipped folder, the files a folder holds, their special names."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

SURVEY_FILE = "survey.yaml"
POLICY_FILE = "policy.yaml"
ORGANISATION_FILE = "organisation.yaml"
YAML_SUFFIXES = (".yaml", ".yml")


def builtin_modules_dir() -> Path:
    """The shipped `modules/` folder: inside the wheel, or beside the package in a checkout."""
    here = Path(__file__).resolve().parent.parent
    packaged = here / "_builtin_modules"
    return packaged if packaged.is_dir() else here.parent / "modules"


def yaml_files(paths: Iterable[Path]) -> list[Path]:
    """The YAML files named, and those directly inside the folders named, in a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.suffix in YAML_SUFFIXES))
        else:
            found.append(path)
    return found
