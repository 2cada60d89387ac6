/** Enumerations the UI needs for pickers, re-exported so pages never import db/ directly. */
export { DATASET_ROLES, RISK_TIERS, STAGES, TASK_TYPES, type RiskTier, type Stage, type TaskType } from '@/db/schema';
