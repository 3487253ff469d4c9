"""Alembic migrations for ``cds_service.persistence`` (run by ``Store.upgrade()``; no alembic.ini needed).

To add a revision during development::

    python -c "from alembic.config import Config; from alembic import command; \
c = Config(); c.set_main_option('script_location', 'cds_service/migrations'); \
c.set_main_option('sqlalchemy.url', 'sqlite:///dev.sqlite3'); \
command.revision(c, 'what changed', autogenerate=True, rev_id='0003')"

Revisions never edit or drop rows they do not own: an upgrade keeps every stored card, feedback
item and jti. Use ``op.batch_alter_table`` for column changes (SQLite rebuilds the table).
"""
