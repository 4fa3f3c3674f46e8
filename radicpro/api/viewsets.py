"""Base viewsets: every queryset is scoped to the requesting user, so others' objects 404."""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from django.db import models
from django.http import Http404
from rest_framework import viewsets
from rest_framework.response import Response

from .errors import ApiError, ErrorCode

if TYPE_CHECKING:
    _MixinBase = viewsets.GenericViewSet
else:  # a mixin: the viewset it is mixed into comes after it
    _MixinBase = object


class ScopedViewSetMixin(_MixinBase):
    """Subclasses set `model` and implement `scoped_queryset(user)`; `get_queryset` is final.

    An object outside the user's scope does not exist for them: it is a 404 with the
    resource's `not_found_code`, never a 403 that would confirm it exists.
    """

    model: type[models.Model] = None  # type: ignore[assignment]  # every subclass sets it
    not_found_code = ErrorCode.NOT_FOUND
    list_key = "results"

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "get_queryset" in cls.__dict__:
            raise TypeError(f"{cls.__name__} must implement scoped_queryset(), not get_queryset().")

    def scoped_queryset(self, user):
        raise TypeError(f"{type(self).__name__} does not define scoped_queryset(user).")

    def get_queryset(self):
        user = self.request.user
        if getattr(self, "swagger_fake_view", False) or not user.is_authenticated:
            return self.model.objects.none()  # type: ignore[attr-defined]  # a concrete model
        return self.scoped_queryset(user)

    def get_object(self):
        try:
            return super().get_object()
        except Http404 as exc:
            raise ApiError(self.not_found_code) from exc

    def list_response(self, data_of: Callable[[Any], dict]) -> Response:
        """The page of the user's objects the request asks for, each as `data_of(obj)`."""
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        assert page is not None  # noqa: S101 - every list is paginated (REST_FRAMEWORK settings)
        return self.get_paginated_response([data_of(obj) for obj in page])


class ScopedGenericViewSet(ScopedViewSetMixin, viewsets.GenericViewSet):
    """A GenericViewSet scoped to the user; add the mixins you need."""
