// Part of `npm run build`: the parts of compromise our parse runs, in the form that loads fastest.
//
// `require('compromise')` takes ~240 ms, nearly all of it expanding its compressed lexicon (every
// verb conjugated, every noun pluralized) and building its tagger's model — the same result on
// every start. This script does that work once, at build time, and writes:
//
//   generated/compromise.cjs         compromise's own tokenizer (from its "one" build) and pre-tagger,
//                                    bundled from its source into one file: no model, no post-tagger
//   generated/compromise-model.json  the model compromise builds when it loads (expanded lexicon,
//                                    multi-word cache, tag tree, suffix and neighbour rules…),
//                                    less the post-tagger's match rules
//
// src/nlp.ts loads both (~50 ms instead of ~240 ms) into a compromise instance of its own, and a
// test checks that it tags every fixture exactly as compromise itself does.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'generated');
const require = createRequire(import.meta.url);
// The package's own folder: its exports map names the builds, not the source files we bundle from.
let packageDir = dirname(require.resolve('compromise'));
while (!existsSync(join(packageDir, 'package.json'))) packageDir = dirname(packageDir);
const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const source = join(packageDir, 'src');
mkdirSync(out, { recursive: true });

// 1. The code: tokenizer, lexicon lookup, pre-tagger.
const entry = join(out, 'compromise-entry.js');
writeFileSync(
  entry,
  [
    // compromise's core and the four plugins of its "one" build that our parse runs (src/one.js
    // also registers matching, sweeping, lookups, type-ahead, caching, contractions and the
    // change and output methods, which cost start-up time and are never called)
    `import nlp from ${JSON.stringify(join(source, 'nlp.js'))};`,
    ...['tag', 'tokenize', 'freeze', 'lexicon'].map((name) => `import ${name} from ${JSON.stringify(join(source, `1-one/${name}/plugin.js`))};`),
    // in src/one.js's order, which matters; freeze registers a term method and a debug view in
    // tables the matching and output plugins would have made
    'nlp.extend({ methods: { one: { termMethods: {}, debug: {} } } });',
    // the tokenizer's model (abbreviations, unicode, punctuation…) by reference: extend() would
    // copy it key by key into the world's, ~5 ms of every start; nothing writes to it
    'const { model: tokenizeModel, ...tokenizeCode } = tokenize;',
    'nlp.extend(tag); nlp.extend(tokenizeCode); Object.assign(nlp.world().model.one, tokenizeModel.one); nlp.extend(freeze); nlp.extend(lexicon);',
    `import compute from ${JSON.stringify(join(source, '2-two/preTagger/compute/index.js'))};`,
    `import methods from ${JSON.stringify(join(source, '2-two/preTagger/methods/index.js'))};`,
    // the tokenizer's step that gives a term its normal form, for src/nlp.ts's word cache
    `import normalize from ${JSON.stringify(join(source, '1-one/tokenize/compute/normal/index.js'))};`,
    `import machine from ${JSON.stringify(join(source, '1-one/tokenize/compute/machine.js'))};`,
    `export { nlp, compute, methods, normalize, machine };`,
    '',
  ].join('\n'),
);
// compromise's tagger prints its decisions to standard output when DEBUG_TAGS is set in the
// environment: in our bundle it never does (a variable meant for compromise's developers must
// not mix its lines into our JSON on stdout). So setTag, fastTag and the switch rule read no
// process.env (setTag and fastTag read it at every call: ~0.4 µs, ~7% of a parse), and the three
// reasons they would have printed that are built at every call from a tag, a pattern or a word
// class (`2-regex-'${pattern}'` turns a RegExp into text each time) are plain strings (~6% of a
// parse in paired runs).
/**
 * A rolldown plugin making edits to compromise's source files: for each file (a pattern of its
 * path), each [text, replacement] in turn; a text the file no longer holds stops the build.
 */
