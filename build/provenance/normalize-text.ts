/** Collapses every run of whitespace to one space: the only liberty a quote may take. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
