// Entities: one per real-world entity in the document, with every mention and its roles.
import { MentionFinder, type Mention } from './detect.js';
import { placeAliases } from '../../data/places.js';
import { organizationAliases } from '../../data/organizations.js';
import { textSpan } from '../../spans.js';
import { remembered } from '../../remembered.js';
import type { Analyzer, Document, Entity, EntityType, Lexicon } from '../../types.js';

interface Group {
  key: string;
  type: EntityType;
  evidence: number;
  mentions: Mention[];
}

// kept per name: names recur in a document and across a batch, and sorts compare them again and again
const letters = remembered(20_000, (name) => name.replace(/[^\p{L}\p{N}]/gu, '').length);
/** The words of a name (shared: never change the array). */
const words = remembered(20_000, (name): readonly string[] => name.split(/\s+/));

/** Whether the last words of `words` are `end`, word for word. */
function endsWithWords(words: readonly string[], end: readonly string[]): boolean {
  const offset = words.length - end.length;
  if (offset < 0) return false;
  for (let i = 0; i < end.length; i++) if (words[offset + i] !== end[i]) return false;
  return true;
}

/** The key that joins spellings of one place or organization: "US", "U.S." and "United States". */
function aliasKey(name: string): string {
  const lower = name.toLowerCase();
  return placeAliases.get(lower) ?? organizationAliases.get(lower) ?? lower.replace(/\./g, '');
}

/**
 * Groups mentions into entities. Full names come first; a surname or first name alone then
 * refers back to the person who has it ("Chairman Milley" → Mark Milley), whatever compromise
 * guessed its type to be ("Austin" the city).
 */
function groupMentions(mentions: Mention[], text: string): Group[] {
  const groups = new Map<string, Group>();
  // each name's words looked up once, not at every comparison of the sort and every person tried
  const ordered = mentions.map((mention) => ({ mention, nameWords: words(mention.name) }));
  ordered.sort((a, b) => b.nameWords.length - a.nameWords.length || a.mention.start - b.mention.start);
  const people: Array<{ group: Group; nameWords: readonly string[] }> = [];
  for (const { mention, nameWords } of ordered) {
    let group: Group | undefined;
    // "Paris" after "Valeska Paris" is her, unless it reads as a place: "in Paris"
    const placeReading = /\b(?:in|to|from|near|at|across|outside|around)\s+$/i.test(text.slice(Math.max(0, mention.start - 8), mention.start));
    if (nameWords.length <= 2 && (mention.type === 'person' || mention.evidence < 3 || (mention.type === 'place' && !placeReading))) {
      // (the name's words compared one by one with the person's last words, without joining them, for a name written with single spaces)
      const spaced = nameWords.join(' ') === mention.name;
      group = people.find(({ nameWords: personWords }) => {
        if (personWords.length <= nameWords.length) return false;
        const endsWithName = spaced ? endsWithWords(personWords, nameWords) : personWords.slice(-nameWords.length).join(' ') === mention.name;
        return endsWithName || (nameWords.length === 1 && personWords[0] === mention.name);
      })?.group;
    }
    const alias = aliasKey(mention.longForm ?? mention.name);
    const key = group?.key ?? `${mention.type === 'place' || mention.type === 'organization' ? 'named' : mention.type}:${alias}`;
    group ??= groups.get(key) ?? groups.get(`named:${alias}`) ?? groups.get(`person:${alias}`);
    if (!group) {
      group = { key, type: mention.type, evidence: mention.evidence, mentions: [] };
      groups.set(key, group);
      if (mention.type === 'person') people.push({ group, nameWords });
    }
    group.mentions.push(mention);
    // a surname joining its person never retypes the person ("Paris" in "Valeska Paris")
    const bySurname = group.type === 'person' && mention.type !== 'person';
    if (mention.evidence > group.evidence && !bySurname) {
      if (mention.type === 'person' && group.type !== 'person') people.push({ group, nameWords: words(group.mentions[0].name) });
      group.type = mention.type;
      group.evidence = mention.evidence;
    }
  }
  return mergeShortOrganizationNames([...groups.values()]);
}

/**
 * "Lockheed" after "Lockheed Martin", "Northfield" after "Northfield Capital": an organization
 * named by the first word of a longer name in the same document, when only one name starts so.
 */
function mergeShortOrganizationNames(groups: Group[]): Group[] {
  const long = groups.filter((group) => group.type === 'organization' && words(group.mentions[0].name).length >= 2);
  return groups.filter((group) => {
    const names = new Set(group.mentions.map((mention) => mention.name));
    // "the Church" after "Church of Scientology"; a guessed person ("Church") may be one too
    const guess = group.type === 'organization' || group.type === 'other' || group.evidence <= 1;
    if (!guess || names.size !== 1) return true;
    const [name] = names;
    if (words(name).length !== 1) return true;
    const targets = long.filter((other) => other !== group && other.mentions.some((mention) => words(mention.name)[0] === name));
    if (targets.length !== 1) return true;
    for (const mention of group.mentions) targets[0].mentions.push(mention);
    return false;
  });
}

/** The fullest form seen; among equals, the most frequent, then the first. */
function canonicalName(group: Group): string {
  const counts = new Map<string, number>();
  for (const mention of group.mentions) counts.set(mention.name, (counts.get(mention.name) ?? 0) + 1);
  const name = [...counts.keys()].sort((a, b) => letters(b) - letters(a) || counts.get(b)! - counts.get(a)!)[0];
  // "WASHINGTON, March 3 (Newswire) -": a dateline shouts the city's name; acronyms stay as they are
  if (group.type === 'place' && /^[\p{Lu}\s.'’-]{5,}$/u.test(name)) {
    return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
  }
  return name;
}

export function findEntities(doc: Document, lexicon: Lexicon = {}): Entity[] {
  const mentions = new MentionFinder(doc, new Map(Object.entries(lexicon).map(([name, type]) => [name.toLowerCase(), type]))).find();
  const entities = groupMentions(mentions, doc.clean).map((group): Entity => {
    const sorted = group.mentions.sort((a, b) => a.start - b.start);
    // (each role once, in order of first mention; most mentions have none)
    const roles: string[] = [];
    for (const mention of sorted) for (const role of mention.roles) if (!roles.includes(role)) roles.push(role);
    return {
      name: canonicalName(group),
      type: group.type,
      count: sorted.length,
      roles,
      mentions: sorted.map((mention) => textSpan(doc, mention.start, mention.end)),
    };
  });
  return entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

export const entities: Analyzer<Entity> = {
  description: 'people, organizations and places, one entry per real-world entity',
  analyze(doc, context) {
    return findEntities(doc, context.lexicon);
  },
};
