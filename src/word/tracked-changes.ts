/// <reference types="office-js" />
/**
 * Writes as tracked changes: the clerk accepts or rejects each in Word's review pane. Where Word
 * can set the Track Changes mode (WordApi 1.4) it is turned on for the write and put back to what
 * it was afterwards, also when the write fails; where it cannot, the write runs as before and
 * says it was not tracked.
 */

export interface Tracked<T> {
  readonly value: T;
  /** The write was recorded as tracked changes. */
  readonly tracked: boolean;
}

/** Thrown when the write went through but Track Changes could not be turned off again. */
export class TrackingNotRestored extends Error {}

export async function withTrackedChanges<T>(
  context: Word.RequestContext,
  supported: boolean | undefined,
  write: () => Promise<T>,
): Promise<Tracked<T>> {
  if (!supported) return { value: await write(), tracked: false };
  const document = context.document.load("changeTrackingMode");
  await context.sync();
  const before = document.changeTrackingMode;
  if (before !== "Off") return { value: await write(), tracked: true }; // the clerk's own tracking: left as it is
  document.changeTrackingMode = "TrackAll"; // queued: goes to Word with the write's first sync
  let value: T;
  try {
    value = await write();
  } catch (error) {
    await restore(context, document, before).catch(() => undefined); // the write's error says more
    throw error;
  }
  await restore(context, document, before).catch((error: unknown) => {
    throw new TrackingNotRestored(`修订模式没能恢复为关闭，请在“审阅”选项卡中检查“修订”：${String(error)}`);
  });
  return { value, tracked: true };
}

async function restore(
  context: Word.RequestContext,
  document: Word.Document,
  mode: Word.ChangeTrackingMode | string,
): Promise<void> {
  document.changeTrackingMode = mode as Word.ChangeTrackingMode;
  await context.sync();
}
