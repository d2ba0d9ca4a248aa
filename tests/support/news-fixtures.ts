/**
 * Text as news pages write it, for the matcher's unit tests and the in-page e2e pages alike. The
 * false friends are names that mean something else here: Atalanta the football club (next to a
 * surgeon's "operatie"), "sole" the English word and fish, Irini and Althea as first names, KFOR the
 * Oklahoma City television station. None of
 * their blocks holds a mission. The mission page names the same missions with context of their own.
 */

export type NewsPage = {
  host: string;
  path: string;
  lang: 'nl' | 'en';
  title: string;
  paragraphs: string[];
};

export const FALSE_FRIEND_PAGES: NewsPage[] = [
  {
    host: 'www.nu.nl',
    path: '/voetbal/atalanta-blessure',
    lang: 'nl',
    title: 'Atalanta-aanvaller Lookman moet onder het mes',
    paragraphs: [
      'Atalanta-aanvaller Ademola Lookman moet een operatie ondergaan aan zijn knie en mist de rest van het seizoen. Dat maakte de club uit Bergamo dinsdag bekend.',
      'De operatie vindt woensdag plaats in Milaan. Trainer Gian Piero Gasperini moet het daardoor in de Serie A en de Champions League zonder zijn topscorer doen.',
      'Atalanta staat na 25 speelrondes derde. De missie van de club is duidelijk: opnieuw Europees voetbal. Zondag speelt Atalanta uit bij AS Roma.',
      'Bij Atalanta is het al de tweede operatie dit seizoen: verdediger Giorgio Scalvini werd in oktober geopereerd aan zijn schouder. De defensie van Atalanta moet het sindsdien zonder hem stellen.',
    ],
  },
  {
    host: 'www.reuters.com',
    path: '/sports/soccer/atalanta-lookman',
    lang: 'en',
    title: 'Atalanta forward Lookman ruled out after knee surgery',
    paragraphs: [
      'Atalanta forward Ademola Lookman will miss the rest of the season after an operation on his knee, the Serie A club said on Tuesday.',
      'The 27-year-old was the sole reason Atalanta reached the Europa League final, and his absence is a blow to their mission of returning to the Champions League.',
      'Atalanta face Roma on Sunday. Their sole aim now, coach Gian Piero Gasperini said, is to finish in the top four.',
    ],
  },
  {
    host: 'www.reuters.com',
    path: '/lifestyle/dover-sole',
    lang: 'en',
    title: 'Dover sole with brown butter',
    paragraphs: [
      'Dover sole is the sole fish our chef would cook on the bone. Ask your fishmonger to skin the sole for you.',
      'Serve the sole with brown butter, capers and a squeeze of lemon: the sole secret is not to overcook it.',
    ],
  },
  {
    host: 'www.reuters.com',
    path: '/sports/athletics/papadopoulos',
    lang: 'en',
    title: 'Greece’s Irini Papadopoulos wins European 10,000m title',
    paragraphs: [
      'Irini Papadopoulos won the 10,000 metres at the European Championships in Rome on Friday, a year after an operation on her Achilles tendon.',
      'Irini, 24, said her mission had been simply to finish. "I did not think about the medal," Irini Papadopoulos told reporters.',
    ],
  },
  {
    host: 'nos.nl',
    path: '/artikel/handbal-reinhardt',
    lang: 'nl',
    title: 'Althea Reinhardt houdt Denemarken op koers',
    paragraphs: [
      'Keepster Althea Reinhardt redde twaalf ballen in de halve finale tegen Noorwegen. Denemarken speelt zondag de finale van het EK handbal.',
      'Althea Reinhardt kwam na een operatie aan haar schouder pas in november terug. "Mijn missie was fit zijn voor dit toernooi," zei Althea na afloop.',
      'Ook Althea Gibson, de eerste zwarte winnares van Wimbledon, werd in de uitzending genoemd.',
    ],
  },
  {
    host: 'www.reuters.com',
    path: '/world/us/oklahoma-tornadoes',
    lang: 'en',
    title: 'Tornadoes tear through central Oklahoma, killing two',
    paragraphs: [
      'At least two people were killed when tornadoes tore through central Oklahoma on Monday night, officials said, as the storm system moved east towards Arkansas.',
      'Aerial footage broadcast by Oklahoma City television station KFOR showed homes reduced to rubble and cars thrown into a field near Moore.',
      'KFOR-TV meteorologist Mike Morgan urged viewers to take shelter as a second storm approached after midnight.',
      'Oklahoma City Mayor David Holt told KFOR that crews would search the damaged neighbourhoods through the night. "This community has been through this before," he said.',
      'KFOR 4 News reported that power had been restored to most homes by Tuesday morning.',
    ],
  },
];

/** A news article naming missions by their bare names, each with context of its own, and the names found. */
export const MISSION_NEWS: NewsPage & { expected: [text: string, id: string][] } = {
  host: 'nos.nl',
  path: '/artikel/missies-verlengd',
  lang: 'nl',
  title: 'Kabinet verlengt bijdragen aan EU-missies',
  paragraphs: [
    'Nederland blijft twee stafofficieren leveren aan de EU-missie Atalanta, die piraterij bestrijdt in de Golf van Aden.',
    'De Atalanta-missie krijgt er een taak bij: ook wapensmokkel wordt in kaart gebracht.',
    'Het wapenembargo tegen Libië wordt op zee bewaakt door Irini. Nederland levert sinds 2022 geen militairen meer aan die operatie.',
    'In Bosnië blijft EUFOR actief; Althea bestaat sinds 2004.',
    'In Kosovo draagt Nederland bij aan KFOR, de NAVO-missie die ook in het nieuws van de Amerikaanse tv-zenders kwam.',
  ],
  expected: [
    ['Atalanta', 'eunavfor-atalanta'],
    ['Atalanta', 'eunavfor-atalanta'],
    ['Irini', 'eunavfor-med-irini'],
    ['EUFOR', 'eufor-althea'],
    ['Althea', 'eufor-althea'],
    ['KFOR', 'kfor'],
  ],
};
