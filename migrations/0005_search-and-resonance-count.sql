-- Each new "resonates" adds one to its post's count, in the same statement,
-- so concurrent readers can never lose an update. Purging old resonances
-- (after 48 hours) leaves the count as it is.
CREATE TRIGGER `resonances_count_insert` AFTER INSERT ON `resonances`
BEGIN
  UPDATE `posts` SET `resonates` = `resonates` + 1 WHERE `id` = NEW.`post_id`;
END;
--> statement-breakpoint
-- Full-text search: an FTS5 index over posts' bodies, kept in sync by
-- triggers. It indexes every post; searches join back to posts and keep only
-- published ones, so a status change never has to touch the index, and
-- `INSERT INTO posts_fts(posts_fts) VALUES ('rebuild')` restores it exactly
-- (say, after an import renumbered rowids).
CREATE VIRTUAL TABLE `posts_fts` USING fts5(
  `body`,
  content = 'posts',
  content_rowid = 'rowid',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `posts_fts_insert` AFTER INSERT ON `posts`
BEGIN
  INSERT INTO `posts_fts` (`rowid`, `body`) VALUES (NEW.`rowid`, NEW.`body`);
END;
--> statement-breakpoint
CREATE TRIGGER `posts_fts_delete` AFTER DELETE ON `posts`
BEGIN
  INSERT INTO `posts_fts` (`posts_fts`, `rowid`, `body`) VALUES ('delete', OLD.`rowid`, OLD.`body`);
END;
--> statement-breakpoint
CREATE TRIGGER `posts_fts_update` AFTER UPDATE OF `body` ON `posts`
BEGIN
  INSERT INTO `posts_fts` (`posts_fts`, `rowid`, `body`) VALUES ('delete', OLD.`rowid`, OLD.`body`);
  INSERT INTO `posts_fts` (`rowid`, `body`) VALUES (NEW.`rowid`, NEW.`body`);
END;
--> statement-breakpoint
INSERT INTO `posts_fts` (`posts_fts`) VALUES ('rebuild');
