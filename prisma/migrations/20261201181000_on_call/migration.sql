-- On-call rotations and overrides (issue 14). The settings file defines rotations by default; a row here
-- (imported or edited in chat) replaces the settings rotation of the same scope. Both tables are audited
-- like the roster: every change names who made it.
CREATE TABLE "on_call_rotations" (
    "id" SERIAL NOT NULL,
    "scope" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tier" INTEGER NOT NULL CHECK ("tier" BETWEEN 1 AND 3),
    "department_id" INTEGER,
    "time_zone" TEXT NOT NULL,
    "length_days" INTEGER NOT NULL CHECK ("length_days" BETWEEN 1 AND 366),
    "handoff_weekday" INTEGER CHECK ("handoff_weekday" BETWEEN 1 AND 7),
    "handoff_time" TEXT NOT NULL CHECK ("handoff_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
    "starts_on" DATE NOT NULL,
    "member_ids" INTEGER[] NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "on_call_rotations_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "on_call_rotations_scope_key" ON "on_call_rotations"("scope");
ALTER TABLE "on_call_rotations" ADD CONSTRAINT "on_call_rotations_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "on_call_overrides" (
    "id" SERIAL NOT NULL,
    "person_id" INTEGER NOT NULL,
    "for_person_id" INTEGER NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "on_call_overrides_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "on_call_overrides_period" CHECK ("ends_at" > "starts_at")
);
CREATE UNIQUE INDEX "on_call_overrides_person_id_for_person_id_starts_at_ends_at_key" ON "on_call_overrides"("person_id", "for_person_id", "starts_at", "ends_at");
CREATE INDEX "on_call_overrides_ends_at_idx" ON "on_call_overrides"("ends_at");
ALTER TABLE "on_call_overrides" ADD CONSTRAINT "on_call_overrides_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "on_call_overrides" ADD CONSTRAINT "on_call_overrides_for_person_id_fkey" FOREIGN KEY ("for_person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['on_call_rotations', 'on_call_overrides']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION steward_audit_insert()', t || '_audit_insert', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION steward_audit_update()', t || '_audit_update', t);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION steward_audit_delete()', t || '_audit_delete', t);
  END LOOP;
END $$;
