ALTER TABLE "decisions" ADD COLUMN "supersedes_id" uuid;--> statement-breakpoint
ALTER TABLE "initiatives" ADD COLUMN "description" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "initiatives" ADD COLUMN "planned_end_year" integer;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_organization_id_supersedes_id_decisions_organization_id_id_fk" FOREIGN KEY ("organization_id","supersedes_id") REFERENCES "public"."decisions"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "decisions_supersedes_key" ON "decisions" USING btree ("organization_id","supersedes_id");