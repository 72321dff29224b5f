// Organization cues: head words that make a capitalized name an organization, and well-known
// organizations that compromise's lexicon lacks ("the Pentagon", "the Kremlin").

export const organizationHeads: ReadonlySet<string> = new Set([
  'agency', 'conference', 'municipality', 'ministry', 'org', 'weekly', 'daily', 'monthly', 'quarterly', 'review', 'chronicle', 'observer', 'standard', 'mirror', 'express', 'courier', 'department', 'committee', 'commission', 'council', 'university', 'college',
  'school', 'institute', 'institution', 'foundation', 'association', 'society', 'party', 'bank', 'group',
  'company', 'corporation', 'corp', 'corp.', 'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'plc', 'co', 'co.',
  'gmbh', 'ag', 'sa', 'n.v.', 'nv', 'b.v.', 's.a.', 'ag.', 'plc.', 'l.p.', 'lp', 'llp', 'holdings', 'industries', 'airlines', 'airways', 'motors', 'systems',
  'technologies', 'labs', 'partners', 'capital', 'fund', 'trust', 'union', 'federation', 'league',
  'organization', 'organisation', 'board', 'bureau', 'office', 'service', 'services', 'authority',
  'administration', 'court', 'tribunal', 'parliament', 'senate', 'congress', 'assembly', 'cabinet',
  'government', 'army', 'navy', 'force', 'forces', 'guard', 'police', 'staff', 'chiefs', 'command',
  'corps', 'brigade', 'regiment', 'club', 'fc', 'team', 'times', 'post', 'journal', 'news', 'press',
  'herald', 'tribune', 'gazette', 'telegraph', 'guardian', 'network', 'broadcasting', 'television',
  'radio', 'magazine', 'media', 'studios', 'records', 'hospital', 'clinic', 'church', 'museum', 'library',
  'observatory', 'center', 'centre', 'program', 'programme', 'project', 'alliance', 'coalition',
  'movement', 'front', 'brigades', 'network', 'exchange', 'reserve', 'treasury', 'secretariat',
  'commission', 'mission', 'delegation', 'consortium', 'cooperative', 'initiative', 'academy', 'lab',
  'laboratory', 'laboratories', 'pharmaceuticals', 'energy', 'oil', 'petroleum', 'electric', 'foods',
  'group', 'computer', 'computers', 'aircraft', 'aerospace', 'airplanes', 'motor', 'steel', 'telecom', 'enterprises', 'ventures', 'entertainment', 'productions', 'games', 'software', 'semiconductor',
]);

/** Organizations often written as one bare word or acronym. Keys are lower case. */
export const knownOrganizations: ReadonlySet<string> = new Set([
  'pentagon', 'kremlin', 'white house', 'downing street', 'nato', 'un', 'u.n.', 'united nations', 'eu',
  'european union', 'cnn', 'bbc', 'reuters', 'ap', 'afp', 'fbi', 'cia', 'nsa', 'nasa', 'who', 'imf',
  'world bank', 'wto', 'opec', 'unhcr', 'unicef', 'congress', 'senate', 'parliament', 'fifa', 'ioc',
  'google', 'apple', 'microsoft', 'amazon', 'facebook', 'meta', 'twitter', 'boeing', 'airbus', 'eads',
  'hamas', 'hezbollah', 'taliban', 'al-qaeda', 'isis', 'interpol', 'europol', 'nhs', 'fda', 'cdc', 'sec',
  'pentagon’s', 'joint chiefs', 'general staff', 'state department', 'home office', 'bundestag', 'duma',
  'knesset', 'politburo', 'wikinews', 'wikipedia', 'xinhua', 'tass', 'al jazeera', 'bloomberg',
  'fed', 'red cross', 'red crescent', 'labour', 'labour party', 'toyota', 'samsung', 'sony', 'nintendo', 'intel', 'ibm', 'nokia', 'ericsson', 'volkswagen', 'ford',
  'general motors', 'gm', 'tesla', 'netflix', 'youtube', 'yahoo', 'ebay', 'paypal', 'uber', 'spacex',
]);

/** Short forms of one organization, keyed by a lower-cased form; the value is the shared key (a Map, as placeAliases). */
export const organizationAliases: ReadonlyMap<string, string> = new Map(Object.entries({
  fed: 'federal reserve', 'the fed': 'federal reserve', 'federal reserve': 'federal reserve',
  'federal reserve board': 'federal reserve', 'federal reserve system': 'federal reserve',
}));

/** Head words of events, which are neither organizations nor places: "Google Science Fair", "FIFA World Cup". */
export const eventHeads: ReadonlySet<string> = new Set([
  'fair', 'festival', 'expo', 'exhibition', 'championship', 'championships', 'cup', 'games', 'olympics',
  'awards', 'award', 'prize', 'summit', 'marathon', 'tournament', 'show', 'week', 'war', 'election',
  'elections', 'referendum', 'concert', 'gala', 'parade', 'carnival', 'biennale', 'series', 'open',
]);
