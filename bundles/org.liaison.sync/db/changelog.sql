--liquibase formatted sql

--changeset liaison:sync-1
CREATE TABLE SYNC_CLIENT (
    ID INTEGER NOT NULL PRIMARY KEY CHECK (ID = 1),
    SERVER_URI VARCHAR(500) NOT NULL,
    FINGERPRINT VARCHAR(95) NOT NULL,
    ACCOUNT VARCHAR(100) NOT NULL,
    DEVICE_NAME VARCHAR(200) NOT NULL,
    DEVICE_ID VARCHAR(36),
    TOKEN VARCHAR(100),
    TOKEN_EXPIRES BIGINT NOT NULL DEFAULT 0,
    CURSOR BIGINT NOT NULL DEFAULT 0,
    LOAD_UP_TO BIGINT NOT NULL DEFAULT 0,
    REFETCH BOOLEAN NOT NULL DEFAULT FALSE,
    LAST_SYNC_AT TIMESTAMP WITH TIME ZONE,
    LAST_ERROR VARCHAR(2000)
);

--changeset liaison:sync-2
--comment: What kind of failure the last attempt met, so that the desktop can say it in the reader's language.
ALTER TABLE SYNC_CLIENT ADD COLUMN LAST_ERROR_KIND VARCHAR(30);

--changeset liaison:sync-3
--comment: When this desktop found it was a restored backup or a copy and carried on as a new device, for the Sync view to say.
ALTER TABLE SYNC_CLIENT ADD COLUMN NEW_DEVICE_AT TIMESTAMP WITH TIME ZONE;

--changeset liaison:sync-4
--comment: Tables that still differed from the server's after loading them again (the server holds columns this version has no place for), with both checksums then and this version's columns: loaded again only when one of them changes.
CREATE TABLE SYNC_UNMATCHED (
    TABLE_NAME VARCHAR(128) NOT NULL PRIMARY KEY,
    SERVER_ROWS BIGINT NOT NULL,
    SERVER_DIGEST BIGINT NOT NULL,
    LOCAL_ROWS BIGINT NOT NULL,
    LOCAL_DIGEST BIGINT NOT NULL,
    LOCAL_COLUMNS VARCHAR(4000) NOT NULL
);
