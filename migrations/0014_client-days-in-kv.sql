-- Day counters moved to KV (CLIENT_DAYS), where they expire with the day's key: in D1, two posts of one client
-- raised one row, and D1's history tied them to each other.
DROP TABLE `day_counters`;