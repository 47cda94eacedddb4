"""Alembic's environment for the team schema, whose migrations are in versions/ (read by Alembic
as files, not imported as a package; see team_server.migrations). team_server puts its
connection in the configuration's attributes, inside a transaction that holds the writers'
lock: the migrations run in that transaction, all or nothing."""

from alembic import context

context.configure(connection=context.config.attributes["connection"], transactional_ddl=True)
with context.begin_transaction():
    context.run_migrations()
