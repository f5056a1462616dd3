"""The organisation's report as one self-contained HTML page: inline CSS and SVG, no internet.

Rendered through the export's jinja2 templates (autoescaped), so group names, topic names and
paths are plain text on the page, whatever they hold.
"""

from __future__ import annotations

from html import escape
from typing import Any

from markupsafe import Markup

from workshop.content import Library
from workshop.export.formats import templates, translator
from workshop.i18n import percent, t, whole_percent
from workshop.org.merge import COLUMNS, PROGRAMME_STEPS, Counts, GroupTopic, OrgReport
from workshop.planner import WEAK_SCORE, step_name

BAR_WIDTH, ROW, LABEL, GAP = 640, 14, 190, 10


def _cell(counts: Counts | None, hidden: str | None, language: str) -> dict[str, Any]:
    """One figure as the page shows it: a percentage, "too few" with the reason, or a dash."""
    if counts is not None and counts.share is not None:
        return {"text": percent(counts.share), "share": counts.share, "note": None}
    if hidden == "subtraction":
        return {"text": t("page.hidden_subtraction_short", lang=language), "share": None,
                "note": t("page.hidden_subtraction", lang=language)}  # fmt: skip
    if counts is not None and counts.people > 0:
        return {"text": t("page.too_few", lang=language), "share": None, "note": None}
    return {"text": "—", "share": None, "note": None}


def _row(name: str, curve: GroupTopic, language: str) -> dict[str, Any]:
    rechecks = []
    latest = curve.latest
    for point in curve.rechecks:
        hidden = curve.hidden.get("recheck") if latest and point.week == latest.week else None
        rechecks.append({"week": point.week, **_cell(point.counts, hidden, language)})
    return {
        "name": name,
        "baseline": _cell(curve.baseline, curve.hidden.get("baseline"), language),
        "session": _cell(curve.session, curve.hidden.get("session"), language),
        "rechecks": rechecks,
    }


def bars_svg(report: OrgReport, library: Library, language: str) -> str:
    """Per topic three bars (baseline, session, latest re-check) with their percentages."""
    topics = report.topics
    height = max(1, len(topics)) * (3 * ROW + GAP) + 10
    scale = BAR_WIDTH - LABEL - 150
    parts = [
        f'<svg class="bars" role="img" viewBox="0 0 {BAR_WIDTH} {height}" width="{BAR_WIDTH}" '
        f'height="{height}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(t('page.chart_title', lang=language))}</title>",
    ]
    y = 6
    for topic in topics:
        name = library.topic_name(topic.topic, language)
        parts.append(f'<text class="topic" x="0" y="{y + ROW + 4}">{escape(name)}</text>')
        for column in COLUMNS:
            share = topic.columns[column].share
            parts.append(
                f'<rect class="track" x="{LABEL}" y="{y}" width="{scale}" height="{ROW - 3}"/>'
            )
            if share is None:
                label = (
                    t("page.too_few_short", lang=language) if topic.columns[column].people else "—"
                )
                parts.append(
                    f'<text class="none" x="{LABEL + 4}" y="{y + ROW - 4}">{escape(label)}</text>'
                )
            else:
                parts.append(
                    f'<rect class="bar {column}" x="{LABEL}" y="{y}" '
                    f'width="{share * scale:.1f}" height="{ROW - 3}"/>'
                )
                parts.append(
                    f'<text class="value" x="{LABEL + scale + 6}" y="{y + ROW - 4}">'
                    f"{whole_percent(share)}% {escape(t(f'page.col_{column}', lang=language))}"
                    "</text>"
                )
            y += ROW
        y += GAP
    parts.append("</svg>")
    return "".join(parts)


def render(report: OrgReport, library: Library, language: str) -> str:
    """The page, in `language`."""
    _ = translator(language)
    weakest = []
    for topic in report.weakest:
        source, share = topic.now()  # type: ignore[misc]
        groups = [
            (g.group, g.topics[topic.topic].column(source))
            for g in report.groups
            if topic.topic in g.topics
        ]
        shown = [(name, c.share) for name, c in groups if c is not None and c.share is not None]
        lowest = min(shown, key=lambda item: item[1]) if len(shown) > 1 else None
        weakest.append(
            {
                "name": library.topic_name(topic.topic, language),
                "share": share,
                "text": percent(share),
                "source": _(f"page.source_{source}"),
                "weak": share < WEAK_SCORE,
                "lowest": {"group": lowest[0], "text": percent(lowest[1])} if lowest else None,
            }
        )
    groups = []
    for group in report.groups:
        rows = [
            _row(library.topic_name(topic, language), curve, language)
            for topic, curve in group.topics.items()
        ]
        weeks = sorted({r["week"] for row in rows for r in row["rechecks"]})
        groups.append({"group": group, "rows": rows, "weeks": weeks})
    notes = []
    for note in report.notes:
        sources = ", ".join(note.sources)
        where = note.group if note.week is None else f"{note.group}, {note.week}"
        if note.versions > 1:
            notes.append(
                _(
                    f"page.versions_{note.kind}",
                    where=where,
                    count=note.versions,
                    respondents=note.used,
                    sources=sources,
                )
            )
        else:
            notes.append(
                _(f"page.once_{note.kind}", where=where, count=note.arrived, sources=sources)
            )
    sessions = sum(group.sessions for group in report.groups)
    return (
        templates()
        .get_template("org_report.html")
        .render(
            _=_,
            language=language,
            report=report,
            weakest=weakest,
            groups=groups,
            notes=notes,
            sessions=sessions,
            steps=[(step, step_name(step, language)) for step in PROGRAMME_STEPS],
            chart=Markup(bars_svg(report, library, language)),  # every text in it escaped
            weak_below=percent(WEAK_SCORE),
            width=lambda share: f"{max(0.0, min(1.0, share or 0.0)) * 100:.1f}%",
        )
    )
