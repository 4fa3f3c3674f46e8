"""Settings: production refuses insecure defaults; the environment switches backends."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _environment(**settings: str) -> dict:
    """This process's environment without the project's own settings, plus `settings`."""
    clean = {k: v for k, v in os.environ.items()
             if not k.startswith(("DATABASE_URL", "REDIS_URL", "RADICPRO_", "DJANGO_"))}
    clean["DJANGO_SETTINGS_MODULE"] = "radicpro.settings.base"
    clean.update(settings)
    return clean


def _load_settings(env: dict) -> subprocess.CompletedProcess:
    code = ("import django; django.setup(); from django.conf import settings; "
            "print(settings.DATABASES['default']['ENGINE']); print(settings.CELERY_BROKER_URL); "
            "print(settings.CACHES['default']['BACKEND']); print(settings.STORAGES['default']['BACKEND'])")
    clean = _environment(RADICPRO_VAR_DIR=str(ROOT / "var" / "settings-test"), **env)
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=clean,  # noqa: S603
                          capture_output=True, text=True, timeout=60)


def test_production_refuses_to_start_without_a_secret_key():
    result = _load_settings({"RADICPRO_ENV": "production"})
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_embedded_defaults_need_no_service():
    result = _load_settings({})
    assert result.returncode == 0, result.stderr
    engine, broker, cache, storage = result.stdout.split()
    assert engine == "django.db.backends.sqlite3"
    assert broker == "filesystem://"
    assert cache == "django.core.cache.backends.db.DatabaseCache"
    assert storage == "django.core.files.storage.FileSystemStorage"


def test_environment_switches_to_postgres_redis_and_s3():
    result = _load_settings({
        "DATABASE_URL": "postgres://u@db.internal:5432/radic",
        "REDIS_URL": "redis://cache.internal:6379/0",
        "RADICPRO_S3_BUCKET": "designs",
        "RADICPRO_ENV": "production",
        "DJANGO_SECRET_KEY": "x" * 50,
    })
    assert result.returncode == 0, result.stderr
    engine, broker, cache, storage = result.stdout.split()
    assert engine == "radicpro.db.postgresql"  # Django's, health-checked once a second
    assert broker == "redis://cache.internal:6379/0"
    assert cache == "radicpro.api.cache.RedisCache"
    assert storage == "radicpro.storage.PublicEndpointS3Storage"


def test_production_settings_pass_djangos_deploy_checklist(tmp_path):
    clean = _environment(RADICPRO_ENV="production",
                         DJANGO_SECRET_KEY="k" * 20 + "-Production-Secret-Key-With-Entropy-42!",
                         DJANGO_ALLOWED_HOSTS="api.example.com", RADICPRO_VAR_DIR=str(tmp_path))
    result = subprocess.run([sys.executable, "manage.py", "check", "--deploy", "--fail-level",  # noqa: S603
                             "WARNING"], cwd=ROOT, env=clean, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def _development_keys(var_dir: Path) -> tuple[str, str]:
    code = ("import django; django.setup(); from django.conf import settings; "
            "print(settings.SECRET_KEY); print(settings.SIMPLE_JWT['SIGNING_KEY'])")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT,  # noqa: S603
                            env=_environment(RADICPRO_VAR_DIR=str(var_dir)),
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    secret, jwt_key = result.stdout.split()
    return secret, jwt_key


def test_development_keys_are_random_per_install_and_kept_private(tmp_path):
    first, jwt_key = _development_keys(tmp_path / "one")
    assert jwt_key == first  # tokens are signed with the install's own key
    assert len(first) >= 50 and "insecure" not in first
    assert _development_keys(tmp_path / "one") == (first, first)  # kept across restarts
    other, _ = _development_keys(tmp_path / "two")
    assert other != first  # no two installs share a key
    key_files = [path for path in (tmp_path / "one").rglob("*") if path.is_file()
                 and first in path.read_text(errors="ignore")]
    assert len(key_files) == 1
    assert key_files[0].stat().st_mode & 0o777 == 0o600


def test_a_token_signed_with_the_old_public_key_is_refused(db, anon_client):
    import jwt

    from tests.factories import UserFactory

    victim = UserFactory()
    forged = jwt.encode({"sub": victim.id, "token_type": "access", "exp": 4102444800,
                         "jti": "forged"}, "dev-only-insecure-key-do-not-use-in-production",
                        algorithm="HS256")
    anon_client.credentials(HTTP_AUTHORIZATION=f"Bearer {forged}")
    assert anon_client.get("/v1/auth/me").status_code == 401
