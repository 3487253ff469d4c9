# Production image: slim Python, non-root user, gunicorn (via `cds-service serve`), health check.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 \
    CDS_DATABASE_URL=sqlite:////var/lib/cds-service/cds-service.sqlite3

WORKDIR /app
COPY pyproject.toml README.md ./
COPY cds_service ./cds_service
COPY cards ./cards
COPY valuesets ./valuesets
RUN pip install '.[postgres]' && rm -rf /root/.cache

RUN useradd --system --uid 10001 --home-dir /nonexistent --shell /usr/sbin/nologin cds \
    && mkdir -p /var/lib/cds-service && chown cds /var/lib/cds-service
USER cds

EXPOSE 8080
# CDS_AUTH defaults to jwt: mount a trusted-issuers file and set CDS_TRUSTED_ISSUERS_FILE.
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
  CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8080/healthz', timeout=2).status == 200 else 1)"
CMD ["cds-service", "serve", "--host", "0.0.0.0", "--port", "8080", "--workers", "2"]
