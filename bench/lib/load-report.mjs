/** The load suite's console summary: one row per level with each kind's p95, then the sustained rate, the soak and any failures. */
export function printLoad(report) {
  const kinds = Object.keys(report.levels[0]?.kinds ?? {});
  console.table(
    Object.fromEntries(
      report.levels.map((l) => [
        `${l.connections} conn`,
        {
          'req/s': l.requestsPerSecond,
          'p50 ms': l.latencyMs?.p50,
          'p95 ms': l.latencyMs?.p95,
          'p99 ms': l.latencyMs?.p99,
          'max ms': l.latencyMs?.max,
          ...Object.fromEntries(kinds.map((k) => [`${k} p95`, l.kinds[k].latencyMs?.p95 ?? ''])),
          errors: l.errors,
          'RSS MB': l.serverRssMb.after,
        },
      ]),
    ),
  );
  const sustained = report.sustained;
  console.log(sustained ? `Sustained: ${sustained.requestsPerSecond} req/s at ${sustained.connections} connections (p95 ${sustained.p95Ms} ms).` : `Sustained: no level held p95 ≤ ${report.targets.p95Ms} ms without errors.`);
  const soak = report.soak;
  if (soak.skipped) console.log(`Soak skipped: ${soak.skipped}.`);
  else {
    const trend = soak.memory.trend;
    console.log(
      `Soak: ${soak.requestsPerSecond} req/s (target ${soak.targetRate}) for ${soak.seconds} s, p95 ${soak.latencyMs?.p95} ms, ${soak.errors} errors; ` +
        `RSS slope ${trend.slopeMbPerMinute} MB/min over ${trend.samples} samples after warm-up (first third ${trend.firstThirdMeanMb} MB, last ${trend.lastThirdMeanMb} MB): ${trend.verdict}.`,
    );
  }
  for (const run of [...report.levels, ...(soak.kinds ? [soak] : [])]) {
    for (const [kind, k] of Object.entries(run.kinds)) for (const failure of k.failures) console.error(`  ${kind}: ${failure}`);
    if (run.connectionErrors || run.timeouts) console.error(`  ${run.connectionErrors} connection errors, ${run.timeouts} timeouts`);
  }
  console.log(`Server RSS: ${report.serverMemory.rssStartMb} MB at start, ${report.serverMemory.rssPeakMb} MB peak, ${report.serverMemory.rssEndMb} MB at the end. Errors: ${report.errors}.`);
}
