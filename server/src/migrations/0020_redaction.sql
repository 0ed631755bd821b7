-- Issue 13 item 7 (GDPR art. 17, ADR 0005): personal data typed into a free text by mistake must
-- leave the database, including the copies the audit log keeps in before/after. That is the one
-- permitted change to the audit log, so it is done here, by a function owned by the migrating role
-- (the table owner), not by the app role, which keeps no UPDATE/DELETE right on audit_events.

-- Replaces every string value of a JSON document that is exactly `needle` by `marker` (object keys,
-- other values and the document's shape are kept). Per value, so a redaction can never leave broken
-- JSON behind the way a text replace on the serialised document could (a needle containing `"` or
-- `\`), and whole values only, so erasing a short comment such as "ok" cannot mangle other texts
-- or ids that merely contain it: the copies the app writes are always whole field values.
CREATE OR REPLACE FUNCTION jsonb_redact_text(doc jsonb, needle text, marker text) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE STRICT
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  CASE jsonb_typeof(doc)
    WHEN 'string' THEN
      RETURN CASE WHEN doc #>> '{}' = needle THEN to_jsonb(marker) ELSE doc END;
    WHEN 'array' THEN
      RETURN coalesce((SELECT jsonb_agg(public.jsonb_redact_text(e, needle, marker) ORDER BY i)
                       FROM jsonb_array_elements(doc) WITH ORDINALITY AS a(e, i)), '[]'::jsonb);
    WHEN 'object' THEN
      RETURN coalesce((SELECT jsonb_object_agg(k, public.jsonb_redact_text(v, needle, marker))
                       FROM jsonb_each(doc) AS o(k, v)), '{}'::jsonb);
    ELSE
      RETURN doc;
  END CASE;
END $$;
--> statement-breakpoint
-- The append-only trigger now lets one kind of statement through: an UPDATE of audit_events made
-- by the table owner while redact_audit_text has switched app.audit_redaction on for that call.
-- The app role cannot reach this branch: it has no UPDATE privilege on the table at all.
CREATE OR REPLACE FUNCTION refuse_audit_change() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'audit_events'
     AND current_setting('app.audit_redaction', true) = 'on'
     AND current_user = (SELECT pg_get_userbyid(c.relowner) FROM pg_class c WHERE c.oid = TG_RELID) THEN
    RETURN NULL;
  END IF;
  RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
-- Replaces the string values equal to `p_text` by `p_marker` in the before/after values of the current organisation's audit
-- events about one entity, and nothing else: no other column, no other entity, no other
-- organisation (the organisation is the request's own setting, never a parameter). Returns the
-- number of audit events changed.
CREATE OR REPLACE FUNCTION redact_audit_text(p_entity_id uuid, p_text text, p_marker text) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = public, pg_catalog, pg_temp
AS $$
DECLARE
  org uuid := nullif(current_setting('app.organization_id', true), '')::uuid;
  changed integer;
BEGIN
  IF org IS NULL THEN
    RAISE EXCEPTION 'redact_audit_text needs the request''s organisation' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF p_entity_id IS NULL OR p_text IS NULL OR p_marker IS NULL OR length(p_text) = 0 THEN
    RAISE EXCEPTION 'redact_audit_text needs an entity, a text and a marker' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  PERFORM set_config('app.audit_redaction', 'on', true);
  UPDATE audit_events
     SET "before" = jsonb_redact_text("before", p_text, p_marker),
         "after" = jsonb_redact_text("after", p_text, p_marker)
   WHERE organization_id = org
     AND entity_id = p_entity_id
     AND ("before" IS DISTINCT FROM jsonb_redact_text("before", p_text, p_marker)
          OR "after" IS DISTINCT FROM jsonb_redact_text("after", p_text, p_marker));
  GET DIAGNOSTICS changed = ROW_COUNT;
  PERFORM set_config('app.audit_redaction', 'off', true);
  RETURN changed;
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION redact_audit_text(uuid, text, text) FROM PUBLIC;
