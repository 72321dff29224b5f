import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';

const entitiesOf = (text: string) =>
  analyze(text, { analyzers: ['entities'] }).entities!.map((entity) => ({
    name: entity.name,
    type: entity.type,
    roles: entity.roles,
    mentions: entity.mentions.map((mention) => mention.text),
  }));
const named = (text: string) => entitiesOf(text).map(({ name, type }) => [name, type]);

describe('entities: detection and typing', () => {
  const cases: Array<[string, Array<[string, string]>]> = [
    ['The Pentagon said on Thursday that talks had stalled.', [['Pentagon', 'organization']]],
    ['Officials at the Kremlin declined to comment.', [['Kremlin', 'organization']]],
    ['NATO leaders met in Brussels.', [['NATO', 'organization'], ['Brussels', 'place']]],
    ['He spoke to the UN Refugee Agency.', [['UN Refugee Agency', 'organization']]],
    ['Leaders from Poland called on the US to act.', [['Poland', 'place'], ['US', 'place']]],
    ['The crisis spread across Europe.', [['Europe', 'place']]],
    ['She studied at the University of Sydney.', [['University of Sydney', 'organization']]],
    ['A storm hit Mecca\'s Grand Mosque.', [['Mecca', 'place'], ['Grand Mosque', 'place']]],
    ['Russian President Vladimir Putin spoke.', [['Vladimir Putin', 'person']]],
    ['Russian troops advanced.', []],
    ['Americans want answers.', []],
    ['Leaders from Poland in particular have called.', [['Poland', 'place']]],
    ['Will Russia really use nuclear weapons?', [['Russia', 'place']]],
    ['Senior officials met on Monday in February.', []],
    ['The European Aeronautic Defence and Space Company EADS N.V. (EADS) won.', [['European Aeronautic Defence and Space Company EADS N.V.', 'organization']]],
    ['a contract for the United States Air Force (USAF) tankers', [['United States Air Force', 'organization']]],
    ['Maintenance, Repair and Overhaul (MRO) operations grew.', [['MRO', 'other']]],
    ['WASHINGTON, March 3 (Reuters) - The vote passed.', [['Washington', 'place'], ['Reuters', 'organization']]],
    ['Theresa May met the envoys in May.', [['Theresa May', 'person']]],
    ['Talks stalled in March, Smith said.', [['Smith', 'person']]],
    ['Boeing and Lockheed Martin competed; Lockheed won.', [['Boeing', 'organization'], ['Lockheed Martin', 'organization']]],
    ['Apple Inc. reported record profits.', [['Apple Inc.', 'organization']]],
    ['The Massachusetts Institute of Technology and Colorado State University led the study.', [['Massachusetts Institute of Technology', 'organization'], ['Colorado State University', 'organization']]],
    ['He works for the Ministry of Defence in London.', [['Ministry of Defence', 'organization'], ['London', 'place']]],
    ['Talks were held at the Greek Ministry of Culture.', [['Greek Ministry of Culture', 'organization']]],
    ['It was backed by the British Red Cross.', [['British Red Cross', 'organization']]],
    ['The Union of Rationalist Atheists and Agnostics launched a campaign.', [['Union of Rationalist Atheists and Agnostics', 'organization']]],
    ['The Guardian cited examples of complex questions.', [['Guardian', 'organization']]],
    ['The Court has ruled on the case.', [['Court', 'organization']]],
    ['A spokesperson for the Los Angeles Sheriff\'s office declined to comment.', [['Los Angeles', 'place']]],
    ['Hernan Gomez, the Panama coach, praised his team.', [['Hernan Gomez', 'person'], ['Panama', 'place']]],
    ['Romelu Lukaku scored twice; Lukaku then left the pitch.', [['Romelu Lukaku', 'person']]],
    ['Dries Mertens, Thibaut Courtois and Eden Hazard played. Mertens scored.', [['Dries Mertens', 'person'], ['Thibaut Courtois', 'person'], ['Eden Hazard', 'person']]],
    ['Activists Lau Siu-lai and Yau Wai-ching were elected.', [['Lau Siu-lai', 'person'], ['Yau Wai-ching', 'person']]],
    ['The secretary general of the conference, Nunzio Galantino, spoke.', [['Nunzio Galantino', 'person']]],
    ['Afghan Ambassador to the United States Hamdullah Mohib spoke.', [['United States', 'place'], ['Hamdullah Mohib', 'person']]],
    ['CEO of the Refugee Council Enver Solomon told Sky News.', [['Refugee Council', 'organization'], ['Enver Solomon', 'person'], ['Sky News', 'organization']]],
    ['The World Health Organisation (WHO) recommends iodised salt. WHO say it works.', [['World Health Organisation', 'organization']]],
    ['The new Airbus A380 landed in Singapore.', [['Airbus A380', 'other'], ['Singapore', 'place']]],
    ['Sweden defeated South Korea 1 – 0 after a penalty; the match referee booked two players. The goal came late, the striker said. Korea had chances in the match but the squad lost.', [['Sweden', 'organization'], ['South Korea', 'organization'], ['Korea', 'organization']]],
    ['Valeska Paris, an Australian woman, was held on a ship. Paris claims she was forced to work.', [['Valeska Paris', 'person']]],
    ['Image: Nick Moreau.', []],
    ['Nick Moreau took the photo on Friday.', [['Nick Moreau', 'person']]],
    ['Labour said the plan would fail.', [['Labour', 'organization']]],
    ['The Fed raised rates again.', [['Fed', 'organization']]],
    ['Ukrainians and Russians fled; Americans watched.', []],
    ['The Pentagon spokesman declined to comment on Thursday.', [['Pentagon', 'organization']]],
    ['He arrived in January and left on Friday.', []],
    ['GB £20.1 billion was spent.', []],
    ['The Internet security firm warned of flaws.', []],
    ['He won the Google Science Fair last year.', [['Google', 'organization']]],
    ['Tickets for the FIFA World Cup sold out.', [['FIFA', 'organization']]],
    ['Tickets for the Glastonbury Festival sold out.', [['Glastonbury Festival', 'other']]],
    ['Refugees gathered in Przemysl overnight.', [['Przemysl', 'place']]],
    ['A Kharkiv-based charity handed out food.', [['Kharkiv', 'place']]],
    ['Heavy floods hit parts of Western Australia and Northern Ireland on Monday.', [['Western Australia', 'place'], ['Northern Ireland', 'place']]],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });
});

