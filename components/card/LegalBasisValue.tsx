/** The legal basis as the Dutch source names it ("VNVR-resolutie 2749"); marked Dutch for screen readers in an English UI. */
export function LegalBasisValue({ value }: { value: string }) {
  return (
    <span class="mw-legal" lang="nl">
      {value}
    </span>
  );
}
