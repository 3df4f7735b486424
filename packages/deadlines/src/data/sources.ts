import type { DataSource } from '@ntm/domain/core';

/*
 * The published copies and articles the calendar data was checked against, by the ids the code comments cite
 * (S1 … S44). One constant each, so a bundle that ships no DataInfo ships none of them.
 */

/** A source: its id, title and address, then, for a dataset, its licence and what was taken from it. */
// No side effects: a bundle that ships no DataInfo drops every source.
const source = /* @__NO_SIDE_EFFECTS__ */ (
  id: string,
  title: string,
  url: string,
  more: Pick<DataSource, 'licence' | 'use'> = {},
): DataSource => ({ id, title, url, ...more });

/** An open dataset our data was compared with, nothing copied from it. */
const CROSS_CHECK_ONLY = { licence: 'MIT', use: 'cross-check only; no data copied' } as const;

export const S1 = source(
  'S1',
  'Bộ luật Lao động 2019 (45/2019/QH14), Điều 111–112, Bộ pháp điển mục 20.2.LQ.111–112',
  'https://github.com/diepxuan/diepxuan.github.io/blob/fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048/van-ban/lao-dong/lao-dong.md',
);
export const S3 = source(
  'S3',
  'Bộ luật Lao động 2012 (10/2012/QH13), Điều 115, văn bản gốc (lưu trữ)',
  'https://web.archive.org/web/20240917113133/https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=27615',
);
export const S4B = source(
  'S4b',
  'Tết from 4 to 5 days by the 2012 Labour Code, in force 2013-05-01',
  'https://www.qppstudio.net/public-holidays-news/2012/vietnamese-public-holidays-amendments-voted-005973.htm',
);
export const S5 = source(
  'S5',
  'Nghị quyết 80-NQ/TW (07/01/2026) và Nghị quyết 30/NQ-CP: bổ sung Ngày Văn hóa Việt Nam 24/11 (VnEconomy)',
  'https://vneconomy.vn/bo-sung-ngay-van-hoa-viet-nam-2411-vao-danh-muc-ngay-nghi-huong-nguyen-luong.htm',
);
export const S6 = source(
  'S6',
  'Sửa Bộ luật Lao động để thêm một ngày nghỉ Ngày Văn hóa Việt Nam: đề xuất, chưa ban hành (Dân trí, 25/02/2026)',
  'https://dantri.com.vn/noi-vu/sua-bo-luat-lao-dong-de-them-mot-ngay-nghi-ngay-van-hoa-viet-nam-20260225151756397.htm',
);
export const S7 = source(
  'S7',
  'Quyết định 188/1999/QĐ-TTg: tuần làm việc 40 giờ, nghỉ thứ Bảy và Chủ nhật',
  'https://hethongphapluat.com/quyet-dinh-188-1999-qd-ttg-ve-che-do-tuan-lam-viec-40-gio-do-thu-tuong-chinh-phu-ban-hanh.html',
);
export const S8 = source(
  'S8',
  'On the ambiguity of "ngày làm việc kế tiếp" for nghỉ bù (chiaseluatlaodong.com)',
  'https://chiaseluatlaodong.com/trong-truong-hop-nguoi-lao-dong-co-thoi-gian-lam-viec-la-08-gio-ngay-tu-thu-hai-den-thu-sau-va-duoc-nghi-hang-tuan-vao-ngay-thu-bay-va-chu-nhat-neu-ngay-nghi-le-vi-du-ngay-2-9-trung-vao-ngay-thu-ba/',
);
export const S12 = source(
  'S12',
  'vacanza/holidays, Vietnam (open holiday dataset: observed days, swaps, lunar dates, tests)',
  'https://github.com/vacanza/holidays/blob/c382fdec456ce76e03b841ab809d47e46be610a2/holidays/countries/vietnam.py',
  CROSS_CHECK_ONLY,
);
export const S15 = source(
  'S15',
  'Lịch nghỉ lễ, tết năm 2020 (kienthuc.net.vn)',
  'https://m.kienthuc.net.vn/xa-hoi/14-ngay-nghi-vao-cac-dip-le-tet-trong-nam-2020-1319755.html',
);
export const S17A = source(
  'S17a',
  "Vietnam's public holidays in 2021 (SGGP)",
  'https://sggpnews.org.vn/culture_art/vietnams-public-holidays-in-2021-89687.html',
);
export const S40 = source(
  'S40',
  'Hồ Ngọc Đức, "Thuật toán tính âm lịch" (quy tắc, thuật toán, kinh tuyến 105°E)',
  'https://www.informatik.uni-leipzig.de/~duc/amlich/calrules_vn.html',
);
export const S41 = source(
  'S41',
  'Vietnamese calendar: time-zone switch 1967-08-08, Tết 1968',
  'https://en.wikipedia.org/wiki/Vietnamese_calendar',
);
export const S43 = source(
  'S43',
  'Vietnam earlier than China in 2030 and 2053',
  'https://scienceinfo.net/why-is-the-vietnamese-and-chinese-new-year-a-day-different.html',
);
export const S44 = source(
  'S44',
  'npm date-chinese 2.1.4, src/Vietnamese.js (independent UTC+7 implementation)',
  'https://github.com/commenthol/date-chinese',
  { ...CROSS_CHECK_ONLY, use: 'cross-check only (test dependency); no data copied' },
);
