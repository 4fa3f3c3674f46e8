"""Auth (spec §2) and API key (platform spec) endpoints."""

from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from radicpro.api.client_ip import client_ip
from radicpro.api.viewsets import ScopedGenericViewSet

from . import services
from .models import ApiKey
from .selectors import api_keys_of
from .serializers import (
    ApiKeyCreatedOutput,
    ApiKeyInput,
    ApiKeyOutput,
    LoginInput,
    LogoutInput,
    PasswordChangeInput,
    PasswordResetConfirmInput,
    PasswordResetInput,
    RefreshInput,
    SessionOutput,
    SignupInput,
    UserOutput,
    UserSessionOutput,
    user_data,
)


class SignupApi(APIView):
    permission_classes = [AllowAny]
    authentication_classes: list = []
    throttle_category = "auth"

    @extend_schema(operation_id="auth_signup", request=SignupInput,
                   responses={201: UserSessionOutput}, tags=["auth"], auth=[],
                   extensions={"x-errors": ["409"]})
    def post(self, request):
        data = SignupInput(data=request.data)
        data.is_valid(raise_exception=True)
        user, session = services.user_signup(**data.validated_data)
        body = {"user": UserOutput(user).data, "session": session}
        return Response(body, status=status.HTTP_201_CREATED)


class LoginApi(APIView):
    permission_classes = [AllowAny]
    authentication_classes: list = []
    throttle_category = "auth"

    @extend_schema(operation_id="auth_login", request=LoginInput,
                   responses={200: UserSessionOutput}, tags=["auth"], auth=[],
                   description="Failed sign-ins are limited per account and client: after a "
                   "few, that client waits 1, 2, 4 ... s between attempts (429 with "
                   "Retry-After); an account under attack slows clients it has not seen.")
    def post(self, request):
        data = LoginInput(data=request.data)
        data.is_valid(raise_exception=True)
        user, session = services.user_login(**data.validated_data, client_ip=client_ip(request))
        return Response({"user": UserOutput(user).data, "session": session})


class RefreshApi(APIView):
    permission_classes = [AllowAny]
    authentication_classes: list = []
    throttle_category = "auth"

    @extend_schema(operation_id="auth_refresh", request=RefreshInput,
                   responses={200: SessionOutput}, tags=["auth"], auth=[])
    def post(self, request):
        data = RefreshInput(data=request.data)
        data.is_valid(raise_exception=True)
        return Response(services.session_refresh(**data.validated_data))


class LogoutApi(APIView):
    permission_classes = [AllowAny]
    authentication_classes: list = []
    throttle_category = "auth"

    @extend_schema(operation_id="auth_logout", summary="Sign out (revoke a refresh token)",
                   request=LogoutInput, responses={204: None}, tags=["auth"], auth=[],
                   description="Revokes the refresh token, so the session cannot be refreshed "
                   "again. Access tokens already issued work until they expire (their "
                   "`expiresAt`); clients should drop them.")
    def post(self, request):
        data = LogoutInput(data=request.data)
        data.is_valid(raise_exception=True)
        services.session_revoke(**data.validated_data)
        return Response(status=status.HTTP_204_NO_CONTENT)


class PasswordChangeApi(APIView):
    throttle_category = "auth"

    @extend_schema(operation_id="auth_password_change", summary="Change your password",
                   request=PasswordChangeInput, responses={200: SessionOutput}, tags=["auth"],
                   description="Checks the current password, sets the new one (the password "
                   "rules of sign-up apply), signs out every other session (their refresh "
                   "tokens are revoked) and returns a fresh session.")
    def post(self, request):
        data = PasswordChangeInput(data=request.data)
        data.is_valid(raise_exception=True)
        return Response(services.password_change(user=request.user, **data.validated_data))


class PasswordResetApi(APIView):
    permission_classes = [AllowAny]
    authentication_classes: list = []
    throttle_category = "auth"

    @extend_schema(operation_id="auth_password_reset", summary="Ask for a password reset email",
                   request=PasswordResetInput, responses={202: None}, tags=["auth"], auth=[],
                   description="Emails a one-use reset token to the account with this address. "
                   "The answer is 202 whether or not such an account exists. Requests are "
                   "limited per address and per client (429 RATE_LIMITED with Retry-After).")
    def post(self, request):
        data = PasswordResetInput(data=request.data)
        data.is_valid(raise_exception=True)
        services.password_reset_request(**data.validated_data)
        return Response(status=status.HTTP_202_ACCEPTED)


class PasswordResetConfirmApi(APIView):
    permission_classes = [AllowAny]
    authentication_classes: list = []
    throttle_category = "auth"

    @extend_schema(operation_id="auth_password_reset_confirm",
                   summary="Set a new password with a reset token",
                   request=PasswordResetConfirmInput, responses={204: None}, tags=["auth"],
                   auth=[], description="Sets the new password if the token from the reset "
                   "email is valid (one use; it expires) and signs out every session. A bad "
                   "or used token is a VALIDATION_ERROR naming `token`.")
    def post(self, request):
        data = PasswordResetConfirmInput(data=request.data)
        data.is_valid(raise_exception=True)
        services.password_reset_confirm(**data.validated_data)
        return Response(status=status.HTTP_204_NO_CONTENT)


class MeApi(APIView):
    throttle_category = None

    @extend_schema(operation_id="auth_me", responses={200: UserOutput}, tags=["auth"])
    def get(self, request):
        return Response(user_data(request.user))


class ApiKeyViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.DestroyModelMixin,
                    ScopedGenericViewSet):
    """Create (secret shown once), list (prefix only) and revoke API keys."""

    model = ApiKey
    list_key = "api_keys"
    serializer_class = ApiKeyOutput
    lookup_value_regex = "[^/]+"

    def scoped_queryset(self, user):
        return api_keys_of(user=user)

    @extend_schema(operation_id="api_keys_create", request=ApiKeyInput,
                   responses={201: ApiKeyCreatedOutput}, tags=["api-keys"],
                   extensions={"x-errors": ["403"]})
    def create(self, request):
        data = ApiKeyInput(data=request.data)
        data.is_valid(raise_exception=True)
        key, secret = services.api_key_create(user=request.user, **data.validated_data)
        key.key = secret  # type: ignore[attr-defined]  # shown once, by the output serializer
        return Response(ApiKeyCreatedOutput(key).data, status=status.HTTP_201_CREATED)

    @extend_schema(operation_id="api_keys_list", tags=["api-keys"], extensions={"x-errors": ["403"]})
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    @extend_schema(operation_id="api_keys_get", tags=["api-keys"], extensions={"x-errors": ["403"]})
    def retrieve(self, request, *args, **kwargs):
        return super().retrieve(request, *args, **kwargs)

    @extend_schema(operation_id="api_keys_revoke", responses={204: None}, tags=["api-keys"],
                   extensions={"x-errors": ["403"]})
    def destroy(self, request, *args, **kwargs):
        services.api_key_revoke(key=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)
