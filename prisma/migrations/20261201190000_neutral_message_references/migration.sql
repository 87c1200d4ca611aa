-- Platform-neutral names (issue 12): an archived message and a sent delivery are referenced on the
-- platform message_platform names (20261201180000_platform_identities), so their channel and message
-- id are no longer `slack_*` columns; the API-method pauses hold Slack's and Teams' methods alike.
-- Only names change: every row and value stays where it is, no row is written, and neither table is
-- audited (complaint_events and deliveries are logs themselves, the pauses are operational state), so
-- no audit entry names a column or table renamed here. The checks that pair message_platform with its
-- reference follow the renamed columns by themselves.
ALTER TABLE "complaint_events" RENAME COLUMN "slack_channel" TO "message_channel";
ALTER TABLE "complaint_events" RENAME COLUMN "slack_ts" TO "message_id";
-- Prisma's default name for the @@unique would be 64 characters, one over PostgreSQL's limit: the schema
-- names it (map) as it is named here.
ALTER INDEX "complaint_events_message_platform_slack_channel_slack_ts_key"
  RENAME TO "complaint_events_message_reference_key";

ALTER TABLE "deliveries" RENAME COLUMN "slack_channel" TO "message_channel";
ALTER TABLE "deliveries" RENAME COLUMN "slack_ts" TO "message_id";

ALTER TABLE "slack_method_pauses" RENAME TO "platform_method_pauses";
ALTER TABLE "platform_method_pauses" RENAME CONSTRAINT "slack_method_pauses_pkey" TO "platform_method_pauses_pkey";
