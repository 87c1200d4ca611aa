-- Microsoft Teams (issue 13). A roster person's Teams identity (the AAD object id Teams sends as
-- `from.aadObjectId`, or a UPN) is a `teams` row of person_identities; here they gain a preferred
-- platform for direct messages. Existing people keep it empty: they are reached on Slack as before.
ALTER TABLE "people" ADD COLUMN "preferred_platform" TEXT;
ALTER TABLE "people" ADD CONSTRAINT "people_preferred_platform_check" CHECK ("preferred_platform" IN ('slack', 'teams'));

-- Where Steward may post in Teams without being asked: the conversation references Teams gives on
-- install (conversationUpdate / installationUpdate), per conversation. A proactive message needs the
-- conversation id and the service URL of the region that hosts it; `user_aad_id` says whose personal
-- chat it is, `team_id` / `channel_id` which team channel. Uninstalling keeps the row, marked.
CREATE TABLE "teams_conversations" (
    "conversation_id" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "service_url" TEXT NOT NULL,
    "tenant_id" TEXT,
    "user_aad_id" TEXT,
    "team_id" TEXT,
    "channel_id" TEXT,
    "installed" BOOLEAN NOT NULL DEFAULT true,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "teams_conversations_pkey" PRIMARY KEY ("conversation_id"),
    CONSTRAINT "teams_conversations_scope_check" CHECK ("scope" IN ('personal', 'team', 'groupChat'))
);
CREATE INDEX "teams_conversations_user_aad_id_idx" ON "teams_conversations"("user_aad_id");
