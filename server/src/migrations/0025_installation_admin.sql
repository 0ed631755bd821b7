CREATE TABLE "installation_audit_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"action" text NOT NULL,
	"subject_organization_id" uuid,
	"subject_organization_name" text,
	"detail" jsonb,
	"request_id" text,
	"ip" text
);
--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "organization_number" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "disabled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "installation_admin" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "installation_audit_events_time_idx" ON "installation_audit_events" USING btree ("occurred_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
-- Issue 14: installation administration. The installation's own audit trail is append-only like
-- the organisations' audit log.
CREATE TRIGGER installation_audit_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON installation_audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change();
--> statement-breakpoint
-- The session also says whether the user is an installation administrator, and a membership in a
-- disabled organisation gives no roles (like a disabled membership): the session keeps its user
-- but has no organisation.
DROP FUNCTION IF EXISTS session_principal(text, integer);
--> statement-breakpoint
CREATE FUNCTION session_principal(p_token_hash text, p_idle_seconds integer)
RETURNS TABLE (
  user_id uuid, email text, name text, must_change_password boolean, locale text,
  organization_id uuid, roles text[], csrf_token text, last_seen_at timestamptz, installation_admin boolean
)
LANGUAGE sql STABLE
SET app.platform = 'on'
AS $$
  SELECT u.id, u.email, u.name, u.must_change_password, u.locale,
         s.current_organization_id, m.roles, s.csrf_token, s.last_seen_at, u.installation_admin
  FROM sessions s
  JOIN users u ON u.id = s.user_id AND NOT u.is_disabled
  LEFT JOIN memberships m ON m.user_id = u.id AND m.organization_id = s.current_organization_id AND NOT m.is_disabled
    AND NOT EXISTS (SELECT 1 FROM organizations o WHERE o.id = m.organization_id AND o.disabled_at IS NOT NULL)
  WHERE s.token_hash = p_token_hash
    AND s.expires_at > now()
    AND s.last_seen_at > now() - make_interval(secs => p_idle_seconds)
$$;
--> statement-breakpoint
-- ADR 0006: deleting an organisation removes its audit log too. The append-only trigger lets one
-- more kind of statement through: a DELETE of audit_events made by the table owner while
-- erase_audit_of_deleted_organization has switched app.audit_erasure on for that call. The app
-- role cannot reach this branch: it has no DELETE privilege on the table at all.
CREATE OR REPLACE FUNCTION refuse_audit_change() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  IF TG_TABLE_NAME = 'audit_events'
     AND current_user = (SELECT pg_get_userbyid(c.relowner) FROM pg_class c WHERE c.oid = TG_RELID) THEN
    IF TG_OP = 'UPDATE' AND current_setting('app.audit_redaction', true) = 'on' THEN
      RETURN NULL;
    END IF;
    IF TG_OP = 'DELETE' AND current_setting('app.audit_erasure', true) = 'on' THEN
      RETURN NULL;
    END IF;
  END IF;
  RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
-- Deletes the audit events of one organisation, and only once that organisation is gone: its row
-- in organizations must already be deleted in the calling transaction (so this commits or rolls
-- back with the deletion of everything else, and cannot erase a living organisation's log).
-- Returns the number of audit events deleted.
CREATE OR REPLACE FUNCTION erase_audit_of_deleted_organization(p_organization_id uuid) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = public, pg_catalog, pg_temp
AS $$
DECLARE
  erased integer;
BEGIN
  IF p_organization_id IS NULL THEN
    RAISE EXCEPTION 'erase_audit_of_deleted_organization needs an organisation' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF EXISTS (SELECT 1 FROM organizations WHERE id = p_organization_id) THEN
    RAISE EXCEPTION 'an organisation''s audit log is erased only after the organisation is deleted' USING ERRCODE = 'insufficient_privilege';
  END IF;
  PERFORM set_config('app.audit_erasure', 'on', true);
  DELETE FROM audit_events WHERE organization_id = p_organization_id;
  GET DIAGNOSTICS erased = ROW_COUNT;
  PERFORM set_config('app.audit_erasure', 'off', true);
  RETURN erased;
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION erase_audit_of_deleted_organization(uuid) FROM PUBLIC;
