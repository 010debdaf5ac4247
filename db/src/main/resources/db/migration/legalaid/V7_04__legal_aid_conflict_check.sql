-- 利益冲突审查 before an assignment: the applicant's opponents (对方当事人) on the application and on its case, and the
-- check recorded on the case (how many findings, who confirmed the assignment anyway, the note). Issue 11.
CREATE TABLE la_application_opponent (
    application_id uuid         NOT NULL REFERENCES la_application (id),
    position       integer      NOT NULL,
    name           varchar(100) NOT NULL,
    id_number      varchar(18),
    PRIMARY KEY (application_id, position)
);

CREATE TABLE la_case_opponent (
    case_id   uuid         NOT NULL REFERENCES la_case (id),
    position  integer      NOT NULL,
    name      varchar(100) NOT NULL,
    id_number varchar(18),
    PRIMARY KEY (case_id, position)
);
CREATE INDEX la_case_opponent_name_idx ON la_case_opponent (name);
CREATE INDEX la_case_opponent_id_number_idx ON la_case_opponent (id_number) WHERE id_number IS NOT NULL;
CREATE INDEX la_case_client_name_idx ON la_case (client_name);
CREATE INDEX la_case_client_id_number_idx ON la_case (client_id_number) WHERE client_id_number IS NOT NULL;
CREATE INDEX la_provider_firm_idx ON la_provider (firm) WHERE firm IS NOT NULL;

ALTER TABLE la_case
    ADD COLUMN conflict_checked_on   date,
    ADD COLUMN conflict_findings     integer CHECK (conflict_findings >= 0),
    ADD COLUMN conflict_confirmed_by varchar(100),
    ADD COLUMN conflict_note         varchar(2000);
ALTER TABLE la_case_aud
    ADD COLUMN conflict_checked_on   date,
    ADD COLUMN conflict_findings     integer,
    ADD COLUMN conflict_confirmed_by varchar(100),
    ADD COLUMN conflict_note         varchar(2000);
