"""The one owner of a group's survey file while the survey runs on the shared screen.

The kiosk and the phones both hand over finished responses; the collector writes each on the
store thread, in the order they came, so a slow disk never stalls the kiosk screen or a phone,
and the file is never written from two threads.
"""

from __future__ import annotations

from workshop.runner import SerialRunner
from workshop.store.surveys import Response, SurveyFile


class SurveyCollector:
    """Owns `survey_file` (already open and locked); used from the event loop."""

    def __init__(self, survey_file: SurveyFile, runner: SerialRunner) -> None:
        self._file = survey_file
        self.runner = runner
        self.stored = 0
        """Responses stored since the survey opened, from the keyboard and from phones."""

    async def add(self, response: Response) -> None:
        """Store one finished response; returns once it is on disk (raises UserError if not)."""
        await self.runner.call(self._file.add, [response])
        self.stored += 1

    async def responses(self) -> list[Response]:
        """Every response in the file, read on the store thread."""
        return await self.runner.call(self._file.responses)

    def close(self) -> None:
        """Wait for the writes under way, then let go of the file (and its lock); once only."""
        self.runner.shutdown()
        self._file.close()
