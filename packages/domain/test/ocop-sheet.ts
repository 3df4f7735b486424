// The smallest OCOP sheet the rubric schema accepts, around the criteria a test puts in its one section: the tests
// of the rubric schema vary the criteria (or a field of the sheet) and keep the rest valid.

/** A sheet of part A whose section `1` holds `items`; spread it to replace a field of the sheet. */
export function sheetWith<const Items extends readonly unknown[]>(items: Items) {
  return {
    id: 'P-B04',
    version: 'QD26_2026',
    productSet: 'B04',
    title: 'Phiếu thử',
    classification: '',
    basis: { number: '26/2026/QĐ-TTg', type: 'QĐ', issuer: 'TTg' },
    validity: { validFrom: '2026-05-22' },
    dataAsOf: '2026-11-23',
    parts: [
      {
        key: 'A',
        title: 'A',
        maxPoints: 40,
        sections: [{ code: '1', title: 'S', maxPoints: 3, notes: [], items }],
      },
    ],
    minimums: [],
    disqualifiers: [],
    notes: [],
  };
}
