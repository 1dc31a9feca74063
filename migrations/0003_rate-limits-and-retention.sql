CREATE TABLE `day_counters` (
	`client_key` text NOT NULL,
	`action` text NOT NULL,
	`day` text NOT NULL,
	`count` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`client_key`, `action`, `day`)
);
--> statement-breakpoint
CREATE INDEX `day_counters_day` ON `day_counters` (`day`);--> statement-breakpoint
CREATE TABLE `idempotency_records` (
	`key_hash` text PRIMARY KEY NOT NULL,
	`request_hash` text NOT NULL,
	`post_id` text NOT NULL,
	`status` integer NOT NULL,
	`response` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `idempotency_records_created` ON `idempotency_records` (`created_at`);--> statement-breakpoint
ALTER TABLE `posts` ADD `removed_reason` text;--> statement-breakpoint
ALTER TABLE `posts` ADD `removed_at` integer;