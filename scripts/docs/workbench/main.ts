// Entry script of every workbench page (esbuild ESM with code splitting): registers the offline service worker and
// loads the page's tool with `import()`, so a page downloads only its own tool, and Excel or data only when needed.
// It imports nothing else statically: the build checks that this file stays a single small chunk (the first load).

/** A tool's `mount`; one that loads data first may return a promise, which the page waits for before it is ready. */
type Mount = (root: HTMLElement) => void | Promise<void>;

/** Each tool's code, loaded on demand. The ids are those of catalogue.ts. */
const TOOLS: Readonly<Record<string, () => Promise<{ mount: Mount }>>> = {
  ocop: () => import('./tools/ocop/index.js'),
  ntm: () => import('./tools/ntm/index.js'),
  province: () => import('./tools/province/index.js'),
  deadlines: () => import('./tools/deadlines/index.js'),
};

function registerServiceWorker(): void {
  // Offline after the first visit; the worker sits next to this script so its scope is the workbench folder.
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  const url = new URL('sw.js', import.meta.url);
  navigator.serviceWorker.register(url, { scope: './' }).catch((error: unknown) => {
    // Offline use is a bonus: a browser that refuses the worker still runs the tools.
    console.warn('workbench: service worker not registered', error);
  });
}

async function start(): Promise<void> {
  registerServiceWorker();
  const root = document.getElementById('workbench');
  const id = root?.dataset.tool;
  if (!root || !id) {
    document.body.dataset.ready = 'true';
    return;
  }
  const load = TOOLS[id];
  if (!load) throw new Error(`workbench: unknown tool "${id}"`);
  const tool = await load();
  await tool.mount(root);
  document.body.dataset.ready = 'true';
}

start().catch((error: unknown) => {
  const root = document.getElementById('workbench');
  const message = error instanceof Error ? error.message : String(error);
  root?.append(
    Object.assign(document.createElement('p'), {
      className: 'error',
      role: 'alert',
      textContent: `Không tải được công cụ / The tool could not be loaded: ${message}`,
    }),
  );
  throw error;
});
