-- Benefit realisation tables are tenant data: forced row-level security on organization_id.
SELECT enable_tenant_rls('benefits');
--> statement-breakpoint
SELECT enable_tenant_rls('benefit_measurements');
--> statement-breakpoint
SELECT enable_tenant_rls('benefit_calculations');
--> statement-breakpoint
SELECT enable_tenant_rls('benefit_settings');
--> statement-breakpoint
SELECT enable_tenant_rls('benefit_lessons');
