// Finding name mentions: runs of capitalized words, titles split off into roles, typed from
// lexicons, compromise's tags and the words around them.
import { honorifics, officeTitles, portfolios, titleModifiers } from '../../data/titles.js';
import { eventHeads, knownOrganizations, organizationHeads } from '../../data/organizations.js';
import { knownPlaces, placeAliases, placeHeads } from '../../data/places.js';
import { countryPlaces } from '../../data/countries.generated.js';
import { isDemonym } from '../../data/demonyms.js';
import { speechVerbs } from '../../data/speech-verbs.js';
import { isCommonWord } from '../../nlp.js';
import { remembered } from '../../remembered.js';
import { firstStartingFrom } from '../../spans.js';
import { lowerCleanOf } from '../caseless.js';
import { Matches, registerPatterns, startsOf } from '../word-starts.js';
import type { Document, EntityType, Sentence, Token } from '../../types.js';

export interface Mention {
  start: number;
  end: number;
  /** The name as written, without a possessive 's. */
  name: string;
  type: EntityType;
  /** How sure the type is: a title or lexicon beats compromise's guess, which beats a default. */
  evidence: number;
  roles: string[];
  /** The long form this acronym was defined with: "(USAF)" after "United States Air Force". */
  longForm?: string;
}

/** The user's lexicon, keyed by lower-cased name. */
export type LexiconMap = ReadonlyMap<string, EntityType>;

const countryPlaceSet: ReadonlySet<string> = new Set(countryPlaces.map((name) => name.toLowerCase()));

/** Lower-case words that may join capitalized words inside one name: "Bank of America". */
const nameConnectors = new Set(['of', 'for', 'de', 'da', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'bin', 'ibn', 'y', '&', 'on', 'and']);
/** Words that take "of" inside a name besides organization and place heads: "Republic of Korea". */
const ofNames = new Set([
  'republic', 'kingdom', 'state', 'states', 'isle', 'isles', 'duke', 'duchess', 'earl', 'prince', 'princess',
  'house', 'daughters', 'sons', 'friends', 'order', 'knights', 'church', 'bank', 'museum', 'gulf', 'sea',
  'bay', 'cape', 'strait', 'port', 'court', 'city', 'province', 'commonwealth', 'emirate', 'people',
  'minister', 'secretary', 'chief', 'head', 'director', 'president', 'chairman', 'speaker', 'archbishop',
  'bishop', 'mayor', 'governor', 'queen', 'king', 'museum', 'festival', 'battle', 'siege', 'treaty',
  'declaration', 'statue', 'tower', 'institute', 'academy', 'college', 'university', 'school', 'hall',
]);


/** Words of a match report; a document with several of them is about sport. */
const sportsCues = /\b(?:goals?|scored|scoring|striker|midfielder|goalkeeper|penalty|half-time|halftime|kick-off|World Cup|group stage|quarter-final|semi-final|referee|yellow card|red card|equaliser|equalizer|match(?:es)?|squad|tournament|innings|wicket|touchdown)\b/gi;
const MIN_SPORTS_CUES = 5;
/** Where the cues' starts are in what startsOf gives (../word-starts.ts), and the pattern's sticky copy. */
const firstSportsCue = registerPatterns([sportsCues]);
const stickySportsCues = new RegExp(sportsCues.source, `${sportsCues.flags}y`);

/** Words that name an institution after "the": "the Crown", "the Church", "the Fed". */
const institutions = new Set(['crown', 'church', 'state', 'court', 'senate', 'congress', 'parliament', 'government', 'army', 'navy', 'police', 'council', 'commission', 'assembly', 'cabinet', 'kremlin', 'vatican', 'pentagon', 'administration', 'treasury', 'ministry', 'department', 'party', 'union', 'league', 'club', 'board']);

/** Second halves of compound modifiers, never of a name: "Kharkiv-based", "Kremlin-backed". */
const compoundSuffixes = new Set(['based', 'led', 'born', 'owned', 'run', 'backed', 'made', 'style', 'era', 'like', 'related', 'linked', 'speaking', 'funded', 'controlled', 'bound', 'wide', 'area', 'level', 'year', 'old', 'long', 'class', 'critic', 'critics', 'shaped', 'inspired', 'sponsored', 'allied', 'aligned', 'friendly', 'free']);

/** Prepositions before a place: "fled to Przemysl", "troops in Kharkiv". */
const placePrepositions = new Set(['in', 'across', 'near', 'outside', 'throughout']);

/** Nations that field teams without being states of the countries list. */
const nationsAndRegions = new Set(['england', 'scotland', 'wales', 'northern ireland', 'korea', 'south korea', 'north korea']);

/** Time zone abbreviations that follow clock times. */
const timeZones = new Set(['GMT', 'UTC', 'BST', 'CET', 'CEST', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'IST', 'JST', 'AEST', 'AEDT']);
/** Words that open the name of a weather event: "Storm Nia", "Hurricane Katrina". */
const eventOpeners = new Set(['storm', 'hurricane', 'typhoon', 'cyclone', 'tropical', 'operation']);

/** Labels of captions and credits: "Image:", "Photo:", "Source:". */
const labelWords = new Set(['image', 'photo', 'picture', 'video', 'source', 'credit', 'credits', 'caption', 'note', 'update', 'updated', 'editor', 'file', 'map', 'graphic', 'audio', 'listen', 'watch']);

