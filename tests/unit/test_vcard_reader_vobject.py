"""The reader agrees with vobject on well-formed cards (that vobject itself wrote)."""

from __future__ import annotations

import csv
from pathlib import Path

import vobject
from hypothesis import given, settings
from hypothesis import strategies as st

from posse_desktop.vcard import read_vcards

# Text a person might type, in any script, with the characters vCard must escape.
_chars = st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\x85")
words = (
    st.text(_chars | st.sampled_from(",;:\\\"'=é漢😀"), min_size=1, max_size=30)
    .map(str.strip)
    .filter(bool)
)
notes = st.lists(words, min_size=1, max_size=4).map("\n".join)
emails = st.from_regex(r"[a-z0-9.]{1,12}@[a-z]{1,10}\.example", fullmatch=True)
phones = st.from_regex(r"\+?[0-9][0-9 ()-]{2,14}[0-9]", fullmatch=True)


@st.composite
def vobject_cards(draw: st.DrawFn) -> str:
    card = vobject.vCard()
    family, given_name = draw(words), draw(words)
    card.add("n").value = vobject.vcard.Name(family=family, given=given_name)
    card.add("fn").value = draw(words)
    for value in draw(st.lists(emails, max_size=3)):
        card.add("email").value = value
    for value in draw(st.lists(phones, max_size=3)):
        card.add("tel").value = value
    card.add("org").value = draw(st.lists(words, min_size=1, max_size=3))
    card.add("title").value = draw(words)
    card.add("note").value = draw(notes)
    return card.serialize()


def _ours(text: str) -> dict:
    result = read_vcards(text.encode("utf-8"), "vobject.vcf")
    assert len(result.cards) == 1 and not result.problems, result.problems
    data = result.cards[0].data
    return {
        "fn": data.formatted_name,
        "n": (data.name.family, data.name.given),
        "emails": [e.value for e in data.emails],
        "tels": [p.value for p in data.phones],
        "org": [data.org, *data.department.split(", ")] if data.department else [data.org],
        "title": data.title,
        "note": data.notes,
    }


def _theirs(text: str) -> dict:
    card = vobject.readOne(text)
    return {
        "fn": card.fn.value.strip(),
        "n": (card.n.value.family.strip(), card.n.value.given.strip()),
        "emails": [e.value for e in card.contents.get("email", [])],
        "tels": [t.value for t in card.contents.get("tel", [])],
        "org": [u.strip() for u in card.org.value if u.strip()],
        "title": card.title.value.strip(),
        "note": card.note.value.strip(),
    }


@settings(max_examples=150, deadline=1000)
@given(vobject_cards())
def test_reader_matches_vobject_on_cards_vobject_wrote(text: str) -> None:
    ours, theirs = _ours(text), _theirs(text)
    if any(", " in unit for unit in theirs["org"][1:]):
        ours["org"] = theirs["org"]  # ", " inside a unit is ambiguous once units are joined
    assert ours == theirs


def test_reader_keeps_what_vobject_truncates() -> None:
    """vobject reads a 2.1 note only up to its first comma; the reader keeps all of it."""
    text = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Carla\r\nNOTE:Met at conf, liked sushi\r\nEND:VCARD\r\n"
    )
    assert vobject.readOne(text).note.value == "Met at conf"
    assert read_vcards(text.encode(), "note.vcf").cards[0].data.notes == "Met at conf, liked sushi"


def test_reader_matches_vobject_on_well_formed_corpus_cards(shared_vcards: Path) -> None:
    """Conformant 3.0/4.0 files of the corpus: the same FN, emails, phones and notes as vobject,
    except where vobject cuts a value at its first comma (then ours is the whole value) or leaves
    `\\:` escaped."""
    compared = 0
    with (shared_vcards / "provenance.tsv").open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle, delimiter="\t") if not r["malformed"]]
    for row in rows:
        if row["versions"] not in ("3.0", "4.0"):
            continue
        data = (shared_vcards / row["local"]).read_bytes()
        try:
            theirs = list(vobject.readComponents(data.decode("utf-8")))
        except (UnicodeDecodeError, vobject.base.VObjectError):
            continue  # vobject cannot read it: nothing to compare against
        ours = read_vcards(data, row["local"]).cards
        assert len(ours) == len(theirs), row["local"]
        for mine, card in zip(ours, theirs, strict=True):
            contents = card.contents
            assert [e.value for e in mine.data.emails] == [
                e.value.strip() for e in contents.get("email", [])
            ]
            assert [p.value for p in mine.data.phones] == [
                t.value.strip().removeprefix("tel:") for t in contents.get("tel", [])
            ]
            for value, prop in ((mine.data.formatted_name, "fn"), (mine.data.notes, "note")):
                if prop in contents:
                    # vobject also leaves "\:" escaped (Apple writes it); the reader undoes it.
                    expected = contents[prop][0].value.strip().replace("\\:", ":")
                    assert value == expected or (
                        value.startswith(expected) and value[len(expected)] == ","
                    ), (row["local"], prop)
            compared += 1
    assert compared > 1000
