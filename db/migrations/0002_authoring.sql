ALTER TABLE `campaigns` ADD `cover_image` text;--> statement-breakpoint
ALTER TABLE `mailbox_messages` ADD `headers` text;--> statement-breakpoint
ALTER TABLE `news_updates` ADD `emailed_at` integer;--> statement-breakpoint
ALTER TABLE `petitions` ADD `auto_raise_goal` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `petitions` ADD `victory_note` text;--> statement-breakpoint
ALTER TABLE `signatures` ADD `comment_hidden` integer DEFAULT false NOT NULL;