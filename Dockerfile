# One image for migrate, web, worker and beat. The base is pinned; .dockerignore keeps .env,
# .venv, var/ and .git out of the build context.
FROM python:3.11.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_DISABLE_PIP_VERSION_CHECK=1
# libraqm0 + libfribidi0: Pillow's text shaping (Devanagari, Arabic); /readyz fails without it.
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpq5 curl libraqm0 libfribidi0 \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY pyproject.toml ./
RUN pip install --no-cache-dir "setuptools>=69" && pip install --no-cache-dir .
COPY . .
RUN python -c "from PIL import features; assert features.check('raqm'), 'no raqm text shaping'"
RUN useradd --create-home --uid 1000 radic && mkdir -p /app/var && chown -R radic /app/var
USER radic
ENV DJANGO_SETTINGS_MODULE=radicpro.settings.base RADICPRO_VAR_DIR=/app/var
RUN DJANGO_SECRET_KEY=build-only python manage.py collectstatic --noinput --verbosity 0
EXPOSE 8000
CMD ["gunicorn", "radicpro.wsgi", "--config", "python:radicpro.gunicorn_conf", "--bind", "0.0.0.0:8000", "--workers", "3", "--timeout", "120", "--access-logfile", "-"]
