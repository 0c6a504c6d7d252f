/**
 * The ranking test set (issue 15): queries as citizens and investors type them, each with the
 * page(s) a person would expect to find, chosen by reading the sample content in content/, not by
 * running the search. A case passes when one of its pages is among the first three results of the
 * search page it is typed on. Where a query is vague («đầu», "hoang tien"), every page that answers
 * it is listed; a case never lists a page just because the search happens to return it.
 *
 * Every example in the issue's text is here, marked `issue`.
 */

export interface RankingCase {
  /** What the reader types. */
  q: string;
  /** Pages that answer it (site paths); one of them must be in the top three. */
  expect: readonly string[];
  /** The search page it is typed on; the Vietnamese one of the district by default. */
  on?: string;
  /** An example named in issue 15. */
  issue?: true;
}

const HT = '/xa/hoang-tien';
const BS = '/xa/but-son';
const HD = '/xa/hoang-dong';
const HTR = '/xa/hoang-trung';
const EN = '/en/search/';

/** The pages that introduce a unit: its introduction and the pages under it. */
const about = (base: string, own: readonly string[]) => [
  `${base}/gioi-thieu/`,
  `${base}/gioi-thieu/lanh-dao/`,
  `${base}/gioi-thieu/chuc-nang-nhiem-vu/`,
  `${base}/gioi-thieu/co-cau-to-chuc/`,
  `${base}/gioi-thieu/ban-do/`,
  ...own.map((slug) => `${base}/gioi-thieu/${slug}/`),
];

/** Pages whose title has the word «đầu» (đầu tư, đầu năm, đầu xuân, 6 tháng đầu năm). */
const withDau = [
  '/dau-tu-cong/', `${BS}/dau-tu-cong/`, `${HD}/dau-tu-cong/`, `${HT}/dau-tu-cong/`, `${HTR}/dau-tu-cong/`,
  '/dau-tu-cong/danh-muc-du-an-dau-tu-cong-nam-2023/',
  '/xuc-tien-dau-tu/huong-dan-nha-dau-tu/', `${BS}/xuc-tien-dau-tu/huong-dan-nha-dau-tu/`, `${HD}/xuc-tien-dau-tu/huong-dan-nha-dau-tu/`,
  `${HT}/xuc-tien-dau-tu/huong-dan-nha-dau-tu/`, `${HTR}/xuc-tien-dau-tu/huong-dan-nha-dau-tu/`,
  '/tin-tuc/cai-cach-hanh-chinh-thuc-day-thu-hut-dau-tu/',
  '/tin-tuc/ra-mat-chuyen-muc-xuc-tien-dau-tu-tren-cong-thong-tin-dien-tu-huyen/',
  `${HT}/tin-tuc/ngu-dan-hoang-tien-ra-khoi-chuyen-bien-dau-nam/`,
  `${HTR}/tin-tuc/xa-hoang-trung-ra-quan-lam-giao-thong-noi-dong-dau-xuan/`,
  '/tai-chinh/tinh-hinh-thuc-hien-du-toan-ngan-sach-huyen-6-thang-dau-nam-2023/',
  `${BS}/van-ban/bao-cao-ket-qua-cai-cach-hanh-chinh-va-chuyen-doi-so-6-thang-dau-nam-2023/`,
  `${HD}/van-ban/bao-cao-ket-qua-chuyen-doi-so-6-thang-dau-nam-2023/`,
  `${HT}/van-ban/bao-cao-ket-qua-cai-cach-hanh-chinh-va-chuyen-doi-so-6-thang-dau-nam-2023/`,
  `${HTR}/van-ban/bao-cao-ket-qua-cong-tac-cai-cach-hanh-chinh-6-thang-dau-nam-2023/`,
];

