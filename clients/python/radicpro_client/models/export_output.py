from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_format_enum import ExportFormatEnum, check_export_format_enum
from ..models.export_resolution_enum import (
    ExportResolutionEnum,
    check_export_resolution_enum,
)
from ..models.job_status_enum import JobStatusEnum, check_job_status_enum

if TYPE_CHECKING:
    from ..models.error import Error


T = TypeVar("T", bound="ExportOutput")


@_attrs_define
class ExportOutput:
    """An export as GET /v1/exports(/{exportId}) shows it, with a fresh signed URL.

    Attributes:
        export_id (str):
        design_id (str):
        design_version (int): The design version this export draws.
        status (JobStatusEnum): * `queued` - Queued
            * `processing` - Processing
            * `completed` - Completed
            * `failed` - Failed
        format_ (ExportFormatEnum): * `png` - PNG
            * `jpg` - JPEG
            * `webp` - WebP
            * `pdf` - PDF
            * `svg` - SVG
        resolution (ExportResolutionEnum): * `1x` - 1x
            * `2x` - 2x
            * `3x` - 3x
        quality (int):
        transparent (bool):
        url (None | str): Signed; null until completed.
        expires_at (datetime.datetime | None):  Example: 2025-11-26T10:00:00Z.
        size_bytes (int):
        width (int | None):
        height (int | None):
        warnings (Any):
        error (Error | None): The error envelope's error object when failed, else null.
        job_id (None | str):
        created_at (datetime.datetime):  Example: 2025-11-26T10:00:00Z.
        completed_at (datetime.datetime | None):  Example: 2025-11-26T10:00:00Z.
    """

    export_id: str
    design_id: str
    design_version: int
    status: JobStatusEnum
    format_: ExportFormatEnum
    resolution: ExportResolutionEnum
    quality: int
    transparent: bool
    url: None | str
    expires_at: datetime.datetime | None
    size_bytes: int
    width: int | None
    height: int | None
    warnings: Any
    error: Error | None
    job_id: None | str
    created_at: datetime.datetime
    completed_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error import Error

        export_id = self.export_id

        design_id = self.design_id

        design_version = self.design_version

        status: str = self.status

        format_: str = self.format_

        resolution: str = self.resolution

        quality = self.quality

        transparent = self.transparent

        url: None | str
        url = self.url

        expires_at: None | str
        if isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        size_bytes = self.size_bytes

        width: int | None
        width = self.width

        height: int | None
        height = self.height

        warnings = self.warnings

        error: dict[str, Any] | None
        if isinstance(self.error, Error):
            error = self.error.to_dict()
        else:
            error = self.error

        job_id: None | str
        job_id = self.job_id

        created_at = self.created_at.isoformat()

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exportId": export_id,
                "designId": design_id,
                "designVersion": design_version,
                "status": status,
                "format": format_,
                "resolution": resolution,
                "quality": quality,
                "transparent": transparent,
                "url": url,
                "expiresAt": expires_at,
                "sizeBytes": size_bytes,
                "width": width,
                "height": height,
                "warnings": warnings,
                "error": error,
                "jobId": job_id,
                "createdAt": created_at,
                "completedAt": completed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error import Error

        d = dict(src_dict)
        export_id = d.pop("exportId")

        design_id = d.pop("designId")

        design_version = d.pop("designVersion")

        status = check_job_status_enum(d.pop("status"))

        format_ = check_export_format_enum(d.pop("format"))

        resolution = check_export_resolution_enum(d.pop("resolution"))

        quality = d.pop("quality")

        transparent = d.pop("transparent")

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))

        def _parse_expires_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        expires_at = _parse_expires_at(d.pop("expiresAt"))

        size_bytes = d.pop("sizeBytes")

        def _parse_width(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        width = _parse_width(d.pop("width"))

        def _parse_height(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        height = _parse_height(d.pop("height"))

        warnings = d.pop("warnings")

        def _parse_error(data: object) -> Error | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_1 = Error.from_dict(data)

                return error_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Error | None, data)

        error = _parse_error(d.pop("error"))

        def _parse_job_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        job_id = _parse_job_id(d.pop("jobId"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        completed_at = _parse_completed_at(d.pop("completedAt"))

        export_output = cls(
            export_id=export_id,
            design_id=design_id,
            design_version=design_version,
            status=status,
            format_=format_,
            resolution=resolution,
            quality=quality,
            transparent=transparent,
            url=url,
            expires_at=expires_at,
            size_bytes=size_bytes,
            width=width,
            height=height,
            warnings=warnings,
            error=error,
            job_id=job_id,
            created_at=created_at,
            completed_at=completed_at,
        )

        export_output.additional_properties = d
        return export_output

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
