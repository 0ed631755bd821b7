-- The shared library (issue 17 item 6, ADR note in docs/ARCHITECTURE.md "The shared library").
-- An entry is a snapshot an organisation chose to publish: the ONLY content of one organisation
-- another ever sees. The table keeps the tenant policy of every tenant table (own rows: read and
-- write) and adds one more, for SELECT only: any published entry. PostgreSQL ORs permissive
-- policies per command, so reading across organisations is limited to status = 'published', and
-- insert, update and delete stay bound to the request's own organisation. The publisher's name is
-- copied in (organization_name) so a reader never needs the organizations table of another.
CREATE TABLE "library_entries" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"organization_name" text NOT NULL,
	"title" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"choices" jsonb NOT NULL,
	"technologies" text[] DEFAULT '{}' NOT NULL,
	"focus_areas" text[] DEFAULT '{}' NOT NULL,
	"stage" smallint NOT NULL,
	"has_outcome" boolean NOT NULL,
	"status" text DEFAULT 'published' NOT NULL,
	"published_by" uuid NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('swedish', coalesce(title, '')), 'A') || setweight(to_tsvector('swedish', coalesce(snapshot->>'summary', '') || ' ' || coalesce(snapshot->>'problem', '') || ' ' || coalesce(snapshot->>'expectedBenefit', '')), 'B') || setweight(jsonb_to_tsvector('swedish'::regconfig, coalesce(snapshot->'technologies', '[]') || coalesce(snapshot->'focusAreas', '[]') || coalesce(snapshot->'lessons', '[]'), '["string"]'::jsonb), 'C')) STORED,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "library_entries_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "library_entries_status_check" CHECK ("status" in ('published', 'withdrawn'))
);
--> statement-breakpoint
-- A copy of an entry made by another organisation: in the copier's organisation (its need), so
-- copying never writes into the publisher's rows.
CREATE TABLE "library_copies" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"library_entry_id" uuid NOT NULL,
	"entry_title" text NOT NULL,
	"need_id" uuid NOT NULL,
	"copied_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "library_copies_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
ALTER TABLE "needs" ADD COLUMN "library_entry_id" uuid;--> statement-breakpoint
ALTER TABLE "library_entries" ADD CONSTRAINT "library_entries_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_entries" ADD CONSTRAINT "library_entries_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_entries" ADD CONSTRAINT "library_entries_organization_id_initiative_id_initiatives_organization_id_id_fk" FOREIGN KEY ("organization_id","initiative_id") REFERENCES "public"."initiatives"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_copies" ADD CONSTRAINT "library_copies_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_copies" ADD CONSTRAINT "library_copies_copied_by_users_id_fk" FOREIGN KEY ("copied_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_copies" ADD CONSTRAINT "library_copies_organization_id_need_id_needs_organization_id_id_fk" FOREIGN KEY ("organization_id","need_id") REFERENCES "public"."needs"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "library_entries_published_initiative_key" ON "library_entries" USING btree ("organization_id","initiative_id") WHERE "library_entries"."status" = 'published';--> statement-breakpoint
CREATE INDEX "library_entries_search_idx" ON "library_entries" USING gin ("search");--> statement-breakpoint
CREATE INDEX "library_entries_published_idx" ON "library_entries" USING btree ("published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "library_entries"."status" = 'published';--> statement-breakpoint
CREATE INDEX "library_copies_entry_idx" ON "library_copies" USING btree ("library_entry_id");--> statement-breakpoint
SELECT enable_tenant_rls('library_entries');--> statement-breakpoint
SELECT enable_tenant_rls('library_copies');--> statement-breakpoint
CREATE POLICY library_published_read ON library_entries FOR SELECT USING (status = 'published');--> statement-breakpoint
-- How many times each of the request's own organisation's entries was copied, counted over every
-- organisation's copies: a count per own entry, never which organisation copied or what it made.
CREATE OR REPLACE FUNCTION library_reuse_counts() RETURNS TABLE(library_entry_id uuid, copies integer)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = public, pg_catalog, pg_temp
AS $$
DECLARE
  org uuid := nullif(current_setting('app.organization_id', true), '')::uuid;
BEGIN
  IF org IS NULL THEN
    RAISE EXCEPTION 'library_reuse_counts needs the request''s organisation' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN QUERY
    SELECT c.library_entry_id, count(DISTINCT c.organization_id)::integer
      FROM library_copies c
     WHERE c.library_entry_id IN (SELECT e.id FROM library_entries e WHERE e.organization_id = org)
     GROUP BY c.library_entry_id;
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION library_reuse_counts() FROM PUBLIC;
