-- A reader's resonates and flags are kept to the hour: milliseconds apart, one reader's actions would tell they were one reader's.
UPDATE `resonances` SET `created_at` = `created_at` - `created_at` % 3600000;--> statement-breakpoint
UPDATE `flags` SET `created_at` = `created_at` - `created_at` % 3600000;
