-- Append-only operation log for auditors: sensitive reads and admin actions. UPDATE, DELETE and TRUNCATE are
-- refused by triggers, so not even the application's own role can rewrite history.
CREATE TABLE core_audit_event (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at    timestamptz  NOT NULL DEFAULT now(),
    actor          varchar(100) NOT NULL,
    actor_kind     varchar(10)  NOT NULL CHECK (actor_kind IN ('STAFF', 'CLIENT', 'SYSTEM', 'ANONYMOUS')),
    actor_division varchar(12) COLLATE "C",
    action         varchar(64)  NOT NULL,
    target_type    varchar(64),
    target_id      varchar(64),
    division_code  varchar(12) COLLATE "C",
    detail         varchar(2000),
    request_id     varchar(64),
    client_ip      varchar(45)
);
CREATE INDEX core_audit_event_division_idx ON core_audit_event (division_code, occurred_at);
CREATE INDEX core_audit_event_occurred_idx ON core_audit_event (occurred_at);
CREATE INDEX core_audit_event_actor_idx ON core_audit_event (actor, occurred_at);
CREATE INDEX core_audit_event_action_idx ON core_audit_event (action, occurred_at);
CREATE INDEX core_audit_event_target_idx ON core_audit_event (target_type, target_id);

CREATE FUNCTION core_audit_event_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'core_audit_event is append-only: % refused', TG_OP;
END;
$$;

CREATE TRIGGER core_audit_event_no_change
    BEFORE UPDATE OR DELETE ON core_audit_event
    FOR EACH ROW EXECUTE FUNCTION core_audit_event_append_only();

CREATE TRIGGER core_audit_event_no_truncate
    BEFORE TRUNCATE ON core_audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION core_audit_event_append_only();
