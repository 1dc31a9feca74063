-- "Most resonated this week" read the top-resonated index from its top and kept the week's posts: at a
-- million posts, a quiet week meant reading deep into all time. Now it reads the top of each day of the
-- period (the UTC day, a virtual column, indexed) and merges them: (days + 1) x the page at most.
ALTER TABLE `posts` ADD `created_day` integer GENERATED ALWAYS AS (created_at / 86400000) VIRTUAL NOT NULL;--> statement-breakpoint
CREATE INDEX `posts_day_top` ON `posts` (`status`,`created_day`,`resonates`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `posts_category_day_top` ON `posts` (`status`,`category`,`created_day`,`resonates`,`created_at`,`id`);