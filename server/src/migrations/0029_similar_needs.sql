-- Similar needs (issue 17 item 7): trigram similarity of need titles. pg_trgm ships with PostgreSQL (contrib) and is a trusted extension.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX "needs_title_trgm_idx" ON "needs" USING gin ("title" gin_trgm_ops);