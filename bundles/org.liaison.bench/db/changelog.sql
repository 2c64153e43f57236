--liquibase formatted sql

--changeset liaison:bench-1
--comment: A synced table shaped like a contact, written by the store-write benchmark.
CREATE TABLE BENCH_CONTACT (
    ID UUID NOT NULL PRIMARY KEY,
    FIRST_NAME VARCHAR(100) NOT NULL,
    LAST_NAME VARCHAR(100) NOT NULL,
    EMAIL VARCHAR(254),
    PHONE VARCHAR(20),
    CITY VARCHAR(100),
    POSTCODE VARCHAR(12),
    REGION VARCHAR(6),
    CREATED_AT TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO LIAISON_SYNCED_TABLE (TABLE_NAME, OWNER) VALUES ('BENCH_CONTACT', 'org.liaison.bench');
