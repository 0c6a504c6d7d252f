/**
 * Citizens' side: each form posts to /gui/<action>. A post without a fresh token from the service
 * (the static page's form) is shown back for a check before sending, with the token; a post with
 * one, old enough to have been read by a person, is stored and answered with a confirmation.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { formHtml } from '../../src/lib/form-html.ts';
import { ANSWER_WORKING_DAYS, COMMON_FIELDS, FORM_BY_ACTION, safeReturnPath, validateForm, type FormDef } from '../../src/lib/forms.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { workingDayDeadline } from '../../src/lib/working-days.ts';
import { fillToken, readFillToken } from './auth.ts';
import type { Config } from './config.ts';
import { html, page } from './html.ts';
import type { Store } from './store/types.ts';
import type { ServiceUnit, Units } from './units.ts';

const TOKEN_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export function errorPage(status: number, title: string, message: string, back?: string): { status: number; body: string } {
  return {
    status,
    body: page(title, html`<h1>${title}</h1><p>${message}</p>${back ? html`<p><a href="${back}">Quay lại trang trước</a></p>` : ''}`, { status: 'noindex' }),
  };
}

function callUs(unit: ServiceUnit): string {
  return unit.phone ? `Nếu không gửi được, xin gọi ${unit.office}: ${unit.phone}.` : `Nếu không gửi được, xin liên hệ trực tiếp ${unit.office}.`;
}

function reviewPage(form: FormDef, o: { unit: ServiceUnit; page: string; values: Record<string, string>; errors?: Record<string, string>; token: string; units: Units; wait?: boolean }): string {
  const title = o.errors ? `Xin sửa lại ${form.noun}` : `Kiểm tra và gửi ${form.noun}`;
  const fixed = form.kind === 'rating' && o.values.procedure && !o.errors?.procedure ? { procedure: o.values.procedure } : undefined;
  return page(
    title,
    html`<h1>${title}</h1>
<p>${o.wait ? 'Xin đọc lại nội dung trước khi gửi, rồi bấm nút gửi.' : o.errors ? 'Một vài mục chưa đúng; sửa rồi bấm nút gửi.' : `Xin kiểm tra lại nội dung gửi tới ${o.unit.office}, rồi bấm «${form.submitLabel}».`}</p>
${formHtml(form, { unit: o.unit.slug, page: o.page, units: o.units.communes, id: 'bieu-mau', values: o.values, errors: o.errors, token: o.token, fixed, fallback: callUs(o.unit) })}
<p><a href="${o.page}">Quay lại trang trước, không gửi</a></p>`,
    { status: 'noindex' },
  );
}

function confirmationPage(form: FormDef, o: { id: number; unit: ServiceUnit; page: string; dueAt: number | null }): string {
  const title = `Đã nhận ${form.noun}`;
  return page(
    title,
    html`<h1>${title}</h1>
<div class="notice" role="status"><p>Cảm ơn ông/bà. ${o.unit.office} đã nhận ${form.noun} (mã tiếp nhận <strong>${o.id}</strong>).</p>
${o.dueAt !== null ? html`<p>Cơ quan trả lời trong thời hạn ${ANSWER_WORKING_DAYS} ngày làm việc, chậm nhất ngày ${formatDate(new Date(o.dueAt))}. ${form.kind === 'question' ? 'Câu trả lời được đăng tại mục Hỏi đáp, không kèm họ tên và thông tin liên hệ của ông/bà.' : 'Thông tin được gửi theo hình thức ông/bà đã chọn.'}</p>` : ''}
</div>
<p><a href="${o.page}">Quay lại trang trước</a></p>`,
    { status: 'noindex' },
  );
}

export function citizenRoutes(app: FastifyInstance, cfg: Config, store: Store, units: Units): void {
  const send = (reply: FastifyReply, r: { status: number; body: string }) => reply.code(r.status).type('text/html; charset=utf-8').send(r.body);

  app.post<{ Params: { action: string } }>(
    '/gui/:action/',
    { config: { rateLimit: { max: cfg.rateLimit, timeWindow: 60_000 } } },
    async (req: FastifyRequest<{ Params: { action: string } }>, reply) => {
      const form = FORM_BY_ACTION.get(req.params.action);
      if (!form) return send(reply, errorPage(404, 'Không có biểu mẫu này', 'Địa chỉ gửi không đúng. Xin quay lại trang trước và dùng biểu mẫu trên trang.'));
      const body = (req.body && typeof req.body === 'object' ? req.body : {}) as Record<string, unknown>;
      const back = safeReturnPath(body[COMMON_FIELDS.page]);
      const unitSlug = body[COMMON_FIELDS.unit];
      const unit = typeof unitSlug === 'string' ? units.bySlug.get(unitSlug) : undefined;
      if (!back || !unit) {
        return send(reply, errorPage(400, 'Không gửi được', 'Biểu mẫu thiếu trang hoặc đơn vị nhận. Xin mở lại trang trên Cổng thông tin và gửi từ biểu mẫu ở đó.'));
      }
      const honeypot = body[COMMON_FIELDS.honeypot];
      const now = Date.now();
      if (typeof honeypot === 'string' && honeypot !== '') {
        // A bot filled the hidden field: it is told nothing useful, and nothing is stored.
        req.log.info({ action: form.action }, 'honeypot filled; not stored');
        return send(reply, { status: 200, body: page(`Đã nhận ${form.noun}`, html`<h1>Đã nhận ${form.noun}</h1><p><a href="${back}">Quay lại trang trước</a></p>`, { status: 'noindex' }) });
      }
      const checked = validateForm(form, body, units.communes);
      const token = fillToken(cfg.secret, form.action, now);
      const values = checked.ok ? { ...checked.value.facts, ...checked.value.texts } : checked.values;
      if (!checked.ok) return send(reply, { status: 400, body: reviewPage(form, { unit, page: back, values, errors: checked.errors, token, units }) });
      const shownAt = readFillToken(cfg.secret, form.action, body[COMMON_FIELDS.token]);
      if (shownAt === undefined || now - shownAt > TOKEN_MAX_AGE_MS) return send(reply, { status: 200, body: reviewPage(form, { unit, page: back, values, token, units }) });
      if (now - shownAt < cfg.minFillSeconds * 1000) return send(reply, { status: 200, body: reviewPage(form, { unit, page: back, values, token, units, wait: true }) });
      const dueAt = form.answered ? workingDayDeadline(new Date(now), ANSWER_WORKING_DAYS).getTime() : null;
      const id = await store.addSubmission({ kind: form.kind, unit: unit.slug, page: back, createdAt: now, dueAt, facts: checked.value.facts, texts: checked.value.texts });
      return send(reply, { status: 200, body: confirmationPage(form, { id, unit, page: back, dueAt }) });
    },
  );
}
