/**
 * `@ntm/cli`: the `ntm` command. Reads JSON, CSV and Excel files, validates them with `@ntm/domain`, calls the
 * logic packages and prints tables or writes JSON, XLSX and ICS. `run` runs it programmatically.
 *
 * @packageDocumentation
 */
export type { Where } from './cli-error.js';
export { CliError, EXIT, isCliError } from './cli-error.js';
export type { CliFiles, FileInfo, FileSink } from './io/files.js';
export type { RunIo } from './run.js';
export { run } from './run.js';
