"""Only http, https, mailto and tel links are ever opened."""

from __future__ import annotations

import pytest

from posse_desktop.links import is_safe_url, link_for_email, link_for_phone, link_for_web


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com",
        "http://example.com/path?q=1#frag",
        "HTTPS://Example.COM",
        "mailto:dana@acme.example",
        "tel:+15550100",
        "https://xn--bcher-kva.example/",
    ],
)
def test_safe_links(url):
    assert is_safe_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "",
        "file:///etc/passwd",
        "FILE:///etc/passwd",
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "smb://attacker.example/share",
        "ftp://example.com",
        "vbscript:msgbox",
        "/dev/zero",
        "example.com",
        "https:/example.com",
        "https:example.com",
        "http://",
        "mailto:",
        "tel:",
        "mailto://evil.example",
        "https://example.com/\u202egnp.exe",
        "https://exa mple.com",
        "https://example.com/\nfile:///etc/passwd",
        "https://example.com\x00",
        "https://[::1",
        "https://" + "a" * 5000 + ".example",
    ],
)
def test_unsafe_links(url):
    assert not is_safe_url(url)


def test_not_a_string_is_not_safe():
    assert not is_safe_url(None)  # type: ignore[arg-type]
    assert not is_safe_url(b"https://example.com")  # type: ignore[arg-type]


def test_links_built_from_contact_fields():
    assert link_for_email("dana@acme.example") == "mailto:dana@acme.example"
    assert link_for_email("dana@acme.example?cc=boss@acme.example") is None
    assert link_for_email("not an address") is None
    assert link_for_phone("+1 (555) 010-0") == "tel:+15550100"
    assert link_for_phone("ask reception") is None
    assert link_for_web("acme.example/team") == "https://acme.example/team"
    assert link_for_web("https://acme.example") == "https://acme.example"
    assert link_for_web("file:///etc/passwd") is None
    assert link_for_web('<a href="file:///etc/passwd">x</a>') is None


def test_a_web_value_with_another_scheme_is_never_wrapped_in_https():
    from posse_desktop.links import link_for_web

    assert link_for_web("javascript:alert(1)") is None
    assert link_for_web("data:text/html,<b>x</b>") is None
    assert link_for_web("file:/etc/passwd") is None
    assert link_for_web("example.com:8080/x") == "https://example.com:8080/x"
    assert link_for_web("ana.example") == "https://ana.example"
