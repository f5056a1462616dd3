"""`workshop report --org BUNDLE_OR_DATA_DIR… [-o report.html] [--json]`: one view across trainers.

Every path is read and checked before anything is merged: a damaged, foreign or newer bundle,
or a path that is not there, ends in one line naming it, and nothing is written.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from workshop.i18n import t

DEFAULT_NAME = "org-report.html"


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    report = commands.add_parser("report", parents=[common], help=t("report.help"))
    report.add_argument(
        "--org", nargs="+", required=True, metavar="BUNDLE_OR_DATA_DIR", help=t("report.opt_org")
    )
    report.add_argument("-o", "--output", metavar="FILE", help=t("report.opt_output"))
    report.add_argument("--json", action="store_true", help=t("report.opt_json"))
    report.add_argument("--force", action="store_true", help=t("report.opt_force"))
    report.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from workshop.cli.options import library
    from workshop.org.merge import load_sources, merge

    content = library(args)
    loaded = load_sources(content, [Path(path) for path in args.org])
    report = merge(content, loaded)
    for path in loaded.unreadable:
        print(t("org.unreadable_session", path=path), file=sys.stderr)
    if args.json:
        json.dump(report.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        print()
        if args.output is None:
            return 0
    from workshop.cli.options import data_folder
    from workshop.export.output import display, make_folder, write_files
    from workshop.i18n import current_language
    from workshop.org.page import render

    page = render(report, content, current_language()).encode("utf-8")
    if args.output is not None:
        target = Path(args.output)
        if target.is_dir():
            target = target / DEFAULT_NAME
    else:
        target = make_folder(data_folder(args) / "exports") / DEFAULT_NAME
    write_files({target: page}, force=args.force)
    print(t("report.written", path=display(target)), file=sys.stderr if args.json else sys.stdout)
    return 0
