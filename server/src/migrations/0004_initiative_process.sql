CREATE TABLE "checklist_template_items" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"form" text NOT NULL,
	"stage" smallint NOT NULL,
	"text" text NOT NULL,
	"position" smallint NOT NULL,
	"removed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checklist_template_items_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "initiative_checklist_items" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"stage" smallint NOT NULL,
	"text" text NOT NULL,
	"position" smallint NOT NULL,
	"done" boolean DEFAULT false NOT NULL,
	"done_by" uuid,
	"done_by_name" text,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiative_checklist_items_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "initiative_events" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiative_events_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "initiative_roles" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"user_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiative_roles_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
ALTER TABLE "initiatives" ADD COLUMN "status" text DEFAULT 'active' NOT NULL;--> statement-breakpoint
ALTER TABLE "initiatives" ADD COLUMN "stop_reason" text;--> statement-breakpoint
ALTER TABLE "initiatives" ADD COLUMN "ended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "initiative_checklist_items" ADD CONSTRAINT "initiative_checklist_items_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_checklist_items" ADD CONSTRAINT "initiative_checklist_items_organization_id_initiative_id_initiatives_organization_id_id_fk" FOREIGN KEY ("organization_id","initiative_id") REFERENCES "public"."initiatives"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_events" ADD CONSTRAINT "initiative_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_events" ADD CONSTRAINT "initiative_events_organization_id_initiative_id_initiatives_organization_id_id_fk" FOREIGN KEY ("organization_id","initiative_id") REFERENCES "public"."initiatives"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_roles" ADD CONSTRAINT "initiative_roles_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_roles" ADD CONSTRAINT "initiative_roles_organization_id_initiative_id_initiatives_organization_id_id_fk" FOREIGN KEY ("organization_id","initiative_id") REFERENCES "public"."initiatives"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_roles" ADD CONSTRAINT "initiative_roles_organization_id_user_id_memberships_organization_id_user_id_fk" FOREIGN KEY ("organization_id","user_id") REFERENCES "public"."memberships"("organization_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "checklist_template_items_form_idx" ON "checklist_template_items" USING btree ("organization_id","form","stage","position");--> statement-breakpoint
CREATE INDEX "initiative_checklist_items_initiative_idx" ON "initiative_checklist_items" USING btree ("organization_id","initiative_id","stage","position");--> statement-breakpoint
CREATE INDEX "initiative_events_initiative_idx" ON "initiative_events" USING btree ("organization_id","initiative_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "initiative_roles_person_key" ON "initiative_roles" USING btree ("organization_id","initiative_id","kind","user_id");