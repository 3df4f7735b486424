import type { IsoDate } from '../dates/iso-date.js';
import type { LegalBasis } from '../legal/legal-basis.js';
import type { DeadlineRule } from './deadline-rule.js';

/**
 * The national target programmes a directive or task belongs to.
 *
 * @remarks `NTM` = Chương trình mục tiêu quốc gia xây dựng nông thôn mới; `OCOP` = Chương trình mỗi xã một
 * sản phẩm.
 * @example
 * ```ts
 * const programmes: Programme[] = ['NTM', 'OCOP'];
 * ```
 */
export type Programme = 'NTM' | 'OCOP';

/**
 * The level of an administrative unit or body named in a directive.
 *
 * @remarks `central` = trung ương, `province` = tỉnh / thành phố trực thuộc trung ương, `district` = huyện /
 * thị xã / thành phố thuộc tỉnh, `commune` = xã / phường / thị trấn, `agency` = sở, phòng, ban chỉ đạo …
 * @example
 * ```ts
 * const level: UnitLevel = 'commune';
 * ```
 */
export type UnitLevel = 'central' | 'province' | 'district' | 'commune' | 'agency';

/**
 * A date as a directive prints it, possibly partial: "ngày 26 tháng 7 năm 2022" (day), "ngày tháng 5 năm
 * 2020" with the day left blank (month only), or only a year.
 *
 * @example
 * ```ts
 * const may2020: DirectiveDate = { year: 2020, month: 5 };
 * ```
 */
export interface DirectiveDate {
  /** Year. */
  readonly year: number;
  /** Month 1–12, when printed. */
  readonly month?: number;
  /** Day of the month, when printed (requires `month`). */
  readonly day?: number;
}

/**
 * The body that issues a directive.
 *
 * @example
 * ```ts
 * const issuer: DirectiveIssuer = { name: 'UBND huyện Tuần Giáo', level: 'district', province: 'Điện Biên', office: 'NN' };
 * ```
 */
export interface DirectiveIssuer {
  /** Full name as printed in the header, e.g. `UBND tỉnh Lai Châu`. */
  readonly name: string;
  /** Level of the issuing body. */
  readonly level: UnitLevel;
  /** Province the issuer belongs to, when the issuer is below province level. */
  readonly province?: string;
  /** The drafting office in the document symbol (`KTN` in `/UBND-KTN`). */
  readonly office?: string;
}

/**
 * A document a directive cites or implements ("Căn cứ …", "Thực hiện …").
 *
 * @example
 * ```ts
 * const cited: CitedDocument = {
 *   number: '1986/KH-UBND', type: 'KH', issuer: 'UBND', issuerName: 'UBND tỉnh Điện Biên',
 *   signed: parseIsoDate('2022-06-29'),
 * };
 * ```
 */
export interface CitedDocument extends LegalBasis {
  /** The issuer's full name (`UBND tỉnh Điện Biên`, `Huyện ủy Tuần Giáo`), since `issuer` is only an abbreviation. */
  readonly issuerName?: string;
}

/**
 * The person who signs a directive.
 *
 * @example
 * ```ts
 * const signer: DirectiveSigner = { name: 'Phạm Thị Tuyền', title: 'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH' };
 * ```
 */
export interface DirectiveSigner {
  /** Full name. */
  readonly name: string;
  /** Signature block as printed, lines joined with " / " (thẩm quyền ký). */
  readonly title: string;
}

/**
 * A unit a task concerns: a district, named communes, or a group given only by a count ("04 xã").
 *
 * @example
 * ```ts
 * const unit: TaskUnit = { name: 'Quài Cang', level: 'commune', targetYears: [2023] };
 * ```
 */
export interface TaskUnit {
  /** Name as printed (without the level word when the text lists names, e.g. `Quài Cang`). */
  readonly name: string;
  /** Level of the unit. */
  readonly level: UnitLevel;
  /** For a group given by a count only ("04 xã dự kiến đạt chuẩn"), how many. */
  readonly count?: number;
  /** Years the unit aims to reach the standard ("phấn đấu đạt chuẩn năm 2023" → `[2023]`). */
  readonly targetYears?: readonly number[];
}

