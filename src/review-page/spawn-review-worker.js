// Kept in JavaScript: `import.meta.url` is how webpack 5 finds and bundles a worker (see
// src/taskpane/worker/spawn-check-worker.js). Only the review page imports this.
export function spawnReviewWorker() {
  return new Worker(new URL("./review-worker.ts", import.meta.url), { name: "report-check-review" });
}
