ALTER TABLE `action_reports` ADD `consent_version` text;--> statement-breakpoint
ALTER TABLE `planned_actions` ADD `consent_version` text;