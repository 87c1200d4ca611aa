-- Absences and deputies (issue 14). A person's absence is a range of local dates in their own zone
-- (both days included), optionally with a deputy who takes their reminders; who recorded it comes
-- from the writing transaction's actor, so an import, a chat command and the CLI are all attributed.
CREATE TABLE "absences" (
    "id" SERIAL NOT NULL,
    "person_id" INTEGER NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "deputy_id" INTEGER,
    "recorded_by" TEXT NOT NULL DEFAULT steward_actor(),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "absences_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "absences_range_check" CHECK ("ends_on" >= "starts_on"),
    CONSTRAINT "absences_deputy_check" CHECK ("deputy_id" IS NULL OR "deputy_id" <> "person_id")
);
CREATE UNIQUE INDEX "absences_person_id_starts_on_key" ON "absences"("person_id", "starts_on");
CREATE INDEX "absences_ends_on_idx" ON "absences"("ends_on");
ALTER TABLE "absences" ADD CONSTRAINT "absences_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "absences" ADD CONSTRAINT "absences_deputy_id_fkey" FOREIGN KEY ("deputy_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TRIGGER absences_audit_insert AFTER INSERT ON absences REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION steward_audit_insert();
CREATE TRIGGER absences_audit_update AFTER UPDATE ON absences REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION steward_audit_update();
CREATE TRIGGER absences_audit_delete AFTER DELETE ON absences REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION steward_audit_delete();

-- The customer's deputy owner takes the owner's reminders while the owner is away. Existing
-- customers have none (NULL): their owner's own deputy, if any, covers as before.
ALTER TABLE "customers" ADD COLUMN "deputy_owner_id" INTEGER;
CREATE INDEX "customers_deputy_owner_id_idx" ON "customers"("deputy_owner_id");
ALTER TABLE "customers" ADD CONSTRAINT "customers_deputy_owner_id_fkey" FOREIGN KEY ("deputy_owner_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE CASCADE;
