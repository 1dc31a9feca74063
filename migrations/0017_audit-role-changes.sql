-- A role change is an audited action: the audit log's list of actions is a CHECK constraint, which SQLite
-- changes only by building the table again. Nothing refers to audit_log, so it is copied, dropped and renamed;
-- its indexes and its append-only triggers are made again.
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
	CONSTRAINT "audit_log_action_known" CHECK("action" IN ('sign-in', 'sign-in-failed', 'sign-out', 'approve', 'remove', 'redact', 'restore', 'add-moderator', 'disable-moderator', 'enable-moderator', 'change-role'))
);
--> statement-breakpoint
INSERT INTO `__new_audit_log`("id", "at", "moderator_id", "action", "post_id", "post_revision", "subject_id", "reason", "old_body_hash") SELECT "id", "at", "moderator_id", "action", "post_id", "post_revision", "subject_id", "reason", "old_body_hash" FROM `audit_log`;--> statement-breakpoint
DROP TABLE `audit_log`;--> statement-breakpoint
ALTER TABLE `__new_audit_log` RENAME TO `audit_log`;--> statement-breakpoint
CREATE INDEX `audit_log_post` ON `audit_log` (`post_id`,`id`);--> statement-breakpoint
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