describe('entities: the user lexicon', () => {
  it('adds names the detector would miss and retypes guesses', () => {
    const lexicon = { 'Joint Chiefs': 'organization', Kirby: 'person', 'drawing board': 'other' } as const;
    const found = analyze('Kirby met the Joint Chiefs. Back to the drawing board.', { analyzers: ['entities'], lexicon }).entities!;
    expect(found.map((entity) => [entity.name, entity.type])).toEqual([
      ['Kirby', 'person'],
      ['Joint Chiefs', 'organization'],
      ['drawing board', 'other'],
    ]);
  });
  it('overrides a type from any other source', () => {
    const found = analyze('Austin spoke in Austin.', { analyzers: ['entities'], lexicon: { Austin: 'place' } }).entities!;
    expect(found).toEqual([{ name: 'Austin', type: 'place', count: 2, roles: [], mentions: [{ start: 0, end: 6, text: 'Austin' }, { start: 16, end: 22, text: 'Austin' }] }]);
  });
});

describe('entities: one per real-world entity, titles as roles', () => {
  it('joins a surname and a title to the full name', () => {
    const found = entitiesOf('Chairman Milley spoke first. Later, Joint Chiefs Chairman General Mark Milley added more.');
    expect(found).toContainEqual({ name: 'Mark Milley', type: 'person', roles: ['Chairman', 'Joint Chiefs Chairman', 'General'], mentions: ['Milley', 'Mark Milley'] });
    expect(found).toContainEqual({ name: 'Joint Chiefs', type: 'organization', roles: [], mentions: ['Joint Chiefs'] });
  });
  it('keeps the portfolio in the role, not the name', () => {
    expect(entitiesOf('Russian Minister of Defense Sergei Shoigu declined.')).toEqual([
      { name: 'Sergei Shoigu', type: 'person', roles: ['Russian Minister of Defense'], mentions: ['Sergei Shoigu'] },
    ]);
  });
  it('takes a lower-case title and its organization as the role', () => {
    const found = entitiesOf('“We will talk,” Pentagon press secretary John Kirby said.');
    expect(found).toContainEqual({ name: 'John Kirby', type: 'person', roles: ['Pentagon press secretary'], mentions: ['John Kirby'] });
    expect(found.map((entity) => entity.name)).not.toContain('Pentagon press');
  });
  it('reads a role set off by commas after the name', () => {
    expect(entitiesOf('Khaled Al-Maeena, editor at large at the Saudi Gazette, said so.')[0]).toEqual({
      name: 'Khaled Al-Maeena', type: 'person', roles: ['editor at large at the Saudi Gazette'], mentions: ['Khaled Al-Maeena'],
    });
  });
  it('strips possessives from mentions', () => {
    const found = entitiesOf("President Joe Biden spoke. Biden's plan was praised.");
    expect(found[0]).toEqual({ name: 'Joe Biden', type: 'person', roles: ['President'], mentions: ['Joe Biden', 'Biden'] });
  });
  it('treats US, U.S. and United States as one place named by its fullest form', () => {
    const found = entitiesOf('The U.S. said the United States and the US would act.');
    expect(found).toEqual([{ name: 'United States', type: 'place', roles: [], mentions: ['U.S.', 'United States', 'US'] }]);
  });
  it('splits a hyphenated title from the name only once', () => {
    expect(entitiesOf('NATO Secretary-General Jens Stoltenberg warned.')).toContainEqual({
      name: 'Jens Stoltenberg', type: 'person', roles: ['NATO Secretary-General'], mentions: ['Jens Stoltenberg'],
    });
  });
  it('joins an organization\'s short form and nickname', () => {
    expect(entitiesOf('The Federal Reserve held rates. The Fed meets again in May.')).toEqual([
      { name: 'Federal Reserve', type: 'organization', roles: [], mentions: ['Federal Reserve', 'Fed'] },
    ]);
  });
  it('never keeps punctuation or titles in a name', () => {
    for (const entity of entitiesOf('He warned of a new security reality in Europe.” Then Secretary Austin left for Europe, and Mr. Blinken too.')) {
      expect(entity.name).toMatch(/^[\p{L}][\p{L} .'’-]*[\p{L}.]$/u);
      expect(entity.name).not.toMatch(/^(Secretary|Mr\.?) /);
    }
  });
  it('ignores teaser lines', () => {
    expect(entitiesOf('The Pentagon spoke.\n\nAlso Read: Will Russia use nuclear weapons? Kremlin has an answer\n\nIt ended.')).toEqual([
      { name: 'Pentagon', type: 'organization', roles: [], mentions: ['Pentagon'] },
    ]);
  });
});

describe('entities: names that are also names of JavaScript properties', () => {
  it('are no place aliases: "Constructor" after "Constructor Inc." is the company', () => {
    // an alias table looked up with `in` took every object's "constructor" for an alias of a place
    expect(named('The firm Constructor Inc. hired staff. Constructor said so.')).toEqual([['Constructor Inc.', 'organization']]);
    expect(named('Officials from Constructor and Google met.')).toEqual([['Constructor', 'organization'], ['Google', 'organization']]);
  });
});

describe("a host program's compromise", () => {
  it('is left as it was: all its hooks, its post-tagger tags', async () => {
    const { createRequire } = await import('node:module');
    const nlp = createRequire(import.meta.url)('compromise');
    const hooks = [...nlp.world().hooks];
    analyze('Mayor Jane Doe told reporters she will not run.', { analyzers: ['entities', 'quotes'] });
    expect(nlp.world().hooks).toEqual(hooks);
    expect(hooks).toContain('postTagger');
    // the post-tagger makes "Doe" a Person and "will" an Auxiliary; the pre-tagger alone does not
    const doc = nlp('Mayor Jane Doe told reporters she will not run.');
    expect(doc.match('Doe').has('#Person')).toBe(true);
    expect(doc.match('will').has('#Auxiliary')).toBe(true);
  });
});
