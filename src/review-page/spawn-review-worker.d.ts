/** Starts a review worker (review-worker.ts), bundled by webpack as its own file. */
export function spawnReviewWorker(): Worker;
