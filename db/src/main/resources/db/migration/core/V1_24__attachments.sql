-- Attachments: metadata (scoped by division like any record) and, by default, the content in PostgreSQL.
-- An S3-compatible AttachmentStore may keep the content elsewhere; then core_attachment_content stays empty.
CREATE TABLE core_attachment (
    id            uuid PRIMARY KEY,
    version       bigint       NOT NULL,
    division_code varchar(12) COLLATE "C" NOT NULL REFERENCES core_division (code),
    record_type   varchar(50)  NOT NULL CHECK (record_type ~ '^[a-z][a-z0-9-]*$'),
    record_id     uuid         NOT NULL,
    filename      varchar(255) NOT NULL,
    content_type  varchar(100) NOT NULL CHECK (content_type IN (
        'application/pdf', 'image/jpeg', 'image/png', 'text/plain', 'application/msword', 'application/vnd.ms-excel',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')),
    size          bigint       NOT NULL CHECK (size >= 0),
    sha256        varchar(64)  NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by   varchar(100) NOT NULL,
    uploaded_at   timestamptz  NOT NULL,
    created_at    timestamptz  NOT NULL,
    created_by    varchar(100) NOT NULL,
    updated_at    timestamptz  NOT NULL,
    updated_by    varchar(100) NOT NULL
);
CREATE INDEX core_attachment_record_idx ON core_attachment (record_id, record_type);
CREATE INDEX core_attachment_division_idx ON core_attachment (division_code);

CREATE TABLE core_attachment_content (
    attachment_id uuid PRIMARY KEY REFERENCES core_attachment (id) ON DELETE CASCADE,
    content       bytea NOT NULL
);
-- Most uploads (PDF, JPEG, PNG, Office zip) are already compressed: skip TOAST compression, keep out-of-line storage.
ALTER TABLE core_attachment_content ALTER COLUMN content SET STORAGE EXTERNAL;
