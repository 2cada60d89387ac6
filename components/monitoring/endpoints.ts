/** The monitoring routes of the REST API and the monitoring page, built in one place so pages and components agree. */
const model = (modelName: string) => `/api/v1/models/${encodeURIComponent(modelName)}`;
const version = (modelName: string, versionNumber: number) => `${model(modelName)}/versions/${versionNumber}`;

export const monitoringEndpoints = {
  /** PUT a table (or `?dataset=name@version`) to set the version's reference. */
  reference: (modelName: string, versionNumber: number) => `${version(modelName, versionNumber)}/reference`,
  /** PATCH `{ kind }` to override how a reference column is read. */
  referenceColumn: (modelName: string, versionNumber: number, column: string) =>
    `${version(modelName, versionNumber)}/reference/columns/${encodeURIComponent(column)}`,
  /** POST a production batch. */
  batches: (modelName: string, versionNumber: number) => `${version(modelName, versionNumber)}/batches`,
  /** POST the labels of an earlier batch, in its row order. */
  batchLabels: (modelName: string, versionNumber: number, batchId: number) => `${version(modelName, versionNumber)}/batches/${batchId}/labels`,
  /** PUT the model's monitoring policy. */
  policy: (modelName: string) => `${model(modelName)}/monitoring-policy`,
};

/** The version's monitoring page, optionally opened on one batch. */
export function monitoringPagePath(modelName: string, versionNumber: number, batchId?: number | null): string {
  const path = `/models/${encodeURIComponent(modelName)}/versions/${versionNumber}/monitoring`;
  return batchId === undefined || batchId === null ? path : `${path}?batch=${batchId}`;
}
