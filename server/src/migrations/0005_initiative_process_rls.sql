-- Tenant isolation for the process tables (forced row-level security, as for every tenant table).
SELECT enable_tenant_rls('initiative_roles');--> statement-breakpoint
SELECT enable_tenant_rls('checklist_template_items');--> statement-breakpoint
SELECT enable_tenant_rls('initiative_checklist_items');--> statement-breakpoint
SELECT enable_tenant_rls('initiative_events');
--> statement-breakpoint
-- The process's invariants, also for writes that bypass the use cases.
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_status_check" CHECK ("status" IN ('active', 'closed', 'stopped'));--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_stopped_has_reason" CHECK ("status" <> 'stopped' OR "stop_reason" IS NOT NULL);--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_stage_check" CHECK ("stage" BETWEEN 1 AND 6);--> statement-breakpoint
ALTER TABLE "initiative_checklist_items" ADD CONSTRAINT "initiative_checklist_items_stage_check" CHECK ("stage" BETWEEN 1 AND 6);--> statement-breakpoint
ALTER TABLE "checklist_template_items" ADD CONSTRAINT "checklist_template_items_stage_check" CHECK ("stage" BETWEEN 1 AND 6);
