"""The session summary as Markdown, printable HTML, JSON and CSV: one model, four renderings.

Every format reads the same `SessionSummary`, so a figure hidden there is hidden everywhere.
HTML goes through jinja2 with autoescaping; the templates ship inside the package.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from markupsafe import Markup, escape

from workshop.export.summary import QuestionSummary, SessionSummary
from workshop.export.text import long_date, number, percent, points
from workshop.i18n import t, whole_percent

if TYPE_CHECKING:
    import jinja2

FORMATS = ("md", "html", "json", "csv")


@cache
def templates() -> jinja2.Environment:
    """The HTML templates in workshop/export/templates, autoescaped, undefined names an error.

    jinja2 is imported here, so exports in other formats do not load it.
    """
    import jinja2

    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("workshop.export", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["code"] = code_spans
    return environment


def code_spans(text: str) -> Markup:
    """Escaped text with `command` spans as <code>, for the commands named in the advice."""
    escaped = str(escape(text))
    return Markup(re.sub(r"`([^`]+)`", r"<code>\1</code>", escaped))


def translator(language: str) -> Callable[..., str]:
    def translate(key: str, /, **values: object) -> str:
        return t(key, lang=language, **values)

    return translate


def render(summary: SessionSummary, fmt: str) -> bytes:
    """The summary in `fmt` (one of FORMATS), encoded for writing."""
    if fmt == "md":
        return markdown(summary).encode("utf-8")
    if fmt == "html":
        return html(summary).encode("utf-8")
    if fmt == "json":
        return (json.dumps(summary.to_json(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if fmt == "csv":
        # With a byte-order mark in both languages: Excel then reads the file as UTF-8 (accents,
        # quotes); without one it guesses the Windows code page. Other programs skip it.
        return table(summary).encode("utf-8-sig")
    raise ValueError(f"unknown format {fmt!r}")


# Markdown ------------------------------------------------------------------------------------


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _shown(value: str, language: str) -> str:
    return value if value else t("summary.too_few", lang=language)


def markdown(summary: SessionSummary) -> str:
    _ = translator(summary.language)
    language = summary.language
    lines = [f"# {_('summary.title', group=summary.group)}", ""]
    lines += [
        f"- {_('summary.date')}: {long_date(summary.date, language)}",
        f"- {_('summary.duration')}: {_('summary.planned', minutes=summary.planned_minutes)}",
        f"- {_('summary.state')}: "
        + _("summary.finished" if summary.finished else "summary.unfinished"),
        f"- {_('summary.answers')}: "
        + (str(summary.answers) if summary.answers is not None else _("summary.too_few")),
        f"- {_('summary.score')}: " + _score_text(summary),
        f"- {_('summary.baseline')}: " + _baseline_text(summary),
        "",
        f"## {_('summary.modules')}",
        "",
        f"| # | {_('summary.col_module')} | {_('summary.col_minutes')} | {_('summary.col_run')} |",
        "|---:|---|---:|---|",
    ]
    for position, module in enumerate(summary.modules, start=1):
        run = _("summary.run" if module.run else "summary.not_run")
        lines.append(f"| {position} | {_cell(module.title)} | {module.minutes} | {run} |")
    lines += ["", f"## {_('summary.topics')}", ""]
    if summary.topics:
        lines += [
            f"| {_('summary.col_topic')} | {_('summary.col_baseline')} | "
            f"{_('summary.col_session')} | {_('summary.col_gain')} |",
            "|---|---:|---:|---:|",
        ]
        for topic in summary.topics:
            gain = points(topic.result, topic.baseline) or "—"
            lines.append(
                f"| {_cell(topic.name)} | {percent(topic.baseline) or '—'} | "
                f"{_shown(percent(topic.result), language)} | {gain} |"
            )
        if summary.warm_ups:
            lines += ["", _("summary.warm_up_note")]
    else:
        lines.append(_("summary.no_topics"))
    lines += ["", f"## {_('summary.questions')}", ""]
    for position, question in enumerate(summary.questions, start=1):
        lines += _question_markdown(position, question, language)
    lines += [f"## {_('summary.weak', percent=percent(summary.weak_below))}", ""]
    if summary.weak_topics:
        for weak in summary.weak_topics:
            key = "summary.weak_session" if weak.source == "session" else "summary.weak_survey"
            lines.append(f"- {_(key, topic=weak.name, percent=percent(weak.score))}")
    elif not summary.measured:
        lines.append(_("summary.not_measured"))
    else:
        lines.append(_("summary.no_weak", percent=percent(summary.weak_below)))
    if summary.confidence_asked:
        lines += ["", f"## {_('summary.myths')}", "", _("summary.myths_intro"), ""]
        for name, sentences in myth_lines(summary):
            lines.append(f"- **{_cell(name)}**")
            lines += [f"  - {sentence}" for sentence in sentences]
        if not summary.myths:
            lines.append(_("summary.no_myths"))
    lines += ["", f"## {_('summary.advice')}", ""]
    lines += [f"{n}. {line}" for n, line in enumerate(summary.advice, start=1)]
    lines += ["", "---", "", f"_{_('summary.anonymity', min=summary.min_answers)}_", ""]
    return "\n".join(lines)


def _score_text(summary: SessionSummary) -> str:
    _ = translator(summary.language)
    if summary.score is None:
        text = _("summary.too_few")
    else:
        text = _(
            "summary.score_value", percent=percent(summary.score), answers=summary.scored_answers
        )
    return f"{text} · {_('summary.warm_ups_left_out')}" if summary.warm_ups else text


def _baseline_text(summary: SessionSummary) -> str:
    _ = translator(summary.language)
    if summary.survey_respondents is None:
        return _("summary.no_baseline")
    return _("summary.baseline_value", respondents=summary.survey_respondents)


def question_facts(question: QuestionSummary, language: str) -> str:
    """“Correct answer: 280 · 10 answers · 60% correct” (or the too-few sentence); a warm-up
    starts with “Warm-up (not counted)”."""
    _ = translator(language)
    facts = [_("summary.warm_up")] if question.warm_up else []
    if question.correct_answer:
        facts.append(_("summary.correct_answer", answer=question.correct_answer))
    if question.suppressed:
        facts.append(_("summary.too_few"))
        return " · ".join(facts)
    facts.append(_("summary.answer_count", count=question.answers))
    if question.share_correct is not None:
        facts.append(_("summary.share_correct", percent=percent(question.share_correct)))
    if question.mean is not None:
        facts.append(_("summary.mean", mean=number(question.mean, language)))
    confidence = question.confidence
    if confidence is not None and confidence.sure_wrong_share is not None:
        share = percent(confidence.sure_wrong_share)
        facts.append(_("summary.confidently_wrong", count=confidence.sure_wrong, percent=share))
    return " · ".join(facts)


def myth_lines(summary: SessionSummary) -> list[tuple[str, list[str]]]:
    """Per topic its name and one sentence per confidently wrong question, most first."""
    _ = translator(summary.language)
    lines = []
    for myth in summary.myths:
        sentences = []
        for question in myth.questions:
            confidence = question.confidence
            assert confidence is not None and confidence.sure_wrong_share is not None
            sentences.append(
                _(
                    "summary.myth",
                    question=question.text,
                    count=confidence.sure_wrong,
                    total=confidence.answers,
                    percent=percent(confidence.sure_wrong_share),
                    answer=question.correct_answer,
                )
            )
        lines.append((myth.name, sentences))
    return lines


def _question_markdown(position: int, question: QuestionSummary, language: str) -> list[str]:
    _ = translator(language)
    lines = [f"### {position}. {question.text}", "", question_facts(question, language), ""]
    if question.distribution is not None:
        lines += [
            f"| {_('summary.col_option')} | {_('summary.col_answers')} | "
            f"{_('summary.col_share')} |",
            "|---|---:|---:|",
        ]
        for option in question.distribution:
            mark = f" ✓ {_('quiz.correct')}" if option.correct else ""
            lines.append(
                f"| {_cell(option.label)}{mark} | {option.count} | {percent(option.share)} |"
            )
        lines.append("")
    return lines


# HTML ----------------------------------------------------------------------------------------


def html(summary: SessionSummary) -> str:
    language = summary.language
    return (
        templates()
        .get_template("summary.html")
        .render(
            s=summary,
            _=translator(language),
            percent=percent,
            points=points,
            date=long_date(summary.date, language),
            score_text=_score_text(summary),
            baseline_text=_baseline_text(summary),
            facts=lambda question: question_facts(question, language),
            myths=myth_lines(summary),
            width=lambda share: f"{max(0.0, min(1.0, share or 0.0)) * 100:.1f}%",
        )
    )


# CSV -----------------------------------------------------------------------------------------

CSV_COLUMNS = (
    "session",
    "group",
    "date",
    "round",
    "module",
    "question_id",
    "question",
    "kind",
    "answers",
    "correct_answer",
    "percent_correct",
    "mean",
    "dont_know",
    "distribution",
    "suppressed",
    "role",
)


def csv_delimiter(language: str) -> str:
    """The separator Excel splits on when opening a CSV in `language`'s locale: Dutch Excel
    (Windows list separator ";", since the comma is the decimal sign) needs a semicolon."""
    return ";" if language == "nl" else ","


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^-?\d+(?:[.,]\d+)?$")


def cell(value: object) -> object:
    """A CSV cell a spreadsheet shows as text, never runs: text that starts with =, +, -, @,
    a tab or a carriage return gets a leading ' (as OWASP advises); plain numbers stay."""
    dangerous = isinstance(value, str) and value.startswith(_FORMULA_START)
    return "'" + value if dangerous and not _PLAIN_NUMBER.match(value) else value


