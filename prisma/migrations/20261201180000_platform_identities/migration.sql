-- Platform-qualified identities (issue 12): who a person is and where a department is reached on each
-- chat platform move out of Slack-only columns into tables of their own, so a person may be on Slack,
-- on Teams, or both. Every existing value is carried over as a `slack` row; nothing is lost.
--
-- The audit triggers refuse a write that names no actor, and every row this migration writes is audited
-- like any other change: the audit log names the migration as who made it.
SELECT set_config('steward.actor', 'migration:20261201180000_platform_identities', true);

CREATE TABLE "person_identities" (
    "id" SERIAL NOT NULL,
    "person_id" INTEGER NOT NULL,
    "platform" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "person_identities_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "person_identities_platform_check" CHECK ("platform" IN ('slack', 'teams')),
    CONSTRAINT "person_identities_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "person_identities_platform_external_id_key" ON "person_identities"("platform", "external_id");
CREATE UNIQUE INDEX "person_identities_person_id_platform_key" ON "person_identities"("person_id", "platform");

CREATE TABLE "department_channels" (
    "id" SERIAL NOT NULL,
    "department_id" INTEGER NOT NULL,
    "platform" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "department_channels_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "department_channels_platform_check" CHECK ("platform" IN ('slack', 'teams')),
    CONSTRAINT "department_channels_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "department_channels_department_id_platform_key" ON "department_channels"("department_id", "platform");

-- Both are roster data: audited like the tables they extend (same functions as 20261124040500_audit_triggers).
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['person_identities', 'department_channels']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION steward_audit_insert()', t || '_audit_insert', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION steward_audit_update()', t || '_audit_update', t);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION steward_audit_delete()', t || '_audit_delete', t);
  END LOOP;
END $$;

INSERT INTO "person_identities" ("person_id", "platform", "external_id")
SELECT "id", 'slack', "slack_user_id" FROM "people" ORDER BY "id";

INSERT INTO "department_channels" ("department_id", "platform", "channel")
SELECT "id", 'slack', "slack_channel" FROM "departments" WHERE "slack_channel" IS NOT NULL ORDER BY "id";

-- The old columns go: their values now live (and are audited) in the tables above. Earlier audit entries
-- keep `slack_user_id` / `slack_channel` in their before/after as what those rows held then.
DROP INDEX "people_slack_user_id_key";
ALTER TABLE "people" DROP COLUMN "slack_user_id";
ALTER TABLE "departments" DROP COLUMN "slack_channel";

-- Message references (a case's card, temporary team and notices, an archived message, a sent delivery) name
-- the platform they are on beside their channel and timestamp. The platform is set exactly when the
-- reference is, so a writer that forgets it fails here instead of leaving a reference nobody can place.
ALTER TABLE "complaints" ADD COLUMN "card_platform" TEXT, ADD COLUMN "team_platform" TEXT;
UPDATE "complaints" SET "card_platform" = CASE WHEN "card_channel" IS NOT NULL OR "card_ts" IS NOT NULL THEN 'slack' END,
                        "team_platform" = CASE WHEN "team_channel" IS NOT NULL THEN 'slack' END
 WHERE "card_channel" IS NOT NULL OR "card_ts" IS NOT NULL OR "team_channel" IS NOT NULL;
ALTER TABLE "complaints"
  ADD CONSTRAINT "complaints_card_platform_check"
    CHECK (("card_platform" IS NOT NULL) = ("card_channel" IS NOT NULL OR "card_ts" IS NOT NULL) AND coalesce("card_platform" IN ('slack', 'teams'), true)),
  ADD CONSTRAINT "complaints_team_platform_check"
    CHECK (("team_platform" IS NOT NULL) = ("team_channel" IS NOT NULL) AND coalesce("team_platform" IN ('slack', 'teams'), true));

ALTER TABLE "complaint_departments" ADD COLUMN "notice_platform" TEXT;
UPDATE "complaint_departments" SET "notice_platform" = 'slack' WHERE "notice_channel" IS NOT NULL OR "notice_ts" IS NOT NULL;
ALTER TABLE "complaint_departments" ADD CONSTRAINT "complaint_departments_notice_platform_check"
  CHECK (("notice_platform" IS NOT NULL) = ("notice_channel" IS NOT NULL OR "notice_ts" IS NOT NULL) AND coalesce("notice_platform" IN ('slack', 'teams'), true));

-- complaint_events and deliveries are not audited (they are logs themselves).
ALTER TABLE "complaint_events" ADD COLUMN "message_platform" TEXT;
UPDATE "complaint_events" SET "message_platform" = 'slack' WHERE "slack_channel" IS NOT NULL OR "slack_ts" IS NOT NULL;
ALTER TABLE "complaint_events" ADD CONSTRAINT "complaint_events_message_platform_check"
  CHECK (("message_platform" IS NOT NULL) = ("slack_channel" IS NOT NULL OR "slack_ts" IS NOT NULL) AND coalesce("message_platform" IN ('slack', 'teams'), true));
-- An archived message is stored once per platform, channel and timestamp.
DROP INDEX "complaint_events_slack_channel_slack_ts_key";
CREATE UNIQUE INDEX "complaint_events_message_platform_slack_channel_slack_ts_key"
  ON "complaint_events"("message_platform", "slack_channel", "slack_ts");

ALTER TABLE "deliveries" ADD COLUMN "message_platform" TEXT;
UPDATE "deliveries" SET "message_platform" = 'slack' WHERE "slack_channel" IS NOT NULL OR "slack_ts" IS NOT NULL;
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_message_platform_check"
  CHECK (("message_platform" IS NOT NULL) = ("slack_channel" IS NOT NULL OR "slack_ts" IS NOT NULL) AND coalesce("message_platform" IN ('slack', 'teams'), true));
