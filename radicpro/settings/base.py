"""Settings read from the environment, with embedded defaults that need no other service."""

from datetime import timedelta
from pathlib import Path
from typing import Any

import environ
from django.core.exceptions import ImproperlyConfigured

from radicpro import queues
from radicpro.api.wire import WIRE_TIME_FORMAT

from .devkey import development_secret_key

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

# development (the default) or production; production refuses insecure defaults.
RADICPRO_ENV = env.str("RADICPRO_ENV", default="development")
IS_PRODUCTION = RADICPRO_ENV == "production"
VAR_DIR = Path(env.str("RADICPRO_VAR_DIR", default=str(BASE_DIR / "var")))
VAR_DIR.mkdir(parents=True, exist_ok=True)  # the embedded defaults keep their files here

SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="")
if not SECRET_KEY:
    if IS_PRODUCTION:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set when RADICPRO_ENV=production.")
    # Never a constant: a random key per install, made on first start (var/dev-secret-key).
    SECRET_KEY = development_secret_key(VAR_DIR)

DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env.list(
    "DJANGO_ALLOWED_HOSTS", default=[] if IS_PRODUCTION else ["127.0.0.1", "localhost", "testserver"]
)
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

# Browsers (django-cors-headers): the web origins allowed to call /v1/ (none by default), e.g.
# `https://editor.example.com`. Tokens travel in the Authorization header, never in cookies, so
# credentials stay off; the headers a client needs to read are exposed.
CORS_ALLOWED_ORIGINS = env.list("RADICPRO_CORS_ALLOWED_ORIGINS", default=[])
CORS_URLS_REGEX = r"^/v1/"
CORS_ALLOW_CREDENTIALS = False
CORS_ALLOW_HEADERS = ("accept", "authorization", "content-type", "idempotency-key", "if-match",
                      "if-none-match", "prefer", "x-request-id")
CORS_EXPOSE_HEADERS = ("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset",
                       "X-Request-Id", "ETag", "Location", "Retry-After", "Idempotent-Replayed")
CORS_PREFLIGHT_MAX_AGE = 3600

INSTALLED_APPS = [
    # django.contrib.admin with the Radic Pro admin site (the operators' dashboard).
    "radicpro.backoffice.apps.RadicProAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "corsheaders",
    "rest_framework",
    "rest_framework_simplejwt.token_blacklist",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "radicpro.api",
    "radicpro.accounts",
    "radicpro.jobs",
    "radicpro.billing",
    "radicpro.webhooks",
    "radicpro.retention",
    "designs",
    "brands",
    "assets",
    "campaigns",
    "aiengine",
    "exports",
    "assistant",
]

MIDDLEWARE = [
    "radicpro.api.middleware.RequestIdMiddleware",
    "radicpro.api.observability.ObservabilityMiddleware",
    "corsheaders.middleware.CorsMiddleware",  # before anything that may answer (401, 429, ...)
    "radicpro.api.middleware.JsonErrorMiddleware",
    "radicpro.api.middleware.RateLimitHeadersMiddleware",
    "radicpro.api.idempotency.IdempotencyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "radicpro.urls"
WSGI_APPLICATION = "radicpro.wsgi.application"
ASGI_APPLICATION = "radicpro.asgi.application"
APPEND_SLASH = False

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "radicpro" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ]
        },
    }
]

# Database: SQLite in var/ by default, PostgreSQL (or any) through DATABASE_URL.
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'radicpro.sqlite3'}")
}
DATABASES["default"].setdefault("ATOMIC_REQUESTS", False)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL and a busy timeout let the web server and the worker share the file.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }
else:
    DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("DATABASE_CONN_MAX_AGE", default=60))
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
        # Django's, with each kept connection health-checked at most once a second.
        DATABASES["default"]["ENGINE"] = "radicpro.db.postgresql"
        # Parameters bound by the server (no quoting in Python). Statements are not prepared
        # (Django's default, no prepare_threshold): a prepared statement's generic plan suits the
        # table's average owner, and on a table one user dominates it counted a small user's
        # designs by reading the whole table (1.5 ms at 6,500 rows, growing with it) where the
        # plan made for the actual owner reads that owner's index.
        DATABASES["default"].setdefault("OPTIONS", {})["server_side_binding"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
     "OPTIONS": {"min_length": 8}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Redis (broker + cache) when REDIS_URL is set; otherwise a broker and cache that need no server.
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "radicpro.api.cache.RedisCache",  # Django's, one client a pool
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env.str("RADICPRO_CACHE_PREFIX", default="radicpro"),
        }
    }
    CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default=REDIS_URL)
    CELERY_BROKER_TRANSPORT_OPTIONS: dict[str, Any] = {"visibility_timeout": 3600}
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "radicpro_cache",
        }
    }
    CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default="filesystem://")