def role_text(question: QuestionSummary, language: str) -> str:
    """“Warm-up (not counted)” or “Check (counted)”; empty for a poll."""
    if question.role is None:
        return ""
    return t("summary.warm_up" if question.warm_up else "summary.check", lang=language)


def table(summary: SessionSummary) -> str:
    """One row per question under a header in the session's language; hidden cells empty.

    Separator and decimal sign follow the session's language, as Excel in that language opens
    a CSV: "3,6" under semicolons in Dutch, "3.6" under commas in English."""
    _ = translator(summary.language)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=csv_delimiter(summary.language), lineterminator="\r\n")
    writer.writerow([_(f"csv.{column}") for column in CSV_COLUMNS])
    for question in summary.questions:
        shown = not question.suppressed
        distribution = question.distribution or []
        unknown = [o.count for o in distribution if o.dont_know]
        row = [
            summary.id,
            summary.group,
            summary.date,
            question.round,
            question.module,
            question.id,
            question.text,
            question.kind,
            question.answers if shown else "",
            question.correct_answer,
            whole_percent(question.share_correct) if question.share_correct is not None else "",
            number(question.mean, summary.language),
            unknown[0] if unknown else "",
            "; ".join(f"{o.label}: {o.count}" for o in distribution),
            "" if shown else _("summary.too_few"),
            role_text(question, summary.language),
        ]
        writer.writerow([cell(value) for value in row])
    return out.getvalue()
