CREATE TABLE `flags` (
	`id` text PRIMARY KEY NOT NULL,
	`post_id` text,
	`reader_key` text,
	`receipt_hash` text NOT NULL,
	`reason` text NOT NULL,
	`note` text,
	`weight` integer NOT NULL,
	`created_at` integer NOT NULL,
	`resolution` text,
	`resolved_at` integer,
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "flags_reason_known" CHECK("flags"."reason" IN ('identifying', 'harmful', 'spam', 'off-topic', 'other')),
	CONSTRAINT "flags_resolution_known" CHECK("flags"."resolution" IS NULL OR "flags"."resolution" IN ('dismissed', 'removed', 'redacted')),
	CONSTRAINT "flags_weight_positive" CHECK("flags"."weight" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `flags_receipt` ON `flags` (`receipt_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `flags_post_reader` ON `flags` (`post_id`,`reader_key`);--> statement-breakpoint
CREATE INDEX `flags_post_open` ON `flags` (`post_id`,`resolution`);--> statement-breakpoint
CREATE INDEX `flags_created` ON `flags` (`created_at`);--> statement-breakpoint
CREATE INDEX `flags_resolved` ON `flags` (`resolved_at`);--> statement-breakpoint
CREATE TABLE `resonances` (
	`post_id` text NOT NULL,
	`reader_key` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`post_id`, `reader_key`),
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `resonances_created` ON `resonances` (`created_at`);--> statement-breakpoint
ALTER TABLE `posts` ADD `flag_clearances` integer DEFAULT 0 NOT NULL;