-- Every change to the roster is attributable: statement-level triggers copy each changed
-- row into audit_log with the actor the writing transaction declared via
--   SELECT set_config('steward.actor', '<slack user id | steward | cli:<os user>>', true)
-- A write without a declared actor is refused, so no code path can skip attribution.
-- Statement-level triggers with transition tables keep bulk imports set-based.

CREATE FUNCTION steward_actor() RETURNS text LANGUAGE plpgsql STABLE AS $$
DECLARE
  actor text := nullif(current_setting('steward.actor', true), '');
BEGIN
  IF actor IS NULL THEN
    RAISE EXCEPTION 'steward.actor is not set: every change must name who made it'
      USING HINT = 'write inside withActor(db, actor, tx => ...)';
  END IF;
  RETURN actor;
END $$;

-- Tables keyed by (complaint_id, department_id) have no id column.
CREATE FUNCTION steward_row_id(j jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(j->>'id', (j->>'complaint_id') || ':' || (j->>'department_id'))
$$;

CREATE FUNCTION steward_audit_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO audit_log (actor, table_name, row_id, action, after)
  SELECT steward_actor(), TG_TABLE_NAME, steward_row_id(n.j), 'insert', n.j
  FROM (SELECT to_jsonb(x) AS j FROM new_rows x) n;
  RETURN NULL;
END $$;

CREATE FUNCTION steward_audit_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO audit_log (actor, table_name, row_id, action, before)
  SELECT steward_actor(), TG_TABLE_NAME, steward_row_id(o.j), 'delete', o.j
  FROM (SELECT to_jsonb(x) AS j FROM old_rows x) o;
  RETURN NULL;
END $$;

-- Updates record only the columns that changed (before and after), and nothing for a no-op.
CREATE FUNCTION steward_audit_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO audit_log (actor, table_name, row_id, action, before, after)
  SELECT steward_actor(), TG_TABLE_NAME, d.row_id, 'update', d.before, d.after
  FROM (
    SELECT steward_row_id(n.j) AS row_id,
           (SELECT jsonb_object_agg(k.key, o.j->k.key) FROM jsonb_object_keys(n.j) AS k(key)
             WHERE k.key <> 'updated_at' AND n.j->k.key IS DISTINCT FROM o.j->k.key) AS before,
           (SELECT jsonb_object_agg(k.key, n.j->k.key) FROM jsonb_object_keys(n.j) AS k(key)
             WHERE k.key <> 'updated_at' AND n.j->k.key IS DISTINCT FROM o.j->k.key) AS after
    FROM (SELECT to_jsonb(x) AS j FROM new_rows x) n
    JOIN (SELECT to_jsonb(x) AS j FROM old_rows x) o ON steward_row_id(o.j) = steward_row_id(n.j)
  ) d
  WHERE d.after IS NOT NULL;
  RETURN NULL;
END $$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['departments', 'people', 'customers', 'contacts', 'orders', 'payments',
    'surveys', 'interactions', 'complaints', 'complaint_departments', 'assessments',
    'assessment_overrides', 'improvement_actions', 'reminder_states']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION steward_audit_insert()', t || '_audit_insert', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION steward_audit_update()', t || '_audit_update', t);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION steward_audit_delete()', t || '_audit_delete', t);
  END LOOP;
END $$;
