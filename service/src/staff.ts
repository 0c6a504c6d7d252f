/**
 * Staff side, under /gui/quan-tri/: sign-in (scrypt, lockout), an inbox of the unit's submissions
 * (the root unit's staff see every unit's), a submission's page with its status and, for a question,
 * the answer that becomes a Q&A entry; CSV export. Every change is a POST carrying the session's
 * CSRF token, from this origin.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { FORMS, optionLabel, type FormKind } from '../../src/lib/forms.ts';
import { formatDate, formatDateTime } from '../../src/lib/dates.ts';
import { workingDaysBetween } from '../../src/lib/working-days.ts';
import { hashPassword, randomToken, sameToken, tokenHash, verifyPassword } from './auth.ts';
import type { Config } from './config.ts';
import { toCsv } from './csv.ts';
import { html, page, type Safe } from './html.ts';
import { answerProblems, writeAnswer, type Answer } from './publish.ts';
import { STATUSES, type Session, type Status, type Store, type Submission, type UnitScope } from './store/types.ts';
import type { Units } from './units.ts';

export const COOKIE = 'ctt_staff';
const BASE = '/gui/quan-tri/';

export const KIND_LABELS: Record<FormKind, string> = {
  feedback: 'Ý kiến về trang',
  report: 'Báo lỗi trang',
  rating: 'Đánh giá hài lòng',
  question: 'Câu hỏi',
  request: 'Yêu cầu cung cấp thông tin',
};

export const STATUS_LABELS: Record<Status, string> = { moi: 'Mới', 'dang-xu-ly': 'Đang xử lý', 'da-tra-loi': 'Đã trả lời', 'da-dong': 'Đã đóng' };

const isOpen = (s: Submission) => s.status === 'moi' || s.status === 'dang-xu-ly';
export const isOverdue = (s: Submission, now: number) => s.dueAt !== null && isOpen(s) && now > s.dueAt;

function deadlineText(s: Submission, now: number): string {
  if (s.dueAt === null) return '';
  const due = formatDate(new Date(s.dueAt));
  if (!isOpen(s)) return due;
  if (now > s.dueAt) return `Quá hạn (hạn ${due})`;
  return `${due} (còn ${workingDaysBetween(new Date(now), new Date(s.dueAt))} ngày làm việc)`;
}

function summary(s: Submission, units: Units): string {
  const form = FORMS[s.kind];
  const parts = form.fields
    .filter((f) => f.control !== 'checkbox' && f.name !== 'name' && f.name !== 'idNumber')
    .map((f) => {
      const v = s.facts[f.name] ?? s.texts[f.name];
      return v ? optionLabel(f, v, units.communes) : '';
    })
    .filter(Boolean)
    .join(' · ');
  const text = s.purgedAt !== null && !parts ? '(nội dung đã xóa hết hạn lưu trữ)' : parts;
  return [...text].length > 160 ? `${[...text].slice(0, 160).join('')}…` : text;
}

function shell(title: string, session: Session, units: Units, body: Safe): string {
  const unit = units.bySlug.get(session.staff.unit);
  return page(
    title,
    html`<nav class="staff" aria-label="Quản trị hộp thư"><a href="${BASE}">Hộp thư</a><a href="${BASE}xuat.csv">Tải về CSV</a>
<span>${session.staff.displayName} · ${unit?.office ?? session.staff.unit}</span>
<form method="post" action="${BASE}dang-xuat/"><input type="hidden" name="csrf" value="${session.csrf}"><button type="submit" class="secondary">Đăng xuất</button></form></nav>
${body}`,
    { status: 'noindex' },
  );
}

function loginPage(message?: string): string {
  return page(
    'Đăng nhập hộp thư',
    html`<h1>Đăng nhập hộp thư ý kiến, câu hỏi</h1>
${message ? html`<p class="error" role="alert">${message}</p>` : ''}
<form method="post" action="${BASE}dang-nhap/">
<label for="ten">Tên đăng nhập</label><input type="text" id="ten" name="username" autocomplete="username" required maxlength="80">
<label for="mat-khau">Mật khẩu</label><input type="password" id="mat-khau" name="password" autocomplete="current-password" required maxlength="200">
<button type="submit">Đăng nhập</button>
</form>`,
    { status: 'noindex' },
  );
}

function inboxPage(list: Submission[], session: Session, units: Units, filter: { kind?: FormKind; status?: Status }, now: number): string {
  const overdue = list.filter((s) => isOverdue(s, now)).length;
  const rows = list.map(
    (s) => html`<tr${isOverdue(s, now) ? html` class="overdue"` : ''}>
<td><a href="${BASE}muc/${s.id}/">${s.id}</a></td><td>${KIND_LABELS[s.kind]}</td><td>${units.bySlug.get(s.unit)?.title ?? s.unit}</td>
<td>${formatDateTime(new Date(s.createdAt))}</td><td>${deadlineText(s, now)}</td><td>${STATUS_LABELS[s.status]}</td><td class="text">${summary(s, units)}</td></tr>`,
  );
  const select = (name: string, label: string, options: [string, string][], value?: string) =>
    html`<label for="loc-${name}">${label}</label><select id="loc-${name}" name="${name}"><option value="">Tất cả</option>${options.map(
      ([v, l]) => html`<option value="${v}"${v === value ? html` selected` : ''}>${l}</option>`,
    )}</select>`;
  return shell(
    'Hộp thư',
    session,
    units,
    html`<h1>Hộp thư: ý kiến, câu hỏi, yêu cầu</h1>
<p>${list.length} mục${overdue > 0 ? html`, <strong class="overdue">${overdue} mục quá hạn trả lời</strong>` : ''}. Câu hỏi và yêu cầu cung cấp thông tin được trả lời trong 15 ngày làm việc.</p>
<form method="get" action="${BASE}">${select('loai', 'Loại', Object.entries(KIND_LABELS), filter.kind)}${select('trang-thai', 'Trạng thái', Object.entries(STATUS_LABELS), filter.status)}<button type="submit">Lọc</button></form>
<div class="table"><table><caption>Các mục nhận được, mới nhất trước</caption>
<thead><tr><th scope="col">Mã</th><th scope="col">Loại</th><th scope="col">Đơn vị</th><th scope="col">Nhận lúc</th><th scope="col">Hạn trả lời</th><th scope="col">Trạng thái</th><th scope="col">Nội dung</th></tr></thead>
<tbody>${rows}</tbody></table></div>`,
  );
}

function detailPage(s: Submission, session: Session, units: Units, now: number, problems?: Record<string, string>, answer?: Partial<Answer>): string {
  const form = FORMS[s.kind];
  const unit = units.bySlug.get(s.unit);
  const fields = form.fields.map((f) => {
    const v = s.facts[f.name] ?? s.texts[f.name];
    const label = f.control === 'checkbox' ? 'Đồng ý xử lý dữ liệu cá nhân' : f.label;
    const shown = f.control === 'checkbox' ? (v === 'yes' ? 'Có' : 'Không') : v ? optionLabel(f, v, units.communes) : s.purgedAt !== null && f.freeText ? '(đã xóa khi hết hạn lưu trữ)' : '—';
    return html`<div><dt>${label}</dt><dd class="text">${shown}</dd></div>`;
  });
  const csrf = html`<input type="hidden" name="csrf" value="${session.csrf}">`;
  const statusForm = html`<form method="post" action="${BASE}muc/${s.id}/trang-thai/">${csrf}
<label for="trang-thai">Trạng thái</label><select id="trang-thai" name="status">${STATUSES.map((st) => html`<option value="${st}"${st === s.status ? html` selected` : ''}>${STATUS_LABELS[st]}</option>`)}</select>
<button type="submit">Lưu trạng thái</button></form>`;
  const communeTitle = units.bySlug.get(s.facts.commune ?? '')?.title;
  const a = {
    title: answer?.title ?? '',
    question: answer?.question ?? s.texts.question ?? '',
    asker: answer?.asker ?? (communeTitle ? `Người dân ${communeTitle}` : 'Một người dân'),
    answeredBy: answer?.answeredBy ?? unit?.office ?? '',
    domain: answer?.domain ?? s.texts.topic ?? '',
    body: answer?.body ?? '',
  };
  const err = (k: string) => (problems?.[k] ? html`<p class="error" id="loi-${k}">${problems[k]}</p>` : '');
  const input = (k: keyof typeof a, label: string, hint?: string) =>
    html`<label for="tl-${k}">${label}</label>${hint ? html`<p class="hint">${hint}</p>` : ''}${err(k)}<input type="text" id="tl-${k}" name="${k}" value="${a[k]}" required>`;
  const area = (k: keyof typeof a, label: string, hint?: string) =>
    html`<label for="tl-${k}">${label}</label>${hint ? html`<p class="hint">${hint}</p>` : ''}${err(k)}<textarea id="tl-${k}" name="${k}" rows="8" required>${a[k]}</textarea>`;
  const answerForm =
    s.kind === 'question' && !s.published
      ? html`<h2>Trả lời và đăng lên mục Hỏi đáp</h2>
<p>Câu trả lời được ghi thành một mục Hỏi đáp của ${unit?.title ?? s.unit} và đăng ở lần dựng cổng tiếp theo. Không ghi họ tên, số điện thoại, địa chỉ của người hỏi; sửa nội dung câu hỏi nếu trong đó có thông tin cá nhân.</p>
<form method="post" action="${BASE}muc/${s.id}/tra-loi/">${csrf}
${input('title', 'Tiêu đề (câu hỏi ngắn gọn)')}${area('question', 'Nội dung câu hỏi khi đăng', 'Đã bỏ thông tin cá nhân.')}${input('asker', 'Người hỏi khi đăng', 'Chỉ ghi nơi ở, không ghi họ tên.')}
${input('domain', 'Lĩnh vực')}${input('answeredBy', 'Cơ quan trả lời')}${area('body', 'Nội dung trả lời (Markdown)')}
<button type="submit">Đăng câu trả lời</button></form>`
      : s.published
        ? html`<p class="notice">Đã đăng thành mục Hỏi đáp: <code>content/${s.published}</code> (hiện trên cổng sau lần dựng tiếp theo).</p>`
        : '';
  return shell(
    `${KIND_LABELS[s.kind]} ${s.id}`,
    session,
    units,
    html`<h1>${KIND_LABELS[s.kind]} số ${s.id}</h1>
<dl><div><dt>Đơn vị nhận</dt><dd>${unit?.office ?? s.unit}</dd></div><div><dt>Gửi từ trang</dt><dd class="text">${s.page}</dd></div>
<div><dt>Nhận lúc</dt><dd>${formatDateTime(new Date(s.createdAt))}</dd></div>
${s.dueAt !== null ? html`<div><dt>Hạn trả lời</dt><dd${isOverdue(s, now) ? html` class="overdue"` : ''}>${deadlineText(s, now)}</dd></div>` : ''}
<div><dt>Trạng thái</dt><dd>${STATUS_LABELS[s.status]}</dd></div>${fields}</dl>
${statusForm}${answerForm}`,
  );
}

export function staffRoutes(app: FastifyInstance, cfg: Config, store: Store, units: Units): void {
  const htmlReply = (reply: FastifyReply, status: number, body: string) => reply.code(status).type('text/html; charset=utf-8').send(body);
  const scopeOf = (session: Session): UnitScope => (session.staff.unit === units.root.slug ? { all: true } : { all: false, unit: session.staff.unit });
  // A hash to compare against when the user does not exist, so a wrong name takes as long as a wrong password.
  const dummy = hashPassword(randomToken(), cfg.scryptCost);

  async function sessionOf(req: FastifyRequest): Promise<Session | undefined> {
    const token = req.cookies[COOKIE];
    return token ? store.findSession(tokenHash(token), Date.now()) : undefined;
  }

  /** Same origin: a browser sends Origin with every POST; a different one (or "null") is another site. */
  function sameOrigin(req: FastifyRequest): boolean {
    const origin = req.headers.origin;
    if (origin === undefined) return true;
    try {
      return new URL(origin).host === req.headers.host;
    } catch {
      return false;
    }
  }

  const refused = (reply: FastifyReply) =>
    htmlReply(
      reply,
      403,
      page('Yêu cầu bị từ chối', html`<h1>Yêu cầu bị từ chối</h1><p>Thao tác này không gửi từ trang quản trị của cổng (thiếu hoặc sai mã xác thực biểu mẫu). Xin mở lại <a href="${BASE}">hộp thư</a> và làm lại.</p>`, { status: 'noindex' }),
    );

  /** The session of a staff POST that passed the CSRF checks, or undefined after refusing it. */
  async function authorised(req: FastifyRequest, reply: FastifyReply): Promise<Session | undefined> {
    const session = await sessionOf(req);
    if (!session) {
      reply.redirect(BASE, 303);
      return undefined;
    }
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (!sameOrigin(req) || typeof body.csrf !== 'string' || !sameToken(body.csrf, session.csrf)) {
      refused(reply);
      return undefined;
    }
    return session;
  }

  app.get<{ Querystring: Record<string, string> }>(BASE, async (req, reply) => {
    const session = await sessionOf(req);
    if (!session) return htmlReply(reply, 200, loginPage());
    const kind = Object.hasOwn(KIND_LABELS, req.query.loai ?? '') ? (req.query.loai as FormKind) : undefined;
    const status = (STATUSES as readonly string[]).includes(req.query['trang-thai'] ?? '') ? (req.query['trang-thai'] as Status) : undefined;
    const list = await store.listSubmissions({ scope: scopeOf(session), kind, status });
    return htmlReply(reply, 200, inboxPage(list, session, units, { kind, status }, Date.now()));
  });

  app.post(`${BASE}dang-nhap/`, { config: { rateLimit: { max: cfg.loginRateLimit, timeWindow: 60_000 } } }, async (req, reply) => {
    if (!sameOrigin(req)) return refused(reply);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const username = typeof body.username === 'string' ? body.username.trim().normalize('NFC') : '';
    const password = typeof body.password === 'string' ? body.password : '';
    const now = Date.now();
    const staff = username ? await store.findStaff(username) : undefined;
    if (!staff) {
      await verifyPassword(password, await dummy);
      return htmlReply(reply, 401, loginPage('Tên đăng nhập hoặc mật khẩu không đúng.'));
    }
    if (staff.lockedUntil !== null && staff.lockedUntil > now) {
      return htmlReply(reply, 423, loginPage(`Tài khoản tạm khóa vì nhập sai mật khẩu nhiều lần. Thử lại sau ${formatDateTime(new Date(staff.lockedUntil))}, hoặc nhờ quản trị viên đặt lại mật khẩu.`));
    }
    if (!(await verifyPassword(password, staff.passwordHash))) {
      // A lock that has run out starts a fresh count.
      const failures = staff.lockedUntil !== null ? 1 : staff.failedCount + 1;
      if (staff.lockedUntil !== null) await store.resetLoginFailures(staff.id);
      const lock = failures >= cfg.lockoutAttempts ? now + cfg.lockoutMinutes * 60_000 : null;
      await store.recordLoginFailure(staff.id, lock);
      req.log.warn({ username, failures }, 'staff login failed');
      return htmlReply(reply, 401, loginPage(lock ? `Sai mật khẩu ${failures} lần: tài khoản tạm khóa ${cfg.lockoutMinutes} phút.` : 'Tên đăng nhập hoặc mật khẩu không đúng.'));
    }
    await store.resetLoginFailures(staff.id);
    const token = randomToken();
    const expiresAt = now + cfg.sessionHours * 3_600_000;
    await store.createSession(tokenHash(token), staff.id, randomToken(), expiresAt);
    reply.setCookie(COOKIE, token, { path: BASE, httpOnly: true, secure: cfg.secureCookies, sameSite: 'strict', maxAge: cfg.sessionHours * 3600 });
    return reply.redirect(BASE, 303);
  });

  app.post(`${BASE}dang-xuat/`, async (req, reply) => {
    const session = await authorised(req, reply);
    if (!session) return reply;
    await store.deleteSession(tokenHash(req.cookies[COOKIE]!));
    reply.clearCookie(COOKIE, { path: BASE });
    return reply.redirect(BASE, 303);
  });

  app.get<{ Params: { id: string } }>(`${BASE}muc/:id/`, async (req, reply) => {
    const session = await sessionOf(req);
    if (!session) return reply.redirect(BASE, 303);
    const s = /^\d{1,15}$/.test(req.params.id) ? await store.getSubmission(Number(req.params.id), scopeOf(session)) : undefined;
    // Another unit's submission is "not found": its existence is not theirs to know.
    if (!s) return htmlReply(reply, 404, shell('Không tìm thấy', session, units, html`<h1>Không tìm thấy mục này</h1><p><a href="${BASE}">Về hộp thư</a></p>`));
    return htmlReply(reply, 200, detailPage(s, session, units, Date.now()));
  });

  app.post<{ Params: { id: string } }>(`${BASE}muc/:id/trang-thai/`, async (req, reply) => {
    const session = await authorised(req, reply);
    if (!session) return reply;
    const status = ((req.body ?? {}) as Record<string, unknown>).status;
    if (!/^\d{1,15}$/.test(req.params.id) || typeof status !== 'string' || !(STATUSES as readonly string[]).includes(status)) {
      return htmlReply(reply, 400, page('Không lưu được', html`<h1>Không lưu được</h1><p>Trạng thái không hợp lệ. <a href="${BASE}">Về hộp thư</a></p>`, { status: 'noindex' }));
    }
    const ok = await store.setStatus(Number(req.params.id), scopeOf(session), status as Status, Date.now());
    if (!ok) return htmlReply(reply, 404, shell('Không tìm thấy', session, units, html`<h1>Không tìm thấy mục này</h1>`));
    return reply.redirect(`${BASE}muc/${req.params.id}/`, 303);
  });

  app.post<{ Params: { id: string } }>(`${BASE}muc/:id/tra-loi/`, async (req, reply) => {
    const session = await authorised(req, reply);
    if (!session) return reply;
    const s = /^\d{1,15}$/.test(req.params.id) ? await store.getSubmission(Number(req.params.id), scopeOf(session)) : undefined;
    if (!s || s.kind !== 'question') return htmlReply(reply, 404, shell('Không tìm thấy', session, units, html`<h1>Không tìm thấy câu hỏi này</h1>`));
    if (s.published) return reply.redirect(`${BASE}muc/${s.id}/`, 303);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const field = (k: string) => (typeof body[k] === 'string' ? (body[k] as string).normalize('NFC').replace(/\r\n?/g, '\n').trim() : '');
    const now = Date.now();
    const answer: Answer = {
      unit: s.unit,
      title: field('title'),
      question: field('question'),
      asker: field('asker'),
      asked: new Date(s.createdAt),
      answered: new Date(now),
      answeredBy: field('answeredBy'),
      domain: field('domain'),
      body: field('body'),
    };
    const problems = answerProblems(answer);
    if (Object.keys(problems).length > 0) return htmlReply(reply, 400, detailPage(s, session, units, now, problems, answer));
    const path = writeAnswer(cfg.contentDir, answer);
    await store.setStatus(s.id, scopeOf(session), 'da-tra-loi', now, path);
    req.log.info({ id: s.id, path }, 'answer written');
    return reply.redirect(`${BASE}muc/${s.id}/`, 303);
  });

  app.get(`${BASE}xuat.csv`, async (req, reply) => {
    const session = await sessionOf(req);
    if (!session) return reply.redirect(BASE, 303);
    const list = await store.listSubmissions({ scope: scopeOf(session), limit: 100_000 });
    const names = [...new Set(Object.values(FORMS).flatMap((f) => f.fields.map((x) => x.name)))];
    const now = Date.now();
    const rows = [
      ['Mã', 'Loại', 'Đơn vị', 'Trang', 'Nhận lúc', 'Hạn trả lời', 'Quá hạn', 'Trạng thái', ...names],
      ...list.map((s) => [
        String(s.id),
        KIND_LABELS[s.kind],
        s.unit,
        s.page,
        new Date(s.createdAt).toISOString(),
        s.dueAt !== null ? new Date(s.dueAt).toISOString() : '',
        isOverdue(s, now) ? 'có' : '',
        STATUS_LABELS[s.status],
        ...names.map((n) => s.facts[n] ?? s.texts[n] ?? ''),
      ]),
    ];
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="hop-thu-${session.staff.unit}.csv"`)
      .send(toCsv(rows));
  });
}