const sourceEdits = (name, files) => ({
  name,
  transform(code, id) {
    const edits = files.find(([file]) => file.test(id))?.[1];
    if (!edits) return null;
    for (const [from, to] of edits) {
      if (!code.includes(from)) throw new Error(`${id} no longer holds ${JSON.stringify(from.slice(0, 60))}: update scripts/build-compromise.js`);
      code = code.replace(from, to);
    }
    return code;
  },
});
const envRead = "const env = typeof process === 'undefined' || !process.env ? self.env || {} : process.env";
const noDebugging = sourceEdits('no-tagger-debugging', [
  // (read inside the function, as `env && env.DEBUG_TAGS`)
  [/[\\/]1-one[\\/]tag[\\/]methods[\\/]setTag\.js$/, [[envRead, 'const env = null']]],
  [/[\\/]tagger[\\/]_fastTag\.js$/, [[envRead, 'const env = null']]],
  // (read once, at load, as `env.DEBUG_TAGS`)
  // (and the word it would have printed, with a prefix pattern and a table lookup for every term)
  [
    /[\\/]3rd-pass[\\/]06-switches\.js$/,
    [
      [envRead, 'const env = {}'],
      ['`3-[switch] (${form})`', "'3-[switch]'"],
      ["  let str = term.normal || term.implicit || ''\n  // support prefixes for switching words\n  if (prefix.test(str) && !switches[str]) {\n    str = str.replace(prefix, '') // could use some guards, here\n  }\n", ''],
      ["    } else if (env.DEBUG_TAGS) {\n      console.log(`\\n -> X  - '${str}'  : (${form})  `)\n    }", '    }'],
    ],
  ],
  [/[\\/]3rd-pass[\\/]_fillTags\.js$/, [['` -inferred by #${tags[k]}`', "' -inferred'"]]],
  [/[\\/]2nd-pass[\\/]03-regex\.js$/, [["`2-regex-'${arr[2] || arr[0]}'`", "'2-regex'"]]],
]);
// The pre-tagger tests every word against ~20 of its patterns (none with a g or y flag, so a test
// has no state): which of them a word matches first is a function of the word as written (its
// text, its punctuation and its normal forms), so it is kept with src/nlp.ts's entry for that
// written word, which every term of it carries as `written`: found once per word, not looked up
// in three tables per term. (The suffix patterns still apply only to a term with no tag yet; the
// pattern found is kept, the test of the tags is made each time.)
const regexOnce = {
  name: 'regex-tests-once-per-written-word',
  transform(code, id) {
    if (!/2nd-pass[\\/]03-regex\.js$/.test(id)) return null;
    const start = code.indexOf('const checkRegex = function');
    const end = code.indexOf('export default checkRegex');
    if (start < 0 || end < 0 || !code.includes("let arr = doRegs(text, regexText) || doRegs(normal, regexNormal)")) {
      throw new Error(`${id} is no longer what this build expects: update scripts/build-compromise.js`);
    }
    const checkRegex = [
      'const firstRegex = function (term, model) {',
      '  const { regexText, regexNormal, regexNumbers } = model.two',
      '  const normal = term.machine || term.normal',
      '  let text = term.text',
      '  if (hasApostrophe.test(term.post) && !hasApostrophe.test(term.pre)) text += term.post.trim()',
      '  let arr = doRegs(text, regexText) || doRegs(normal, regexNormal)',
      '  if (!arr && /[0-9]/.test(normal)) arr = doRegs(normal, regexNumbers)',
      '  return arr',
      '}',
      'const checkRegex = function (terms, i, model, world) {',
      '  const term = terms[i]',
      '  const written = term.written',
      '  let arr',
      '  if (written === undefined) arr = firstRegex(term, model)',
      '  else if ((arr = written.regex) === undefined) arr = written.regex = firstRegex(term, model)',
      '  if (!arr && term.tags.size === 0) {',
      '    if (written === undefined) arr = doEndsWith(term.machine || term.normal, model.two.endsWith)',
      '    else if ((arr = written.endsWith) === undefined) arr = written.endsWith = doEndsWith(term.machine || term.normal, model.two.endsWith)',
      '  }',
      '  if (arr) {',
      "    world.methods.one.setTag([term], arr[1], world, null, '2-regex')",
      '    term.confidence = 0.6',
      '    return true',
      '  }',
      '  return null',
      '}',
      '',
    ].join('\n');
    return code.slice(0, start) + checkRegex + code.slice(end);
  },
};
// Rules of the pre-tagger written to do the same with less:
// - tagging a word removes the tags its new tag excludes (up to 76: "Adjective" excludes every verb
//   and noun tag); the word's own few tags are checked against them, instead of each of them being
//   deleted from the word's tags (the same tags go; with `isSafe`, one of them present still
//   leaves the word as it was);
// - setTag, given one known tag (nearly every call), tags at once, without trimming it and testing
//   it for "#" and spaces;
// - the switch ("Noun|Verb" words), suffix and prefix rules look their tables up by the word's
//   normal form alone, the case rule tests its text for a capital and a digit, the acronym rule its
//   text and normal form, the organization and place rules their word lists: what they find is
//   kept with the written word, as above (`written.switch`, `.suffix`, `.prefix`, `.titleCase`,
//   `.acronym`, `.oneLetterAcronym`, `.orgWord`, `.placeWord`);
// - fastTag adds an array of tags in a loop, not through forEach and a function made at each call;
// - fillTags adds each tag's parents walking the tag set itself, not a copy of it (every tag's
//   parents hold their own parents, checked below, so a parent added on the way adds nothing
//   more, and the tags come out in the same order);
// - the switch rule picks the tag with the most parents that has a clue in one walk of the tags,
//   not by sorting a copy of them (that sort is stable, so the first of equals is the one kept,
//   as the sort then find did);
// - the case and verb-type rules test their few tags one by one, not through an array and a
//   function made at each call;
// - the sentence splitter's test of a piece of text (isSentence) reads its end (the acronym,
//   ellipsis, full stop and last-word checks) from the characters before its trailing spaces,
//   where its patterns anchored at the end tried every position of the piece, and the last word
//   is cut out, not found by splitting the whole piece into words; whether a piece ends with a
//   line break is its last character, not a pattern anchored at its end.
const tagSetClosed = (tagSet) =>
  Object.values(tagSet).every((known) => (known.parents ?? []).every((parent) => (tagSet[parent]?.parents ?? []).every((grand) => known.parents.includes(grand))));
