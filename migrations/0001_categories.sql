-- The spec's initial categories, and the triggers that keep each one's count
-- of published posts, so listing categories never counts the posts table.
INSERT INTO `categories` (`slug`, `name`, `description`, `position`) VALUES
  ('frustration', 'Frustration and anger', 'The sessions, systems and days that make you want to scream into a pillow.', 1),
  ('burnout', 'Burnout and compassion fatigue', 'When there is nothing left to give and you still have four clients after lunch.', 2),
  ('self-doubt', 'Self-doubt and inadequacy', 'Impostor feelings, missed cues, and wondering whether you are any good at this.', 3),
  ('lessons', 'What clients taught me', 'The moments when the person across from you changed how you see the work.', 4),
  ('own-therapy', 'Therapists in therapy', 'Sitting in the other chair: your own therapy, and what it stirs up.', 5),
  ('boundaries', 'Boundaries and ethics', 'Gray areas, hard lines, and the calls you are still not sure about.', 6),
  ('paperwork', 'Paperwork, insurance and admin', 'Notes, authorizations, denials, and the hours no one sees.', 7),
  ('gratitude', 'Why I stay', 'What keeps you in the chair when it would be easier to leave.', 8);
--> statement-breakpoint
CREATE TRIGGER `posts_count_insert` AFTER INSERT ON `posts` WHEN NEW.`status` = 'published'
BEGIN
  UPDATE `categories` SET `post_count` = `post_count` + 1 WHERE `slug` = NEW.`category`;
END;
--> statement-breakpoint
CREATE TRIGGER `posts_count_delete` AFTER DELETE ON `posts` WHEN OLD.`status` = 'published'
BEGIN
  UPDATE `categories` SET `post_count` = `post_count` - 1 WHERE `slug` = OLD.`category`;
END;
--> statement-breakpoint
CREATE TRIGGER `posts_count_update` AFTER UPDATE OF `status`, `category` ON `posts`
WHEN (OLD.`status` = 'published') <> (NEW.`status` = 'published') OR OLD.`category` <> NEW.`category`
BEGIN
  UPDATE `categories` SET `post_count` = `post_count` - 1
    WHERE OLD.`status` = 'published' AND `slug` = OLD.`category`;
  UPDATE `categories` SET `post_count` = `post_count` + 1
    WHERE NEW.`status` = 'published' AND `slug` = NEW.`category`;
END;
