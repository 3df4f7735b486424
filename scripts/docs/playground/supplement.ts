// The national-supplement checker of the playground: parses a pasted national supplement with @ntm/domain's schema,
// applies it to its national set with @ntm/criteria's supplementCriteriaSet (which reports every problem at once), and
// shows what it supplied, what it replaced and what is still missing. A valid supplement is handed to the province
// checker, which then localises the supplemented set (national → supplement → province).
import { ILLUSTRATIVE_VALUES, supplementCriteriaSet, supplyLabel } from '@ntm/criteria';
import { NTM_CRITERIA_SETS } from '@ntm/criteria/sets';
import { safeParseNationalSupplement } from '@ntm/domain';
import type { NtmCriteriaSet } from '@ntm/domain/core';
import { createIssue, isDomainError } from '@ntm/domain/core';
import xa2021 from '../../../examples/national-supplement/xa-2021-2025-tdmnpb.json' with {
  type: 'json',
};
import xa2026 from '../../../examples/national-supplement/xa-2026-2030-nhom-1.json' with {
  type: 'json',
};
import { missingList, suppliedTable } from '../workbench/tools/province/views.js';
import { el, issueList, parseJson } from '../workbench/ui/dom.js';

/** A supplement that types a value contradicting a verified one (QĐ 1980: BHYT ≥ 85 % in every region). */
const CONFLICT = {
  baseSetId: 'XA_2016_2020',
  source: { document: 'QĐ 1980/QĐ-TTg', page: 1 },
  note: {
    vi: 'Ví dụ một lỗi chép số: 80 thay cho 85',
    en: 'An example of a transcription mistake: 80 for 85',
  },
  thresholds: [{ indicator: '15.1', key: 'TDMNPB', value: 80 }],
};

/**
 * Mounts the checker into `root`; `onSupplemented` receives each supplemented set (or `undefined` when the pasted
 * supplement is not valid), so the province checker can build on it.
 */
export function mountSupplementCheck(
  root: HTMLElement,
  onSupplemented: (set: NtmCriteriaSet | undefined) => void,
): void {
  const input = el('textarea', {
    id: 'supplement-json',
    spellcheck: 'false',
    'aria-label': 'Tệp bổ sung số liệu quốc gia (JSON) / National supplement (JSON)',
  }) as HTMLTextAreaElement;
  const output = el('div', { id: 'supplement-result', 'aria-live': 'polite' });
  const button = (id: string, label: string, onClick: () => void) => {
    const b = el('button', { type: 'button', id }, [label]);
    b.addEventListener('click', onClick);
    return b;
  };
  const reject = (title: string, issues: Parameters<typeof issueList>[0]) => {
    output.dataset.valid = 'false';
    output.replaceChildren(el('p', {}, [title]), issueList(issues));
    onSupplemented(undefined);
  };

  const validate = (): void => {
    output.removeAttribute('data-valid');
    const json = parseJson(input.value);
    if (!json.success) {
      reject('Không đọc được JSON / Not valid JSON', json.issues);
      return;
    }
    const parsed = safeParseNationalSupplement(json.data);
    if (!parsed.success) {
      reject('Sai cấu trúc / Does not match the schema', parsed.issues);
      return;
    }
    const national = NTM_CRITERIA_SETS.find((set) => set.id === parsed.data.baseSetId);
    if (national === undefined) {
      reject('Bị từ chối / Rejected', [
        createIssue('criteria/supplement-without-set', ['baseSetId'], {
          vi: `Không có bộ ${parsed.data.baseSetId}; dùng: ${NTM_CRITERIA_SETS.map((s) => s.id).join(', ')}`,
          en: `There is no set ${parsed.data.baseSetId}; use: ${NTM_CRITERIA_SETS.map((s) => s.id).join(', ')}`,
        }),
      ]);
      return;
    }
    try {
      const set = supplementCriteriaSet(national, parsed.data);
      const record = set.supplement;
      if (record === undefined) throw new Error('supplementCriteriaSet returned no record');
      output.dataset.valid = 'true';
      const label = supplyLabel({ source: record.source, illustrative: record.illustrative });
      output.replaceChildren(
        el('p', { class: 'ok' }, [
          `Hợp lệ / Valid: ${set.id} — ${record.indicatorsAdded.length} chỉ tiêu / indicators, ${record.cellsSupplied} giá trị / values, ${record.replacements.length} thay thế / replacements`,
        ]),
        el('p', { class: record.illustrative ? 'illustrative' : 'meta' }, [
          label.vi,
          el('br'),
          label.en,
          ...(record.illustrative
            ? [
                el('br'),
                el('strong', {}, [`${ILLUSTRATIVE_VALUES.vi} / ${ILLUSTRATIVE_VALUES.en}`]),
              ]
            : []),
        ]),
        suppliedTable(set),
        missingList(set),
      );
      onSupplemented(set);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      reject(
        `Bị từ chối: ${error.issues.length} lỗi / Rejected: ${error.issues.length} problems`,
        error.issues,
      );
    }
  };

  const sample = (json: unknown) => () => {
    input.value = JSON.stringify(json, null, 2);
  };
  root.append(
    el('div', { class: 'controls' }, [
      button(
        'sample-supplement-2021',
        'XA_2021_2025 TDMNPB (minh hoạ / illustrative)',
        sample(xa2021),
      ),
      button(
        'sample-supplement-2026',
        'XA_2026_2030 nhóm 1 (minh hoạ / illustrative)',
        sample(xa2026),
      ),
      button(
        'sample-supplement-conflict',
        'Chép sai giá trị đã xác minh / A verified value mistyped',
        sample(CONFLICT),
      ),
      button('validate-supplement', 'Kiểm tra / Validate', validate),
    ]),
    input,
    output,
  );
  input.value = JSON.stringify(xa2021, null, 2);
}
