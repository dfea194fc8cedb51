// Kept in JavaScript: `import.meta.url` is how webpack 5 finds and bundles a worker, and the
// project's TypeScript (CommonJS for Node and jest) cannot compile it. Only the pages import this.
export function spawnCheckWorker() {
  return new Worker(new URL("./check-worker.ts", import.meta.url), { name: "report-check-engine" });
}
