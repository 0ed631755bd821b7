CREATE TABLE "system_initiatives" (
	"organization_id" uuid NOT NULL,
	"system_id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"relation" text NOT NULL,
	CONSTRAINT "system_initiatives_organization_id_system_id_initiative_id_pk" PRIMARY KEY("organization_id","system_id","initiative_id")
);
--> statement-breakpoint
CREATE TABLE "system_integrations" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"from_system_id" uuid NOT NULL,
	"to_system_id" uuid NOT NULL,
	"direction" text NOT NULL,
	"information" text NOT NULL,
	"method" text NOT NULL,
	"double_entry" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "system_integrations_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "system_tasks" (
	"organization_id" uuid NOT NULL,
	"system_id" uuid NOT NULL,
	"task" text NOT NULL,
	"assignee_user_id" uuid,
	"done" boolean DEFAULT false NOT NULL,
	CONSTRAINT "system_tasks_organization_id_system_id_task_pk" PRIMARY KEY("organization_id","system_id","task")
);
--> statement-breakpoint
CREATE TABLE "system_units" (
	"organization_id" uuid NOT NULL,
	"system_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "system_units_organization_id_system_id_unit_id_pk" PRIMARY KEY("organization_id","system_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "systems" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"purpose" text DEFAULT '' NOT NULL,
	"supplier" text DEFAULT '' NOT NULL,
	"owner_name" text DEFAULT '' NOT NULL,
	"administrator_name" text DEFAULT '' NOT NULL,
	"support_routine" text DEFAULT '' NOT NULL,
	"contract_start" date,
	"contract_end" date,
	"notice_months" smallint,
	"yearly_cost_ore" bigint,
	"one_off_cost_ore" bigint,
	"classification" jsonb,
	"lifecycle" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "systems_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "welfare_tech_items" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"technology" text NOT NULL,
	"product" text DEFAULT '' NOT NULL,
	"supplier" text DEFAULT '' NOT NULL,
	"unit_count" integer NOT NULL,
	"placement" text DEFAULT '' NOT NULL,
	"state" text NOT NULL,
	"as_of" date NOT NULL,
	"system_id" uuid,
	"initiative_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "welfare_tech_items_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "supplier_demo_needs" (
	"organization_id" uuid NOT NULL,
	"demo_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	CONSTRAINT "supplier_demo_needs_organization_id_demo_id_need_id_pk" PRIMARY KEY("organization_id","demo_id","need_id")
);
--> statement-breakpoint
CREATE TABLE "supplier_demos" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"participants" jsonb NOT NULL,
	"presentations" jsonb NOT NULL,
	"reflection" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supplier_demos_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
ALTER TABLE "system_initiatives" ADD CONSTRAINT "system_initiatives_organization_id_system_id_systems_organization_id_id_fk" FOREIGN KEY ("organization_id","system_id") REFERENCES "public"."systems"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "system_initiatives" ADD CONSTRAINT "system_initiatives_organization_id_initiative_id_initiatives_organization_id_id_fk" FOREIGN KEY ("organization_id","initiative_id") REFERENCES "public"."initiatives"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "system_integrations" ADD CONSTRAINT "system_integrations_organization_id_from_system_id_systems_organization_id_id_fk" FOREIGN KEY ("organization_id","from_system_id") REFERENCES "public"."systems"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "system_integrations" ADD CONSTRAINT "system_integrations_organization_id_to_system_id_systems_organization_id_id_fk" FOREIGN KEY ("organization_id","to_system_id") REFERENCES "public"."systems"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "system_tasks" ADD CONSTRAINT "system_tasks_assignee_user_id_users_id_fk" FOREIGN KEY ("assignee_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "system_tasks" ADD CONSTRAINT "system_tasks_organization_id_system_id_systems_organization_id_id_fk" FOREIGN KEY ("organization_id","system_id") REFERENCES "public"."systems"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "system_units" ADD CONSTRAINT "system_units_organization_id_system_id_systems_organization_id_id_fk" FOREIGN KEY ("organization_id","system_id") REFERENCES "public"."systems"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "system_units" ADD CONSTRAINT "system_units_organization_id_unit_id_units_organization_id_id_fk" FOREIGN KEY ("organization_id","unit_id") REFERENCES "public"."units"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "systems" ADD CONSTRAINT "systems_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "welfare_tech_items" ADD CONSTRAINT "welfare_tech_items_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "welfare_tech_items" ADD CONSTRAINT "welfare_tech_items_organization_id_system_id_systems_organization_id_id_fk" FOREIGN KEY ("organization_id","system_id") REFERENCES "public"."systems"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "welfare_tech_items" ADD CONSTRAINT "welfare_tech_items_organization_id_initiative_id_initiatives_organization_id_id_fk" FOREIGN KEY ("organization_id","initiative_id") REFERENCES "public"."initiatives"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_demo_needs" ADD CONSTRAINT "supplier_demo_needs_organization_id_demo_id_supplier_demos_organization_id_id_fk" FOREIGN KEY ("organization_id","demo_id") REFERENCES "public"."supplier_demos"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_demo_needs" ADD CONSTRAINT "supplier_demo_needs_organization_id_need_id_needs_organization_id_id_fk" FOREIGN KEY ("organization_id","need_id") REFERENCES "public"."needs"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_demos" ADD CONSTRAINT "supplier_demos_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "system_initiatives_initiative_idx" ON "system_initiatives" USING btree ("organization_id","initiative_id");--> statement-breakpoint
CREATE INDEX "welfare_tech_items_as_of_idx" ON "welfare_tech_items" USING btree ("organization_id","as_of");--> statement-breakpoint
CREATE INDEX "supplier_demo_needs_need_idx" ON "supplier_demo_needs" USING btree ("organization_id","need_id");