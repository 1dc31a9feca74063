CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`moderator_id` text NOT NULL,
	`action` text NOT NULL,
	`post_id` text,
	`post_revision` integer,
	`subject_id` text,
	`reason` text,
	`old_body_hash` text,
	FOREIGN KEY (`moderator_id`) REFERENCES `moderators`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "audit_log_action_known" CHECK("audit_log"."action" IN ('sign-in', 'sign-in-failed', 'sign-out', 'approve', 'remove', 'redact', 'restore', 'add-moderator', 'disable-moderator', 'enable-moderator'))
);
--> statement-breakpoint
CREATE INDEX `audit_log_post` ON `audit_log` (`post_id`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `audit_log_post_revision` ON `audit_log` (`post_id`,`post_revision`);--> statement-breakpoint
CREATE TABLE `moderator_sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`moderator_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`moderator_id`) REFERENCES `moderators`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `moderator_sessions_moderator` ON `moderator_sessions` (`moderator_id`);--> statement-breakpoint
CREATE INDEX `moderator_sessions_expires` ON `moderator_sessions` (`expires_at`);--> statement-breakpoint
CREATE INDEX `moderator_sessions_seen` ON `moderator_sessions` (`last_seen_at`);--> statement-breakpoint
CREATE TABLE `moderators` (
	`id` text PRIMARY KEY NOT NULL,
	`username` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`disabled` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	CONSTRAINT "moderators_role_known" CHECK("moderators"."role" IN ('moderator', 'admin'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `moderators_username` ON `moderators` (`username`);--> statement-breakpoint
ALTER TABLE `posts` ADD `queue_rank` integer DEFAULT 2 NOT NULL;--> statement-breakpoint
ALTER TABLE `posts` ADD `revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `posts_queue` ON `posts` (`queue_rank`,`created_at`,`id`) WHERE "posts"."status" IN ('pending', 'hidden');
--> statement-breakpoint
-- Posts already waiting for review get their place in the queue.
UPDATE `posts` SET `queue_rank` = CASE
    WHEN EXISTS (SELECT 1 FROM json_each(`posts`.`reasons`) WHERE json_extract(`value`, '$.kind') = 'crisis') THEN 0
    WHEN EXISTS (SELECT 1 FROM json_each(`posts`.`reasons`) WHERE json_extract(`value`, '$.kind') = 'identifying') THEN 1
    ELSE 2
  END
  WHERE `status` IN ('pending', 'hidden');
--> statement-breakpoint
-- The audit log is append-only: nothing may rewrite or erase it.
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log`
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
