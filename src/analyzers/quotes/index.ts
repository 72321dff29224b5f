// Quotes: every direct quote with who said it, from the attribution patterns of news.
import { findQuotedSpans, type QuotedSpan } from './marks.js';
import { speakerPronouns, speechNouns, speechVerbs } from '../../data/speech-verbs.js';
import { firstStartingFrom, sentenceAt, textSpan, tokenIndexFrom } from '../../spans.js';
import type { Analyzer, Document, Entity, Quote, TextSpan, Token } from '../../types.js';

type Speaker = NonNullable<Quote['speaker']>;

interface EntityMention extends TextSpan {
  entity: Entity;
}

/** How far from the quote a cue may stand, in tokens. */
const CUE_WINDOW = 12;
/** Quotes of three words or fewer with no cue are scare quotes or titles: ‘Potemkin market’. */
const MIN_UNCUED_WORDS = 4;

// "quasi-state of war" is three words: a hyphenated compound counts once
const wordCount = (text: string) => (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;

class Attributor {
  private readonly mentions: EntityMention[];
  /** The quotes' insides merged into disjoint intervals, sorted: a binary search answers isQuoted. */
  private readonly insides: Array<{ start: number; end: number }> = [];

  constructor(
    private readonly doc: Document,
    entities: Entity[],
    /** The quotes themselves: nobody inside a quote is its speaker. */
    quoted: readonly QuotedSpan[],
  ) {
    this.mentions = entities
      // (written out, not spread: a spread object is built on V8's slow path, ~2 ms a pass of the articles)
      .flatMap((entity) => entity.mentions.map((mention) => ({ start: mention.start, end: mention.end, text: mention.text, entity })))
      .sort((a, b) => a.start - b.start);
    for (const span of [...quoted].sort((a, b) => a.open - b.open)) {
      const last = this.insides[this.insides.length - 1];
      if (last && span.open < last.end) last.end = Math.max(last.end, span.close);
      else this.insides.push({ start: span.open, end: span.close });
    }
  }

  /** The first token at or after the offset. */
  private tokenFrom(offset: number): number {
    return tokenIndexFrom(this.doc, offset);
  }

  /** The last token that ends at or before the offset. */
  private tokenBefore(offset: number): number {
    const { tokens } = this.doc;
    let low = 0;
    let high = tokens.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (tokens[middle].end <= offset) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  }

  private isCue(token: Token): boolean {
    // ("must be well thought out": a speech verb inside another quotation cues nothing)
    return speechVerbs.has(token.normal) && token.tags.has('Verb') && !this.isQuoted(token.start);
  }

  private isQuoted(offset: number): boolean {
    const inside = this.insides[firstStartingFrom(this.insides, offset) - 1];
    return Boolean(inside && offset > inside.start && offset < inside.end);
  }

  private mentionsIn(start: number, end: number): EntityMention[] {
    const found: EntityMention[] = [];
    for (let i = firstStartingFrom(this.mentions, start); i < this.mentions.length && this.mentions[i].start < end; i++) {
      const mention = this.mentions[i];
      if (mention.end <= end && !this.isQuoted(mention.start)) found.push(mention);
    }
    return found;
  }

  /**
   * The speaker in the tokens next to the cue: a named person (the first one, or for a subject
   * before its verb the last one), else an organization, a pronoun, or a description as it reads.
   */
  private speakerIn(first: number, last: number, prefer: 'first' | 'last' | 'first-person'): Speaker | null {
    const { tokens } = this.doc;
    if (first > last || first < 0) return null;
    const inside = this.mentionsIn(tokens[first].start, tokens[last].end);
    const people = inside.filter((mention) => mention.entity.type === 'person');
    const pick = (list: EntityMention[]) => (prefer === 'last' ? list[list.length - 1] : list[0]);
    const named = pick(people) ?? pick(inside.filter((mention) => mention.entity.type === 'organization')) ?? pick(inside);
    if (named) return { name: named.entity.name, start: named.start, end: named.end, text: named.text };
    for (let i = first; i <= last; i++) {
      if (speakerPronouns.has(tokens[i].normal) && tokens[i].tags.has('Pronoun') && !this.isQuoted(tokens[i].start)) {
        const span = textSpan(this.doc, tokens[i].start, tokens[i].end);
        return { ...span, name: this.resolvePronoun(tokens[i]) ?? span.text };
      }
    }
    // "a Pentagon spokesman said": a description, named as it reads, up to the first comma
    while (first <= last && this.isQuoted(tokens[first].start)) first++;
    if (first > last) return null;
    let stop = first;
    while (stop < last && !/[,;:()]/.test(tokens[stop].post)) stop++;
    const description = tokens.slice(first, stop + 1);
    if (!description.some((token) => token.tags.has('Noun')) || description.length > 8) return null;
    const span = textSpan(this.doc, tokens[first].start, tokens[stop].end);
    return { ...span, name: span.text.replace(/\s+/g, ' ') };
  }

  /** He, she, they → the nearest person mentioned before, within a few paragraphs. */
  private resolvePronoun(pronoun: Token): string | null {
    if (pronoun.normal === 'i' || pronoun.normal === 'we') return null;
    let nearest: EntityMention | undefined;
    for (let i = firstStartingFrom(this.mentions, pronoun.start) - 1; i >= 0 && !nearest && this.mentions[i].end > pronoun.start - 3000; i--) {
      const mention = this.mentions[i];
      if (mention.end <= pronoun.start && mention.entity.type === 'person') nearest = mention;
    }
    if (!nearest || pronoun.start - nearest.end > 3000) return null;
    return nearest.entity.name;
  }

  /** The tokens of the clause next to the cue, up to punctuation or the quote itself. */
  private clauseBefore(cue: number, limit: number): [number, number] {
    const { tokens } = this.doc;
    let first = cue;
    while (first - 1 >= limit && cue - first < 8 && !/[,;:()"“”‘’.!?—–]/.test(tokens[first - 1].post)) first--;
    return [first, cue - 1];
  }

  private clauseAfter(cue: number, limit: number): [number, number] {
    const { tokens } = this.doc;
    let last = cue + 1;
    if (last > limit) return [last, last - 1];
    while (last + 1 <= limit && last - cue < 8 && !/[,;:()"“”‘’.!?—–]/.test(tokens[last].post)) last++;
    return [cue + 1, last];
  }

  /** Attribution after the quote: "…,” X said. / "…,” said X. / "…,” X, a title, said. */
  private afterQuote(quote: QuotedSpan): { speaker: Speaker | null; cue: TextSpan } | null {
    const { tokens } = this.doc;
    const first = this.tokenFrom(quote.close + 1);
    if (first < 0) return null;
    const paragraph = this.doc.sentences[tokens[first].sentence]?.paragraph;
    if (paragraph !== (sentenceAt(this.doc, quote.start)?.paragraph ?? paragraph)) return null;
    // "…to wait.” Federal Reserve officials said last week that…" starts a new story, while
    // "…to wait.” she said." attributes it: after a closed sentence only a short tag counts.
    // "…do that". The parents…": a full stop after the closing mark ends the sentence too
    const closedSentence = /[.!?]\s*$/.test(this.doc.clean.slice(quote.start, quote.close)) || /^[.!?]/.test(this.doc.clean.slice(quote.close + 1, quote.close + 2));
    for (let i = first; i < Math.min(tokens.length, first + CUE_WINDOW); i++) {
      const token = tokens[i];
      if (this.doc.sentences[token.sentence].paragraph !== paragraph) break;
      if (i > first && /[“"]/.test(token.pre + tokens[i - 1].post) && i - first > 1) break;
      if (this.isCue(token)) {
        if (closedSentence && (i - first > 3 || this.doc.sentences[token.sentence].endToken - i > 6)) return null;
        const cue = textSpan(this.doc, token.start, token.end);
        const beforeVerb = i > first ? this.speakerIn(first, i - 1, 'first-person') : null;
        if (beforeVerb) return { speaker: beforeVerb, cue };
        const sentenceEnd = this.doc.sentences[token.sentence].endToken;
        const object = this.clauseAfter(i, sentenceEnd - 1);
        return { speaker: this.speakerIn(object[0], object[1], 'first'), cue };
      }
      if (/[.!?]/.test(token.post) && i >= first) break;
    }
    // "…” — X" / "…,” according to X."
    const according = tokens.slice(first, first + 4).findIndex((token) => token.normal === 'according');
    if (according >= 0 && tokens[first + according + 1]?.normal === 'to') {
      const at = first + according;
      const object = this.clauseAfter(at + 1, Math.min(tokens.length - 1, at + 9));
      return { speaker: this.speakerIn(object[0], object[1], 'first'), cue: textSpan(this.doc, tokens[at].start, tokens[at + 1].end) };
    }
    return null;
  }

  /** Attribution before the quote: "X said: “…” / "X said that “…” / "a warning from X that “…”. */
  private beforeQuote(quote: QuotedSpan): { speaker: Speaker | null; cue: TextSpan } | null {
    const { tokens } = this.doc;
    const last = this.tokenBefore(quote.open);
    if (last < 0) return null;
    // Only the quote's own sentence, never the paragraph before: "…said Omar Khan.\n\n"But we…"
    const paragraph = this.doc.paragraphs[firstStartingFrom(this.doc.paragraphs, quote.open + 1) - 1];
    if (paragraph && quote.open >= paragraph.end) return null;
    // …unless it ends by introducing the quote: "Rathbun stated,\n\n"Daniel was picked up…"
    const introduces = /[:,]\s*$/.test(tokens[last].post);
    if (!paragraph || (tokens[last].start < paragraph.start && !introduces)) return null;
    const sentence = this.doc.sentences[tokens[last].sentence];
    const limit = Math.max(sentence.firstToken, last - 30);
    for (let i = last; i >= limit; i--) {
      const token = tokens[i];
      if (/[”"]/.test(token.post) && i < last) break;
      if (this.isCue(token)) {
        const cue = textSpan(this.doc, token.start, token.end);
        const subject = this.clauseBefore(i, limit);
        // "“…are,” said Maria Gonzalez, chief economist… “We had…": the speaker follows the cue
        const afterAQuote = i > 0 && /[”"]/.test(tokens[i - 1].post + token.pre);
        // "X, in remarks to Y, said": past the clause, the sentence's subject
        const speaker = afterAQuote ? null : (this.speakerIn(subject[0], subject[1], 'last') ?? this.speakerIn(limit, i - 1, 'first-person'));
        if (speaker) return { speaker, cue };
        const object = this.clauseAfter(i, last);
        return { speaker: this.speakerIn(object[0], object[1], 'first'), cue };
      }
      if (speechNouns.has(token.normal)) {
        const next = tokens[i + 1];
        // "a warning from X", "in the words of the Crown prosecutor, Mark Tedeschi"
        if (next && (next.normal === 'from' || next.normal === 'by' || (next.normal === 'of' && token.normal === 'words')) && i + 2 <= last) {
          const object = this.clauseAfter(i + 1, last);
          const speaker = this.speakerIn(object[0], object[1], 'first');
          if (speaker) return { speaker, cue: textSpan(this.doc, token.start, token.end) };
        }
      }
      if (token.normal === 'according' && tokens[i + 1]?.normal === 'to') {
        const object = this.clauseAfter(i + 1, last);
        return { speaker: this.speakerIn(object[0], object[1], 'first'), cue: textSpan(this.doc, token.start, tokens[i + 1].end) };
      }
    }
    return null;
  }

  attribute(quote: QuotedSpan): { speaker: Speaker | null; cue: TextSpan | null } {
    return this.afterQuote(quote) ?? this.beforeQuote(quote) ?? { speaker: null, cue: null };
  }
}

/** The cue stands within a couple of words of the quote marks. */
function nextTo(doc: Document, span: QuotedSpan, cue: TextSpan): boolean {
  const gap = cue.start >= span.close ? doc.clean.slice(span.close + 1, cue.start) : doc.clean.slice(cue.end, span.open);
  // "called the sentence "dangerous"", "described the plan as "reckless"", not "believes there is a "strong rationale""
  const words = gap.trim().split(/\s+/).filter((word) => /\p{L}/u.test(word));
  return words.length <= 2 || (words.length <= 4 && words[words.length - 1].toLowerCase() === 'as');
}

/** "the word "no"", "the so-called "emergency" budget": a word mentioned, not said. */
function isMention(doc: Document, span: QuotedSpan): boolean {
  return /\b(?:the\s+(?:word|words|term|phrase|name|label|slogan|hashtag)|so-called|dubbed|nicknamed|titled|entitled|named)\s*$/i.test(doc.clean.slice(Math.max(0, span.open - 24), span.open));
}

/** Mostly capitalized words and no sentence punctuation: a title, a slogan or a headline. */
function isTitle(text: string): boolean {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (words.length < 2 || /[.!?,;]["”’]?$/.test(text.trim())) return false;
  const capitalized = words.filter((word) => /^[\p{Lu}\p{N}]/u.test(word)).length;
  return capitalized / words.length >= 0.6;
}

export function findQuotes(doc: Document, entities: Entity[]): Quote[] {
  const spans = findQuotedSpans(doc);
  // (most texts quote no one: the speakers' index is not built for them)
  if (spans.length === 0) return [];
  const attributor = new Attributor(doc, entities, spans);
  const quotes: Quote[] = [];
  let previous: Quote | null = null;
  let previousParagraph = -1;
  for (const span of spans) {
    const text = doc.text.slice(span.start, span.end);
    let { speaker, cue } = attributor.attribute(span);
    const paragraph = sentenceAt(doc, span.start)?.paragraph ?? -1;
    const words = wordCount(text);
    // "a ‘strong rationale’", "put on a "quasi-state of war"": a few words are a scare quote
    // unless the speech verb is right beside them (called it "dangerous"; "No," he said)
    const multiParagraph = span.continues || span.continued;
    if (words < MIN_UNCUED_WORDS && !multiParagraph && (!cue || !nextTo(doc, span, cue))) continue;
    // "a robot named "Better Idea of Afghan Girls,"": a name or a word mentioned, at any length
    if (isMention(doc, span)) continue;
    // "The Internet Explorer 6 Countdown": a title in quote marks is no quotation
    if (isTitle(text)) continue;
    // A quote that opens a paragraph with no cue continues the previous speaker ("he added" style)
    if (!speaker && previous?.speaker && (span.continued || paragraph - previousParagraph <= 1)) {
      speaker = previous.speaker;
    }
    const kind = /^[\s.…]*[\p{Lu}\p{N}]/u.test(text) ? 'direct' : 'partial';
    const quote: Quote = { start: span.start, end: span.end, text, kind, speaker, cue };
    quotes.push(quote);
    previous = quote;
    previousParagraph = paragraph;
  }
  return quotes;
}

export const quotes: Analyzer<Quote> = {
  description: 'direct and partial quotes with their speaker and speech verb',
  analyze(doc, context) {
    return findQuotes(doc, context.findings('entities'));
  },
};