if CELERY_BROKER_URL.startswith("filesystem://"):  # the embedded broker: folders under var/
    BROKER_DIR = VAR_DIR / "broker"
    for folder in ("queue", "processed", "control"):
        (BROKER_DIR / folder).mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(BROKER_DIR / "queue"),
        "data_folder_out": str(BROKER_DIR / "queue"),
        "processed_folder": str(BROKER_DIR / "processed"),
        "control_folder": str(BROKER_DIR / "control"),
        "store_processed": False,
    }

CELERY_WORKER_HIJACK_ROOT_LOGGER = False  # workers log through LOGGING (JSON) too
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_TIME_LIMIT = env.int("CELERY_TASK_TIME_LIMIT", default=300)
CELERY_TASK_SOFT_TIME_LIMIT = env.int("CELERY_TASK_SOFT_TIME_LIMIT", default=240)
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=False)
CELERY_TASK_EAGER_PROPAGATES = True
# A safety net, not the fix for growth (the renderer's caches have budgets in bytes): a pool
# process whose resident memory passed this many KiB after a task is replaced by a fresh one
# (a big export's peak is given back to the system). 0 never replaces one.
CELERY_WORKER_MAX_MEMORY_PER_CHILD = env.int("CELERY_WORKER_MAX_MEMORY_PER_CHILD",
                                             default=512_000) or None
CELERY_BEAT_SCHEDULE: dict = {}
# Worker processes' CPU priority below the web server's (nice increment; 0 keeps it equal).
RADICPRO_WORKER_NICE = env.int("RADICPRO_WORKER_NICE", default=10)
# A queue a kind of work, routed in one place (radicpro/queues.py).
CELERY_TASK_QUEUES = queues.celery_queues()
CELERY_TASK_ROUTES = queues.celery_routes()
CELERY_TASK_DEFAULT_QUEUE = queues.MAINTENANCE

# Files: the file system by default, S3 (django-storages) when RADICPRO_S3_BUCKET is set.
# RADICPRO_S3_PUBLIC_ENDPOINT_URL: the S3 endpoint clients reach, when it differs from the one
# the app uses (compose: http://minio:9000 inside, http://localhost:9000 outside); signed URLs
# name it (radicpro/storage.py).
MEDIA_ROOT: Path | str = Path(env.str("RADICPRO_MEDIA_ROOT", default=str(VAR_DIR / "media")))
MEDIA_URL = "/media/"
STATIC_ROOT: Path | str = Path(env.str("RADICPRO_STATIC_ROOT", default=str(VAR_DIR / "static")))
STATIC_URL = "/static/"
S3_BUCKET = env.str("RADICPRO_S3_BUCKET", default="")
if S3_BUCKET:
    DEFAULT_STORAGE = {
        "BACKEND": "radicpro.storage.PublicEndpointS3Storage",
        "OPTIONS": {
            "bucket_name": S3_BUCKET,
            "endpoint_url": env.str("RADICPRO_S3_ENDPOINT_URL", default="") or None,
            "public_endpoint_url": env.str("RADICPRO_S3_PUBLIC_ENDPOINT_URL", default="") or None,
            "region_name": env.str("RADICPRO_S3_REGION", default="") or None,
            "access_key": env.str("RADICPRO_S3_ACCESS_KEY_ID", default="") or None,
            "secret_key": env.str("RADICPRO_S3_SECRET_ACCESS_KEY", default="") or None,
            "default_acl": None,
            "querystring_auth": True,
            "signature_version": "s3v4",
            "file_overwrite": False,
        },
    }
