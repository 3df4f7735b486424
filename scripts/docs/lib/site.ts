// The page-generator framework: a generator turns package data into pages; the build lays them out and writes them.
// Pages are pure functions of the data the packages export, so the site can never disagree with the SDK.

/** One page of the site, before layout. */
export interface SitePage {
  /** Path under docs/site, with forward slashes, ending in `.html` (e.g. `ocop/b04.html`). */
  readonly path: string;
  /** Title for `<title>` and the page heading (Vietnamese / English). */
  readonly title: string;
  /** Body HTML (already escaped). */
  readonly body: string;
  /** Extra scripts to load, as paths under docs/site (e.g. `assets/playground.js`). */
  readonly scripts?: readonly string[];
  /** ES module scripts to load, as paths under docs/site (e.g. `workbench/workbench.js`). */
  readonly modules?: readonly string[];
  /** Attributes of the page's `<main>` (the workbench's `id="workbench" data-tool="ocop"`). */
  readonly main?: Readonly<Record<string, string>>;
}

/** A section of the site: its index page appears in the top navigation. */
export interface PageGenerator {
  /** Stable id, also the folder most of its pages live in. */
  readonly id: string;
  /** Navigation label (short). */
  readonly nav: string;
  /** Path of the page the navigation links to. */
  readonly entry: string;
  /** One line for the landing page. */
  readonly summary: string;
  /** Builds the pages. */
  generate(): SitePage[] | Promise<SitePage[]>;
}

/** The relative prefix from a page to the site root: `ocop/b04.html` → `../`. */
export function rootOf(path: string): string {
  return '../'.repeat(path.split('/').length - 1);
}
