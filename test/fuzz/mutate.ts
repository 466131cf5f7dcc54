// The mutations of the example fuzz (issue 18), shared by the library fuzz (examples.test.ts) and
// the command-line fuzz (cli.test.ts): odd values, one mutation at a path of a JSON document, and
// whether an issue's path is a place in the mutated document.
import fc from 'fast-check';

// biome-ignore lint/suspicious/noExplicitAny: documents are edited as untyped JSON on purpose
export type Json = any;
export type Path = readonly (string | number)[];

// Values that break, or test the edges of, the contract.
export const ODD_VALUES: readonly unknown[] = [
  -1,
  0,
  1,
  1.5,
  '1.5',
  '-0',
  '812',
  '1e3',
  'abc',
  '',
  null,
  true,
  [],
  {},
  [1],
  Number.NaN,
  Number.POSITIVE_INFINITY,
  1e8,
  1e8 + 1,
  1e42,
  1e308,
  '1e999999999',
  '1e-999999999',
  '1e10001',
  '1e42',
  'x'.repeat(1_000_000),
  '2021-02-30',
  '2021-12-31',
  { numerator: 1, denominator: 0 },
  { value: '1e13' },
  'primary',
  'issue-closed',
];

export type Mutation =
  | { readonly kind: 'set'; readonly value: unknown }
  | { readonly kind: 'delete' }
  | { readonly kind: 'add-key'; readonly key: string; readonly value: unknown }
  | { readonly kind: 'copy-sibling' };

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('set' as const), value: fc.constantFrom(...ODD_VALUES) }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'delete' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('add-key' as const),
      key: fc.constantFrom('extra', 'pupil', '__proto__', 'id', 'junior', 'x'.repeat(1_000)),
      value: fc.constantFrom(...ODD_VALUES),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'copy-sibling' as const }) },
);

// Every path to a value in a JSON document, objects and arrays included.
export function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const paths: (string | number)[][] = [prefix];
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) paths.push(...pathsOf(item, [...prefix, i]));
  } else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]));
  return paths;
}

// Applies a mutation at a path of a deep copy; `__proto__` is added as an own key, as JSON.parse does.
export function mutate(document: unknown, path: Path, mutation: Mutation): unknown {
  const copy: Json = structuredClone(document);
  if (path.length === 0) return mutation.kind === 'set' ? mutation.value : copy;
  const parent = path.slice(0, -1).reduce((node: Json, key) => node[key], copy);
  const key = path[path.length - 1] as string | number;
  switch (mutation.kind) {
    case 'set':
      parent[key] = mutation.value;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      break;
    case 'add-key': {
      const target = parent[key];
      if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
        Object.defineProperty(target, mutation.key, {
          value: mutation.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      break;
    }
    case 'copy-sibling':
      if (Array.isArray(parent)) parent.push(structuredClone(parent[Number(key)]));
      break;
  }
  return copy;
}

// A path exists when every key is there, or when all but the last are and the last names a
// missing key of an object (a required field that was deleted).
export function pathExists(document: unknown, path: Path): boolean {
  let node: unknown = document;
  for (const [i, key] of path.entries()) {
    if (typeof node !== 'object' || node === null) return false;
    const has = Array.isArray(node) ? typeof key === 'number' && key < node.length : Object.hasOwn(node, key);
    if (!has) return i === path.length - 1 && !Array.isArray(node);
    node = (node as Record<string | number, unknown>)[key];
  }
  return true;
}
