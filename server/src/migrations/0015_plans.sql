CREATE TABLE "plan_items" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"key" uuid NOT NULL,
	"need_id" uuid,
	"initiative_id" uuid,
	"title" text NOT NULL,
	"what" text DEFAULT '' NOT NULL,
	"why" text DEFAULT '' NOT NULL,
	"how" text DEFAULT '' NOT NULL,
	"expected_benefit" text DEFAULT '' NOT NULL,
	"timing" jsonb NOT NULL,
	"horizon" text NOT NULL,
	"priority" text,
	"priority_suggestion" text,
	"cost" jsonb NOT NULL,
	"staff_hours" jsonb NOT NULL,
	"focus_area_id" uuid,
	"position" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_items_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"series_id" uuid NOT NULL,
	"version_number" integer NOT NULL,
	"title" text NOT NULL,
	"start_year" integer NOT NULL,
	"end_year" integer NOT NULL,
	"sections" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"fixed_on" date,
	"decision_reference" text,
	"fixed_by" uuid,
	"fixed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "strategy_frames" (
	"organization_id" uuid NOT NULL,
	"vision" text DEFAULT '' NOT NULL,
	"swot" jsonb NOT NULL,
	"stakeholders" jsonb NOT NULL,
	"success_factors" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "strategy_frames_organization_id_pk" PRIMARY KEY("organization_id")
);
--> statement-breakpoint
ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_organization_id_plan_id_plans_organization_id_id_fk" FOREIGN KEY ("organization_id","plan_id") REFERENCES "public"."plans"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_organization_id_need_id_needs_organization_id_id_fk" FOREIGN KEY ("organization_id","need_id") REFERENCES "public"."needs"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_organization_id_initiative_id_initiatives_organization_id_id_fk" FOREIGN KEY ("organization_id","initiative_id") REFERENCES "public"."initiatives"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_organization_id_focus_area_id_focus_areas_organization_id_id_fk" FOREIGN KEY ("organization_id","focus_area_id") REFERENCES "public"."focus_areas"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_fixed_by_users_id_fk" FOREIGN KEY ("fixed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_frames" ADD CONSTRAINT "strategy_frames_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "plan_items_plan_key" ON "plan_items" USING btree ("organization_id","plan_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_items_plan_need_key" ON "plan_items" USING btree ("organization_id","plan_id","need_id") WHERE need_id is not null;--> statement-breakpoint
CREATE INDEX "plan_items_initiative_idx" ON "plan_items" USING btree ("organization_id","initiative_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_series_version_key" ON "plans" USING btree ("organization_id","series_id","version_number");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_one_draft_key" ON "plans" USING btree ("organization_id","series_id") WHERE status = 'draft';--> statement-breakpoint
-- Plans, their items and the strategy frame are tenant data: forced row-level security. A fixed
-- plan version may not change: the database refuses it too, whatever the app does.
SELECT enable_tenant_rls('plans');--> statement-breakpoint
SELECT enable_tenant_rls('plan_items');--> statement-breakpoint
SELECT enable_tenant_rls('strategy_frames');--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_status_check" CHECK (status IN ('draft', 'fixed'));--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_period_check" CHECK (end_year >= start_year);--> statement-breakpoint
CREATE FUNCTION refuse_fixed_plan_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Deleting a whole organisation (a deliberate platform operation) may remove fixed plans.
  IF TG_OP = 'DELETE' AND current_setting('app.platform', true) = 'on' THEN RETURN OLD; END IF;
  IF TG_TABLE_NAME = 'plans' THEN
    IF OLD.status = 'fixed' THEN RAISE EXCEPTION 'plan % is fixed', OLD.id USING ERRCODE = 'check_violation'; END IF;
  ELSIF EXISTS (SELECT 1 FROM plans p WHERE p.organization_id = OLD.organization_id AND p.id = OLD.plan_id AND p.status = 'fixed') THEN
    RAISE EXCEPTION 'plan % is fixed', OLD.plan_id USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER plans_frozen_when_fixed BEFORE UPDATE OR DELETE ON "plans" FOR EACH ROW EXECUTE FUNCTION refuse_fixed_plan_change();--> statement-breakpoint
CREATE TRIGGER plan_items_frozen_when_fixed BEFORE UPDATE OR DELETE ON "plan_items" FOR EACH ROW EXECUTE FUNCTION refuse_fixed_plan_change();
