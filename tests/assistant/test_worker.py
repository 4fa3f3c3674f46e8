"""On PostgreSQL + Redis: a real worker runs tool jobs, and a chat turn waits for it."""

import pytest
from django.conf import settings as django_settings

from aiengine.tasks import run_tool_job
from aiengine.tools.services import tool_execute_request
from designs.models import Design
from radicpro.jobs.models import Job
from tests.api_contract import assert_success
from tests.jobs.worker import new_queue, send, start_worker, stop, wait_for, wait_until_ready


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_real_worker_runs_tool_jobs_and_a_chat_turn_waits_for_it(api, user, settings, tmp_path, monkeypatch):
    assert django_settings.REDIS_URL, "this test needs REDIS_URL (the broker a real worker uses)"
    settings.RADICPRO_SYNC_WAIT_SECONDS = 60
    queue = new_queue()
    log = tmp_path / "worker.log"
    worker = start_worker(queue, log)
    try:
        wait_until_ready(log)
        _tool, job = tool_execute_request(owner=user, sandbox=False, tool_id="logo_maker",
                                          inputs={"text": "Worker Works", "style": "playful"})
        send("aiengine.run_tool_job", (job.pk,), queue)
        wait_for(lambda: Job.objects.filter(pk=job.pk, status="completed").exists(), 60, "the tool job", log)
        job.refresh_from_db()
        assert Design.objects.get(pk=job.result["itemId"]).title == "Worker Works logo"

        monkeypatch.setattr(run_tool_job.app.conf, "task_always_eager", False)
        monkeypatch.setattr(run_tool_job, "delay", lambda job_id: send("aiengine.run_tool_job", (job_id,), queue))
        chat = assert_success(api.post("/v1/ai/chat", {"message": "A vintage logo called 'Real Roast' in brown"},
                                       format="json"))
        assert chat["pending"] is False and len(chat["designs"]) == 1
        assert Design.objects.get(pk=chat["designs"][0]["id"]).design_json["meta"]["logoStyle"] == "vintage"
    finally:
        stop(worker)
