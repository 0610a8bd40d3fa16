"""Peewee models for the whole data model of DESIGN.md.

Tables exist now so that later features add behaviour, not tables. Dates are stored as ISO text
(peewee's default); partial dates (year optional) as three integer columns.
"""

from __future__ import annotations

import peewee as pw
from playhouse.sqlite_ext import FTS5Model, RowIDField, SearchField

from posse_desktop.db.connection import database

# A foreign key gets no index of its own where a composite index starts with it (index=False):
# SQLite uses the composite one for the key's lookups, and each extra index costs every write.


class BaseModel(pw.Model):
    class Meta:
        database = database
        legacy_table_names = False


class Contact(BaseModel):
    uid = pw.CharField(index=True, default="")
    prefix = pw.CharField(default="")
    given = pw.CharField(default="")
    additional = pw.CharField(default="")
    family = pw.CharField(default="")
    suffix = pw.CharField(default="")
    formatted_name = pw.CharField(default="")
    # Case-folded display name: the list's order, kept in an index so paging is cheap.
    sort_key = pw.CharField(default="")
    # Position in list order, spaced so most inserts fit between neighbours; the rowid of the
    # contact's row in ContactListIndex (see services/list_order.py). NULL until placed.
    sort_rank = pw.BigIntegerField(null=True, index=True)
    nickname = pw.CharField(default="")
    org = pw.CharField(default="")
    department = pw.CharField(default="")
    title = pw.CharField(default="")
    birthday_year = pw.IntegerField(null=True)
    birthday_month = pw.IntegerField(null=True)
    birthday_day = pw.IntegerField(null=True)
    anniversary_year = pw.IntegerField(null=True)
    anniversary_month = pw.IntegerField(null=True)
    anniversary_day = pw.IntegerField(null=True)
    notes = pw.TextField(default="")
    how_we_met = pw.TextField(default="")
    introduced_by = pw.ForeignKeyField(
        "self", null=True, on_delete="SET NULL", backref="introduced"
    )
    cadence_days = pw.IntegerField(null=True)
    strength_override = pw.IntegerField(null=True)
    # Cached by services/strength.py: interaction weights decayed to a fixed epoch (see there).
    strength_score = pw.FloatField(null=True)
    snoozed_until = pw.DateField(null=True)
    # Denormalised from interactions so "going cold" needs no scan of the timeline.
    last_contacted_at = pw.DateTimeField(null=True, index=True)
    primary_email = pw.CharField(default="")
    primary_phone = pw.CharField(default="")
    has_photo = pw.BooleanField(default=False)
    vcard_source = pw.TextField(default="")
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()
    deleted_at = pw.DateTimeField(null=True)

    class Meta:
        indexes = (
            (("deleted_at", "sort_key"), False),
            (("sort_key", "id"), False),
            (("deleted_at", "sort_rank"), False),
            (("birthday_month", "birthday_day"), False),
            (("anniversary_month", "anniversary_day"), False),
            (("cadence_days",), False),
        )


class Photo(BaseModel):
    """Kept out of the contact row so that listing thousands of contacts reads no image bytes."""

    contact = pw.ForeignKeyField(
        Contact, primary_key=True, on_delete="CASCADE", backref="photo_row"
    )
    data = pw.BlobField()
    mime = pw.CharField(default="image/jpeg")


class ContactField(BaseModel):
    """Emails, phones, URLs and IMs: typed, labelled, ordered, with a preferred flag."""

    contact = pw.ForeignKeyField(Contact, on_delete="CASCADE", backref="fields", index=False)
    kind = pw.CharField()  # FieldKind
    label = pw.CharField(default="")
    value = pw.CharField()
    # Lower-cased email / E.164 phone: what duplicate detection compares.
    normalized = pw.CharField(default="", index=True)
    position = pw.IntegerField(default=0)
    pref = pw.BooleanField(default=False)

    class Meta:
        indexes = ((("contact", "kind", "position"), False),)


