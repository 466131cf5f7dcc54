// The sanity check of an accepted result, shared by the library fuzz (run in its worker) and the
// command-line fuzz (run on the JSON the command printed).

// Every non-finite number, undefined field and suspicious text in a result, with its place.
export function problemsOf(result: unknown, verdicts: readonly unknown[]): string[] {
  const problems: string[] = [];
  const json = JSON.stringify(result);
  for (const word of ['NaN', 'Infinity', 'undefined'])
    if (json.includes(word)) problems.push(`JSON has ${word}`);
  const seen = new Set<unknown>();
  const walk = (value: unknown, at: string): void => {
    if (problems.length > 20) return;
    if (typeof value === 'number' && !Number.isFinite(value)) problems.push(`${at} is ${value}`);
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) problems.push(`${at}.${key} is undefined`);
      walk(item, `${at}.${key}`);
    }
  };
  walk(JSON.parse(json), '$');
  for (const verdict of verdicts)
    if (typeof verdict !== 'boolean' && verdict !== null) problems.push(`verdict is ${String(verdict)}`);
  return problems;
}
