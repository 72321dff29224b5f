// Places that compromise's lexicon lacks or mistypes ("Europe" as an organization), and the
// different spellings of one place ("US", "U.S.", "United States").

export const knownPlaces: ReadonlySet<string> = new Set([
  'england', 'scotland', 'wales', 'northern ireland', 'korea', 'europe', 'asia', 'africa', 'antarctica', 'australia', 'oceania', 'north america', 'south america',
  'latin america', 'central america', 'middle east', 'the middle east', 'eurasia', 'scandinavia',
  'balkans', 'caribbean', 'mediterranean', 'pacific', 'atlantic', 'arctic', 'siberia', 'crimea',
  'donbas', 'donbass', 'gaza', 'west bank', 'kashmir', 'taiwan', 'hong kong', 'macau', 'tibet',
  'kosovo', 'palestine', 'washington', 'moscow', 'kyiv', 'kiev', 'london', 'paris', 'berlin', 'beijing',
  'brussels', 'tokyo', 'new york', 'los angeles', 'san francisco', 'chicago', 'sydney', 'melbourne',
  'silicon valley', 'wall street', 'sub-saharan africa', 'southeast asia', 'east asia', 'south asia',
]);

/** Spellings of one place, keyed by a lower-cased form; the value is the shared key. (A Map, not an object: a name such as "Constructor" finds nothing in it.) */
export const placeAliases: ReadonlyMap<string, string> = new Map(Object.entries({
  us: 'united states', 'u.s.': 'united states', 'u.s': 'united states', usa: 'united states',
  'u.s.a.': 'united states', 'united states': 'united states', 'united states of america': 'united states',
  america: 'united states',
  uk: 'united kingdom', 'u.k.': 'united kingdom', britain: 'united kingdom', 'great britain': 'united kingdom',
  'united kingdom': 'united kingdom',
  uae: 'united arab emirates', 'u.a.e.': 'united arab emirates', 'united arab emirates': 'united arab emirates',
  ussr: 'soviet union', 'soviet union': 'soviet union',
  un: 'united nations', 'u.n.': 'united nations', 'united nations': 'united nations',
  eu: 'european union', 'e.u.': 'european union', 'european union': 'european union',
}));

/** Head words that make a capitalized name a place: "Grand Mosque", "Red Square", "Hudson River". */
export const placeHeads: ReadonlySet<string> = new Set([
  'mosque', 'cathedral', 'temple', 'palace', 'square', 'bridge', 'airport', 'station', 'park', 'stadium',
  'arena', 'tower', 'castle', 'street', 'avenue', 'road', 'boulevard', 'highway', 'river', 'lake',
  'mountain', 'mountains', 'mount', 'island', 'islands', 'bay', 'sea', 'ocean', 'gulf', 'valley', 'desert',
  'canal', 'strait', 'peninsula', 'coast', 'province', 'county', 'district', 'region', 'city', 'village',
  'town', 'harbour', 'harbor', 'port', 'beach', 'falls', 'forest', 'plaza', 'heights', 'hills', 'springs',
]);
