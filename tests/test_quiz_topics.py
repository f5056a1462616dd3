"""A quiz counts for the one topic it checks, not for every topic of its module.

A basic-rules quiz on a complaint once counted for "Saying you work there" too, so the export
advised to repeat the module for a topic nobody had been asked about.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_export_support import run_session
from workshop.cli import main
from workshop.content import load_library
from workshop.scores import Share, tally

MODULE = """\
id: two-topics
title: {en: "Two topics", nl: "Twee onderwerpen"}
summary: {en: "Rules and disclosure.", nl: "Regels en openheid."}
minutes: 10
topics: [rules, disclosure]
audience: [all]
tips: [5]
checked: 2026-12-01
steps:
  - kind: talk
    points: {en: "- The rules", nl: "- De regels"}
  - kind: quiz
    role: check
    topic: rules
    question:
      id: topics-rules
      kind: true_false
      text: {en: "A complaint on your post is yours.", nl: "Een klacht bij je bericht is van jou."}
      correct: true
      explanation: {en: "Your post, your answer.", nl: "Jouw bericht, jouw antwoord."}
  - kind: quiz
    role: check
    topic: disclosure
    question:
      id: topics-disclosure
      kind: true_false
      text: {en: "A bonus makes disclosure moot.", nl: "Een premie maakt openheid overbodig."}
      correct: false
      explanation: {en: "More needed, not less.", nl: "Juist meer nodig."}
"""


def write(folder: Path, text: str) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "two-topics.yaml").write_text(text, "utf-8")
    return folder


def test_each_quiz_counts_for_its_own_topic_only(isolated, tmp_path):
    library = load_library([write(tmp_path / "modules", MODULE)])
    true, false = 1, 2  # option numbers
    answers = {
        "topics-rules": [true] * 5 + [false],  # 5 of 6 right
        "topics-disclosure": [false] * 3 + [true] * 3,  # 3 of 6 right
    }
    record = run_session(library, isolated, "sales", answers, agenda=["two-topics"])
    overall, topics = tally(library, record.answers)
    assert overall == Share(8, 12)
    assert topics == {"rules": Share(5, 6), "disclosure": Share(3, 6)}


def test_a_quiz_in_a_module_of_several_topics_must_name_its_topic(tmp_path, capsys):
    missing = MODULE.replace("    topic: disclosure\n", "")
    folder = write(tmp_path / "missing", missing)
    assert main(["modules", "validate", "--lang", "en", str(folder / "two-topics.yaml")]) == 1
    out = capsys.readouterr().out.strip().splitlines()
    lines = missing.splitlines()
    second_quiz = [n for n, text in enumerate(lines, start=1) if text == "    question:"][1]
    assert out == [
        f"{folder / 'two-topics.yaml'}:{second_quiz + 1}:7: the module teaches several topics "
        "(rules, disclosure): say which one this quiz checks, with “topic:” beside “role:”"
    ]

    wrong = MODULE.replace("    topic: disclosure\n", "    topic: x\n")
    folder = write(tmp_path / "wrong", wrong)
    assert main(["modules", "validate", "--lang", "nl", str(folder / "two-topics.yaml")]) == 1
    out = capsys.readouterr().out.strip().splitlines()
    expected = wrong.splitlines().index("    topic: x") + 1
    assert out == [
        f"{folder / 'two-topics.yaml'}:{expected}:12: het onderwerp “x” van deze quiz is geen "
        "onderwerp van de module (rules, disclosure)"
    ]


def test_the_myths_are_listed_under_the_topic_each_question_checks(isolated, tmp_path):
    """A basic-rules myth was once listed under "Saying you work there" too."""
    from workshop.export import build_summary

    library = load_library([write(tmp_path / "modules", MODULE)])
    true, false = 1, 2
    record = run_session(
        library,
        isolated,
        "sales",
        {"topics-rules": [false] * 3 + [true] * 3, "topics-disclosure": [true] * 4 + [false] * 2},
        agenda=["two-topics"],
        sure={"topics-rules": [True] * 6, "topics-disclosure": [True] * 6},
    )
    summary = build_summary(record, library, isolated)
    listed = {myth.topic: [q.id for q in myth.questions] for myth in summary.myths}
    assert listed == {"rules": ["topics-rules"], "disclosure": ["topics-disclosure"]}
