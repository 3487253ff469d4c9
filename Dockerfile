# Production image: slim Python, non-root user, gunicorn (via `cds-service serve`), health check.
# The base is pinned to an exact version tag. Pin it to its digest too where you build
# (`docker buildx imagetools inspect python:3.11.11-slim-bookworm`): no registry was reachable where
# this file was written, so no digest could be checked.

# Stage 1: the wheel. By default the compiled build (pyproject.toml's mypyc hook: the pipeline as C extension
# modules, built from the same sources; 18 % fewer instructions per call, README "The compiled build"), which
# needs a C compiler that the image itself does not keep. `--build-arg CDS_BUILD=pure`: the pure-Python wheel.
FROM python:3.11.11-slim-bookworm AS wheel
ARG CDS_BUILD=compiled
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY pyproject.toml README.md ./
COPY cds_service ./cds_service
COPY cards ./cards
COPY valuesets ./valuesets
COPY examples ./examples
RUN case "$CDS_BUILD" in \
      compiled) export HATCH_BUILD_HOOK_ENABLE_MYPYC=true ;; \
      pure) ;; \
      *) echo "CDS_BUILD must be compiled or pure, not $CDS_BUILD" >&2; exit 1 ;; \
    esac \
    && pip wheel --no-deps --wheel-dir /wheels . && rm -rf /root/.cache

# Stage 2: the image, with the wheel and its dependencies only.
FROM python:3.11.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 \
    CDS_DATABASE_URL=sqlite:////var/lib/cds-service/cds-service.sqlite3 \
    CDS_TRUSTED_ISSUERS_FILE=/config/trusted-issuers.json

COPY --from=wheel /wheels /wheels
RUN pip install "$(ls /wheels/cds_service-*.whl)[postgres]" && rm -rf /wheels /root/.cache

RUN useradd --system --uid 10001 --home-dir /nonexistent --shell /usr/sbin/nologin cds \
    && mkdir -p /var/lib/cds-service /config && chown cds /var/lib/cds-service
# The SQLite database (the default CDS_DATABASE_URL) outlives the container; with PostgreSQL it stays empty.
VOLUME ["/var/lib/cds-service"]
USER 10001

EXPOSE 8080
# CDS_AUTH defaults to jwt: mount a trusted-issuers file at /config/trusted-issuers.json (see the README).
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
  CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8080/healthz', timeout=2).status == 200 else 1)"
# Exec form: cds-service (gunicorn's master) is PID 1 and gets docker stop's SIGTERM itself (graceful).
STOPSIGNAL SIGTERM
CMD ["cds-service", "serve", "--host", "0.0.0.0", "--port", "8080", "--workers", "2"]
