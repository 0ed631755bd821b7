CREATE TABLE "organization_sso_settings" (
	"organization_id" uuid NOT NULL,
	"issuer" text NOT NULL,
	"client_id" text NOT NULL,
	"client_secret_sealed" text NOT NULL,
	"email_domains" text[] NOT NULL,
	"new_users" text NOT NULL,
	"default_role" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organization_sso_settings_organization_id_pk" PRIMARY KEY("organization_id")
);
--> statement-breakpoint
CREATE TABLE "sso_login_requests" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"state_hash" text NOT NULL,
	"browser_hash" text NOT NULL,
	"code_verifier" text NOT NULL,
	"nonce" text NOT NULL,
	"redirect_uri" text NOT NULL,
	"ip" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "sso_login_requests_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "user_identities" (
	"organization_id" uuid NOT NULL,
	"issuer" text NOT NULL,
	"subject" text NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_login_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_identities_organization_id_issuer_subject_pk" PRIMARY KEY("organization_id","issuer","subject")
);
--> statement-breakpoint
ALTER TABLE "organization_sso_settings" ADD CONSTRAINT "organization_sso_settings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sso_login_requests" ADD CONSTRAINT "sso_login_requests_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_identities" ADD CONSTRAINT "user_identities_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_identities" ADD CONSTRAINT "user_identities_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "sso_login_requests_state_key" ON "sso_login_requests" USING btree ("state_hash");--> statement-breakpoint
CREATE INDEX "sso_login_requests_ip_idx" ON "sso_login_requests" USING btree ("ip","created_at" desc);--> statement-breakpoint
CREATE UNIQUE INDEX "user_identities_issuer_subject_key" ON "user_identities" USING btree ("issuer","subject");--> statement-breakpoint
CREATE INDEX "user_identities_user_idx" ON "user_identities" USING btree ("user_id");--> statement-breakpoint
-- Issue 14: single sign-on per organisation. All three are tenant rows behind forced row-level
-- security; the login (before anyone is known) reaches them as the platform. A domain's single
-- sign-on is decided by the organisation owning the domain (ADR 0004), so domains are lower case.
ALTER TABLE "organization_sso_settings" ADD CONSTRAINT "organization_sso_settings_new_users" CHECK ("new_users" IN ('create', 'invite'));--> statement-breakpoint
ALTER TABLE "organization_sso_settings" ADD CONSTRAINT "organization_sso_settings_domains" CHECK (cardinality("email_domains") > 0 AND "email_domains"::text = lower("email_domains"::text));--> statement-breakpoint
SELECT enable_tenant_rls('organization_sso_settings');--> statement-breakpoint
SELECT enable_tenant_rls('user_identities');--> statement-breakpoint
SELECT enable_tenant_rls('sso_login_requests');
