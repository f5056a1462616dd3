"""Damaged and hostile files: always a clear message naming the file, never a traceback.

Property tests mutate real files (the shipped modules, Forms exports built as Forms writes
them) and feed them to the real commands: the result is a correct load or exit code 1/2 with
the file named on the last line of stderr, and a failed import leaves the data folder exactly
as it was. Then the disk and the folder themselves: a full disk, a read-only data folder and a
truncated file each end in one line, with every byte already saved kept.

Examples per property: 60, or WORKSHOP_HOSTILE_EXAMPLES (e.g. 1000) for a longer hunt.
"""

from __future__ import annotations

import contextlib
import csv
import ctypes
import datetime
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import zipfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from tests.test_reliability_xlsx import shared_strings, steady, zipped
from tests.test_survey_support import (
    PEOPLE,
    bank,
    cell,
    right,
    store,
    write_google_csv,
    write_ms_xlsx,
    wrong,
)
from workshop.cli import main
from workshop.content.answers import is_valid
from workshop.content.files import builtin_modules_dir
from workshop.store import Answer, SessionFile, UnreadableFile
from workshop.survey.levels import LEVELS
from workshop.survey.responses import read_responses

EXAMPLES = int(os.environ.get("WORKSHOP_HOSTILE_EXAMPLES", "60"))
HOSTILE = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
PROBLEM_LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<column>\d+): \S")
SHIPPED = sorted(builtin_modules_dir().glob("*.yaml"))
# Text that means something to YAML, CSV or XML, plus the odd control and wide character.
NASTY = st.text(
    alphabet=st.sampled_from(list(":-#&*!|>'\"%@`{}[],;\t\n\r\\ <>/=?\x00\x7féü€🎉")),
    max_size=12,
)


def everything_under(folder: Path) -> dict[str, bytes]:
    """Every file's bytes (lock files aside: they hold nothing)."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.name.endswith(".lock")
    }


# --- training content: mutated YAML of the shipped modules -----------------------------------


def mutate_data(data: object, draw) -> object:
    """Delete a key, change a value's type, or rename a key, somewhere in the document."""
    places: list[tuple[object, object]] = []  # (container, key or index)

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key in node:
                places.append((node, key))
                walk(node[key])
        elif isinstance(node, list):
            for index, item in enumerate(node):
                places.append((node, index))
                walk(item)

    walk(data)
    if not places:
        return draw(st.sampled_from([None, 3, "text", [], {}]))
    container, key = draw(st.sampled_from(places))
    action = draw(st.sampled_from(["delete", "retype", "rename"]))
    other = draw(
        st.one_of(
            st.none(),
            st.booleans(),
            st.integers(-5, 10**6),
            st.floats(allow_nan=True),
            NASTY,
            st.lists(st.integers(0, 9), max_size=3),
            st.dictionaries(NASTY, st.integers(), max_size=2),
            st.dates(),
        )
    )
    if action == "delete":
        del container[key]  # type: ignore[attr-defined]
    elif action == "retype" or isinstance(container, list):
        container[key] = other  # type: ignore[index]
    else:
        container[draw(NASTY)] = container.pop(key)  # type: ignore[attr-defined]
    return data


def mutate_text(text: str, draw) -> str:
    lines = text.split("\n")
    action = draw(st.sampled_from(["truncate", "insert", "duplicate", "indent", "delete", "tab"]))
    if action == "truncate":
        return text[: draw(st.integers(0, len(text)))]
    if action == "insert":
        at = draw(st.integers(0, len(text)))
        return text[:at] + draw(NASTY) + text[at:]
    at = draw(st.integers(0, len(lines) - 1))
    if action == "duplicate":  # a key written twice, or a list item repeated
        lines.insert(at, lines[at])
    elif action == "indent":
        shift = draw(st.integers(-3, 3))
        lines[at] = " " * shift + lines[at] if shift > 0 else lines[at][-shift:]
    elif action == "delete":
        del lines[at]
    else:
        lines[at] = "\t" + lines[at]
    return "\n".join(lines)


