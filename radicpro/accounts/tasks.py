"""Account tasks: the password reset email, sent by a worker so the API answers at once."""

from celery import shared_task

from .emails import password_reset_email_send
from .models import User


@shared_task(acks_late=True, autoretry_for=(ConnectionError, TimeoutError, OSError),
             retry_backoff=True, max_retries=5, time_limit=60, soft_time_limit=45)
def send_password_reset_email(user_id: str) -> None:
    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is not None:
        password_reset_email_send(user=user)
