/**
 * Small, hand-made missions and terms for the matcher tests: independent of data/, which changes.
 * Names are modelled on the real ones; some (Ocean’s Shield) are made up to reach a rule.
 */
import type { Alias } from '../../data/schema';
import type { MatcherInput, MissionInput, TermInput } from '../../lib/matcher';

type AliasOptions = { needsContext?: boolean; sharedBy?: string[] };

export function alias(text: string, caseRule: Alias['case'], options: AliasOptions = {}): Alias {
  return {
    text,
    case: caseRule,
    needsContext: options.needsContext ?? false,
    ...(options.sharedBy ? { sharedBy: options.sharedBy } : {}),
    lang: 'any',
  };
}

export function mission(
  id: string,
  acronym: string,
  acronymCase: MissionInput['acronymCase'],
  aliases: Alias[] = [],
  countries: [nl: string, en: string][] = [],
): MissionInput {
  return { id, acronym, acronymCase, aliases, countries: countries.map(([nl, en]) => ({ nl, en })) };
}

const EUNAVFOR = ['atalanta', 'aspides', 'irini'];
const EUCAP_SAHEL = ['eucap-sahel-mali', 'eucap-sahel-niger'];
const EUCAP = ['eucap-sahel-mali', 'eucap-sahel-niger', 'eucap-somalia'];
const EUBAM = ['eubam-libya', 'eubam-moldova', 'eubam-rafah'];
const EUTM = ['eutm-mali', 'eutm-somalia'];

export const MISSIONS: MatcherInput = [
  mission(
    'unifil',
    'UNIFIL',
    'capitalized',
    [alias('United Nations Interim Force in Lebanon', 'insensitive')],
    [['Libanon', 'Lebanon']],
  ),
  mission(
    'untso',
    'UNTSO',
    'capitalized',
    [alias('United Nations Truce Supervision Organization', 'insensitive')],
    [
      ['Israël', 'Israel'],
      ['Libanon', 'Lebanon'],
      ['Syrië', 'Syria'],
      ['Egypte', 'Egypt'],
    ],
  ),
  mission('minusma', 'MINUSMA', 'capitalized', [], [['Mali', 'Mali']]),
  mission('emasoh', 'EMASOH', 'capitalized', [
    alias('European-led Maritime Awareness in the Strait of Hormuz', 'insensitive'),
  ]),
  mission('sole', 'SOLE', 'exact'),
  mission('kfor', 'KFOR', 'exact', [alias('Kosovo Force', 'insensitive')], [['Kosovo', 'Kosovo']]),
  mission(
    'atalanta',
    'EUNAVFOR Atalanta',
    'exact',
    [
      alias('Atalanta', 'exact', { needsContext: true }),
      alias('EU NAVFOR Atalanta', 'exact'),
      alias('Operatie Atalanta', 'insensitive'),
      alias('EUNAVFOR', 'exact', { sharedBy: EUNAVFOR }),
      alias('European Union Naval Force', 'insensitive', { sharedBy: EUNAVFOR }),
    ],
    [['Somalië', 'Somalia']],
  ),
  mission(
    'aspides',
    'EUNAVFOR Aspides',
    'exact',
    [
      alias('Aspides', 'exact', { needsContext: true }),
      alias('EUNAVFOR', 'exact', { sharedBy: EUNAVFOR }),
      alias('European Union Naval Force', 'insensitive', { sharedBy: EUNAVFOR }),
    ],
    [['Jemen', 'Yemen']],
  ),
  mission(
    'irini',
    'EUNAVFOR MED Irini',
    'exact',
    [
      alias('Irini', 'exact', { needsContext: true }),
      alias('Operation Irini', 'insensitive'),
      alias('EUNAVFOR MED', 'exact'),
      alias('EUNAVFOR', 'exact', { sharedBy: EUNAVFOR }),
      alias('European Union Naval Force', 'insensitive', { sharedBy: EUNAVFOR }),
    ],
    [['Libië', 'Libya']],
  ),
  mission(
    'althea',
    'EUFOR Althea',
    'exact',
    [alias('Althea', 'exact', { needsContext: true })],
    [['Bosnië en Herzegovina', 'Bosnia and Herzegovina']],
  ),
  mission(
    'eucap-sahel-mali',
    'EUCAP Sahel Mali',
    'capitalized',
    [alias('EUCAP Sahel', 'exact', { sharedBy: EUCAP_SAHEL }), alias('EUCAP', 'exact', { sharedBy: EUCAP })],
    [['Mali', 'Mali']],
  ),
  mission(
    'eucap-sahel-niger',
    'EUCAP Sahel Niger',
    'capitalized',
    [alias('EUCAP Sahel', 'exact', { sharedBy: EUCAP_SAHEL }), alias('EUCAP', 'exact', { sharedBy: EUCAP })],
    [['Niger', 'Niger']],
  ),
  mission(
    'eucap-somalia',
    'EUCAP Somalia',
    'exact',
    [alias('EUCAP', 'exact', { sharedBy: EUCAP })],
    [['Somalië', 'Somalia']],
  ),
  mission(
    'eubam-libya',
    'EUBAM Libya',
    'exact',
    [
      alias('EUBAM Libië', 'exact'),
      alias('EUBAM', 'exact', { sharedBy: EUBAM }),
      alias('European Union Border Assistance Mission', 'insensitive', { sharedBy: EUBAM }),
    ],
    [['Libië', 'Libya']],
  ),
  mission(
    'eubam-moldova',
    'EUBAM Moldova',
    'exact',
    [
      alias('EUBAM', 'exact', { sharedBy: EUBAM }),
      alias('European Union Border Assistance Mission', 'insensitive', { sharedBy: EUBAM }),
    ],
    [
      ['Moldavië', 'Moldova'],
      ['Oekraïne', 'Ukraine'],
    ],
  ),
  mission(
    'eubam-rafah',
    'EUBAM Rafah',
    'exact',
    [
      alias('EUBAM', 'exact', { sharedBy: EUBAM }),
      alias('European Union Border Assistance Mission', 'insensitive', { sharedBy: EUBAM }),
    ],
    [
      ['Palestijnse Gebieden', 'Palestinian Territories'],
      ['Egypte', 'Egypt'],
    ],
  ),
  mission(
    'eutm-mali',
    'EUTM Mali',
    'exact',
    [alias('European Union Training Mission in Mali', 'insensitive'), alias('EUTM', 'exact', { sharedBy: EUTM })],
    [['Mali', 'Mali']],
  ),
  mission(
    'eutm-somalia',
    'EUTM Somalia',
    'exact',
    [alias('EUTM', 'exact', { sharedBy: EUTM })],
    [['Somalië', 'Somalia']],
  ),
  // Made up: an alias with a typographic apostrophe, as an editor may type it.
  mission('ocean-shield', 'OOS', 'exact', [alias('Ocean’s Shield', 'insensitive')]),
];

export const TERMS: TermInput[] = [
  { id: 'vpd', acronym: 'VPD', case: 'exact' },
  { id: 'ocs', acronym: 'OCS', case: 'exact' },
  { id: 'vnvr', acronym: 'VNVR', case: 'exact' },
  // Same spelling as a mission: the mission wins.
  { id: 'unifil-term', acronym: 'UNIFIL', case: 'exact' },
  { id: 'sahel', acronym: 'Sahel', case: 'capitalized' },
];