def assert_problem_lines(lines: list[str]) -> None:
    """Each line is `file:line:column: sentence`, for a file that is there."""
    assert lines, "a failed check lists its problems"
    for line in lines:
        found = PROBLEM_LINE.match(line)
        assert found and Path(found["path"]).exists(), line


@HOSTILE
@given(original=st.sampled_from(SHIPPED), data=st.data())
def test_a_mutated_module_is_loaded_or_named_never_a_traceback(original, data, capsys):
    text = original.read_text(encoding="utf-8")
    for _ in range(data.draw(st.integers(1, 3), label="mutations")):
        if data.draw(st.booleans(), label="structural"):
            try:
                document = yaml.safe_load(text)
            except yaml.YAMLError:
                continue
            document = mutate_data(document, data.draw)
            text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
        else:
            text = mutate_text(text, data.draw)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "my-modules"
        folder.mkdir()
        path = folder / original.name
        path.write_text(text, encoding="utf-8")

        capsys.readouterr()
        code = main(["modules", "validate", str(path)])
        out, err = capsys.readouterr()
        assert code in (0, 1) and "Traceback" not in out + err
        if code == 1:
            assert_problem_lines(out.strip().splitlines())

        code = main(["modules", "list", "--modules", str(folder)])  # over the built-in ones
        out, err = capsys.readouterr()
        assert code in (0, 1) and "Traceback" not in out + err
        if code == 1:
            *problems, _summary = err.strip().splitlines()
            assert_problem_lines(problems)


# --- survey imports: mutated Google Forms .csv and Microsoft Forms .xlsx ---------------------


@pytest.fixture(scope="module")
def survey():
    return bank()


def answer_rows(survey, count: int = 8) -> tuple[list, list[list[str]]]:
    questions = [*survey.knowledge(), *survey.attitude()]
    rows = []
    for number in range(count):
        row = [
            cell(q, None if number == 3 else right(q) if number % 2 else wrong(q))
            for q in survey.knowledge()
        ]
        rows.append(row + [str(number % 5 + 1)] * len(survey.attitude()))
    return questions, rows


def import_and_check(path: Path, survey, capsys) -> None:
    """Import `path` through the CLI into a data folder that already holds a survey."""
    data = Path(os.environ["WORKSHOP_DATA"])
    if data.exists():
        shutil.rmtree(data)
    store(data, "sales", [{"level": "staff", "answers": {survey.knowledge()[0].id: 1}}])
    before = everything_under(data)
    capsys.readouterr()
    code = main(["survey", "import", str(path), "--group", "sales"])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    if code != 0:
        assert code in (1, 2)
        assert err.strip() and str(path) in err.strip().splitlines()[-1]
        assert everything_under(data) == before, "a failed import changed the data folder"
        return
    stored = json.loads((data / "surveys" / "sales.json").read_text(encoding="utf-8"))
    responses = list(stored["responses"].values())[1:]
    imported = re.search(r"Imported (\d+) response", out)
    assert imported and int(imported[1]) == len(responses) > 0
    questions = {q.id: q for q in survey.questions}
    for response in responses:
        assert set(response) == {"level", "answers"}
        assert response["level"] in (None, *LEVELS)
        for question_id, value in response["answers"].items():
            assert is_valid(questions[question_id], value), (question_id, value)
    text = everything_under(data)
    for name, mail in PEOPLE:
        assert not any(name.encode() in b or mail.encode() in b for b in text.values())


