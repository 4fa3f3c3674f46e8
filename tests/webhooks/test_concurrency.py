"""Two workers with the same delivery message: one request reaches the receiver (PostgreSQL)."""

import threading

import pytest
from django.db import connection

from radicpro.webhooks import services, tasks
from radicpro.webhooks.events import DESIGN_CREATED
from radicpro.webhooks.models import WebhookDelivery
from tests.factories import UserFactory
from tests.webhooks.factories import WebhookEndpointFactory, design_created


@pytest.mark.postgres
def test_concurrent_workers_send_once(transactional_db, receiver, monkeypatch):
    user = UserFactory()
    WebhookEndpointFactory(owner=user, url=receiver.url)
    # The message is delivered twice (say, redelivered after a lost ack): both copies run.
    monkeypatch.setattr(tasks.deliver_webhook, "delay", lambda *args, **kwargs: None)
    services.event_emit(user=user, event=DESIGN_CREATED, **design_created(design_id="design_1"))
    delivery = WebhookDelivery.objects.get()
    receiver.delay = 0.5  # both workers are inside the attempt at the same time
    outcomes: list[str] = []
    start = threading.Barrier(2)

    def worker():
        try:
            start.wait()
            outcomes.append(tasks.deliver_webhook(delivery.id, attempt=1))
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert sorted(outcomes) == ["noop", "succeeded"]
    assert len(receiver.requests) == 1
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == ("succeeded", 1)
