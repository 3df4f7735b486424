// The province-configuration checker of the playground: parses a pasted JSON configuration with @ntm/domain's schema,
// applies it to a national set with @ntm/criteria's localizeCriteriaSet (which rejects anything looser than the
// national floor), and shows the result or every issue in Vietnamese and English.
import { localizeCriteriaSet } from '@ntm/criteria';
import { NTM_CRITERIA_SETS } from '@ntm/criteria/sets';
import { safeParseProvinceCriteriaConfig } from '@ntm/domain';
import type { NtmCriteriaSet, NtmIndicator } from '@ntm/domain/core';
import { isDomainError } from '@ntm/domain/core';
import dienBien from '../../../examples/province-config/dien-bien.json' with { type: 'json' };
import { pointer } from '../workbench/tools/province/model.js';
import { changes, levels } from '../workbench/tools/province/views.js';
import { el, issueList, parseJson } from '../workbench/ui/dom.js';

/** A national threshold the samples can tighten or loosen: a number for one region or group, the same every year. */
interface Anchor {
  readonly indicator: NtmIndicator;
  readonly key: string;
  readonly value: number;
}

/** Two such thresholds, verified ones first; `chung` (the informative national column) is not a key. */
function anchorsOf(set: NtmCriteriaSet): Anchor[] {
  const found: Anchor[] = [];
  for (const c of set.criteria)
    for (const indicator of c.indicators) {
      if (indicator.perYear || (indicator.direction !== '>=' && indicator.direction !== '<='))
        continue;
      for (const [key, cell] of Object.entries(indicator.thresholds)) {
        if (key === 'chung' || cell.value === undefined || cell.value < 2) continue;
        found.push({ indicator, key, value: cell.value });
        break;
      }
    }
  const verified = (a: Anchor) => a.indicator.thresholds[a.key]?.status === 'verified';
  return [...found.filter(verified), ...found.filter((a) => !verified(a))].slice(0, 2);
}

/** Moves a threshold by one unit, stricter or looser, in the indicator's direction. */
function moved(anchor: Anchor, stricter: boolean): number {
  const up = anchor.indicator.direction === '>=' ? stricter : !stricter;
  const next = anchor.value + (up ? 1 : -1);
  return anchor.indicator.type === 'percent' ? Math.min(100, Math.max(0, next)) : next;
}

function sample(set: NtmCriteriaSet, stricter: boolean): string {
  const anchors = anchorsOf(set);
  const config = {
    province: 'Tỉnh minh hoạ / Example province',
    baseSetId: set.id,
    illustrative: true,
    note: {
      vi: 'Cấu hình minh hoạ cho trang chạy thử, không phải quy định của tỉnh nào',
      en: 'An illustrative configuration for the playground, not any province’s rule',
    },
    thresholds: anchors.map((a) => ({
      indicator: a.indicator.code,
      key: a.key,
      value: moved(a, stricter),
    })),
  };
  return JSON.stringify(config, null, 2);
}

/** Value of the option for the set completed by the supplement checker. */
const SUPPLEMENTED = 'supplemented';

/**
 * Mounts the checker into `root`. The returned function offers it a national set completed by the supplement
 * checker (or withdraws it with `undefined`), listed as its own option: national → supplement → province.
 */
export function mountProvinceCheck(root: HTMLElement): (set: NtmCriteriaSet | undefined) => void {
  const sets = NTM_CRITERIA_SETS.filter((s) => s.detail === 'full');
  let supplemented: NtmCriteriaSet | undefined;
  const select = el(
    'select',
    { id: 'national-set' },
    sets.map((s) => el('option', { value: s.id }, [`${s.id} — ${s.title.vi}`])),
  ) as HTMLSelectElement;
  const preferred = sets.find((s) => s.id === 'XA_2021_2025');
  if (preferred) select.value = preferred.id;
  const input = el('textarea', {
    id: 'config',
    spellcheck: 'false',
    'aria-label': 'Cấu hình tỉnh (JSON) / Province configuration (JSON)',
  }) as HTMLTextAreaElement;
  const output = el('div', { id: 'config-result', 'aria-live': 'polite' });
  const national = (): NtmCriteriaSet =>
    (select.value === SUPPLEMENTED ? supplemented : undefined) ??
    sets.find((s) => s.id === select.value) ??
    sets[0]!;
  const button = (id: string, label: string, onClick: () => void) => {
    const b = el('button', { type: 'button', id }, [label]);
    b.addEventListener('click', onClick);
    return b;
  };

  const validate = (): void => {
    output.removeAttribute('data-valid');
    const json = parseJson(input.value);
    if (!json.success) {
      output.dataset.valid = 'false';
      output.replaceChildren(
        el('p', {}, ['Không đọc được JSON / Not valid JSON']),
        issueList(json.issues),
      );
      return;
    }
    const parsed = safeParseProvinceCriteriaConfig(json.data);
    if (!parsed.success) {
      output.dataset.valid = 'false';
      output.replaceChildren(
        el('p', {}, ['Sai cấu trúc / Does not match the schema']),
        issueList(parsed.issues),
      );
      return;
    }
    try {
      const local = localizeCriteriaSet(national(), parsed.data);
      output.dataset.valid = 'true';
      const p = local.provenance;
      output.replaceChildren(
        el('p', { class: 'ok' }, [
          'Hợp lệ: không lỏng hơn mức quốc gia / Valid: nothing is looser than the national floor',
        ]),
        el('p', { class: 'meta' }, [
          `${local.id} · ${p?.province ?? ''} · ${p?.nationalBasis ?? ''}${p?.illustrative ? ' · minh hoạ / illustrative' : ''}`,
        ]),
        changes(national(), local),
        levels(local),
      );
    } catch (error) {
      if (!isDomainError(error)) throw error;
      output.dataset.valid = 'false';
      // The engine names its argument `config`; the reader sees the pasted JSON, so places start inside it.
      const inPasted = error.issues.map((i) =>
        i.path[0] === 'config' ? { ...i, path: i.path.slice(1) } : i,
      );
      output.replaceChildren(
        el('p', {}, [`Bị từ chối: ${inPasted.length} lỗi / Rejected: ${inPasted.length} problems`]),
        issueList(inPasted, inPasted.length, pointer),
      );
    }
  };

  root.append(
    el('div', { class: 'controls' }, [
      el('label', {}, ['Bộ quốc gia / National set ', select]),
      button('sample-valid', 'Mẫu chặt hơn / Stricter sample', () => {
        input.value = sample(national(), true);
      }),
      button('sample-loosened', 'Mẫu lỏng hơn / Looser sample', () => {
        input.value = sample(national(), false);
      }),
      button('sample-dien-bien', 'Điện Biên (minh hoạ / illustrative)', () => {
        // The example configuration shipped in examples/province-config, as a user would paste it.
        const preferredSet = sets.find((s) => s.id === dienBien.baseSetId);
        if (preferredSet) select.value = preferredSet.id;
        input.value = JSON.stringify(dienBien, null, 2);
      }),
      button('validate', 'Kiểm tra / Validate', validate),
    ]),
    input,
    output,
  );
  input.value = sample(national(), true);
  return (set) => {
    supplemented = set;
    select.querySelector(`option[value="${SUPPLEMENTED}"]`)?.remove();
    if (set === undefined) return;
    const label = `${set.id} + bổ sung / supplement${set.supplement?.illustrative ? ' (minh hoạ / illustrative)' : ''}`;
    select.append(el('option', { value: SUPPLEMENTED }, [label]));
    select.value = SUPPLEMENTED;
  };
}
