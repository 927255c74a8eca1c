-- The outbox: one row per delivery to one subscription. Secrets are never stored here.
CREATE TABLE IF NOT EXISTS webhook_outbox (
  delivery_id UUID PRIMARY KEY,
  subscription TEXT NOT NULL,
  url TEXT NOT NULL,
  event VARCHAR(32) NOT NULL,
  item_class VARCHAR(64) NOT NULL,
  payload BYTEA NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  attempts INTEGER NOT NULL,
  next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
  status VARCHAR(16) NOT NULL,
  last_error TEXT,
  claimed_by TEXT,
  lease_until TIMESTAMP WITH TIME ZONE,
  CONSTRAINT webhook_outbox_status_known
    CHECK (status IN ('PENDING', 'IN_FLIGHT', 'DELIVERED', 'DEAD', 'DISABLED'))
);

CREATE INDEX IF NOT EXISTS webhook_outbox_due ON webhook_outbox (status, next_attempt_at);

CREATE INDEX IF NOT EXISTS webhook_outbox_lease ON webhook_outbox (status, lease_until);

-- One row per attempt, kept for the history of a delivery.
CREATE TABLE IF NOT EXISTS webhook_outbox_attempt (
  delivery_id UUID NOT NULL REFERENCES webhook_outbox (delivery_id) ON DELETE CASCADE,
  attempt_number INTEGER NOT NULL,
  started_at TIMESTAMP WITH TIME ZONE NOT NULL,
  duration_nanos BIGINT NOT NULL,
  status_code INTEGER NOT NULL,
  outcome VARCHAR(64) NOT NULL,
  error TEXT,
  response_excerpt TEXT,
  node_id TEXT NOT NULL,
  PRIMARY KEY (delivery_id, attempt_number)
);
