-- A post's time is kept to the hour: to the millisecond, beside a log of when someone reached the board, it would tell
-- whose the post is. The order within an hour is the posts' random ids.
UPDATE `posts` SET `created_at` = `created_at` - `created_at` % 3600000;--> statement-breakpoint
UPDATE `idempotency_records` SET `created_at` = `created_at` - `created_at` % 3600000;
