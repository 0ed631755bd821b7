CREATE TABLE "need_goals" (
	"organization_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "need_goals_organization_id_need_id_goal_id_pk" PRIMARY KEY("organization_id","need_id","goal_id")
);
--> statement-breakpoint
ALTER TABLE "need_goals" ADD CONSTRAINT "need_goals_organization_id_need_id_needs_organization_id_id_fk" FOREIGN KEY ("organization_id","need_id") REFERENCES "public"."needs"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_goals" ADD CONSTRAINT "need_goals_organization_id_goal_id_strategic_goals_organization_id_id_fk" FOREIGN KEY ("organization_id","goal_id") REFERENCES "public"."strategic_goals"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "need_goals_goal_idx" ON "need_goals" USING btree ("organization_id","goal_id");--> statement-breakpoint
-- Links between needs and goals are tenant data like the rest.
SELECT enable_tenant_rls('need_goals');
