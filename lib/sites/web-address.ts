/** An address as a URL, if it parses and is of the web (or of one of `protocols`); else null. */
export function parseWebAddress(
  address: string | null | undefined,
  protocols: readonly string[] = ['http:', 'https:'],
): URL | null {
  if (!address) return null;
  try {
    const url = new URL(address);
    return protocols.includes(url.protocol) ? url : null;
  } catch {
    return null;
  }
}