else:
    DEFAULT_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
STORAGES = {
    "default": DEFAULT_STORAGE,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# The HTTP contract (radicpro/api).
DATA_UPLOAD_MAX_MEMORY_SIZE = env.int("RADICPRO_MAX_JSON_BYTES", default=4 * 1024 * 1024)
# Arrays/objects nested deeper than this are refused (400 INVALID_JSON) before parsing.
RADICPRO_MAX_JSON_DEPTH = env.int("RADICPRO_MAX_JSON_DEPTH", default=64)
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "radicpro.accounts.authentication.ApiKeyAuthentication",
        "radicpro.accounts.authentication.BearerJWTAuthentication",
    ],
    # Signed in, and a sandbox (rp_test_) key only where radicpro/accounts/sandbox.py allows it.
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated",
                                   "radicpro.accounts.sandbox.SandboxKeyPolicy"],
    "DEFAULT_RENDERER_CLASSES": ["radicpro.api.renderers.EnvelopeRenderer"],
    # JSON only by default; upload endpoints add CamelCaseMultiPartParser themselves.
    "DEFAULT_PARSER_CLASSES": ["radicpro.api.parsers.CamelCaseJSONParser"],
    "DEFAULT_PAGINATION_CLASS": "radicpro.api.pagination.PagePagination",
    "DEFAULT_THROTTLE_CLASSES": ["radicpro.api.throttling.RadicRateThrottle"],
    "DEFAULT_SCHEMA_CLASS": "radicpro.api.schema.RadicAutoSchema",
    "EXCEPTION_HANDLER": "radicpro.api.exceptions.exception_handler",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
    "PAGE_SIZE": 20,
    "DATETIME_FORMAT": WIRE_TIME_FORMAT,  # every timestamp: UTC (TIME_ZONE), to the second, Z
}

# Per-endpoint-category limits (spec §10) as "count/period"; every one is a setting.
RADICPRO_RATE_LIMITS = {
    "auth": env.str("RADICPRO_RATE_AUTH", default="10/minute"),
    "design_crud": env.str("RADICPRO_RATE_DESIGN_CRUD", default="100/minute"),
    "ai_generation": env.str("RADICPRO_RATE_AI_GENERATION", default="10/hour"),
    "ai_chat": env.str("RADICPRO_RATE_AI_CHAT", default="120/hour"),
    "smart_image": env.str("RADICPRO_RATE_SMART_IMAGE", default="50/hour"),
    "export": env.str("RADICPRO_RATE_EXPORT", default="100/hour"),
    "asset_upload": env.str("RADICPRO_RATE_ASSET_UPLOAD", default="50/hour"),
    # reset emails per address (the auth limit applies per client as well)
    "password_reset": env.str("RADICPRO_RATE_PASSWORD_RESET", default="3/hour"),
}
# Plans (platform spec): request quotas (None = unlimited) and the monthly credit allowance.
RADICPRO_PLANS: dict[str, dict[str, int | None]] = {
    "free": {"requests_per_hour": 100, "requests_per_day": 1000, "monthly_credits": 100},
    "starter": {"requests_per_hour": 500, "requests_per_day": 10000, "monthly_credits": 500},
    "pro": {"requests_per_hour": 2000, "requests_per_day": 50000, "monthly_credits": 2000},
    "business": {"requests_per_hour": 10000, "requests_per_day": 250000,
                 "monthly_credits": 10000},
    "enterprise": {"requests_per_hour": None, "requests_per_day": None,
                   "monthly_credits": 50000},
}
RADICPRO_RATE_LIMITS_ENABLED = env.bool("RADICPRO_RATE_LIMITS_ENABLED", default=True)
# The client's address behind proxies (radicpro/api/client_ip.py): empty trusts no proxy; a
# number N trusts the last N X-Forwarded-For hops; CIDRs trust proxies in those ranges.
RADICPRO_TRUSTED_PROXIES = env.str("RADICPRO_TRUSTED_PROXIES", default="")
# Failed logins (radicpro/accounts/login_guard.py): free failures per account+client before
# the backoff (1, 2, 4 ... s up to the cap), and the per-account ceiling of attempts (counted as
# they arrive) by clients the account has not seen, past which those clients share the slow rate.
RADICPRO_LOGIN_FREE_FAILURES = env.int("RADICPRO_LOGIN_FREE_FAILURES", default=5)
RADICPRO_LOGIN_MAX_BACKOFF_SECONDS = env.int("RADICPRO_LOGIN_MAX_BACKOFF_SECONDS", default=900)
RADICPRO_LOGIN_ACCOUNT_CEILING = env.str("RADICPRO_LOGIN_ACCOUNT_CEILING", default="50/hour")
RADICPRO_LOGIN_ACCOUNT_SLOW_RATE = env.str("RADICPRO_LOGIN_ACCOUNT_SLOW_RATE",
                                           default="6/minute")

SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": timedelta(minutes=env.int("RADICPRO_ACCESS_TOKEN_MINUTES", default=60)),
    "REFRESH_TOKEN_LIFETIME": timedelta(days=env.int("RADICPRO_REFRESH_TOKEN_DAYS", default=30)),
    "ROTATE_REFRESH_TOKENS": True,
    "BLACKLIST_AFTER_ROTATION": True,
    "UPDATE_LAST_LOGIN": True,
    "ALGORITHM": "HS256",
    "SIGNING_KEY": env.str("RADICPRO_JWT_SIGNING_KEY", default="") or SECRET_KEY,
    "AUTH_HEADER_TYPES": ("Bearer",),
    "USER_ID_FIELD": "id",
    "USER_ID_CLAIM": "sub",
}
# A process reads an access token's user from the database at most once this many seconds
# (0: every request); a change saved elsewhere reaches the other processes within it.
RADICPRO_AUTH_USER_CACHE_SECONDS = env.float("RADICPRO_AUTH_USER_CACHE_SECONDS", default=5.0)

# Email (password resets): printed to the console by default; SMTP through
# RADICPRO_EMAIL_URL, e.g. smtp+tls://user:password@smtp.example.com:587 (django-environ).
vars().update(env.email_url("RADICPRO_EMAIL_URL", default="consolemail://"))
DEFAULT_FROM_EMAIL = env.str("RADICPRO_EMAIL_FROM", default="Radic Pro <no-reply@localhost>")
EMAIL_TIMEOUT = env.int("RADICPRO_EMAIL_TIMEOUT", default=10)
# Reset tokens live this long (s); RADICPRO_PASSWORD_RESET_URL, when set, is the page of your
# app that takes `?token=...` and calls POST /v1/auth/password/reset/confirm.
PASSWORD_RESET_TIMEOUT = env.int("RADICPRO_PASSWORD_RESET_TIMEOUT", default=3600)
RADICPRO_PASSWORD_RESET_URL = env.str("RADICPRO_PASSWORD_RESET_URL", default="")

SPECTACULAR_SETTINGS: dict[str, Any] = {
    "TITLE": "Radic Pro API",
    "DESCRIPTION": (
        "AI design generation, editing and export. Every success is "
        "`{\"data\": ..., \"meta\": {\"requestId\"}}`; every error is "
        "`{\"error\": {\"code\", \"message\", \"details\", \"retryable\"}, \"meta\"}`."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    "SERVE_AUTHENTICATION": [],
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "SCHEMA_PATH_PREFIX": r"/v1",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {},
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "radicpro.api.schema.camelize_and_envelope",
        "radicpro.webhooks.schema.add_webhooks_section",
        "radicpro.api.wire.add_wire_time_examples",
        "radicpro.jobs.schema.keep_untyped_job_component",
        "radicpro.apidocs.hooks.document_operations",  # summaries, tags, guides, examples
    ],
}

