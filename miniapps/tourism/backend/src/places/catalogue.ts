import type { OpeningHours, Place, Toilet } from './place.js';

// Coordinates are approximate (to about 100 m), hours and prices are the published adult rates
// as last checked; the operator corrects them here. Prices are whole VND.
const day = (opens: string, closes: string): OpeningHours => ({ opens, closes });
const HERITAGE = day('07:00', '17:30');

/** About thirty destinations of Huế, in the order the list shows them. */
export const PLACES: readonly Place[] = [
  { id: 'dai-noi', kind: 'heritage', name: { vi: 'Đại Nội Huế', en: 'Imperial City (Đại Nội)' }, latitude: 16.4698, longitude: 107.5786, hours: day('06:30', '17:30'), ticketVnd: 200_000,
    description: { vi: 'Hoàng thành và Tử Cấm thành của triều Nguyễn (1802–1945), di sản thế giới UNESCO, vào qua Ngọ Môn.', en: 'The Nguyễn dynasty\'s Imperial and Forbidden City (1802–1945), a UNESCO World Heritage site, entered through the Noon Gate.' } },
  { id: 'kinh-thanh', kind: 'heritage', name: { vi: 'Kinh thành Huế', en: 'Huế Citadel walls' }, latitude: 16.4745, longitude: 107.5740, hours: null, ticketVnd: 0,
    description: { vi: 'Vòng thành kiểu Vauban dài gần 10 km với 10 cửa chính, bao quanh Hoàng thành, xây từ 1805.', en: 'A Vauban-style rampart of almost 10 km with ten main gates around the Imperial City, begun in 1805.' } },
  { id: 'chua-thien-mu', kind: 'pagoda', name: { vi: 'Chùa Thiên Mụ', en: 'Thiên Mụ Pagoda' }, latitude: 16.4536, longitude: 107.5448, hours: day('07:00', '18:00'), ticketVnd: 0,
    description: { vi: 'Ngôi chùa cổ trên đồi Hà Khê bên sông Hương, dựng năm 1601, nổi tiếng với tháp Phước Duyên bảy tầng.', en: 'An old pagoda on Hà Khê hill by the Perfume River, founded in 1601, known for its seven-storey Phước Duyên tower.' } },
  { id: 'lang-tu-duc', kind: 'tomb', name: { vi: 'Lăng Tự Đức', en: 'Tomb of Tự Đức' }, latitude: 16.4332, longitude: 107.5665, hours: HERITAGE, ticketVnd: 150_000,
    description: { vi: 'Khiêm Lăng của vua Tự Đức (1864–1867), quần thể hồ, đình tạ và rừng thông thơ mộng.', en: 'Khiêm Lăng, the tomb of Emperor Tự Đức (1864–1867): lakes, pavilions and pine woods.' } },
  { id: 'lang-minh-mang', kind: 'tomb', name: { vi: 'Lăng Minh Mạng', en: 'Tomb of Minh Mạng' }, latitude: 16.3870, longitude: 107.5702, hours: HERITAGE, ticketVnd: 150_000,
    description: { vi: 'Hiếu Lăng, bố cục đối xứng nghiêm cẩn trên một trục dài 700 m, gần ngã ba Bằng Lãng.', en: 'Hiếu Lăng, laid out symmetrically along a 700 m axis near the Bằng Lãng confluence.' } },
  { id: 'lang-khai-dinh', kind: 'tomb', name: { vi: 'Lăng Khải Định', en: 'Tomb of Khải Định' }, latitude: 16.3990, longitude: 107.5905, hours: HERITAGE, ticketVnd: 150_000,
    description: { vi: 'Ứng Lăng trên núi Châu Chữ, pha trộn Đông – Tây, nội thất điện Thiên Định khảm sành sứ.', en: 'Ứng Lăng on Châu Chữ mountain, mixing East and West; the Thiên Định hall is inlaid with porcelain and glass.' } },
  { id: 'lang-gia-long', kind: 'tomb', name: { vi: 'Lăng Gia Long', en: 'Tomb of Gia Long' }, latitude: 16.3520, longitude: 107.5980, hours: HERITAGE, ticketVnd: 150_000,
    description: { vi: 'Thiên Thọ Lăng của vua khai sáng triều Nguyễn, giữa 42 ngọn đồi lớn nhỏ, cách trung tâm 16 km.', en: 'Thiên Thọ Lăng of the dynasty\'s founder, among 42 hills, 16 km from the centre.' } },
  { id: 'lang-thieu-tri', kind: 'tomb', name: { vi: 'Lăng Thiệu Trị', en: 'Tomb of Thiệu Trị' }, latitude: 16.4148, longitude: 107.5520, hours: HERITAGE, ticketVnd: 50_000,
    description: { vi: 'Xương Lăng, lăng duy nhất quay về hướng tây bắc, không có vòng thành bao quanh.', en: 'Xương Lăng, the only royal tomb facing north-west, with no enclosing wall.' } },
  { id: 'lang-dong-khanh', kind: 'tomb', name: { vi: 'Lăng Đồng Khánh', en: 'Tomb of Đồng Khánh' }, latitude: 16.4280, longitude: 107.5683, hours: HERITAGE, ticketVnd: 50_000,
    description: { vi: 'Tư Lăng, nơi giao thoa kiến trúc truyền thống và phương Tây cuối thế kỷ 19.', en: 'Tư Lăng, where traditional and Western architecture meet at the end of the 19th century.' } },
  { id: 'cung-an-dinh', kind: 'heritage', name: { vi: 'Cung An Định', en: 'An Định Palace' }, latitude: 16.4608, longitude: 107.5985, hours: HERITAGE, ticketVnd: 50_000,
    description: { vi: 'Cung điện bên sông An Cựu của vua Khải Định và Bảo Đại, tranh tường Lầu Khải Tường.', en: 'Palace of Khải Định and Bảo Đại on the An Cựu river, with the murals of Khải Tường hall.' } },
  { id: 'dien-hon-chen', kind: 'heritage', name: { vi: 'Điện Hòn Chén', en: 'Hòn Chén Temple' }, latitude: 16.4072, longitude: 107.5340, hours: HERITAGE, ticketVnd: 50_000,
    description: { vi: 'Điện thờ Thiên Y A Na trên núi Ngọc Trản bên sông Hương; lễ hội tháng ba và tháng bảy âm lịch.', en: 'Shrine of the goddess Thiên Y A Na on Ngọc Trản mountain by the river; festivals in the 3rd and 7th lunar months.' } },
  { id: 'ho-quyen', kind: 'heritage', name: { vi: 'Hổ Quyền', en: 'Hổ Quyền Arena' }, latitude: 16.4290, longitude: 107.5420, hours: null, ticketVnd: 0,
    description: { vi: 'Đấu trường voi và hổ xây năm 1830, một trong rất ít đấu trường loại này còn lại.', en: 'An arena for fights between elephants and tigers, built in 1830, one of very few left.' } },
  { id: 'dan-nam-giao', kind: 'heritage', name: { vi: 'Đàn Nam Giao', en: 'Nam Giao Esplanade' }, latitude: 16.4395, longitude: 107.5845, hours: HERITAGE, ticketVnd: 50_000,
    description: { vi: 'Nơi vua Nguyễn tế trời đất, ba tầng đàn tròn và vuông giữa rừng thông.', en: 'Where the Nguyễn emperors sacrificed to Heaven and Earth: three round and square terraces among pines.' } },
  { id: 'bao-tang-co-vat', kind: 'museum', name: { vi: 'Bảo tàng Cổ vật Cung đình Huế', en: 'Museum of Royal Antiquities' }, latitude: 16.4745, longitude: 107.5830, hours: HERITAGE, ticketVnd: 50_000,
    description: { vi: 'Trưng bày cổ vật triều Nguyễn trong điện Long An (1845), số 3 Lê Trực.', en: 'Nguyễn dynasty artefacts shown in Long An hall (1845), 3 Lê Trực street.' } },
  { id: 'cho-dong-ba', kind: 'market', name: { vi: 'Chợ Đông Ba', en: 'Đông Ba Market' }, latitude: 16.4727, longitude: 107.5880, hours: day('06:00', '19:00'), ticketVnd: 0,
    description: { vi: 'Chợ lớn nhất Huế bên sông Hương, đặc sản mè xửng, nón lá, tôm chua.', en: 'Huế\'s largest market by the river: sesame candy, conical hats, sour shrimp.' } },
  { id: 'cau-truong-tien', kind: 'landmark', name: { vi: 'Cầu Trường Tiền', en: 'Trường Tiền Bridge' }, latitude: 16.4680, longitude: 107.5902, hours: null, ticketVnd: 0,
    description: { vi: 'Cây cầu thép sáu nhịp bắc qua sông Hương (1899), lên đèn đổi màu về đêm.', en: 'The six-span steel bridge over the Perfume River (1899), lit in changing colours at night.' } },
  { id: 'doi-vong-canh', kind: 'nature', name: { vi: 'Đồi Vọng Cảnh', en: 'Vọng Cảnh Hill' }, latitude: 16.4210, longitude: 107.5640, hours: null, ticketVnd: 0,
    description: { vi: 'Ngọn đồi ngắm sông Hương uốn quanh, đẹp nhất lúc hoàng hôn.', en: 'A hill over a bend of the Perfume River, best at sunset.' } },
  { id: 'pha-tam-giang', kind: 'nature', name: { vi: 'Phá Tam Giang', en: 'Tam Giang Lagoon' }, latitude: 16.5750, longitude: 107.5150, hours: null, ticketVnd: 0,
    description: { vi: 'Đầm phá lớn nhất Đông Nam Á, làng chài và hoàng hôn trên nò sáo.', en: 'The largest lagoon system in South-East Asia: fishing villages and sunsets over fish traps.' } },
  { id: 'bien-thuan-an', kind: 'nature', name: { vi: 'Biển Thuận An', en: 'Thuận An Beach' }, latitude: 16.5620, longitude: 107.6390, hours: null, ticketVnd: 0,
    description: { vi: 'Bãi biển gần trung tâm nhất, khoảng 15 km về phía đông bắc, cửa biển Thuận An.', en: 'The beach nearest the centre, about 15 km north-east, at the Thuận An estuary.' } },
  { id: 'nha-vuon-an-hien', kind: 'heritage', name: { vi: 'Nhà vườn An Hiên', en: 'An Hiên Garden House' }, latitude: 16.4640, longitude: 107.5570, hours: day('08:00', '17:00'), ticketVnd: 50_000,
    description: { vi: 'Nhà rường cổ trong khu vườn cây trái bên bờ bắc sông Hương, tiêu biểu cho nhà vườn Huế.', en: 'An old wooden house in an orchard on the north bank, typical of Huế garden houses.' } },
  { id: 'lang-huong-thuy-xuan', kind: 'village', name: { vi: 'Làng hương Thủy Xuân', en: 'Thủy Xuân Incense Village' }, latitude: 16.4330, longitude: 107.5760, hours: day('07:00', '18:00'), ticketVnd: 0,
    description: { vi: 'Làng nghề làm hương và nón truyền thống, những bó hương nhiều màu phơi bên đường.', en: 'A craft village of incense and hats, with bundles of coloured incense drying by the road.' } },
  { id: 'chua-tu-hieu', kind: 'pagoda', name: { vi: 'Chùa Từ Hiếu', en: 'Từ Hiếu Pagoda' }, latitude: 16.4415, longitude: 107.5720, hours: day('06:00', '18:00'), ticketVnd: 0,
    description: { vi: 'Tổ đình giữa rừng thông có hồ bán nguyệt, gắn với thiền sư Thích Nhất Hạnh.', en: 'An ancestral temple in pine woods with a half-moon lake, linked to Zen master Thích Nhất Hạnh.' } },
  { id: 'chua-tu-dam', kind: 'pagoda', name: { vi: 'Chùa Từ Đàm', en: 'Từ Đàm Pagoda' }, latitude: 16.4535, longitude: 107.5735, hours: day('06:00', '18:00'), ticketVnd: 0,
    description: { vi: 'Ngôi chùa lịch sử trên đường Sư Liễu Quán, nơi thành lập Tổng hội Phật giáo Việt Nam (1951).', en: 'A historic pagoda on Sư Liễu Quán street, where the Vietnam Buddhist Association was founded (1951).' } },
  { id: 'vuon-quoc-gia-bach-ma', kind: 'nature', name: { vi: 'Vườn quốc gia Bạch Mã', en: 'Bạch Mã National Park' }, latitude: 16.2270, longitude: 107.8530, hours: day('07:00', '17:00'), ticketVnd: 60_000,
    description: { vi: 'Rừng nhiệt đới trên dãy Bạch Mã, thác Đỗ Quyên và đỉnh cao 1450 m, cách Huế khoảng 50 km.', en: 'Tropical forest in the Bạch Mã range, Đỗ Quyên falls and a 1,450 m summit, about 50 km from Huế.' } },
  { id: 'cau-ngoi-thanh-toan', kind: 'village', name: { vi: 'Cầu ngói Thanh Toàn', en: 'Thanh Toàn Tiled Bridge' }, latitude: 16.4660, longitude: 107.6560, hours: null, ticketVnd: 0,
    description: { vi: 'Cây cầu mái ngói cổ (1776) giữa cánh đồng làng Thanh Thủy Chánh.', en: 'An old tile-roofed bridge (1776) among the rice fields of Thanh Thủy Chánh village.' } },
  { id: 'nha-tho-phu-cam', kind: 'landmark', name: { vi: 'Nhà thờ chính tòa Phủ Cam', en: 'Phủ Cam Cathedral' }, latitude: 16.4540, longitude: 107.5870, hours: day('05:00', '19:00'), ticketVnd: 0,
    description: { vi: 'Nhà thờ chính tòa của Tổng giáo phận Huế, kiến trúc hiện đại hoàn thành năm 1963.', en: 'The cathedral of the Archdiocese of Huế, a modern building finished in 1963.' } },
  { id: 'van-mieu', kind: 'heritage', name: { vi: 'Văn Miếu Huế', en: 'Temple of Literature' }, latitude: 16.4515, longitude: 107.5355, hours: day('07:00', '17:00'), ticketVnd: 0,
    description: { vi: 'Văn Miếu triều Nguyễn bên sông Hương với 32 tấm bia tiến sĩ.', en: 'The Nguyễn Temple of Literature by the river, with 32 steles of doctoral laureates.' } },
  { id: 'ho-tinh-tam', kind: 'landmark', name: { vi: 'Hồ Tịnh Tâm', en: 'Tịnh Tâm Lake' }, latitude: 16.4775, longitude: 107.5800, hours: null, ticketVnd: 0,
    description: { vi: 'Hồ sen ngự uyển trong Kinh thành, nổi tiếng với sen trắng mùa hè.', en: 'A royal lotus lake inside the Citadel, known for white lotuses in summer.' } },
  { id: 'truong-quoc-hoc', kind: 'landmark', name: { vi: 'Trường Quốc Học Huế', en: 'Quốc Học High School' }, latitude: 16.4632, longitude: 107.5880, hours: null, ticketVnd: 0,
    description: { vi: 'Ngôi trường trung học lâu đời (1896) với dãy nhà sơn đỏ trên đường Lê Lợi; ngắm từ bên ngoài.', en: 'A high school founded in 1896, its red buildings on Lê Lợi street; seen from outside.' } },
  { id: 'pho-di-bo-nguyen-dinh-chieu', kind: 'landmark', name: { vi: 'Phố đi bộ Nguyễn Đình Chiểu', en: 'Nguyễn Đình Chiểu Walking Street' }, latitude: 16.4690, longitude: 107.5935, hours: day('18:00', '23:00'), ticketVnd: 0,
    description: { vi: 'Phố đi bộ ven bờ nam sông Hương, chợ đêm và ca Huế trên thuyền rồng.', en: 'A riverside walking street on the south bank, with a night market and Huế songs on dragon boats.' } },
];

