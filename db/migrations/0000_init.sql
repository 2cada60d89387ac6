CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text NOT NULL,
	`team` text,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE TABLE `experiments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`artifact_location` text,
	`lifecycle_stage` text DEFAULT 'active' NOT NULL,
	`tags` text DEFAULT '{}' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `experiments_name_unique` ON `experiments` (`name`);--> statement-breakpoint
CREATE TABLE `metric_history` (
	`run_id` integer NOT NULL,
	`key` text NOT NULL,
	`step` integer NOT NULL,
	`timestamp` integer NOT NULL,
	`value` real NOT NULL,
	FOREIGN KEY (`run_id`) REFERENCES `runs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `metric_history_run_key_step_idx` ON `metric_history` (`run_id`,`key`,`step`);--> statement-breakpoint
CREATE TABLE `run_metrics` (
	`run_id` integer NOT NULL,
	`key` text NOT NULL,
	`value` real NOT NULL,
	`step` integer DEFAULT 0 NOT NULL,
	`timestamp` integer NOT NULL,
	PRIMARY KEY(`run_id`, `key`),
	FOREIGN KEY (`run_id`) REFERENCES `runs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `run_params` (
	`run_id` integer NOT NULL,
	`key` text NOT NULL,
	`value` text NOT NULL,
	PRIMARY KEY(`run_id`, `key`),
	FOREIGN KEY (`run_id`) REFERENCES `runs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `run_tags` (
	`run_id` integer NOT NULL,
	`key` text NOT NULL,
	`value` text NOT NULL,
	PRIMARY KEY(`run_id`, `key`),
	FOREIGN KEY (`run_id`) REFERENCES `runs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uuid` text NOT NULL,
	`experiment_id` integer NOT NULL,
	`name` text NOT NULL,
	`status` text DEFAULT 'RUNNING' NOT NULL,
	`user_id` integer,
	`start_time` integer NOT NULL,
	`end_time` integer,
	`artifact_uri` text,
	`lifecycle_stage` text DEFAULT 'active' NOT NULL,
	FOREIGN KEY (`experiment_id`) REFERENCES `experiments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `runs_uuid_unique` ON `runs` (`uuid`);--> statement-breakpoint
CREATE INDEX `runs_experiment_idx` ON `runs` (`experiment_id`,`start_time`);--> statement-breakpoint
CREATE TABLE `artifacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`sha256` text NOT NULL,
	`size` integer NOT NULL,
	`content_type` text DEFAULT 'application/octet-stream' NOT NULL,
	`created_by_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `model_versions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `artifacts_version_file_idx` ON `artifacts` (`version_id`,`file_name`);--> statement-breakpoint
CREATE INDEX `artifacts_sha_idx` ON `artifacts` (`sha256`);--> statement-breakpoint
CREATE TABLE `datasets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`version` text NOT NULL,
	`content_hash` text NOT NULL,
	`row_count` integer,
	`location` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `datasets_name_version_idx` ON `datasets` (`name`,`version`);--> statement-breakpoint
CREATE TABLE `model_aliases` (
	`model_id` integer NOT NULL,
	`alias` text NOT NULL,
	`version_id` integer NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`model_id`, `alias`),
	FOREIGN KEY (`model_id`) REFERENCES `registered_models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`version_id`) REFERENCES `model_versions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `model_aliases_alias_idx` ON `model_aliases` (`alias`,`model_id`);--> statement-breakpoint
CREATE INDEX `model_aliases_version_idx` ON `model_aliases` (`version_id`);--> statement-breakpoint
CREATE TABLE `model_cards` (
	`version_id` integer PRIMARY KEY NOT NULL,
	`overview` text DEFAULT '' NOT NULL,
	`intended_use` text DEFAULT '' NOT NULL,
	`out_of_scope` text DEFAULT '' NOT NULL,
	`training_data` text DEFAULT '' NOT NULL,
	`evaluation_data` text DEFAULT '' NOT NULL,
	`limitations` text DEFAULT '' NOT NULL,
	`ethical_considerations` text DEFAULT '' NOT NULL,
	`caveats` text DEFAULT '' NOT NULL,
	`updated_by_id` integer,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `model_versions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`updated_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `model_tags` (
	`model_id` integer NOT NULL,
	`key` text NOT NULL,
	`value` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`model_id`, `key`),
	FOREIGN KEY (`model_id`) REFERENCES `registered_models`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `model_tags_key_value_idx` ON `model_tags` (`key`,`value`);--> statement-breakpoint
CREATE TABLE `model_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`model_id` integer NOT NULL,
	`version` integer NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'READY' NOT NULL,
	`stage` text DEFAULT 'development' NOT NULL,
	`run_id` integer,
	`source_uri` text,
	`artifact_sha256` text,
	`artifact_size` integer,
	`artifact_format` text,
	`input_signature` text,
	`output_signature` text,
	`code_repository` text,
	`code_commit` text,
	`created_by_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`model_id`) REFERENCES `registered_models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`run_id`) REFERENCES `runs`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `model_versions_model_version_idx` ON `model_versions` (`model_id`,`version`);--> statement-breakpoint
CREATE INDEX `model_versions_stage_idx` ON `model_versions` (`stage`,`model_id`);--> statement-breakpoint
CREATE INDEX `model_versions_run_idx` ON `model_versions` (`run_id`);--> statement-breakpoint
CREATE TABLE `registered_models` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`owner_id` integer NOT NULL,
	`team` text,
	`task_type` text NOT NULL,
	`framework` text DEFAULT '' NOT NULL,
	`risk_tier` text DEFAULT 'medium' NOT NULL,
	`last_version_number` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `registered_models_name_idx` ON `registered_models` (`name`);--> statement-breakpoint
CREATE INDEX `registered_models_updated_idx` ON `registered_models` (`updated_at`);--> statement-breakpoint
CREATE INDEX `registered_models_owner_idx` ON `registered_models` (`owner_id`);--> statement-breakpoint
CREATE INDEX `registered_models_team_idx` ON `registered_models` (`team`);--> statement-breakpoint
CREATE TABLE `version_datasets` (
	`version_id` integer NOT NULL,
	`dataset_id` integer NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`version_id`, `dataset_id`, `role`),
	FOREIGN KEY (`version_id`) REFERENCES `model_versions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`dataset_id`) REFERENCES `datasets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `model_version_tags` (
	`version_id` integer NOT NULL,
	`key` text NOT NULL,
	`value` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`version_id`, `key`),
	FOREIGN KEY (`version_id`) REFERENCES `model_versions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`actor_id` integer,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`before` text,
	`after` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit_log` (`entity_type`,`entity_id`,`id`);