/** Temporary folders for the tests that write files, each removed after its test. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const make = (name: string): string => mkdtempSync(path.join(tmpdir(), `report-check-${name}-`));
const remove = (dir: string): void => rmSync(dir, { recursive: true, force: true });

/** Runs `use` in a new temporary folder, and removes the folder whatever happens. */
export function inTempFolder<T>(name: string, use: (dir: string) => T): T {
  const dir = make(name);
  try {
    return use(dir);
  } finally {
    remove(dir);
  }
}

/**
 * Gives each test of the describe (or file) it is called in a new temporary folder, removed after
 * it; `made` gets the folder first, to keep it and put files in it.
 */
export const tempFolderForEachTest = (name: string, made: (dir: string) => void): void =>
  around(beforeEach, afterEach, name, made);

/** One temporary folder for all the tests of the describe (or file) it is called in, as tempFolderForEachTest. */
export const tempFolderForAllTests = (name: string, made: (dir: string) => void): void =>
  around(beforeAll, afterAll, name, made);

function around(
  before: typeof beforeEach,
  after: typeof afterEach,
  name: string,
  made: (dir: string) => void,
): void {
  let dir: string | undefined;
  before(() => {
    dir = make(name);
    made(dir);
  });
  after(() => {
    if (dir) remove(dir);
  });
}
