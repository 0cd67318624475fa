-- A revision recorded before it takes effect (a lapse recorded before the expiry, an extension before its entry into
-- force) is announced on the compacted topic on the day it does. Portable SQL: H2 and PostgreSQL.

-- The revision of each package last announced (package-revised); every revision recorded before this migration was
-- announced when it was recorded.
ALTER TABLE sanctions_package ADD COLUMN announced_revision BIGINT;
UPDATE sanctions_package SET announced_revision = revision;
ALTER TABLE sanctions_package ALTER COLUMN announced_revision SET NOT NULL;

-- Events that say a revision is in force (measures-lapsed), held until it is.
CREATE TABLE held_event (
    package_key VARCHAR(60)  NOT NULL,
    revision    BIGINT       NOT NULL,
    event_index INTEGER      NOT NULL,
    event_type  VARCHAR(200) NOT NULL,
    data        TEXT         NOT NULL,
    PRIMARY KEY (package_key, revision, event_index),
    CONSTRAINT held_event_revision FOREIGN KEY (package_key, revision) REFERENCES package_revision (package_key, revision)
);
