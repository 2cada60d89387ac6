ALTER TABLE `run_metrics` ADD `points` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
UPDATE `run_metrics` SET `points` = (SELECT count(*) FROM `metric_history` h WHERE h.`run_id` = `run_metrics`.`run_id` AND h.`key` = `run_metrics`.`key`);
