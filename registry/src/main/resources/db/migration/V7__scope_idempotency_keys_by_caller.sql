-- Idempotency keys are scoped by who calls (a client, a partner user's organisation or an account),
-- never by what the body says, and remember a hash of the body so that a key reused for a different
-- request is refused. Keys older than the retention period are purged.
alter table request_idempotency_key add column body_hash char(64);
create index request_idempotency_key_created_idx on request_idempotency_key (created_at);
