/** Fills `{name}` placeholders from data; a missing value leaves the placeholder visible. */
export function render(template: string, data: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = data[name];
    return value === undefined || value === null ? whole : String(value);
  });
}
