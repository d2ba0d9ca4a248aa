/**
 * DOM: gives a document or a shadow root our style sheets. Constructed sheets, added to its
 * adoptedStyleSheets (no CSP exemption needed); where the browser does not let the script
 * construct one (a content script in some browsers), <style> elements instead.
 */
export function adoptStyles(target: Document | ShadowRoot, ...css: string[]): void {
  const doc = isDocument(target) ? target : target.ownerDocument;
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
    const sheets = css.map((text) => {
      const sheet = new Sheet();
      sheet.replaceSync(text);
      return sheet;
    });
    // A new shadow root has none yet: assigned as they are, without reading the list back.
    const existing = target.adoptedStyleSheets;
    target.adoptedStyleSheets = existing.length > 0 ? [...existing, ...sheets] : sheets;
  } catch {
    const parent = isDocument(target) ? (target.head ?? target.documentElement) : target;
    for (const text of css) {
      const style = doc.createElement('style');
      style.textContent = text;
      parent.append(style);
    }
  }
}

function isDocument(target: Document | ShadowRoot): target is Document {
  return target.nodeType === 9;
}
