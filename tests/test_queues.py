"""A queue a kind of work, routed in one place; compose consumes each with its own worker."""

import re

import yaml

from radicpro import queues
from radicpro.celery import app
from tests.test_compose import ROOT


def _project_tasks() -> set[str]:
    app.loader.import_default_modules()
    return {name for name in app.tasks
            if not name.startswith("celery.") and not name.startswith("tests.")}


def test_every_task_of_the_project_has_a_queue_in_the_routing_table():
    assert _project_tasks() == set(queues.ROUTES)
    assert set(queues.ROUTES.values()) <= set(queues.QUEUES)


def test_tasks_are_routed_to_the_queue_of_their_kind():
    expected = {
        "aiengine.run_generation_job": "generation",
        "aiengine.run_smart_image_job": "smart_images",
        "exports.run_export_job": "exports",
        "designs.render_thumbnail": "thumbnails",
        "radicpro.webhooks.tasks.deliver_webhook": "webhooks",
        "radicpro.jobs.tasks.sweep_stuck_jobs": "maintenance",
    }
    for task, queue in expected.items():
        route = app.amqp.router.route({}, task, args=(), kwargs={})
        assert route["queue"].name == queue, task
    assert queues.ROUTES["exports.run_export_job"] != queues.ROUTES[
        "radicpro.webhooks.tasks.deliver_webhook"]


def test_a_worker_started_without_a_queue_list_consumes_every_queue():
    assert [queue.name for queue in app.conf.task_queues] == list(queues.QUEUES)
    assert app.conf.task_default_queue in queues.QUEUES


def test_queue_concurrency_is_a_setting(monkeypatch):
    assert queues.concurrency("webhooks") == queues.CONCURRENCY["webhooks"]
    monkeypatch.setenv("RADICPRO_EXPORTS_CONCURRENCY", "6")
    assert queues.concurrency("exports") == 6


def test_compose_runs_a_separately_scalable_worker_for_each_queue():
    services = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]
    consumed: dict[str, str] = {}
    for name, service in services.items():
        command = service.get("command") or ""
        if not isinstance(command, str) or not command.startswith("celery -A radicpro worker"):
            continue
        listed = re.search(r"-Q (\S+)", command).group(1).split(",")
        default = re.search(r"--concurrency \$\{(\w+):-(\d+)\}", command)
        assert len(listed) == 1, name
        queue = listed[0]
        assert default.group(1) == f"RADICPRO_{queue.upper()}_CONCURRENCY", name
        assert int(default.group(2)) == queues.CONCURRENCY[queue], name
        consumed[queue] = name
    assert sorted(consumed) == sorted(queues.QUEUES)


def test_worker_processes_yield_the_cpu_to_the_web_server(settings, monkeypatch):
    from radicpro import celery

    calls: list[int] = []
    monkeypatch.setattr(celery.os, "nice", calls.append)
    settings.RADICPRO_WORKER_NICE = 7
    celery._yield_the_cpu_to_the_web()
    settings.RADICPRO_WORKER_NICE = 0
    celery._yield_the_cpu_to_the_web()
    assert calls == [7]
