// Lines pasted from a directive, read as its tasks: one line per task, an optional number first ("3.1.", "2)", "a)"),
// the deadline phrase anywhere in the line ("2.2a. … trong tháng 10/2022"). The result is a Directive the schedule reads like a loaded file.
import type { Directive } from '@ntm/domain';
import type { IsoDate } from '@ntm/domain/core';

const NUMBERED = /^\s*((?:\d+(?:\.\d+)*[a-zđ]?|[a-zđ])[.)]|[-–•*+])\s*(.*)$/iu;

/** The pasted lines as a directive signed on `signed` (numbering kept where the line has one). */
export function directiveFromLines(text: string, signed: IsoDate): Directive {
  const [year, month, day] = signed.split('-').map(Number);
  const tasks = text
    .normalize('NFC')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line, i) => {
      const m = NUMBERED.exec(line);
      const marker = m?.[1]?.replace(/[.)]$/, '');
      const body = (m ? m[2] : line)?.trim() || line;
      const id = marker && !/^[-–•*+]$/.test(marker) ? marker : String(i + 1);
      return { id, action: body, assignees: [], deadline: { text: body } };
    });
  // Only the fields the schedule reads are meaningful; the rest say where the tasks came from.
  return {
    id: 'dan-vao',
    type: 'CV',
    number: '',
    issuer: { name: 'Văn bản dán vào / Pasted directive', level: 'province' },
    signed: { year: year ?? 2000, month: month ?? 1, day: day ?? 1 },
    subject: '',
    programmes: [],
    legalBases: [],
    recipients: [],
    tasks,
  } as unknown as Directive;
}
