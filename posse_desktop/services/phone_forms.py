"""Both normalised forms of a phone number, for bulk writers (see normalize.phone_forms)."""

from __future__ import annotations

from posse_desktop.services.normalize import phone_forms


class PhoneForms:
    """Kept as an object so bulk writers can share it; the cache lives in normalize."""

    def key(self, phone: str) -> str:
        """== normalize.phone_key(phone)."""
        return phone_forms(phone)[0]

    def search_text(self, phone: str) -> str:
        """== normalize.phone_search_text(phone)."""
        return phone_forms(phone)[1]
