CREATE TABLE "benefit_calculations" (
	"organization_id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"document" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "benefit_calculations_organization_id_initiative_id_pk" PRIMARY KEY("organization_id","initiative_id")
);
--> statement-breakpoint
CREATE TABLE "benefit_lessons" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"worked" text NOT NULL,
	"did_not_work" text NOT NULL,
	"advice" text NOT NULL,
	"author_id" uuid NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('swedish', coalesce(worked, '') || ' ' || coalesce(did_not_work, '') || ' ' || coalesce(advice, ''))) STORED,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "benefit_lessons_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "benefit_measurements" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"benefit_id" uuid NOT NULL,
	"measured_on" date NOT NULL,
	"value" numeric,
	"comment" text DEFAULT '' NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "benefit_measurements_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "benefit_settings" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"hourly_rate_ore" bigint NOT NULL,
	"visit_cost_ore" bigint NOT NULL,
	"discount_rate_bp" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "benefits" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"description" text NOT NULL,
	"level" text NOT NULL,
	"beneficiaries" text[] NOT NULL,
	"kind" text NOT NULL,
	"indicator" text,
	"unit" text,
	"baseline_value" numeric,
	"baseline_date" date,
	"target_value" numeric,
	"target_date" date,
	"direction" text,
	"method" text NOT NULL,
	"frequency" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"decision" text,
	"decision_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "benefits_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
ALTER TABLE "benefit_calculations" ADD CONSTRAINT "benefit_calculations_organization_id_initiative_id_initiatives_organization_id_id_fk" FOREIGN KEY ("organization_id","initiative_id") REFERENCES "public"."initiatives"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_lessons" ADD CONSTRAINT "benefit_lessons_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_lessons" ADD CONSTRAINT "benefit_lessons_organization_id_initiative_id_initiatives_organization_id_id_fk" FOREIGN KEY ("organization_id","initiative_id") REFERENCES "public"."initiatives"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_measurements" ADD CONSTRAINT "benefit_measurements_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_measurements" ADD CONSTRAINT "benefit_measurements_organization_id_benefit_id_benefits_organization_id_id_fk" FOREIGN KEY ("organization_id","benefit_id") REFERENCES "public"."benefits"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_settings" ADD CONSTRAINT "benefit_settings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefits" ADD CONSTRAINT "benefits_organization_id_initiative_id_initiatives_organization_id_id_fk" FOREIGN KEY ("organization_id","initiative_id") REFERENCES "public"."initiatives"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefits" ADD CONSTRAINT "benefits_organization_id_owner_id_memberships_organization_id_user_id_fk" FOREIGN KEY ("organization_id","owner_id") REFERENCES "public"."memberships"("organization_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "benefit_lessons_search_idx" ON "benefit_lessons" USING gin ("search");--> statement-breakpoint
CREATE INDEX "benefit_lessons_initiative_idx" ON "benefit_lessons" USING btree ("organization_id","initiative_id");--> statement-breakpoint
CREATE INDEX "benefit_measurements_benefit_idx" ON "benefit_measurements" USING btree ("organization_id","benefit_id","measured_on");--> statement-breakpoint
CREATE INDEX "benefits_initiative_idx" ON "benefits" USING btree ("organization_id","initiative_id");--> statement-breakpoint
CREATE INDEX "benefits_owner_idx" ON "benefits" USING btree ("organization_id","owner_id");