CREATE INDEX `idempotency_records_post` ON `idempotency_records` (`post_id`);--> statement-breakpoint
-- Answers kept for posts their authors have since deleted held those posts' bodies: gone now, as they are on every delete.
DELETE FROM `idempotency_records` WHERE `post_id` NOT IN (SELECT `id` FROM `posts`);
