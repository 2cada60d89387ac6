/** A time as people read it in records and messages: `2026-11-23 14:05 UTC`, the same for every reader. */
export const formatUtcMinute = (ms: number) => `${new Date(ms).toISOString().replace('T', ' ').slice(0, 16)} UTC`;
