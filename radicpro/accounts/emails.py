"""The emails accounts send, through Django's email machinery (EMAIL_* settings)."""

from django.conf import settings
from django.core.mail import send_mail

from .models import User
from .reset_tokens import password_reset_token


def password_reset_email_send(*, user: User) -> None:
    """Mails the user a reset token (and a link, when RADICPRO_PASSWORD_RESET_URL is set)."""
    token = password_reset_token(user=user)
    minutes = settings.PASSWORD_RESET_TIMEOUT // 60
    lines = ["Someone asked to reset the password of your Radic Pro account.", ""]
    if settings.RADICPRO_PASSWORD_RESET_URL:
        sep = "&" if "?" in settings.RADICPRO_PASSWORD_RESET_URL else "?"
        lines += ["Choose a new password here:",
                  f"{settings.RADICPRO_PASSWORD_RESET_URL}{sep}token={token}", ""]
    lines += [
        "Or send this token with your new password to POST /v1/auth/password/reset/confirm:",
        token,
        "",
        f"It works once, within {minutes} minutes. If you did not ask for this, ignore this "
        "email: your password stays as it is.",
    ]
    send_mail(subject="Reset your Radic Pro password", message="\n".join(lines),
              from_email=None, recipient_list=[user.email])
