FROM python:3.11.13-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY alerts ./alerts
COPY workers ./workers
COPY templates ./templates
RUN pip install --no-cache-dir . && useradd --create-home alerts
USER alerts
CMD ["alerts", "run"]