class Address(BaseModel):
    contact = pw.ForeignKeyField(Contact, on_delete="CASCADE", backref="addresses")
    label = pw.CharField(default="")
    po_box = pw.CharField(default="")
    extended = pw.CharField(default="")
    street = pw.CharField(default="")
    locality = pw.CharField(default="")
    region = pw.CharField(default="")
    postal_code = pw.CharField(default="")
    country = pw.CharField(default="")
    position = pw.IntegerField(default=0)
    pref = pw.BooleanField(default=False)


class Tag(BaseModel):
    name = pw.CharField(unique=True, collation="NOCASE")


class ContactTag(BaseModel):
    contact = pw.ForeignKeyField(Contact, on_delete="CASCADE", backref="tag_links", index=False)
    tag = pw.ForeignKeyField(Tag, on_delete="CASCADE", backref="contact_links")
    position = pw.IntegerField(default=0)

    class Meta:
        indexes = ((("contact", "tag"), True),)


class ContactRole(BaseModel):
    contact = pw.ForeignKeyField(Contact, on_delete="CASCADE", backref="role_links", index=False)
    role = pw.CharField(index=True)  # Role

    class Meta:
        indexes = ((("contact", "role"), True),)


class Skill(BaseModel):
    name = pw.CharField(unique=True, collation="NOCASE")


class Expertise(BaseModel):
    contact = pw.ForeignKeyField(Contact, on_delete="CASCADE", backref="expertise", index=False)
    skill = pw.ForeignKeyField(Skill, on_delete="CASCADE", backref="experts")
    level = pw.CharField(default="average")  # ExpertiseLevel
    evidence = pw.TextField(default="")
    confirmed_on = pw.DateField(null=True)
    position = pw.IntegerField(default=0)

    class Meta:
        indexes = ((("contact", "skill"), True),)


class Relationship(BaseModel):
    """A directed link between two contacts (vCard 4 RELATED): knows, colleague, reports-to..."""

    from_contact = pw.ForeignKeyField(
        Contact, on_delete="CASCADE", backref="relationships_out", index=False
    )
    to_contact = pw.ForeignKeyField(Contact, on_delete="CASCADE", backref="relationships_in")
    kind = pw.CharField(default="knows")
    note = pw.TextField(default="")

    class Meta:
        indexes = ((("from_contact", "to_contact", "kind"), True),)


class Interaction(BaseModel):
    occurred_at = pw.DateTimeField(index=True)
    kind = pw.CharField()  # InteractionKind
    summary = pw.CharField(default="")
    details = pw.TextField(default="")
    follow_up_on = pw.DateField(null=True, index=True)
    follow_up_done = pw.BooleanField(default=False)
    created_at = pw.DateTimeField()

    class Meta:
        # A kind filter on the timeline is one index range per kind (services/timeline.py).
        indexes = ((("kind", "occurred_at"), False),)


class InteractionContact(BaseModel):
    interaction = pw.ForeignKeyField(
        Interaction, on_delete="CASCADE", backref="contact_links", index=False
    )
    contact = pw.ForeignKeyField(
        Contact, on_delete="CASCADE", backref="interaction_links", index=False
    )
    # Copied from the interaction so one contact's history is a single index range scan.
    occurred_at = pw.DateTimeField()

    class Meta:
        indexes = (
            (("interaction", "contact"), True),
            # interaction last: keyset paging (occurred_at, interaction) needs no sort.
            (("contact", "occurred_at", "interaction"), False),
        )


class HelpRequest(BaseModel):
    """A "tough project": the question asked, and who was asked."""

    topic = pw.TextField()
    notes = pw.TextField(default="")
    created_at = pw.DateTimeField()
    closed_at = pw.DateTimeField(null=True)


class HelpCandidate(BaseModel):
    request = pw.ForeignKeyField(
        HelpRequest, on_delete="CASCADE", backref="candidates", index=False
    )
    contact = pw.ForeignKeyField(Contact, on_delete="CASCADE", backref="help_candidacies")
    status = pw.CharField(default="suggested")  # suggested / asked / helped / declined
    outcome = pw.TextField(default="")
    asked_at = pw.DateTimeField(null=True)
    thanked_at = pw.DateTimeField(null=True)

    class Meta:
        indexes = ((("request", "contact"), True),)


