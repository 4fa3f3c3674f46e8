"""Design reads: the user's designs (listed, filtered, sorted), one design, its revisions."""

from datetime import UTC, datetime
from typing import NamedTuple

from django.core.exceptions import ValidationError
from django.db import connections, router
from django.db.models import Field, QuerySet

from assets.models import Asset
from assets.selectors import asset_signed_url
from radicpro.api.errors import ApiError, ErrorCode
from radicpro.api.pagination import bad_cursor
from radicpro.api.wire import JsonText

from .models import Design, DesignRevision

SORT_FIELDS = {"createdAt": "created_at", "updatedAt": "updated_at", "title": "title"}
# What a listed design needs: never the document (design_json), and of the thumbnail only what
# signing its URL takes.
LIST_FIELDS = ("id", "owner_id", "title", "format", "thumbnail_id", "thumbnail__file",
               "is_archived", "campaign_id", "version", "created_at", "updated_at")


def designs_of(*, user) -> QuerySet[Design]:
    """Every design of ``user`` (archived included), with the thumbnail joined."""
    return Design.objects.filter(owner=user).select_related("thumbnail")


def design_list(*, user, campaign=None, include_archived: bool = False,
                sort: str = "updatedAt", order: str = "desc") -> QuerySet[Design]:
    """The user's designs: only unarchived ones unless ``include_archived``; optionally those
    of one campaign; sorted by ``sort`` (a key of SORT_FIELDS) then id, in ``order`` (each
    sort has an index on owner, field, id). Only the LIST_FIELDS are loaded."""
    queryset = designs_of(user=user).only(*LIST_FIELDS)
    if not include_archived:
        queryset = queryset.filter(is_archived=False)
    if campaign is not None:
        queryset = queryset.filter(campaign=campaign)
    prefix = "-" if order == "desc" else ""
    return queryset.order_by(prefix + SORT_FIELDS[sort], prefix + "id")


class DesignListRow(NamedTuple):
    """A design as GET /v1/designs lists it."""

    id: str
    title: str
    format: str
    is_archived: bool
    campaign_id: str | None
    version: int
    created_at: datetime
    updated_at: datetime
    thumbnail_id: str | None
    thumbnail_file: str | None


_TABLE, _ASSETS = Design._meta.db_table, Asset._meta.db_table
_LIST_SELECT = ("SELECT d.id, d.title, d.format, d.is_archived, d.campaign_id, d.version, "
                "d.created_at, d.updated_at, d.thumbnail_id, a.file")


class DesignListing:
    """GET /v1/designs in SQL written out, for the paginator (radicpro.api.pagination's
    QuerySetListing has the same methods): the busiest list of the API, read without building
    a query and model instances on every request. `design_list` is the same list as a
    queryset; tests keep the two equal. Sorted by `sort` then id, each sort on an index of
    owner, field, id; the rows are DesignListRows."""

    def __init__(self, *, user, campaign=None, include_archived: bool = False,
                 sort: str = "updatedAt", order: str = "desc"):
        self.db = router.db_for_read(Design)
        self.column, self.descending = SORT_FIELDS[sort], order == "desc"
        self.keys = [(self.column, self.descending), ("pk", self.descending)]
        self.where, self.params = ["d.owner_id = %s"], [str(user.pk)]
        if not include_archived:
            self.where.append("NOT d.is_archived")
        if campaign is not None:
            self.where.append("d.campaign_id = %s")
            self.params.append(str(campaign.pk))

    @staticmethod
    def _from(where: list[str], *, thumbnail: bool = False) -> str:
        join = f" LEFT OUTER JOIN {_ASSETS} a ON a.id = d.thumbnail_id" if thumbnail else ""
        return f" FROM {_TABLE} d{join} WHERE " + " AND ".join(where)

    def bounded_sql(self, cap: int) -> tuple[str, tuple]:
        return (f"SELECT d.id{self._from(self.where)} LIMIT {int(cap) + 1}",
                tuple(self.params))

    def count(self) -> int:
        return self._fetch(f"SELECT COUNT(*){self._from(self.where)}", self.params)[0][0]

    def rows(self, *, after_values: list | None, start: int, size: int,
             bounded_count: tuple[str, tuple] | None = None
             ) -> tuple[list[DesignListRow], int | None]:
        where, params = list(self.where), list(self.params)
        if after_values is not None:
            value, pk = self._cursor_value(after_values[0]), str(after_values[1])
            bound, beyond = ("<=", "<") if self.descending else (">=", ">")
            column = f"d.{self.column}"
            where.append(f"{column} {bound} %s AND ({column} {beyond} %s OR "
                         f"({column} = %s AND d.id {beyond} %s))")
            params += [value, value, value, pk]
        select, head = _LIST_SELECT, []
        if bounded_count is not None:
            select += f", ({bounded_count[0]})"
            head = list(bounded_count[1])
        direction = "DESC" if self.descending else "ASC"
        fetched = self._fetch(
            f"{select}{self._from(where, thumbnail=True)} "
            f"ORDER BY d.{self.column} {direction}, d.id {direction} "
            f"LIMIT {int(size)} OFFSET {int(start)}", head + params)
        rows = [DesignListRow(*row[:10]) for row in fetched]
        if rows and isinstance(rows[0].created_at, datetime) \
                and rows[0].created_at.tzinfo is None:  # SQLite: stored in UTC, read naive
            rows = [row._replace(created_at=row.created_at.replace(tzinfo=UTC),
                                 updated_at=row.updated_at.replace(tzinfo=UTC)) for row in rows]
        return rows, (fetched[0][10] if bounded_count is not None and fetched else None)

    def key_values(self, row: DesignListRow) -> list:
        return [getattr(row, self.column), row.id]

    def _cursor_value(self, raw):
        """A cursor's sort value as the database compares it (a bad one: not this list's)."""
        field = Design._meta.get_field(self.column)
        assert isinstance(field, Field)  # noqa: S101 - a column of the model's own
        try:
            return field.get_db_prep_value(field.to_python(raw), connections[self.db])
        except (ValidationError, TypeError, ValueError) as exc:
            raise bad_cursor() from exc

    def _fetch(self, sql: str, params: list) -> list[tuple]:
        with connections[self.db].cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()


