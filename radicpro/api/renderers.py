"""The one renderer that builds the response envelope."""

from rest_framework.renderers import JSONRenderer

from .casing import camelize


class EnvelopeRenderer(JSONRenderer):
    """Wraps success bodies in `{"data", "meta"}` and completes error bodies with `meta`."""

    charset = None
    ensure_ascii = False

    def render(self, data, accepted_media_type=None, renderer_context=None):
        context = renderer_context or {}
        response = context.get("response")
        request = context.get("request")
        if response is not None and response.status_code == 204:
            return b""
        meta = {"requestId": getattr(request, "request_id", None) if request else None}
        if isinstance(data, dict) and "error" in data and response is not None \
                and response.status_code >= 400:
            body = {"error": data["error"], "meta": meta}
        else:
            body = {"data": camelize(data), "meta": meta}
        return super().render(body, accepted_media_type, renderer_context)
