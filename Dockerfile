# syntax=docker/dockerfile:1
# Build stage: uv installs exactly uv.lock into /opt/venv (no pip, no build tools, no test extras).
FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 \
    UV_PROJECT_ENVIRONMENT=/opt/venv UV_PYTHON_DOWNLOADS=never UV_LINK_MODE=copy UV_NO_CACHE=1
WORKDIR /src
COPY pyproject.toml uv.lock README.md ./
# The uv version is stated once, in pyproject.toml ([tool.uv] required-version).
RUN pip install --no-cache-dir "uv==$(python -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["tool"]["uv"]["required-version"].lstrip("="))')"
# Dependencies in their own layer, so a source change does not reinstall them.
RUN uv sync --frozen --no-dev --no-editable --no-install-project
COPY api ./api
COPY models ./models
COPY domain ./domain
COPY migrations ./migrations
# Bundled test suites of the dependencies never run in production (about 30 MB).
RUN uv sync --frozen --no-dev --no-editable \
    && find /opt/venv -type d -name tests -path '*/site-packages/*' -prune -exec rm -rf {} +

# Runtime stage: only the interpreter and the finished virtualenv.
FROM python:3.11-slim-bookworm
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    HOST=0.0.0.0 \
    PORT=8000 \
    DATABASE_URL=sqlite:////var/lib/diet-tracker/diet-tracker.db
RUN groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --home-dir /app app \
    && mkdir -p /var/lib/diet-tracker && chown app:app /var/lib/diet-tracker
COPY --from=build /opt/venv /opt/venv
WORKDIR /app
USER 10001:10001
VOLUME ["/var/lib/diet-tracker"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen(f'http://127.0.0.1:{os.environ.get(\"PORT\", \"8000\")}/healthz', timeout=2)"]
# api.serve applies the migrations, then runs uvicorn.
CMD ["python", "-m", "api.serve"]
