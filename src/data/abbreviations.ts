// Words that end with a period without ending a sentence: "Mr.\nBiden", "the U.S.\nofficials".
export const abbreviations: ReadonlySet<string> = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'gen.', 'lt.', 'col.', 'maj.', 'capt.', 'sgt.', 'adm.', 'cmdr.',
  'sen.', 'rep.', 'gov.', 'lt.', 'pres.', 'rev.', 'hon.', 'st.', 'mt.', 'ft.', 'jr.', 'sr.', 'no.', 'vs.',
  'u.s.', 'u.k.', 'u.n.', 'e.u.', 'a.m.', 'p.m.', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.',
  'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'inc.', 'corp.', 'co.', 'ltd.', 'dept.', 'approx.', 'est.',
]);
