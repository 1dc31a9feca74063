-- Search reads only what readers can read. The full-text index held every
-- post and searches kept the published ones, but bm25 scores a match against
-- every document of the index, and the score travelled in the public search
-- cursor: anyone could count the held, hidden or removed posts that hold a
-- chosen word (a client's name). Now a post is in the index exactly while it
-- is published: the triggers follow its status as well as its body.
DROP TRIGGER `posts_fts_insert`;
--> statement-breakpoint
DROP TRIGGER `posts_fts_delete`;
--> statement-breakpoint
DROP TRIGGER `posts_fts_update`;
--> statement-breakpoint
CREATE TRIGGER `posts_fts_insert` AFTER INSERT ON `posts` WHEN NEW.`status` = 'published'
BEGIN
  INSERT INTO `posts_fts` (`rowid`, `body`) VALUES (NEW.`rowid`, NEW.`body`);
END;
--> statement-breakpoint
CREATE TRIGGER `posts_fts_delete` AFTER DELETE ON `posts` WHEN OLD.`status` = 'published'
BEGIN
  INSERT INTO `posts_fts` (`posts_fts`, `rowid`, `body`) VALUES ('delete', OLD.`rowid`, OLD.`body`);
END;
--> statement-breakpoint
-- An external-content index must be told the text it indexed to forget it: the old body leaves if it was in,
-- the new one enters if the post is published now.
CREATE TRIGGER `posts_fts_update_out` AFTER UPDATE OF `body`, `status` ON `posts` WHEN OLD.`status` = 'published'
BEGIN
  INSERT INTO `posts_fts` (`posts_fts`, `rowid`, `body`) VALUES ('delete', OLD.`rowid`, OLD.`body`);
END;
--> statement-breakpoint
CREATE TRIGGER `posts_fts_update_in` AFTER UPDATE OF `body`, `status` ON `posts` WHEN NEW.`status` = 'published'
BEGIN
  INSERT INTO `posts_fts` (`rowid`, `body`) VALUES (NEW.`rowid`, NEW.`body`);
END;
--> statement-breakpoint
-- 'rebuild' would read every row of posts back in: empty the index and put back the published posts only.
INSERT INTO `posts_fts` (`posts_fts`) VALUES ('delete-all');
--> statement-breakpoint
INSERT INTO `posts_fts` (`rowid`, `body`) SELECT `rowid`, `body` FROM `posts` WHERE `status` = 'published';
