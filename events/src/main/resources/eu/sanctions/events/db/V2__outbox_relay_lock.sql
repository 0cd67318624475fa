-- The outbox relay's lock: one row per service (its lock name), which the relay of one node holds for the
-- transaction in which it reads a batch, sends it and marks what the broker acknowledged. A node that stops holds it
-- no longer than its transaction: PostgreSQL ends a connection that dies or stays idle in its transaction for
-- longer than the relay's lockAtMostFor. Portable SQL: H2 (the embedded default) and PostgreSQL.
CREATE TABLE outbox_relay_lock (
    name VARCHAR(64) NOT NULL PRIMARY KEY
);