/** Capitalized words that start sentences without naming anything. */
const sentenceStarters = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'there', 'here', 'it', 'its', 'he', 'she', 'they',
  'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'in', 'on', 'at', 'for', 'from', 'with',
  'by', 'of', 'to', 'as', 'after', 'before', 'during', 'since', 'until', 'while', 'when', 'where', 'why',
  'how', 'what', 'who', 'which', 'if', 'but', 'and', 'or', 'so', 'yet', 'also', 'however', 'meanwhile',
  'despite', 'although', 'though', 'because', 'according', 'more', 'most', 'many', 'some', 'several',
  'few', 'all', 'both', 'each', 'every', 'other', 'another', 'such', 'no', 'not', 'now', 'then', 'today',
  'yesterday', 'tomorrow', 'last', 'next', 'will', 'would', 'may', 'might', 'can', 'could', 'should',
  'must', 'shall', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'be', 'been',
  'leaders', 'officials', 'police', 'experts', 'critics', 'residents', 'authorities', 'sources',
  'analysts', 'people', 'one', 'two', 'three', 'earlier', 'later', 'under', 'over', 'about', 'against',
  'among', 'between', 'without', 'within', 'through', 'image', 'photo', 'video', 'read', 'also',
  'further', 'additionally', 'instead', 'indeed', 'still', 'even', 'only', 'just', 'once', 'again',
  'senior', 'former', 'new', 'old', 'local', 'federal', 'national', 'international', 'western', 'eastern',
  'northern', 'southern', 'following', 'including', 'unlike', 'like', 'amid', 'near', 'inside', 'outside',
]);

const functionTags = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Modal', 'Copula', 'QuestionWord'];

/** An upper-case first letter; ASCII is answered without the Unicode pattern (this runs several times a word). */
const isCapitalized = (token: Token) => {
  const first = token.text.charCodeAt(0);
  return first < 128 ? first >= 65 && first <= 90 : /^[\p{Lu}]/u.test(token.text);
};
/** Whether the text holds a letter; ASCII is answered without the Unicode pattern. */
function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return /\p{L}/u.test(text);
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return true;
  }
  return false;
}

/** A word of a name: letters with inner dots, apostrophes or hyphens, never "US$40". */
const isWord = (text: string) => /^[\p{L}][\p{L}\p{M}.'’&-]*$/u.test(text);
/** A model designation: "A380", "737-800", "787", "A400M", "737s". */
const isModel = (text: string) => /^[A-Z]{0,3}\d{2,4}(?:-\d{2,4})?[A-Z]{0,3}s?$/.test(text) && !/^(1[6-9]|20)\d\d$/.test(text);
const isAcronym = (text: string) => /^(?:[A-Z]\.){2,}$|^[A-Z][A-Z&]{1,5}$/.test(text);
const isDateWord = (token: Token) => token.tags.has('Month') || token.tags.has('WeekDay') || token.tags.has('Date') && !token.tags.has('ProperNoun');
/** Month names that are also other words ("March", "May"): a month before a day or year, or after "in". */
const ambiguousMonths = new Set(['march', 'may']);
const monthPrepositions = new Set(['in', 'since', 'until', 'by', 'during', 'early', 'late', 'mid', 'last', 'next', 'this', 'from', 'through']);
function isAmbiguousMonth(tokens: readonly Token[], index: number): boolean {
  const [before, token, next] = [tokens[index - 1], tokens[index], tokens[index + 1]];
  if (!ambiguousMonths.has(token.normal)) return false;
  const joined = /^\s*$/.test(token.post);
  // "March 3", "May 2019"
  if (joined && next && /^\d{1,4}(?:st|nd|rd|th)?$/.test(next.text)) return true;
  // "in March", "since May," — but not "in May Hill" or "Theresa May"
  return Boolean(before && monthPrepositions.has(before.normal) && !(joined && next && /^\p{Lu}/u.test(next.text)));
}

/** Office titles and honorifics, the latter also without their full stop ("Dr" of "Dr."). */
const titleWords: ReadonlySet<string> = new Set([...officeTitles, ...honorifics, ...[...honorifics].filter((word) => word.endsWith('.')).map((word) => word.slice(0, -1))]);

function isTitleWord(doc: Document, index: number, end: number): boolean {
  const token = doc.tokens[index];
  if (!titleWords.has(token.normal)) return false;
  // "General Staff", "Attorney General's Office": a title word inside an organization's name
  const next = index + 1 < end ? doc.tokens[index + 1] : undefined;
  if (next && isCapitalized(next) && organizationHeads.has(next.normal) && !officeTitles.has(next.normal)) return false;
  return true;
}

/** Ends a run: punctuation between two words, except "U.S." dots, "Mr." and "Secretary-General". */
function breaksAfter(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const gap = token.post + (tokens[index + 1]?.pre ?? '');
  if (gap === '' || gap === ' ' || gap === '-' || gap === '‐') return false;
  if (/^\.\s$/.test(gap) && (honorifics.has(`${token.normal}.`) || /^[A-Z]$/.test(token.text))) return false;
  return /[^\s]/.test(gap) || /\n/.test(gap);
}

function lexiconType(name: string, lexicon: LexiconMap): EntityType | null {
  const lower = name.toLowerCase();
  const fromUser = lexicon.get(lower);
  if (fromUser) return fromUser;
  return builtInType(lower);
}

const unitedBodies = new Set(['un', 'u.n.', 'united nations', 'eu', 'e.u.', 'european union']);
/** What our own lists make of a lower-cased name, kept per name: asked again and again of the same words. */
const builtInType = remembered(50_000, (lower: string): EntityType | null => {
  const alias = placeAliases.has(lower);
  if (alias && !unitedBodies.has(lower)) return 'place';
  if (knownOrganizations.has(lower) || alias) return 'organization';
  if (knownPlaces.has(lower) || countryPlaceSet.has(lower)) return 'place';
  return null;
});

function tagType(tokens: Token[]): EntityType | null {
  const has = (tag: string) => tokens.some((token) => token.tags.has(tag));
  const last = tokens[tokens.length - 1];
  // "Polaroids", "USI": a plural or an acronym is no one's name
  const personLike = has('Person') && !/[^s]s$/.test(last.text) && !isAcronym(last.text);
  // "Valeska Paris": a first name makes a person of a name that ends like a city
  if (tokens.length >= 2 && tokens.length <= 3 && tokens[0].tags.has('FirstName') && !organizationHeads.has(last.normal)) return 'person';
  if (personLike && !has('Place') && !has('Organization')) return 'person';
  // "Air France", "Garuda Indonesia": a country inside a longer name does not make it a place
  const placeTagged = (token: Token) => token.tags.has('Country') || token.tags.has('City') || token.tags.has('Region') || token.tags.has('Place');
  if (placeTagged(last) && (tokens.length === 1 || !tokens.some((token) => organizationHeads.has(token.normal) || airlineStarts.has(token.normal))) && !has('Organization')) return 'place';
  if ((has('Country') || has('City') || has('Region')) && tokens.length === 1) return 'place';
  if (has('Organization')) return 'organization';
  if (personLike) return 'person';
  return null;
}

/** Company suffixes written with a dot that belongs to the name. */
const companySuffixes = new Set(['inc', 'corp', 'ltd', 'co', 'bros', 'plc', 'jr', 'sr', 'n.v', 's.a', 'ag', 'llc']);

/** First words of airline and carrier names: "Air France", "Aer Lingus". */
const airlineStarts = new Set(['air', 'aer', 'aero']);

/** The length of a possessive ending: 2 for "'s" ("Biden's", "CNN'S"), 1 for "s'" ("the Smiths'"), else 0. */
function possessiveLength(text: string): number {
  const last = text.charCodeAt(text.length - 1);
  const before = text.charCodeAt(text.length - 2);
  if ((last === 115 || last === 83) && (before === 39 || before === 0x2019)) return 2;
  return (last === 39 || last === 0x2019) && before === 115 ? 1 : 0;
}

/** The text with each run of white space made one space: "Bank of\nEngland" → "Bank of England". */
function singleSpaced(text: string): string {
  // most names have single spaces only: no new string made
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 ? text.charCodeAt(i + 1) === 32 : code <= 32 || code >= 0xa0) return text.replace(/\s+/g, ' ');
  }
  return text;
}