# Logs: JSON lines with requestId/jobId (RADICPRO_LOG_FORMAT=text for plain lines).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {"()": "radicpro.api.observability.JsonFormatter"},
        "text": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler",
                    "formatter": env.str("RADICPRO_LOG_FORMAT", default="json")},
    },
    "root": {"handlers": ["console"], "level": env.str("RADICPRO_LOG_LEVEL", default="INFO")},
    "loggers": {"django.request": {"level": "ERROR"}},
}
# Prometheus metrics at /metrics: a bearer token protects them when set; without one they are
# open only when RADICPRO_METRICS_PUBLIC (the default in development, never in production).
RADICPRO_METRICS_TOKEN = env.str("RADICPRO_METRICS_TOKEN", default="")
RADICPRO_METRICS_PUBLIC = env.bool("RADICPRO_METRICS_PUBLIC", default=not IS_PRODUCTION)

if IS_PRODUCTION:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
    SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

# Lists: totals are exact up to this many items; past it, a count at most this many s old.
RADICPRO_LIST_EXACT_TOTAL_MAX = env.int("RADICPRO_LIST_EXACT_TOTAL_MAX", default=1_000)
RADICPRO_LIST_TOTAL_CACHE_SECONDS = env.int("RADICPRO_LIST_TOTAL_CACHE_SECONDS", default=60)

# --- jobs, billing, idempotency ---
# Slow work: how long a sync call waits for its job before answering 202, and job deadlines.
RADICPRO_SYNC_WAIT_SECONDS = env.float("RADICPRO_SYNC_WAIT_SECONDS", default=25.0)
# A waiting call wakes when the job's end is announced (Redis pub/sub with REDIS_URL); it also
# re-reads the job this often (s): the safety net with Redis, the short poll without it.
RADICPRO_JOB_WAIT_RECHECK_SECONDS = env.float("RADICPRO_JOB_WAIT_RECHECK_SECONDS",
                                              default=1.0 if REDIS_URL else 0.1)
RADICPRO_JOB_RUN_TIMEOUT = env.int("RADICPRO_JOB_RUN_TIMEOUT", default=CELERY_TASK_TIME_LIMIT + 60)
RADICPRO_JOB_QUEUE_TIMEOUT = env.int("RADICPRO_JOB_QUEUE_TIMEOUT", default=3600)
RADICPRO_JOB_MAX_ATTEMPTS = env.int("RADICPRO_JOB_MAX_ATTEMPTS", default=3)
# The dashboard shows the oldest queued job in red once it has waited this long (s).
RADICPRO_QUEUE_AGE_ALARM_SECONDS = env.int("RADICPRO_QUEUE_AGE_ALARM_SECONDS", default=300)
# Credits: the low-balance webhook threshold, the price of a credit, the payment provider.
RADICPRO_CREDITS_LOW_THRESHOLD = env.int("RADICPRO_CREDITS_LOW_THRESHOLD", default=20)
RADICPRO_CREDIT_PRICE_CENTS = env.int("RADICPRO_CREDIT_PRICE_CENTS", default=8)
RADICPRO_PAYMENT_PROVIDER = env.str("RADICPRO_PAYMENT_PROVIDER",
                                    default="radicpro.billing.payments.TestPaymentProvider")
RADICPRO_IDEMPOTENCY_TTL_HOURS = env.int("RADICPRO_IDEMPOTENCY_TTL_HOURS", default=24)
CELERY_BEAT_SCHEDULE["jobs-sweep-stuck"] = {
    "task": "radicpro.jobs.tasks.sweep_stuck_jobs", "schedule": 60.0}
# Jobs whose worker died are sent again (radicpro/jobs/recovery.py); credit reservations no job
# will settle are settled or refunded once older than RADICPRO_RESERVATION_TIMEOUT (s).
RADICPRO_RESERVATION_TIMEOUT = env.int(
    "RADICPRO_RESERVATION_TIMEOUT",
    default=RADICPRO_JOB_QUEUE_TIMEOUT + RADICPRO_JOB_MAX_ATTEMPTS * RADICPRO_JOB_RUN_TIMEOUT)
CELERY_BEAT_SCHEDULE["jobs-recover-orphans"] = {
    "task": "radicpro.jobs.tasks.recover_orphaned_jobs", "schedule": 30.0}
