"""URLs of the accounts app (under /v1/)."""

from django.urls import path
from rest_framework.routers import SimpleRouter

from . import apis

router = SimpleRouter(trailing_slash=False)
router.register("api-keys", apis.ApiKeyViewSet, basename="api-key")

urlpatterns = [
    path("auth/signup", apis.SignupApi.as_view(), name="auth-signup"),
    path("auth/login", apis.LoginApi.as_view(), name="auth-login"),
    path("auth/refresh", apis.RefreshApi.as_view(), name="auth-refresh"),
    path("auth/logout", apis.LogoutApi.as_view(), name="auth-logout"),
    path("auth/password/change", apis.PasswordChangeApi.as_view(), name="auth-password-change"),
    path("auth/password/reset", apis.PasswordResetApi.as_view(), name="auth-password-reset"),
    path("auth/password/reset/confirm", apis.PasswordResetConfirmApi.as_view(),
         name="auth-password-reset-confirm"),
    path("auth/me", apis.MeApi.as_view(), name="auth-me"),
    *router.urls,
]
