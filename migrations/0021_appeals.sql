CREATE TABLE `appeals` (
	`post_id` text PRIMARY KEY NOT NULL,
	`note` text NOT NULL,
	`appealed_at` integer NOT NULL,
	`decision` text,
	`decided_at` integer,
	`reason` text,
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "appeals_decision_known" CHECK("appeals"."decision" IS NULL OR "appeals"."decision" IN ('upheld', 'granted'))
);
--> statement-breakpoint
-- The new audited action of an upheld appeal: the audit log is built again as in 0017 and 0019 (a CHECK changes
-- only that way), its indexes and append-only triggers made again.
CREATE TABLE `__new_audit_log` (
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
	CONSTRAINT "audit_log_action_known" CHECK("action" IN ('sign-in', 'sign-in-failed', 'sign-out', 'approve', 'remove', 'redact', 'restore', 'add-moderator', 'disable-moderator', 'enable-moderator', 'change-role', 'second-factor-enrolled', 'recovery-code-used', 'reset-second-factor', 'uphold-appeal'))
);
--> statement-breakpoint
INSERT INTO `__new_audit_log`("id", "at", "moderator_id", "action", "post_id", "post_revision", "subject_id", "reason", "old_body_hash") SELECT "id", "at", "moderator_id", "action", "post_id", "post_revision", "subject_id", "reason", "old_body_hash" FROM `audit_log`;--> statement-breakpoint
DROP TABLE `audit_log`;--> statement-breakpoint
ALTER TABLE `__new_audit_log` RENAME TO `audit_log`;--> statement-breakpoint
CREATE INDEX `audit_log_post` ON `audit_log` (`post_id`,`id`);--> statement-breakpoint
CREATE INDEX `audit_log_moderator` ON `audit_log` (`moderator_id`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `audit_log_post_revision` ON `audit_log` (`post_id`,`post_revision`);--> statement-breakpoint
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log`
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
--> statement-breakpoint
ALTER TABLE `posts` ADD `redacted_at` integer;--> statement-breakpoint
ALTER TABLE `posts` ADD `redacted_details` text;