/** Free public toilets, approximate positions. */
export const TOILETS: readonly Toilet[] = [
  { id: 'wc-ngo-mon', name: { vi: 'Nhà vệ sinh công cộng trước Ngọ Môn', en: 'Public toilet by the Noon Gate' }, latitude: 16.4680, longitude: 107.5792, hours: day('06:00', '18:00') },
  { id: 'wc-thuong-bac', name: { vi: 'Nhà vệ sinh công viên Thương Bạc', en: 'Thương Bạc park toilet' }, latitude: 16.4706, longitude: 107.5893, hours: null },
  { id: 'wc-toa-kham', name: { vi: 'Nhà vệ sinh bến thuyền Tòa Khâm', en: 'Tòa Khâm boat pier toilet' }, latitude: 16.4697, longitude: 107.5926, hours: null },
  { id: 'wc-dong-ba', name: { vi: 'Nhà vệ sinh chợ Đông Ba', en: 'Đông Ba market toilet' }, latitude: 16.4735, longitude: 107.5888, hours: day('06:00', '19:00') },
  { id: 'wc-phu-van-lau', name: { vi: 'Nhà vệ sinh công viên Phu Văn Lâu', en: 'Phu Văn Lâu park toilet' }, latitude: 16.4694, longitude: 107.5830, hours: null },
  { id: 'wc-thien-mu', name: { vi: 'Nhà vệ sinh bãi xe chùa Thiên Mụ', en: 'Thiên Mụ pagoda car park toilet' }, latitude: 16.4542, longitude: 107.5457, hours: day('07:00', '18:00') },
  { id: 'wc-tu-duc', name: { vi: 'Nhà vệ sinh bãi xe lăng Tự Đức', en: 'Tự Đức tomb car park toilet' }, latitude: 16.4342, longitude: 107.5657, hours: HERITAGE },
  { id: 'wc-khai-dinh', name: { vi: 'Nhà vệ sinh bãi xe lăng Khải Định', en: 'Khải Định tomb car park toilet' }, latitude: 16.3998, longitude: 107.5897, hours: HERITAGE },
  { id: 'wc-vong-canh', name: { vi: 'Nhà vệ sinh đồi Vọng Cảnh', en: 'Vọng Cảnh hill toilet' }, latitude: 16.4216, longitude: 107.5648, hours: null },
  { id: 'wc-thuan-an', name: { vi: 'Nhà vệ sinh bãi tắm Thuận An', en: 'Thuận An beach toilet' }, latitude: 16.5612, longitude: 107.6380, hours: null },
  { id: 'wc-nguyen-dinh-chieu', name: { vi: 'Nhà vệ sinh phố đi bộ Nguyễn Đình Chiểu', en: 'Nguyễn Đình Chiểu street toilet' }, latitude: 16.4684, longitude: 107.5945, hours: null },
];

/** One place by id, or undefined. */
export const placeById = (id: string): Place | undefined => PLACES.find((p) => p.id === id);
