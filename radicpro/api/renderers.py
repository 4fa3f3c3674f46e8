"""The one renderer that builds the response envelope."""

import orjson
from rest_framework.renderers import JSONRenderer
from rest_framework.utils.encoders import JSONEncoder

from .casing import camelize
from .wire import JsonText

# orjson writes what DRF's json.dumps would (compact, UTF-8 unescaped); timestamps and the
# types only DRF's encoder knows (Decimal, lazy strings, ...) still go through that encoder.
_ORJSON_OPTIONS = (orjson.OPT_NON_STR_KEYS | orjson.OPT_PASSTHROUGH_DATETIME
                   | orjson.OPT_PASSTHROUGH_DATACLASS)
_LINE_SEPARATORS = (b"\xe2\x80\xa8", b"\xe2\x80\xa9")  # U+2028/2029, escaped as DRF does


class _Encoder(JSONEncoder):
    """DRF's encoder, knowing JsonText too (the indented and fallback paths)."""

    def default(self, obj):
        if isinstance(obj, JsonText):
            return obj.parsed()
        return super().default(obj)


_drf_default = JSONEncoder().default


def _orjson_default(obj):
    if type(obj) is JsonText:
        return orjson.Fragment(obj.text)
    return _drf_default(obj)


class EnvelopeRenderer(JSONRenderer):
    """Wraps success bodies in `{"data", "meta"}` and completes error bodies with `meta`."""

    charset = None
    ensure_ascii = False
    encoder_class = _Encoder

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
        if self.get_indent(accepted_media_type, context) is not None:
            return super().render(body, accepted_media_type, renderer_context)
        try:
            rendered = orjson.dumps(body, default=_orjson_default, option=_ORJSON_OPTIONS)
        except (orjson.JSONEncodeError, TypeError, ValueError):  # e.g. an int past 64 bits
            return super().render(body, accepted_media_type, renderer_context)
        if _LINE_SEPARATORS[0] in rendered or _LINE_SEPARATORS[1] in rendered:
            rendered = rendered.replace(_LINE_SEPARATORS[0], b"\\u2028").replace(
                _LINE_SEPARATORS[1], b"\\u2029")
        return rendered
