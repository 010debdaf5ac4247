-- In-app notifications. A row belongs to one user (recipient = subject); nobody else ever sees it.
CREATE TABLE core_notification (
    id         uuid PRIMARY KEY,
    recipient  varchar(100)  NOT NULL,
    title      varchar(200)  NOT NULL,
    body       varchar(2000),
    link       varchar(300),
    created_at timestamptz   NOT NULL,
    read_at    timestamptz
);
CREATE INDEX core_notification_recipient_idx ON core_notification (recipient, created_at DESC);
CREATE INDEX core_notification_unread_idx ON core_notification (recipient) WHERE read_at IS NULL;
