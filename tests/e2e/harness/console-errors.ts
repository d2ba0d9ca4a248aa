/** Errors seen in any browser context during a test; a test fails if any is unexpected. */
export class ConsoleErrors {
  readonly errors: string[] = [];
  add(where: string, message: string): void {
    this.errors.push(`[${where}] ${message}`);
  }
  /** Everything except the deliberate errors a test threw to prove capture works. */
  unexpected(deliberate: RegExp = /deliberate-test-error/u): string[] {
    return this.errors.filter((e) => !deliberate.test(e));
  }
}
