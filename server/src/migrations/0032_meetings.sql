CREATE TABLE "forum_members" (
	"organization_id" uuid NOT NULL,
	"forum_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"is_chair" boolean DEFAULT false NOT NULL,
	CONSTRAINT "forum_members_organization_id_forum_id_user_id_pk" PRIMARY KEY("organization_id","forum_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "forums" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "forums_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "meeting_items" (
	"organization_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"need_id" uuid,
	"initiative_id" uuid,
	"title" text NOT NULL,
	"analysis" text DEFAULT '' NOT NULL,
	"proposal" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	CONSTRAINT "meeting_items_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"organization_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"forum_id" uuid NOT NULL,
	"meeting_date" date NOT NULL,
	"title" text NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"agenda_sent_at" timestamp with time zone,
	"minutes_approved_at" timestamp with time zone,
	"minutes_approved_by" uuid,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meetings_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "meeting_id" uuid;--> statement-breakpoint
ALTER TABLE "forum_members" ADD CONSTRAINT "forum_members_organization_id_forum_id_forums_organization_id_id_fk" FOREIGN KEY ("organization_id","forum_id") REFERENCES "public"."forums"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_members" ADD CONSTRAINT "forum_members_organization_id_user_id_memberships_organization_id_user_id_fk" FOREIGN KEY ("organization_id","user_id") REFERENCES "public"."memberships"("organization_id","user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forums" ADD CONSTRAINT "forums_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_items" ADD CONSTRAINT "meeting_items_organization_id_meeting_id_meetings_organization_id_id_fk" FOREIGN KEY ("organization_id","meeting_id") REFERENCES "public"."meetings"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_items" ADD CONSTRAINT "meeting_items_organization_id_need_id_needs_organization_id_id_fk" FOREIGN KEY ("organization_id","need_id") REFERENCES "public"."needs"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_items" ADD CONSTRAINT "meeting_items_organization_id_initiative_id_initiatives_organization_id_id_fk" FOREIGN KEY ("organization_id","initiative_id") REFERENCES "public"."initiatives"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_minutes_approved_by_users_id_fk" FOREIGN KEY ("minutes_approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_organization_id_forum_id_forums_organization_id_id_fk" FOREIGN KEY ("organization_id","forum_id") REFERENCES "public"."forums"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "forum_members_one_chair_key" ON "forum_members" USING btree ("organization_id","forum_id") WHERE is_chair;--> statement-breakpoint
CREATE INDEX "forum_members_user_idx" ON "forum_members" USING btree ("organization_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "forums_org_name_key" ON "forums" USING btree ("organization_id",lower("name"));--> statement-breakpoint
CREATE INDEX "meeting_items_meeting_idx" ON "meeting_items" USING btree ("organization_id","meeting_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_items_need_key" ON "meeting_items" USING btree ("organization_id","meeting_id","need_id");--> statement-breakpoint
CREATE INDEX "meetings_org_date_idx" ON "meetings" USING btree ("organization_id","meeting_date");--> statement-breakpoint
CREATE INDEX "meetings_forum_date_idx" ON "meetings" USING btree ("organization_id","forum_id","meeting_date");--> statement-breakpoint
CREATE INDEX "decisions_meeting_idx" ON "decisions" USING btree ("organization_id","meeting_id");--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_meeting_fk" FOREIGN KEY ("organization_id","meeting_id") REFERENCES "public"."meetings"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Forums, their members, meetings and agenda items are tenant data: forced row-level security.
SELECT enable_tenant_rls('forums');--> statement-breakpoint
SELECT enable_tenant_rls('forum_members');--> statement-breakpoint
SELECT enable_tenant_rls('meetings');--> statement-breakpoint
SELECT enable_tenant_rls('meeting_items');
