ALTER TABLE `moderation_batches` ADD `kind` text DEFAULT 'invalidate' NOT NULL;--> statement-breakpoint
ALTER TABLE `signatures` ADD `released_by` integer;