// The seed scenarios of ntm-sdk, run end to end on embedded data (`npm start` at the repository root).
// An ordinary ESM Node app: it imports the BUILT @ntm packages exactly as a user's app would.
import { laiChau2020 } from './lai-chau-2020.js';
import { line } from './print.js';
import { tuanGiao2022 } from './tuan-giao-2022.js';
import { tuanGiao2026 } from './tuan-giao-2026.js';

// Only an app reads the clock; the libraries take "today" as an argument.
const today = process.env.NTM_TODAY ?? new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10);

line('ntm-sdk — hai văn bản chỉ đạo mẫu / the two seed directives');
line(`Hôm nay / today: ${today}. Đơn vị hành chính: trước và sau sắp xếp 01/07/2025.`);
line('Số liệu ghi "minh hoạ / illustrative" là giả định để trình diễn, không phải kết quả thật.');
line(
  'Ngưỡng quốc gia SDK còn thiếu được nhập từ tệp bổ sung mẫu (examples/national-supplement): minh hoạ — không phải số liệu pháp lý / illustrative, not legal values.',
);
laiChau2020(today);
tuanGiao2022(today);
tuanGiao2026();
line();
