-- The scheduler's claim reads only cases still running a timer (open, acknowledged, reopened) whose
-- next check has come, earliest first: a partial index in that order serves it without a sort, stays
-- small as closed cases pile up, and replaces the index over every case's cursor (nothing else reads it).
DROP INDEX "complaints_next_check_at_idx";
CREATE INDEX "complaints_due_idx" ON "complaints"("next_check_at", "id")
  WHERE "status" IN ('open', 'acknowledged', 'reopened');
