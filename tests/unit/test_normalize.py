"""Phone keys: the fast path for +CC numbers agrees with libphonenumber's E.164."""

from __future__ import annotations

import re

import phonenumbers
import pytest
from hypothesis import given
from hypothesis import strategies as st

from posse_desktop.services.normalize import (
    _split_country_code,
    _suffix_text,
    _tails_and_national,
    phone_index_text,
    phone_key,
    phone_search_text,
    sort_key,
)

INTERNATIONAL = [
    "+49 30 12345678",
    "+49 170 1234567",
    "+1 (555) 010-0100",
    "+44 20 7946 0000",
    "+44 (0)20 7946 0000",  # trunk 0 in brackets: parser path
    "+39 06 1234 5678",  # Italian leading zero is part of the number: parser path
    "+33 6 12 34 56 78",
    "+81 3-1234-5678",
    "+86 10 1234 5678",
    "+354 551 2345",
    "+234 803 123 4567",
    "+61 2 9876 5432",
    "+55 11 91234 5678",
]


@pytest.mark.parametrize("number", INTERNATIONAL)
def test_key_is_e164(number):
    expected = phonenumbers.format_number(
        phonenumbers.parse(number, None), phonenumbers.PhoneNumberFormat.E164
    )
    assert phone_key(number) == expected


def test_fast_path_is_taken_for_plain_international_numbers():
    assert _split_country_code("4930123456") == (49, "30123456")
    assert _split_country_code("3906123456") is None  # leading 0 after the code: parser decides
    assert _split_country_code("1555") is None  # too short to be a number


@pytest.mark.parametrize(
    "number, key", [("555-0100", "5550100"), ("tel:+33612345678", "+33612345678"), ("ext 12", "12")]
)
def test_keys_of_other_forms(number, key):
    assert phone_key(number) == key


def test_search_text_has_every_tail_and_the_home_form():
    tokens = phone_search_text("+49 30 1234 5678").split()
    assert "5678" in tokens and "12345678" in tokens and "493012345678" in tokens
    assert "03012345678" in tokens  # as dialled in Germany
    assert all(len(t) >= 3 for t in tokens)


def test_sort_key_ignores_case_and_accents():
    assert sort_key("Ángela Núñez") == sort_key("angela nunez")


@pytest.mark.parametrize(
    "number",
    [
        "12",
        "",
        "not a phone",
        "+1 555 0100 ext. 12",
        "tel:0301234567",
        "  +33 1 23 45 67 89 ",
        "+",
        "+-",  # no digits after the plus: raised ValueError
        "+()",
    ],
)
def test_odd_numbers_give_a_plain_key_and_never_raise(number):
    key = phone_key(number)
    assert key == "" or key.lstrip("+").isdigit()
    assert all(t.isdigit() for t in phone_search_text(number).split())


def _fts_tokens(text: str) -> set[str]:
    """Words as FTS5's unicode61 tokenizer cuts them (letters and digits, case-folded)."""
    return {t.casefold() for t in re.findall(r"[^\W_]+", text)}


@given(st.text(alphabet="0123456789 +-()/.xetTEL:", max_size=24))
def test_index_text_finds_whatever_the_number_as_written_found(number):
    # A search word matches a token it begins. Every token of the number as written (what the
    # index held before the written digit groups were left out) must still begin some token.
    kept = _fts_tokens(phone_index_text(number))
    for token in _fts_tokens(f"{number} {phone_search_text(number)}"):
        assert any(k.startswith(token) for k in kept), (number, token)


def test_index_text_leaves_out_written_groups_the_suffixes_begin_with():
    text = phone_index_text("+49 170 1234567")
    assert text.split()[0] == "+49"  # too short to be left out
    assert "170" not in text.split() and "1234567" in text.split()  # a suffix, not the group
    assert phone_index_text("ext. 12").startswith("ext. 12 ")


@given(
    st.text(alphabet="0123456789", min_size=5, max_size=17),
    st.integers(min_value=1, max_value=3),
    st.booleans(),
)
def test_tails_of_a_plain_number_are_the_general_suffix_text(digits, code_length, trunk):
    national = ("0" if trunk else "") + digits[code_length:]
    assert _tails_and_national(digits, national) == _suffix_text((digits, national))
