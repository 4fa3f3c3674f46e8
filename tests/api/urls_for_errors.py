"""A URLconf for the error-path tests: the real API plus views that fail on purpose."""

from django.urls import include, path
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

import radicpro.urls


class BrokenApi(APIView):
    permission_classes = [AllowAny]

    def get(self, request):
        raise RuntimeError("boom")


class SnakeApi(APIView):
    permission_classes = [AllowAny]

    def post(self, request):
        return Response({"received_keys": sorted(request.data), "echo": request.data})


def broken_django_view(request):
    raise RuntimeError("boom")


urlpatterns = [
    path("v1/test/broken", BrokenApi.as_view()),
    path("v1/test/echo", SnakeApi.as_view()),
    path("plain-broken", broken_django_view),
    path("", include(radicpro.urls)),
]
