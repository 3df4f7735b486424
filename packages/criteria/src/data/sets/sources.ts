import { deepFreeze } from '@ntm/domain/core';

/**
 * A published source a threshold cell cites by id (`S5`), as cited in the set files; listed in `NTM_CRITERIA_DATA_INFO.sources` too.
 *
 * @example
 * ```ts
 * NTM_SOURCES.S5?.url; // 'http://118.69.201.250:801/…'
 * ```
 */
export interface NtmSource {
  /** Short id used in cells. */
  readonly id: string;
  /** What the source is. */
  readonly what: string;
  /** Address. */
  readonly url: string;
}

const list: NtmSource[] = [
  {
    id: 'S1',
    what: 'QĐ 318/QĐ-TTg full text (preamble, Điều 1–2)',
    url: 'https://ls1.hethongphapluat.com/quyet-dinh-318-qd-ttg-nam-2022-bo-tieu-chi-quoc-gia-ve-xa-nong-thon-moi-va-bo-tieu-chi-quoc-gia-ve-xa-nong-thon-moi-nang-cao-giai-doan-2021-2025-do-thu-tuong-chinh-phu-ban-hanh.html',
  },
  {
    id: 'S2',
    what: 'thuvienphapluat news 10/03/2022 on QĐ 318',
    url: 'http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/39774/ban-hanh-bo-tieu-chi-xa-nong-thon-moi-giai-doan-2021-2025',
  },
  {
    id: 'S3',
    what: 'Báo Dân tộc & Miền núi (TTXVN) on QĐ 318',
    url: 'https://dantocmiennui.baotintuc.vn/ban-hanh-bo-tieu-chi-xa-nong-thon-moi-giai-doan-2021-2025-post317608.html',
  },
  {
    id: 'S4',
    what: 'Dân Việt 09/03/2022 on QĐ 318',
    url: 'https://danviet.vn/ban-hanh-bo-tieu-chi-quoc-gia-ve-xa-ntm-va-xa-ntm-nang-cao-giai-doan-2021-2025-20220309150802604.htm',
  },
  {
    id: 'S5',
    what: 'thuvienphapluat article mirror, 2021–2025 health indicators',
    url: 'http://118.69.201.250:801/phap-luat/tim-tu-van?loc=right_news&page=291&q=Th%E1%BB%B1c+h%C3%A0nh+kh%C3%A1m+ch%E1%BB%AFa+b%E1%BB%87nh',
  },
  {
    id: 'S6',
    what: 'thuviennhadat Q&A, income 2016–2020',
    url: 'https://thuviennhadat.vn/phap-ly-nha-dat/tieu-chi-ve-thu-nhap-xa-nong-thon-moi-giai-doan-2016---2020-hien-nay-duoc-quy-dinh-ra-sao-318802.html',
  },
  {
    id: 'S7',
    what: 'THVL, ĐBSCL income 2020',
    url: 'https://www.thvl.vn/thoi-su-thvl/tin-dia-phuong/nang-m%E1%BB%A9c-thu-nh%E1%BA%ADp-ng%C6%B0%E1%BB%9Di-dan-loan-m%E1%BB%B9/',
  },
  {
    id: 'S8',
    what: 'thuvienphapluat news 19/10/2016 on QĐ 1980',
    url: 'http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/14746/bo-tieu-chi-xa-nong-thon-moi-giai-doan-2016-2020',
  },
  {
    id: 'S9',
    what: 'thukyluat news on QĐ 1980',
    url: 'https://thukyluat.vn/news/thong-bao-van-ban-moi/ban-hanh-bo-tieu-chi-quoc-gia-xa-nong-thon-moi-giai-doan-2016-2020-19904.html',
  },
  {
    id: 'S10',
    what: 'thuvienphapluat Q&A 24BBF, health 2016–2020',
    url: 'https://thuvienphapluat.vn/hoi-dap-phap-luat/24BBF-hd-tieu-chi-ve-y-te-xa-nong-thon-moi-giai-doan-2016-2020.html',
  },
  {
    id: 'S11',
    what: 'thuvienphapluat Q&A 24BBA, education 2016–2020',
    url: 'https://thuvienphapluat.vn/hoi-dap-phap-luat/24BBA-hd-tieu-chi-ve-giao-duc-va-dao-tao-xa-nong-thon-moi-giai-doan-2016-2020.html',
  },
  {
    id: 'S12',
    what: 'Thư Ký Luật Q&A 24BCB, environment 2016–2020',
    url: 'https://nganhangphapluat.thukyluat.vn/tu-van-phap-luat/xay-dung--do-thi/tieu-chi-ve-moi-truong-va-an-toan-thuc-pham-xa-nong-thon-moi-giai-150475',
  },
  {
    id: 'S13',
    what: 'Thái Bình TV 22/10/2016 on QĐ 1980',
    url: 'https://www.thaibinhtv.vn/news/69/32493/ty-le-nguoi-dan-tham-gia-bhyt-phai-dat-tu-85-tro-len',
  },
  {
    id: 'S14',
    what: 'Báo Vĩnh Long 10/03/2019 (housing)',
    url: 'http://baovinhlong.com.vn/thoi-su/201903/59-xa-dat-tieu-chi-nha-o-dan-cu-2936489/',
  },
  {
    id: 'S15',
    what: 'Báo Vĩnh Long 12/07/2018 (culture)',
    url: 'http://baovinhlong.com.vn/thoi-su/201807/8389-xa-da-duoc-cong-nhan-dat-tieu-chi-van-hoa-2901906/',
  },
  {
    id: 'S16',
    what: 'Báo Vĩnh Long 25/09/2019 (traffic wording)',
    url: 'https://baovinhlong.vn/thoi-su/201909/nang-cap-va-xay-moi-613km-duong-giao-thong-2965526/',
  },
  {
    id: 'S17',
    what: 'Báo Nghệ An (EN) on QĐ 1980',
    url: 'https://baonghean.vn/en/nhieu-thay-doi-trong-bo-tieu-chi-quoc-gia-ve-xa-nong-thon-moi-giai-doan-2016-2020-10116980.html',
  },
  {
    id: 'S18',
    what: 'VNA English on QĐ 1980 (income range, poverty 6%)',
    url: 'https://hanoitimes.vn/unveiling-criteria-for-a-new-styled-rural-commune-for-2016-2020-11046.html',
  },
  {
    id: 'S19',
    what: 'QĐ 51/2025/QĐ-TTg full text (Điều 1)',
    url: 'https://xaydungchinhsach.chinhphu.vn/toan-van-quyet-dinh-51-2025-qd-ttg-ban-hanh-bo-tieu-chi-quoc-gia-ve-nong-thon-moi-giai-doan-2026-2030-119251230104614909.htm',
  },
  {
    id: 'S20',
    what: 'Thời báo Tài chính on QĐ 51/2025',
    url: 'https://thoibaotaichinhvietnam.vn/ban-hanh-bo-tieu-chi-quoc-gia-ve-nong-thon-moi-giai-doan-2026-2030-189751.html',
  },
  {
    id: 'S21',
    what: 'VnEconomy on QĐ 51/2025',
    url: 'https://vneconomy.vn/bo-tieu-chi-nong-thon-moi-20262030-mo-duong-cho-xay-dung-nong-thon-hien-dai.htm',
  },
  {
    id: 'S22',
    what: 'arit.gov.vn on the 01/03 amending decision',
    url: 'http://arit.gov.vn/tin-tuc/hoat-dong-cong-thuong-dia-phuong-ban-hanh-quyet-dinh-sua-doi-mot-so-tieu-chi-chi-tieu-cua-bo-tieu-chi-quoc-gia-ve-nong-thon-moi-c2335a2f_4389/',
  },
  {
    id: 'S25',
    what: 'tinnhanhchungkhoan on QĐ 1980 (BHYT ≥ 85)',
    url: 'https://tinnhanhchungkhoan.vn/ban-hanh-tieu-chi-quoc-gia-ve-ty-le-nguoi-dan-tham-gia-bao-hiem-y-te-post146513.html',
  },
];

/**
 * The sources cited by threshold cells, by id.
 *
 * @example
 * ```ts
 * NTM_SOURCES.S18?.what; // 'VNA English on QĐ 1980 (income range, poverty 6%)'
 * ```
 */
export const NTM_SOURCES: Readonly<Record<string, NtmSource>> = deepFreeze(
  Object.fromEntries(list.map((source) => [source.id, source])),
);
