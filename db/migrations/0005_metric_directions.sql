CREATE TABLE `metric_directions` (
	`model_id` integer NOT NULL,
	`key` text NOT NULL,
	`direction` text NOT NULL,
	PRIMARY KEY(`model_id`, `key`),
	FOREIGN KEY (`model_id`) REFERENCES `registered_models`(`id`) ON UPDATE no action ON DELETE cascade
);
