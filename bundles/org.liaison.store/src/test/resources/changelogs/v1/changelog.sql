--liquibase formatted sql

--changeset test:1
CREATE TABLE PARTNER (ID UUID PRIMARY KEY, NAME VARCHAR(100) NOT NULL);
