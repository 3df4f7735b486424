import type { DataSource } from '@ntm/domain/core';

/*
 * The published copies and articles the calendar data was checked against, by the ids the code comments cite
 * (S1 … S44). One constant each, so a bundle that ships no DataInfo ships none of them.
 */

export const S1: DataSource = {
  id: 'S1',
  title: 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 111–112, Bộ pháp điển mục 20.2.LQ.111–112',
  url: 'https://github.com/diepxuan/diepxuan.github.io/blob/fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048/van-ban/lao-dong/lao-dong.md',
};
export const S3: DataSource = {
  id: 'S3',
  title: 'Bộ luật Lao động 2012 (10/2012/QH13), Điều 115, văn bản gốc (lưu trữ)',
  url: 'https://web.archive.org/web/20240917113133/https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=27615',
};
export const S4B: DataSource = {
  id: 'S4b',
  title: 'Tết from 4 to 5 days by the 2012 Labour Code, in force 2013-05-01',
  url: 'https://www.qppstudio.net/public-holidays-news/2012/vietnamese-public-holidays-amendments-voted-005973.htm',
};
export const S5: DataSource = {
  id: 'S5',
  title:
    'Nghị quyết 80-NQ/TW (07/01/2026) và Nghị quyết 30/NQ-CP: bổ sung Ngày Văn hóa Việt Nam 24/11 (VnEconomy)',
  url: 'https://vneconomy.vn/bo-sung-ngay-van-hoa-viet-nam-2411-vao-danh-muc-ngay-nghi-huong-nguyen-luong.htm',
};
export const S6: DataSource = {
  id: 'S6',
  title:
    'Sửa Bộ luật Lao động để thêm một ngày nghỉ Ngày Văn hóa Việt Nam: đề xuất, chưa ban hành (Dân trí, 25/02/2026)',
  url: 'https://dantri.com.vn/noi-vu/sua-bo-luat-lao-dong-de-them-mot-ngay-nghi-ngay-van-hoa-viet-nam-20260225151756397.htm',
};
export const S7: DataSource = {
  id: 'S7',
  title: 'Quyết định 188/1999/QĐ-TTg: tuần làm việc 40 giờ, nghỉ thứ Bảy và Chủ nhật',
  url: 'https://hethongphapluat.com/quyet-dinh-188-1999-qd-ttg-ve-che-do-tuan-lam-viec-40-gio-do-thu-tuong-chinh-phu-ban-hanh.html',
};
export const S8: DataSource = {
  id: 'S8',
  title: 'On the ambiguity of "ngày làm việc kế tiếp" for nghỉ bù (chiaseluatlaodong.com)',
  url: 'https://chiaseluatlaodong.com/trong-truong-hop-nguoi-lao-dong-co-thoi-gian-lam-viec-la-08-gio-ngay-tu-thu-hai-den-thu-sau-va-duoc-nghi-hang-tuan-vao-ngay-thu-bay-va-chu-nhat-neu-ngay-nghi-le-vi-du-ngay-2-9-trung-vao-ngay-thu-ba/',
};
export const S12: DataSource = {
  id: 'S12',
  title:
    'vacanza/holidays, Vietnam (open holiday dataset: observed days, swaps, lunar dates, tests)',
  url: 'https://github.com/vacanza/holidays/blob/c382fdec456ce76e03b841ab809d47e46be610a2/holidays/countries/vietnam.py',
  licence: 'MIT',
  use: 'cross-check only; no data copied',
};
export const S15: DataSource = {
  id: 'S15',
  title: 'Lịch nghỉ lễ, tết năm 2020 (kienthuc.net.vn)',
  url: 'https://m.kienthuc.net.vn/xa-hoi/14-ngay-nghi-vao-cac-dip-le-tet-trong-nam-2020-1319755.html',
};
export const S17A: DataSource = {
  id: 'S17a',
  title: "Vietnam's public holidays in 2021 (SGGP)",
  url: 'https://sggpnews.org.vn/culture_art/vietnams-public-holidays-in-2021-89687.html',
};
export const S40: DataSource = {
  id: 'S40',
  title: 'Hồ Ngọc Đức, "Thuật toán tính âm lịch" (quy tắc, thuật toán, kinh tuyến 105°E)',
  url: 'https://www.informatik.uni-leipzig.de/~duc/amlich/calrules_vn.html',
};
export const S41: DataSource = {
  id: 'S41',
  title: 'Vietnamese calendar: time-zone switch 1967-08-08, Tết 1968',
  url: 'https://en.wikipedia.org/wiki/Vietnamese_calendar',
};
export const S43: DataSource = {
  id: 'S43',
  title: 'Vietnam earlier than China in 2030 and 2053',
  url: 'https://scienceinfo.net/why-is-the-vietnamese-and-chinese-new-year-a-day-different.html',
};
export const S44: DataSource = {
  id: 'S44',
  title: 'npm date-chinese 2.1.4, src/Vietnamese.js (independent UTC+7 implementation)',
  url: 'https://github.com/commenthol/date-chinese',
  licence: 'MIT',
  use: 'cross-check only (test dependency); no data copied',
};
