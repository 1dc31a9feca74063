DROP INDEX `posts_queue`;--> statement-breakpoint
ALTER TABLE `posts` ADD `open_reports` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `posts` ADD `in_queue` integer GENERATED ALWAYS AS (status IN ('pending', 'hidden') OR (status = 'published' AND open_reports > 0)) VIRTUAL NOT NULL;--> statement-breakpoint
CREATE INDEX `posts_queue` ON `posts` (`queue_rank`,`created_at`,`id`) WHERE "in_queue";
--> statement-breakpoint
-- Every report is reviewable: a post's open flags are counted here, and one puts a published post in the queue.
CREATE TRIGGER `flags_open_insert` AFTER INSERT ON `flags` WHEN NEW.`resolution` IS NULL
BEGIN
  UPDATE `posts` SET `open_reports` = `open_reports` + 1 WHERE `id` = NEW.`post_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `flags_open_settle` AFTER UPDATE OF `resolution` ON `flags`
WHEN (OLD.`resolution` IS NULL) <> (NEW.`resolution` IS NULL)
BEGIN
  UPDATE `posts` SET `open_reports` = `open_reports` + CASE WHEN NEW.`resolution` IS NULL THEN 1 ELSE -1 END
    WHERE `id` = NEW.`post_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `flags_open_delete` AFTER DELETE ON `flags` WHEN OLD.`resolution` IS NULL
BEGIN
  UPDATE `posts` SET `open_reports` = `open_reports` - 1 WHERE `id` = OLD.`post_id`;
END;
--> statement-breakpoint
UPDATE `posts` SET `open_reports` = (
  SELECT count(*) FROM `flags` WHERE `flags`.`post_id` = `posts`.`id` AND `flags`.`resolution` IS NULL
);
