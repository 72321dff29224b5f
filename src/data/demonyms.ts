// Nationality and group adjectives: never places, never entities of their own ("Russian" in
// "Russian President Vladimir Putin" qualifies a role). Countries' demonyms come from world-countries.
import { countryDemonyms } from './countries.generated.js';

const groupWords = [
  'american', 'americans', 'british', 'french', 'dutch', 'swiss', 'greek', 'thai', 'irish', 'welsh',
  'scottish', 'english', 'danish', 'swedish', 'finnish', 'polish', 'turkish', 'spanish', 'czech',
  'slovak', 'iraqi', 'israeli', 'pakistani', 'saudi', 'kuwaiti', 'qatari', 'yemeni', 'omani', 'emirati',
  'afghan', 'afghans', 'bangladeshi', 'nepali', 'filipino', 'filipinos', 'chinese', 'japanese',
  'vietnamese', 'taiwanese', 'lebanese', 'sudanese', 'portuguese', 'maltese', 'european', 'europeans', 'asian', 'african', 'arab', 'arabs', 'arabic',
  'soviet', 'nordic', 'baltic', 'latino', 'hispanic', 'jewish', 'muslim', 'muslims', 'christian',
  'christians', 'catholic', 'catholics', 'protestant', 'buddhist', 'hindu', 'sikh', 'kurdish', 'kurds',
  'scots', 'brits', 'swiss', 'belarusian', 'belarusians', 'uzbek', 'kazakh', 'tajik', 'mongolian',
  'democrat', 'democrats', 'republican', 'republicans', 'democratic', 'conservative', 'conservatives',
  'liberal', 'liberals', 'socialist', 'communist', 'tory', 'tories', 'ukrainians',
];
const demonyms: ReadonlySet<string> = new Set([...groupWords, ...countryDemonyms.map((word) => word.toLowerCase())]);

/** "Russian", "Ukrainians", "Canadian", "Israeli": nationality and group adjectives. */
export function isDemonym(word: string): boolean {
  return demonyms.has(word.toLowerCase());
}
