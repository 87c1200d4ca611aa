-- When the reminder rules last ran on this roster. No row: they never did (a fresh store, a new server
-- database), so what came due before is not caught up as "came due while Steward was offline".
CREATE TABLE "reminder_evaluations" (
    "id" SMALLINT NOT NULL DEFAULT 1,
    "last_evaluated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "reminder_evaluations_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "reminder_evaluations_one_row" CHECK ("id" = 1)
);
