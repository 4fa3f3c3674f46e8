"""HTML bits the admin pages share: links, file previews (apps register how), swatches, JSON."""

import json
import re
from collections.abc import Callable, Iterable
from urllib.parse import urlencode

from django.contrib import admin
from django.db import models
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

EMPTY = "—"
PREVIEW_TTL = 3600
IMAGE_TYPES = ("image/png", "image/jpeg", "image/webp", "image/gif", "image/svg+xml")
COLOUR = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")


def change_url(obj: models.Model) -> str | None:
    """The admin change page of `obj`, or None when its model is not in the admin."""
    try:
        return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change",
                       args=[obj.pk])
    except NoReverseMatch:
        return None


def admin_link(obj: models.Model | None, text: str | None = None) -> SafeString | str:
    """A link to `obj`'s admin page, labelled `text` (or the object); a dash for None."""
    if obj is None:
        return EMPTY
    url = change_url(obj)
    label = text if text is not None else str(obj)
    return format_html('<a href="{}">{}</a>', url, label) if url else label


def changelist_link(model: type[models.Model], text: str, **filters) -> SafeString:
    """A link to `model`'s admin list, filtered by `filters` (query parameters)."""
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    if filters:
        url = f"{url}?{urlencode(filters)}"
    return format_html('<a href="{}">{}</a>', url, text)


FileUrl = Callable[..., str]  # file_url(stored_file, *, ttl: int) -> a URL that serves it
_FILE_URL: list[FileUrl] = []


def register_file_url(file_url: FileUrl) -> None:
    """How the admin links to a stored file (`filename`, `mime_type`): the app that stores files
    registers `file_url(stored_file, ttl=seconds) -> URL` (a signed URL) from its ready()."""
    _FILE_URL[:] = [file_url]


def asset_preview(asset, *, size: int = 240) -> SafeString | str:
    """An <img> of an image file through a signed URL; a download link for anything else (the
    file's name alone while no app registered how to link to files)."""
    if asset is None:
        return EMPTY
    if not _FILE_URL:
        return asset.filename
    url = _FILE_URL[0](asset, ttl=PREVIEW_TTL)
    if asset.mime_type in IMAGE_TYPES:
        return format_html(
            '<a href="{}" target="_blank" rel="noopener"><img src="{}" alt="{}" '
            'class="rp-preview" loading="lazy" style="max-width:{}px;max-height:{}px;'
            'border:1px solid var(--hairline-color);background:#fff"></a>',
            url, url, asset.filename, size, size)
    return format_html('<a href="{}" target="_blank" rel="noopener">{} ({})</a>',
                       url, asset.filename, asset.mime_type)


def pretty_json(value) -> SafeString | str:
    """A JSON value, indented, in a read-only <pre>."""
    if value is None:
        return EMPTY
    text = json.dumps(value, indent=2, ensure_ascii=False, sort_keys=False, default=str)
    return format_html(
        '<pre class="rp-json" style="max-height:40em;overflow:auto;white-space:pre-wrap;'
        'word-break:break-word;margin:0;padding:.5em;border:1px solid var(--hairline-color);'
        'box-sizing:border-box;width:min(60em,100%)">{}</pre>', text)


def swatch(colour: str, label: str = "") -> SafeString:
    """A small square of `colour` with its label and hex value."""
    if not isinstance(colour, str) or not COLOUR.match(colour):
        return format_html("<span>{} {}</span>", label, colour)
    return format_html(
        '<span class="rp-swatch" style="display:inline-flex;align-items:center;gap:.3em;'
        'margin:0 .8em .3em 0"><span style="display:inline-block;width:1.4em;height:1.4em;'
        'border:1px solid #888;border-radius:3px;background:{}"></span>{} <code>{}</code>'
        '</span>', colour, label, colour)


def swatches(colours: dict | None) -> SafeString | str:
    """Every colour of a {role: "#RRGGBB"} map as a swatch."""
    if not colours:
        return EMPTY
    if isinstance(colours, dict):
        items = colours.items()
    else:
        items = ((str(index), colour) for index, colour in enumerate(colours))
    return format_html_join("", "{}", ((swatch(colour, role),) for role, colour in items))


