"""The user (email login) and API keys."""

from typing import TYPE_CHECKING, ClassVar

from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone

from radicpro.api.ids import PrefixedIdField

from .plans import Plan

if TYPE_CHECKING:
    _UserManagerBase = BaseUserManager["User"]
else:  # Django's managers take no type parameters at run time
    _UserManagerBase = BaseUserManager


class UserManager(_UserManagerBase):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **fields):
        if not email:
            raise ValueError("Users need an email address.")
        user = self.model(email=self.normalize_email(email).lower(), **fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **fields):
        fields.setdefault("is_staff", True)
        fields.setdefault("is_superuser", True)
        return self.create_user(email, password, **fields)

    def get_by_natural_key(self, username):
        return self.get(email__iexact=username)


class User(AbstractBaseUser, PermissionsMixin):
    """A Radic Pro account. Emails are unique whatever their case."""

    id = PrefixedIdField(prefix="user")
    email = models.EmailField(max_length=254, unique=True)
    full_name = models.CharField(max_length=200, blank=True)
    avatar_url = models.URLField(max_length=500, blank=True)
    plan = models.CharField(max_length=20, choices=Plan.choices, default=Plan.FREE)
    is_active = models.BooleanField(default=True)
    is_staff = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = []

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="accounts_user_email_ci_unique"),
        ]

    def __str__(self) -> str:
        return self.email


class ApiKey(models.Model):
    """A secret shown once; only its SHA-256 hash and a short prefix are kept."""

    class Mode(models.TextChoices):
        LIVE = "live", "Live"
        TEST = "test", "Test (sandbox)"

    id = PrefixedIdField(prefix="key")
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_keys")
    name = models.CharField(max_length=100)
    mode = models.CharField(max_length=4, choices=Mode.choices, default=Mode.LIVE)
    prefix = models.CharField(max_length=20, db_index=True)
    hashed_key = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @property
    def is_sandbox(self) -> bool:
        return self.mode == self.Mode.TEST

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None


class LoginCounter(models.Model):
    """One count of the login guard (an account's attempts in a window, a client's failures, the
    slow bucket's slots), kept in the database: every backend the product runs on (SQLite,
    PostgreSQL) adds to it atomically, which the database cache of the embedded defaults does not."""

    key = models.CharField(max_length=120, primary_key=True)
    count = models.IntegerField(default=0)
    expires_at = models.FloatField(db_index=True)  # Unix seconds; an expired count reads as 0

    def __str__(self) -> str:
        return f"{self.key}={self.count}"
