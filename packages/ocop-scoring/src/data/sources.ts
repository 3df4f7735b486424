import type { DataSource } from '@ntm/domain/core';

/*
 * The published sources the OCOP version and process data were read from. The QĐ 26/2026 sheets have their own list
 * in data-src/qd26-2026/decision.json. One constant each (not one object), so a bundle that ships no DataInfo ships
 * none of them.
 */
export const SOURCE_QD26: DataSource = {
  id: '26/2026/QĐ-TTg',
  title: 'Quyết định 26/2026/QĐ-TTg ngày 22/05/2026 (Điều 3–12), văn bản chính thức',
  url: 'https://vanban.chinhphu.vn/?classid=1&docid=218267&orggroupid=3&pageid=27160',
};
export const SOURCE_QD1489: DataSource = {
  id: '1489/QĐ-TTg',
  title: 'Quyết định 1489/QĐ-TTg ngày 06/07/2025, văn bản chính thức',
  url: 'https://vanban.chinhphu.vn/?classid=2&docid=214441&pageid=27160',
};
export const SOURCE_QD1489_SUMMARY: DataSource = {
  id: 'thuvienphapluat-2025-07-09',
  title:
    'Trình tự đánh giá, phân hạng sản phẩm OCOP từ ngày 06/7/2025 (thuvienphapluat.vn, 09/07/2025)',
  url: 'http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/89478/trinh-tu-danh-gia-phan-hang-san-pham-ocop-tu-ngay-06-7-2025',
};
export const SOURCE_QD1489_TWO_LEVELS: DataSource = {
  id: 'sinhthainongnghiep-1489',
  title: 'Quyết định mới về OCOP: thống nhất hai cấp đánh giá sản phẩm (sinhthainongnghiep.net.vn)',
  url: 'https://sinhthainongnghiep.net.vn/quyet-dinh-moi-ve-ocop-thong-nhat-hai-cap-danh-gia-san-pham-a33455.html',
};
export const SOURCE_QD148_SUMMARY: DataSource = {
  id: 'thuvienphapluat-2023-02-25',
  title: 'Thay đổi tiêu chí đánh giá sản phẩm OCOP (thuvienphapluat.vn, 25/02/2023)',
  url: 'http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/46523/thay-doi-tieu-chi-danh-gia-san-pham-ocop',
};
export const SOURCE_QD148_PARTS: DataSource = {
  id: 'thuonghieucongluan-2023-02-25',
  title:
    'Ban hành Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm OCOP (thuonghieucongluan.com.vn, 25/02/2023)',
  url: 'https://hangthat.thuonghieucongluan.com.vn/ban-hanh-bo-tieu-chi-va-quy-trinh-danh-gia-phan-hang-san-pham-chuong-trinh-moi-xa-mot-san-pham-a93435.html',
};
export const SOURCE_QD148_DISTRICT: DataSource = {
  id: 'congnghieptieudung-3-sao',
  title: 'Sản phẩm OCOP hạng 3 sao do UBND huyện đánh giá, phân hạng (congnghieptieudung.vn)',
  url: 'https://congnghieptieudung.vn/san-pham-ocop-hang-3-sao-do-ubnd-huyen-danh-gia-phan-hang-cap-giay-chung-nhan-dt40883',
};
export const SOURCE_QD1048_SUMMARY: DataSource = {
  id: 'baomoi-1048',
  title: 'Ban hành Bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP (baomoi, QĐ 1048/QĐ-TTg)',
  url: 'https://baomoi.zadn.vn/ban-hanh-bo-tieu-chi-danh-gia-phan-hang-san-pham-chuong-trinh-moi-xa-mot-san-pham-c31938553.epi',
};
export const SOURCE_QD1048_QUANGNAM: DataSource = {
  id: 'ocop-quangnam-1048',
  title: 'Ban hành Bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP (ocop.quangnam.gov.vn)',
  url: 'http://ocop.quangnam.gov.vn/chi-tiet/group/97/nid/9770/ban-hanh-bo-tieu-chi-danh-gia-phan-hang-san-pham-chuong-trinh-moi-xa-mot-san-pham',
};
export const SOURCE_QD1048_PROCESS: DataSource = {
  id: 'danang-ocop',
  title: 'Quy trình OCOP thời QĐ 1048 và hiệu lực giấy chứng nhận 36 tháng (danang.gov.vn)',
  url: 'https://danang.gov.vn/web/san-pham-ocop/danh-muc-cd/chi-tiet?id=4782&_c=94677574',
};
export const SOURCE_QD781_MINIMUMS: DataSource = {
  id: 'hoanganhhalong-2020',
  title:
    'Hội đồng đánh giá, phân hạng sản phẩm OCOP quốc gia năm 2020: yêu cầu tối thiểu của QĐ 781/QĐ-TTg',
  url: 'https://hoanganhhalong.com.vn/vi/hop-hoi-dong-danh-gia-phan-hang-san-pham-ocop-quoc-gia-nam-2020',
};
export const SOURCE_DISTRICTS_ENDED: DataSource = {
  id: '72/2025/QH15',
  title:
    'Nghị quyết 203/2025/QH15 (sửa đổi Hiến pháp) và Luật Tổ chức chính quyền địa phương 72/2025/QH15: chính quyền địa phương hai cấp, không còn cấp huyện từ 01/07/2025',
};
