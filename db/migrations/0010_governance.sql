CREATE TABLE `approval_policies` (
	`model_id` integer PRIMARY KEY NOT NULL,
	`required_approvals` integer NOT NULL,
	`gates` text NOT NULL,
	`expiry_hours` integer NOT NULL,
	`updated_by_id` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`model_id`) REFERENCES `registered_models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`updated_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `deployments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`model_id` integer NOT NULL,
	`environment` text NOT NULL,
	`endpoint` text NOT NULL,
	`champion_version_id` integer NOT NULL,
	`challenger_version_id` integer,
	`challenger_weight` integer DEFAULT 0 NOT NULL,
	`kind` text DEFAULT 'deploy' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_by_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`model_id`) REFERENCES `registered_models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`champion_version_id`) REFERENCES `model_versions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`challenger_version_id`) REFERENCES `model_versions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `deployments_model_env_idx` ON `deployments` (`model_id`,`environment`,`id`);--> statement-breakpoint
CREATE TABLE `promotion_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`model_id` integer NOT NULL,
	`version_id` integer NOT NULL,
	`target_stage` text,
	`alias` text,
	`justification` text NOT NULL,
	`requested_by_id` integer NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`required_approvals` integer NOT NULL,
	`gate_settings` text NOT NULL,
	`gate_results` text NOT NULL,
	`approvals` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`decided_at` integer,
	FOREIGN KEY (`model_id`) REFERENCES `registered_models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`version_id`) REFERENCES `model_versions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`requested_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "promotion_requests_target_check" CHECK(target_stage IS NOT NULL OR alias IS NOT NULL)
);
--> statement-breakpoint
CREATE INDEX `promotion_requests_status_idx` ON `promotion_requests` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `promotion_requests_version_idx` ON `promotion_requests` (`version_id`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `promotion_requests_open_idx` ON `promotion_requests` (`version_id`) WHERE status = 'pending';--> statement-breakpoint
CREATE TABLE `protected_aliases` (
	`model_id` integer NOT NULL,
	`alias` text NOT NULL,
	`created_by_id` integer,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`model_id`, `alias`),
	FOREIGN KEY (`model_id`) REFERENCES `registered_models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `request_reviews` (
	`request_id` integer NOT NULL,
	`reviewer_id` integer NOT NULL,
	`decision` text NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`request_id`, `reviewer_id`),
	FOREIGN KEY (`request_id`) REFERENCES `promotion_requests`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reviewer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `stage_transitions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`model_id` integer NOT NULL,
	`version_id` integer NOT NULL,
	`from_stage` text NOT NULL,
	`to_stage` text NOT NULL,
	`cause` text NOT NULL,
	`request_id` integer,
	`actor_id` integer,
	`reason` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`model_id`) REFERENCES `registered_models`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`version_id`) REFERENCES `model_versions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`request_id`) REFERENCES `promotion_requests`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stage_transitions_model_idx` ON `stage_transitions` (`model_id`,`id`);--> statement-breakpoint
CREATE INDEX `stage_transitions_version_idx` ON `stage_transitions` (`version_id`,`id`);--> statement-breakpoint
ALTER TABLE `model_versions` ADD `retired_at` integer;--> statement-breakpoint
ALTER TABLE `model_versions` ADD `retired_reason` text;--> statement-breakpoint
ALTER TABLE `model_versions` ADD `artifacts_purged_at` integer;--> statement-breakpoint
ALTER TABLE `registered_models` ADD `retired_at` integer;--> statement-breakpoint
ALTER TABLE `registered_models` ADD `retired_reason` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `via` text;--> statement-breakpoint
ALTER TABLE `comments` ADD `request_id` integer REFERENCES promotion_requests(id) ON DELETE cascade;--> statement-breakpoint
CREATE INDEX `comments_request_idx` ON `comments` (`request_id`,`id`);