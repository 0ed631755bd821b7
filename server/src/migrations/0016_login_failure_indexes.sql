-- The login limits (modules/auth/login-limits.ts) count recent login failures per e-mail and per
-- client address on every login attempt; these partial indexes keep that to the failures alone.
CREATE INDEX "security_events_login_failed_email_idx" ON "security_events" USING btree (lower("email"),"occurred_at" DESC NULLS LAST) WHERE "security_events"."kind" = 'login_failed';--> statement-breakpoint
CREATE INDEX "security_events_login_failed_ip_idx" ON "security_events" USING btree ("ip","occurred_at" DESC NULLS LAST) WHERE "security_events"."kind" = 'login_failed';