"""The floor: Flask under gunicorn returning a fixed JSON answer for the same request.

The service's HTTP throughput is judged against this, measured side by side in one run.
"""

from __future__ import annotations

import json
from pathlib import Path

from flask import Flask, Response, request

_FIXED = Path(__file__).with_name("fixed-response.json")


def create_app() -> Flask:
    app = Flask(__name__)
    fixed = _FIXED.read_bytes() if _FIXED.exists() else json.dumps({"cards": []}).encode()

    @app.post("/cds-services/low-back-pain")
    def invoke() -> Response:
        request.get_json()  # read and parse the body like the real service must
        return Response(fixed, mimetype="application/json")

    return app
