"""The organisation's report: bundles and data folders merged, each session counted once.

Reading (`load_sources`): every path first, before anything is merged. A bundle is checked
(`read_bundle`: damaged, foreign and newer files refused by name); a data folder is read as a
bundle made on the spot (`build_bundle`), so both pass the same threshold rules. One bad path
stops the report: nothing is merged, nothing written.

Merging (`merge`):
- A session counts once, however often it arrives (the same opaque id in two bundles, or in a
  bundle and its data folder); when its copies differ (bundled before the session ended), the
  copy with the most answers counts. The report lists every session that arrived more than once.
- A group's survey, and its re-check of a week, is one file: copies with the same id count
  once; different versions (an older bundle, a newer folder) are not added up, the one with the
  most respondents counts, and the report says so.
- A group's figures add up counts, never shares: the session figure per topic is the sum of its
  sessions' shown topic figures, as `workshop scores` computes it for one folder.

Suppression, on top of what the bundles already left out:
- every figure from fewer than `MIN_ANSWERS` people or answers is null;
- for each organisation figure (per topic: baseline, session, latest re-check), the groups in
  it follow the survey report's rule (`workshop.survey.anonymity.hidden_levels`): when one group
  is hidden, the next-smallest is hidden too; and as long as the hidden groups together hold
  fewer than `MIN_ANSWERS`, one more. The organisation figure adds up exactly the groups shown
  beside it, so no hidden group can be worked out by subtracting the shown ones from it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from workshop.content import Library
from workshop.i18n import t
from workshop.org.bundle import GROUP_NAME, BundleRefused, build_bundle, read_bundle
from workshop.planner import WEAK_SCORE
from workshop.scores import MIN_ANSWERS
from workshop.store.groups import known_groups
from workshop.store.sessions import session_records
from workshop.survey.anonymity import HiddenBecause, hidden_levels

FORMAT_VERSION = 1
PROGRAMME_STEPS = (1, 2, 3, 4, 5)
COLUMNS = ("baseline", "session", "recheck")


@dataclass
class Source:
    path: Path
    kind: Literal["bundle", "folder"]
    document: dict[str, Any]


@dataclass
class Loaded:
    sources: list[Source]
    unreadable: list[Path] = field(default_factory=list)
    """Session files in the data folders that could not be read (left out, said so)."""


def _has_data(folder: Path) -> bool:
    return bool(known_groups(folder)) or any((folder / "rechecks").glob("*/*.json"))


def load_sources(library: Library, paths: list[Path]) -> Loaded:
    """Every path read and checked; the first bad one raises BundleRefused, nothing merged."""
    loaded = Loaded([])
    for path in paths:
        if path.is_dir():
            if not _has_data(path):
                raise BundleRefused(t("org.empty_folder", path=path))
            rechecked = {p.name for p in (path / "rechecks").glob("*") if p.is_dir()}
            groups = sorted(set(known_groups(path)) | {g for g in rechecked if GROUP_NAME.match(g)})
            document = build_bundle(library, path, groups)
            loaded.unreadable += [p for p, record in session_records(path) if record is None]
            loaded.sources.append(Source(path, "folder", document))
        else:
            loaded.sources.append(Source(path, "bundle", read_bundle(path)))
    return loaded


# Merged figures ------------------------------------------------------------------------------


@dataclass
class Counts:
    correct: int = 0
    answered: int = 0
    people: int = 0
    """How many people or answers the figure stands on (the threshold's count)."""
    shown: bool = False

    @property
    def share(self) -> float | None:
        return self.correct / self.answered if self.shown and self.answered else None

    def add(self, other: Counts) -> None:
        self.correct += other.correct
        self.answered += other.answered
        self.people += other.people


@dataclass
class Point:
    week: str
    counts: Counts


@dataclass
class GroupTopic:
    baseline: Counts
    session: Counts
    rechecks: list[Point]
    hidden: dict[str, HiddenBecause] = field(default_factory=dict)

    @property
    def latest(self) -> Point | None:
        """The last re-check that measured the topic with a shown figure."""
        shown = [point for point in self.rechecks if point.counts.shown]
        return shown[-1] if shown else None

    def column(self, name: str) -> Counts | None:
        if name == "baseline":
            return self.baseline
        if name == "session":
            return self.session
        latest = self.latest
        return latest.counts if latest else None


@dataclass
class GroupReport:
    group: str
    sessions: int
    finished: int
    respondents: int | None
    steps: list[int]
    modules: list[str]
    topics: dict[str, GroupTopic]

    @property
    def steps_missing(self) -> list[int]:
        return [step for step in PROGRAMME_STEPS if step not in self.steps]


@dataclass
class Note:
    """Something the merge decided that the reader should know."""

    kind: Literal["session", "survey", "recheck"]
    group: str
    week: str | None
    arrived: int
    sources: list[str]
    versions: int = 1
    used: int | None = None
    """For a file in several versions: the respondents of the one that counts."""


@dataclass
class OrgTopic:
    topic: str
    columns: dict[str, Counts]

    def now(self) -> tuple[str, float] | None:
        """The latest shown figure: re-check, else session, else baseline."""
        for name in ("recheck", "session", "baseline"):
            share = self.columns[name].share
            if share is not None:
                return name, share
        return None


@dataclass
class OrgReport:
    sources: list[Source]
    groups: list[GroupReport]
    topics: list[OrgTopic]
    notes: list[Note]
    unreadable: list[Path]

    @property
    def weakest(self) -> list[OrgTopic]:
        """Topics with a shown figure, weakest first (by their latest shown figure)."""
        ranked = [topic for topic in self.topics if topic.now() is not None]
        return sorted(ranked, key=lambda topic: (topic.now()[1], topic.topic))  # type: ignore[index]

    def to_json(self) -> dict[str, Any]:
        return {
            "format_version": FORMAT_VERSION,
            "kind": "org-report",
            "min_answers": MIN_ANSWERS,
            "weak_below": WEAK_SCORE,
            "sources": [
                {"path": str(s.path), "kind": s.kind, "groups": sorted(s.document["groups"])}
                for s in self.sources
            ],
            "counted_once": [_note_json(note) for note in self.notes if note.versions == 1],
            "versions": [_note_json(note) for note in self.notes if note.versions > 1],
            "unreadable": [str(path) for path in self.unreadable],
            "groups": {group.group: _group_json(group) for group in self.groups},
            "organisation": {
                "topics": {
                    topic.topic: {
                        **{name: _rounded(c.share) for name, c in topic.columns.items()},
                        **{f"{name}_answers": c.people for name, c in topic.columns.items()},
                    }
                    for topic in self.topics
                },
                "weakest": [
                    {"topic": topic.topic, "share": _rounded(now[1]), "source": now[0]}
                    for topic in self.weakest
                    if (now := topic.now()) is not None
                ],
            },
        }


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _note_json(note: Note) -> dict[str, Any]:
    found: dict[str, Any] = {"kind": note.kind, "group": note.group, "week": note.week}
    if note.versions > 1:
        found |= {"versions": note.versions, "used_respondents": note.used}
    else:
        found["arrived"] = note.arrived
    found["sources"] = note.sources
    return found


def _group_json(group: GroupReport) -> dict[str, Any]:
    return {
        "sessions": group.sessions,
        "finished": group.finished,
        "survey_respondents": group.respondents,
        "steps": group.steps,
        "steps_missing": group.steps_missing,
        "modules": group.modules,
        "topics": {
            topic: {
                "baseline": _rounded(value.baseline.share),
                "session": _rounded(value.session.share),
                "session_answers": value.session.people,
                "rechecks": [
                    {"week": p.week, "share": _rounded(p.counts.share), "answers": p.counts.people}
                    for p in value.rechecks
                ],
                "hidden": dict(value.hidden),
            }
            for topic, value in group.topics.items()
        },
    }


def _counts(entry: dict[str, Any] | None, people: int) -> Counts:
    if entry is None:
        return Counts(people=people)
    correct, answered = entry.get("correct"), entry.get("answered")
    if correct is None or answered is None:
        return Counts(people=people)
    return Counts(correct, answered, people, shown=people >= MIN_ANSWERS and answered > 0)


def _in_order(library: Library, topics: set[str]) -> list[str]:
    order = list(library.survey.topics)
    return sorted(topics, key=lambda x: (order.index(x) if x in order else len(order), x))


def _pick(
    kind: Literal["survey", "recheck"],
    group: str,
    week: str | None,
    copies: list[tuple[Source, dict[str, Any]]],
    size: Any,
    notes: list[Note],
) -> dict[str, Any]:
    """One file's copies: the same id counts once; of different versions the biggest counts."""
    by_id: dict[str, list[tuple[Source, dict[str, Any]]]] = {}
    for source, entry in copies:
        by_id.setdefault(entry["id"], []).append((source, entry))
    chosen = max((found[0][1] for found in by_id.values()), key=size)
    paths = [str(source.path) for source, _ in copies]
    if len(by_id) > 1:
        notes.append(Note(kind, group, week, len(copies), paths, len(by_id), size(chosen)))
    elif len(copies) > 1:
        notes.append(Note(kind, group, week, len(copies), paths))
    return chosen


def merge(library: Library, loaded: Loaded) -> OrgReport:
    """The merged report of `loaded` (see the module's rules)."""
    notes: list[Note] = []
    surveys: dict[str, list] = defaultdict(list)
    sessions: dict[tuple[str, str], list] = defaultdict(list)
    rechecks: dict[tuple[str, str], list] = defaultdict(list)
    groups: set[str] = set()
    for source in loaded.sources:
        for group, entry in source.document["groups"].items():
            groups.add(group)
            if entry.get("survey") is not None:
                surveys[group].append((source, entry["survey"]))
            for session in entry.get("sessions", []):
                sessions[group, session["id"]].append((source, session))
            for recheck in entry.get("rechecks", []):
                rechecks[group, recheck["week"]].append((source, recheck))

    unique: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for (group, _), copies in sessions.items():
        chosen = max((entry for _, entry in copies), key=lambda e: e.get("answers") or 0)
        unique[group].append(chosen)
        if len(copies) > 1:
            paths = [str(source.path) for source, _ in copies]
            notes.append(Note("session", group, chosen.get("week"), len(copies), paths))

    chosen_surveys = {
        group: _pick("survey", group, None, copies, lambda e: e["respondents"], notes)
        for group, copies in sorted(surveys.items())
    }
    surveyed = {topic for entry in chosen_surveys.values() for topic in (entry.get("topics") or {})}
    reports = []
    for group in sorted(groups):
        survey = chosen_surveys.get(group)
        weeks = sorted(week for g, week in rechecks if g == group)
        picked = {
            week: _pick(
                "recheck",
                group,
                week,
                rechecks[group, week],
                # The people who took it: each answered every topic, so the most on any one.
                lambda e: max((p["respondents"] for p in e["topics"].values()), default=0),
                notes,
            )
            for week in weeks
        }
        runs = unique[group]
        covered = {topic for run in runs for topic in run["covered"]}
        measured = {topic for entry in picked.values() for topic in entry["topics"]}
        baseline_topics = set((survey or {}).get("topics") or {})
        if survey and survey.get("topics") is None:
            baseline_topics = surveyed  # hidden: as hidden on every topic the others show
        topics: dict[str, GroupTopic] = {}
        for topic in _in_order(library, covered | measured | baseline_topics):
            respondents = survey["respondents"] if survey else 0
            baseline = _counts(((survey or {}).get("topics") or {}).get(topic), respondents)
            if survey and survey.get("topics") is not None and topic not in survey["topics"]:
                baseline = Counts()  # not asked: not measured, not hidden
            session = Counts()
            for run in runs:
                found = run["topics"].get(topic)
                if found and found["answered"] >= MIN_ANSWERS:
                    session.add(Counts(found["correct"], found["answered"], found["answered"]))
            session.shown = session.answered >= MIN_ANSWERS
            points = []
            for week in weeks:
                point = picked[week]["topics"].get(topic)
                people = point["respondents"] if point else 0
                points.append(Point(week, _counts(point, people)))
            topics[topic] = GroupTopic(baseline, session, points)
        steps = {step for run in runs for step in run["steps"]}
        if survey and survey["respondents"] > 0:
            steps.add(1)  # the survey is the programme's first step
        reports.append(
            GroupReport(
                group=group,
                sessions=len(runs),
                finished=sum(1 for run in runs if run["finished"]),
                respondents=survey["respondents"] if survey else None,
                steps=sorted(steps),
                modules=sorted({module for run in runs for module in run["modules"]}),
                topics=topics,
            )
        )
    org_topics = _suppress_across_groups(library, reports)
    return OrgReport(loaded.sources, reports, org_topics, notes, loaded.unreadable)


def hidden_groups(counts: dict[str, int], shown: set[str]) -> dict[str, HiddenBecause]:
    """Which groups to leave out of one organisation figure, and why.

    `counts`: the people (or answers) behind each group's figure; `shown`: the groups whose
    figure passed the threshold. The survey report's rule (`hidden_levels`) first; then, while
    the hidden groups together stand on fewer than MIN_ANSWERS, the next-smallest shown one.
    """
    present = {group: count for group, count in counts.items() if count > 0}
    hidden = dict(hidden_levels(present, MIN_ANSWERS))
    hidden |= {group: "too_few" for group in present if group not in shown}
    while hidden and sum(present[g] for g in hidden) < MIN_ANSWERS:
        left = [group for group in sorted(present) if group not in hidden]
        if not left:
            break
        hidden[min(left, key=present.__getitem__)] = "subtraction"
    return hidden


def _suppress_across_groups(library: Library, reports: list[GroupReport]) -> list[OrgTopic]:
    """Apply the rule per topic and column; the organisation figure sums the groups shown."""
    names = {topic for report in reports for topic in report.topics}
    org = []
    for topic in _in_order(library, names):
        columns = {}
        for name in COLUMNS:
            figures = {
                report.group: found
                for report in reports
                if topic in report.topics
                and (found := report.topics[topic].column(name)) is not None
            }
            if name == "recheck":  # the latest re-check, hidden or not, where none is shown
                for report in reports:
                    curve = report.topics.get(topic)
                    if curve and curve.latest is None and curve.rechecks:
                        last = max(curve.rechecks, key=lambda p: p.counts.people)
                        figures.setdefault(report.group, last.counts)
            counts = {group: c.people for group, c in figures.items()}
            shown = {group for group, c in figures.items() if c.shown}
            hidden = hidden_groups(counts, shown)
            total = Counts()
            for group, counts_of in figures.items():
                if group in hidden:
                    curve = next(r for r in reports if r.group == group).topics[topic]
                    curve.hidden[name] = hidden[group]
                    if hidden[group] == "subtraction":
                        counts_of.shown = False  # hidden in the group's row too
                elif counts_of.shown:
                    total.add(counts_of)
            total.shown = total.people >= MIN_ANSWERS and total.answered > 0
            columns[name] = total
        org.append(OrgTopic(topic, columns))
    return org
