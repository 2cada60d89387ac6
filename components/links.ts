/** Where a model and a version live in the app, built in one place. */
export const modelHref = (name: string) => `/models/${encodeURIComponent(name)}`;
export const versionHref = (name: string, version: number) => `${modelHref(name)}/versions/${version}`;
