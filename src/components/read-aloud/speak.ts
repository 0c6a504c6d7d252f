/**
 * Reads a page aloud with the browser's Vietnamese voice (loaded on the first click of «Nghe đọc bài»,
 * ReadAloud.astro). Without a Vietnamese voice it says so in plain Vietnamese instead of reading
 * Vietnamese text with an English voice.
 */
import { speechPieces, vietnameseVoice } from '../../lib/read-aloud.ts';

const NO_VOICE =
  'Máy của bạn chưa có giọng đọc tiếng Việt nên chưa đọc được bài. Bạn có thể cài giọng đọc tiếng Việt trong phần cài đặt của điện thoại hoặc máy tính, rồi bấm lại nút.';
const BLOCKS = 'h2, h3, h4, p, li, dt, dd, th, td, blockquote, figcaption';

/** Voices load late in some browsers: wait for them a moment. */
function voices(): Promise<SpeechSynthesisVoice[]> {
  const now = speechSynthesis.getVoices();
  if (now.length) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => resolve(speechSynthesis.getVoices());
    speechSynthesis.addEventListener('voiceschanged', done, { once: true });
    setTimeout(done, 1500);
  });
}

/** The text a reader sees: the page's heading, then each block of the target not inside another block or a hidden part. */
function blocksOf(target: Element): string[] {
  const heading = document.querySelector('h1')?.textContent ?? '';
  const blocks = [...target.querySelectorAll<HTMLElement>(BLOCKS)].filter(
    (el) => !el.querySelector(BLOCKS) && !el.closest('[hidden], [aria-hidden="true"], [data-read-aloud]') && el.checkVisibility(),
  );
  return [heading, ...blocks.map((el) => el.textContent ?? '')];
}

function setReading(box: HTMLElement, reading: boolean): void {
  const button = box.querySelector('button')!;
  button.setAttribute('aria-pressed', String(reading));
  button.textContent = (reading ? button.dataset.labelStop : button.dataset.labelStart) ?? '';
}

export async function toggleReading(box: HTMLElement): Promise<void> {
  const status = box.querySelector<HTMLElement>('[data-read-status]')!;
  if (speechSynthesis.speaking || speechSynthesis.pending) {
    speechSynthesis.cancel();
    setReading(box, false);
    status.textContent = 'Đã dừng đọc.';
    return;
  }
  const voice = vietnameseVoice(await voices());
  if (!voice) {
    status.textContent = NO_VOICE;
    return;
  }
  const target = document.querySelector(box.dataset.readAloud ?? '');
  const pieces = speechPieces(target ? blocksOf(target) : []);
  if (!pieces.length) return;
  setReading(box, true);
  status.textContent = 'Đang đọc bài…';
  pieces.forEach((text, i) => {
    const u = new SpeechSynthesisUtterance(text);
    u.voice = voice;
    u.lang = voice.lang;
    if (i === pieces.length - 1) {
      u.onend = () => {
        setReading(box, false);
        status.textContent = 'Đã đọc hết bài.';
      };
    }
    speechSynthesis.speak(u);
  });
}
