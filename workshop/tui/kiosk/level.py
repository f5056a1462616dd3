"""The optional level question: staff, manager, executive, or rather not say."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Footer, Label

from workshop.i18n import t
from workshop.survey.levels import level_options, level_question
from workshop.symbols import shape as shape_for
from workshop.tui.kiosk.choosing import ChoosingScreen
from workshop.tui.kiosk.flow import LEVELS
from workshop.tui.kiosk.messages import LevelChosen
from workshop.tui.kiosk.widgets import OptionRow


class LevelScreen(ChoosingScreen):
    """Asks the participant's level; the last option, "rather not say", stores no level."""

    def __init__(self, language: str, chosen: int | None = None) -> None:
        super().__init__(len(LEVELS) + 1, language, chosen)

    def labels(self) -> list[str]:
        return level_options(self.language)

    def compose(self) -> ComposeResult:
        lang = self.language
        with Vertical(id="level", classes="page"):
            yield Label(level_question(lang), id="question-text")
            yield Label(t("kiosk.level_optional", lang=lang), classes="subtitle")
            with Vertical(id="options"):
                for number, label in enumerate(self.labels(), 1):
                    yield OptionRow(
                        number, label, shape=shape_for(number), chosen=number == self.choice
                    )
            yield Label(t("kiosk.hint_choose", lang=lang), id="hint")
        yield Footer(show_command_palette=False)

    def confirmed(self, choice: int) -> None:
        self.post_message(LevelChosen(choice))
