"""``python -m cds_service``: the same as the ``cds-service`` command."""

from .cli import main

raise SystemExit(main())