def mutate_table(rows: list[list[str]], survey, draw) -> list[list[str]]:
    """Change cells, drop or repeat a column, or drop rows, as a hasty edit in Excel would."""
    action = draw(st.sampled_from(["cell", "cell", "drop column", "repeat column", "drop rows"]))
    width = max(len(row) for row in rows)
    column = draw(st.integers(0, width - 1))
    if action == "cell":
        row = draw(st.integers(0, len(rows) - 1))
        labels = [cell(q, right(q)) for q in survey.knowledge()] + ["Weet ik niet", "nee", "9"]
        value = draw(st.one_of(NASTY, st.sampled_from(labels), st.integers(-9, 9999).map(str)))
        rows[row] = [*rows[row], *[""] * (column + 1 - len(rows[row]))]
        rows[row][column] = value
    elif action == "drop column":
        rows = [[c for i, c in enumerate(row) if i != column] for row in rows]
    elif action == "repeat column":
        rows = [[*row, row[column] if column < len(row) else ""] for row in rows]
    else:
        start = draw(st.integers(0, len(rows) - 1))
        rows = rows[:start] + rows[start + draw(st.integers(1, 3)) :] or rows[:1]
    return rows


def mutate_bytes(raw: bytes, draw) -> bytes:
    action = draw(st.sampled_from(["truncate", "garbage", "flip"]))
    if not raw:
        return draw(st.binary(max_size=16))
    at = draw(st.integers(0, len(raw)))
    if action == "truncate":
        return raw[:at]
    if action == "garbage":
        return raw[:at] + draw(st.binary(min_size=1, max_size=16)) + raw[at:]
    at = min(at, len(raw) - 1)
    return raw[:at] + bytes([raw[at] ^ draw(st.integers(1, 255))]) + raw[at + 1 :]


@HOSTILE
@given(data=st.data())
def test_a_mutated_google_forms_csv_is_imported_or_refused_whole(data, survey, capsys):
    questions, rows = answer_rows(survey)
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "Survey (Responses) - Form responses 1.csv"
        write_google_csv(path, questions, rows)
        table = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
        for _ in range(data.draw(st.integers(0, 3), label="table edits")):
            table = mutate_table(table, survey, data.draw)
        text = io.StringIO()
        delimiter = data.draw(st.sampled_from([",", ";"]), label="delimiter")
        csv.writer(text, delimiter=delimiter).writerows(table)
        encoding = data.draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
        raw = text.getvalue().encode(encoding, errors="replace")
        for _ in range(data.draw(st.integers(0, 2), label="byte edits")):
            raw = mutate_bytes(raw, data.draw)
        path.write_bytes(raw)
        import_and_check(path, survey, capsys)


