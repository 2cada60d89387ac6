import { mlflowRoute } from '@/lib/mlflow/route';
import { callRoute } from './call-route';

/** Calls an MLflow endpoint as a client does: GET with query parameters, anything else with a JSON body. */
export const sendMlflow = (token: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', endpoint: string, body?: Record<string, unknown>) =>
  method === 'GET'
    ? callRoute(mlflowRoute.GET, token, { path: `/api/2.0/mlflow/${endpoint}?${new URLSearchParams(body as Record<string, string>)}`, params: { endpoint: endpoint.split('/') } })
    : callRoute(mlflowRoute[method], token, { method, path: `/ajax-api/2.0/mlflow/${endpoint}`, params: { endpoint: endpoint.split('/') }, body });
