CREATE TABLE `fingerprint_renames` (
	`old_fingerprint` text PRIMARY KEY NOT NULL,
	`new_fingerprint` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
ALTER TABLE `action_reports` ADD `latitude` real;--> statement-breakpoint
ALTER TABLE `action_reports` ADD `longitude` real;--> statement-breakpoint
ALTER TABLE `action_reports` ADD `place_corrected` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `campaigns` ADD `submitted_by` text REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `campaigns` ADD `submitted_at` integer;--> statement-breakpoint
ALTER TABLE `campaigns` ADD `submitted_locale` text;--> statement-breakpoint
ALTER TABLE `campaigns` ADD `approved_at` integer;--> statement-breakpoint
ALTER TABLE `campaigns` ADD `reviewed_at` integer;--> statement-breakpoint
ALTER TABLE `campaigns` ADD `decline_reason` text;--> statement-breakpoint
ALTER TABLE `campaigns` ADD `sender_name` text;--> statement-breakpoint
ALTER TABLE `campaigns` ADD `sender_organisation` text;--> statement-breakpoint
ALTER TABLE `campaigns` ADD `reply_email` text;--> statement-breakpoint
ALTER TABLE `missions` ADD `address_form` text;--> statement-breakpoint
ALTER TABLE `moderation_batches` ADD `kind` text DEFAULT 'invalidate' NOT NULL;--> statement-breakpoint
ALTER TABLE `planned_actions` ADD `latitude` real;--> statement-breakpoint
ALTER TABLE `planned_actions` ADD `longitude` real;--> statement-breakpoint
ALTER TABLE `planned_actions` ADD `place_corrected` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `signatures` ADD `comment_public` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `signatures` ADD `released_by` integer;--> statement-breakpoint
ALTER TABLE `users` ADD `time_zone` text;