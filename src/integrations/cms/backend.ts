/**
 * Which git backend the CMS writes through, chosen by environment variables at build time so the
 * same repository deploys to GitHub, GitLab or a self-hosted Gitea / Forgejo (docs/cms-backends.md).
 * Without CMS_BACKEND the CMS talks only to decap-server on the editor's machine.
 *
 * What each backend can do is what the installed Decap packages do, not what their hosts could:
 * decap-cms-backend-gitea 3.5 refuses the editorial workflow outright (decap-cms#7115), while
 * decap-cms-backend-forgejo 3.4 implements it. A config Decap would reject fails the build here,
 * with the reason, instead of failing in an editor's browser.
 */
import type { CmsBackend } from 'decap-cms-core';

export const HOSTED_BACKENDS = ['github', 'gitlab', 'gitea', 'forgejo'] as const;
export type HostedBackend = (typeof HOSTED_BACKENDS)[number];

interface Capabilities {
  /** Whether the installed Decap backend supports publish_mode: editorial_workflow. */
  workflow: boolean;
  /** Where the host's API is when CMS_API_ROOT is not set; undefined: the variable is required. */
  defaultApi?: string;
  /** Login server when CMS_BASE_URL is not set, from the API root; undefined: the variable is required. */
  defaultAuth?: (api: string) => string;
  /** Whether the browser exchanges the login code for a token itself (PKCE), so it talks to the login server. */
  pkce: boolean;
  /** Where the host serves users' avatars from, shown in the CMS header. */
  avatars: (api: string) => string[];
}

const withoutApiPath = (api: string) => api.replace(/\/api\/v\d+\/?$/, '');

const CAPABILITIES: Record<HostedBackend, Capabilities> = {
  // GitHub logs in through an OAuth proxy (CMS_BASE_URL) in a pop-up; the token comes back by postMessage.
  github: { workflow: true, defaultApi: 'https://api.github.com', pkce: false, avatars: () => ['https://avatars.githubusercontent.com'] },
  gitlab: {
    workflow: true,
    defaultApi: 'https://gitlab.com/api/v4',
    defaultAuth: withoutApiPath,
    pkce: true,
    avatars: (api) => [withoutApiPath(api), 'https://secure.gravatar.com'],
  },
  gitea: { workflow: false, defaultAuth: withoutApiPath, pkce: true, avatars: (api) => [withoutApiPath(api)] },
  // Forgejo's Decap backend derives its login server from api_root itself.
  forgejo: { workflow: true, defaultAuth: withoutApiPath, pkce: true, avatars: (api) => [withoutApiPath(api)] },
};

export interface BackendChoice {
  backend: CmsBackend;
  /** Editorial workflow (draft → in review → ready, one branch and pull request per entry). */
  editorialWorkflow: boolean;
  /**
   * What the CMS's paths are relative to: the content folder itself (decap-server is confined to it)
   * or the root of the git repository a hosted backend serves.
   */
  pathsFrom: 'content' | 'repository';
  /** Origins the admin pages must reach with fetch (connect-src) and show images from (img-src). */
  origins: { connect: string[]; images: string[] };
}

/** The origin of an address, for the admin pages' policy; a clear error for a typo in an environment variable. */
function originOf(name: string, url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    throw new Error(`${name}="${url}" is not an absolute address (expected e.g. https://git.example.gov.vn/api/v1).`);
  }
}

function workflowWanted(env: Record<string, string | undefined>, supported: boolean, name: string): boolean {
  const asked = env.CMS_EDITORIAL_WORKFLOW?.trim();
  if (asked === '0') return false;
  if (asked === '1' && !supported) {
    throw new Error(
      `CMS_EDITORIAL_WORKFLOW=1: the installed Decap ${name} backend has no editorial workflow (decap-cms#7115); ` +
        'use CMS_BACKEND=forgejo (Forgejo, or a Gitea server through its Forgejo-compatible API) or leave the variable unset.',
    );
  }
  return supported;
}

