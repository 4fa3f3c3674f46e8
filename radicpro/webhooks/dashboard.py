"""The dashboard's webhook card: endpoints that keep failing (or were disabled for it)."""

from radicpro.backoffice.dashboard import Card, Panel, PanelRow
from radicpro.backoffice.display import change_url

from .selectors import failing_endpoints


def webhook_dashboard_cards(*, summary) -> list[Card | Panel]:
    """Now, whatever the window: how many endpoints fail, and the worst with their failure runs."""
    count, worst = failing_endpoints()
    return [
        Card(id="failing-webhooks", value=count, label="failing webhook endpoints",
             alarming=count > 0),
        Panel(id="failing-webhook-endpoints",
              caption="Failing webhook endpoints (consecutive failed deliveries)",
              rows=[PanelRow(label=f"{endpoint.url} · {endpoint.owner.email}"
                             + ("" if endpoint.is_active else " · disabled"),
                             count=endpoint.failure_count, url=change_url(endpoint) or "")
                    for endpoint in worst],
              empty="Every endpoint is delivering."),
    ]
