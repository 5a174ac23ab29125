ALTER TABLE `petitions` ADD `closed_at` integer;--> statement-breakpoint
ALTER TABLE `signatures` ADD `anonymised_at` integer;