class AddressBook(BaseModel):
    """A remote CardDAV address book this database syncs with."""

    url = pw.CharField(unique=True)
    display_name = pw.CharField(default="")
    username = pw.CharField(default="")
    sync_token = pw.CharField(default="")
    ctag = pw.CharField(default="")
    last_synced_at = pw.DateTimeField(null=True)


class SyncState(BaseModel):
    contact = pw.ForeignKeyField(Contact, on_delete="CASCADE", backref="sync_states", index=False)
    address_book = pw.ForeignKeyField(
        AddressBook, on_delete="CASCADE", backref="states", index=False
    )
    href = pw.CharField()
    etag = pw.CharField(default="")

    class Meta:
        indexes = ((("address_book", "href"), True), (("contact", "address_book"), True))


class Tombstone(BaseModel):
    """A contact deleted here that a later sync must delete remotely."""

    address_book = pw.ForeignKeyField(AddressBook, on_delete="CASCADE", backref="tombstones")
    href = pw.CharField()
    uid = pw.CharField(default="")
    etag = pw.CharField(default="")
    deleted_at = pw.DateTimeField()


class Setting(BaseModel):
    """User preferences that belong with the data (cadence defaults, synonyms), JSON values."""

    key = pw.CharField(primary_key=True)
    value = pw.TextField()


class ImportBatch(BaseModel):
    """One vCard import, so it can be undone as one step."""

    created_at = pw.DateTimeField()
    sources = pw.TextField(default="")  # file names, one per line
    undone_at = pw.DateTimeField(null=True)


class ImportBatchItem(BaseModel):
    """A contact an import added or updated; `before` is the JSON snapshot undo restores."""

    batch = pw.ForeignKeyField(ImportBatch, on_delete="CASCADE", backref="items")
    contact = pw.ForeignKeyField(Contact, on_delete="CASCADE", backref="import_items")
    action = pw.CharField()  # "added" / "updated"
    before = pw.TextField(null=True)


class ContactIndex(FTS5Model):
    """A contact's searchable text by field; rowid = contact id.

    Only notes and tags are indexed (help's "who wrote about X"); the other columns are stored
    unindexed as the source of the list index's text (services/list_order.py), which is what the
    search box queries. Indexing them here too cost a sixth of a 10k-card import. Written by the
    contacts service in the same transaction as the contact.
    """

    rowid = RowIDField()
    name = SearchField(unindexed=True)
    org = SearchField(unindexed=True)
    emails = SearchField(unindexed=True)
    phones = SearchField(unindexed=True)
    notes = SearchField()
    tags = SearchField()
    expertise = SearchField(unindexed=True)

    class Meta:
        database = database
        table_name = "contact_index"
        # No prefix indexes: help looks up whole words, and each prefix index would double the cost.
        options = {"tokenize": "unicode61 remove_diacritics 2"}


class ContactListIndex(FTS5Model):
    """The same text as ContactIndex in one column, keyed by Contact.sort_rank, not by id.

    FTS5 yields matches in rowid order, so with rowid = list position the first page of a search
    in alphabetical order is read without materialising every match: "a" over 100k contacts
    costs one page, not 90k rows sorted. Maintained by services/list_order.py.
    """

    rowid = RowIDField()
    body = SearchField()

    class Meta:
        database = database
        table_name = "contact_list_index"
        # Prefix indexes for one and two letters, where a term range would be huge; from three
        # letters on FTS5 merges the few matching terms' lists just as fast. detail=none: the
        # search asks only which rows hold every word (services/search.py: no phrases, no
        # columns), so token positions are not stored; that makes imports a tenth faster.
        # columnsize=0: no per-row token counts either; nothing ranks by bm25 here.
        options = {
            "tokenize": "unicode61 remove_diacritics 2",
            "prefix": "1 2",
            "detail": "none",
            "columnsize": 0,
        }


ALL_TABLES: list[type[pw.Model]] = [
    Contact,
    Photo,
    ContactField,
    Address,
    Tag,
    ContactTag,
    ContactRole,
    Skill,
    Expertise,
    Relationship,
    Interaction,
    InteractionContact,
    HelpRequest,
    HelpCandidate,
    AddressBook,
    SyncState,
    Tombstone,
    Setting,
    ImportBatch,
    ImportBatchItem,
    ContactIndex,
    ContactListIndex,
]
