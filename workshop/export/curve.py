"""The learning curve in the HTML summary: per topic an inline SVG (no internet) and a sentence.

"LinkedIn: 43% → 81% → 74% after 4 weeks: kept most of it." Only shown points are drawn; a
point below the anonymity threshold is a gap marked "too few" and never a number.

The verdict compares the last re-check with the session and the baseline (none when that re-check
has too few answers to show):
- at least the session's figure (within 2 points): kept all of it;
- with a baseline and a gain: the share of the gain that is still there: half or more, kept
  most of it; some, kept some of it; none, back where it started;
- without a baseline: below the session, lost some of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from workshop.content import Library
from workshop.i18n import percent, t, whole_percent
from workshop.recheck import TopicCurve, learning_curve

WIDTH, HEIGHT, TOP, BOTTOM, SIDE = 360, 150, 18, 30, 34
SAME = 0.02


@dataclass(frozen=True)
class CurveLine:
    topic: str
    name: str
    sentence: str
    svg: str
    """The SVG element, every text in it escaped."""


def verdict(curve: TopicCurve) -> str | None:
    """The catalogue key of what the last re-check means, or None when it cannot be judged:
    the sentence ends on that re-check, so a verdict on an earlier one would read as its."""
    last = curve.rechecks[-1].share if curve.rechecks else None
    if last is None or curve.session is None:
        return None
    if last >= curve.session - SAME:
        return "curve.kept_all"
    if curve.baseline is not None and curve.session > curve.baseline:
        kept = (last - curve.baseline) / (curve.session - curve.baseline)
        if kept >= 0.5:
            return "curve.kept_most"
        return "curve.kept_some" if kept > 0 else "curve.back_to_start"
    return "curve.lost_some"


def sentence(curve: TopicCurve, name: str, language: str) -> str:
    too_few = t("curve.too_few_short", lang=language)
    chain = [curve.baseline, curve.session, *(p.share for p in curve.rechecks)]
    shown = " → ".join(too_few if value is None else percent(value) for value in chain)
    weeks = curve.rechecks[-1].weeks_after if curve.rechecks else None
    text = f"{name}: {shown}"
    if weeks is not None:
        text += " " + t("curve.after_weeks", lang=language, count=weeks)
    key = verdict(curve)
    return f"{text}: {t(key, lang=language)}." if key else f"{text}."


def svg(curve: TopicCurve, name: str, language: str) -> str:
    """A small line chart: baseline, session, each re-check; y from 0% to 100%."""
    labels = [t("curve.col_baseline", lang=language), t("curve.col_session", lang=language)]
    labels += [p.week for p in curve.rechecks]
    values = [curve.baseline, curve.session, *(p.share for p in curve.rechecks)]
    step = (WIDTH - 2 * SIDE) / max(1, len(values) - 1)
    inner = HEIGHT - TOP - BOTTOM

    def y(share: float) -> float:
        return TOP + (1 - share) * inner

    parts = [
        f'<svg class="curve" role="img" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" '
        f'height="{HEIGHT}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(name)}</title>",
        f'<line class="axis" x1="{SIDE}" y1="{y(0):.1f}" x2="{WIDTH - SIDE}" y2="{y(0):.1f}"/>',
        f'<line class="grid" x1="{SIDE}" y1="{y(1):.1f}" x2="{WIDTH - SIDE}" y2="{y(1):.1f}"/>',
    ]
    shown = [(SIDE + i * step, v) for i, v in enumerate(values) if v is not None]
    if len(shown) > 1:
        points = " ".join(f"{x:.1f},{y(v):.1f}" for x, v in shown)
        parts.append(f'<polyline class="line" points="{points}"/>')
    for index, (label, value) in enumerate(zip(labels, values, strict=True)):
        x = SIDE + index * step
        parts.append(
            f'<text class="label" x="{x:.1f}" y="{HEIGHT - 8}" text-anchor="middle">'
            f"{escape(label)}</text>"
        )
        if value is None:
            parts.append(
                f'<text class="too-few" x="{x:.1f}" y="{y(0.5):.1f}" text-anchor="middle">'
                f"{escape(t('curve.too_few_short', lang=language))}</text>"
            )
            continue
        parts.append(f'<circle class="point" cx="{x:.1f}" cy="{y(value):.1f}" r="4"/>')
        parts.append(
            f'<text class="value" x="{x:.1f}" y="{y(value) - 8:.1f}" text-anchor="middle">'
            f"{whole_percent(value)}%</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def curve_lines(library: Library, data: Path, group: str, language: str) -> list[CurveLine]:
    """Per topic the curve and its sentence; empty until the group has had a re-check."""
    curve = learning_curve(library, data, group)
    if not any(topic.rechecks for topic in curve.topics):
        return []
    lines = []
    for topic in curve.topics:
        name = library.topic_name(topic.topic, language)
        lines.append(
            CurveLine(
                topic.topic, name, sentence(topic, name, language), svg(topic, name, language)
            )
        )
    return lines
