import type { NtmCriteriaSet, NtmRegionOverrideRule } from '@ntm/domain/core';
import { deepFreeze } from '@ntm/domain/core';
import {
  byRegion,
  communeCriteria,
  income,
  indicator,
  noTemporaryHouses,
  pct,
  reported,
  stunting,
  unnamed,
  verified,
  yes,
} from './build.js';
import { communeSetHeader } from './commune-set.js';
import { QD51_2025, QD318 } from './decisions.js';

/*
 * QĐ 318/QĐ-TTg Phụ lục I. Groups and criteria from S2; indicator codes and wording are a working list [UNVERIFIED];
 * only the cells a published source gives (S1–S5, S25) are filled, all others are `missing`.
 */

const LABEL = 'QĐ 318/QĐ-TTg Phụ lục I';
/** Groups and names of the 19 criteria are verified (S2). */
const criterion318 = communeCriteria('verified');

const STUNTING_NOTE = {
  vi: 'Nguồn in "≥"; tỷ lệ thấp còi chỉ có thể là mức tối đa nên đọc là "≤" (cách hiểu).',
  en: 'The source prints "≥"; a stunting rate can only be a maximum, so it is read as "≤" (interpretation).',
};

/**
 * The TDMNPB rule of QĐ 318/QĐ-TTg Điều 1 and its extension by the amending decision of 01/03 (2024, number
 * unverified). Shared by Phụ lục I and II.
 */
export const QD318_REGION_OVERRIDES: readonly NtmRegionOverrideRule[] = [
  {
    id: 'qd318-dieu-1',
    region: 'TDMNPB',
    anyOf: [
      ['dbkk', 'poorDistrict2018_2020'],
      ['atk', 'poorDistrict2018_2020'],
    ],
    status: 'verified',
    basis: 'QĐ 318/QĐ-TTg Điều 1',
    text: {
      vi: 'Xã đặc biệt khó khăn, xã an toàn khu thuộc huyện nghèo và huyện vừa thoát nghèo giai đoạn 2018–2020 áp dụng mức đạt chuẩn vùng TDMNPB (đọc "thuộc huyện nghèo…" cho cả hai loại xã là cách hiểu).',
      en: 'Especially disadvantaged and safe-zone communes of poor or just-out-of-poverty districts (2018–2020) use the TDMNPB level (reading "of poor districts" as applying to both is an interpretation).',
    },
  },
  {
    id: 'sua-doi-01-03-2024',
    region: 'TDMNPB',
    anyOf: [['khuVucII'], ['khuVucIII'], ['coastalOrIslandDbkk'], ['atk', 'poorDistrict2018_2020']],
    fromYear: 2024,
    status: 'reported',
    basis: 'QĐ sửa đổi ký 01/03 (số 211/QĐ-TTg, năm 2024: chưa kiểm chứng) — S22',
    text: {
      vi: 'Xã khu vực II, III vùng đồng bào DTTS và miền núi; xã ĐBKK vùng bãi ngang ven biển và hải đảo; xã an toàn khu thuộc huyện nghèo áp dụng mức vùng TDMNPB (từ năm số liệu 2024; năm ký chưa kiểm chứng).',
      en: 'Area II/III communes of ethnic-minority and mountain areas, disadvantaged coastal/island communes and safe-zone communes of poor districts use the TDMNPB level (from data year 2024; signing year unverified).',
    },
  },
];

/**
 * The national commune set 2021–2025 (QĐ 318/QĐ-TTg, Phụ lục I): 19 criteria, 57 indicators in the working list,
 * thresholds by region and, for income, by year. Most thresholds have no published source (`missing`): type them from the
 * annex into a national supplement (`supplementCriteriaSet`).
 *
 * @remarks Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021–2025.
 * @example
 * ```ts
 * XA_2021_2025.criteria.map((c) => c.code); // ['1', …, '19']
 * ```
 */
