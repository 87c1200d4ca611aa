-- Replays and Slack's retries: every replica records the requests it took in (by signature, event id,
-- trigger id) here, so the same request is acted on once however often and wherever it arrives.
CREATE TABLE "slack_request_keys" (
    "key" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "slack_request_keys_pkey" PRIMARY KEY ("key")
);
CREATE INDEX "slack_request_keys_expires_at_idx" ON "slack_request_keys"("expires_at");

-- A modal submitted twice (a double press, a replay outside the request window) creates one case or
-- one assessment: the submission's Slack view id is unique on what it created.
ALTER TABLE "complaints" ADD COLUMN "intake_view_id" TEXT;
CREATE UNIQUE INDEX "complaints_intake_view_id_key" ON "complaints"("intake_view_id");
ALTER TABLE "assessments" ADD COLUMN "view_id" TEXT;
CREATE UNIQUE INDEX "assessments_view_id_key" ON "assessments"("view_id");
