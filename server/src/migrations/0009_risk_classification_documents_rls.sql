-- Row-level security for the tables of the risk analysis, information classification, documents and attachments.
SELECT enable_tenant_rls('initiative_risks');
--> statement-breakpoint
SELECT enable_tenant_rls('risk_analyses');
--> statement-breakpoint
SELECT enable_tenant_rls('information_classifications');
--> statement-breakpoint
SELECT enable_tenant_rls('classification_level_labels');
--> statement-breakpoint
SELECT enable_tenant_rls('initiative_documents');
--> statement-breakpoint
SELECT enable_tenant_rls('initiative_attachments');
