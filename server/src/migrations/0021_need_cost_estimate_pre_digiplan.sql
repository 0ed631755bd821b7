ALTER TABLE "needs" ADD COLUMN "cost_estimate" jsonb;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "origin" text DEFAULT 'digiplan' NOT NULL;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "reference" text;