def xlsx_parts(raw: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def mutate_workbook(raw: bytes, survey, draw) -> bytes:
    """Edits through openpyxl (cells of any type, columns, sheets) or in the sheet's XML."""
    action = draw(st.sampled_from(["cells", "columns", "sheet", "xml", "part", "bytes"]))
    if action in ("cells", "columns", "sheet"):
        workbook = load_workbook(io.BytesIO(raw))
        sheet = workbook.worksheets[0]
        if action == "cells":
            for _ in range(draw(st.integers(1, 4))):
                sheet.cell(
                    row=draw(st.integers(1, sheet.max_row + 1)),
                    column=draw(st.integers(1, sheet.max_column + 1)),
                    value=draw(
                        st.one_of(
                            st.none(),
                            st.booleans(),
                            st.integers(-(10**9), 10**9),
                            st.floats(allow_nan=False, allow_infinity=False),
                            NASTY.map(lambda s: re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", s)),
                            st.sampled_from([cell(q, right(q)) for q in survey.knowledge()]),
                            st.datetimes(
                                min_value=datetime.datetime(1901, 1, 1),
                                max_value=datetime.datetime(2100, 1, 1),
                            ),
                        )
                    ),
                )
        elif action == "columns":
            sheet.delete_cols(draw(st.integers(1, sheet.max_column)))
        else:
            first = workbook.create_sheet("Blad1", 0)
            if draw(st.booleans()):
                first.append(["nothing here"])
        buffer = io.BytesIO()
        workbook.save(buffer)
        return steady(buffer.getvalue())
    if action == "bytes":
        return mutate_bytes(raw, draw)
    parts = xlsx_parts(raw)
    if action == "part":
        del parts[draw(st.sampled_from(sorted(parts)))]
    else:
        name = "xl/worksheets/sheet1.xml"
        parts[name] = mutate_bytes(parts[name], draw)
    return zipped(parts)


@HOSTILE
@given(data=st.data())
def test_a_mutated_microsoft_forms_xlsx_is_imported_or_refused_whole(data, survey, capsys):
    questions, rows = answer_rows(survey, count=6)
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "Ambassador survey(1-6).xlsx"
        write_ms_xlsx(path, questions, rows)
        raw = steady(path.read_bytes())
        if data.draw(st.booleans(), label="shared strings"):
            raw = shared_strings(raw)
        for _ in range(data.draw(st.integers(1, 2), label="edits")):
            with contextlib.suppress(Exception):  # an edit that openpyxl itself cannot make
                raw = mutate_workbook(raw, survey, data.draw)
        path.write_bytes(raw)
        import_and_check(path, survey, capsys)


# --- the disk and the data folder ----------------------------------------------------------


def run_cli(
    *args: str, limit: int | None = None, preexec=None, **kwargs
) -> subprocess.CompletedProcess:
    """`workshop ARGS` in a fresh process; `limit` caps the size of any file it writes."""

    def prepare() -> None:
        if limit is not None:
            import resource

            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of being killed
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        if preexec is not None:
            preexec()

    return subprocess.run(
        [sys.executable, "-m", "workshop", *args, "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=prepare,
        **kwargs,
    )


ALTERNATE_SCREEN = re.compile(r"\x1b\[\?1049h.*?\x1b\[\?1049l", re.DOTALL)
TERMINAL_CONTROL = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[@-Z\\-_])")


def one_line_naming(result: subprocess.CompletedProcess, name: str) -> None:
    """One line on the terminal naming `name`, exit 1.

    `workshop start` may have opened its screen before the problem showed; that screen is
    drawn on the terminal's alternate screen, gone once it closes, so it is left out.
    """
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr
    shown = TERMINAL_CONTROL.sub("", ALTERNATE_SCREEN.sub("", result.stderr))
    lines = [line for line in shown.splitlines() if line.strip()]
    assert len(lines) == 1 and name in lines[0], result.stderr


def big_csv(folder: Path, survey, rows: int) -> Path:
    questions, answers = answer_rows(survey, rows)
    path = folder / "export.csv"
    write_google_csv(path, questions, answers)
    return path


posix_limits = pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="needs POSIX limits")


@posix_limits
def test_an_import_onto_a_full_disk_ends_in_one_line_and_keeps_the_survey(
    tmp_path, isolated, survey
):
    store(isolated, "sales", [{"level": None, "answers": {survey.knowledge()[0].id: 1}}] * 5)
    before = everything_under(isolated)
    result = run_cli(
        "survey", "import", str(big_csv(tmp_path, survey, 300)), "--group", "sales",
        limit=20_000,
    )  # fmt: skip
    one_line_naming(result, str(isolated / "surveys" / "sales.json"))
    assert "everything saved before is kept" in result.stderr
    assert everything_under(isolated) == before
    assert not [p for p in isolated.rglob("*") if p.name.endswith(".tmp")]


@posix_limits
def test_answers_onto_a_full_disk_end_in_one_line_and_the_session_resumes(tmp_path, library):
    code = textwrap.dedent(
        """
        import resource, signal, sys
        from pathlib import Path
        from workshop.content import load_library
        from workshop.live import LiveSession
        from workshop.store import StoreWriteError
        live = LiveSession.start(
            load_library([Path(sys.argv[2])]), Path(sys.argv[1]), "it", "en", ["test-quiz"]
        )
        live.go_next()
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (3000, 3000))
        try:
            while True:
                print("ack", live.answer(2).total, flush=True)
        except StoreWriteError as error:
            print(error, flush=True)
        """
    )
    content = Path(__file__).parent / "content"
    child = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path), str(content)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.stderr == ""
    *acks, message = child.stdout.strip().splitlines()
    (session,) = tmp_path.glob("*.json")
    assert str(session) in message and "everything saved before is kept" in message
    assert acks and all(line.startswith("ack") for line in acks)
    from workshop.live import LiveSession

    resumed = LiveSession.resume(library, session)
    try:
        assert resumed.round is not None and resumed.round.total == len(acks)
        assert resumed.answer(1).total == len(acks) + 1
    finally:
        resumed.close()