/**
 * A task's deadline: the words as written, plus an optional rule already read from them. When `rule` is
 * absent, schedules read `text` with `parseDeadline`.
 *
 * @example
 * ```ts
 * const deadline: TaskDeadline = { text: 'trước ngày 05/08/2022' };
 * ```
 */
export interface TaskDeadline {
  /** The deadline phrase as written in the directive. */
  readonly text: string;
  /** The rule read from the text, when authored or cached. */
  readonly rule?: DeadlineRule;
}

/**
 * One task ("nhiệm vụ") a directive gives to one or more bodies.
 *
 * @example
 * ```ts
 * const task: DirectiveTask = {
 *   id: '3.2',
 *   assignees: ['Phòng Nông nghiệp và Phát triển nông thôn'],
 *   programmes: ['NTM'],
 *   action: 'Tổng hợp, tham mưu UBND huyện kế hoạch thực hiện giai đoạn 2022-2025',
 *   deadline: { text: 'trước ngày 05/08/2022' },
 * };
 * ```
 */
export interface DirectiveTask {
  /** Id unique within the directive, usually the section and bullet (`1.3`). */
  readonly id: string;
  /** Bodies responsible ("chủ trì" / the addressee of the section). */
  readonly assignees: readonly string[];
  /** Bodies that cooperate ("phối hợp"). */
  readonly coordinators?: readonly string[];
  /** Units the task concerns (districts, communes, groups of communes). */
  readonly units?: readonly TaskUnit[];
  /** Programmes the task belongs to. */
  readonly programmes: readonly Programme[];
  /** What has to be done, as written (may be shortened). */
  readonly action: string;
  /** Body the result or report goes to ("báo cáo về UBND tỉnh"). */
  readonly reportTo?: string;
  /** Years the task aims at ("năm 2022 và đến năm 2025" → `[2022, 2025]`); not deadlines. */
  readonly targetYears?: readonly number[];
  /** The deadline, when the directive gives one. */
  readonly deadline?: TaskDeadline;
}

/**
 * A directive ("văn bản chỉ đạo": công văn, chỉ thị, kế hoạch …) as data: who issued it, when, on what
 * basis, to whom, and its tasks with their deadlines. The hand-authored file format of `examples/directives/`,
 * published as JSON Schema `@ntm/domain/schemas/directive.json`.
 *
 * @example
 * ```ts
 * const directive = parseDirective(JSON.parse(text)); // a Directive, or a DomainError naming the field
 * directive.tasks.map((task) => task.deadline?.text);
 * ```
 */
export interface Directive {
  /** Stable id (kebab-case), e.g. `tuan-giao-2022`. */
  readonly id: string;
  /** Document type abbreviation (`CV` công văn, `CT` chỉ thị, `KH` kế hoạch …). */
  readonly type: string;
  /** Number and symbol as printed after "Số:", the serial may be blank (`/UBND-KTN`). */
  readonly number: string;
  /** The issuing body. */
  readonly issuer: DirectiveIssuer;
  /** Place name of the date line ("Lai Châu, ngày …"). */
  readonly place?: string;
  /** Date signed, possibly partial ("ngày tháng 5 năm 2020" → `{ year: 2020, month: 5 }`). */
  readonly signed: DirectiveDate;
  /** Date the directive was received, when known; anchors "kể từ ngày nhận được". */
  readonly receivedOn?: IsoDate;
  /** Subject line ("V/v …"). */
  readonly subject: string;
  /** Programmes the directive is about. */
  readonly programmes: readonly Programme[];
  /** Documents it cites or implements. */
  readonly legalBases: readonly CitedDocument[];
  /** Addressees ("Kính gửi"). */
  readonly recipients: readonly string[];
  /** Other receivers ("Nơi nhận" besides the addressees). */
  readonly copiedTo?: readonly string[];
  /** The signer. */
  readonly signer?: DirectiveSigner;
  /** The tasks, in document order. */
  readonly tasks: readonly DirectiveTask[];
}
