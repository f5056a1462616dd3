"""`workshop bundle --group G|--all -o FILE [--force]`: what a trainer hands over.

Aggregates only, under the threshold rules, with a checksum (see `workshop.org.bundle`).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from workshop.i18n import t


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    bundle = commands.add_parser("bundle", parents=[common], help=t("bundle.help"))
    which = bundle.add_mutually_exclusive_group(required=True)
    which.add_argument("--group", help=t("bundle.opt_group"))
    which.add_argument("--all", action="store_true", help=t("bundle.opt_all"))
    bundle.add_argument(
        "-o", "--output", required=True, metavar="FILE", help=t("bundle.opt_output")
    )
    bundle.add_argument("--force", action="store_true", help=t("bundle.opt_force"))
    bundle.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from workshop.cli.options import checked_group, data_folder, library
    from workshop.errors import UserError
    from workshop.export.output import display, write_files
    from workshop.org.bundle import build_bundle, bundle_bytes
    from workshop.store.groups import known_groups

    data = data_folder(args)
    if args.all:
        groups = known_groups(data)
        if not groups:
            raise UserError(t("bundle.no_groups", data=data))
    else:
        groups = [checked_group(args, data)]
    document = build_bundle(library(args), data, groups)
    target = Path(args.output)
    write_files({target: bundle_bytes(document)}, force=args.force)
    sessions = sum(len(entry["sessions"]) for entry in document["groups"].values())
    print(
        t("bundle.written", path=display(target), groups=len(document["groups"]), sessions=sessions)
    )
    return 0
