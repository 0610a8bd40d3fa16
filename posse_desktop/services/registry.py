"""The services one window (or one CLI run) uses, built once by the composition root.

Services that are heavy to import (the importer pulls in rapidfuzz, help its stemmer and
synonyms) are created on first use, so they cost nothing before the window's first paint.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from posse_desktop.services.clock import Clock, system_clock
from posse_desktop.services.contacts import ContactsService
from posse_desktop.services.search import SearchService

if TYPE_CHECKING:
    from posse_desktop.services.cadence import CadenceService
    from posse_desktop.services.coverage import CoverageService
    from posse_desktop.services.exporter import ExportService
    from posse_desktop.services.help import HelpService
    from posse_desktop.services.help_requests import HelpRequestsService
    from posse_desktop.services.help_suggest import ExpertiseSuggestionService
    from posse_desktop.services.importer import ImportService
    from posse_desktop.services.ledger import LedgerService
    from posse_desktop.services.strength import StrengthService
    from posse_desktop.services.timeline import TimelineService
    from posse_desktop.services.upcoming import UpcomingService


class Services:
    def __init__(self, clock: Clock = system_clock) -> None:
        self.clock = clock
        self.contacts = ContactsService(clock)
        self.search = SearchService()

    @cached_property
    def timeline(self) -> TimelineService:
        from posse_desktop.services.timeline import TimelineService

        return TimelineService(self.clock)

    @cached_property
    def cadence(self) -> CadenceService:
        from posse_desktop.services.cadence import CadenceService

        return CadenceService(self.clock)

    @cached_property
    def strength(self) -> StrengthService:
        from posse_desktop.services.strength import StrengthService

        return StrengthService(self.clock)

    @cached_property
    def ledger(self) -> LedgerService:
        from posse_desktop.services.ledger import LedgerService

        return LedgerService()

    @cached_property
    def upcoming(self) -> UpcomingService:
        from posse_desktop.services.upcoming import UpcomingService

        return UpcomingService(self.clock)

    @cached_property
    def help(self) -> HelpService:
        from posse_desktop.services.help import HelpService

        return HelpService(self.clock)

    @cached_property
    def help_requests(self) -> HelpRequestsService:
        from posse_desktop.services.help_requests import HelpRequestsService

        return HelpRequestsService(self.clock)

    @cached_property
    def help_suggestions(self) -> ExpertiseSuggestionService:
        from posse_desktop.services.help_suggest import ExpertiseSuggestionService

        return ExpertiseSuggestionService(self.clock)

    @cached_property
    def coverage(self) -> CoverageService:
        from posse_desktop.services.coverage import CoverageService

        return CoverageService(self.clock)

    @cached_property
    def importer(self) -> ImportService:
        from posse_desktop.services.importer import ImportService

        return ImportService(self.clock)

    @cached_property
    def exporter(self) -> ExportService:
        from posse_desktop.services.exporter import ExportService

        return ExportService()
