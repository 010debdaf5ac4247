-- The legal ground of a revocation or recommitment (刑法第七十七条、第八十六条, 刑事诉讼法第二百六十八条). A NEW_CRIME
-- ground is a re-offence during correction: the numerator of the 再犯罪率 in the statistics. The service requires a
-- ground for every new revocation; the table only forbids one on any other ending (older revocations may lack it).
ALTER TABLE cr_subject ADD COLUMN termination_ground varchar(40)
    CHECK (termination_ground IN ('NEW_CRIME', 'UNDISCLOSED_CRIME', 'SERIOUS_VIOLATION', 'TEMP_OUTSIDE_CONDITION_ENDED'));
ALTER TABLE cr_subject ADD CONSTRAINT cr_subject_termination_ground_ck CHECK (termination_ground IS NULL
    OR end_type IN ('TERMINATED_PROBATION_REVOKED', 'TERMINATED_PAROLE_REVOKED', 'TERMINATED_RECOMMITTED'));
ALTER TABLE cr_subject_aud ADD COLUMN termination_ground varchar(40);
