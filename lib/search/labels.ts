/**
 * Names of the dataset's regions and organisations in both languages. The search index uses them
 * (so `Midden-Oosten`, `Middle East`, `Verenigde Naties` and `NAVO` find missions) and the popup
 * shows the region label in the UI language. Pure data.
 */
import type { Localized, Organisation, Region } from '../../data/schema';

export const REGION_LABELS: Record<Region, Localized> = {
  europe: { nl: 'Europa', en: 'Europe' },
  'middle-east': { nl: 'Midden-Oosten', en: 'Middle East' },
  'red-sea': { nl: 'Rode Zee', en: 'Red Sea' },
  africa: { nl: 'Afrika', en: 'Africa' },
  asia: { nl: 'Azië', en: 'Asia' },
  worldwide: { nl: 'Wereldwijd', en: 'Worldwide' },
  netherlands: { nl: 'Nederland', en: 'Netherlands' },
};

/** What people type for an organisation, in either language. `other` has no useful name. */
export const ORGANISATION_SEARCH_NAMES: Record<Organisation, readonly string[]> = {
  EU: ['EU', 'Europese Unie', 'European Union'],
  UN: ['VN', 'UN', 'Verenigde Naties', 'United Nations'],
  NATO: ['NAVO', 'NATO'],
  coalition: ['coalitie', 'coalition'],
  national: ['nationaal', 'national'],
  other: [],
};

/** Null where the mission has no region (see missionSchema). */
export function regionLabel(region: Region | null, lang: keyof Localized): string | null {
  return region === null ? null : REGION_LABELS[region][lang];
}
