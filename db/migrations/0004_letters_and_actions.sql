CREATE TABLE `action_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`campaign_id` integer NOT NULL,
	`kind` text NOT NULL,
	`action_date` text NOT NULL,
	`city` text NOT NULL,
	`country` text NOT NULL,
	`mission_id` integer,
	`account` text NOT NULL,
	`reply_text` text,
	`organisation` text NOT NULL,
	`contact_email` text,
	`locale` text NOT NULL,
	`ip_hash` text,
	`status` text DEFAULT 'unconfirmed' NOT NULL,
	`token_hash` text,
	`token_expires_at` integer,
	`planned_action_id` integer,
	`created_by_user_id` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`confirmed_at` integer,
	`moderated_at` integer,
	`moderated_by` text,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mission_id`) REFERENCES `missions`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`planned_action_id`) REFERENCES `planned_actions`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`moderated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `action_reports_token_hash_unique` ON `action_reports` (`token_hash`);--> statement-breakpoint
CREATE INDEX `action_reports_campaign_status_idx` ON `action_reports` (`campaign_id`,`status`,`action_date`);--> statement-breakpoint
CREATE TABLE `letter_templates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`campaign_id` integer NOT NULL,
	`title` text NOT NULL,
	`purpose` text NOT NULL,
	`language` text NOT NULL,
	`recipient_kind` text NOT NULL,
	`subject` text NOT NULL,
	`salutation` text NOT NULL,
	`body` text NOT NULL,
	`sign_off` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `letter_templates_campaign_idx` ON `letter_templates` (`campaign_id`,`status`);--> statement-breakpoint
CREATE TABLE `missions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`campaign_id` integer NOT NULL,
	`host_country` text NOT NULL,
	`kind` text DEFAULT 'embassy' NOT NULL,
	`name` text NOT NULL,
	`head_title` text,
	`head_name` text,
	`address_lines` text,
	`email` text,
	`phone` text,
	`website` text,
	`source` text,
	`verified_on` text,
	`notes` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `missions_campaign_country_idx` ON `missions` (`campaign_id`,`host_country`);--> statement-breakpoint
CREATE TABLE `planned_actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`campaign_id` integer NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`starts_at` integer NOT NULL,
	`ends_at` integer,
	`time_zone` text NOT NULL,
	`place` text NOT NULL,
	`city` text NOT NULL,
	`country` text NOT NULL,
	`mission_id` integer,
	`contact` text NOT NULL,
	`organisation` text,
	`contact_email` text,
	`locale` text NOT NULL,
	`ip_hash` text,
	`status` text DEFAULT 'unconfirmed' NOT NULL,
	`token_hash` text,
	`token_expires_at` integer,
	`created_by_user_id` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`confirmed_at` integer,
	`moderated_at` integer,
	`moderated_by` text,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mission_id`) REFERENCES `missions`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`moderated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `planned_actions_token_hash_unique` ON `planned_actions` (`token_hash`);--> statement-breakpoint
CREATE INDEX `planned_actions_campaign_status_idx` ON `planned_actions` (`campaign_id`,`status`,`starts_at`);--> statement-breakpoint
CREATE TABLE `report_photos` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`path` text NOT NULL,
	`width` integer NOT NULL,
	`height` integer NOT NULL,
	`role` text DEFAULT 'photo' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `action_reports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `report_photos_report_idx` ON `report_photos` (`report_id`);