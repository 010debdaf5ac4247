-- 案卷质量评查 (a score 0–100) and the satisfaction follow-up (回访) of a closed legal-aid case.
ALTER TABLE la_case
    ADD COLUMN quality_score       integer CHECK (quality_score BETWEEN 0 AND 100),
    ADD COLUMN quality_reviewed_on date,
    ADD COLUMN quality_comment     varchar(2000),
    ADD COLUMN satisfaction        varchar(24) CHECK (satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED')),
    ADD COLUMN followed_up_on      date;
ALTER TABLE la_case_aud
    ADD COLUMN quality_score       integer,
    ADD COLUMN quality_reviewed_on date,
    ADD COLUMN quality_comment     varchar(2000),
    ADD COLUMN satisfaction        varchar(24),
    ADD COLUMN followed_up_on      date;
