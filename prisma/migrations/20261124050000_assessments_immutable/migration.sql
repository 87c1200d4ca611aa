-- An assessment is a snapshot of what was known when it was made: later data changes must never
-- rewrite it. The code only ever inserts; this makes the database refuse any update as well.
CREATE FUNCTION steward_refuse_assessment_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'assessment % is an immutable snapshot; record a new assessment instead', OLD.id;
END $$;

CREATE TRIGGER assessments_immutable BEFORE UPDATE ON assessments
  FOR EACH ROW EXECUTE FUNCTION steward_refuse_assessment_update();
