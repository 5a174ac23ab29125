CREATE TABLE `moderation_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`petition_id` integer NOT NULL,
	`rule` text NOT NULL,
	`affected` integer NOT NULL,
	`created_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`undone_at` integer,
	FOREIGN KEY (`petition_id`) REFERENCES `petitions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `moderation_petition_idx` ON `moderation_batches` (`petition_id`);--> statement-breakpoint
ALTER TABLE `signatures` ADD `invalidated_by` integer;--> statement-breakpoint
ALTER TABLE `signatures` ADD `status_before_invalidation` text;