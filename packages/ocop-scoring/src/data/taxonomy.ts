import type { OcopProductSet, OcopTaxonomy } from '@ntm/domain/core';
import { deepFreeze } from '@ntm/domain/core';
import { QD26_DATA_INFO } from './rubrics/generated/qd26-decision.js';

const BNNMT = 'Bộ Nông nghiệp và Môi trường';
const BCT = 'Bộ Công Thương';
const BYT = 'Bộ Y tế';
const BVHTTDL = 'Bộ Văn hóa, Thể thao và Du lịch';

// Codes, groups and lead ministries from QĐ 26/2026 Phụ lục I; names as on the sheets of Phụ lục II (where they
// differ from Phụ lục I, see the anomaly annex-i-names in data-src/qd26-2026/decision.json). English names and the
// everyday keywords are the SDK's own, for search; they carry no legal meaning.
const PRODUCT_SETS: readonly OcopProductSet[] = [
  {
    code: 'B01',
    sector: 'I',
    group: 'I.1',
    subgroup: 'a',
    name: { vi: 'Rau, củ, quả, hạt tươi', en: 'Fresh vegetables, tubers, fruits and nuts' },
    keywords: [
      'rau',
      'củ',
      'trái cây',
      'hoa quả',
      'bưởi',
      'cam',
      'xoài',
      'nhãn',
      'vải',
      'hạt tươi',
    ],
    authority: [BNNMT],
  },
  {
    code: 'B02',
    sector: 'I',
    group: 'I.1',
    subgroup: 'b',
    name: { vi: 'Thịt, thủy sản, trứng, sữa tươi', en: 'Fresh meat, seafood, eggs and milk' },
    keywords: ['thịt tươi', 'cá tươi', 'tôm', 'cua', 'trứng', 'sữa tươi', 'thủy sản', 'hải sản'],
    authority: [BNNMT],
  },
  {
    code: 'B03',
    sector: 'I',
    group: 'I.2',
    subgroup: 'a',
    name: {
      vi: 'Gạo, ngũ cốc, hạt sơ chế khác',
      en: 'Rice, cereals and other pre-processed grains',
    },
    keywords: ['gạo', 'lúa', 'nếp', 'ngô', 'đậu', 'lạc', 'ngũ cốc'],
    authority: [BNNMT],
  },
  {
    code: 'B04',
    sector: 'I',
    group: 'I.2',
    subgroup: 'b',
    name: {
      vi: 'Mật ong, mật khác và nông sản thực phẩm khác',
      en: 'Honey, other syrups and other agricultural food products',
    },
    keywords: ['mật ong', 'mật mía', 'mật hoa dừa', 'mật'],
    authority: [BNNMT],
  },
  {
    code: 'B05',
    sector: 'I',
    group: 'I.3',
    subgroup: 'a',
    name: { vi: 'Đồ ăn nhanh', en: 'Fast food' },
    keywords: ['đồ ăn nhanh', 'ăn liền', 'chả', 'nem', 'bánh mì'],
    authority: [BCT],
  },
  {
    code: 'B06',
    sector: 'I',
    group: 'I.3',
    subgroup: 'b',
    name: { vi: 'Chế biến từ gạo, ngũ cốc', en: 'Processed rice and cereal products' },
    keywords: ['bánh đa', 'bánh tráng', 'bún', 'phở', 'miến', 'bánh chưng', 'cốm', 'bánh gạo'],
    authority: [BNNMT, BCT],
  },
  {
    code: 'B07',
    sector: 'I',
    group: 'I.3',
    subgroup: 'c',
    name: { vi: 'Chế biến từ rau, củ, quả, hạt', en: 'Processed vegetables, fruits and nuts' },
    keywords: ['mứt', 'ô mai', 'trái cây sấy', 'hoa quả sấy', 'dưa muối', 'hạt điều', 'măng khô'],
    authority: [BNNMT],
  },
  {
    code: 'B08',
    sector: 'I',
    group: 'I.3',
    subgroup: 'd',
    name: {
      vi: 'Chế biến từ thịt, thủy sản, trứng, sữa, các sản phẩm từ mật ong, mật khác và nông sản thực phẩm khác',
      en: 'Processed meat, seafood, eggs, milk, honey-based and other agricultural food products',
    },
    keywords: [
      'giò chả',
      'lạp xưởng',
      'thịt khô',
      'cá khô',
      'mực khô',
      'tôm khô',
      'sữa chua',
      'chà bông',
      'ruốc',
    ],
    authority: [BNNMT, BCT],
  },
  {
    code: 'B09',
    sector: 'I',
    group: 'I.4',
    subgroup: 'a',
    name: {
      vi: 'Tương, nước mắm, gia vị dạng lỏng khác',
      en: 'Soy sauce, fish sauce and other liquid condiments',
    },
    keywords: ['nước mắm', 'tương', 'xì dầu', 'nước chấm', 'giấm'],
    authority: [BNNMT],
  },
  {
    code: 'B10',
    sector: 'I',
    group: 'I.4',
    subgroup: 'b',
    name: {
      vi: 'Gia vị khác (muối, hành, tỏi, tiêu,...)',
      en: 'Other spices (salt, shallot, garlic, pepper, …)',
    },
    keywords: ['muối', 'hành', 'tỏi', 'tiêu', 'ớt', 'gừng', 'nghệ', 'gia vị', 'sả'],
    authority: [BNNMT],
  },
  {
    code: 'B11',
    sector: 'I',
    group: 'I.5',
    subgroup: 'a',
    name: { vi: 'Chè tươi, chè chế biến', en: 'Fresh and processed tea' },
    keywords: ['chè', 'trà xanh', 'chè shan tuyết', 'chè búp', 'trà'],
    authority: [BNNMT],
  },
  {
    code: 'B12',
    sector: 'I',
    group: 'I.5',
    subgroup: 'b',
    name: { vi: 'Sản phẩm trà từ thực vật khác', en: 'Herbal and other plant teas' },
    keywords: ['trà thảo mộc', 'trà hoa', 'trà atiso', 'trà túi lọc', 'trà gừng'],
    authority: [BNNMT],
  },
  {
    code: 'B13',
    sector: 'I',
    group: 'I.6',
    name: { vi: 'Cà phê, ca cao', en: 'Coffee and cocoa' },
    keywords: ['cà phê', 'cafe', 'ca cao', 'cacao', 'sô cô la'],
    authority: [BNNMT],
  },
  {
    code: 'B14',
    sector: 'II',
    group: 'II.1',
    subgroup: 'a',
    name: { vi: 'Rượu trắng', en: 'White spirits' },
    keywords: ['rượu trắng', 'rượu gạo', 'rượu nếp', 'rượu ngô', 'rượu'],
    authority: [BCT],
  },
  {
    code: 'B15',
    sector: 'II',
    group: 'II.1',
    subgroup: 'b',
    name: { vi: 'Đồ uống có cồn khác', en: 'Other alcoholic beverages' },
    keywords: ['rượu vang', 'rượu ngâm', 'bia', 'rượu trái cây'],
    authority: [BCT],
  },
  {
    code: 'B16',
    sector: 'II',
    group: 'II.2',
    subgroup: 'a',
    name: {
      vi: 'Nước khoáng thiên nhiên, nước uống đóng chai',
      en: 'Natural mineral water and bottled drinking water',
    },
    keywords: ['nước khoáng', 'nước suối', 'nước uống đóng chai', 'nước tinh khiết'],
    authority: [BYT],
  },
  {
    code: 'B17',
    sector: 'II',
    group: 'II.2',
    subgroup: 'b',
    name: { vi: 'Đồ uống không cồn khác', en: 'Other non-alcoholic beverages' },
    keywords: ['nước ép', 'nước trái cây', 'sữa đậu nành', 'nước giải khát', 'siro'],
    authority: [BCT],
  },
  {
    code: 'B18',
    sector: 'III',
    group: 'III.1',
    name: {
      vi: 'Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền',
      en: 'Functional foods, herbal medicines and traditional medicines',
    },
    keywords: ['thực phẩm chức năng', 'thuốc nam', 'thuốc bắc', 'cao dược liệu', 'đông dược'],
    authority: [BYT],
  },
  {
    code: 'B19',
    sector: 'III',
    group: 'III.2',
    name: { vi: 'Mỹ phẩm có thành phần từ dược liệu', en: 'Cosmetics with herbal ingredients' },
    keywords: ['mỹ phẩm', 'dầu gội', 'xà phòng', 'son', 'kem dưỡng'],
    authority: [BYT],
  },
  {
    code: 'B20',
    sector: 'III',
    group: 'III.3',
    name: { vi: 'Tinh dầu và dược liệu khác', en: 'Essential oils and other medicinal materials' },
    keywords: ['tinh dầu', 'dược liệu', 'sâm', 'nấm linh chi', 'quế', 'hồi'],
    authority: [BYT, BCT],
  },
  {
    code: 'B21',
    sector: 'IV',
    group: 'IV.1',
    name: {
      vi: 'Thủ công mỹ nghệ gia dụng, trang trí',
      en: 'Household and decorative handicrafts',
    },
    keywords: ['thủ công mỹ nghệ', 'mây tre đan', 'gốm', 'sơn mài', 'đồ gỗ', 'cói', 'chiếu'],
    authority: [BCT, BNNMT],
  },
  {
    code: 'B22',
    sector: 'IV',
    group: 'IV.2',
    name: { vi: 'Vải, may mặc', en: 'Textiles and garments' },
    keywords: ['vải', 'thổ cẩm', 'lụa', 'may mặc', 'dệt'],
    authority: [BCT],
  },
  {
    code: 'B23',
    sector: 'V',
    group: 'V.1',
    name: { vi: 'Hoa', en: 'Flowers' },
    keywords: ['hoa', 'hoa lan', 'hoa đào', 'hoa cúc'],
    authority: [BNNMT],
  },
  {
    code: 'B24',
    sector: 'V',
    group: 'V.2',
    name: { vi: 'Cây cảnh', en: 'Ornamental plants' },
    keywords: ['cây cảnh', 'bonsai', 'quất cảnh', 'mai vàng'],
    authority: [BNNMT],
  },
  {
    code: 'B25',
    sector: 'V',
    group: 'V.3',
    name: { vi: 'Động vật cảnh', en: 'Ornamental animals' },
    keywords: ['cá cảnh', 'chim cảnh', 'gà cảnh', 'động vật cảnh'],
    authority: [BNNMT],
  },
  {
    code: 'B26',
    sector: 'VI',
    group: 'VI.1',
    name: {
      vi: 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
      en: 'Community tourism, eco-tourism and tourist-site services',
    },
    keywords: ['du lịch cộng đồng', 'du lịch sinh thái', 'điểm du lịch', 'homestay', 'du lịch'],
    authority: [BVHTTDL, BNNMT],
  },
];

