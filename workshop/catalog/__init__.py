"""Message catalogues, one module per area of the tool (see workshop.i18n)."""

AREAS = (
    "cli",
    "content",
    "export",
    "followup",
    "kiosk",
    "org",
    "phone",
    "plan",
    "recheck",
    "refusals",
    "store",
    "survey",
    "tui",
)
"""Every catalogue module; listed rather than discovered, which costs a start-up 15 ms."""
