ALTER TABLE `campaigns` ADD `sender_name` text;--> statement-breakpoint
ALTER TABLE `campaigns` ADD `sender_organisation` text;--> statement-breakpoint
ALTER TABLE `campaigns` ADD `reply_email` text;--> statement-breakpoint
ALTER TABLE `signatures` ADD `comment_public` integer DEFAULT false NOT NULL;