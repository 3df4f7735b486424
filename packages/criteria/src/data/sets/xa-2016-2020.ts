import type { NtmCriteriaSet } from '@ntm/domain/core';
import { deepFreeze } from '@ntm/domain/core';
import {
  communeCriteria,
  doubtful,
  income,
  indicator,
  judged,
  noTemporaryHouses,
  pct,
  reported,
  reportedColumns,
  stunting,
  unnamed,
  verified,
  yes,
} from './build.js';
import { communeSetHeader } from './commune-set.js';
import { QD318, QD1980 } from './decisions.js';

/*
 * QĐ 1980/QĐ-TTg, thresholds from S6–S18 and S25. Indicator codes [UNVERIFIED]; 17.1 is split into 17.1a (hygienic
 * water) and 17.1b (of which clean water) as the published tables do, which makes 49 indicator codes.
 * Indicators whose wording was not obtained are yes/no judgements against the annex (`textStatus: 'missing'`).
 */

const LABEL = 'QĐ 1980/QĐ-TTg, Phụ lục';
/** Criterion names are unverified, except the one (15) recorded as verified. */
const criterion1980 = communeCriteria('unverified');
const criterion1980Verified = communeCriteria('verified');
const every = (value: number, ...sources: string[]) => {
  const cell = sources.length > 1 ? verified(value, ...sources) : reported(value, sources[0] ?? '');
  return { TDMNPB: cell, DBSH: cell, BTB: cell, DHNTB: cell, TN: cell, DNB: cell, DBSCL: cell };
};
const reportedEverywhere = (source: string) => {
  const cell = reported(undefined, source);
  return {
    chung: cell,
    TDMNPB: cell,
    DBSH: cell,
    BTB: cell,
    DHNTB: cell,
    TN: cell,
    DNB: cell,
    DBSCL: cell,
  };
};
const ROADS = {
  vi: 'Đạt theo yêu cầu cụ thể do UBND tỉnh quy định',
  en: 'Met per the concrete requirements set by the provincial People’s Committee',
};
const road = (code: string, vi: string, en: string) =>
  indicator(
    code,
    'boolean',
    { vi: `${vi} — ${ROADS.vi}`, en: `${en} — ${ROADS.en}` },
    judged({ chung: verified(undefined, 'S16', 'S17') }),
    {
      delegatedToProvince: true,
    },
  );

/**
 * The national commune set 2016–2020 (QĐ 1980/QĐ-TTg, in force 01/12/2016 until QĐ 318 on 08/03/2022): 19 criteria,
 * 49 indicator codes, thresholds by region; income by 2020 only.
 *
 * @remarks Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016–2020.
 * @example
 * ```ts
 * XA_2016_2020.validity.validFrom; // '2016-12-01'
 * ```
 */