/** A full stop, a colon or an opening quote: a capital after one says nothing. */
const sentenceMarks = /[.!?:"“‘]/;

interface Run {
  first: number;
  /** One past the last token. */
  end: number;
}

export class MentionFinder {
  readonly mentions: Mention[] = [];

  constructor(
    private readonly doc: Document,
    private readonly lexicon: LexiconMap,
  ) {}

  /** Words seen capitalized inside a sentence somewhere in the document: "the Federal Reserve". */
  private readonly capitalizedInside = new Set<string>();
  /** Capitalized words standing alone between lower-case words: "…, Lukaku scored a third goal". */
  private readonly usedAlone = new Set<string>();
  /** Capitalized words that speak: "Paris claims she was…", "Kirby said". */
  private readonly speakers = new Set<string>();

  find(): Mention[] {
    const { tokens } = this.doc;
    for (const sentence of this.doc.sentences) {
      for (let i = sentence.firstToken + 1; i < sentence.endToken; i++) {
        if (!isCapitalized(tokens[i])) continue;
        // after a full stop, a colon or an opening quote a capital says nothing: ‘said "All those…’
        if (!(sentenceMarks.test(tokens[i - 1].post) || sentenceMarks.test(tokens[i].pre))) this.capitalizedInside.add(tokens[i].normal);
        const next = tokens[i + 1];
        if (!isCapitalized(tokens[i - 1]) && (!next || !isCapitalized(next) || i + 1 >= sentence.endToken)) this.usedAlone.add(tokens[i].normal);
      }
      // "Mertens scored.": a name alone at the start, before a verb
      const opener = tokens[sentence.firstToken];
      const second = tokens[sentence.firstToken + 1];
      if (opener && second && isCapitalized(opener) && !isCommonWord(opener.text) && second.tags.has('Verb') && !/^[A-Z]/.test(second.text)) {
        this.usedAlone.add(opener.normal);
      }
      for (let i = sentence.firstToken; i < sentence.endToken - 1; i++) {
        const verb = tokens[i + 1].normal === 'also' ? tokens[i + 2] : tokens[i + 1];
        if (isCapitalized(tokens[i]) && verb && speechVerbs.has(verb.normal) && !breaksAfter(tokens, i)) this.speakers.add(tokens[i].normal);
      }
    }
    for (const sentence of this.doc.sentences) {
      const headline = this.isHeadline(sentence);
      for (const run of this.runsOf(sentence)) this.readRun(run, sentence, headline);
    }
    this.typeFromConjuncts();
    this.linkAcronyms();
    this.countriesAsTeams();
    this.applyLexicon();
    return this.mentions;
  }

  /**
   * The user's lexicon has the last word: its names are found wherever they stand as whole words
   * (outside other mentions) and its types replace every guess.
   */
  private applyLexicon() {
    if (this.lexicon.size === 0) return;
    const { clean } = this.doc;
    for (const mention of this.mentions) {
      const type = this.lexicon.get(mention.name.toLowerCase());
      if (type) [mention.type, mention.evidence] = [type, 5];
    }
    for (const [name, type] of this.lexicon) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'giu');
      for (let match = pattern.exec(clean); match; match = pattern.exec(clean)) {
        const start = match.index;
        const end = start + match[0].length;
        if (this.mentions.some((mention) => mention.start < end && start < mention.end)) continue;
        this.mentions.push({ start, end, name: singleSpaced(this.doc.text.slice(start, end)), type, evidence: 5, roles: [] });
      }
    }
  }

  /**
   * In a match report a country names its team, an organization (as CoNLL-2003 annotates it):
   * "Sweden defeated South Korea 1 – 0", "putting Sweden 1 – 0 up". Not "at the stadium in Kazan".
   */
  private countriesAsTeams() {
    // (ASCII letters lowered, the same matches for a pattern with the i flag)
    const lower = lowerCleanOf(this.doc);
    const cues = new Matches(sportsCues, stickySportsCues, lower, startsOf(lower)[firstSportsCue]);
    let count = 0;
    while (count < MIN_SPORTS_CUES && cues.next()) count++;
    if (count < MIN_SPORTS_CUES) return;
    for (const mention of this.mentions) {
      const name = mention.name.toLowerCase();
      if (mention.type !== 'place' || !(countryPlaceSet.has(name) || nationsAndRegions.has(name))) continue;
      const before = this.doc.clean.slice(Math.max(0, mention.start - 8), mention.start);
      if (/\b(?:in|at|from|near|across|visit|visited)\s+$/i.test(before)) continue;
      mention.type = 'organization';
      mention.evidence = 4;
    }
  }

  /**
   * "the United States Air Force (USAF)": an acronym in brackets names what comes before it when
   * its letters are the initials of those words. A long form that is no name ("Maintenance,
   * Repair and Overhaul (MRO)") takes its capitalized words out of the entities.
   */
  private linkAcronyms() {
    const { clean } = this.doc;
    const bracketed = (mention: Mention) => clean[mention.start - 1] === '(' && clean[mention.end] === ')';
    // most documents have no name in brackets
    if (!this.mentions.some(bracketed)) return;
    // Indexes built once: sorted by start for the names before a bracket, by name for every use
    const sorted = [...this.mentions].sort((a, b) => a.start - b.start);
    const byName = new Map<string, Mention[]>();
    for (const mention of this.mentions) {
      const named = byName.get(mention.name);
      if (named) named.push(mention);
      else byName.set(mention.name, [mention]);
    }
    const removed = new Set<Mention>();
    const linked = new Set<string>();
    for (const acronym of sorted) {
      if (!bracketed(acronym) || removed.has(acronym) || linked.has(acronym.name)) continue;
      const letters = acronym.name.replace(/\./g, '');
      if (!/^[A-Z]{2,8}$/.test(letters)) continue;
      const before = clean.slice(Math.max(0, acronym.start - 160), acronym.start - 1);
      const words = [...before.matchAll(/[\p{L}][\p{L}.'’-]*/gu)];
      // The shortest run of words ending before the bracket whose initials hold the letters in order
      let longStart = -1;
      for (let k = 1; k <= Math.min(words.length, 10) && longStart < 0; k++) {
        const run = words.slice(words.length - k);
        if (run[0][0][0] !== letters[0]) continue;
        const initials = run.filter((word) => /^[\p{Lu}]/u.test(word[0])).map((word) => word[0][0]).join('');
        let position = 0;
        for (const initial of initials) if (initial === letters[position]) position++;
        if (position === letters.length) longStart = acronym.start - 1 - before.length + run[0].index!;
      }
      if (longStart < 0) continue;
      const inside: Mention[] = [];
      for (let i = firstStartingFrom(sorted, longStart); i < sorted.length && sorted[i].start < acronym.start - 1; i++) {
        if (sorted[i].end <= acronym.start - 1 && !removed.has(sorted[i])) inside.push(sorted[i]);
      }
      const whole = inside.find((mention) => mention.start === longStart || (mention.start <= longStart + 4 && inside.length === 1));
      if (whole && inside.length === 1) {
        // every use of the acronym, before its definition too ("EADS defeat Boeing…")
        linked.add(acronym.name);
        for (const mention of byName.get(acronym.name) ?? []) {
          mention.longForm = whole.name;
          mention.type = whole.type;
          mention.evidence = Math.max(mention.evidence, whole.evidence);
        }
      } else {
        for (const mention of inside) removed.add(mention);
        acronym.type = 'other';
        acronym.evidence = 3;
      }
    }
    if (removed.size === 0) return;
    let kept = 0;
    for (const mention of this.mentions) if (!removed.has(mention)) this.mentions[kept++] = mention;
    this.mentions.length = kept;
  }

  /**
   * A name of unknown or guessed type listed with an organization is one too: "Northrop Grumman
   * and Airbus", "Boeing and Lockheed Martin".
   */
  private typeFromConjuncts() {
    const sorted = [...this.mentions].sort((a, b) => a.start - b.start);
    // A list passes the type along: "Dries Mertens, Thibaut Courtois and Eden Hazard"
    for (let pass = 0; pass < 3; pass++) this.typeListedNames(sorted);
  }

  private typeListedNames(sorted: Mention[]) {
    for (let i = 0; i < sorted.length; i++) {
      const mention = sorted[i];
      if (mention.evidence > 1) continue;
      for (const neighbour of [sorted[i - 1], sorted[i + 1]]) {
        if (!neighbour) continue;
        // "Ansel Adams, Chuck Close, Walker Evans": a two- or three-word name listed with people
        const listedPerson = neighbour.type === 'person' && mention.type === 'other' && /^\S+(?:\s\S+){1,2}$/.test(mention.name);
        if (!listedPerson && (neighbour.evidence < 2 || neighbour.type !== 'organization')) continue;
        const [left, right] = neighbour.start < mention.start ? [neighbour, mention] : [mention, neighbour];
        if (/^(?:,\s*|\s+)(?:and|or|&)\s+$|^,\s+$/.test(this.doc.clean.slice(left.end, right.start))) {
          mention.type = neighbour.type;
          mention.evidence = 2;
          break;
        }
      }
    }
  }

  /** "Will Russia really use nuclear weapons in Ukraine? Kremlin has an answer": Title Case lines. */
  private isHeadline(sentence: Sentence): boolean {
    let words = 0;
    let capitalized = 0;
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const token = this.doc.tokens[i];
      if (token.text.length < 4 || !hasLetter(token.text)) continue;
      words++;
      if (isCapitalized(token)) capitalized++;
    }
    if (words < 4 || capitalized / words <= 0.7) return false;
    // A sentence that ends with a full stop is prose, however many names it holds
    const closed = /[.!?]["”’)]*$/.test(this.doc.clean.slice(sentence.start, sentence.end));
    return capitalized / words > (closed ? 0.9 : 0.7);
  }

  private runsOf(sentence: Sentence): Run[] {
    const { tokens } = this.doc;
    const runs: Run[] = [];
    let first = -1;
    let last = -1;
    const close = () => {
      if (first >= 0) runs.push({ first, end: last + 1 });
      first = -1;
    };
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const token = tokens[i];
      const inName =
        isCapitalized(token) && !isDateWord(token) && !isAmbiguousMonth(tokens, i) && isWord(token.text) && !token.tags.has('Value') &&
        // "GB £20.1 billion", "US 5": a currency or country code before an amount is not a name
        !(/^[A-Z]{1,3}$/.test(token.text) && /^\s?[£$€¥\d]/.test(token.post + (tokens[i + 1]?.pre ?? '') + (tokens[i + 1]?.text ?? ''))) &&
        // "Image: United States Navy.": a caption's label
        !(labelWords.has(token.normal) && /^:/.test(token.post)) &&
        // "11.40 GMT": a time zone is no organization
        !timeZones.has(token.text);
      // "Yau Wai-ching", "Kwok Ka-ki": a hyphenated given name goes on in lower case
      if (first >= 0 && last === i - 1 && /^[-‐]$/.test(tokens[i - 1].post) && /^\p{Ll}+$/u.test(token.text) && tokens[i - 1].text !== 'al' && !compoundSuffixes.has(token.text)) {
        last = i;
        if (breaksAfter(tokens, i)) close();
        continue;
      }
      // "Airbus A380", "Boeing 737-800": a model number continues a maker's name into a product
      if (first >= 0 && last === i - 1 && isModel(token.text) && !breaksAfter(tokens, i - 1)) {
        last = i;
        if (breaksAfter(tokens, i)) close();
        continue;
      }
      if (inName) {
        if (first < 0) {
          // "al-Ikhbariya", "bin-Salman": a particle joined to the name by a hyphen
          const previous = tokens[i - 1];
          first = i > sentence.firstToken && nameConnectors.has(previous.text) && previous.post === '-' ? i - 1 : i;
        }
        last = i;
        if (breaksAfter(tokens, i) || possessiveLength(token.text) > 0) close();
        continue;
      }
      // "Ministry of Defense", "Foundation for the Visual Arts": a connector between capitalized words
      let next = tokens[i + 1];
      let skip = 0;
      if ((token.text === 'of' || token.text === 'for') && next?.text === 'the' && !breaksAfter(tokens, i)) {
        next = tokens[i + 2];
        skip = 1;
      }
      const joins = first >= 0 && last === i - 1 && nameConnectors.has(token.text) && next && i + 1 + skip < sentence.endToken &&
        isCapitalized(next) && isWord(next.text) && !breaksAfter(tokens, i + skip) && !breaksAfter(tokens, i - 1) &&
        (token.text === 'and'
          ? this.andJoins(first, i, sentence.endToken)
          : this.connectorJoins(tokens[i - 1], token.text) || tokens.slice(first, i).some((word) => organizationHeads.has(word.normal)));
      if (joins) {
        i += skip;
        continue;
      }
      close();
    }
    close();
    return runs;
  }

  /**
   * "of" and "for" join only after a word that takes them inside a name: "University of Sydney",
   * "Secretary of State", "Church of Scientology" — never "Ann Chiang of DAB" or "Warhol of Pittsburgh".
   */
  private connectorJoins(before: Token, connector: string): boolean {
    if (connector !== 'of' && connector !== 'for' && connector !== 'and' && connector !== 'on') return true;
    const word = before.normal;
    return organizationHeads.has(word) || placeHeads.has(word) || officeTitles.has(word) || honorifics.has(word) || portfolios.has(word) || ofNames.has(word);
  }

  /**
   * "European Aeronautic Defence and Space Company", "Union of Rationalist Atheists and Agnostics"
   * are one name; "Massachusetts Institute of Technology and Colorado State University" are two:
   * a head word on both sides of "and" means two names.
   */
  private andJoins(first: number, at: number, sentenceEnd: number): boolean {
    const { tokens } = this.doc;
    const isHead = (token: Token) => organizationHeads.has(token.normal);
    const headBefore = tokens.slice(first, at).some(isHead);
    let after = at + 1;
    while (after < sentenceEnd && (isCapitalized(tokens[after]) || nameConnectors.has(tokens[after].text)) && !breaksAfter(tokens, after - 1)) after++;
    const rest = tokens.slice(at + 1, after);
    if (headBefore && rest.some(isHead)) return false;
    // "…Atheists and Agnostics": a word or two that name no one of their own
    const nobody = rest.length <= 2 && !rest.some((token) => token.tags.has('Person') || token.tags.has('Place') || lexiconType(token.text, this.lexicon));
    return (headBefore && nobody) || (!headBefore && this.connectorJoins(tokens[at - 1], 'and'));
  }

  private readRun(run: Run, sentence: Sentence, headline: boolean) {
    const { tokens } = this.doc;
    let { first, end } = run;
    // Connectors only join; a run never starts or ends with one
    while (end > first && !isCapitalized(tokens[end - 1]) && !(end - 2 >= first && /^[-‐]$/.test(tokens[end - 2].post) && !isModel(tokens[end - 1].text))) end--;

    // Sentence-initial capitals: "Leaders from Poland", "Will Russia…", "The NATO summit"
    while (first < end) {
      const token = tokens[first];
      // Pronouns and determiners are never names, wherever they stand: "We continue…", "The US"
      // "WHO", "US" in capitals are acronyms, not the pronouns compromise may take them for
      const neverName = !isAcronym(token.text) && (token.tags.has('Pronoun') || token.tags.has('Determiner') || ['the', 'a', 'an'].includes(token.normal));
      if (neverName) {
        first++;
        continue;
      }
      const atStart = first === sentence.firstToken || /["“‘(]\s*$/.test(tokens[first - 1]?.post ?? '') || /^["“‘(]/.test(token.pre);
      if (!atStart || (this.capitalizedInside.has(token.normal) && !functionTags.some((tag) => token.tags.has(tag)))) break;
      const common = sentenceStarters.has(token.normal) || functionTags.some((tag) => token.tags.has(tag));
      // "Activists Lau Siu-lai and…": a plural noun opening the sentence describes, it names no one
      const plural = token.tags.has('Plural') && !token.tags.has('Person') && !token.tags.has('Place') && !token.tags.has('Organization') && !isAcronym(token.text);
      const single = end - first === 1;
      if (common || plural || (single && !this.looksProper(token))) first++;
      else break;
    }
    if (first >= end) return;

    // A title, then a name: "Joint Chiefs Chairman General Mark Milley", "Minister Shoigu"
    let lastTitle = -1;
    for (let i = first; i < end; i++) {
      if (isTitleWord(this.doc, i, end) && i < end - 1) lastTitle = i;
    }
    if (lastTitle >= 0) {
      let nameStart = lastTitle + 1;
      // "Minister of Defense Sergei Shoigu": the portfolio belongs to the title
      while (nameStart < end - 1 && (portfolios.has(tokens[nameStart].normal) || tokens[nameStart].text === 'of')) nameStart++;
      if (nameStart < end && this.looksLikePersonName(nameStart, end)) {
        const roles = [...this.rolesOf(first, nameStart), ...this.appositiveRole(end)];
        this.addEntitiesInRole(first, nameStart);
        this.addMention(nameStart, end, 'person', 3, roles);
        return;
      }
    }

    // "CEO of the Refugee Council Enver Solomon": an organization, then the person it qualifies
    const personStart = this.trailingPersonName(first, end);
    if (personStart > first) {
      this.addEntitiesInRole(first, personStart);
      this.addMention(personStart, end, 'person', 2, [...this.rolesOf(first, personStart), ...this.appositiveRole(end)]);
      return;
    }

    // "Chairman of the Australian Centre for Control…" with no name after it: the organization
    if (isTitleWord(this.doc, first, end) && tokens[first + 1]?.text === 'of' && end - first > 2) {
      first += 2;
      while (first < end && !isCapitalized(tokens[first])) first++;
      if (first >= end) return;
    }

    // Demonyms are not entities: "Russian", "Americans"; "Russian General Staff" and "Saudi Arabia" are
    if (end - first === 1 && isDemonym(tokens[first].normal)) return;
    // "British Red Cross", "Greek Ministry of Culture": the nationality belongs to the name
    const hasHead = tokens.slice(first, end).some((token) => organizationHeads.has(token.normal)) || (end - first > 1 && lexiconType(this.nameText(first + 1, end), this.lexicon) === 'organization');
    if (isDemonym(tokens[first].normal) && !hasHead && !lexiconType(this.nameText(first, end), this.lexicon)) {
      first++;
      if (first >= end) return;
    }
    // "the Los Angeles Sheriff's office": a title closing a run names no one; the rest may be a name
    while (end - first > 1 && officeTitles.has(tokens[end - 1].normal) && !organizationHeads.has(tokens[end - 1].normal)) end--;
    // Titles alone ("the President", "Chairman") are roles without a name
    if (end - first === 1 && (officeTitles.has(tokens[first].normal) || honorifics.has(tokens[first].normal))) return;

    // A maker's name with a model number is a product: "Airbus A380"
    if (end - first >= 2 && tokens.slice(first + 1, end).some((token) => isModel(token.text))) {
      this.addMention(first, end, 'other', 2, []);
      return;
    }
    const nameTokens = tokens.slice(first, end);
    const name = this.nameText(first, end);
    // "Storm Nia", "Hurricane Katrina", "Operation Desert Storm": events
    if (end - first >= 2 && eventOpeners.has(tokens[first].normal)) {
      if (!headline) this.addMention(first, end, 'other', 2, []);
      return;
    }
    // "Transport for Wales": an organization for a place
    if (end - first >= 3 && tokens.slice(first + 1, end - 1).some((token) => token.text === 'for') && !lexiconType(name, this.lexicon)) {
      this.addMention(first, end, 'organization', 2, []);
      return;
    }
    const fromLexicon = lexiconType(name, this.lexicon);
    let type: EntityType | null = fromLexicon;
    let evidence = type ? 3 : 0;
    const head = nameTokens[nameTokens.length - 1].normal;
    // "Google Science Fair", "FIFA World Cup": an event is none of the three; the organizer stays inside
    if (!type && eventHeads.has(head) && nameTokens.length > 1) {
      const organizer = nameTokens.findIndex((token) => lexiconType(token.text, this.lexicon) === 'organization');
      // mentions do not nest: the organizer if it opens the name, else the event as "other"
      if (organizer === 0) this.addMention(first, first + 1, 'organization', 3, []);
      else if (!headline) this.addMention(first, end, 'other', 2, []);
      return;
    }
    if (!type && organizationHeads.has(head) && nameTokens.length > 1) [type, evidence] = ['organization', 2];
    // "University of Sydney", "Ministry of Defence", "Bank of England"
    if (!type && organizationHeads.has(nameTokens[0].normal) && nameTokens[1]?.text === 'of') [type, evidence] = ['organization', 2];
    if (!type && placeHeads.has(head) && nameTokens.length > 1) [type, evidence] = ['place', 2];
    // "The Guardian cited…": a paper's one-word title after a capitalized "The" inside a sentence
    const article = tokens[first - 1];
    // "the Court has ruled", "asserted by the Crown": an institution named by its head word
    const institution = organizationHeads.has(head) || institutions.has(head);
    if (!type && nameTokens.length === 1 && institution && /^the$/i.test(article?.text ?? '') && article.index >= sentence.firstToken) [type, evidence] = ['organization', 2];
    // "Valeska Paris … Paris claims she was kept…": a name whose last word speaks is a person's
    const lastWord = nameTokens[nameTokens.length - 1];
    if (!type && nameTokens.length >= 2 && nameTokens.length <= 3 && this.speakers.has(lastWord.normal) && !isCommonWord(nameTokens[0].text) && !organizationHeads.has(lastWord.normal)) {
      [type, evidence] = ['person', 2];
    }
    if (!type) {
      type = tagType(nameTokens);
      // "Nick Moreau": a known first name before another name is strong evidence, even in a caption
      if (type) evidence = type === 'person' && nameTokens.length >= 2 && nameTokens[0].tags.has('FirstName') ? 2 : 1;
    }
    const roles = type === 'person' || !type ? this.lowercaseRole(first) : [];
    if (roles.length > 0) [type, evidence] = ['person', 3];
    if (type === 'person' || (!type && end - first >= 2)) {
      const appositive = this.appositiveRole(end);
      if (appositive.length > 0) {
        roles.push(...appositive);
        if (!type) [type, evidence] = ['person', 2];
      }
    }
    if (!type && isAcronym(name)) [type, evidence] = ['organization', 1];
    // "WASHINGTON, March 3 (Reuters) -": the agency in a dateline
    const before = this.doc.clean.slice(Math.max(0, tokens[first].start - 4), tokens[first].start);
    const after = this.doc.clean.slice(tokens[end - 1].end, tokens[end - 1].end + 4);
    if (/\d\s*\($/.test(before) && /^\)\s*[-–—]/.test(after)) {
      [type, evidence] = ['organization', 3];
    }
    if (!type && this.saidBy(end)) [type, evidence] = ['person', 1];
    // "refugees fleeing to Przemysl", "from Kharkiv", "a Toronto-based firm": where things are
    if (!type && this.placeCue(first, end)) [type, evidence] = ['place', 1];
    // "The secretary general of CEI, Nunzio Galantino, has…": a name set off after a role
    if (!type && end - first >= 2 && end - first <= 3 && this.followsRole(first)) [type, evidence] = ['person', 2];
    // "Romelu Lukaku", "Ferjani Sassi": two or three unknown capitalized words with no cue of an
    // organization or a place read as a person's name
    if (!type && this.looksLikeUnknownPersonName(nameTokens)) [type, evidence] = ['person', 1];
    // "The Internet security firm": one capitalized everyday word with nothing else is no name
    if (!type && nameTokens.length === 1 && isCommonWord(nameTokens[0].text)) return;
    if (!type) {
      // In a Title Case headline every word is capitalized: only names known from elsewhere count
      if (headline) return;
      type = 'other';
    }
    if (headline && evidence < 2) return;
    this.addMention(first, end, type, evidence, roles);
  }

  /** Capitalized at the start of a sentence, but a name: compromise tags it, or it is capitalized elsewhere. */
  private looksProper(token: Token): boolean {
    if (lexiconType(token.text, this.lexicon)) return true;
    if (token.tags.has('ProperNoun') || token.tags.has('Person') || token.tags.has('Place') || token.tags.has('Organization')) {
      return !token.tags.has('Plural') || token.tags.has('Organization');
    }
    return false;
  }

  private placeCue(first: number, end: number): boolean {
    const { tokens, clean } = this.doc;
    if (/^-based\b/.test(clean.slice(tokens[end - 1].end, tokens[end - 1].end + 7))) return true;
    const before = tokens[first - 1];
    if (!before || !placePrepositions.has(before.normal) || breaksAfter(tokens, first - 1)) return false;
    // "in Tuesday's vote", "across Europe": only names no other cue has typed
    return tokens.slice(first, end).every((token) => !isCommonWord(token.text) && !token.tags.has('Person'));
  }

  private followsRole(first: number): boolean {
    const { tokens } = this.doc;
    const before = tokens[first - 1];
    if (!before || !/,\s*$/.test(before.post + tokens[first].pre)) return false;
    for (let i = first - 1; i >= Math.max(0, first - 8) && tokens[i].sentence === tokens[first].sentence; i--) {
      if (i < first - 1 && /[.;:!?]/.test(tokens[i].post)) break;
      if (officeTitles.has(tokens[i].normal) && !isCapitalized(tokens[i])) return true;
    }
    return false;
  }

  private looksLikeUnknownPersonName(words: Token[]): boolean {
    if (words.length < 2 || words.length > 3 || /[^s]s$/.test(words[words.length - 1].text)) return false;
    // Some sign of a person: a name compromise knows, or the surname used alone elsewhere ("Lukaku scored")
    const last = words[words.length - 1];
    const personSign = words.some((token) => token.tags.has('Person')) || this.usedAlone.has(last.normal);
    return personSign && words.every((token) =>
      /^[\p{Lu}][\p{Ll}\p{M}'’-]+$/u.test(token.text) && !isCommonWord(token.text) &&
      !organizationHeads.has(token.normal) && !placeHeads.has(token.normal) && !officeTitles.has(token.normal) &&
      !isDemonym(token.normal) && !sentenceStarters.has(token.normal) && !lexiconType(token.text, this.lexicon) &&
      !token.tags.has('Place') && !token.tags.has('Organization') && !(token.tags.has('Adjective') && !token.tags.has('Person')) &&
      !(token.tags.has('Plural') && !token.tags.has('Person')),
    );
  }

  /** Where a person's name starts after an organization's head word in one run, or -1. */
  private trailingPersonName(first: number, end: number): number {
    const { tokens } = this.doc;
    for (let start = Math.max(first + 1, end - 3); start <= end - 2; start++) {
      const head = tokens[start - 1].normal;
      // "…Refugee Council Enver Solomon", "…to the United States Hamdullah Mohib"
      const knownBefore = lexiconType(this.nameText(first, start), this.lexicon) !== null;
      if (!organizationHeads.has(head) && !placeHeads.has(head) && !knownBefore) continue;
      const unknownName = knownBefore && tokens.slice(start, end).every((token) => !isCommonWord(token.text) && !token.tags.has('Place'));
      // "Enver Solomon": an unknown given name before a surname compromise knows
      const knownSurname = end - start === 2 && tokens[end - 1].tags.has('Person') && !isCommonWord(tokens[start].text);
      if (!tokens[start].tags.has('FirstName') && !(tokens[start].tags.has('Person') && tokens[end - 1].tags.has('Person')) && !unknownName && !knownSurname) continue;
      if (this.looksLikePersonName(start, end)) return start;
    }
    return -1;
  }

  private looksLikePersonName(start: number, end: number): boolean {
    const { tokens } = this.doc;
    if (end - start > 4) return false;
    for (let i = start; i < end; i++) {
      const token = tokens[i];
      if (!isCapitalized(token) && !(nameConnectors.has(token.text) && i > start && i < end - 1)) return false;
      if (organizationHeads.has(token.normal) || officeTitles.has(token.normal)) return false;
      if (knownOrganizations.has(token.normal)) return false;
    }
    const name = this.nameText(start, end);
    const type = lexiconType(name, this.lexicon);
    return type === null || type === 'person';
  }

  /** "Joint Chiefs Chairman General" → "Joint Chiefs Chairman", "General": ranks stand alone. */
  private rolesOf(first: number, nameStart: number): string[] {
    const { tokens, text } = this.doc;
    const roles: string[] = [];
    let end = nameStart;
    // "Secretary-General" is one title, not "Secretary" and "General"
    while (end > first && honorifics.has(tokens[end - 1].normal) && !officeTitles.has(tokens[end - 1].normal) && !/^[-‐]$/.test(tokens[end - 2]?.post ?? '')) end--;
    const lowercase = this.lowercaseRole(first);
    if (end > first) roles.push([...lowercase, text.slice(tokens[first].start, tokens[end - 1].end)].join(' '));
    else roles.push(...lowercase);
    for (let i = end; i < nameStart; i++) roles.push(tokens[i].text.replace(/\.$/, '') + (/^\./.test(tokens[i].post) ? '.' : ''));
    return roles.filter(Boolean).map((role) => role.replace(/\s+/g, ' '));
  }

  /**
   * "Pentagon press secretary John Kirby": lower-case title words before a name, with the
   * capitalized words that qualify them.
   */
  private lowercaseRole(nameStart: number): string[] {
    const { tokens, text } = this.doc;
    let i = nameStart - 1;
    let sawTitle = false;
    const sentence = tokens[nameStart].sentence;
    while (i >= 0 && tokens[i].sentence === sentence && !isCapitalized(tokens[i]) && !breaksAfter(tokens, i)) {
      const word = tokens[i].normal;
      if (officeTitles.has(word) || (tokens[i].tags.has('Actor') && tokens[i].tags.has('Noun') && !tokens[i].tags.has('Plural'))) sawTitle = true;
      else if (!titleModifiers.has(word) || word === 'the' || word === 'of') break;
      i--;
    }
    if (!sawTitle) return [];
    let roleStart = i + 1;
    while (i >= 0 && tokens[i].sentence === sentence && isCapitalized(tokens[i]) && !breaksAfter(tokens, i) && !tokens[i].tags.has('Determiner') && possessiveLength(tokens[i].text) === 0) {
      roleStart = i;
      i--;
    }
    if (breaksAfter(tokens, nameStart - 1)) return [];
    return [text.slice(tokens[roleStart].start, tokens[nameStart - 1].end)];
  }

  /**
   * "Maria Gonzalez, chief economist at Northfield Capital in New York," → "chief economist at
   * Northfield Capital": a title phrase set off by a comma right after the name.
   */
  private appositiveRole(end: number): string[] {
    const { tokens, text } = this.doc;
    const last = tokens[end - 1];
    if (!last || !/^,\s*$/.test(last.post + (tokens[end]?.pre ?? ''))) return [];
    let i = end;
    if (tokens[i] && ['the', 'a', 'an'].includes(tokens[i].normal)) i++;
    const start = i;
    let sawTitle = false;
    for (; i < Math.min(tokens.length, start + 10) && tokens[i].sentence === last.sentence; i++) {
      const token = tokens[i];
      if (i > start && ['in', 'on', 'who', 'which', 'that', 'when', 'where', 'said', 'says', 'told'].includes(token.normal)) break;
      if (officeTitles.has(token.normal) && i < start + 5) sawTitle = true;
      if (/[,.;:!?()"“”]/.test(token.post + (tokens[i + 1]?.pre ?? ''))) {
        i++;
        break;
      }
    }
    if (!sawTitle || i <= start) return [];
    return [text.slice(tokens[start].start, tokens[i - 1].end).replace(/\s+/g, ' ')];
  }

  /** Organizations and places named inside a role: "NATO Secretary-General", "Chief of Russian General Staff". */
  private addEntitiesInRole(first: number, nameStart: number) {
    const { tokens } = this.doc;
    let segmentStart = -1;
    const flush = (segmentEnd: number) => {
      if (segmentStart < 0) return;
      let start = segmentStart;
      segmentStart = -1;
      while (start < segmentEnd && !isCapitalized(tokens[start])) start++;
      while (start < segmentEnd && (titleModifiers.has(tokens[start].normal) && !organizationHeads.has(tokens[segmentEnd - 1].normal))) start++;
      if (start >= segmentEnd) return;
      const words = tokens.slice(start, segmentEnd);
      if (words.every((token) => isDemonym(token.normal) || portfolios.has(token.normal))) return;
      if (words.length === 1 && isDemonym(words[0].normal)) return;
      const name = this.nameText(start, segmentEnd);
      const type = lexiconType(name, this.lexicon) ?? tagType(words);
      this.addMention(start, segmentEnd, type === 'place' ? 'place' : 'organization', type ? 3 : 2, []);
    };
    for (let i = first; i < nameStart; i++) {
      const token = tokens[i];
      if (isTitleWord(this.doc, i, nameStart) || token.text === 'of') flush(i);
      else if (segmentStart < 0) segmentStart = i;
    }
    flush(nameStart);
  }

  /** "…, said Kirby" or "Kirby said": a speech verb right next to an unknown name. */
  private saidBy(end: number): boolean {
    const next = this.doc.tokens[end];
    return next !== undefined && speechVerbs.has(next.normal) && !breaksAfter(this.doc.tokens, end - 1);
  }

  private nameText(first: number, end: number): string {
    const { tokens, text } = this.doc;
    const last = tokens[end - 1];
    const dot = /^\./.test(last.post) && companySuffixes.has(last.normal) ? 1 : 0;
    return singleSpaced(text.slice(tokens[first].start, last.end - possessiveLength(last.text) + dot));
  }

  private addMention(first: number, end: number, type: EntityType, evidence: number, roles: string[]) {
    const { tokens } = this.doc;
    const last = tokens[end - 1];
    const start = tokens[first].start;
    // "Apple Inc.", "Procter & Gamble Co.": a company suffix keeps its dot
    const dot = /^\./.test(last.post) && companySuffixes.has(last.normal) ? 1 : 0;
    const stop = last.end - possessiveLength(last.text) + dot;
    const name = singleSpaced(this.doc.text.slice(start, stop));
    this.mentions.push({ start, end: stop, name, type, evidence, roles });
  }
}
