-- Resolves a session token hash to its user and the roles in the session's current organisation in
-- one round trip. Memberships are tenant rows behind row-level security, and the organisation is
-- not known before this lookup, so the function runs with app.platform = 'on' for its own duration
-- only. It returns nothing for expired sessions or disabled users.
CREATE OR REPLACE FUNCTION session_principal(p_token_hash text, p_idle_seconds integer)
RETURNS TABLE (
  user_id uuid, email text, name text, must_change_password boolean, locale text,
  organization_id uuid, roles text[], csrf_token text, last_seen_at timestamptz
)
LANGUAGE sql STABLE
SET app.platform = 'on'
AS $$
  SELECT u.id, u.email, u.name, u.must_change_password, u.locale,
         s.current_organization_id, m.roles, s.csrf_token, s.last_seen_at
  FROM sessions s
  JOIN users u ON u.id = s.user_id AND NOT u.is_disabled
  LEFT JOIN memberships m ON m.user_id = u.id AND m.organization_id = s.current_organization_id
  WHERE s.token_hash = p_token_hash
    AND s.expires_at > now()
    AND s.last_seen_at > now() - make_interval(secs => p_idle_seconds)
$$;
