"""The kiosk survey: one participant after another answers the anonymous survey on one screen.

`kiosk_app(bank, data, group, language).run()` is the whole public API.
"""

from workshop.tui.kiosk.app import KioskApp, kiosk_app

__all__ = ["KioskApp", "kiosk_app"]
