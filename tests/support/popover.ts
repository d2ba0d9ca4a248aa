/**
 * happy-dom has no popover API: a stand-in where showPopover and hidePopover toggle an attribute
 * and `:popover-open` matches it. Like the browsers', showing an open popover (or hiding a closed
 * one) throws.
 */
const OPEN = 'data-test-popover-open';

export function installPopover(): void {
  const proto = HTMLElement.prototype as HTMLElement & { __testPopover?: boolean };
  if (proto.__testPopover) return;
  proto.__testPopover = true;
  proto.showPopover = function (this: HTMLElement) {
    if (this.hasAttribute(OPEN)) throw new DOMException('already open', 'InvalidStateError');
    this.setAttribute(OPEN, '');
  };
  proto.hidePopover = function (this: HTMLElement) {
    if (!this.hasAttribute(OPEN)) throw new DOMException('not open', 'InvalidStateError');
    this.removeAttribute(OPEN);
  };
  const matches = Element.prototype.matches;
  const patched = function (this: Element, selector: string): boolean {
    return selector === ':popover-open' ? this.hasAttribute(OPEN) : matches.call(this, selector);
  };
  Element.prototype.matches = patched as typeof Element.prototype.matches;
}
