// npm run eval: scores the analyzers on ../shared/eval/*.jsonl (format in that folder's README)
// through the library path the CLI uses, and prints P/R/F1 tables.
// Usage: node scripts/eval.js [--dir ../shared/eval] [--only entities,dates,…] [--json]
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../dist/index.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : fallback;
};
const dir = resolve(option('--dir', new URL('../../shared/eval', import.meta.url).pathname));
const only = option('--only', 'entities,dates,quotes,numbers,suites').split(',');
const asJson = args.includes('--json');

if (!existsSync(dir)) {
  console.error(`eval: no evaluation data at ${dir} (it lives beside the project in ../shared/eval)`);
  process.exit(1);
}

const readRecords = (file) =>
  readFileSync(resolve(dir, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));

const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const prf = (tp, predicted, gold) => {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, predicted, gold };
};
const fixed = (x) => (Number.isFinite(x) ? x.toFixed(3) : '  –  ');
const results = {};

function printTable(title, header, rows) {
  if (asJson) return;
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((cell, i) => String(cell).padEnd(widths[i])).join('  ');
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

/** One-to-one matching: each gold item takes the best free prediction with score > 0. */
function match(golds, predictions, score) {
  const pairs = [];
  for (const [g, gold] of golds.entries()) {
    for (const [p, prediction] of predictions.entries()) {
      const s = score(gold, prediction);
      if (s > 0) pairs.push([s, g, p]);
    }
  }
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedGold = new Set();
  const usedPrediction = new Set();
  const matched = [];
  for (const [, g, p] of pairs) {
    if (usedGold.has(g) || usedPrediction.has(p)) continue;
    usedGold.add(g);
    usedPrediction.add(p);
    matched.push([golds[g], predictions[p]]);
  }
  return matched;
}

const report = (record, analyzers) => analyze(record.text, { analyzers, referenceDate: record.refDate ?? null, source: record.id });

// --- entities -------------------------------------------------------------------------------
function evalEntities() {
  const records = readRecords('entities.dev.jsonl');
  const types = ['person', 'organization', 'place'];
  const sets = [...new Set(records.map((r) => r.set))];
  const rows = [];
  for (const set of [...sets, 'all']) {
    const counts = Object.fromEntries(types.map((t) => [t, { tp: 0, predicted: 0, gold: 0 }]));
    let partialTp = 0;
    let predictedAll = 0;
    let goldAll = 0;
    for (const record of records.filter((r) => set === 'all' || r.set === set)) {
      const predicted = report(record, ['entities']).entities.flatMap((entity) =>
        types.includes(entity.type) ? entity.mentions.map((m) => ({ ...m, type: entity.type })) : [],
      );
      const gold = record.entities.filter((e) => types.includes(e.type));
      const key = (e) => `${e.start}:${e.end}:${e.type}`;
      const goldKeys = new Set(gold.map(key));
      for (const p of predicted) {
        counts[p.type].predicted++;
        if (goldKeys.has(key(p))) counts[p.type].tp++;
      }
      for (const g of gold) counts[g.type].gold++;
      partialTp += match(gold, predicted, (g, p) => (g.type === p.type ? overlap(g, p) : 0)).length;
      predictedAll += predicted.length;
      goldAll += gold.length;
    }
    const micro = prf(
      types.reduce((s, t) => s + counts[t].tp, 0),
      types.reduce((s, t) => s + counts[t].predicted, 0),
      types.reduce((s, t) => s + counts[t].gold, 0),
    );
    const partial = prf(partialTp, predictedAll, goldAll);
    results[`entities.${set}`] = { micro, partial, ...Object.fromEntries(types.map((t) => [t, prf(counts[t].tp, counts[t].predicted, counts[t].gold)])) };
    for (const t of types) {
      const m = prf(counts[t].tp, counts[t].predicted, counts[t].gold);
      rows.push([set, t, fixed(m.p), fixed(m.r), fixed(m.f1), m.gold]);
    }
    rows.push([set, 'micro (exact)', fixed(micro.p), fixed(micro.r), fixed(micro.f1), micro.gold]);
    rows.push([set, 'partial overlap', fixed(partial.p), fixed(partial.r), fixed(partial.f1), partial.gold]);
  }
  printTable('ENTITIES (exact span + type; "other" ignored)', ['set', 'type', 'P', 'R', 'F1', 'gold'], rows);
}

// --- dates ----------------------------------------------------------------------------------
const valueOk = (gold, prediction) => gold.value !== null && (prediction.value === gold.value || (gold.alt ?? []).includes(prediction.value));

function scoreDates(records, keep = () => true) {
  let strictTp = 0;
  let relaxedTp = 0;
  let predictedCount = 0;
  let goldCount = 0;
  let typeOk = 0;
  let valueCorrect = 0;
  let valuedMatches = 0;
  let goldValued = 0;
  let predictedForValue = 0;
  for (const record of records) {
    const predicted = report(record, ['dates']).dates.filter(keep);
    const gold = record.dates.filter(keep).map((d) => (d.start === undefined ? { ...d, start: 0, end: record.text.length, phrase: true } : d));
    const exhaustive = record.exhaustive !== false;
    const relaxed = match(gold, predicted, (g, p) => overlap(g, p));
    const strict = gold.filter((g) => !g.phrase && predicted.some((p) => p.start === g.start && p.end === g.end)).length;
    strictTp += strict;
    relaxedTp += relaxed.length;
    goldCount += gold.length;
    predictedCount += exhaustive ? predicted.length : relaxed.length;
    predictedForValue += exhaustive ? predicted.length : relaxed.length;
    goldValued += gold.length;
    for (const [g, p] of relaxed) {
      if (g.type === p.type) typeOk++;
      if (g.value !== null) valuedMatches++;
      if (valueOk(g, p)) valueCorrect++;
    }
  }
  return {
    strict: prf(strictTp, predictedCount, goldCount),
    relaxed: prf(relaxedTp, predictedCount, goldCount),
    typeAccuracy: relaxedTp ? typeOk / relaxedTp : NaN,
    valueAccuracy: valuedMatches ? valueCorrect / valuedMatches : NaN,
    value: prf(valueCorrect, predictedForValue, goldValued),
  };
}

function evalDates() {
  const records = readRecords('dates.dev.jsonl');
  const rows = [];
  for (const set of [...new Set(records.map((r) => r.set)), 'all']) {
    const s = scoreDates(records.filter((r) => set === 'all' || r.set === set));
    results[`dates.${set}`] = s;
    rows.push([set, fixed(s.strict.f1), fixed(s.relaxed.p), fixed(s.relaxed.r), fixed(s.relaxed.f1), fixed(s.typeAccuracy), fixed(s.valueAccuracy), fixed(s.value.f1), s.relaxed.gold]);
  }
  // GUM's gold is its <date> elements: days, months, years and clock times. It marks 4 durations
  // among its 169 items and no sets, although its texts hold dozens ("for two hours", "every
  // year") that TIMEX3 (and MEANTIME) annotate and the issue asks for. This row scores GUM on
  // what it annotates: gold and predictions of type date or time only. The row above stays the
  // official figure.
  {
    const s = scoreDates(records.filter((r) => r.set === 'gum'), (d) => d.type === 'date' || d.type === 'time');
    results['dates.gum-date-time'] = s;
    rows.push(['gum (date/time types only)', fixed(s.strict.f1), fixed(s.relaxed.p), fixed(s.relaxed.r), fixed(s.relaxed.f1), fixed(s.typeAccuracy), fixed(s.valueAccuracy), fixed(s.value.f1), s.relaxed.gold]);
  }
  printTable('DATES (news)', ['set', 'strict F1', 'relaxed P', 'relaxed R', 'relaxed F1', 'type acc', 'value acc', 'value F1', 'gold'], rows);
}

function evalSuites() {
  const records = readRecords('dates-suites.dev.jsonl');
  const rows = [];
  for (const set of [...new Set(records.map((r) => r.set))]) {
    const subset = records.filter((r) => r.set === set);
    const s = scoreDates(subset);
    const negatives = subset.filter((r) => r.dates.length === 0);
    const cleanNegatives = negatives.filter((r) => report(r, ['dates']).dates.length === 0).length;
    results[`suites.${set}`] = { ...s, negatives: negatives.length, cleanNegatives };
    rows.push([set, subset.length, fixed(s.value.p), fixed(s.value.r), fixed(s.value.f1), fixed(s.valueAccuracy), `${cleanNegatives}/${negatives.length}`]);
  }
  printTable('DATE SUITES (phrase + reference date → value)', ['suite', 'records', 'value P', 'value R', 'value F1', 'value acc', 'negatives clean'], rows);
}

// --- quotes ---------------------------------------------------------------------------------
function evalQuotes() {
  const records = readRecords('quotes.dev.jsonl');
  // GUM marks no quote at all in 7 of its 22 news records, among them articles made of quoted
  // interviews (gum-warhol: 20 quotation marks, no gold quote). The second row scores only the
  // records whose gold marks at least one quote, to show how much of the precision gap that is;
  // the first row is the official figure.
  const rows = [
    ['all records', scoreQuotes(records)],
    ['records with gold quotes', scoreQuotes(records.filter((r) => r.quotes.length > 0))],
  ];
  results.quotes = rows[0][1];
  printTable('QUOTES (overlap ≥ 50% of the shorter span)', ['records', 'P', 'R', 'F1', 'speaker acc', 'end-to-end F1', 'gold'], rows.map(([name, s]) => [
    `${name} (${s.records})`, fixed(s.detection.p), fixed(s.detection.r), fixed(s.detection.f1), fixed(s.speakerAccuracy), fixed(s.endToEnd.f1), s.gold,
  ]));
}

function scoreQuotes(records) {
  let tp = 0;
  let predictedCount = 0;
  let goldCount = 0;
  let speakerOk = 0;
  let speakerLabelled = 0;
  let endToEnd = 0;
  let endToEndGold = 0;
  for (const record of records) {
    const predicted = report(record, ['quotes']).quotes;
    const gold = record.quotes;
    const matched = match(gold, predicted, (g, p) => {
      const o = overlap(g, p);
      return o >= 0.5 * Math.min(g.end - g.start, p.end - p.start) ? o : 0;
    });
    tp += matched.length;
    predictedCount += predicted.length;
    goldCount += gold.length;
    if (!record.speakersAnnotated) continue;
    endToEndGold += gold.length;
    for (const [g, p] of matched) {
      speakerLabelled++;
      let ok;
      if (g.noSpeaker || !g.speaker) ok = p.speaker === null;
      else if (!p.speaker) ok = false;
      else {
        const lastWord = p.speaker.name.split(/\s+/).pop().toLowerCase();
        ok = overlap(g.speaker, p.speaker) > 0 || g.speaker.text.toLowerCase().split(/\W+/).includes(lastWord) || (g.speaker.name ?? '').toLowerCase().split(/\s+/).includes(lastWord);
      }
      if (ok) {
        speakerOk++;
        endToEnd++;
      }
    }
  }
  return {
    records: records.length,
    gold: goldCount,
    detection: prf(tp, predictedCount, goldCount),
    speakerAccuracy: speakerLabelled ? speakerOk / speakerLabelled : NaN,
    endToEnd: prf(endToEnd, predictedCount, endToEndGold),
  };
}

// --- numbers --------------------------------------------------------------------------------
function evalNumbers() {
  const records = readRecords('numbers.dev.jsonl');
  const rows = [];
  for (const set of [...new Set(records.map((r) => r.set))]) {
    const subset = records.filter((r) => r.set === set);
    let tp = 0;
    let predictedCount = 0;
    let goldCount = 0;
    let kindOk = 0;
    let kindTotal = 0;
    let valueOkCount = 0;
    let valueTotal = 0;
    for (const record of subset) {
      const predicted = report(record, ['numbers']).numbers;
      const gold = record.numbers.map((n) => (n.start === undefined ? { ...n, start: 0, end: record.text.length, phrase: true } : n));
      const exhaustive = record.exhaustive !== false;
      const matched = match(gold, predicted, (g, p) => overlap(g, p));
      tp += matched.length;
      goldCount += gold.length;
      predictedCount += exhaustive ? predicted.length : matched.length;
      for (const [g, p] of matched) {
        if (g.kind) {
          kindTotal++;
          if (g.kind === p.kind || (g.kind === 'quantity' && p.kind === 'cardinal')) kindOk++;
        }
      }
      for (const g of gold.filter((n) => typeof n.value === 'number')) {
        valueTotal++;
        const pair = matched.find(([mg]) => mg === g);
        const p = pair?.[1];
        if (p && (p.value === g.value || (g.kind === 'percent' && Math.abs(p.value / 100 - g.value) < 1e-9) || Math.abs(p.value - g.value) < 1e-9 * Math.max(1, Math.abs(g.value)))) valueOkCount++;
      }
    }
    const span = prf(tp, predictedCount, goldCount);
    results[`numbers.${set}`] = { span, kindAccuracy: kindTotal ? kindOk / kindTotal : NaN, valueAccuracy: valueTotal ? valueOkCount / valueTotal : NaN };
    rows.push([set, fixed(span.p), fixed(span.r), fixed(span.f1), fixed(results[`numbers.${set}`].kindAccuracy), fixed(results[`numbers.${set}`].valueAccuracy), goldCount]);
  }
  printTable('NUMBERS (span overlap; value of the phrase)', ['set', 'P', 'R', 'F1', 'kind acc', 'value acc', 'gold'], rows);
}

const started = performance.now();
if (only.includes('entities')) evalEntities();
if (only.includes('dates')) evalDates();
if (only.includes('suites')) evalSuites();
if (only.includes('quotes')) evalQuotes();
if (only.includes('numbers')) evalNumbers();
if (asJson) console.log(JSON.stringify(results, null, 2));
else console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s, data from ${dir})`);
