/**
 * What the CMS tells an editor when something fails. Decap passes on raw technical errors («TypeError:
 * Failed to fetch», «Failed to persist media: …», «API_ERROR: Not Found»), some in English even with
 * the Vietnamese locale. Each is turned into what happened, what to do, and whom to call; the
 * original stays at the end, in parentheses, for the person who helps. Used by admin/messages.ts.
 */

export interface HelpContact {
  /** Who helps editors, e.g. "bộ phận công nghệ thông tin của huyện Hoằng Hóa". */
  name: string;
  phone?: string;
}

interface Explanation {
  /** Matches the raw message (case-insensitive). */
  test: RegExp;
  /** What happened and what to do, in Vietnamese. */
  say: string;
}

/** Nothing an editor saved is lost: Decap keeps the entry in the browser until it is saved. */
const KEPT = 'Bài đang viết vẫn được giữ trên máy này.';

const EXPLANATIONS: readonly Explanation[] = [
  {
    test: /failed to fetch|networkerror|load failed|network request failed|err_connection|err_internet/i,
    say: `Không kết nối được tới máy chủ lưu nội dung. ${KEPT} Hãy kiểm tra mạng rồi bấm lưu lại.`,
  },
  {
    test: /\b401\b|unauthori[sz]ed|bad credentials|token (?:has )?expired|invalid[_ ]token/i,
    say: `Phiên đăng nhập đã hết hạn. ${KEPT} Hãy đăng xuất, đăng nhập lại rồi lưu lại.`,
  },
  {
    test: /\b403\b|forbidden|permission|not allowed|protected branch/i,
    say: `Tài khoản này chưa có quyền ghi vào nơi lưu nội dung. ${KEPT} Hãy nhờ quản trị cấp quyền cho tài khoản.`,
  },
  {
    test: /\b409\b|conflict|does not match|is at [0-9a-f]{7,} but expected|sha.*(?:mismatch|wasn't supplied)/i,
    say: `Cùng lúc có người khác đã sửa nội dung này. ${KEPT} Hãy tải lại trang, xem lại bài rồi lưu lại.`,
  },
  {
    test: /\b413\b|too large|entity too large/i,
    say: 'Tệp quá lớn để gửi lên. Hãy thu nhỏ ảnh hoặc nén tệp rồi tải lên lại.',
  },
  {
    test: /already exists|pathExists/i,
    say: 'Đã có một bài hoặc tệp cùng tên. Hãy đổi tiêu đề hoặc tên tệp rồi lưu lại.',
  },
  {
    test: /\b404\b|not found/i,
    say: `Không tìm thấy nội dung trên máy chủ lưu nội dung (có thể đã bị xóa hoặc đổi tên). ${KEPT} Hãy tải lại trang.`,
  },
  {
    test: /\b5\d\d\b|internal server error|bad gateway|service unavailable|gateway time-?out|unknown error/i,
    say: `Máy chủ lưu nội dung đang gặp sự cố. ${KEPT} Hãy thử lại sau ít phút.`,
  },
];

/** The raw text of whatever Decap passes as an error: an Error, a string, or an API error object. */
export function rawError(error: unknown): string {
  if (error instanceof Error) return `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}`;
  if (typeof error === 'string') return error;
  if (error && typeof error === 'object' && 'message' in error) return String((error as { message: unknown }).message);
  return String(error ?? '');
}

const who = (help: HelpContact) => `Nếu vẫn chưa được, hãy gọi ${help.name}${help.phone ? ` (${help.phone})` : ''}.`;

/** An error as an editor should read it: what happened, what to do, whom to call, then the original. */
export function explainCmsError(error: unknown, help: HelpContact): string {
  const raw = rawError(error).trim();
  const found = EXPLANATIONS.find((e) => e.test.test(raw));
  const say = found?.say ?? `Có lỗi chưa xác định. ${KEPT} Hãy chụp màn hình thông báo này.`;
  return `${say} ${who(help)}${raw ? ` (Chi tiết kỹ thuật: ${raw})` : ''}`;
}

/**
 * Decap's own English notifications (not in its locale): «Failed to persist media: …» and the like.
 * Returns the Vietnamese lead for a known one and the error inside it, or undefined.
 */
export function decapEnglishNotice(message: string): { lead: string; error: string } | undefined {
  const known: [RegExp, string][] = [
    [/^Failed to persist media:\s*/i, 'Chưa tải được ảnh hoặc tệp lên.'],
    [/^Failed to delete media:\s*/i, 'Chưa xóa được ảnh hoặc tệp.'],
    [/^Failed to load (?:entries|entry)\b:?\s*/i, 'Chưa tải được danh sách bài.'],
    [/^Failed to persist entry\b:?\s*/i, 'Chưa lưu được bài.'],
    [/^Failed to authenticate\b:?\s*/i, 'Chưa đăng nhập được.'],
    [/^Failed to load config\.yml\b:?\s*/i, 'Chưa tải được cấu hình trang quản trị.'],
  ];
  for (const [pattern, lead] of known) {
    if (pattern.test(message)) return { lead, error: message.replace(pattern, '') };
  }
  return undefined;
}

/** Decap's English confirmation dialogs (window.confirm), in Vietnamese. */
export function translateDialog(message: string): string {
  const replace = /^(.+) already exists\. Do you want to replace it\?$/.exec(message);
  if (replace) return `Đã có tệp «${replace[1]}». Thay tệp cũ bằng tệp mới?`;
  return message;
}
