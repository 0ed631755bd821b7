CREATE TABLE "need_focus_areas" (
	"organization_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	"focus_area_id" uuid NOT NULL,
	CONSTRAINT "need_focus_areas_organization_id_need_id_focus_area_id_pk" PRIMARY KEY("organization_id","need_id","focus_area_id")
);
--> statement-breakpoint
CREATE TABLE "need_units" (
	"organization_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "need_units_organization_id_need_id_unit_id_pk" PRIMARY KEY("organization_id","need_id","unit_id")
);
--> statement-breakpoint
ALTER TABLE "needs" DROP CONSTRAINT "needs_organization_id_unit_id_units_organization_id_id_fk";
--> statement-breakpoint
ALTER TABLE "needs" DROP CONSTRAINT "needs_organization_id_focus_area_id_focus_areas_organization_id_id_fk";
--> statement-breakpoint
ALTER TABLE "needs" ADD COLUMN "all_units" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "need_focus_areas" ADD CONSTRAINT "need_focus_areas_organization_id_need_id_needs_organization_id_id_fk" FOREIGN KEY ("organization_id","need_id") REFERENCES "public"."needs"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_focus_areas" ADD CONSTRAINT "need_focus_areas_organization_id_focus_area_id_focus_areas_organization_id_id_fk" FOREIGN KEY ("organization_id","focus_area_id") REFERENCES "public"."focus_areas"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_units" ADD CONSTRAINT "need_units_organization_id_need_id_needs_organization_id_id_fk" FOREIGN KEY ("organization_id","need_id") REFERENCES "public"."needs"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_units" ADD CONSTRAINT "need_units_organization_id_unit_id_units_organization_id_id_fk" FOREIGN KEY ("organization_id","unit_id") REFERENCES "public"."units"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "need_focus_areas_focus_area_idx" ON "need_focus_areas" USING btree ("organization_id","focus_area_id","need_id");--> statement-breakpoint
CREATE INDEX "need_units_unit_idx" ON "need_units" USING btree ("organization_id","unit_id","need_id");--> statement-breakpoint
-- The join tables are tenant data like the rest.
SELECT enable_tenant_rls('need_focus_areas');--> statement-breakpoint
SELECT enable_tenant_rls('need_units');--> statement-breakpoint
-- Existing needs keep their one focus area and unit, now as the first of their lists. Read across
-- organisations deliberately (an owner that is no superuser is subject to FORCE'd RLS otherwise).
SELECT set_config('app.platform', 'on', true);--> statement-breakpoint
INSERT INTO "need_focus_areas" ("organization_id", "need_id", "focus_area_id")
SELECT "organization_id", "id", "focus_area_id" FROM "needs" WHERE "focus_area_id" IS NOT NULL;--> statement-breakpoint
INSERT INTO "need_units" ("organization_id", "need_id", "unit_id")
SELECT "organization_id", "id", "unit_id" FROM "needs" WHERE "unit_id" IS NOT NULL;--> statement-breakpoint
SELECT set_config('app.platform', 'off', true);--> statement-breakpoint
ALTER TABLE "needs" DROP COLUMN "unit_id";--> statement-breakpoint
ALTER TABLE "needs" DROP COLUMN "focus_area_id";