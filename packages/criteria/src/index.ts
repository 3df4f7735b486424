/**
 * @packageDocumentation
 */
/** Version of the data and rules in this entry, for diagnostics. */
export const ENTRY = 'index';
