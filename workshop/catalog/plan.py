"""Messages of the planner."""

MESSAGES = {
    "plan.reason_always": {"en": "always on the agenda", "nl": "altijd op de agenda"},
    "plan.reason_track": {"en": "part of this group's track", "nl": "hoort bij deze groep"},
    "plan.reason_no_time": {"en": "left out: no time", "nl": "weggelaten: geen tijd"},
}
