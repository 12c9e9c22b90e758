/**
 * How the Node shells import a user's module (a plugin): `import()`. The CLI runs as a script
 * through its launcher (src/cli/launch.ts), and Node 20 gives such a script no `import()` of its
 * own, so the launcher hands in an ES module's with `useModuleImporter`.
 */
export type ModuleImporter = (url: string) => Promise<unknown>;

let importer: ModuleImporter = (url) => import(url);

export function importModule(url: string): Promise<unknown> {
  return importer(url);
}

export function useModuleImporter(next: ModuleImporter): void {
  importer = next;
}
