"""`workshop modules validate|list|show|schema`: check and browse the training content."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from workshop.cli.options import library
from workshop.errors import UserError
from workshop.i18n import current_language, t


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    modules = commands.add_parser("modules", parents=[common], help=t("cli.modules_help"))
    actions = modules.add_subparsers(
        title=t("cli.commands"), metavar="ACTION", parser_class=type(modules)
    )
    validate = actions.add_parser("validate", parents=[common], help=t("cli.validate_help"))
    validate.add_argument(
        "paths", nargs="*", metavar="PATH", type=Path, help=t("cli.validate_paths")
    )
    validate.set_defaults(run=run_validate)
    listing = actions.add_parser("list", parents=[common], help=t("cli.list_help"))
    listing.set_defaults(run=run_list)
    show = actions.add_parser("show", parents=[common], help=t("cli.show_help"))
    show.add_argument("module_id", metavar="ID")
    show.set_defaults(run=run_show)
    schema = actions.add_parser("schema", parents=[common], help=t("cli.schema_help"))
    schema.set_defaults(run=run_schema)
    modules.set_defaults(run=lambda args: modules.print_help() or 2)


def run_validate(args: argparse.Namespace) -> int:
    from workshop.content.files import builtin_modules_dir
    from workshop.content.library import check

    extra = [Path(p) for p in getattr(args, "modules", None) or []]
    if args.paths:
        files, loaded = check(args.paths, context_dirs=[builtin_modules_dir(), *extra])
        problems, modules = loaded.problems, len(loaded.modules)
        questions = sum(len(m.questions()) for m, _ in loaded.modules.values())
        if loaded.survey:
            questions += len(loaded.survey[0].questions)
    else:
        from workshop.content import ContentError, load_library

        try:
            content = load_library(extra)
        except ContentError as error:
            problems, files, modules, questions = error.problems, 0, 0, 0
        else:
            from workshop.content.files import builtin_modules_dir, yaml_files

            problems, modules = [], len(content.modules)
            files = len(yaml_files([builtin_modules_dir(), *extra]))
            questions = len(content.survey.questions) + sum(
                len(m.questions()) for m in content.modules.values()
            )
    for problem in sorted(problems):
        print(problem)
    if problems:
        print(t("cli.validate_failed", count=len(problems)), file=sys.stderr)
        return 1
    counts = {
        name: t(f"cli.count_{name}", count=count)
        for name, count in (("files", files), ("modules", modules), ("questions", questions))
    }
    print(t("cli.validate_ok", **counts))
    return 0


def run_list(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table

    from workshop.content.describe import audience_text

    content = library(args)
    language = current_language()
    table = Table(title=t("cli.list_title"))
    # The id is what `modules show ID` takes: it is never cut or wrapped, the rest wraps.
    longest_id = max((len(module_id) for module_id in content.modules), default=2)
    table.add_column(t("cli.col_id"), no_wrap=True, min_width=longest_id)
    for header in ("cli.col_title", "cli.col_minutes", "cli.col_topics", "cli.col_audience"):
        table.add_column(t(header), justify="right" if header == "cli.col_minutes" else "left")
    for module in content.modules.values():
        marker = " ★" if module.always else ""
        table.add_row(
            module.id,
            module.title(language) + marker,
            str(module.minutes),
            ", ".join(content.topic_name(x, language) for x in module.topics),
            audience_text(module, language),
        )
    console = Console()
    console.print(table)
    console.print(t("cli.list_always"))
    return 0


def run_show(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.markdown import Markdown

    content = library(args)
    module = content.modules.get(args.module_id)
    if module is None:
        raise UserError(
            t("cli.unknown_module", id=args.module_id, known=", ".join(content.modules))
        )
    from workshop.content.describe import module_markdown

    Console().print(Markdown(module_markdown(module, content, current_language())))
    return 0


def run_schema(args: argparse.Namespace) -> int:
    from workshop.content.model import Module

    schema = Module.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "workshop module"
    json.dump(schema, sys.stdout, indent=2, ensure_ascii=False)
    print()
    return 0
