-- The register of sanctions packages. Portable SQL: H2 (the embedded default) and PostgreSQL.
-- The outbox, inbox and ShedLock tables belong to the events library and are migrated by it.

-- Each package as it stands: its latest revision, with the columns the list and the jobs filter on.
-- revision is also the version that optimistic locking (ETag / If-Match) compares.
CREATE TABLE sanctions_package (
    package_key        VARCHAR(60)   NOT NULL PRIMARY KEY,
    revision           BIGINT        NOT NULL,
    effective_date     DATE          NOT NULL,
    title              VARCHAR(1000) NOT NULL,
    sanctions_map_id   INTEGER,
    status             VARCHAR(20)   NOT NULL,
    expiry             DATE,
    review_window_days INTEGER       NOT NULL,
    revised_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    state              TEXT          NOT NULL,
    CONSTRAINT sanctions_package_map_id UNIQUE (sanctions_map_id)
);
CREATE INDEX sanctions_package_status ON sanctions_package (status, expiry);

-- Every revision of every package: the full state after it, what changed, when it took effect and why.
-- Effective dates never decrease within a package, so "in force on D" is the last revision effective on or before D.
CREATE TABLE package_revision (
    package_key    VARCHAR(60)   NOT NULL,
    revision       BIGINT        NOT NULL,
    effective_date DATE          NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    cause          VARCHAR(4000) NOT NULL,
    cause_event_id VARCHAR(200),
    summary        VARCHAR(4000) NOT NULL,
    changes        TEXT          NOT NULL,
    state          TEXT          NOT NULL,
    PRIMARY KEY (package_key, revision),
    CONSTRAINT package_revision_package FOREIGN KEY (package_key) REFERENCES sanctions_package (package_key)
);
CREATE INDEX package_revision_effective ON package_revision (package_key, effective_date);

-- The listings of each package as it stands, for searching by name.
CREATE TABLE package_listing (
    package_key         VARCHAR(60)   NOT NULL,
    eu_reference_number VARCHAR(40)   NOT NULL,
    subject_type        VARCHAR(10)   NOT NULL,
    main_name           VARCHAR(200)  NOT NULL,
    search_names        VARCHAR(4000) NOT NULL,
    listing_date        DATE,
    PRIMARY KEY (package_key, eu_reference_number),
    CONSTRAINT package_listing_package FOREIGN KEY (package_key) REFERENCES sanctions_package (package_key)
);

-- renewal-due is published once per (package, expiry), whichever node runs the job.
CREATE TABLE renewal_due_notice (
    package_key VARCHAR(60)  NOT NULL,
    expiry      DATE         NOT NULL,
    event_id    VARCHAR(100) NOT NULL,
    emitted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (package_key, expiry)
);

-- Renewal events the registry refused, so that a redelivery is refused again for the same reason without a second
-- registry-update-rejected.
CREATE TABLE refused_event (
    consumer    VARCHAR(200)  NOT NULL,
    event_id    VARCHAR(200)  NOT NULL,
    reason      VARCHAR(40)   NOT NULL,
    detail      VARCHAR(4000) NOT NULL,
    refused_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (consumer, event_id)
);

-- Seeds applied to this database: the first start seeds once, never again (also with several nodes starting).
CREATE TABLE registry_seed (
    name       VARCHAR(100) NOT NULL PRIMARY KEY,
    applied_at TIMESTAMP WITH TIME ZONE NOT NULL
);
