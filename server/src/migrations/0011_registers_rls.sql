-- The registers (system list, integrations, welfare technology, supplier demos) are tenant data:
-- forced row-level security like every other tenant table.
SELECT enable_tenant_rls('systems');--> statement-breakpoint
SELECT enable_tenant_rls('system_units');--> statement-breakpoint
SELECT enable_tenant_rls('system_initiatives');--> statement-breakpoint
SELECT enable_tenant_rls('system_tasks');--> statement-breakpoint
SELECT enable_tenant_rls('system_integrations');--> statement-breakpoint
SELECT enable_tenant_rls('welfare_tech_items');--> statement-breakpoint
SELECT enable_tenant_rls('supplier_demos');--> statement-breakpoint
SELECT enable_tenant_rls('supplier_demo_needs');