def without_write_permission():
    """A way to run a child that cannot write where the mode bits say so, even as root."""
    if os.geteuid() != 0:
        return None

    def nobody() -> None:
        os.setgid(65534)
        os.setuid(65534)

    with contextlib.suppress(OSError):  # Python may live where nobody cannot run it
        if (
            subprocess.run([sys.executable, "-c", "import workshop"], preexec_fn=nobody).returncode
            == 0
        ):
            return nobody
    if sys.platform != "linux":
        pytest.skip("cannot drop root's right to write here")
    libc = ctypes.CDLL(None, use_errno=True)

    def drop_override() -> None:  # root without CAP_DAC_OVERRIDE/READ_SEARCH/FOWNER obeys modes
        for capability in (1, 2, 3):
            if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
                raise OSError(ctypes.get_errno(), "prctl")

    try:
        subprocess.run([sys.executable, "-c", "pass"], preexec_fn=drop_override, check=True)
    except (OSError, subprocess.SubprocessError):
        pytest.skip("cannot drop root's right to write here")
    return drop_override


@pytest.fixture
def read_only():
    """A data folder (and input) the child may read but not write; restored afterwards."""
    base = Path(tempfile.mkdtemp(prefix="workshop-ro-"))
    base.chmod(0o755)
    data = base / "data"
    data.mkdir()
    yield base, data
    for path in [base, *base.rglob("*")]:
        if path.is_dir():
            path.chmod(0o755)
    shutil.rmtree(base)


def lock(folder: Path) -> None:
    for path in [*folder.rglob("*"), folder]:
        path.chmod(0o555 if path.is_dir() else 0o444)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.parametrize("has_survey", [True, False])
