"""POST /v1/ai/edit-design: operations that apply-patch then applies; charged once, refunded on failure."""

import pytest

from aiengine.providers.base import ProviderError
from aiengine.providers.local.editor import LocalEditProvider
from designs.models import Design, DesignRevision
from radicpro.billing.selectors import credit_balance
from tests.aiengine.api.factories import sandbox_client
from tests.api_contract import assert_error, assert_success

URL = "/v1/ai/edit-design"
# A prompt whose brief has a subline (the edits below remove it): the engine sets only the copy a prompt gives.
PROMPT = "Diwali sale on headphones, 40% OFF, free delivery across India, premium dark theme"


@pytest.fixture
def design(api, funded, events):
    data = assert_success(api.post("/v1/ai/generate-designs", {
        "prompt": PROMPT, "format": "instagram_post", "creativeConcept": "offer_focus",
        "options": {"variants": 1}}, format="json"))
    return Design.objects.get(pk=data["designs"][0]["id"])


def _ids(document) -> set[str]:
    return {layer["id"] for layer in document["layers"]}


@pytest.mark.django_db
def test_removing_the_subheadline_is_proposed_then_applied_by_apply_patch(api, funded, design):
    balance = credit_balance(user=funded)

    data = assert_success(api.post(URL, {"designId": design.pk,
                                         "instruction": "Make it more minimal, remove the subheadline"},
                                   format="json"))

    assert set(data) == {"patch", "explanation", "unsupported", "baseVersion"}
    operations = data["patch"]["operations"]
    assert {"op": "remove_layer", "layerId": "layer_subheadline"} in operations
    assert "subheadline" in data["explanation"]
    assert data["unsupported"] == [] and data["baseVersion"] == design.version
    design.refresh_from_db()
    assert "layer_subheadline" in _ids(design.design_json)  # proposed, not applied
    assert credit_balance(user=funded) == balance - 1

    applied = assert_success(api.post(f"/v1/designs/{design.pk}/apply-patch", {"operations": operations},
                                      format="json", HTTP_IF_MATCH=f'"{data["baseVersion"]}"'))

    assert "layer_subheadline" not in _ids(applied["designJson"])
    assert applied["version"] == data["baseVersion"] + 1
    assert DesignRevision.objects.filter(design=design, version=applied["version"]).exists()


@pytest.mark.django_db
def test_an_instruction_nothing_can_be_done_about_is_explained_and_free(api, funded, design):
    balance = credit_balance(user=funded)

    data = assert_success(api.post(URL, {"designId": design.pk, "instruction": "blorp the quux"},
                                   format="json"))

    assert data["patch"]["operations"] == []
    assert data["unsupported"] == ["blorp the quux"]
    assert "Nothing was changed" in data["explanation"]
    assert credit_balance(user=funded) == balance


@pytest.mark.django_db
def test_a_failing_edit_provider_is_generation_failed_and_refunded(api, funded, design, monkeypatch):
    def broken(self, *, document, instruction):
        raise ProviderError("timed out", retryable=True)

    monkeypatch.setattr(LocalEditProvider, "edit", broken)
    balance = credit_balance(user=funded)

    error = assert_error(api.post(URL, {"designId": design.pk, "instruction": "remove the logo"},
                                  format="json"), 500, "GENERATION_FAILED")

    assert error["retryable"] is True
    assert credit_balance(user=funded) == balance


@pytest.mark.django_db
def test_operations_that_would_break_the_design_are_never_proposed(api, funded, design, monkeypatch):
    def bad(self, *, document, instruction):
        from aiengine.providers.base import EditResult

        return EditResult(operations=[{"op": "remove_layer", "layerId": "layer_nope"}], explanation="x")

    monkeypatch.setattr(LocalEditProvider, "edit", bad)
    balance = credit_balance(user=funded)

    assert_error(api.post(URL, {"designId": design.pk, "instruction": "remove it"}, format="json"),
                 500, "GENERATION_FAILED")
    assert credit_balance(user=funded) == balance


@pytest.mark.django_db
def test_someone_elses_design_does_not_exist(other_api, other_user, design):
    assert_error(other_api.post(URL, {"designId": design.pk, "instruction": "remove the subheadline"},
                                format="json"), 404, "DESIGN_NOT_FOUND")
    assert_error(other_api.post(URL, {"designId": "design_nope", "instruction": "x"}, format="json"),
                 404, "DESIGN_NOT_FOUND")


@pytest.mark.django_db
def test_bad_input_names_the_fields(api, funded, anon_client):
    error = assert_error(api.post(URL, {"instruction": "", "tone": "loud"}, format="json"), 400,
                         "VALIDATION_ERROR")

    assert set(error["details"]) == {"designId", "instruction", "tone"}
    assert_error(anon_client.post(URL, {}, format="json"), 401, "UNAUTHORIZED")


@pytest.mark.django_db
def test_a_sandbox_key_is_never_charged_for_an_edit(user, funded, design):
    balance = credit_balance(user=funded)

    data = assert_success(sandbox_client(user).post(URL, {"designId": design.pk,
                                                          "instruction": "remove the subheadline"},
                                                    format="json"))

    assert data["patch"]["operations"]
    assert credit_balance(user=funded) == balance


class _HostedEditor:
    """A stand-in hosted edit provider answering fixed operations."""

    name = "hosted"

    def __init__(self, operations):
        self.operations = operations

    def edit(self, *, document, instruction):
        from aiengine.providers.base import EditResult

        return EditResult(operations=self.operations, explanation="Done.", model="hosted-1")


@pytest.mark.django_db
def test_a_hosted_edit_is_refitted_and_never_silent(api, funded, design, monkeypatch):
    off_canvas = [{"op": "update_layer", "layerId": "layer_cta", "changes": {"position": {"x": 1000, "y": 1040}}}]
    monkeypatch.setattr("aiengine.services.editing.edit_provider", lambda sandbox: _HostedEditor(off_canvas))

    data = assert_success(api.post(URL, {"designId": design.pk, "instruction": "move the button to the corner"},
                                   format="json"))

    fixes = [op for op in data["patch"]["operations"][1:]
             if op.get("layerId") == "layer_cta" and "position" in op["changes"]]
    assert fixes and fixes[-1]["changes"]["position"]["x"] + design.design_json["layers"][-1]["size"]["width"] <= 1080
    assert "Re-fitted" in data["explanation"]

    monkeypatch.setattr("aiengine.services.editing.edit_provider", lambda sandbox: _HostedEditor([]))
    nothing = assert_success(api.post(URL, {"designId": design.pk, "instruction": "make it pop"}, format="json"))
    assert nothing["unsupported"] == ["make it pop"] and "Nothing was changed" in nothing["explanation"]