export const XA_2016_2020: NtmCriteriaSet = deepFreeze({
  ...communeSetHeader('xa', 2016, [QD1980, 'Phụ lục'], { until: QD318, status: 'verified' }),
  thresholdKey: 'region',
  detail: 'full',
  indicatorCount: 49,
  annex: LABEL,
  regionOverrides: [],
  notes: [
    {
      vi: 'Mã chỉ tiêu chưa kiểm chứng; lộ trình thu nhập 2016–2019 chưa thu thập (Sổ tay QĐ 69/QĐ-BNN-VPĐP).',
      en: 'Indicator codes unverified; the 2016–2019 income path was not obtained (handbook QĐ 69/QĐ-BNN-VPĐP).',
    },
  ],
  criteria: [
    criterion1980('1', { vi: 'Quy hoạch', en: 'Planning' }, [
      unnamed('1.1', LABEL),
      unnamed('1.2', LABEL),
    ]),
    criterion1980('2', { vi: 'Giao thông', en: 'Transport' }, [
      road('2.1', 'Đường xã và đường từ trung tâm xã đến đường huyện', 'Commune roads'),
      road('2.2', 'Đường trục thôn, bản và đường liên thôn, bản', 'Village roads'),
      road('2.3', 'Đường ngõ, xóm', 'Alley roads'),
      road('2.4', 'Đường trục chính nội đồng', 'Main field roads'),
    ]),
    criterion1980('3', { vi: 'Thủy lợi', en: 'Irrigation' }, [
      unnamed('3.1', LABEL),
      unnamed('3.2', LABEL),
    ]),
    criterion1980('4', { vi: 'Điện', en: 'Electricity' }, [
      unnamed('4.1', LABEL),
      pct(
        '4.2',
        'Tỷ lệ hộ sử dụng điện thường xuyên, an toàn từ các nguồn',
        'Households using electricity regularly and safely',
        {
          chung: reported(98, 'S9'),
        },
      ),
    ]),
    criterion1980('5', { vi: 'Trường học', en: 'Schools' }, [
      pct(
        '5',
        'Tỷ lệ trường học các cấp có cơ sở vật chất và thiết bị dạy học đạt chuẩn quốc gia',
        'Schools with facilities to national standard',
        {
          chung: reported(80, 'S9'),
        },
      ),
    ]),
    criterion1980('6', { vi: 'Cơ sở vật chất văn hóa', en: 'Cultural facilities' }, [
      unnamed('6.1', LABEL),
      unnamed('6.2', LABEL),
    ]),
    criterion1980(
      '7',
      { vi: 'Cơ sở hạ tầng thương mại nông thôn', en: 'Rural trade infrastructure' },
      [unnamed('7', LABEL)],
    ),
    criterion1980('8', { vi: 'Thông tin và Truyền thông', en: 'Information and communication' }, [
      unnamed('8.1', LABEL),
      unnamed('8.2', LABEL),
      unnamed('8.3', LABEL),
      unnamed('8.4', LABEL),
    ]),
    criterion1980('9', { vi: 'Nhà ở dân cư', en: 'Housing' }, [
      noTemporaryHouses({ chung: reported(undefined, 'S8') }),
      pct(
        '9.2',
        'Tỷ lệ hộ có nhà ở đạt tiêu chuẩn theo quy định',
        'Households with a house meeting the standard',
        {
          chung: verified(80, 'S8', 'S9'),
          DBSCL: reported(70, 'S14', {
            vi: 'Báo tỉnh Vĩnh Long nêu mức xã trong tỉnh phải đạt; đọc là cột ĐBSCL.',
            en: 'A Vĩnh Long paper states its communes’ requirement; read as the DBSCL column.',
          }),
        },
      ),
    ]),
    criterion1980('10', { vi: 'Thu nhập', en: 'Income' }, [
      income(
        'Thu nhập bình quân đầu người khu vực nông thôn (mức đến năm 2020)',
        'Rural income per capita (level by 2020)',
        [2016, 2017, 2018, 2019, 2020],
        {
          2020: {
            chung: verified(45, 'S6', 'S8'),
            TDMNPB: reported(36, 'S6'),
            DBSH: reported(50, 'S6'),
            BTB: reported(36, 'S6'),
            DHNTB: reported(41, 'S6'),
            TN: reported(41, 'S6'),
            DNB: reported(59, 'S6', {
              vi: 'S18 nêu khoảng 36–50 triệu, không khớp mức 59.',
              en: 'S18 gives 36–50 million, which does not match 59.',
            }),
            DBSCL: verified(50, 'S6', 'S7'),
          },
        },
      ),
    ]),
    criterion1980('11', { vi: 'Hộ nghèo', en: 'Poor households' }, [
      pct(
        '11',
        'Tỷ lệ hộ nghèo đa chiều giai đoạn 2016–2020',
        'Multidimensional poor-household rate 2016–2020',
        {
          chung: reported(6, 'S18', {
            vi: 'Không áp dụng mức chung cho vùng: xã TDMNPB được công nhận với tỷ lệ hộ nghèo khoảng 10,5–11,8%.',
            en: 'Do not apply the national value to a region: TDMNPB communes were recognised at about 10.5–11.8 % poor households.',
          }),
        },
        '<=',
      ),
    ]),
    criterion1980('12', { vi: 'Lao động có việc làm', en: 'Employment' }, [
      pct(
        '12',
        'Tỷ lệ người có việc làm trên dân số trong độ tuổi lao động có khả năng tham gia lao động',
        'Employed / working-age able population',
        {
          chung: verified(90, 'S8', 'S9'),
        },
      ),
    ]),
    criterion1980('13', { vi: 'Tổ chức sản xuất', en: 'Production organisation' }, [
      unnamed('13.1', LABEL),
      unnamed('13.2', LABEL),
    ]),
    criterion1980('14', { vi: 'Giáo dục và Đào tạo', en: 'Education and training' }, [
      yes(
        '14.1',
        'Phổ cập giáo dục mầm non cho trẻ 5 tuổi, xóa mù chữ, phổ cập giáo dục tiểu học, THCS',
        'Universal pre-school (5), literacy, primary and lower-secondary education',
        { cells: reportedEverywhere('S11') },
      ),
      pct(
        '14.2',
        'Tỷ lệ học sinh tốt nghiệp THCS được tiếp tục học trung học (phổ thông, bổ túc, trung cấp)',
        'Lower-secondary graduates continuing',
        reportedColumns('S11', [85, 70, 90, 85, 85, 70, 90, 80]),
      ),
      pct(
        '14.3',
        'Tỷ lệ lao động có việc làm qua đào tạo',
        'Employed workers who had training',
        reportedColumns('S11', [40, 25, 40, 40, 40, 25, 45, 25]),
      ),
    ]),
    criterion1980Verified('15', { vi: 'Y tế', en: 'Health' }, [
      pct('15.1', 'Tỷ lệ người dân tham gia bảo hiểm y tế', 'Health-insurance coverage', {
        chung: verified(85, 'S9', 'S10', 'S13', 'S25'),
        ...every(85, 'S10', 'S13'),
      }),
      yes('15.2', 'Xã đạt tiêu chí quốc gia về y tế', 'Commune meets national health criteria', {
        cells: reportedEverywhere('S10'),
      }),
      stunting(
        'Stunting, children under 5',
        {
          chung: reported(21.8, 'S10'),
          TDMNPB: reported(26.7, 'S10'),
          DBSH: verified(13.9, 'S10', 'S13'),
          BTB: reported(24.2, 'S10'),
          DHNTB: reported(24.2, 'S10'),
          TN: reported(31.4, 'S10', {
            vi: 'S13 nêu khoảng "13,9% đến 31%".',
            en: 'S13 gives the range as "13.9% to 31%".',
          }),
          DNB: reported(14.3, 'S10'),
          DBSCL: reported(20.5, 'S10'),
        },
        {
          vi: 'Nguồn in "tối thiểu"; tỷ lệ thấp còi chỉ có thể là mức tối đa (cách hiểu).',
          en: 'The source prints "minimum"; stunting can only be a maximum (interpretation).',
        },
      ),
    ]),
    criterion1980('16', { vi: 'Văn hóa', en: 'Culture' }, [
      pct(
        '16',
        'Tỷ lệ thôn, bản, ấp đạt tiêu chuẩn văn hóa theo quy định',
        'Villages meeting the cultural standard',
        {
          DBSCL: reported(70, 'S15', {
            vi: 'Báo tỉnh Vĩnh Long; đọc là cột ĐBSCL.',
            en: 'A Vĩnh Long paper; read as the DBSCL column.',
          }),
        },
      ),
    ]),
    criterion1980(
      '17',
      { vi: 'Môi trường và an toàn thực phẩm', en: 'Environment and food safety' },
      [
        pct('17.1a', 'Tỷ lệ hộ được sử dụng nước hợp vệ sinh', 'Households using hygienic water', {
          ...reportedColumns('S12', [95, 90, 98, 98, 55, 95, 98, 95]),
          chung: verified(95, 'S8', 'S12'),
          DHNTB: doubtful(55, ['S12'], {
            vi: 'Lệch hẳn các vùng khác (90–98%); nhiều khả năng lỗi chép ở S12 — kiểm tra văn bản gốc.',
            en: 'Out of line with every other region (90–98 %); very likely a transcription error in S12 — check the official text.',
          }),
        }),
        pct('17.1b', 'Trong đó tỷ lệ hộ dùng nước sạch', 'Of which households using clean water', {
          ...reportedColumns('S12', [65, 50, 65, 60, 60, 50, 65, 65]),
          chung: doubtful(65, ['S12', 'S8'], {
            vi: 'S12 nêu 65%, S8 nêu 60%.',
            en: 'S12 says 65 %, S8 says 60 %.',
          }),
        }),
        unnamed('17.2', LABEL),
        unnamed('17.3', LABEL),
        unnamed('17.4', LABEL),
        unnamed('17.5', LABEL),
        unnamed('17.6', LABEL),
        pct(
          '17.7',
          'Tỷ lệ hộ có nhà tiêu, nhà tắm, bể chứa nước sinh hoạt hợp vệ sinh và đảm bảo 3 sạch',
          'Households with hygienic toilet, bathroom and water tank ("3 sạch")',
          {
            chung: reported(85, 'S9'),
          },
        ),
        pct(
          '17.8',
          'Tỷ lệ hộ gia đình và cơ sở sản xuất, kinh doanh thực phẩm tuân thủ các quy định về đảm bảo an toàn thực phẩm',
          'Households and food businesses complying with food safety',
          {
            chung: reported(100, 'S9'),
          },
        ),
      ],
    ),
    criterion1980(
      '18',
      { vi: 'Hệ thống chính trị và tiếp cận pháp luật', en: 'Political system and access to law' },
      [
        unnamed('18.1', LABEL),
        unnamed('18.2', LABEL),
        unnamed('18.3', LABEL),
        unnamed('18.4', LABEL),
        unnamed('18.5', LABEL),
        unnamed('18.6', LABEL),
      ],
    ),
    criterion1980('19', { vi: 'Quốc phòng và An ninh', en: 'Defence and security' }, [
      unnamed('19.1', LABEL),
      unnamed('19.2', LABEL),
    ]),
  ],
} satisfies NtmCriteriaSet);