export function backendFromEnv(env: Record<string, string | undefined>): BackendChoice {
  const name = env.CMS_BACKEND?.trim();
  if (!name) {
    // npm start runs the content server on the port after the portal's (4321 + 1).
    const proxy = env.CMS_PROXY_URL ?? 'http://127.0.0.1:4322/api/v1';
    // decap-server's git mode creates a branch per entry, as a git host would (scripts/cms-server.ts).
    const editorialWorkflow = env.CMS_EDITORIAL_WORKFLOW === '1';
    return {
      backend: { name: 'proxy', proxy_url: proxy, branch: env.CMS_BRANCH ?? 'main' } as CmsBackend,
      editorialWorkflow,
      pathsFrom: 'content',
      origins: { connect: [originOf('CMS_PROXY_URL', proxy)], images: [] },
    };
  }
  if (!(HOSTED_BACKENDS as readonly string[]).includes(name)) {
    throw new Error(`CMS_BACKEND="${name}" is not supported; use one of: ${HOSTED_BACKENDS.join(', ')} (or leave it unset for the local backend).`);
  }
  const hosted = name as HostedBackend;
  const can = CAPABILITIES[hosted];
  if (!env.CMS_REPO || !/^[\w.-]+\/[\w.-]+(?:\/[\w.-]+)*$/.test(env.CMS_REPO)) {
    throw new Error(`CMS_BACKEND=${name} needs CMS_REPO set to "owner/repository" (got "${env.CMS_REPO ?? ''}").`);
  }
  const api = env.CMS_API_ROOT ?? can.defaultApi;
  if (!api) throw new Error(`CMS_BACKEND=${name} needs CMS_API_ROOT, the API address of the server, e.g. https://git.example.gov.vn/api/v1.`);
  const auth = env.CMS_BASE_URL ?? can.defaultAuth?.(api);
  if (!auth) throw new Error(`CMS_BACKEND=${name} needs CMS_BASE_URL, the OAuth server editors log in through (docs/cms-backends.md).`);
  if (can.pkce && !env.CMS_APP_ID) {
    throw new Error(`CMS_BACKEND=${name} needs CMS_APP_ID, the client id of the OAuth application made on the git host (docs/cms-backends.md).`);
  }

  const backend: Record<string, unknown> = { name, repo: env.CMS_REPO, branch: env.CMS_BRANCH ?? 'main', api_root: api, base_url: auth };
  if (env.CMS_AUTH_ENDPOINT) backend.auth_endpoint = env.CMS_AUTH_ENDPOINT;
  if (env.CMS_APP_ID) {
    backend.app_id = env.CMS_APP_ID;
    backend.auth_type = 'pkce';
  }
  const connect = [originOf('CMS_API_ROOT', api), ...(can.pkce ? [originOf('CMS_BASE_URL', auth)] : [])];
  return {
    backend: backend as unknown as CmsBackend,
    editorialWorkflow: workflowWanted(env, can.workflow, name),
    pathsFrom: 'repository',
    origins: { connect: [...new Set(connect)], images: [...new Set(can.avatars(api).map((u) => originOf('CMS_API_ROOT', u)))] },
  };
}

/**
 * The admin pages' Content-Security-Policy, the same for Astro's <meta> and nginx's header. Decap
 * compiles its config schema with eval (ajv) and styles itself inline (emotion); it reads uploads back
 * through blob: URLs (fetch) before committing them, and shows them and the preview from blob: too.
 * It reaches its backend's API (and, for PKCE logins, the login server) and nothing else.
 */
export function adminDirectives(choice: BackendChoice): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-eval'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', ...choice.origins.images],
    'connect-src': ["'self'", 'blob:', ...choice.origins.connect],
    'frame-src': ["'self'", 'blob:'],
    'font-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  };
}
