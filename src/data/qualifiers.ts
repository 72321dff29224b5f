// Words before a figure that say it is not exact: "more than 3.6 million people", "up to 100,000".
// Longest first, so "just over" wins over "over".
export const approximateQualifiers: readonly string[] = [
  'an estimated', 'more than', 'less than', 'fewer than', 'at least', 'at most', 'up to', 'as many as',
  'as much as', 'as high as', 'as few as', 'as little as', 'close to', 'upwards of', 'just over',
  'just under', 'well over', 'approximately', 'roughly', 'around', 'about', 'nearly', 'almost', 'some',
  'over', 'under', 'below', 'above', 'between', 'estimated', 'approx.', 'about', 'around',
].sort((a, b) => b.length - a.length);
