--liquibase formatted sql

--changeset sussex:grants-1
--comment: Grants the county awarded to businesses of the network; synced, so every desktop sees them.
CREATE TABLE SUSSEX_GRANT (
    ID UUID NOT NULL PRIMARY KEY,
    BUSINESS VARCHAR(200) NOT NULL,
    SCHEME VARCHAR(100) NOT NULL,
    AMOUNT_PENCE BIGINT NOT NULL,
    AWARDED_ON DATE NOT NULL
);
INSERT INTO LIAISON_SYNCED_TABLE (TABLE_NAME, OWNER) VALUES ('SUSSEX_GRANT', 'org.example.sussex.grants');