export const XA_2021_2025: NtmCriteriaSet = deepFreeze({
  ...communeSetHeader('xa', 2021, [QD318, 'Phụ lục I'], { until: QD51_2025, status: 'verified' }),
  thresholdKey: 'region',
  detail: 'full',
  annex: LABEL,
  regionOverrides: QD318_REGION_OVERRIDES,
  notes: [
    {
      vi: 'Nhóm và tên 19 tiêu chí theo nguồn S2; mã và nội dung 57 chỉ tiêu là danh sách làm việc, chưa đối chiếu Phụ lục I QĐ 318/QĐ-TTg.',
      en: 'Groups and names of the 19 criteria from source S2; the codes and wording of the 57 indicators are a working list, not checked against QĐ 318/QĐ-TTg Phụ lục I.',
    },
    {
      vi: 'Quy định chuyển tiếp 2021 – 07/03/2022 chưa thu thập; trước 08/03/2022 dùng QĐ 1980.',
      en: 'Transitional rules for 2021 – 07/03/2022 not obtained; before 08/03/2022 QĐ 1980 applies.',
    },
  ],
  criteria: [
    criterion318('1', { vi: 'Quy hoạch', en: 'Planning' }, [
      yes(
        '1.1',
        'Có quy hoạch chung xây dựng xã được phê duyệt và được công bố công khai đúng thời hạn',
        'Commune general construction plan approved and published on time',
      ),
      yes(
        '1.2',
        'Ban hành quy định quản lý quy hoạch chung xây dựng xã và tổ chức thực hiện theo quy hoạch',
        'Plan-management regulation issued and applied',
      ),
    ]),
    criterion318('2', { vi: 'Giao thông', en: 'Transport' }, [
      pct(
        '2.1',
        'Tỷ lệ đường xã và đường từ trung tâm xã đến đường huyện được nhựa hóa hoặc bê tông hóa, đảm bảo ô tô đi lại thuận tiện quanh năm',
        'Commune roads asphalted or concreted, passable by car all year',
      ),
      pct(
        '2.2',
        'Tỷ lệ đường thôn, bản và đường liên thôn, bản ít nhất được cứng hóa, đảm bảo ô tô đi lại thuận tiện quanh năm',
        'Village and inter-village roads at least hardened',
      ),
      pct(
        '2.3',
        'Tỷ lệ đường ngõ, xóm được cứng hóa, đảm bảo sạch và thuận tiện đi lại quanh năm',
        'Alley roads hardened and clean',
      ),
      pct(
        '2.4',
        'Tỷ lệ đường trục chính nội đồng đảm bảo vận chuyển hàng hóa thuận tiện quanh năm',
        'Main field roads serve transport all year',
      ),
    ]),
    criterion318(
      '3',
      { vi: 'Thủy lợi và phòng, chống thiên tai', en: 'Irrigation and disaster prevention' },
      [
        pct(
          '3.1',
          'Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động',
          'Farm land irrigated and drained actively',
          {
            chung: {
              ...verified(80, 'S3', 'S4'),
              note: {
                vi: 'Nguồn không nêu giá trị từng vùng.',
                en: 'The sources give no regional split.',
              },
            },
          },
        ),
        yes(
          '3.2',
          'Đảm bảo yêu cầu chủ động về phòng chống thiên tai theo phương châm 4 tại chỗ',
          'Disaster prevention "4 on-the-spot" ensured',
          { cells: { chung: verified(undefined, 'S3', 'S4') } },
        ),
      ],
    ),
    criterion318('4', { vi: 'Điện', en: 'Electricity' }, [
      yes('4.1', 'Hệ thống điện đạt chuẩn', 'Electricity system meets standard'),
      pct(
        '4.2',
        'Tỷ lệ hộ có đăng ký trực tiếp và được sử dụng điện thường xuyên, an toàn từ các nguồn',
        'Households using electricity regularly and safely',
      ),
    ]),
    criterion318('5', { vi: 'Trường học', en: 'Schools' }, [
      pct(
        '5',
        'Tỷ lệ trường học các cấp (mầm non, tiểu học, THCS) có cơ sở vật chất và thiết bị dạy học đạt tiêu chuẩn theo quy định',
        'Schools (pre-school, primary, lower-secondary) with standard facilities',
      ),
    ]),
    criterion318('6', { vi: 'Cơ sở vật chất văn hóa', en: 'Cultural facilities' }, [
      yes(
        '6.1',
        'Xã có nhà văn hóa hoặc hội trường đa năng và sân thể thao phục vụ sinh hoạt văn hóa, thể thao của toàn xã',
        'Commune cultural house or multi-purpose hall and sports ground',
      ),
      yes(
        '6.2',
        'Xã có điểm vui chơi, giải trí và thể thao cho trẻ em và người cao tuổi theo quy định',
        'Play and sports spot for children and the elderly',
      ),
      pct(
        '6.3',
        'Tỷ lệ thôn, bản, ấp có nhà văn hóa hoặc nơi sinh hoạt văn hóa, thể thao phục vụ cộng đồng',
        'Villages with a cultural house or community space',
      ),
    ]),
    criterion318(
      '7',
      { vi: 'Cơ sở hạ tầng thương mại nông thôn', en: 'Rural trade infrastructure' },
      [
        yes(
          '7',
          'Xã có chợ nông thôn hoặc nơi mua bán, trao đổi hàng hóa',
          'Rural market or trading place',
        ),
      ],
    ),
    criterion318('8', { vi: 'Thông tin và Truyền thông', en: 'Information and communication' }, [
      yes('8.1', 'Xã có điểm phục vụ bưu chính', 'Postal service point'),
      yes('8.2', 'Xã có dịch vụ viễn thông, internet', 'Telecom and internet service'),
      yes(
        '8.3',
        'Xã có đài truyền thanh và hệ thống loa đến các thôn',
        'Radio station and loudspeakers to villages',
      ),
      yes(
        '8.4',
        'Xã có ứng dụng công nghệ thông tin trong công tác quản lý, điều hành',
        'IT applied in management',
      ),
    ]),
    criterion318('9', { vi: 'Nhà ở dân cư', en: 'Housing' }, [
      noTemporaryHouses(),
      pct(
        '9.2',
        'Tỷ lệ hộ có nhà ở kiên cố hoặc bán kiên cố',
        'Households with solid or semi-solid houses',
      ),
    ]),
    criterion318('10', { vi: 'Thu nhập', en: 'Income' }, [
      income(
        'Thu nhập bình quân đầu người khu vực nông thôn',
        'Rural income per capita',
        [2022, 2023, 2024, 2025],
      ),
    ]),
    criterion318('11', { vi: 'Nghèo đa chiều', en: 'Multidimensional poverty' }, [
      pct(
        '11',
        'Tỷ lệ nghèo đa chiều giai đoạn 2021-2025',
        'Multidimensional poverty rate 2021–2025',
        {},
        '<=',
      ),
    ]),
    criterion318('12', { vi: 'Lao động', en: 'Labour' }, [
      pct(
        '12.1',
        'Tỷ lệ người có việc làm trên dân số trong độ tuổi lao động có khả năng tham gia lao động',
        'Employed / working-age able population',
      ),
      pct('12.2', 'Tỷ lệ lao động có việc làm qua đào tạo', 'Employed workers with training'),
    ]),
    criterion318(
      '13',
      {
        vi: 'Tổ chức sản xuất và phát triển kinh tế nông thôn',
        en: 'Production organisation and rural economy',
      },
      [
        yes(
          '13.1',
          'Xã có hợp tác xã hoạt động hiệu quả và theo đúng quy định của Luật Hợp tác xã',
          'Effective cooperative under the Cooperative Law',
        ),
        yes(
          '13.2',
          'Xã có mô hình liên kết sản xuất gắn với tiêu thụ nông sản chủ lực đảm bảo bền vững',
          'Production–consumption linkage for key products',
        ),
        yes(
          '13.3',
          'Thực hiện truy xuất nguồn gốc các sản phẩm chủ lực của xã gắn với xây dựng vùng nguyên liệu và được chứng nhận VietGAP hoặc tương đương',
          'Traceability / VietGAP for key products',
        ),
        yes(
          '13.4',
          'Có kế hoạch và triển khai kế hoạch bảo tồn, phát huy nghề truyền thống (nếu có)',
          'Traditional-craft preservation plan (if any)',
          { optional: true },
        ),
        unnamed('13.5', LABEL),
      ],
    ),
    criterion318('14', { vi: 'Giáo dục và Đào tạo', en: 'Education and training' }, [
      yes(
        '14.1',
        'Phổ cập giáo dục mầm non cho trẻ em 5 tuổi; xóa mù chữ; phổ cập giáo dục tiểu học; phổ cập giáo dục THCS',
        'Universal pre-school (5), literacy, primary and lower-secondary education',
      ),
      pct(
        '14.2',
        'Tỷ lệ học sinh tốt nghiệp THCS được tiếp tục học trung học (phổ thông, giáo dục thường xuyên, trung cấp)',
        'Lower-secondary graduates continuing to upper-secondary level',
      ),
      unnamed('14.3', LABEL),
    ]),
    criterion318('15', { vi: 'Y tế', en: 'Health' }, [
      pct('15.1', 'Tỷ lệ người dân tham gia bảo hiểm y tế', 'Health-insurance coverage'),
      yes('15.2', 'Xã đạt tiêu chí quốc gia về y tế', 'Commune meets national health criteria'),
      stunting(
        'Stunting, children under 5 (height-for-age)',
        {
          TDMNPB: reported(24, 'S5'),
          DBSH: reported(16.5, 'S5'),
          BTB: reported(25, 'S5'),
          DHNTB: reported(22, 'S5'),
          TN: reported(26.5, 'S5'),
          DNB: reported(14.5, 'S5'),
          DBSCL: reported(19, 'S5'),
        },
        STUNTING_NOTE,
      ),
      pct(
        '15.4',
        'Tỷ lệ dân số có sổ khám chữa bệnh điện tử',
        'Population with an electronic health record',
        {
          TDMNPB: reported(50, 'S5'),
          DBSH: reported(70, 'S5'),
        },
      ),
    ]),
    criterion318('16', { vi: 'Văn hóa', en: 'Culture' }, [
      pct(
        '16',
        'Tỷ lệ thôn, bản, ấp đạt chuẩn văn hóa theo quy định',
        'Villages meeting the cultural standard',
      ),
    ]),
    criterion318(
      '17',
      { vi: 'Môi trường và an toàn thực phẩm', en: 'Environment and food safety' },
      [
        pct(
          '17.1',
          'Tỷ lệ hộ được sử dụng nước sạch / hợp vệ sinh theo quy chuẩn',
          'Households using clean / hygienic water per standard',
        ),
        pct(
          '17.2',
          'Tỷ lệ cơ sở sản xuất - kinh doanh, nuôi trồng thủy sản, làng nghề đảm bảo quy định về bảo vệ môi trường',
          'Production sites, aquaculture and craft villages meeting environment rules',
        ),
        yes(
          '17.3',
          'Cảnh quan, không gian xanh - sạch - đẹp, an toàn; không để xảy ra tồn đọng nước thải sinh hoạt tại các khu dân cư tập trung',
          'Green-clean-safe landscape; no stagnant wastewater',
        ),
        indicator(
          '17.4',
          'number',
          {
            vi: 'Đất cây xanh sử dụng công cộng tại điểm dân cư nông thôn',
            en: 'Public green land in rural settlements',
          },
          byRegion({}),
          { unit: 'm²/người', direction: '>=' },
        ),
        yes('17.5', 'Mai táng phù hợp với quy định và theo quy hoạch', 'Burial per rules and plan'),
        yes(
          '17.6',
          'Chất thải rắn trên địa bàn và nước thải khu dân cư tập trung, cơ sở sản xuất - kinh doanh được thu gom, xử lý theo quy định',
          'Solid waste and wastewater collected and treated',
        ),
        pct(
          '17.7',
          'Tỷ lệ hộ có nhà tiêu, nhà tắm, thiết bị chứa nước sinh hoạt hợp vệ sinh và đảm bảo 3 sạch',
          'Households with hygienic toilet, bathroom and water container ("3 sạch")',
        ),
        pct(
          '17.8',
          'Tỷ lệ hộ chăn nuôi có chuồng trại chăn nuôi đảm bảo vệ sinh môi trường',
          'Livestock households with hygienic pens',
        ),
        pct(
          '17.9',
          'Tỷ lệ hộ gia đình và cơ sở sản xuất, kinh doanh thực phẩm tuân thủ các quy định về đảm bảo an toàn thực phẩm',
          'Households and food businesses complying with food safety',
        ),
        pct(
          '17.10',
          'Tỷ lệ hộ gia đình thực hiện phân loại chất thải rắn tại nguồn',
          'Households sorting solid waste at source',
        ),
        pct(
          '17.11',
          'Tỷ lệ chất thải nhựa phát sinh trên địa bàn được thu gom, tái sử dụng, tái chế, xử lý theo quy định',
          'Plastic waste collected, reused, recycled or treated',
        ),
      ],
    ),
    criterion318(
      '18',
      { vi: 'Hệ thống chính trị và tiếp cận pháp luật', en: 'Political system and access to law' },
      [
        yes('18.1', 'Cán bộ, công chức xã đạt chuẩn', 'Commune officials meet the standard'),
        yes(
          '18.2',
          'Đảng bộ, chính quyền xã được xếp loại chất lượng hoàn thành tốt nhiệm vụ trở lên',
          'Party committee and government rated "hoàn thành tốt" or better',
        ),
        yes(
          '18.3',
          'Tổ chức chính trị - xã hội của xã được xếp loại chất lượng hoàn thành tốt nhiệm vụ trở lên',
          'Socio-political organisations rated "hoàn thành tốt" or better',
        ),
        yes(
          '18.4',
          'Xã đạt chuẩn tiếp cận pháp luật theo quy định',
          'Commune meets the access-to-law standard',
        ),
        yes(
          '18.5',
          'Đảm bảo bình đẳng giới và phòng chống bạo lực gia đình; phòng chống xâm hại trẻ em; bảo vệ và hỗ trợ trẻ em có hoàn cảnh đặc biệt, người dễ bị tổn thương',
          'Gender equality, domestic-violence and child protection',
        ),
        yes(
          '18.6',
          'Có kế hoạch và triển khai kế hoạch bồi dưỡng kiến thức về xây dựng NTM cho người dân, đào tạo nâng cao năng lực cộng đồng',
          'NTM training plan for residents',
        ),
      ],
    ),
    criterion318('19', { vi: 'Quốc phòng và An ninh', en: 'Defence and security' }, [
      yes(
        '19.1',
        'Xây dựng lực lượng dân quân "vững mạnh, rộng khắp" và hoàn thành các chỉ tiêu quốc phòng',
        'Militia "strong and widespread"; defence targets met',
      ),
      yes(
        '19.2',
        'Xã đạt chuẩn an toàn về an ninh, trật tự xã hội và đảm bảo bình yên',
        'Commune safe on security and order',
      ),
    ]),
  ],
} satisfies NtmCriteriaSet);
