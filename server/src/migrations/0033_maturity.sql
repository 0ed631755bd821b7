CREATE TABLE "maturity_answers" (
	"organization_id" uuid NOT NULL,
	"assessment_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"operation_area" text NOT NULL,
	"rating" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"indicator_text" text NOT NULL,
	"set_by" uuid NOT NULL,
	"set_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "maturity_answers_organization_id_assessment_id_indicator_id_operation_area_pk" PRIMARY KEY("organization_id","assessment_id","indicator_id","operation_area")
);
--> statement-breakpoint
CREATE TABLE "maturity_assessments" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"year" integer NOT NULL,
	"label" text DEFAULT '' NOT NULL,
	"operation_areas" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "maturity_assessments_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "maturity_indicator_needs" (
	"organization_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	"operation_area" text NOT NULL,
	"assessment_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "maturity_indicator_needs_organization_id_indicator_id_need_id_pk" PRIMARY KEY("organization_id","indicator_id","need_id")
);
--> statement-breakpoint
CREATE TABLE "maturity_indicators" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"code" text,
	"area" text NOT NULL,
	"text" text NOT NULL,
	"position" integer NOT NULL,
	"retired_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "maturity_indicators_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "maturity_settings" (
	"organization_id" uuid NOT NULL,
	"compare_opt_in" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "maturity_settings_organization_id_pk" PRIMARY KEY("organization_id")
);
--> statement-breakpoint
ALTER TABLE "maturity_answers" ADD CONSTRAINT "maturity_answers_set_by_users_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_answers" ADD CONSTRAINT "maturity_answers_organization_id_assessment_id_maturity_assessments_organization_id_id_fk" FOREIGN KEY ("organization_id","assessment_id") REFERENCES "public"."maturity_assessments"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_answers" ADD CONSTRAINT "maturity_answers_organization_id_indicator_id_maturity_indicators_organization_id_id_fk" FOREIGN KEY ("organization_id","indicator_id") REFERENCES "public"."maturity_indicators"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_assessments" ADD CONSTRAINT "maturity_assessments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_assessments" ADD CONSTRAINT "maturity_assessments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_indicator_needs" ADD CONSTRAINT "maturity_indicator_needs_organization_id_indicator_id_maturity_indicators_organization_id_id_fk" FOREIGN KEY ("organization_id","indicator_id") REFERENCES "public"."maturity_indicators"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_indicator_needs" ADD CONSTRAINT "maturity_indicator_needs_organization_id_need_id_needs_organization_id_id_fk" FOREIGN KEY ("organization_id","need_id") REFERENCES "public"."needs"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_indicator_needs" ADD CONSTRAINT "maturity_indicator_needs_organization_id_assessment_id_maturity_assessments_organization_id_id_fk" FOREIGN KEY ("organization_id","assessment_id") REFERENCES "public"."maturity_assessments"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_indicators" ADD CONSTRAINT "maturity_indicators_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_settings" ADD CONSTRAINT "maturity_settings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "maturity_assessments_year_idx" ON "maturity_assessments" USING btree ("organization_id","year");--> statement-breakpoint
CREATE INDEX "maturity_indicator_needs_need_idx" ON "maturity_indicator_needs" USING btree ("organization_id","need_id");--> statement-breakpoint
CREATE UNIQUE INDEX "maturity_indicators_code_key" ON "maturity_indicators" USING btree ("organization_id","code");--> statement-breakpoint
SELECT enable_tenant_rls('maturity_indicators');--> statement-breakpoint
SELECT enable_tenant_rls('maturity_assessments');--> statement-breakpoint
SELECT enable_tenant_rls('maturity_answers');--> statement-breakpoint
SELECT enable_tenant_rls('maturity_indicator_needs');--> statement-breakpoint
SELECT enable_tenant_rls('maturity_settings');
