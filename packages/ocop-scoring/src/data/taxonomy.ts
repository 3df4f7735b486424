import type { OcopProductSet, OcopTaxon, OcopTaxonomy } from '@ntm/domain/core';
import { deepFreeze } from '@ntm/domain/core';
import { QD26_DATA_INFO } from './rubrics/generated/qd26-decision.js';

const BNNMT = 'Bộ Nông nghiệp và Môi trường';
const BCT = 'Bộ Công Thương';
const BYT = 'Bộ Y tế';
const BVHTTDL = 'Bộ Văn hóa, Thể thao và Du lịch';

// The SDK's own English names (of sectors, groups and product sets) and everyday keywords (of product sets), for
// search; Phụ lục I is in Vietnamese only, and these carry no legal meaning.
const ENGLISH_NAMES = {
  I: 'Food',
  'I.1': 'Fresh food',
  'I.2': 'Raw and pre-processed food',
  'I.3': 'Processed food',
  'I.4': 'Condiments and spices',
  'I.5': 'Tea',
  'I.6': 'Coffee and cocoa',
  II: 'Beverages',
  'II.1': 'Alcoholic beverages',
  'II.2': 'Non-alcoholic beverages',
  III: 'Medicinal herbs and herbal products',
  'III.1': 'Functional foods, herbal and traditional medicines',
  'III.2': 'Cosmetics with herbal ingredients',
  'III.3': 'Essential oils and other medicinal materials',
  IV: 'Handicrafts',
  'IV.1': 'Household and decorative handicrafts',
  'IV.2': 'Textiles and garments',
  V: 'Ornamental plants and animals',
  'V.1': 'Flowers',
  'V.2': 'Ornamental plants',
  'V.3': 'Ornamental animals',
  VI: 'Community tourism, eco-tourism and tourist-site services',
  'VI.1': 'Community tourism, eco-tourism and tourist-site services',
  B01: 'Fresh vegetables, tubers, fruits and nuts',
  B02: 'Fresh meat, seafood, eggs and milk',
  B03: 'Rice, cereals and other pre-processed grains',
  B04: 'Honey, other syrups and other agricultural food products',
  B05: 'Fast food',
  B06: 'Processed rice and cereal products',
  B07: 'Processed vegetables, fruits and nuts',
  B08: 'Processed meat, seafood, eggs, milk, honey-based and other agricultural food products',
  B09: 'Soy sauce, fish sauce and other liquid condiments',
  B10: 'Other spices (salt, shallot, garlic, pepper, …)',
  B11: 'Fresh and processed tea',
  B12: 'Herbal and other plant teas',
  B13: 'Coffee and cocoa',
  B14: 'White spirits',
  B15: 'Other alcoholic beverages',
  B16: 'Natural mineral water and bottled drinking water',
  B17: 'Other non-alcoholic beverages',
  B18: 'Functional foods, herbal medicines and traditional medicines',
  B19: 'Cosmetics with herbal ingredients',
  B20: 'Essential oils and other medicinal materials',
  B21: 'Household and decorative handicrafts',
  B22: 'Textiles and garments',
  B23: 'Flowers',
  B24: 'Ornamental plants',
  B25: 'Ornamental animals',
  B26: 'Community tourism, eco-tourism and tourist-site services',
} as const;
type ProductSetCode = Extract<keyof typeof ENGLISH_NAMES, `B${string}`>;
const KEYWORDS: Readonly<Record<ProductSetCode, readonly string[]>> = {
  B01: ['rau', 'củ', 'trái cây', 'hoa quả', 'bưởi', 'cam', 'xoài', 'nhãn', 'vải', 'hạt tươi'],
  B02: ['thịt tươi', 'cá tươi', 'tôm', 'cua', 'trứng', 'sữa tươi', 'thủy sản', 'hải sản'],
  B03: ['gạo', 'lúa', 'nếp', 'ngô', 'đậu', 'lạc', 'ngũ cốc'],
  B04: ['mật ong', 'mật mía', 'mật hoa dừa', 'mật'],
  B05: ['đồ ăn nhanh', 'ăn liền', 'chả', 'nem', 'bánh mì'],
  B06: ['bánh đa', 'bánh tráng', 'bún', 'phở', 'miến', 'bánh chưng', 'cốm', 'bánh gạo'],
  B07: ['mứt', 'ô mai', 'trái cây sấy', 'hoa quả sấy', 'dưa muối', 'hạt điều', 'măng khô'],
  B08: [
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
  B09: ['nước mắm', 'tương', 'xì dầu', 'nước chấm', 'giấm'],
  B10: ['muối', 'hành', 'tỏi', 'tiêu', 'ớt', 'gừng', 'nghệ', 'gia vị', 'sả'],
  B11: ['chè', 'trà xanh', 'chè shan tuyết', 'chè búp', 'trà'],
  B12: ['trà thảo mộc', 'trà hoa', 'trà atiso', 'trà túi lọc', 'trà gừng'],
  B13: ['cà phê', 'cafe', 'ca cao', 'cacao', 'sô cô la'],
  B14: ['rượu trắng', 'rượu gạo', 'rượu nếp', 'rượu ngô', 'rượu'],
  B15: ['rượu vang', 'rượu ngâm', 'bia', 'rượu trái cây'],
  B16: ['nước khoáng', 'nước suối', 'nước uống đóng chai', 'nước tinh khiết'],
  B17: ['nước ép', 'nước trái cây', 'sữa đậu nành', 'nước giải khát', 'siro'],
  B18: ['thực phẩm chức năng', 'thuốc nam', 'thuốc bắc', 'cao dược liệu', 'đông dược'],
  B19: ['mỹ phẩm', 'dầu gội', 'xà phòng', 'son', 'kem dưỡng'],
  B20: ['tinh dầu', 'dược liệu', 'sâm', 'nấm linh chi', 'quế', 'hồi'],
  B21: ['thủ công mỹ nghệ', 'mây tre đan', 'gốm', 'sơn mài', 'đồ gỗ', 'cói', 'chiếu'],
  B22: ['vải', 'thổ cẩm', 'lụa', 'may mặc', 'dệt'],
  B23: ['hoa', 'hoa lan', 'hoa đào', 'hoa cúc'],
  B24: ['cây cảnh', 'bonsai', 'quất cảnh', 'mai vàng'],
  B25: ['cá cảnh', 'chim cảnh', 'gà cảnh', 'động vật cảnh'],
  B26: ['du lịch cộng đồng', 'du lịch sinh thái', 'điểm du lịch', 'homestay', 'du lịch'],
};

/**
 * One row of QĐ 26/2026 Phụ lục I: the product set's code, its group (whose sector is the part before the dot), its
 * sub-group letter (`null` where the group has one set), the lead ministries and the name. The English name and the
 * keywords are the SDK's own (ENGLISH_NAMES, KEYWORDS).
 */
function set(
  code: ProductSetCode,
  group: string,
  subgroup: string | null,
  authority: readonly string[],
  vi: string,
): OcopProductSet {
  const sector = group.slice(0, group.indexOf('.'));
  return {
    code,
    sector,
    group,
    ...(subgroup === null ? {} : { subgroup }),
    name: { vi, en: ENGLISH_NAMES[code] },
    keywords: KEYWORDS[code],
    authority,
  };
}

// Codes, groups and lead ministries from QĐ 26/2026 Phụ lục I; names as on the sheets of Phụ lục II (where they
// differ from Phụ lục I, see the anomaly annex-i-names in data-src/qd26-2026/decision.json).
const PRODUCT_SETS: readonly OcopProductSet[] = [
  set('B01', 'I.1', 'a', [BNNMT], 'Rau, củ, quả, hạt tươi'),
  set('B02', 'I.1', 'b', [BNNMT], 'Thịt, thủy sản, trứng, sữa tươi'),
  set('B03', 'I.2', 'a', [BNNMT], 'Gạo, ngũ cốc, hạt sơ chế khác'),
  set('B04', 'I.2', 'b', [BNNMT], 'Mật ong, mật khác và nông sản thực phẩm khác'),
  set('B05', 'I.3', 'a', [BCT], 'Đồ ăn nhanh'),
  set('B06', 'I.3', 'b', [BNNMT, BCT], 'Chế biến từ gạo, ngũ cốc'),
  set('B07', 'I.3', 'c', [BNNMT], 'Chế biến từ rau, củ, quả, hạt'),
  set(
    'B08',
    'I.3',
    'd',
    [BNNMT, BCT],
    'Chế biến từ thịt, thủy sản, trứng, sữa, các sản phẩm từ mật ong, mật khác và nông sản thực phẩm khác',
  ),
  set('B09', 'I.4', 'a', [BNNMT], 'Tương, nước mắm, gia vị dạng lỏng khác'),
  set('B10', 'I.4', 'b', [BNNMT], 'Gia vị khác (muối, hành, tỏi, tiêu,...)'),
  set('B11', 'I.5', 'a', [BNNMT], 'Chè tươi, chè chế biến'),
  set('B12', 'I.5', 'b', [BNNMT], 'Sản phẩm trà từ thực vật khác'),
  set('B13', 'I.6', null, [BNNMT], 'Cà phê, ca cao'),
  set('B14', 'II.1', 'a', [BCT], 'Rượu trắng'),
  set('B15', 'II.1', 'b', [BCT], 'Đồ uống có cồn khác'),
  set('B16', 'II.2', 'a', [BYT], 'Nước khoáng thiên nhiên, nước uống đóng chai'),
  set('B17', 'II.2', 'b', [BCT], 'Đồ uống không cồn khác'),
  set('B18', 'III.1', null, [BYT], 'Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền'),
  set('B19', 'III.2', null, [BYT], 'Mỹ phẩm có thành phần từ dược liệu'),
  set('B20', 'III.3', null, [BYT, BCT], 'Tinh dầu và dược liệu khác'),
  set('B21', 'IV.1', null, [BCT, BNNMT], 'Thủ công mỹ nghệ gia dụng, trang trí'),
  set('B22', 'IV.2', null, [BCT], 'Vải, may mặc'),
  set('B23', 'V.1', null, [BNNMT], 'Hoa'),
  set('B24', 'V.2', null, [BNNMT], 'Cây cảnh'),
  set('B25', 'V.3', null, [BNNMT], 'Động vật cảnh'),
  set(
    'B26',
    'VI.1',
    null,
    [BVHTTDL, BNNMT],
    'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
  ),
];

/** A sector or group of Phụ lục I: its code and its name. */
type TaxonRow = readonly [code: keyof typeof ENGLISH_NAMES, vi: string];

function taxon([code, vi]: TaxonRow): OcopTaxon {
  return { code, name: { vi, en: ENGLISH_NAMES[code] } };
}

// Ngành (sectors, `I`) and their nhóm (groups, `I.1`) in the order of QĐ 26/2026 Phụ lục I.
const TAXA: readonly TaxonRow[] = [
  ['I', 'Sản phẩm thực phẩm'],
  ['I.1', 'Thực phẩm tươi sống'],
  ['I.2', 'Thực phẩm thô, sơ chế'],
  ['I.3', 'Thực phẩm chế biến'],
  ['I.4', 'Gia vị'],
  ['I.5', 'Chè'],
  ['I.6', 'Cà phê, ca cao'],
  ['II', 'Sản phẩm đồ uống'],
  ['II.1', 'Đồ uống có cồn'],
  ['II.2', 'Đồ uống không cồn'],
  ['III', 'Sản phẩm dược liệu và sản phẩm từ dược liệu'],
  ['III.1', 'Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền'],
  ['III.2', 'Mỹ phẩm có thành phần từ dược liệu'],
  ['III.3', 'Tinh dầu và dược liệu khác'],
  ['IV', 'Sản phẩm hàng thủ công mỹ nghệ'],
  ['IV.1', 'Thủ công mỹ nghệ gia dụng, trang trí'],
  ['IV.2', 'Vải, may mặc'],
  ['V', 'Sản phẩm sinh vật cảnh'],
  ['V.1', 'Hoa'],
  ['V.2', 'Cây cảnh'],
  ['V.3', 'Động vật cảnh'],
  ['VI', 'Sản phẩm dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch'],
  ['VI.1', 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch'],
];
const isGroup = ([code]: TaxonRow): boolean => code.includes('.');

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
  sectors: TAXA.filter((row) => !isGroup(row)).map(taxon),
  groups: TAXA.filter(isGroup).map(taxon),
  productSets: PRODUCT_SETS,
} satisfies OcopTaxonomy);
