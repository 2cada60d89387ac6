CREATE TABLE `batch_columns` (
	`batch_id` integer NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`kind` text NOT NULL,
	`method` text NOT NULL,
	`threshold` real NOT NULL,
	`value` real,
	`drifted` integer NOT NULL,
	`missing_rate` real NOT NULL,
	`reference_missing_rate` real NOT NULL,
	`details` text NOT NULL,
	PRIMARY KEY(`batch_id`, `name`),
	FOREIGN KEY (`batch_id`) REFERENCES `monitoring_batches`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `batch_predictions` (
	`batch_id` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`data` blob NOT NULL,
	`dictionary` text,
	FOREIGN KEY (`batch_id`) REFERENCES `monitoring_batches`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `monitoring_alerts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version_id` integer NOT NULL,
	`kind` text NOT NULL,
	`subject` text DEFAULT '' NOT NULL,
	`severity` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`message` text NOT NULL,
	`occurrences` integer DEFAULT 1 NOT NULL,
	`first_batch_id` integer,
	`last_batch_id` integer,
	`first_seen_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	`details` text NOT NULL,
	`acknowledged_by_id` integer,
	`acknowledged_at` integer,
	`acknowledge_comment` text,
	`resolved_by_id` integer,
	`resolved_at` integer,
	`resolve_comment` text,
	FOREIGN KEY (`version_id`) REFERENCES `model_versions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`first_batch_id`) REFERENCES `monitoring_batches`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`last_batch_id`) REFERENCES `monitoring_batches`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`acknowledged_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resolved_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `monitoring_alerts_open_idx` ON `monitoring_alerts` (`version_id`,`kind`,`subject`) WHERE status <> 'resolved';--> statement-breakpoint
CREATE INDEX `monitoring_alerts_status_idx` ON `monitoring_alerts` (`status`,`last_seen_at`);--> statement-breakpoint
CREATE INDEX `monitoring_alerts_first_batch_idx` ON `monitoring_alerts` (`first_batch_id`);--> statement-breakpoint
CREATE INDEX `monitoring_alerts_last_batch_idx` ON `monitoring_alerts` (`last_batch_id`);--> statement-breakpoint
CREATE TABLE `monitoring_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version_id` integer NOT NULL,
	`reference_id` integer NOT NULL,
	`row_count` integer NOT NULL,
	`observed_at` integer NOT NULL,
	`received_at` integer NOT NULL,
	`sha256` text NOT NULL,
	`policy` text NOT NULL,
	`column_count` integer NOT NULL,
	`drifted_count` integer NOT NULL,
	`dataset_drift` integer NOT NULL,
	`performance` text,
	`labels_at` integer,
	`created_by_id` integer NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `model_versions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reference_id`) REFERENCES `monitoring_references`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `monitoring_batches_version_idx` ON `monitoring_batches` (`version_id`,`observed_at`);--> statement-breakpoint
CREATE INDEX `monitoring_batches_reference_idx` ON `monitoring_batches` (`reference_id`);--> statement-breakpoint
CREATE TABLE `monitoring_policies` (
	`model_id` integer PRIMARY KEY NOT NULL,
	`policy` text NOT NULL,
	`updated_by_id` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`model_id`) REFERENCES `registered_models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`updated_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `monitoring_references` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version_id` integer NOT NULL,
	`row_count` integer NOT NULL,
	`columns` text NOT NULL,
	`source` text NOT NULL,
	`dataset_id` integer,
	`sha256` text NOT NULL,
	`created_by_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `model_versions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`dataset_id`) REFERENCES `datasets`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `monitoring_references_version_idx` ON `monitoring_references` (`version_id`,`id`);--> statement-breakpoint
CREATE TABLE `reference_columns` (
	`reference_id` integer NOT NULL,
	`name` text NOT NULL,
	`sorted` blob,
	`counts` text,
	PRIMARY KEY(`reference_id`, `name`),
	FOREIGN KEY (`reference_id`) REFERENCES `monitoring_references`(`id`) ON UPDATE no action ON DELETE cascade
);