CELERY_BEAT_SCHEDULE["billing-sweep-unsettled-reservations"] = {
    "task": "radicpro.jobs.tasks.sweep_unsettled_reservations", "schedule": 600.0}
CELERY_BEAT_SCHEDULE["idempotency-purge-expired"] = {
    "task": "radicpro.jobs.tasks.purge_idempotency_records", "schedule": 3600.0}
# Retention (radicpro/retention): what the scheduler purges, per kind; 0 keeps it forever.
# Runs every RADICPRO_RETENTION_EVERY_SECONDS; each run is listed in the admin (Retention runs).
RADICPRO_RETAIN_JOBS_DAYS = env.int("RADICPRO_RETAIN_JOBS_DAYS", default=90)
RADICPRO_RETAIN_EXPORT_FILES_DAYS = env.int("RADICPRO_RETAIN_EXPORT_FILES_DAYS", default=30)
RADICPRO_RETAIN_DESIGN_REVISIONS = env.int("RADICPRO_RETAIN_DESIGN_REVISIONS", default=50)
RADICPRO_RETAIN_WEBHOOK_DAYS = env.int("RADICPRO_RETAIN_WEBHOOK_DAYS", default=30)
RADICPRO_RETAIN_PROVIDER_CALLS_DAYS = env.int("RADICPRO_RETAIN_PROVIDER_CALLS_DAYS", default=400)
CELERY_BEAT_SCHEDULE["retention"] = {
    "task": "radicpro.retention.tasks.run_retention",
    "schedule": float(env.int("RADICPRO_RETENTION_EVERY_SECONDS", default=6 * 3600))}
CELERY_BEAT_SCHEDULE["billing-monthly-allowances"] = {
    "task": "radicpro.billing.tasks.grant_monthly_allowances", "schedule": 3600.0}

# --- webhooks ---
# Deliveries: per-attempt timeout (s), attempts before a delivery fails, consecutive failed
# deliveries before an endpoint is disabled. Private/loopback/link-local destinations are
# refused unless RADICPRO_WEBHOOK_ALLOW_PRIVATE (set it in development to reach local receivers).
RADICPRO_WEBHOOK_TIMEOUT = env.float("RADICPRO_WEBHOOK_TIMEOUT", default=10.0)
RADICPRO_WEBHOOK_MAX_ATTEMPTS = env.int("RADICPRO_WEBHOOK_MAX_ATTEMPTS", default=8)
RADICPRO_WEBHOOK_DISABLE_AFTER = env.int("RADICPRO_WEBHOOK_DISABLE_AFTER", default=20)
RADICPRO_WEBHOOK_ALLOW_PRIVATE = env.bool("RADICPRO_WEBHOOK_ALLOW_PRIVATE", default=False)
CELERY_BEAT_SCHEDULE["webhooks-resume-stalled"] = {
    "task": "radicpro.webhooks.tasks.resume_stalled_deliveries", "schedule": 60.0}

# --- assets ---
# Uploads: the largest file accepted (413 above) and the largest image decoded (400 above).
RADICPRO_MAX_UPLOAD_BYTES = env.int("RADICPRO_MAX_UPLOAD_BYTES", default=20 * 1024 * 1024)
RADICPRO_MAX_IMAGE_PIXELS = env.int("RADICPRO_MAX_IMAGE_PIXELS", default=50_000_000)
# Signed file URLs: their lifetime (s) and, for the file system, the origin put before
# /v1/files/... so URLs work outside a request too (webhooks, job results). In development it
# is the local server (`make run` honours PORT); in production set the public origin.
RADICPRO_SIGNED_URL_TTL = env.int("RADICPRO_SIGNED_URL_TTL", default=24 * 3600)
RADICPRO_FILES_BASE_URL = env.str(
    "RADICPRO_FILES_BASE_URL",
    default="" if IS_PRODUCTION else f"http://127.0.0.1:{env.int('PORT', default=8000)}")

