-- One counter per organization, series (调, 援, 复 ...) and year. The row is locked by the creating transaction
-- (INSERT ... ON CONFLICT DO UPDATE), so numbers are gap-free: a rolled-back create releases its number.
CREATE TABLE core_case_number_counter (
    organization_id uuid        NOT NULL REFERENCES core_organization (id),
    series          varchar(8)  NOT NULL CHECK (length(series) > 0),
    year            integer     NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    last_value      integer     NOT NULL CHECK (last_value > 0),
    PRIMARY KEY (organization_id, series, year)
);
