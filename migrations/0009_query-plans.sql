DROP INDEX `flags_post_open`;--> statement-breakpoint
CREATE INDEX `flags_post_open` ON `flags` (`post_id`,`resolution`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `categories_position` ON `categories` (`position`);