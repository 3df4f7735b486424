// The exact issue each rule yields, wording included, written once for the tests of every path that raises it (a zod
// schema at the edge, a guard in an engine): the same rule must give the same code, path, message and parameters.
import type { DomainIssue } from '../src/errors/issue.js';

type Path = DomainIssue['path'];

/** A prototype key (`__proto__`, `constructor`, `prototype`) used as a key or a code. */
export const forbiddenKey = (key: string, path: Path): DomainIssue => ({
  code: 'key/forbidden',
  path,
  message: { vi: `Không được dùng khóa "${key}"`, en: `The key "${key}" is not allowed` },
  params: { key },
});

/** A required field that is absent. */
export const missingField = (field: string, path: Path): DomainIssue => ({
  code: 'input/missing',
  path,
  message: {
    vi: `Thiếu trường bắt buộc "${field}"`,
    en: `The required field "${field}" is missing`,
  },
  params: { field },
});

/** A field the format does not have. */
export const unknownField = (field: string, path: Path): DomainIssue => ({
  code: 'input/unknown-field',
  path,
  message: {
    vi: `Không có trường "${field}" trong định dạng này (viết sai tên?)`,
    en: `There is no field "${field}" in this format (misspelt?)`,
  },
  params: { field },
});