export const RANKING_CASES: readonly RankingCase[] = [
  // Place names typed without marks: the unit's own pages, not English pages that spell it "Hoang Tien".
  { q: 'hoang tien', issue: true, expect: about(HT, ['dieu-kien-tu-nhien-va-dan-cu-xa-hoang-tien', 'lich-su-hinh-thanh-va-phat-trien-xa-hoang-tien', 'co-cau-to-chuc-cua-ubnd-xa-hoang-tien']) },
  { q: 'but son', issue: true, expect: about(BS, ['dieu-kien-tu-nhien-va-dan-cu-thi-tran-but-son', 'lich-su-hinh-thanh-va-phat-trien-thi-tran-but-son', 'co-cau-to-chuc-cua-ubnd-thi-tran-but-son']) },
  { q: 'hoang hoa', issue: true, expect: about('', ['dieu-kien-tu-nhien', 'lich-su-hinh-thanh', 'van-hoa-di-tich']) },
  { q: 'xa hoang trung', expect: about(HTR, ['dieu-kien-tu-nhien-va-dan-cu-xa-hoang-trung', 'lich-su-hinh-thanh-va-phat-trien-xa-hoang-trung', 'co-cau-to-chuc-cua-ubnd-xa-hoang-trung']) },
  { q: 'gioi thieu xa hoang dong', expect: [`${HD}/gioi-thieu/`] },
  { q: 'lich su thi tran but son', expect: [`${BS}/gioi-thieu/lich-su-hinh-thanh-va-phat-trien-thi-tran-but-son/`] },
  { q: 'dieu kien tu nhien hoang tien', expect: [`${HT}/gioi-thieu/dieu-kien-tu-nhien-va-dan-cu-xa-hoang-tien/`] },

  // People and offices.
  // The organisation page answers too: it opens with "Chủ tịch UBND xã: Đỗ Văn Thành".
  { q: 'chu tich xa hoang tien', issue: true, expect: [`${HT}/gioi-thieu/lanh-dao/`, `${HT}/gioi-thieu/co-cau-to-chuc/`] },
  { q: 'do van thanh', issue: true, expect: [`${HT}/gioi-thieu/lanh-dao/`] },
  { q: 'Đỗ Văn Thành', expect: [`${HT}/gioi-thieu/lanh-dao/`] },
  { q: 'Nguyễn Văn An', issue: true, expect: ['/gioi-thieu/lanh-dao/'] },
  { q: 'nguyen van an', expect: ['/gioi-thieu/lanh-dao/'] },
  // As above: "Chủ tịch UBND huyện: Nguyễn Văn An" heads the district's organisation page.
  { q: 'chu tich ubnd huyen', issue: true, expect: ['/gioi-thieu/lanh-dao/', '/gioi-thieu/co-cau-to-chuc/'] },
  { q: 'lãnh đạo huyện', expect: ['/gioi-thieu/lanh-dao/'] },
  { q: 'Lê Thị Hoa', expect: [`${HT}/gioi-thieu/lanh-dao/`] },
  { q: 'Phạm Văn Tuấn', issue: true, expect: [`${HT}/chuyen-doi-so/to-cong-nghe-so/`] },
  { q: 'pham van tuan thanh vien', issue: true, expect: [`${HT}/chuyen-doi-so/to-cong-nghe-so/`] },
  { q: 'to cong nghe so thon tien loi', expect: [`${HT}/chuyen-doi-so/to-cong-nghe-so/`] },
  { q: 'nguoi phat ngon huyen', expect: ['/lien-he/'] },

  // Diacritics that tell words apart, đ among them.
  { q: 'đầu', issue: true, expect: withDau },
  { q: 'dầu', expect: [`${BS}/ocop/tinh-dau-sa-chanh-hoang-phuc/`] },
  { q: 'tinh dầu sả chanh', expect: [`${BS}/ocop/tinh-dau-sa-chanh-hoang-phuc/`] },
  { q: 'đan', issue: true, expect: ['/ocop/gio-may-tre-dan-hoang-thinh/'] },
  { q: 'giỏ mây tre đan', expect: ['/ocop/gio-may-tre-dan-hoang-thinh/'] },
  { q: 'đăng ký kết hôn', expect: [`${BS}/dich-vu-cong/dang-ky-ket-hon/`, `${HD}/dich-vu-cong/dang-ky-ket-hon/`] },
  { q: 'Đông Tân', expect: [`${HD}/tin-tuc/cho-dong-tan-thanh-cho-4-0-tieu-thuong-ban-hang-bang-ma-qr/`, `${HD}/van-ban/huong-dan-thanh-toan-khong-dung-tien-mat-tai-cho-dong-tan/`, `${HD}/ocop/banh-da-vung-dong-tan/`, `${HD}/xuc-tien-dau-tu/du-an/cho-dong-tan-ket-hop-trung-tam-thuong-mai-dich-vu/`, `${HD}/hoi-dap/tieu-thuong-cho-dong-tan-dang-ky-ma-qr-thanh-toan-o-dau/`] },

  // Procedures, as people name them.
  { q: '1.004203', issue: true, expect: ['/dich-vu-cong/chuyen-muc-dich-su-dung-dat-doi-voi-ho-gia-dinh-ca-nhan/'] },
  { q: 'chuyen muc dich su dung dat', expect: ['/dich-vu-cong/chuyen-muc-dich-su-dung-dat-doi-voi-ho-gia-dinh-ca-nhan/'] },
  { q: 'tro cap xa hoi hang thang', expect: ['/dich-vu-cong/tro-cap-xa-hoi-hang-thang-doi-voi-doi-tuong-bao-tro-xa-hoi/', `${HD}/dich-vu-cong/thuc-hien-dieu-chinh-thoi-huong-tro-cap-xa-hoi-hang-thang/`] },
  { q: 'dang ky khai sinh', on: `${HT}/tim-kiem/`, expect: [`${HT}/dich-vu-cong/dang-ky-khai-sinh/`] },
  { q: 'dang ky khai tu', on: `${HTR}/tim-kiem/`, expect: [`${HTR}/dich-vu-cong/dang-ky-khai-tu/`] },
  { q: 'giay phep xay dung nha o', expect: ['/dich-vu-cong/cap-giay-phep-xay-dung-moi-doi-voi-nha-o-rieng-le/', '/hoi-dap/xay-nha-o-nong-thon-co-phai-xin-giay-phep-xay-dung/', `${BS}/hoi-dap/sua-chua-xay-nha-o-trong-thi-tran-co-phai-xin-giay-phep-xay-dung/`] },
  { q: 'thanh lap ho kinh doanh', expect: ['/dich-vu-cong/dang-ky-thanh-lap-ho-kinh-doanh/'] },
  { q: 'chung thuc ban sao', expect: ['/dich-vu-cong/chung-thuc-ban-sao-tu-ban-chinh-giay-to-van-ban/', `${BS}/dich-vu-cong/chung-thuc-ban-sao-tu-ban-chinh-giay-to-van-ban/`, `${HD}/dich-vu-cong/chung-thuc-ban-sao-tu-ban-chinh-giay-to-van-ban/`, `${HT}/dich-vu-cong/chung-thuc-ban-sao-tu-ban-chinh-giay-to-van-ban/`] },
  { q: 'xac nhan tinh trang hon nhan', expect: [`${HT}/dich-vu-cong/cap-giay-xac-nhan-tinh-trang-hon-nhan/`, `${HTR}/dich-vu-cong/cap-giay-xac-nhan-tinh-trang-hon-nhan/`] },
  { q: 'dang ky giam ho', expect: [`${HTR}/dich-vu-cong/dang-ky-giam-ho/`] },
  { q: 'chứng thực chữ ký', expect: [`${HTR}/dich-vu-cong/chung-thuc-chu-ky-trong-cac-giay-to-van-ban/`] },

  // Questions citizens ask.
  { q: 'mat giay khai sinh', expect: ['/hoi-dap/mat-ban-chinh-giay-khai-sinh-thi-lam-the-nao/', `${HT}/hoi-dap/mat-giay-khai-sinh-khi-da-cao-tuoi-thi-dang-ky-lai-the-nao/`] },
  { q: 'khong dang nhap duoc vneid', expect: ['/hoi-dap/khong-dang-nhap-duoc-cong-dich-vu-cong-quoc-gia-bang-tai-khoan-vneid/'] },
  { q: 'tach thua dat', expect: [`${BS}/hoi-dap/tach-thua-dat-o-trong-thi-tran-can-dieu-kien-gi/`, `${HTR}/hoi-dap/thu-tuc-tach-thua-dat-o-de-cho-con/`] },
  { q: 'tro cap tho cung liet si', expect: ['/hoi-dap/con-liet-si-co-duoc-huong-tro-cap-tho-cung-liet-si/'] },
  { q: 'nguoi khuyet tat', expect: [`${HT}/hoi-dap/nguoi-khuyet-tat-dac-biet-nang-duoc-huong-nhung-che-do-gi/`, `${HD}/hoi-dap/muc-tro-cap-hang-thang-cho-nguoi-khuyet-tat-nang/`] },
  { q: 'tau ca duoi 12 met', expect: [`${HT}/hoi-dap/tau-ca-moi-dong-duoi-12-met-dang-ky-o-dau/`] },
  { q: 'ban hang tap hoa', expect: ['/hoi-dap/ban-hang-tap-hoa-tai-nha-co-phai-dang-ky-ho-kinh-doanh/'] },

  // Documents by number and by subject.
  // One decision certified two products.
  { q: '3418/QĐ-UBND', expect: ['/ocop/gio-may-tre-dan-hoang-thinh/', `${HTR}/ocop/gao-thom-hoang-trung/`] },
  { q: 'ke hoach chuyen doi so xa hoang tien', expect: [`${HT}/van-ban/ke-hoach-chuyen-doi-so-xa-hoang-tien-nam-2023/`] },
  { q: 'lich tiep cong dan chu tich ubnd huyen', expect: ['/van-ban/lich-tiep-cong-dan-dinh-ky-cua-chu-tich-ubnd-huyen-nam-2023/'] },
  { q: 'quy che cong thong tin dien tu', expect: ['/van-ban/du-thao-quy-che-quan-ly-van-hanh-cong-thong-tin-dien-tu-huyen-hoang-hoa/'] },
  { q: 'khai thac IUU', expect: [`${HT}/van-ban/ve-viec-duy-tri-thiet-bi-giam-sat-hanh-trinh-tau-ca-va-chong-khai-thac-iuu/`, `${HT}/tin-tuc/tuyen-truyen-chong-khai-thac-hai-san-bat-hop-phap-khong-bao-cao-va-khong-theo-quy-dinh/`] },
  { q: 'phong chong thien tai', expect: [`${HT}/van-ban/ke-hoach-phong-chong-thien-tai-va-tim-kiem-cuu-nan-nam-2023/`, `${HT}/tin-tuc/dien-tap-phong-chong-thien-tai-va-tim-kiem-cuu-nan-nam-2023/`] },
  { q: 'via he cho trung tam', expect: [`${BS}/van-ban/thong-bao-thoi-gian-chinh-trang-via-he-khu-vuc-cho-trung-tam/`] },

  // News.
  { q: 'le hoi du lich bien hai tien', expect: ['/tin-tuc/khai-mac-le-hoi-du-lich-bien-hai-tien-nam-2023/'] },
  { q: 'giao nhan quan', expect: ['/tin-tuc/hoang-hoa-to-chuc-le-giao-nhan-quan-nam-2023/'] },
  { q: 'nhap ngu hoang trung', expect: [`${HTR}/tin-tuc/hoang-trung-tien-12-thanh-nien-len-duong-nhap-ngu-nam-2023/`] },
  { q: 'camera an ninh', expect: [`${BS}/tin-tuc/nhan-rong-mo-hinh-camera-an-ninh-o-cac-to-dan-pho/`] },
  { q: 'nghè Bình Lâm', expect: [`${HD}/tin-tuc/hoang-dong-tu-bo-ton-tao-di-tich-nghe-binh-lam/`] },
  { q: 'rac thai nhua', expect: [`${HT}/tin-tuc/ra-quan-lam-sach-bai-bien-chung-tay-giam-rac-thai-nhua/`] },
  { q: 'hoc bong hoc sinh vuot kho', expect: ['/tin-tuc/hoang-hoa-trao-hoc-bong-cho-hoc-sinh-vuot-kho-hoc-gioi/', `${HTR}/tin-tuc/hoang-trung-trao-hoc-bong-khuyen-hoc-cho-hoc-sinh-vuot-kho/`] },

  // OCOP products.
  { q: 'nuoc mam ca com', expect: ['/ocop/nuoc-mam-ca-com-hai-thanh-thuong-hang/', `${HD}/ocop/nuoc-mam-ca-com-truyen-thong-hoang-dong/`, `${HT}/ocop/nuoc-mam-ca-com-hoang-tien/`] },
  { q: 'cha muc', expect: ['/ocop/cha-muc-gia-tay-hai-tien/', `${HT}/ocop/cha-muc-gia-tay-hoang-tien/`] },
  { q: 'nem chua', expect: [`${BS}/ocop/nem-chua-but-son/`] },
  { q: 'mật ong', expect: [`${HTR}/ocop/mat-ong-hoa-nhan-hoa-binh/`] },
  { q: 'banh gai', expect: [`${BS}/ocop/banh-gai-phuc-thinh/`, `${HD}/ocop/banh-gai-hoang-dong/`] },
  { q: 'ruou nep cai hoa vang', expect: [`${BS}/ocop/ruou-nep-cai-hoa-vang-but-son/`] },
  { q: 'tra la sen', expect: ['/ocop/tra-la-sen-tui-loc-hoang-duc/'] },
  { q: 'chieu coi', expect: [`${HD}/ocop/chieu-coi-det-tay-binh-lam/`] },

  // Investment, in Vietnamese.
  { q: 'cum cong nghiep hoang quy', expect: ['/xuc-tien-dau-tu/du-an/ha-tang-ky-thuat-cum-cong-nghiep-hoang-quy/'] },
  // Every unit has the investor guide; any of them answers.
  { q: 'huong dan nha dau tu', expect: ['/xuc-tien-dau-tu/huong-dan-nha-dau-tu/', `${BS}/xuc-tien-dau-tu/huong-dan-nha-dau-tu/`, `${HD}/xuc-tien-dau-tu/huong-dan-nha-dau-tu/`, `${HT}/xuc-tien-dau-tu/huong-dan-nha-dau-tu/`, `${HTR}/xuc-tien-dau-tu/huong-dan-nha-dau-tu/`] },
  { q: 'khu nghi duong sinh thai', expect: [`${HT}/xuc-tien-dau-tu/du-an/khu-nghi-duong-sinh-thai-ven-bien-hoang-tien/`] },

  // Misspellings and keyboard leftovers.
  { q: 'tro cap xa hoi hang thag', issue: true, expect: ['/dich-vu-cong/tro-cap-xa-hoi-hang-thang-doi-voi-doi-tuong-bao-tro-xa-hoi/', `${HD}/dich-vu-cong/thuc-hien-dieu-chinh-thoi-huong-tro-cap-xa-hoi-hang-thang/`] },
  { q: 'dang ky ket hon truc tuyen onlinee', expect: [`${HD}/hoi-dap/dang-ky-ket-hon-truc-tuyen-co-phai-den-ubnd-xa-khong/`] },

  // English, on the English search page.
  { q: 'investment incentives', on: EN, expect: ['/en/investment/guide/'] },
  { q: 'Hoang Tien', on: EN, expect: ['/en/investment/projects/hoang-tien/cho-hai-san-va-bai-do-xe-du-lich-hoang-tien/', '/en/investment/projects/hoang-tien/co-so-che-bien-hai-san-tap-trung-hoang-tien/', '/en/investment/projects/hoang-tien/khu-nghi-duong-sinh-thai-ven-bien-hoang-tien/', '/en/investment/projects/hoang-tien/khu-nuoi-trong-thuy-san-cong-nghe-cao-hoang-tien/'] },
  { q: 'seafood market', on: EN, expect: ['/en/investment/projects/hoang-tien/cho-hai-san-va-bai-do-xe-du-lich-hoang-tien/'] },
  { q: 'aquaculture', on: EN, expect: ['/en/investment/projects/hoang-tien/khu-nuoi-trong-thuy-san-cong-nghe-cao-hoang-tien/'] },
  { q: 'coach station', on: EN, expect: ['/en/investment/projects/but-son/ben-xe-khach-va-bai-do-xe-thi-tran-but-son/'] },
  { q: 'spokesperson', on: EN, expect: ['/en/contact/'] },
  { q: 'organisation and functions', on: EN, expect: ['/en/organisation/'] },
  { q: 'rice milling plant', on: EN, expect: ['/en/investment/projects/hoang-trung/nha-may-say-xay-xat-va-bao-quan-lua-gao-hoang-trung/'] },
];

/** The share of cases that must find an expected page in the top three. */
export const TOP3_TARGET = 0.97;
