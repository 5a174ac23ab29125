CREATE TABLE `fingerprint_renames` (
	`old_fingerprint` text PRIMARY KEY NOT NULL,
	`new_fingerprint` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
