"""Input and output shapes of the auth and API key endpoints (snake_case; camelCase on the wire)."""

from rest_framework import serializers

from radicpro.api.casing import WireDict
from radicpro.api.fields import OutputModelSerializer
from radicpro.api.wire import wire_time

from .models import ApiKey, User


class SignupInput(serializers.Serializer):
    email = serializers.EmailField(max_length=254)
    password = serializers.CharField(max_length=128, trim_whitespace=False)
    full_name = serializers.CharField(max_length=200, required=False, allow_blank=True, default="")


class LoginInput(serializers.Serializer):
    email = serializers.EmailField(max_length=254)
    password = serializers.CharField(max_length=128, trim_whitespace=False)


class RefreshInput(serializers.Serializer):
    refresh_token = serializers.CharField(max_length=2000)


class LogoutInput(serializers.Serializer):
    refresh_token = serializers.CharField(max_length=2000,
                                          help_text="The session's refresh token to revoke.")


class PasswordChangeInput(serializers.Serializer):
    current_password = serializers.CharField(max_length=128, trim_whitespace=False)
    new_password = serializers.CharField(max_length=128, trim_whitespace=False)


class PasswordResetInput(serializers.Serializer):
    email = serializers.EmailField(max_length=254)


class PasswordResetConfirmInput(serializers.Serializer):
    token = serializers.CharField(max_length=500, help_text="The token from the reset email.")
    new_password = serializers.CharField(max_length=128, trim_whitespace=False)


class SessionOutput(serializers.Serializer):
    access_token = serializers.CharField()
    refresh_token = serializers.CharField()
    expires_at = serializers.IntegerField(help_text="Access token expiry, Unix seconds.")


class UserOutput(OutputModelSerializer):
    avatar_url = serializers.SerializerMethodField()

    class Meta:
        model = User
        fields = ["id", "email", "full_name", "avatar_url", "plan", "created_at"]

    def get_avatar_url(self, user) -> str | None:
        return user.avatar_url or None


def user_data(user: User) -> WireDict:
    """``UserOutput(user).data`` on the wire (camelCase), built directly: GET /v1/auth/me is
    little else (tests/accounts/test_output_builders.py keeps the two equal)."""
    return WireDict(
        id=str(user.id),
        email=str(user.email),
        fullName=str(user.full_name),
        avatarUrl=user.avatar_url or None,
        plan=str(user.plan),
        createdAt=wire_time(user.created_at),
    )


class UserSessionOutput(serializers.Serializer):
    user = UserOutput()
    session = SessionOutput()


class ApiKeyInput(serializers.Serializer):
    name = serializers.CharField(max_length=100)
    mode = serializers.ChoiceField(choices=ApiKey.Mode.choices, default=ApiKey.Mode.LIVE,
                                   help_text="live keys spend credits; test keys are the sandbox.")


class ApiKeyOutput(serializers.ModelSerializer):
    class Meta:
        model = ApiKey
        fields = ["id", "name", "mode", "prefix", "created_at", "last_used_at"]


class ApiKeyCreatedOutput(ApiKeyOutput):
    key = serializers.CharField(help_text="The secret. Shown once; store it now.")

    class Meta(ApiKeyOutput.Meta):
        fields = ["id", "key", "name", "mode", "prefix", "created_at"]
