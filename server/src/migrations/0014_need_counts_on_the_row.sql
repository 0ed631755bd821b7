ALTER TABLE "needs" ADD COLUMN "supporter_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "needs" ADD COLUMN "comment_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- The needs list showed each need's supporters and comments by counting them per row (two of the
-- five lookups per row of a page). The counts now live on the need, kept by triggers so that no
-- writer can forget them: adding or removing a supporter or comment, and moving one to another
-- need (a merge), adjusts both needs in the same transaction. A restore copies rows with triggers
-- off (session_replication_role = replica), together with the counts they had.
UPDATE "needs" n SET
  "supporter_count" = (SELECT count(*) FROM "need_supporters" s WHERE s."organization_id" = n."organization_id" AND s."need_id" = n."id"),
  "comment_count" = (SELECT count(*) FROM "need_comments" c WHERE c."organization_id" = n."organization_id" AND c."need_id" = n."id");
--> statement-breakpoint
CREATE FUNCTION keep_need_counts() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  is_supporter boolean := TG_TABLE_NAME = 'need_supporters';
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.organization_id = NEW.organization_id AND OLD.need_id = NEW.need_id THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    IF is_supporter THEN
      UPDATE needs SET supporter_count = supporter_count + 1 WHERE organization_id = NEW.organization_id AND id = NEW.need_id;
    ELSE
      UPDATE needs SET comment_count = comment_count + 1 WHERE organization_id = NEW.organization_id AND id = NEW.need_id;
    END IF;
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    IF is_supporter THEN
      UPDATE needs SET supporter_count = supporter_count - 1 WHERE organization_id = OLD.organization_id AND id = OLD.need_id;
    ELSE
      UPDATE needs SET comment_count = comment_count - 1 WHERE organization_id = OLD.organization_id AND id = OLD.need_id;
    END IF;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER need_supporters_keep_count AFTER INSERT OR DELETE OR UPDATE OF organization_id, need_id ON "need_supporters"
  FOR EACH ROW EXECUTE FUNCTION keep_need_counts();
--> statement-breakpoint
CREATE TRIGGER need_comments_keep_count AFTER INSERT OR DELETE OR UPDATE OF organization_id, need_id ON "need_comments"
  FOR EACH ROW EXECUTE FUNCTION keep_need_counts();
