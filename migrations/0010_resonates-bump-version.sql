-- Resonate counts are part of what readers see: a count that lags behind a
-- reader's own click reads as a bug, so a resonate bumps the version too.
-- Isolates re-read the version at most once a second, so the cache still
-- serves almost every read.
DROP TRIGGER `board_version_update`;
--> statement-breakpoint
CREATE TRIGGER `board_version_update` AFTER UPDATE OF `status`, `body`, `category`, `role`, `resonates` ON `posts`
WHEN OLD.`status` = 'published' OR NEW.`status` = 'published'
BEGIN
  UPDATE `board_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
