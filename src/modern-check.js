// Loaded by taskpane.html and commands.html before their ES5 loader. An engine without ES2020
// syntax cannot parse this file, so the flag stays unset and the loader shows the "too old" path.
// (A file, not `new Function`, so the pages need no 'unsafe-eval' in their CSP.)
{
  const probe = { b: 1 };
  globalThis.reportCheckModern = (probe?.b ?? (async () => 0)) === 1;
}
