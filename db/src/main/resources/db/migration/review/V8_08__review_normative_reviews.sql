-- 规范性文件附带审查, several per case (行政复议法第13条: the applicant may name several documents; 第57条: the
-- 复议机关 may find one itself during the review). The one-per-case nr_* columns of rv_reconsideration (V8_03) move
-- into rv_normative_review (+ _aud for Envers, as rv_party); the deadlines of a moved review are re-keyed to it.

CREATE TABLE rv_normative_review (
    id                 uuid          PRIMARY KEY,
    reconsideration_id uuid          NOT NULL REFERENCES rv_reconsideration (id),
    sort_order         integer       NOT NULL,
    source             varchar(20)   NOT NULL CHECK (source IN ('APPLICANT_REQUEST', 'EX_OFFICIO')),
    document           varchar(300)  NOT NULL,
    issuing_body       varchar(200),
    provisions         varchar(500),
    requested_on       date          NOT NULL,
    started_on         date,
    competent          boolean,
    notified_on        date,
    transferred_on     date,
    transferee         varchar(200),
    replied_on         date,
    reply              varchar(2000),
    result             varchar(20)   CHECK (result IN ('LAWFUL', 'UNLAWFUL')),
    concluded_on       date,
    result_note        varchar(2000),
    CHECK (started_on IS NOT NULL OR result IS NULL),
    UNIQUE (reconsideration_id, sort_order),
    -- one review of a document per case (the service compares names without spaces and 《》 and answers 400 first)
    UNIQUE (reconsideration_id, document)
);
-- the list filter normativeReviewPending=true
CREATE INDEX rv_normative_review_pending_idx ON rv_normative_review (reconsideration_id)
    WHERE started_on IS NOT NULL AND result IS NULL;

CREATE TABLE rv_normative_review_aud (
    id                 uuid         NOT NULL,
    rev                bigint       NOT NULL REFERENCES core_revision (id),
    revtype            smallint,
    reconsideration_id uuid,
    sort_order         integer,
    source             varchar(20),
    document           varchar(300),
    issuing_body       varchar(200),
    provisions         varchar(500),
    requested_on       date,
    started_on         date,
    competent          boolean,
    notified_on        date,
    transferred_on     date,
    transferee         varchar(200),
    replied_on         date,
    reply              varchar(2000),
    result             varchar(20),
    concluded_on       date,
    result_note        varchar(2000),
    PRIMARY KEY (id, rev)
);

INSERT INTO rv_normative_review (id, reconsideration_id, sort_order, source, document, issuing_body, provisions,
                                 requested_on, started_on, competent, notified_on, transferred_on, transferee,
                                 replied_on, reply, result, concluded_on, result_note)
SELECT gen_random_uuid(), r.id, 1, coalesce(r.nr_source, 'APPLICANT_REQUEST'), coalesce(r.nr_document, '(未载明)'),
       r.nr_issuing_body, r.nr_provisions, coalesce(r.nr_requested_on, r.nr_started_on, r.received_on), r.nr_started_on,
       r.nr_competent, r.nr_notified_on, r.nr_transferred_on, r.nr_transferee, r.nr_replied_on, r.nr_reply, r.nr_result,
       r.nr_concluded_on, r.nr_result_note
  FROM rv_reconsideration r
 WHERE r.nr_document IS NOT NULL OR r.nr_started_on IS NOT NULL;

-- A review's periods belong to the review now (two reviews of one case each have their own).
UPDATE core_deadline d
   SET record_id = n.id, record_type = 'review-normative-review'
  FROM rv_normative_review n
 WHERE d.record_id = n.reconsideration_id
   AND d.kind IN ('RV_NORMATIVE_HANDLING', 'RV_NORMATIVE_TRANSFER', 'RV_NORMATIVE_DRAFTER_NOTICE',
                  'RV_NORMATIVE_DRAFTER_REPLY', 'RV_NORMATIVE_TRANSFEREE_REPLY');

DROP INDEX rv_recon_nr_pending_idx;
ALTER TABLE rv_reconsideration DROP CONSTRAINT rv_recon_nr_source_ck, DROP CONSTRAINT rv_recon_nr_result_ck;
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['rv_reconsideration', 'rv_reconsideration_aud']
    LOOP
        EXECUTE format('ALTER TABLE %I
            DROP COLUMN nr_source, DROP COLUMN nr_document, DROP COLUMN nr_issuing_body, DROP COLUMN nr_provisions,
            DROP COLUMN nr_requested_on, DROP COLUMN nr_started_on, DROP COLUMN nr_competent, DROP COLUMN nr_notified_on,
            DROP COLUMN nr_transferred_on, DROP COLUMN nr_transferee, DROP COLUMN nr_replied_on, DROP COLUMN nr_reply,
            DROP COLUMN nr_result, DROP COLUMN nr_concluded_on, DROP COLUMN nr_result_note', t);
    END LOOP;
END
$$;