# --- exports ---
# The renderer's memory limit per render (MB, estimated before each allocation): a design over it
# fails with EXPORT_FAILED (and gets no thumbnail) instead of exhausting the worker's memory.
RADICPRO_RENDER_MEMORY_MB = env.int("RADICPRO_RENDER_MEMORY_MB", default=2048)
# OpenAPI enum names: the job lifecycle (queued → processing → completed | failed) is shared by
# job bodies, the 202 answers and exports; export formats and resolutions get their own names.
SPECTACULAR_SETTINGS["ENUM_NAME_OVERRIDES"].update({
    "JobStatusEnum": "radicpro.jobs.models.Job.Status",
    "ExportFormatEnum": "rendering.FORMAT_CHOICES",
    "ExportRequestFormatEnum": "rendering.ACCEPTED_FORMAT_NAMES",
    "ExportResolutionEnum": "exports.models.Export.Resolution",
})

# --- assistant ---
# Which design assistant answers: `local`
# (offline rules) or `openai` (an OpenAI-compatible chat model with tool calls, at
# RADICPRO_AI_BASE_URL with RADICPRO_AI_API_KEY). Sandbox (rp_test_) keys always get `local`.
RADICPRO_AI_ASSISTANT_PROVIDER = env.str("RADICPRO_AI_ASSISTANT_PROVIDER", default="local")
RADICPRO_AI_ASSISTANT_MODEL = env.str("RADICPRO_AI_ASSISTANT_MODEL", default="")

# --- aiengine ---
# Which provider does each AI job: `local` (offline, free) or an HTTP provider registered in
# aiengine/providers/http (layout/edit: `openai`, any OpenAI-compatible chat API at
# RADICPRO_AI_BASE_URL with RADICPRO_AI_API_KEY; image: `nano-banana-pro`, `flux-1.1-pro`,
# `openai-images`). An image model is used only when its API key is set; otherwise the local
# image provider draws and the answer says so. Sandbox (rp_test_) keys always use `local`.
RADICPRO_AI_LAYOUT_PROVIDER = env.str("RADICPRO_AI_LAYOUT_PROVIDER", default="local")
RADICPRO_AI_EDIT_PROVIDER = env.str("RADICPRO_AI_EDIT_PROVIDER", default="local")
RADICPRO_AI_IMAGE_PROVIDER = env.str("RADICPRO_AI_IMAGE_PROVIDER", default="local")
RADICPRO_AI_BASE_URL = env.str("RADICPRO_AI_BASE_URL", default="")
RADICPRO_AI_API_KEY = env.str("RADICPRO_AI_API_KEY", default="")
RADICPRO_AI_LAYOUT_MODEL = env.str("RADICPRO_AI_LAYOUT_MODEL", default="")
RADICPRO_AI_EDIT_MODEL = env.str("RADICPRO_AI_EDIT_MODEL", default="")
RADICPRO_AI_IMAGE_MODEL = env.str("RADICPRO_AI_IMAGE_MODEL", default="")
RADICPRO_AI_NANO_BANANA_BASE_URL = env.str("RADICPRO_AI_NANO_BANANA_BASE_URL", default="")
RADICPRO_AI_NANO_BANANA_API_KEY = env.str("RADICPRO_AI_NANO_BANANA_API_KEY", default="")
RADICPRO_AI_NANO_BANANA_MODEL = env.str("RADICPRO_AI_NANO_BANANA_MODEL", default="")
RADICPRO_AI_FLUX_BASE_URL = env.str("RADICPRO_AI_FLUX_BASE_URL", default="")
RADICPRO_AI_FLUX_API_KEY = env.str("RADICPRO_AI_FLUX_API_KEY", default="")
RADICPRO_AI_FLUX_MODEL = env.str("RADICPRO_AI_FLUX_MODEL", default="")
# Per HTTP call: read timeout (s) and retries of 429/5xx; smart images drawn at once per job.
RADICPRO_AI_TIMEOUT = env.float("RADICPRO_AI_TIMEOUT", default=60.0)
RADICPRO_AI_MAX_RETRIES = env.int("RADICPRO_AI_MAX_RETRIES", default=2)
RADICPRO_AI_IMAGE_CONCURRENCY = env.int("RADICPRO_AI_IMAGE_CONCURRENCY", default=3)