const leanerRules = sourceEdits('leaner-tagging-rules', [
  [
    /[\\/]1-one[\\/]tag[\\/]methods[\\/]setTag\.js$/,
    [
      [
        '  if (isArray(tag) === true) {',
        "  if (typeof tag === 'string' && tagSet[tag] !== undefined && plainTag(tag)) {\n    for (let i = 0; i < terms.length; i += 1) tagTerm(terms[i], tag, tagSet, isSafe)\n    return\n  }\n  if (isArray(tag) === true) {",
      ],
      [
        '      for (let o = 0; o < known.not.length; o += 1) {\n        // if we\'re in tagSafe, skip this term.\n        if (isSafe === true && term.tags.has(known.not[o])) {\n          return null\n        }\n        term.tags.delete(known.not[o])\n      }\n',
        '      const not = notSetOf(known)\n      for (const other of term.tags) {\n        if (!not.has(other)) continue\n        if (isSafe === true) return null\n        term.tags.delete(other)\n      }\n',
      ],
      ['const tagTerm = function', 'const notSets = new WeakMap()\nconst notSetOf = (known) => {\n  let set = notSets.get(known)\n  if (set === undefined) notSets.set(known, (set = new Set(known.not)))\n  return set\n}\nconst tagTerm = function'],
      ['const setTag = function', 'const plainTags = new Map()\nconst plainTag = (tag) => {\n  let plain = plainTags.get(tag)\n  if (plain === undefined) plainTags.set(tag, (plain = tag.trim() === tag && !isMulti.test(tag) && tag[0] !== \'#\'))\n  return plain\n}\nconst setTag = function'],
    ],
  ],
  [
    /[\\/]2nd-pass[\\/]00-tagSwitch\.js$/,
    [
      [
        '  const term = terms[i]\n',
        "  const term = terms[i]\n  const written = term.written\n  if (written !== undefined) {\n    if (written.switch === undefined) written.switch = switchOf(term.normal, switches)\n    if (written.switch !== null) term.switch = written.switch\n    return\n  }\n",
      ],
      [
        'const tagSwitch = function',
        "const switchOf = function (normal, switches) {\n  if (switches.hasOwnProperty(normal)) return switches[normal]\n  if (prefix.test(normal)) {\n    const stem = normal.replace(prefix, '')\n    if (stem.length > 3 && switches.hasOwnProperty(stem)) return switches[stem]\n  }\n  return null\n}\nconst tagSwitch = function",
      ],
    ],
  ],
  [
    /[\\/]2nd-pass[\\/]01-case\.js$/,
    [
      [
        '  if (index !== 0 && titleCase.test(str) === true && hasNumber.test(str) === false) {\n',
        '  if (index !== 0 && properLooking(term, str)) {\n',
      ],
      // (the tags written out below are these)
      ["const notProper = ['Date', 'Month', 'WeekDay', 'Unit', 'Expression']\n", "const notProper = ['Date', 'Month', 'WeekDay', 'Unit', 'Expression']\n"],
      ["    if (notProper.find(tag => term.tags.has(tag))) {\n", "    if (term.tags.has('Date') || term.tags.has('Month') || term.tags.has('WeekDay') || term.tags.has('Unit') || term.tags.has('Expression')) {\n"],
      ['    if (term.pre.match(/["\']$/)) {\n', '    if (/["\']$/.test(term.pre)) {\n'],
      [
        'const checkCase = function',
        'const properLooking = function (term, str) {\n  const written = term.written\n  if (written === undefined) return titleCase.test(str) === true && hasNumber.test(str) === false\n  if (written.titleCase === undefined) written.titleCase = titleCase.test(str) === true && hasNumber.test(str) === false\n  return written.titleCase\n}\nconst checkCase = function',
      ],
    ],
  ],
  [
    /[\\/]3rd-pass[\\/]03-orgWords\.js$/,
    [["  if (orgWords[str] === true && isOrg(terms[i - 1], i - 1, yelling)) {\n", "  const written = term.written\n  if ((written === undefined ? orgWords[str] === true : written.orgWord !== undefined ? written.orgWord : (written.orgWord = orgWords[str] === true)) && isOrg(terms[i - 1], i - 1, yelling)) {\n"]],
  ],
  [
    /[\\/]3rd-pass[\\/]04-placeWords\.js$/,
    [["  if (placeWords[str] === true) {\n", "  const written = term.written\n  if (written === undefined ? placeWords[str] === true : written.placeWord !== undefined ? written.placeWord : (written.placeWord = placeWords[str] === true)) {\n"]],
  ],
  [
    /[\\/]3rd-pass[\\/]01-acronym\.js$/,
    [
      [
        "  if (!oneLetterWord.hasOwnProperty(term.text) && oneLetterAcronym.test(term.text)) {\n",
        "  if (written === undefined ? !oneLetterWord.hasOwnProperty(term.text) && oneLetterAcronym.test(term.text) : written.oneLetterAcronym !== undefined ? written.oneLetterAcronym : (written.oneLetterAcronym = !oneLetterWord.hasOwnProperty(term.text) && oneLetterAcronym.test(term.text))) {\n",
      ],
      [
        '  if (isNoPeriodAcronym(term, model)) {\n',
        '  const written = term.written\n  if (written === undefined ? isNoPeriodAcronym(term, model) : written.acronym !== undefined ? written.acronym : (written.acronym = isNoPeriodAcronym(term, model))) {\n',
      ],
    ],
  ],
  [
    /[\\/]3rd-pass[\\/]07-verb-type\.js$/,
    [
      ["  const types = ['PastTense', 'PresentTense', 'Auxiliary', 'Modal', 'Particle']\n", ''],
      [
        '    const type = types.find(typ => term.tags.has(typ))\n',
        "    const type = term.tags.has('PastTense') || term.tags.has('PresentTense') || term.tags.has('Auxiliary') || term.tags.has('Modal') || term.tags.has('Particle')\n",
      ],
    ],
  ],
  [
    /[\\/]2nd-pass[\\/]02-suffix\.js$/,
    [
      [
        '    let tag = suffixLoop(term.normal, model.two.suffixPatterns)\n',
        '    const written = term.written\n    let tag = written === undefined ? suffixLoop(term.normal, model.two.suffixPatterns) : written.suffix !== undefined ? written.suffix : (written.suffix = suffixLoop(term.normal, model.two.suffixPatterns))\n',
      ],
    ],
  ],
  [
    /[\\/]01-sentences[\\/]03-smart-merge\.js$/,
    [["  return Boolean(c.match(/\\n$/))", '  return c.charCodeAt(c.length - 1) === 10']],
  ],
  [
    /[\\/]01-sentences[\\/]is-sentence\.js$/,
    [
      ["const isAcronym = /[ .][A-Z]\\.? *$/i", "const isAcronym = /[ .][A-Z]\\.?$/i"],
      [
        'const isSentence = function (str, abbrevs) {\n  // must have a letter\n  if (hasLetter.test(str) === false) {\n    return false\n  }\n  // check for \'F.B.I.\'\n  if (isAcronym.test(str) === true) {\n    return false\n  }\n  // check for leading initial - "W. Kensington"\n  if (str.length === 3 && leadInit.test(str)) {\n    return false\n  }\n  //check for \'...\'\n  if (hasEllipse.test(str) === true) {\n    return false\n  }\n  const txt = str.replace(/[.!?\\u203D\\u2E18\\u203C\\u2047-\\u2049] *$/, \'\')\n  const words = txt.split(\' \')\n  const lastWord = words[words.length - 1].toLowerCase()\n  // check for \'Mr.\' (and not mr?)\n  if (abbrevs.hasOwnProperty(lastWord) === true && hasPeriod.test(str) === true) {\n    return false\n  }\n  // //check for jeopardy!\n  // if (blacklist.hasOwnProperty(lastWord)) {\n  //   return false\n  // }\n  return true\n}\n',
        'const isSentence = function (str, abbrevs) {\n  if (hasLetter.test(str) === false) {\n    return false\n  }\n  // the tests anchored at the end (" *$") read the characters before the trailing spaces\n  let end = str.length\n  while (end > 0 && str.charCodeAt(end - 1) === 32) end -= 1\n  const last = str.charCodeAt(end - 1)\n  if (isAcronym.test(str.slice(Math.max(0, end - 3), end)) === true) {\n    return false\n  }\n  if (str.length === 3 && leadInit.test(str)) {\n    return false\n  }\n  if (last === 0x2026 || (last === 46 && str.charCodeAt(end - 2) === 46)) {\n    return false\n  }\n  const cut = last === 46 || last === 33 || last === 63 || last === 0x203d || last === 0x2e18 || last === 0x203c || (last >= 0x2047 && last <= 0x2049) ? end - 1 : str.length\n  const lastWord = str.slice(str.lastIndexOf(\' \', cut - 1) + 1, cut).toLowerCase()\n  if (abbrevs.hasOwnProperty(lastWord) === true && last === 46) {\n    return false\n  }\n  return true\n}\n',
      ],
    ],
  ],
  [
    /[\\/]2nd-pass[\\/]04-prefix\.js$/,
    [
      [
        '    const tag = prefixLoop(term.normal, model.two.prefixPatterns)\n',
        '    const written = term.written\n    const tag = written === undefined ? prefixLoop(term.normal, model.two.prefixPatterns) : written.prefix !== undefined ? written.prefix : (written.prefix = prefixLoop(term.normal, model.two.prefixPatterns))\n',
      ],
    ],
  ],
  [
    /[\\/]tagger[\\/]_fastTag\.js$/,
    // (every caller gives a tag or an array of them)
    [['    tag.forEach(tg => term.tags.add(tg))\n', '    for (let k = 0; k < tag.length; k += 1) term.tags.add(tag[k])\n']],
  ],
  [
    /[\\/]3rd-pass[\\/]_fillTags\.js$/,
    [
      [
        '  const tags = Array.from(term.tags)\n  for (let k = 0; k < tags.length; k += 1) {\n    if (model.one.tagSet[tags[k]]) {\n      const toAdd = model.one.tagSet[tags[k]].parents\n',
        '  for (const tag of term.tags) {\n    const known = model.one.tagSet[tag]\n    if (known) {\n      const toAdd = known.parents\n',
      ],
    ],
  ],
  [
    /[\\/]3rd-pass[\\/]06-switches\.js$/,
    [
      [
        '  const tags = Array.from(term.tags).sort((a, b) => {\n    const numA = tagSet[a] ? tagSet[a].parents.length : 0\n    const numB = tagSet[b] ? tagSet[b].parents.length : 0\n    return numA > numB ? -1 : 1\n  })\n  let found = tags.find(tag => obj[tag])\n',
        '  let found\n  let most = -1\n  for (const tag of term.tags) {\n    if (!obj[tag]) continue\n    const parents = tagSet[tag] && tagSet[tag].parents ? tagSet[tag].parents.length : 0\n    if (parents > most) {\n      most = parents\n      found = tag\n    }\n  }\n',
      ],
    ],
  ],
]);
// A word seen for the first time goes through four steps of compromise's tokenizer, each written
// for any text: its punctuation split off (every character tested against Unicode patterns in
// both loops), its normal form (ten replacements), its accents removed (split, forEach, join) and
// its "machine" form (five patterns). For the usual word the outcome is plain (nothing changed,
// or only the spaces and marks after it taken off), and each step gets a check that proves it
// first (the four steps 0.39× the time over the development articles' distinct words; a few
// percent of a pass over text not seen before):
// - punctuation: a word that starts and ends with an ASCII letter or digit, followed by nothing
//   but spaces, line breaks and marks the loop at its end takes off one by one (, ; : ! ? " and a
//   full stop after no acronym; none of them kept punctuation, postPunctuation), and that is no
//   emoticon, keeps its first character (a letter or digit stops the first loop, and so does
//   kept punctuation, which that loop never takes off) and loses just those marks at its end;
// - normal form: a lower-case word of ASCII letters and digits has nothing any replacement finds;
// - accents: a word none of whose characters the table maps to another (the usual word: the
//   table holds accented letters, and maps "i" and '"' to themselves) keeps each character;
// - machine form: a word without an apostrophe, a hyphen, "#" or "@" has nothing any pattern finds.
const plainWords = sourceEdits('plain-words-unchanged', [
  [
    /[\\/]03-whitespace[\\/]tokenize\.js$/,
    [
      [
        '  const chars = Array.from(str)\n',
        "  const end = plainEnd(str, postPunctuation)\n  if (end > 0 && (end === str.length || str.indexOf('.', end) < 0 || !hasAcronym.test(original)) && !emoticons.hasOwnProperty(str.trim())) {\n    return { str: str.slice(0, end), pre, post: str.slice(end) }\n  }\n  const chars = Array.from(str)\n",
      ],
      [
        'const normalizePunctuation = function',
        "const isAlnum = (code) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)\nconst tailMarks = new Set([' ', '\\n', '\\t', '\\r', ',', ';', ':', '!', '?', '\"', '.'])\n// where a word's letters end, before marks the loop at its end takes off whole; -1 if not plain\nconst plainEnd = (str, postPunctuation) => {\n  let end = str.length\n  while (end > 0 && tailMarks.has(str[end - 1]) && postPunctuation[str[end - 1]] !== true) end -= 1\n  if (end === 0 || !isAlnum(str.charCodeAt(0)) || !isAlnum(str.charCodeAt(end - 1))) return -1\n  return end\n}\nconst normalizePunctuation = function",
      ],
    ],
  ],
  [
    /[\\/]normal[\\/]01-cleanup\.js$/,
    [
      ['  const original = str\n', '  if (plainLower.test(str)) return str\n  const original = str\n'],
      ['const clean = function', 'const plainLower = /^[a-z0-9]+$/\nconst clean = function'],
    ],
  ],
  [
    /[\\/]tokenize[\\/]methods[\\/]unicode\.js$/,
    [
      ["  str = str || ''\n  const chars", "  str = str || ''\n  if (keepsEvery(str, unicode)) return str\n  const chars"],
      [
        'const killUnicode = function',
        'const keepsEvery = (str, unicode) => {\n  for (let i = 0; i < str.length; i += 1) {\n    const to = unicode[str[i]]\n    if (to && to !== str[i]) return false\n  }\n  return true\n}\nconst killUnicode = function',
      ],
    ],
  ],
  [
    /[\\/]tokenize[\\/]compute[\\/]machine\.js$/,
    [
      ["  let str = term.implicit || term.normal || term.text\n", "  let str = term.implicit || term.normal || term.text\n  if (!machineMarks.test(str)) {\n    if (str !== term.normal) term.machine = str\n    return\n  }\n"],
      ['const doMachine = function', "const machineMarks = /['’#@-]/\nconst doMachine = function"],
    ],
  ],
]);
const bundle = await rolldown({ input: entry, platform: 'node', logLevel: 'silent', plugins: [noDebugging, regexOnce, leanerRules, plainWords] });
// NO_MINIFY=1 keeps compromise's function names, for reading a CPU profile
await bundle.write({ file: join(out, 'compromise.cjs'), format: 'cjs', minify: !process.env.NO_MINIFY });
await bundle.close();
rmSync(entry);

