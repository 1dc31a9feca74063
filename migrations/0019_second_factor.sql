CREATE TABLE `recovery_codes` (
	`moderator_id` text NOT NULL,
	`code_hash` text NOT NULL,
	`used_at` integer,
	PRIMARY KEY(`moderator_id`, `code_hash`),
	FOREIGN KEY (`moderator_id`) REFERENCES `moderators`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
-- The new audited actions of the second factor: the audit log is built again as in 0017 (a CHECK changes only
-- that way), its indexes and append-only triggers made again.
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
	CONSTRAINT "audit_log_action_known" CHECK("action" IN ('sign-in', 'sign-in-failed', 'sign-out', 'approve', 'remove', 'redact', 'restore', 'add-moderator', 'disable-moderator', 'enable-moderator', 'change-role', 'second-factor-enrolled', 'recovery-code-used', 'reset-second-factor'))
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
-- Sessions begun before the second factor existed have not passed it: their moderators sign in again.
ALTER TABLE `moderator_sessions` ADD `second_factor_passed` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `moderators` ADD `second_factor_secret` text;--> statement-breakpoint
ALTER TABLE `moderators` ADD `second_factor_enrolled_at` integer;--> statement-breakpoint
ALTER TABLE `moderators` ADD `second_factor_last_step` integer;--> statement-breakpoint
ALTER TABLE `moderators` ADD `second_factor_failures` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `moderators` ADD `second_factor_failed_at` integer;--> statement-breakpoint
-- A code is good once: a TOTP time step no later than the last one taken, or a recovery code already used, aborts
-- the sign-in's whole batch, so two requests sending one code at the same moment cannot both sign in.
CREATE TRIGGER `second_factor_step_once` BEFORE UPDATE OF `second_factor_last_step` ON `moderators`
WHEN NEW.second_factor_last_step IS NOT NULL AND OLD.second_factor_last_step IS NOT NULL
  AND NEW.second_factor_last_step <= OLD.second_factor_last_step
BEGIN
  SELECT RAISE(ABORT, 'second factor code used already');
END;
--> statement-breakpoint
CREATE TRIGGER `recovery_code_once` BEFORE UPDATE OF `used_at` ON `recovery_codes`
WHEN OLD.used_at IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'second factor code used already');
END;
