-- Waiting on the customer: a status whose resolution clock pauses, and the pauses themselves.
ALTER TYPE "ComplaintStatus" ADD VALUE 'waiting_on_customer';

-- Existing cases never waited: an empty list keeps them as they were.
ALTER TABLE "complaints" ADD COLUMN "pauses" JSONB NOT NULL DEFAULT '[]';

-- The scheduler's partial index must also cover waiting cases (their first-response and diagnosis clocks
-- run on). Written with the old values only (a value added by ALTER TYPE cannot be used in the same
-- transaction), and it keeps covering any future running status: everything not resolved or closed.
DROP INDEX "complaints_due_idx";
CREATE INDEX "complaints_due_idx" ON "complaints"("next_check_at", "id")
  WHERE "status" NOT IN ('resolved', 'closed');

-- Satisfaction with the handling, recorded when a case is confirmed closed.
CREATE TABLE "complaint_satisfaction" (
    "id" SERIAL NOT NULL,
    "complaint_id" INTEGER NOT NULL,
    "score" SMALLINT NOT NULL,
    "comment" TEXT,
    "recorded_by" TEXT NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "complaint_satisfaction_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "complaint_satisfaction_score_check" CHECK ("score" BETWEEN 1 AND 5)
);

CREATE UNIQUE INDEX "complaint_satisfaction_complaint_id_key" ON "complaint_satisfaction"("complaint_id");
CREATE INDEX "complaint_satisfaction_recorded_at_idx" ON "complaint_satisfaction"("recorded_at");

ALTER TABLE "complaint_satisfaction" ADD CONSTRAINT "complaint_satisfaction_complaint_id_fkey"
  FOREIGN KEY ("complaint_id") REFERENCES "complaints"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Attributable like every other change (20261124040500_audit_triggers).
CREATE TRIGGER complaint_satisfaction_audit_insert AFTER INSERT ON complaint_satisfaction REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION steward_audit_insert();
CREATE TRIGGER complaint_satisfaction_audit_update AFTER UPDATE ON complaint_satisfaction REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION steward_audit_update();
CREATE TRIGGER complaint_satisfaction_audit_delete AFTER DELETE ON complaint_satisfaction REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION steward_audit_delete();
