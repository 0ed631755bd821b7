-- The tenant policy read the request's organisation with current_setting() for every row it
-- checked: a settings lookup and a text-to-uuid conversion per row and per table of a query (the
-- needs list checks ~250 rows). Wrapped in a scalar subquery, PostgreSQL evaluates the setting once
-- per statement (an InitPlan) and compares plain uuids per row. Same rule, same tables.
CREATE OR REPLACE FUNCTION enable_tenant_rls(target regclass) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  rule text := '(organization_id = (SELECT nullif(current_setting(''app.organization_id'', true), '''')::uuid) OR (SELECT current_setting(''app.platform'', true) = ''on''))';
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
  EXECUTE format('DROP POLICY IF EXISTS tenant_isolation ON %s', target);
  EXECUTE format('CREATE POLICY tenant_isolation ON %s USING %s WITH CHECK %s', target, rule, rule);
END $$;
--> statement-breakpoint
DO $$
DECLARE t regclass;
BEGIN
  FOR t IN SELECT p.polrelid::regclass FROM pg_policy p WHERE p.polname = 'tenant_isolation' LOOP
    PERFORM enable_tenant_rls(t);
  END LOOP;
END $$;
