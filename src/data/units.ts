// Currencies (ISO 4217) and units of measure as news writes them after or before a number.

/** Symbols and codes written before the amount: "$5 billion", "US$40 billion", "GB £20.1 billion". */
export const currencyPrefixes: ReadonlyArray<[RegExp, string]> = [
  [/(?:US\s?\$|USD\s?\$?|U\.S\.\s?\$)$/, 'USD'],
  [/(?:A|AU|AUD\s?)\$$/, 'AUD'],
  [/(?:C|CA|CAD\s?)\$$/, 'CAD'],
  [/(?:HK|HKD\s?)\$$/, 'HKD'],
  [/(?:NZ|NZD\s?)\$$/, 'NZD'],
  [/(?:S|SGD\s?)\$$/, 'SGD'],
  [/\$$/, 'USD'],
  [/(?:EUR\s?|€)$/, 'EUR'],
  [/(?:GBP\s?|(?:GB\s?)?£)$/, 'GBP'],
  [/(?:JPY\s?|¥)$/, 'JPY'],
  [/(?:CNY\s?|RMB\s?)$/, 'CNY'],
  [/(?:INR\s?|₹|Rs\.?\s?)$/, 'INR'],
  [/(?:RUB\s?|₽)$/, 'RUB'],
  [/(?:KRW\s?|₩)$/, 'KRW'],
  [/CHF\s?$/, 'CHF'],
];

/** Currency words written after the amount: "9.9 billion yuan", "12 pounds sterling". */
export const currencyWords: Readonly<Record<string, string>> = {
  'us dollars': 'USD', 'u.s. dollars': 'USD', 'american dollars': 'USD', dollars: 'USD', dollar: 'USD',
  'australian dollars': 'AUD', 'canadian dollars': 'CAD', 'hong kong dollars': 'HKD',
  'new zealand dollars': 'NZD', 'singapore dollars': 'SGD', euros: 'EUR', euro: 'EUR',
  'pounds sterling': 'GBP', sterling: 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupees: 'INR',
  rupee: 'INR', roubles: 'RUB', rubles: 'RUB', francs: 'CHF', 'swiss francs': 'CHF', won: 'KRW',
  rand: 'ZAR', pesos: 'MXN', shekels: 'ILS', lira: 'TRY', naira: 'NGN', usd: 'USD', eur: 'EUR',
  gbp: 'GBP', jpy: 'JPY', cny: 'CNY', inr: 'INR', cad: 'CAD', aud: 'AUD', chf: 'CHF',
};

/** Units of measure; the value is the unit's name as reported. */
export const measureUnits: Readonly<Record<string, string>> = {
  km: 'km', kilometres: 'km', kilometers: 'km', kilometre: 'km', kilometer: 'km',
  'square kilometres': 'km²', 'square kilometers': 'km²', 'sq km': 'km²', km2: 'km²', 'km²': 'km²',
  miles: 'miles', mile: 'miles', 'square miles': 'square miles', m: 'm', metres: 'm', meters: 'm',
  metre: 'm', meter: 'm', cm: 'cm', centimetres: 'cm', centimeters: 'cm', mm: 'mm', millimetres: 'mm',
  millimeters: 'mm', feet: 'feet', ft: 'feet', foot: 'feet', inches: 'inches', inch: 'inches',
  kg: 'kg', kilograms: 'kg', kilogram: 'kg', kilos: 'kg', g: 'g', grams: 'g', gram: 'g', lb: 'lb',
  lbs: 'lb', tonnes: 'tonnes', tonne: 'tonnes', tons: 'tons', ton: 'tons', mph: 'mph', kph: 'km/h',
  'km/h': 'km/h', knots: 'knots', 'degrees celsius': '°C', 'degrees fahrenheit': '°F', '°c': '°C',
  '°f': '°F', degrees: 'degrees', acres: 'acres', hectares: 'hectares', litres: 'litres',
  liters: 'litres', gallons: 'gallons', barrels: 'barrels', mw: 'MW', megawatts: 'MW', gw: 'GW',
  gigawatts: 'GW', kwh: 'kWh', mb: 'MB', gb: 'GB', tb: 'TB', calories: 'calories', litre: 'litres',
  liter: 'litres', ms: 'ms', 'µs': 'µs', ns: 'ns', cc: 'cc', ccs: 'cc', rem: 'rem', em: 'em', px: 'px',
};

export const percentSuffixes: ReadonlyArray<[RegExp, string]> = [
  [/^\s*percentage\s+points?\b/i, 'percentage points'],
  [/^\s*(?:%|per\s?cent\b|percent\b|pct\b)/i, 'percent'],
];
