"""Every package the code imports is declared in pyproject, and no library's insides are used.

CI installs from pyproject alone, so a package that happens to be installed next to the code
(platformdirs came with another package) works here and fails for a trainer. The import
names are read from the source with `ast`, the declared names from pyproject.toml.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Where the name imported differs from the name installed.
DISTRIBUTIONS = {
    "yaml": "pyyaml",
    "python_calamine": "python-calamine",
    "odf": "odfpy",
    "_pytest": "pytest",
}
# openpyxl's private names that the old .xlsx reader used.
OPENPYXL_PRIVATE = (
    "_worksheet_path",
    "_archive",
    "_shared_strings",
    "_date_formats",
    "_timedelta_formats",
    "_read_only",
)


def declared(*extras: str) -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    specs = list(project["dependencies"])
    for extra in extras:
        specs += project["optional-dependencies"][extra]
    return {normalised(re.split(r"[\s<>=!~\[;]", spec, maxsplit=1)[0]) for spec in specs}


def normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def imported(folder: Path, own: set[str]) -> dict[str, str]:
    """Each third-party top-level module imported under `folder`, with one file importing it."""
    found: dict[str, str] = {}
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top not in sys.stdlib_module_names and top not in own:
                    found.setdefault(top, str(path.relative_to(ROOT)))
    return found


def undeclared(modules: dict[str, str], names: set[str]) -> list[str]:
    return [
        f"{module} (imported in {where})"
        for module, where in sorted(modules.items())
        if normalised(DISTRIBUTIONS.get(module, module)) not in names
    ]


def test_every_package_the_app_imports_is_a_dependency():
    assert undeclared(imported(ROOT / "workshop", {"workshop"}), declared()) == []


def test_every_package_the_tests_and_benches_import_is_declared():
    own = {"workshop", "tests", "common"}  # bench/common.py is imported as `common`
    modules = imported(ROOT / "tests", own) | imported(ROOT / "bench", own)
    assert undeclared(modules, declared("test")) == []


def test_the_app_needs_openpyxl_nowhere_nor_its_private_names():
    assert "openpyxl" not in imported(ROOT / "workshop", {"workshop"})
    used = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in sorted((ROOT / "workshop").rglob("*.py"))
        for name in OPENPYXL_PRIVATE
        if re.search(rf"\.{name}\b", path.read_text(encoding="utf-8"))
    ]
    assert used == []
