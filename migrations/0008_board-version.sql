CREATE TABLE `board_version` (
	`id` integer PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 0 NOT NULL,
	CONSTRAINT "board_version_one_row" CHECK("board_version"."id" = 1)
);
--> statement-breakpoint
INSERT INTO `board_version` (`id`, `version`) VALUES (1, 0);
--> statement-breakpoint
-- What readers see changes when a published post arrives, leaves, or its
-- text changes; the resonates count alone does not (cached pages show it at
-- most a cache lifetime late).
CREATE TRIGGER `board_version_insert` AFTER INSERT ON `posts` WHEN NEW.`status` = 'published'
BEGIN
  UPDATE `board_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `board_version_delete` AFTER DELETE ON `posts` WHEN OLD.`status` = 'published'
BEGIN
  UPDATE `board_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `board_version_update` AFTER UPDATE OF `status`, `body`, `category`, `role` ON `posts`
WHEN OLD.`status` = 'published' OR NEW.`status` = 'published'
BEGIN
  UPDATE `board_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
