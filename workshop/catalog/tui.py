"""Messages of the workshop screens."""

MESSAGES = {
    "tui.quit": {"en": "quit", "nl": "afsluiten"},
    "tui.agenda_title": {
        "en": "workshop · {group} · {minutes} min",
        "nl": "workshop · {group} · {minutes} min",
    },
    "tui.agenda_default": {
        "en": "No survey for {group} yet: a standard agenda",
        "nl": "Nog geen enquête voor {group}: een standaardagenda",
    },
    "tui.planned_minutes": {
        "en": "{planned} of {minutes} minutes planned",
        "nl": "{planned} van {minutes} minuten gepland",
    },
    "tui.col_module": {"en": "Module", "nl": "Module"},
    "tui.col_minutes": {"en": "Time", "nl": "Tijd"},
    "tui.col_reason": {"en": "Why", "nl": "Waarom"},
}
