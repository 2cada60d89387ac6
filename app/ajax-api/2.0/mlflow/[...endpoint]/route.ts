import { mlflowRoute } from '@/lib/mlflow/route';

/** MLflow's REST protocol over our experiments, runs and registry; see lib/mlflow. */
export const { GET, POST, PATCH, DELETE } = mlflowRoute;
