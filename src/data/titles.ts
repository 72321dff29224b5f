// Titles and honorifics that stand before a name and become the entity's roles, never its name.
// "Joint Chiefs Chairman General Mark Milley" → roles "Joint Chiefs Chairman", "General".

/** Offices: the head word of a role ("Secretary", "press secretary", "Minister of Defense"). */
export const officeTitles: ReadonlySet<string> = new Set([
  'president', 'vice-president', 'president-elect', 'secretary', 'secretary-general', 'minister',
  'chairman', 'chairwoman', 'chair', 'chairperson', 'chief', 'director', 'director-general', 'spokesman',
  'spokeswoman', 'spokesperson', 'ambassador', 'envoy', 'governor', 'mayor', 'senator', 'representative',
  'congressman', 'congresswoman', 'chancellor', 'premier', 'speaker', 'leader', 'commissioner', 'ceo',
  'cfo', 'coo', 'founder', 'co-founder', 'coach', 'manager', 'head', 'king', 'queen', 'prince',
  'princess', 'emperor', 'pope', 'bishop', 'archbishop', 'cardinal', 'judge', 'justice', 'attorney',
  'prosecutor', 'counsel', 'adviser', 'advisor', 'aide', 'official', 'analyst', 'economist', 'professor',
  'lawmaker', 'legislator', 'sheriff', 'commander', 'executive', 'deputy', 'administrator', 'superintendent',
  'inspector', 'detective', 'officer', 'owner', 'editor', 'correspondent', 'reporter', 'columnist',
  'author', 'researcher', 'scientist', 'striker', 'midfielder', 'defender', 'goalkeeper', 'quarterback',
  'captain', 'candidate', 'nominee', 'member', 'mp', 'mep', 'delegate', 'activist', 'chef', 'actor',
  'actress', 'singer', 'rapper', 'star', 'champion', 'player', 'spokesmen',
]);

/** Ranks and honorifics: kept as roles of their own ("General"), split from the office before them. */
export const honorifics: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mx', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'lord',
  'lady', 'rev', 'rev.', 'reverend', 'father', 'sister', 'brother', 'rabbi', 'imam', 'sheikh', 'general',
  'gen', 'gen.', 'lt. gen.', 'maj. gen.', 'brig. gen.', 'admiral', 'adm', 'adm.', 'colonel', 'col', 'col.',
  'lieutenant', 'lt', 'lt.', 'major', 'maj', 'maj.', 'captain', 'capt', 'capt.', 'sergeant', 'sgt', 'sgt.',
  'corporal', 'cpl', 'cpl.', 'private', 'pvt', 'pvt.', 'marshal', 'field', 'sen', 'sen.', 'rep', 'rep.',
  'gov', 'gov.', 'pres', 'pres.', 'hon', 'hon.', 'st', 'st.', 'saint', 'president', 'senator', 'governor',
]);

/** Words that qualify a title without being a name: "former US President", "acting Defense Secretary". */
export const titleModifiers: ReadonlySet<string> = new Set([
  'former', 'acting', 'shadow', 'deputy', 'vice', 'assistant', 'associate', 'senior', 'junior', 'chief', 'top',
  'press', 'foreign', 'defense', 'defence', 'interior', 'finance', 'health', 'prime', 'general', 'executive',
  'managing', 'interim', 'first', 'lead', 'principal', 'national', 'security', 'state', 'attorney',
  'supreme', 'then', 'incoming', 'outgoing', 'late', 'ex', 'joint', 'military', 'communications',
  'economic', 'trade', 'treasury', 'energy', 'homeland', 'white', 'house', 'news', 'special',
  'high', 'the', 'of', 'regional', 'district', 'county', 'city', 'federal', 'opposition', 'party',
]);

/** Portfolios in "Minister of Defense", "Secretary of State": part of the role, not an entity. */
export const portfolios: ReadonlySet<string> = new Set([
  'defense', 'defence', 'state', 'foreign', 'affairs', 'finance', 'health', 'education', 'justice',
  'interior', 'labor', 'labour', 'agriculture', 'commerce', 'energy', 'transportation', 'transport',
  'treasury', 'homeland', 'security', 'veterans', 'trade', 'culture', 'environment', 'economy', 'the',
  'home', 'office', 'war', 'navy', 'army', 'air', 'force', 'housing', 'industry', 'information',
  'communications', 'tourism', 'sport', 'sports', 'science', 'technology', 'development', 'planning',
  'immigration', 'exchequer', 'staff',
]);
