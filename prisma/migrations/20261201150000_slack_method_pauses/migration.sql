-- A workspace-wide 429 from Slack applies to a Web API method for the whole app, not to one process:
-- every replica reads this before calling the method, so none keeps hammering it during Retry-After.
CREATE TABLE "slack_method_pauses" (
    "method" TEXT NOT NULL,
    "until" TIMESTAMPTZ(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "set_by" TEXT NOT NULL,
    CONSTRAINT "slack_method_pauses_pkey" PRIMARY KEY ("method")
);
