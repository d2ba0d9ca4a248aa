/**
 * The card's records for one page: asked for once (from the background, or bundled on the demo
 * page) and kept, so hovering a term again, or another term of the same mission, asks for nothing.
 * The sources and notes come with every answer; the latest are kept.
 */
import type { Mission, Notes, SourceDocument } from '../../data/schema';
import type { PageMatch } from '../dom/term-highlights';
import type { CardData, CardDataLoader } from './card-data';

export class CardDataCache {
  private readonly missions = new Map<string, Mission>();
  private sources: SourceDocument[] = [];
  private latestNotes: Notes | null = null;

  constructor(private readonly loadCardData: CardDataLoader) {}

  /** The sources the card cites, as of the last answer (none before the first). */
  get documents(): SourceDocument[] {
    return this.sources;
  }

  /** The dataset's notes, as of the last answer (null before the first). */
  get notes(): Notes | null {
    return this.latestNotes;
  }

  /**
   * These missions and glossary terms, with the sources and notes; null if they cannot be had.
   * Terms are always asked for: only missions are kept.
   */
  async load(missionIds: string[], termIds: string[]): Promise<CardData | null> {
    const missing = missionIds.filter((id) => !this.missions.has(id));
    if (missing.length === 0 && termIds.length === 0 && this.latestNotes) {
      return {
        missions: missionIds.map((id) => this.missions.get(id) as Mission),
        terms: [],
        documents: this.sources,
        notes: this.latestNotes,
      };
    }
    try {
      const data = await this.loadCardData({ missions: missing, terms: termIds });
      for (const m of data.missions) this.missions.set(m.id, m);
      this.sources = data.documents;
      this.latestNotes = data.notes;
      return { ...data, missions: missionIds.flatMap((id) => this.missions.get(id) ?? []) };
    } catch {
      return null;
    }
  }

  /** What the card of `match` needs: its mission(s), its glossary term, or (a reference) the sources. */
  forMatch(match: PageMatch): Promise<CardData | null> {
    if (match.kind === 'reference') return this.load([], []);
    return match.kind === 'term' ? this.load([], [match.id as string]) : this.load(match.candidates, []);
  }
}
