"""Smart images finishing at the same moment on one design both land (PostgreSQL)."""

import threading

import pytest
from django.db import connection

from aiengine.services import smart_image_job_run, smart_image_request, smart_images
from designs.models import Design
from radicpro.jobs.services import job_start
from tests.aiengine.api.factories import fund, image_design
from tests.factories import UserFactory


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_smart_images_finishing_together_on_one_design_both_land(monkeypatch):
    owner = UserFactory()
    fund(owner, 100)
    design = image_design(owner)
    document = design.design_json
    document["layers"].append({"id": "layer_side", "type": "image", "smartAssetId": "smart_side", "fit": "cover",
                               "position": {"x": 40, "y": 700}, "size": {"width": 300, "height": 300}})
    document["smartAssets"]["smart_side"] = {"status": "pending"}
    Design.objects.filter(pk=design.pk).update(design_json=document)
    jobs = [smart_image_request(owner=owner, sandbox=False, design_id=design.pk, layer_id=layer,
                                recipe={"type": "product_shot", "prompt": f"studio shot {layer}"},
                                holistic_context={}).job
            for layer in ("layer_product", "layer_side")]
    barrier, both_read = threading.Barrier(2), threading.Barrier(2)
    errors, reads = [], threading.local()
    real_get = smart_images.design_get_for_user

    def get_then_wait(**kwargs):
        """Both jobs read the same version before either writes (the race, made certain)."""
        design = real_get(**kwargs)
        if not getattr(reads, "done", False):
            reads.done = True
            both_read.wait(timeout=30)
        return design

    monkeypatch.setattr(smart_images, "design_get_for_user", get_then_wait)

    def run(job_id):
        try:
            job = job_start(job_id=job_id)
            barrier.wait(timeout=30)
            smart_image_job_run(job=job)
        except Exception as error:  # noqa: BLE001 (reported by the assertion below)
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(job.pk,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert errors == []
    design.refresh_from_db()
    slots = design.design_json["smartAssets"]
    assert slots["smart_product"]["status"] == slots["smart_side"]["status"] == "completed"
    assert design.version == 3
