"""The kiosk survey: one participant after another answers the anonymous survey on one screen.

`KioskApp(bank, data, group, language).run()` is the whole public API.
"""

from workshop.tui.kiosk.app import KioskApp

__all__ = ["KioskApp"]
