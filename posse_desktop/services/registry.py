"""The services one window (or one CLI run) uses, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass, field

from posse_desktop.services.clock import Clock, system_clock
from posse_desktop.services.contacts import ContactsService
from posse_desktop.services.search import SearchService


@dataclass
class Services:
    clock: Clock = system_clock
    contacts: ContactsService = field(init=False)
    search: SearchService = field(init=False)

    def __post_init__(self) -> None:
        self.contacts = ContactsService(self.clock)
        self.search = SearchService()
