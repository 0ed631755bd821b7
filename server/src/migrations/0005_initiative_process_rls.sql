-- Tenant isolation for the process tables (forced row-level security, as for every tenant table).
SELECT enable_tenant_rls('initiative_roles');--> statement-breakpoint
SELECT enable_tenant_rls('checklist_template_items');--> statement-breakpoint
SELECT enable_tenant_rls('initiative_checklist_items');--> statement-breakpoint
SELECT enable_tenant_rls('initiative_events');
