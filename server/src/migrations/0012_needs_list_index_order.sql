DROP INDEX "needs_org_submitted_idx";--> statement-breakpoint
DROP INDEX "needs_org_status_idx";--> statement-breakpoint
CREATE INDEX "needs_org_submitted_idx" ON "needs" USING btree ("organization_id","submitted_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "needs_org_status_idx" ON "needs" USING btree ("organization_id","status","submitted_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);