ALTER TABLE `action_reports` ADD `latitude` real;--> statement-breakpoint
ALTER TABLE `action_reports` ADD `longitude` real;--> statement-breakpoint
ALTER TABLE `action_reports` ADD `place_corrected` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `planned_actions` ADD `latitude` real;--> statement-breakpoint
ALTER TABLE `planned_actions` ADD `longitude` real;--> statement-breakpoint
ALTER TABLE `planned_actions` ADD `place_corrected` integer DEFAULT false NOT NULL;