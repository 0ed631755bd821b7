CREATE TABLE "member_invitations" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"email" text NOT NULL,
	"roles" text[] NOT NULL,
	"invited_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "member_invitations_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "organization_email_domains" (
	"organization_id" uuid NOT NULL,
	"domain" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organization_email_domains_organization_id_domain_pk" PRIMARY KEY("organization_id","domain")
);
--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "is_disabled" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "member_invitations" ADD CONSTRAINT "member_invitations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_invitations" ADD CONSTRAINT "member_invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_email_domains" ADD CONSTRAINT "organization_email_domains_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "member_invitations_org_email_key" ON "member_invitations" USING btree ("organization_id",lower("email"));--> statement-breakpoint
CREATE INDEX "member_invitations_email_idx" ON "member_invitations" USING btree (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "organization_email_domains_domain_key" ON "organization_email_domains" USING btree ("domain");--> statement-breakpoint
-- ADR 0004: accounts belong to the organisation owning their e-mail domain. Domains are stored in
-- lower case; both new tables are tenant rows behind forced row-level security, and code that must
-- look across organisations (setting domains, a person's own invitations) runs as the platform.
ALTER TABLE "organization_email_domains" ADD CONSTRAINT "organization_email_domains_lower_case" CHECK ("domain" = lower("domain") AND "domain" <> '');--> statement-breakpoint
SELECT enable_tenant_rls('organization_email_domains');--> statement-breakpoint
SELECT enable_tenant_rls('member_invitations');--> statement-breakpoint
-- Existing installations: an organisation owns the domains of its members' addresses that no other
-- organisation has a member in. A domain shared by two organisations gets no owner, so neither
-- administrator can manage those accounts until the installation administrator decides.
INSERT INTO "organization_email_domains" ("organization_id", "domain")
SELECT min(m."organization_id"::text)::uuid, lower(substring(u."email" from '@([^@]+)$'))
FROM "memberships" m JOIN "users" u ON u."id" = m."user_id"
WHERE substring(u."email" from '@([^@]+)$') IS NOT NULL
GROUP BY lower(substring(u."email" from '@([^@]+)$'))
HAVING count(DISTINCT m."organization_id") = 1;--> statement-breakpoint
-- A disabled membership gives no roles: the session keeps its user but has no organisation until
-- she switches to one where her membership is in force.
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
  LEFT JOIN memberships m ON m.user_id = u.id AND m.organization_id = s.current_organization_id AND NOT m.is_disabled
  WHERE s.token_hash = p_token_hash
    AND s.expires_at > now()
    AND s.last_seen_at > now() - make_interval(secs => p_idle_seconds)
$$;
