CREATE TABLE "governance_events" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"months" smallint[] NOT NULL,
	"day_of_month" smallint,
	"responsible_role" text,
	"description" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "governance_events_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
ALTER TABLE "governance_events" ADD CONSTRAINT "governance_events_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "governance_events_name_idx" ON "governance_events" USING btree ("organization_id","name");--> statement-breakpoint
-- The årshjul's recurring events are tenant data: forced row-level security like every other tenant table.
SELECT enable_tenant_rls('governance_events');
