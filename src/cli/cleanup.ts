/** What must happen however the process ends (Ctrl-C, a closed pipe): synchronous hooks. */
const hooks = new Set<() => void>();

export function onInterrupt(hook: () => void): void {
  hooks.add(hook);
}

export function runInterruptHooks(): void {
  for (const hook of hooks) {
    try {
      hook();
    } catch {
      // cleanup must not stop the other cleanups
    }
  }
  hooks.clear();
}
