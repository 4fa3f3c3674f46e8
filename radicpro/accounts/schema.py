"""OpenAPI security schemes for the two bearer authenticators (JWT and API key)."""

from drf_spectacular.extensions import OpenApiAuthenticationExtension

JWT_SCHEME = {
    "type": "http",
    "scheme": "bearer",
    "bearerFormat": "JWT",
    "description": "A JWT access token from /v1/auth/login or /v1/auth/signup.",
}
API_KEY_SCHEME = {
    "type": "http",
    "scheme": "bearer",
    "description": "An API key from /v1/api-keys: rp_live_... (live) or rp_test_... (sandbox).",
}


class ApiKeyAuthenticationScheme(OpenApiAuthenticationExtension):
    target_class = "radicpro.accounts.authentication.ApiKeyAuthentication"
    name = "apiKeyAuth"
    priority = 1

    def get_security_definition(self, auto_schema):
        return API_KEY_SCHEME


class BearerJWTAuthenticationScheme(OpenApiAuthenticationExtension):
    target_class = "radicpro.accounts.authentication.BearerJWTAuthentication"
    name = "jwtAuth"
    priority = 1

    def get_security_definition(self, auto_schema):
        return JWT_SCHEME
