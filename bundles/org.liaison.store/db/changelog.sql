--liquibase formatted sql

--changeset liaison:store-1
--comment: The node's identity, the registry of synced tables, the outbox of captured changes and tombstones.
CREATE TABLE LIAISON_NODE (
    ID UUID NOT NULL PRIMARY KEY,
    CREATED_AT TIMESTAMP WITH TIME ZONE NOT NULL,
    LAST_HLC BIGINT NOT NULL DEFAULT 0
);
CREATE TABLE LIAISON_SYNCED_TABLE (
    TABLE_NAME VARCHAR(128) NOT NULL PRIMARY KEY,
    OWNER VARCHAR(255) NOT NULL
);
CREATE TABLE LIAISON_OUTBOX (
    SEQ BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    TABLE_NAME VARCHAR(128) NOT NULL,
    ROW_ID UUID NOT NULL,
    OP CHAR(1) NOT NULL,
    FIELDS CHARACTER VARYING NOT NULL,
    HLC BIGINT,
    SESSION_ID INTEGER NOT NULL
);
CREATE TABLE LIAISON_TOMBSTONE (
    TABLE_NAME VARCHAR(128) NOT NULL,
    ROW_ID UUID NOT NULL,
    HLC BIGINT,
    PRIMARY KEY (TABLE_NAME, ROW_ID)
);

--changeset liaison:store-2
--comment: What a push may not do to a synced table's rows, which the server enforces: ADDED_ONLY (rows are added, never changed: notes, consent entries), optionally with the one column that may still change after a colon (ADDED_ONLY:CONTACT_ID, which a merge moves), or NOT_DELETED (rows are never removed: suppression entries); empty for any change.
ALTER TABLE LIAISON_SYNCED_TABLE ADD COLUMN KEEP VARCHAR(60);

--changeset liaison:store-3
--comment: Room for several rules in KEEP (a note has five).
ALTER TABLE LIAISON_SYNCED_TABLE ALTER COLUMN KEEP SET DATA TYPE VARCHAR(400);