def test_an_import_into_a_read_only_folder_ends_in_one_line(read_only, survey, has_survey):
    base, data = read_only
    if has_survey:
        store(data, "sales", [{"level": None, "answers": {survey.knowledge()[0].id: 1}}])
    export = big_csv(base, survey, 5)
    export.chmod(0o644)
    before = everything_under(data)
    lock(data)
    child = without_write_permission()
    result = run_cli(
        "survey", "import", str(export), "--group", "sales", "--data", str(data), preexec=child
    )
    one_line_naming(result, str(data / "surveys"))
    assert "permissions" in result.stderr
    assert everything_under(data) == before


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_session_in_a_read_only_folder_ends_in_one_line(read_only, library):
    _, data = read_only
    lock(data)
    code = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from workshop.content import load_library
        from workshop.errors import UserError
        from workshop.live import LiveSession
        try:
            LiveSession.start(load_library(), Path(sys.argv[1]), "it", "en", ["x-basics"])
        except UserError as error:
            print(error)
        """
    )
    child = without_write_permission()
    result = subprocess.run(
        [sys.executable, "-c", code, str(data)],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=child,
    )
    assert result.stderr == ""
    (line,) = result.stdout.strip().splitlines()
    assert str(data) in line and "permissions" in line
    assert list(data.iterdir()) == []


async def test_the_agenda_stays_with_a_message_when_the_session_cannot_be_created(
    isolated, library
):
    from tests.test_tui_session import opened, prepared
    from workshop.planner import plan_for_group

    isolated.mkdir(parents=True, exist_ok=True)
    blocked = isolated / f"{datetime.date.today().isoformat()}-sales-1.json.lock"
    blocked.mkdir()  # the session's lock cannot be made: as on a read-only or broken disk
    plan = plan_for_group(library, isolated, "sales", 90, "en")
    app = opened(library, plan, isolated)
    async with app.run_test(size=(120, 36)) as pilot:
        await prepared(pilot)
        await pilot.press("enter")
        await pilot.pause(0.5)
        assert type(app.screen).__name__ == "AgendaScreen"
        messages = [n.message for n in app._notifications]
        assert any(str(isolated) in m and "permissions" in m for m in messages), messages


def test_a_truncated_session_is_kept_aside_with_one_line(tmp_path, library):
    with SessionFile.create(tmp_path, "sales", "en", ["test-quiz"]) as session:
        for value in (1, 2, 3):
            session.add_answer(Answer(1, "test-quiz", "test-length", value))
        path = session.path
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    from workshop.live import LiveSession

    with pytest.raises(UnreadableFile) as raised:
        LiveSession.resume(library, path)
    message = str(raised.value)
    assert "\n" not in message and str(path) in message and str(raised.value.kept_at) in message
    assert raised.value.kept_at.read_bytes() == whole[: len(whole) // 2]


@pytest.mark.parametrize(
    "command", [("start", "--group", "sales"), ("survey", "report", "--group", "sales")]
)
def test_a_truncated_survey_file_ends_in_one_line_and_is_kept(isolated, survey, command):
    store(isolated, "sales", [{"level": None, "answers": {survey.knowledge()[0].id: 1}}] * 6)
    path = isolated / "surveys" / "sales.json"
    damaged = path.read_bytes()[:-7]
    path.write_bytes(damaged)
    result = run_cli(*command, "--data", str(isolated))
    one_line_naming(result, str(path))
    kept = path.with_name(path.name + ".unreadable")
    assert kept.read_bytes() == damaged


# --- session files that parse but hold something unexpected ---------------------------------


def stored_session(library, data: Path, finish: bool = False) -> Path:
    from tests.test_export_support import run_session

    return run_session(
        library, data, "sales", {"test-length": [2, 2, 2, 1, None, 2]}, finish=finish
    ).path


def edit_session(path: Path, change) -> None:
    document = json.loads(path.read_text("utf-8"))
    change(document["session"]["1"], next(iter(document["answers"].values())))
    path.write_text(json.dumps(document), "utf-8")


def cli(capsys, *args: str) -> tuple[int, str, str]:
    from tests.test_export_support import without_example_note

    code = main([*args, "--modules", str(Path(__file__).parent / "content")])
    captured = capsys.readouterr()
    return code, captured.out, without_example_note(captured.err)


NEWER = {
    "an extra key in an answer": lambda info, answer: answer.update(device_class="tablet"),
    "an extra key in the settings": lambda info, answer: info.update(room="B12"),
    "an extra key in the position": lambda info, answer: info["position"].update(zoom=2),
}


@pytest.mark.parametrize("change", NEWER.values(), ids=NEWER)
def test_keys_from_a_newer_version_are_kept_and_ignored_by_every_command(
    library, isolated, capsys, change
):
    from workshop.live import LiveSession

    path = stored_session(library, isolated)
    edit_session(path, change)
    code, out, err = cli(capsys, "sessions", "list")
    assert (code, err) == (0, "") and "sales" in out and "67%" in out
    code, out, err = cli(capsys, "export", "--last", "--format", "md")
    assert (code, err) == (0, "") and path.stem in out
    code, out, err = cli(capsys, "scores")
    assert (code, err) == (0, "") and "67%" in out
    live = LiveSession.resume(library, path)
    try:
        assert len(live.session.answers()) == 6
        assert live.go_back()  # writes keep what this version does not know
        live.session.add_answer(Answer(1, "test-quiz", "test-length", 1))
    finally:
        live.close()
    document = json.loads(path.read_text("utf-8"))
    assert len(document["answers"]) == 7
    text = path.read_text("utf-8")
    assert any(key in text for key in ("device_class", "room", "zoom"))


WRONG = {
    "position.module": lambda info, answer: info["position"].update(module="x"),
    "position.step": lambda info, answer: info["position"].update(step=-1),
    "position.rounds": lambda info, answer: info["position"].update(rounds=[1]),
    "agenda": lambda info, answer: info.update(agenda="test-quiz"),
    "round": lambda info, answer: answer.update(round="1"),
    "value": lambda info, answer: answer.update(value="two"),
    "source": lambda info, answer: answer.update(source=None, extra=1),
}


@pytest.mark.parametrize("change", WRONG.values(), ids=WRONG)
def test_a_wrong_value_is_one_line_naming_the_file_in_every_command(
    library, isolated, capsys, change
):
    from workshop.live import LiveSession

    path = stored_session(library, isolated)
    edit_session(path, change)
    damaged = path.read_bytes()
    code, _, err = cli(capsys, "sessions", "list")
    assert code == 0 and err.strip().splitlines() == [
        f"{path} cannot be read as a session file; skipped"
    ]
    code, _, err = cli(capsys, "export", "--last", "--format", "md")
    assert code == 1 and len(err.strip().splitlines()) == 1 and str(path) in err
    code, _, err = cli(capsys, "scores")
    assert code == 0 and err.strip().splitlines() == [
        f"{path} cannot be read as a session file; skipped"
    ]
    assert path.read_bytes() == damaged  # the readers never change it
    with pytest.raises(UnreadableFile) as raised:
        LiveSession.resume(library, path)
    message = str(raised.value)
    assert "\n" not in message and str(path) in message and "wrong value at" in message
    assert raised.value.kept_at.read_bytes() == damaged


# --- files that would hang the app or fill its memory -------------------------------------

MEASURED = textwrap.dedent(
    """
    import resource, subprocess, sys, time
    started = time.monotonic()
    code = subprocess.call([sys.executable, "-m", "workshop", *sys.argv[2:]])
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
    with open(sys.argv[1], "w") as report:
        report.write(f"{time.monotonic() - started} {peak}")
    sys.exit(code)
    """
)
SECONDS = 10
PEAK_KIB = 500 * 1024 // 2  # well under 500 MB


def measured(*args: str, tmp_path: Path) -> tuple[subprocess.CompletedProcess, float, int]:
    """`workshop ARGS` in a fresh process with a timeout: the result, seconds, peak RSS in KiB."""
    report = tmp_path / "measured.txt"
    result = subprocess.run(
        [sys.executable, "-c", MEASURED, str(report), *args, "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    seconds, peak = report.read_text().split()
    return result, float(seconds), int(peak)


def content_refused(result: subprocess.CompletedProcess, path: Path, line: int) -> None:
    """The one problem line names `path:line`, then the content summary; no traceback.

    (`modules validate` lists problems on stdout, the others on stderr.)
    """
    assert result.returncode == 1, result
    assert "Traceback" not in result.stdout + result.stderr
    shown = TERMINAL_CONTROL.sub("", ALTERNATE_SCREEN.sub("", result.stdout + result.stderr))
    problem, summary = [line for line in shown.splitlines() if line.strip()]
    assert problem.startswith(f"{path}:{line}:"), result.stderr
    assert "1 problem" in summary


HOSTILE_YAML = {
    # three lines: a list that holds itself
    "recursive alias": ("id: loop\nsteps: &a\n  - *a\n", 2),
    "billion laughs": (
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
        + "".join(
            f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]\n"
            for i in range(9)
        ),
        6,
    ),
    "merge-key bomb": (
        "a0: &a0 {k0: 1, k1: 2}\n"
        + "".join(
            f"a{i}: &a{i} {{<<: [*a{i - 1}], x{i}: *a{i - 1}, y{i}: *a{i - 1}}}\n"
            for i in range(1, 25)
        ),
        11,
    ),
}


@pytest.mark.parametrize("case", sorted(HOSTILE_YAML))
@pytest.mark.parametrize("command", [("modules", "validate"), ("modules", "list")])
def test_yaml_aliases_that_loop_or_explode_end_in_one_line_quickly(tmp_path, case, command):
    text, line = HOSTILE_YAML[case]
    folder = tmp_path / "mine"
    folder.mkdir()
    path = folder / "bomb.yaml"
    path.write_text(text, encoding="utf-8")
    result, seconds, peak = measured(*command, "--modules", str(folder), tmp_path=tmp_path)
    print(f"{case} {command}: {seconds:.2f} s, {peak // 1024} MB")
    content_refused(result, path, line)
    assert seconds < SECONDS and peak < PEAK_KIB


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
@pytest.mark.parametrize(
    "command", [("modules", "validate"), ("modules", "list"), ("start", "--group", "sales")]
)
@pytest.mark.parametrize("kind", ["named pipe", "folder"])
def test_a_pipe_or_folder_named_yaml_is_refused_not_waited_on(tmp_path, command, kind):
    folder = tmp_path / "mine"
    folder.mkdir()
    path = folder / "module.yaml"
    if kind == "named pipe":
        os.mkfifo(path)
    else:
        path.mkdir()
    result, seconds, peak = measured(*command, "--modules", str(folder), tmp_path=tmp_path)
    print(f"{kind} {command}: {seconds:.2f} s, {peak // 1024} MB")
    content_refused(result, path, 1)
    assert "not a regular file" in result.stdout + result.stderr
    assert seconds < SECONDS and peak < PEAK_KIB


def test_a_huge_yaml_file_is_refused_unread(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    path = folder / "huge.yaml"
    path.write_text("id: huge\nnotes: |\n" + "  filler text\n" * 400_000, encoding="utf-8")
    result, seconds, peak = measured(
        "modules", "validate", "--modules", str(folder), tmp_path=tmp_path
    )
    print(f"huge yaml: {seconds:.2f} s, {peak // 1024} MB")
    content_refused(result, path, 1)
    assert "larger than 2 MB" in result.stdout + result.stderr
    assert seconds < SECONDS and peak < PEAK_KIB


def test_a_survey_of_100000_rows_is_read_row_by_row(tmp_path, survey):
    """The rows stream from the file: reading 100,000 (87 MB) once took 851 MB, now ~130 MB.

    (Storing them is measured by the next test, on the whole command.)
    """
    path = big_csv(tmp_path, survey, 100_000)
    code = textwrap.dedent(
        """
        import sys, time
        from pathlib import Path
        from workshop import i18n
        from workshop.content import load_library
        from workshop.survey.importing import read_survey
        i18n.set_language("en")
        survey = load_library().survey
        started = time.monotonic()
        result = read_survey(Path(sys.argv[1]), survey, "sales")
        # This process's own peak (VmHWM): ru_maxrss also keeps the pytest process's size,
        # inherited across the fork and exec that started this one.
        status = Path("/proc/self/status").read_text()
        peak = int(next(l.split()[1] for l in status.splitlines() if l.startswith("VmHWM"))) // 1024
        print(result.count, time.monotonic() - started, peak)
        """
    )
    child = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=120
    )
    count, seconds, peak = child.stdout.split()
    print(f"100,000 rows read: {float(seconds):.2f} s, {peak} MB")
    assert int(count) == 100_000 and int(peak) < 250


def test_a_survey_of_100000_rows_is_imported_whole_in_well_under_500_mb(tmp_path, isolated, survey):
    """The whole command: 100,000 rows read, checked and stored in one atomic write.

    Once 800 MB: the responses, a copy of each one's answers, each one's JSON text, those
    texts joined and the whole file as one string and as bytes, all at once. Now ~290 MB
    (~6 s): the store shares the answers and writes the file from the texts part by part.
    """
    path = big_csv(tmp_path, survey, 100_000)
    result, seconds, peak = measured(
        "survey", "import", str(path), "--group", "sales", tmp_path=tmp_path
    )
    print(f"100,000 rows imported: {seconds:.2f} s, {peak // 1024} MB")
    assert result.returncode == 0, result.stderr
    assert "sales: 100000 responses" in result.stdout
    stored = read_responses(isolated, "sales")
    assert len(stored) == 100_000
    questions = len(survey.knowledge()) + len(survey.attitude())
    assert set(stored[0]) == {"level", "answers"} and stored[0]["level"] is None
    assert len(stored[0]["answers"]) == len(stored[-1]["answers"]) == questions
    assert peak < 500 * 1024
