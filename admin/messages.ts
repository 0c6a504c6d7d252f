/**
 * What the CMS says when something fails, in words an editor can act on (src/lib/cms-errors.ts).
 * Decap puts its notifications in its Redux store, some as raw English («Failed to persist media:
 * TypeError: Failed to fetch») and the rest with the raw error as details; this listens to that store
 * and replaces each such notification, before it is shown, with what happened, what to do and whom
 * to call. Error notifications stay until the editor closes them: eight seconds is too short to read.
 * Decap's one English confirmation dialog (replacing a file of the same name) is translated too.
 */
import { store } from 'decap-cms-core/dist/esm/redux/index.js';
import { addNotification, dismissNotification } from 'decap-cms-core/dist/esm/actions/notifications.js';
import { decapEnglishNotice, explainCmsError, translateDialog, type HelpContact } from '../src/lib/cms-errors.ts';

interface Notice {
  id: string;
  message: string | { key: string; details?: unknown };
  type?: string;
  dismissAfter?: number;
}

/** The notice as an editor should read it, or undefined when it is fine as it is. */
function explained(n: Notice, help: HelpContact): Omit<Notice, 'id'> | undefined {
  const keepOpen = { type: n.type, dismissAfter: n.type === 'error' ? (false as unknown as number) : n.dismissAfter };
  if (typeof n.message === 'string') {
    const english = decapEnglishNotice(n.message);
    return english ? { ...keepOpen, message: `${english.lead} ${explainCmsError(english.error, help)}` } : undefined;
  }
  if (n.message.details === undefined || n.message.details === '' || n.type !== 'error') return undefined;
  return { ...keepOpen, message: { ...n.message, details: explainCmsError(n.message.details, help) } };
}

export function explainFailures(help: HelpContact): void {
  const seen = new Set<string>();
  let replacing = false;
  store.subscribe(() => {
    const notices = (store.getState() as { notifications: { notifications: Notice[] } }).notifications.notifications;
    for (const n of notices) {
      if (seen.has(n.id)) continue;
      seen.add(n.id);
      // A notice this listener just sent is already explained.
      if (replacing) continue;
      const better = explained(n, help);
      if (!better) continue;
      replacing = true;
      try {
        store.dispatch(dismissNotification(n.id));
        store.dispatch(addNotification(better as Parameters<typeof addNotification>[0]));
      } finally {
        replacing = false;
      }
    }
  });
  const confirm = window.confirm.bind(window);
  window.confirm = (message?: string) => confirm(translateDialog(String(message ?? '')));
}
