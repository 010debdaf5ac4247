-- Issue 11: an objection to a termination (法律援助法第四十八条、第四十九条: the 司法行政部门 decides within 5 days to
-- 维持 or 责令改正, which resumes the case); the documents filed at closure (第五十条: 结案报告 and copies of the
-- documents) and the subsidy (第五十二条) computed from the province's standard per category and aid form.
ALTER TABLE la_case DROP CONSTRAINT la_case_status_check;
ALTER TABLE la_case ADD CONSTRAINT la_case_status_check CHECK (status IN ('AWAITING_ASSIGNMENT', 'ASSIGNED', 'IN_SERVICE',
    'TERMINATED', 'OBJECTION_FILED', 'CLOSED'));
ALTER TABLE la_case
    ADD COLUMN termination_objection_filed_on   date,
    ADD COLUMN termination_objection_reason     varchar(2000),
    ADD COLUMN termination_objection_result     varchar(20) CHECK (termination_objection_result IN ('UPHOLD', 'ORDER_CORRECTION')),
    ADD COLUMN termination_objection_decided_on date,
    ADD COLUMN subsidy_amount                   numeric(12, 2) CHECK (subsidy_amount >= 0),
    ADD COLUMN subsidy_basis                    varchar(300);
ALTER TABLE la_case_aud
    ADD COLUMN termination_objection_filed_on   date,
    ADD COLUMN termination_objection_reason     varchar(2000),
    ADD COLUMN termination_objection_result     varchar(20),
    ADD COLUMN termination_objection_decided_on date,
    ADD COLUMN subsidy_amount                   numeric(12, 2),
    ADD COLUMN subsidy_basis                    varchar(300);
CREATE INDEX la_case_objection_idx ON la_case (division_code, termination_objection_filed_on)
    WHERE termination_objection_filed_on IS NOT NULL;

-- 结案材料: the closing report and the copies of the documents filed at closure.
CREATE TABLE la_case_document (
    case_id  uuid         NOT NULL REFERENCES la_case (id),
    position integer      NOT NULL,
    doc_type varchar(24)  NOT NULL CHECK (doc_type IN ('CLOSING_REPORT', 'JUDGMENT', 'MEDIATION_AGREEMENT', 'ARBITRATION_AWARD',
                 'DEFENCE_OPINION', 'AGENCY_OPINION', 'MEETING_RECORD', 'POWER_OF_ATTORNEY', 'OTHER')),
    name     varchar(200) NOT NULL,
    PRIMARY KEY (case_id, position)
);

-- 法律援助补贴标准 (第五十二条: set by each province's 司法行政部门 with the 财政部门). A row of a province overrides
-- the platform default (province_code NULL); a row with a category beats one for any category (category NULL).
CREATE TABLE la_subsidy_standard (
    id            uuid PRIMARY KEY,
    province_code varchar(12) COLLATE "C" REFERENCES core_division (code) CHECK (province_code ~ '^[0-9]{2}0000$'),
    category      varchar(24) CHECK (category IN ('CIVIL', 'CRIMINAL', 'ADMINISTRATIVE', 'STATE_COMPENSATION', 'NON_LITIGATION')),
    aid_form      varchar(32)   NOT NULL CHECK (aid_form IN ('CONSULTATION', 'DOCUMENT_DRAFTING', 'CRIMINAL_DEFENCE_AGENCY',
                      'CIVIL_ADMIN_STATE_COMP_AGENCY', 'DUTY_LAWYER_HELP', 'LABOR_ARBITRATION_AGENCY', 'OTHER')),
    amount        numeric(12, 2) NOT NULL CHECK (amount >= 0),
    label         varchar(300)  NOT NULL
);
CREATE UNIQUE INDEX la_subsidy_standard_uq ON la_subsidy_standard (coalesce(province_code, ''), coalesce(category, ''), aid_form);

INSERT INTO la_subsidy_standard (id, province_code, category, aid_form, amount, label) VALUES
('7a000000-0000-4000-8000-000000000001', NULL, 'CRIMINAL', 'CRIMINAL_DEFENCE_AGENCY', 2000.00, '平台默认标准(示例,各省以本省标准覆盖):刑事辩护与代理'),
('7a000000-0000-4000-8000-000000000002', NULL, NULL, 'CIVIL_ADMIN_STATE_COMP_AGENCY', 1800.00, '平台默认标准(示例):民事、行政、国家赔偿诉讼代理及非诉讼代理'),
('7a000000-0000-4000-8000-000000000003', NULL, NULL, 'LABOR_ARBITRATION_AGENCY', 1500.00, '平台默认标准(示例):劳动争议调解与仲裁代理'),
('7a000000-0000-4000-8000-000000000004', NULL, NULL, 'DOCUMENT_DRAFTING', 200.00, '平台默认标准(示例):代拟法律文书'),
('7a000000-0000-4000-8000-000000000005', NULL, NULL, 'OTHER', 500.00, '平台默认标准(示例):其他形式'),
('7a000000-0000-4000-8000-000000000011', '430000', 'CRIMINAL', 'CRIMINAL_DEFENCE_AGENCY', 3000.00, '湖南省(演示数据):刑事辩护与代理'),
('7a000000-0000-4000-8000-000000000012', '430000', 'CIVIL', 'CIVIL_ADMIN_STATE_COMP_AGENCY', 2500.00, '湖南省(演示数据):民事诉讼代理及非诉讼代理'),
('7a000000-0000-4000-8000-000000000013', '430000', 'ADMINISTRATIVE', 'CIVIL_ADMIN_STATE_COMP_AGENCY', 2500.00, '湖南省(演示数据):行政诉讼代理'),
('7a000000-0000-4000-8000-000000000014', '430000', 'STATE_COMPENSATION', 'CIVIL_ADMIN_STATE_COMP_AGENCY', 2500.00, '湖南省(演示数据):国家赔偿代理'),
('7a000000-0000-4000-8000-000000000015', '430000', 'NON_LITIGATION', 'CIVIL_ADMIN_STATE_COMP_AGENCY', 1500.00, '湖南省(演示数据):非诉讼代理'),
('7a000000-0000-4000-8000-000000000016', '430000', NULL, 'LABOR_ARBITRATION_AGENCY', 2000.00, '湖南省(演示数据):劳动争议调解与仲裁代理'),
('7a000000-0000-4000-8000-000000000017', '430000', NULL, 'DOCUMENT_DRAFTING', 300.00, '湖南省(演示数据):代拟法律文书');