// 2. The model compromise computes at load. RegExps are written as {"$re", "flags"}; `version`
// records which compromise made it (for a reader of the file; the code does not use it).
const full = require('compromise');
const model = full.model();
const two = { ...model.two };
// Not the post-tagger's rules (we do not run it), nor what only compromise's conjugation and
// inflection methods read (models, irregularPlurals, uncountable: ~70 KB; the pre-tagger never
// calls them, and tests/nlp.test.ts would see a tag change if it did)
for (const key of ['matches', 'models', 'irregularPlurals', 'uncountable']) delete two[key];
const { lexicon, _multiCache, frozenLex, tagSet } = model.one;
// (leanerRules' fillTags relies on it)
if (!tagSetClosed(tagSet)) throw new Error("compromise's tag set no longer lists every parent's parents among a tag's parents: update scripts/build-compromise.js");
const holdsRegExp = (value) => value instanceof RegExp || (value !== null && typeof value === 'object' && Object.values(value).some(holdsRegExp));
// The parts of model.two to revive at load; the rest of the file (the lexicon above all) needs no walk.
const withRegExps = Object.keys(two).filter((key) => holdsRegExp(two[key]));
// The lexicon (24,600 words) sorted, as src/nlp.ts searches it by halves: its words "word\nword…"
// in UTF-16 order (what `<` compares), each word's tags as one character of `groups` (0x100 + the
// index of its tags in `tags`). src/nlp.ts only notes where each word starts (~1 ms); a Map of
// every word took ~10 ms to build at every start, for the few hundred words an article looks up.
const words = Object.keys(lexicon).sort();
const tagGroups = [];
const groupOf = new Map();
let groups = '';
for (const word of words) {
  if (word.includes('\n')) throw new Error(`compromise's lexicon has a word with a line break in it: ${JSON.stringify(word)}`);
  const key = JSON.stringify(lexicon[word]);
  if (!groupOf.has(key)) {
    groupOf.set(key, tagGroups.length);
    tagGroups.push(lexicon[word]);
  }
  groups += String.fromCharCode(0x100 + groupOf.get(key));
}
const sortedLexicon = { words: words.join('\n'), groups, tags: tagGroups };
const json = JSON.stringify({ version, withRegExps, lexicon: sortedLexicon, one: { _multiCache, frozenLex, tagSet }, two }, (key, value) => {
  if (value instanceof RegExp) return { $re: value.source, flags: value.flags };
  if (value instanceof Set || value instanceof Map || typeof value === 'function') throw new Error(`compromise's model has a ${value.constructor.name} at "${key}", which JSON cannot hold`);
  return value;
});
writeFileSync(join(out, 'compromise-model.json'), json);
