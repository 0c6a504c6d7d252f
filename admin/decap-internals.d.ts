/**
 * The parts of Decap's ES modules the admin uses that its typings do not cover: its Redux store and
 * notification actions (admin/messages.ts) and its locale phrases (admin/locale-vi.test.ts). They are
 * the same module instances decap-cms-app bundles, because the build resolves the same files.
 */
declare module 'decap-cms-core/dist/esm/redux/index.js' {
  export const store: {
    subscribe(listener: () => void): () => void;
    getState(): unknown;
    dispatch(action: { type: string }): unknown;
  };
}

declare module 'decap-cms-core/dist/esm/actions/notifications.js' {
  export interface NotificationPayload {
    message: string | { key: string; details?: unknown };
    dismissAfter?: number;
    type?: string;
  }
  export function addNotification(payload: NotificationPayload): { type: 'NOTIFICATION_SEND'; payload: NotificationPayload };
  export function dismissNotification(id: string): { type: 'NOTIFICATION_DISMISS'; id: string };
}

declare module 'decap-cms-locales/dist/esm/index.js' {
  type Phrases = { [key: string]: string | Phrases };
  export const en: Phrases;
}
