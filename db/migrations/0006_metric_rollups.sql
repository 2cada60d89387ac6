CREATE TABLE `metric_rollups` (
	`run_id` integer NOT NULL,
	`key` text NOT NULL,
	`axis` text NOT NULL,
	`level` integer NOT NULL,
	`first_x` integer NOT NULL,
	`last_x` integer NOT NULL,
	`count` integer NOT NULL,
	`step_min` integer NOT NULL,
	`step_max` integer NOT NULL,
	`lo_step` integer NOT NULL,
	`lo_time` integer NOT NULL,
	`lo_value` real NOT NULL,
	`hi_step` integer NOT NULL,
	`hi_time` integer NOT NULL,
	`hi_value` real NOT NULL,
	PRIMARY KEY(`run_id`, `key`, `axis`, `level`, `first_x`),
	FOREIGN KEY (`run_id`) REFERENCES `runs`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
ALTER TABLE `run_metrics` ADD `rolled_up` integer DEFAULT 0 NOT NULL;