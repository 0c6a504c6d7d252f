import { describe, expect, it } from 'vitest';
import { decapEnglishNotice, explainCmsError, rawError, translateDialog } from './cms-errors.ts';

const help = { name: 'bộ phận công nghệ thông tin của huyện Hoằng Hóa', phone: '0237 3865 123' };

describe('explainCmsError', () => {
  it.each([
    [new TypeError('Failed to fetch'), 'Không kết nối được tới máy chủ lưu nội dung'],
    ['NetworkError when attempting to fetch resource.', 'Không kết nối được tới máy chủ lưu nội dung'],
    [{ message: 'Bad credentials', status: 401 }, 'Phiên đăng nhập đã hết hạn'],
    ['API_ERROR: 403 Forbidden', 'chưa có quyền ghi'],
    ['HTTP 409: is at 1a2b3c4d but expected 5e6f7a8b', 'có người khác đã sửa'],
    ['Request Entity Too Large', 'Tệp quá lớn'],
    ['API_ERROR: Not Found', 'Không tìm thấy nội dung'],
    ['Unknown error', 'Máy chủ lưu nội dung đang gặp sự cố'],
  ])('explains %s', (error, expected) => {
    const text = explainCmsError(error, help);
    expect(text).toContain(expected);
    expect(text).toContain('0237 3865 123');
    expect(text).toContain(`(Chi tiết kỹ thuật: ${rawError(error)})`);
  });

  it('says that the entry being written is kept, where it is', () => {
    expect(explainCmsError(new TypeError('Failed to fetch'), help)).toContain('Bài đang viết vẫn được giữ trên máy này.');
  });

  it('still says what to do and whom to call for an error it does not know', () => {
    expect(explainCmsError('Lỗi lạ 42', { name: 'Văn phòng UBND' })).toBe(
      'Có lỗi chưa xác định. Bài đang viết vẫn được giữ trên máy này. Hãy chụp màn hình thông báo này. Nếu vẫn chưa được, hãy gọi Văn phòng UBND. (Chi tiết kỹ thuật: Lỗi lạ 42)',
    );
  });
});

describe('decapEnglishNotice', () => {
  it('recognizes Decap’s English media failure and keeps the error inside it', () => {
    expect(decapEnglishNotice('Failed to persist media: TypeError: Failed to fetch')).toEqual({
      lead: 'Chưa tải được ảnh hoặc tệp lên.',
      error: 'TypeError: Failed to fetch',
    });
  });
  it('leaves Vietnamese messages alone', () => {
    expect(decapEnglishNotice('Đã lưu bài')).toBeUndefined();
  });
});

describe('translateDialog', () => {
  it('asks in Vietnamese before replacing a file of the same name', () => {
    expect(translateDialog('anh-bai-bien.jpg already exists. Do you want to replace it?')).toBe('Đã có tệp «anh-bai-bien.jpg». Thay tệp cũ bằng tệp mới?');
  });
});
