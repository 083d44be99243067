// The page bundle may load a second copy of a source file (docs/decisions/003). State that must be
// one per process (a registry, a context key) is kept on globalThis under a Symbol.for key.
export function processWide<T>(name: string, create: () => T): T {
  const store = globalThis as Record<symbol, unknown>;
  const key = Symbol.for(`wijkwerk.${name}`);
  if (!(key in store)) store[key] = create();
  return store[key] as T;
}
