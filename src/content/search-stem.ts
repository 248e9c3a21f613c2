/**
 * A light English stemmer shared by the lexicon build and the query reader, so both sides of a
 * match fold word forms the same way: "renovated", "renovating", "renovation" -> renov; "housing",
 * "houses" -> hous; "controlled" -> control. It only has to agree with itself, not be a word. Pure.
 */

/** "parks" -> "park", "cities" -> "city"; short words and "-ss", "-us", "-is", "-ws" words ("news") stay. */
export function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is|ws)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** English words that ask or join, never what is asked about: they carry no weight. */
export const ENGLISH_FILLER = new Set(
  `a an the of in on at to for by and or is are was were be been being will would should can could
  what which who whom how many much does do did there about with from this that these those it its
  plan plans mention mentions mentioned say says said show find me all any some when where why than
  vs versus compare compared comparison between get has have had built build planned planning
  five-year five year target name named list tell give happen happened going want know
  i my we our us you your near nearby still ever get got gonna anything something thing things kind
  happening soon next later future whether if it's i'm there's more most also very really please
  like such other along around across within into just only every each both either own then else
  being having doing done make made going goes come coming let`
    .split(/\s+/)
    .filter(Boolean),
);

/** Suffixes, longest first within each family; a stem keeps at least four letters (care is not car). */
const SUFFIXES = [
  'isations',
  'izations',
  'isation',
  'ization',
  'ations',
  'ation',
  'itions',
  'ition',
  'ments',
  'ment',
  'ness',
  'ating',
  'ated',
  'ates',
  'ate',
  'ions',
  'ion',
  'ings',
  'ing',
  'ied',
  'ers',
  'er',
  'ed',
  'ity',
  'ive',
  'ise',
  'ize',
  'al',
  'ly',
  'y',
  'e',
];

function strip(word: string): string {
  for (const suffix of SUFFIXES)
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  return word;
}

/** The stem of one lower-case English word. */
export function stem(word: string): string {
  if (word.length <= 4 || !/^[a-z]+$/.test(word)) return word;
  // Two passes: "elderly" -> elder -> eld, as "elder" -> eld; "buried" reads as "bury".
  let out = strip(strip(singular(word).replace(/(?<=^[a-z]{2,})ied$/, 'y')));
  // "controll" (from "controlled") -> control; "plann" -> plan.
  if (/([b-df-hj-np-tv-z])\1$/.test(out) && !out.endsWith('ss')) out = out.slice(0, -1);
  return out;
}

/** A phrase key with every word stemmed ("renovated old houses" -> "renov old hous"). */
export const stemKey = (key: string) => key.split(' ').map(stem).join(' ');
