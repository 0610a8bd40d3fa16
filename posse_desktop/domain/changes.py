"""What a write touched, so each pane refreshes only that (Anki's OpChanges idea)."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """Returned by every service write and broadcast by the main window.

    Attributes:
        contacts: ids of contacts whose data changed (created, edited, trashed, restored, purged).
        contact_set: the set or order of listed contacts changed (a search must be re-run).
        interactions: the timeline changed.
        help_requests: help requests changed.
        created: ids of contacts created by this write (so the UI can select them).
    """

    contacts: frozenset[int] = field(default_factory=frozenset)
    contact_set: bool = False
    interactions: bool = False
    help_requests: bool = False
    created: frozenset[int] = field(default_factory=frozenset)

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(
            contacts=self.contacts | other.contacts,
            contact_set=self.contact_set or other.contact_set,
            interactions=self.interactions or other.interactions,
            help_requests=self.help_requests or other.help_requests,
            created=self.created | other.created,
        )

    @property
    def empty(self) -> bool:
        return not (self.contacts or self.contact_set or self.interactions or self.help_requests)
