// Verbs and phrases that attribute speech: "said", "told CNN", "wrote in a statement".
// Shared by the quotes analyzer (cues) and the entities analyzer ("…, said Kirby" → a person).
export const speechVerbs: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'added', 'adds', 'add', 'stated', 'states',
  'state', 'asked', 'asks', 'ask', 'replied', 'replies', 'answered', 'explained', 'explains', 'noted',
  'notes', 'wrote', 'writes', 'write', 'tweeted', 'tweets', 'posted', 'declared', 'declares',
  'announced', 'announces', 'insisted', 'insists', 'argued', 'argues', 'claimed', 'claims', 'warned',
  'warns', 'urged', 'urges', 'suggested', 'suggests', 'acknowledged', 'acknowledges', 'admitted',
  'admits', 'conceded', 'concedes', 'recalled', 'recalls', 'continued', 'continues', 'commented',
  'comments', 'remarked', 'remarks', 'responded', 'responds', 'emphasized', 'emphasised', 'stressed',
  'stresses', 'observed', 'observes', 'confirmed', 'confirms', 'denied', 'denies', 'predicted',
  'predicts', 'promised', 'promises', 'vowed', 'vows', 'pledged', 'pledges', 'cautioned', 'cautions',
  'shouted', 'shouts', 'whispered', 'joked', 'jokes', 'quipped', 'boasted', 'complained', 'complains',
  'described', 'describes', 'called', 'calls', 'reported', 'reports', 'testified', 'testifies', 'wondered',
  'mused', 'conceded', 'agreed', 'agrees', 'countered', 'counters', 'concluded', 'concludes', 'alleged',
  'alleges', 'accused', 'accuses', 'recounted', 'recounts', 'repeated', 'reiterated', 'reiterates',
  'estimated', 'estimates', 'announced', 'insisted', 'believes', 'believed', 'thinks', 'thought',
  'call', 'reasoned', 'reasons', 'cited', 'cites', 'quoted', 'quotes', 'stating', 'reads', 'defended',
  'defends', 'adding', 'noting', 'explaining', 'insisting', 'arguing', 'writing', 'telling', 'asking',
  'answering', 'declaring', 'announcing', 'claiming', 'urging', 'pleaded', 'pleads', 'begged',
  'demanded', 'demands', 'conceding', 'admitting', 'summed', 'retorted', 'exclaimed', 'announced',
]);

/** Nouns that attribute speech to the name after "from"/"by" or before "'s": "a sober warning from X". */
export const speechNouns: ReadonlySet<string> = new Set([
  'warning', 'warnings', 'statement', 'statements', 'remarks', 'remark', 'comments', 'comment', 'message',
  'words', 'call', 'plea', 'appeal', 'vow', 'pledge', 'promise', 'claim', 'assertion', 'assurance',
  'testimony', 'speech', 'address', 'announcement', 'declaration', 'message', 'tweet', 'post', 'letter',
  'interview', 'response', 'reply', 'answer', 'admission', 'insistence', 'description', 'quote',
]);

/** Pronouns that can name a speaker, resolved to the nearest fitting person before the quote. */
export const speakerPronouns: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'we']);