# What GET /v1/designs/{id} shows, in one statement written out: the design, its document as
# the stored JSON text (never parsed: the renderer writes it as it is) and its thumbnail's file.
_DETAIL_COLUMNS = ("id", "owner_id", "campaign_id", "brand_id", "title", "format", "version",
                   "creative_concept", "is_archived", "created_at", "updated_at", "thumbnail_id")
_DETAIL_SQL = (  # our own table and column names; the values are parameters
    "SELECT " + ", ".join(f"d.{column}" for column in _DETAIL_COLUMNS)  # noqa: S608
    + ", CAST(d.design_json AS TEXT), a.file"
    f" FROM {Design._meta.db_table} d LEFT OUTER JOIN {Asset._meta.db_table} a"
    " ON a.id = d.thumbnail_id WHERE d.id = %s AND d.owner_id = %s"
)


def design_detail(*, user, design_id: str) -> Design:
    """The user's design as GET /v1/designs/{id} shows it: a read, never saved, whose
    design_json is the stored text (JsonText); DESIGN_NOT_FOUND when it does not exist or is
    someone else's."""
    with connections[router.db_for_read(Design)].cursor() as cursor:
        cursor.execute(_DETAIL_SQL, [str(design_id), str(user.pk)])
        row = cursor.fetchone()
    if row is None:
        raise ApiError(ErrorCode.DESIGN_NOT_FOUND)
    design = Design(**dict(zip(_DETAIL_COLUMNS, row, strict=False)),
                    design_json=JsonText(row[-2]))
    if design.thumbnail_id is not None:
        design.thumbnail = Asset(id=design.thumbnail_id, owner_id=design.owner_id, file=row[-1])
    return design


def design_get_for_user(*, user, design_id: str) -> Design:
    """The user's design; DESIGN_NOT_FOUND when it does not exist or is someone else's."""
    design = designs_of(user=user).filter(pk=str(design_id)).first()
    if design is None:
        raise ApiError(ErrorCode.DESIGN_NOT_FOUND)
    return design


def design_revisions_of(*, design: Design) -> QuerySet[DesignRevision]:
    """The design's revisions, newest first."""
    return DesignRevision.objects.filter(design=design).order_by("-version")


def design_revision_list(*, design: Design) -> QuerySet[DesignRevision]:
    """The design's revisions, newest first, without their documents (for listing)."""
    return design_revisions_of(design=design).defer("design_json")


def design_revision_get(*, design: Design, version: int) -> DesignRevision:
    revision = design_revisions_of(design=design).filter(version=version).first()
    if revision is None:
        raise ApiError(ErrorCode.NOT_FOUND, f"Design {design.pk} has no revision {version}.",
                       details={"version": [f"No revision {version}."]})
    return revision


def design_thumbnail_url(*, design: Design) -> str | None:
    """A signed URL of the design's thumbnail, or None until a worker has drawn one."""
    if design.thumbnail_id is None or design.thumbnail is None:
        return None
    url, _expires_at = asset_signed_url(asset=design.thumbnail)
    return url
