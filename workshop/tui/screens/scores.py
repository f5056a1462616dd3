"""Group scores: this session, per topic against the survey baseline, and other groups."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Footer, Static

from workshop.content import Library
from workshop.i18n import t
from workshop.scores import SessionScores, Share


def percent(value: float | None, language: str) -> str:
    return t("tui.too_few_short", lang=language) if value is None else f"{value:.0%}"


class ScoresScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,s,right,space,enter", "dismiss", t("tui.continue"), id="close")]

    def __init__(
        self, scores: SessionScores, library: Library, group: str, language: str, title: str
    ) -> None:
        super().__init__()
        self.scores = scores
        self.library = library
        self.group = group
        self.language = language
        self.title_text = title

    def compose(self) -> ComposeResult:
        language = self.language
        overall = self.scores.overall
        with Vertical(classes="dialog scores"):
            yield Static(self.title_text, classes="dialog-question")
            if overall.value is None:
                yield Static(
                    t("tui.too_few", lang=language, count=overall.answered), classes="too-few"
                )
            else:
                yield Static(
                    t(
                        "tui.session_score",
                        lang=language,
                        group=self.group,
                        score=f"{overall.value:.0%}",
                        answers=overall.answered,
                    ),
                    classes="big-score",
                )
            yield DataTable(id="topic-scores", cursor_type="none", show_cursor=False)
            if self.scores.other_groups:
                yield DataTable(id="group-scores", cursor_type="none", show_cursor=False)
            yield Static(t("tui.anonymity_note", lang=language), classes="hint")
        yield Footer()

    def on_mount(self) -> None:
        language = self.language
        topics = self.query_one("#topic-scores", DataTable)
        topics.add_columns(
            t("tui.col_topic", lang=language),
            t("tui.col_baseline", lang=language),
            t("tui.col_session", lang=language),
            t("tui.col_gain", lang=language),
        )
        for score in self.scores.topics:
            gain = score.gain
            topics.add_row(
                self.library.topic_name(score.topic, language),
                "—" if score.baseline is None else f"{score.baseline:.0%}",
                percent(score.session.value, language),
                "—" if gain is None else f"{gain * 100:+.0f}",
            )
        if self.scores.other_groups:
            groups = self.query_one("#group-scores", DataTable)
            groups.add_columns(
                t("tui.col_group", lang=language),
                t("tui.col_score", lang=language),
                t("tui.col_answers", lang=language),
            )
            rows: list[tuple[str, Share]] = [(self.group, self.scores.overall)]
            rows += sorted(self.scores.other_groups.items())
            for group, share in rows:
                groups.add_row(group, percent(share.value, language), str(share.answered))
