CREATE TABLE `categories` (
	`slug` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text NOT NULL,
	`position` integer NOT NULL,
	`post_count` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `posts` (
	`id` text PRIMARY KEY NOT NULL,
	`body` text NOT NULL,
	`category` text NOT NULL,
	`role` text,
	`status` text DEFAULT 'published' NOT NULL,
	`created_at` integer NOT NULL,
	`resonates` integer DEFAULT 0 NOT NULL,
	`delete_token_hash` text NOT NULL,
	`content_hash` text NOT NULL,
	FOREIGN KEY (`category`) REFERENCES `categories`(`slug`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "posts_status_known" CHECK("posts"."status" IN ('published', 'pending', 'hidden', 'removed')),
	CONSTRAINT "posts_resonates_not_negative" CHECK("posts"."resonates" >= 0)
);
--> statement-breakpoint
CREATE INDEX `posts_feed_new` ON `posts` (`status`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `posts_category_new` ON `posts` (`status`,`category`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `posts_feed_top` ON `posts` (`status`,`resonates`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `posts_category_top` ON `posts` (`status`,`category`,`resonates`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `posts_content_hash` ON `posts` (`content_hash`,`created_at`);