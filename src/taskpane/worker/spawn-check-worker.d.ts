/** Starts the engine worker (check-worker.ts), bundled by webpack as its own file. */
export function spawnCheckWorker(): Worker;