/**
 * The OCOP product classification of QĐ 26/2026 (Phụ lục I): 6 sectors → 17 groups → 26 product sets, each product
 * set matching one scoring sheet of Phụ lục II.
 *
 * @remarks Ngành (I–VI) → Nhóm → Phân nhóm / Bộ sản phẩm (B01–B26). Cơ quan chủ trì quản lý per Nghị định 15/2018/NĐ-CP.
 * @example
 * ```ts
 * OCOP_TAXONOMY.groups.length;      // 17
 * OCOP_TAXONOMY.productSets[8].code; // 'B09'
 * ```
 */
export const OCOP_TAXONOMY: OcopTaxonomy = deepFreeze({
  version: 'QD26_2026',
  basis: {
    number: '26/2026/QĐ-TTg',
    type: 'QĐ',
    issuer: 'TTg',
    title: { vi: 'Phân loại sản phẩm OCOP', en: 'OCOP product classification' },
    annex: 'Phụ lục I',
  },
  dataAsOf: QD26_DATA_INFO.dataAsOf,
  sectors: [
    { code: 'I', name: { vi: 'Sản phẩm thực phẩm', en: 'Food' } },
    { code: 'II', name: { vi: 'Sản phẩm đồ uống', en: 'Beverages' } },
    {
      code: 'III',
      name: {
        vi: 'Sản phẩm dược liệu và sản phẩm từ dược liệu',
        en: 'Medicinal herbs and herbal products',
      },
    },
    { code: 'IV', name: { vi: 'Sản phẩm hàng thủ công mỹ nghệ', en: 'Handicrafts' } },
    { code: 'V', name: { vi: 'Sản phẩm sinh vật cảnh', en: 'Ornamental plants and animals' } },
    {
      code: 'VI',
      name: {
        vi: 'Sản phẩm dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
        en: 'Community tourism, eco-tourism and tourist-site services',
      },
    },
  ],
  groups: [
    { code: 'I.1', name: { vi: 'Thực phẩm tươi sống', en: 'Fresh food' } },
    { code: 'I.2', name: { vi: 'Thực phẩm thô, sơ chế', en: 'Raw and pre-processed food' } },
    { code: 'I.3', name: { vi: 'Thực phẩm chế biến', en: 'Processed food' } },
    { code: 'I.4', name: { vi: 'Gia vị', en: 'Condiments and spices' } },
    { code: 'I.5', name: { vi: 'Chè', en: 'Tea' } },
    { code: 'I.6', name: { vi: 'Cà phê, ca cao', en: 'Coffee and cocoa' } },
    { code: 'II.1', name: { vi: 'Đồ uống có cồn', en: 'Alcoholic beverages' } },
    { code: 'II.2', name: { vi: 'Đồ uống không cồn', en: 'Non-alcoholic beverages' } },
    {
      code: 'III.1',
      name: {
        vi: 'Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền',
        en: 'Functional foods, herbal and traditional medicines',
      },
    },
    {
      code: 'III.2',
      name: { vi: 'Mỹ phẩm có thành phần từ dược liệu', en: 'Cosmetics with herbal ingredients' },
    },
    {
      code: 'III.3',
      name: {
        vi: 'Tinh dầu và dược liệu khác',
        en: 'Essential oils and other medicinal materials',
      },
    },
    {
      code: 'IV.1',
      name: {
        vi: 'Thủ công mỹ nghệ gia dụng, trang trí',
        en: 'Household and decorative handicrafts',
      },
    },
    { code: 'IV.2', name: { vi: 'Vải, may mặc', en: 'Textiles and garments' } },
    { code: 'V.1', name: { vi: 'Hoa', en: 'Flowers' } },
    { code: 'V.2', name: { vi: 'Cây cảnh', en: 'Ornamental plants' } },
    { code: 'V.3', name: { vi: 'Động vật cảnh', en: 'Ornamental animals' } },
    {
      code: 'VI.1',
      name: {
        vi: 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
        en: 'Community tourism, eco-tourism and tourist-site services',
      },
    },
  ],
  productSets: PRODUCT_SETS,
} satisfies OcopTaxonomy);
