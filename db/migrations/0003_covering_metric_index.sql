DROP INDEX `metric_history_run_key_step_idx`;--> statement-breakpoint
CREATE INDEX `metric_history_covering_idx` ON `metric_history` (`run_id`,`key`,`step`,`timestamp`,`value`);