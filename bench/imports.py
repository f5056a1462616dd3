"""How long a survey import of 10,000 responses takes: Google Forms .csv, Microsoft Forms .xlsx.

The files are built with the tests' Forms builders (tests/test_survey_support.py): every
question of the survey bank as a column, plus the timestamp, e-mail and name columns Forms
adds. An .xlsx comes in two shapes: as Excel and Microsoft Forms write it (a shared-string
table) and as openpyxl writes it (inline strings, three times the XML). "import" is
`import_survey` in-process (read, check every cell, store atomically), best of 3; "CLI" is
`workshop survey import` as a subprocess, start to exit. For .xlsx, "calamine rows" is the
time the reader the import uses (python-calamine, `workshop.survey.spreadsheet.read_rows`, with
its checks of the file) takes just to read the cells, best of 3, and "openpyxl rows" the time
openpyxl's own row reader (`iter_rows(values_only=True)`) takes for the same.

Run: python bench/imports.py [--rows N]
Target: an import of 10,000 rows <= 2 s.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import machine, print_table, ratio, verdict

from tests.test_reliability_xlsx import with_shared_strings
from tests.test_survey_support import bank, cell, right, write_google_csv, write_ms_xlsx, wrong
from workshop.survey.importing import import_survey

RUNS = 3


def survey_rows(count: int) -> tuple[list, list[list[str]]]:
    """The bank's questions and `count` rows of answers as Forms writes them, 60% right."""
    survey = bank()
    questions = [*survey.knowledge(), *survey.attitude()]
    chance = random.Random(8)
    rows = []
    for _ in range(count):
        row = [cell(q, right(q) if chance.random() < 0.6 else wrong(q)) for q in survey.knowledge()]
        row += [str(chance.randint(1, 5)) for _ in survey.attitude()]
        rows.append(row)
    return questions, rows


def best_import(path: Path, scratch: Path) -> float:
    survey = bank()
    times = []
    for run in range(RUNS):
        data = scratch / f"data-{path.stem}-{run}"
        started = time.perf_counter()
        result = import_survey(path, survey, data, "sales")
        times.append(time.perf_counter() - started)
        assert result.count > 0
    return min(times)


def cli_import(path: Path, scratch: Path) -> float:
    data = scratch / f"cli-{path.stem}"
    command = [sys.executable, "-m", "workshop", "survey", "import", str(path), "--group", "it"]
    started = time.perf_counter()
    subprocess.run([*command, "--data", str(data)], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def calamine_rows(path: Path) -> float:
    from workshop.survey.spreadsheet import read_rows

    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        rows, _total = read_rows(path)
        for _ in rows:
            pass
        times.append(time.perf_counter() - started)
    return min(times)


def openpyxl_rows(path: Path) -> float:
    from openpyxl import load_workbook

    started = time.perf_counter()
    workbook = load_workbook(path, read_only=True, data_only=True)
    sheet = workbook.worksheets[0]
    sheet.reset_dimensions()
    for _ in sheet.iter_rows(values_only=True):
        pass
    workbook.close()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()
    questions, rows = survey_rows(args.rows)
    results = []
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        csv_file = scratch / "google-forms.csv"
        inline = scratch / "microsoft-forms-openpyxl.xlsx"
        excel = scratch / "microsoft-forms.xlsx"
        write_google_csv(csv_file, questions, rows)
        write_ms_xlsx(inline, questions, rows)
        with_shared_strings(inline, excel)
        for name, path in (
            (".csv (Google Forms)", csv_file),
            (".xlsx (shared strings, as Excel)", excel),
            (".xlsx (inline strings, as openpyxl)", inline),
        ):
            imported = best_import(path, scratch)
            xlsx = path.suffix == ".xlsx"
            ours = calamine_rows(path) if xlsx else None
            before = openpyxl_rows(path) if xlsx else None
            results.append(
                [
                    name,
                    f"{path.stat().st_size / 1e6:.1f}",
                    f"{imported:.2f}",
                    f"{cli_import(path, scratch):.2f}",
                    f"{ours:.2f}" if ours is not None else "—",
                    f"{before:.2f}" if before is not None else "—",
                    ratio(before, ours) if before is not None and ours else "—",
                    verdict(imported <= 2.0),
                ]
            )
    print(f"Survey import of {args.rows:,} responses × {len(questions)} questions (s)")
    print(machine())
    print_table(
        [
            "file",
            "MB",
            "import",
            "CLI",
            "calamine rows",
            "openpyxl rows",
            "openpyxl / calamine",
            "<= 2 s",
        ],
        results,
    )


if __name__ == "__main__":
    main()
