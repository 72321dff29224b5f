// A per-key memo with a bound, shared by the parse and the analyzers.

/**
 * `make` kept per key, all forgotten once `limit` keys are kept: a long batch meets ever new names
 * and figures. (`make` never gives undefined.)
 */
export function remembered<Value>(limit: number, make: (key: string) => Value): (key: string) => Value {
  const known = new Map<string, Value>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = make(key);
      if (known.size >= limit) known.clear();
      known.set(key, value);
    }
    return value;
  };
}
