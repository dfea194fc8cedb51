/**
 * The longest value a message quotes whole. A cell or sentence quoted from a hostile file can be
 * megabytes: every output (the pane's card, the terminal, each CSV row and letter) would carry it.
 */
export const MAX_QUOTED = 300;

/** A value as a message quotes it: past MAX_QUOTED characters, its start and an ellipsis. */
const quoted = (value: unknown): string => {
  const text = String(value);
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text;
};

/** Fills `{name}` placeholders from data; a missing value leaves the placeholder visible. */
export function render(template: string, data: Readonly<Record<string, unknown>>): string {
  const parts = partsOf(template);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const value = data[parts[i]];
    out += (value === undefined || value === null ? `{${parts[i]}}` : quoted(value)) + parts[i + 1];
  }
  return out;
}

/**
 * A template split at its placeholders: text, name, text, … The messages are the rules' constant
 * words, and every finding renders two: each is split once.
 */
function partsOf(template: string): readonly string[] {
  let parts = split.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    // a caller's own templates must not grow this forever
    if (split.size >= 2000) split.clear();
    split.set(template, parts);
  }
  return parts;
}

const split = new Map<string, readonly string[]>();