def _layer_text(layer: dict) -> str:
    kind = layer.get("type")
    if kind == "text":
        text = str(layer.get("text", ""))
        return text if len(text) <= 80 else text[:79] + "…"
    if kind == "image":
        return layer.get("assetId") or layer.get("smartAssetId") or ""
    if kind == "shape":
        fill = layer.get("fill") or {}
        return f"{layer.get('shape', '')} {fill.get('color', fill.get('type', ''))}".strip()
    if kind == "group":
        return f"{len(layer.get('children') or layer.get('layers') or [])} children"
    return ""


def _layers(layers: Iterable, depth: int = 0) -> Iterable[tuple]:
    for layer in layers or []:
        if not isinstance(layer, dict):
            continue
        position = layer.get("position") or {}
        size = layer.get("size") or {}
        yield ("\u2003" * depth + str(layer.get("id", "")), layer.get("type", ""),
               layer.get("name") or layer.get("role") or "",
               f"{position.get('x', '')}, {position.get('y', '')}",
               f"{size.get('width', '')} × {size.get('height', '')}",
               "" if layer.get("visible", True) else "hidden", _layer_text(layer))
        children = layer.get("children") or layer.get("layers")
        if layer.get("type") == "group" and isinstance(children, list):
            yield from _layers(children, depth + 1)


def layer_summary(document: dict | None) -> SafeString | str:
    """A table of a design document's layers (paint order, groups indented) and its canvas."""
    if not isinstance(document, dict):
        return EMPTY
    canvas = document.get("canvas") or {}
    rows = list(_layers(document.get("layers") or []))
    head = format_html(
        "<p>Schema {} · canvas {} × {} · {} layers</p>", document.get("schemaVersion", "?"),
        canvas.get("width", "?"), canvas.get("height", "?"), len(rows))
    if not rows:
        return head
    body = format_html_join(
        "", "<tr><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>"
        "<td>{}</td><td>{}</td></tr>", rows)
    return head + format_html(
        '<table class="rp-layers"><thead><tr><th>id</th><th>type</th><th>name / role</th>'
        "<th>position</th><th>size</th><th></th><th>content</th></tr></thead>"
        "<tbody>{}</tbody></table>", body)


def table(headers: Iterable[str], rows: Iterable[Iterable]) -> SafeString | str:
    """A small HTML table (cells are escaped unless already safe)."""
    rows = [tuple(row) for row in rows]
    if not rows:
        return EMPTY
    head = format_html_join("", "<th>{}</th>", ((header,) for header in headers))
    cells = "".join(
        "<tr>" + format_html_join("", "<td>{}</td>", ((cell,) for cell in row)) + "</tr>"
        for row in rows)
    return format_html("<table><thead><tr>{}</tr></thead><tbody>{}</tbody></table>",
                       head, mark_safe(cells))  # noqa: S308 (every cell went through format_html)


def status_badge(status: str) -> SafeString:
    """A coloured status word (green done, red failed, amber pending)."""
    colour = {"completed": "#1a7f37", "succeeded": "#1a7f37", "failed": "#cf222e",
              "queued": "#9a6700", "pending": "#9a6700", "processing": "#0969da",
              "held": "#9a6700", "settled": "#1a7f37", "refunded": "#6e7781",
              "active": "#1a7f37", "enabled": "#1a7f37", "revoked": "#cf222e",
              "disabled": "#cf222e"}.get(status, "#6e7781")
    return format_html('<strong style="color:{}">{}</strong>', colour, status)


class RowColumnsMixin:
    """Columns shared by the admins of rows that belong to a user (and often a design)."""

    @admin.display(description="owner", ordering="owner__email")
    def owner_link(self, obj):
        return admin_link(obj.owner, obj.owner.email)

    @admin.display(description="design", ordering="design__title")
    def design_link(self, obj):
        if obj.design is None:
            return EMPTY
        return admin_link(obj.design, f"{obj.design.title} ({obj.design_id})")

    @admin.display(description="status", ordering="status")
    def state(self, obj):
        return status_badge(obj.status)

    @admin.display(description="pixels")
    def size(self, obj) -> str:
        return f"{obj.width} × {obj.height}" if obj.width and obj.height else EMPTY


class ReadOnlyAdmin(admin.ModelAdmin):
    """Rows a service owns: viewable, never added, changed or deleted from the admin."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


def can_change(request, model: type[models.Model]) -> bool:
    """The staff member may change rows of `model` (the permission actions check)."""
    opts = model._meta
    return request.user.has_perm(f"{opts.app_label}.change_{opts.model_name}")
