// The browser Excel adapter (lazy chunk `excel.js`): placeholder until the reader and writer land.
export const EXCEL_READY = false;
