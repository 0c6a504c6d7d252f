/**
 * Which git backend the CMS writes through, chosen by environment variables at build time so the
 * same repository deploys to GitHub, GitLab or a self-hosted Gitea / Forgejo (docs/cms-backends.md).
 * Without CMS_BACKEND the CMS talks only to decap-server on the editor's machine.
 */
import type { CmsBackend } from 'decap-cms-core';

export interface BackendChoice {
  backend: CmsBackend;
  localBackend: boolean;
  editorialWorkflow: boolean;
}

const HOSTED = ['github', 'gitlab', 'gitea', 'forgejo'] as const;

export function backendFromEnv(env: Record<string, string | undefined>): BackendChoice {
  const name = env.CMS_BACKEND?.trim();
  if (!name) {
    return {
      backend: { name: 'proxy', proxy_url: env.CMS_PROXY_URL ?? 'http://localhost:8081/api/v1', branch: env.CMS_BRANCH ?? 'main' } as CmsBackend,
      localBackend: false,
      editorialWorkflow: false,
    };
  }
  if (!(HOSTED as readonly string[]).includes(name)) {
    throw new Error(`CMS_BACKEND="${name}" is not supported; use one of: ${HOSTED.join(', ')} (or leave it unset for the local backend).`);
  }
  if (!env.CMS_REPO || !/^[\w.-]+\/[\w.-]+(?:\/[\w.-]+)*$/.test(env.CMS_REPO)) {
    throw new Error(`CMS_BACKEND=${name} needs CMS_REPO set to "owner/repository" (got "${env.CMS_REPO ?? ''}").`);
  }
  const backend: Record<string, unknown> = { name, repo: env.CMS_REPO, branch: env.CMS_BRANCH ?? 'main' };
  if (env.CMS_API_ROOT) backend.api_root = env.CMS_API_ROOT;
  if (env.CMS_BASE_URL) backend.base_url = env.CMS_BASE_URL;
  if (env.CMS_AUTH_ENDPOINT) backend.auth_endpoint = env.CMS_AUTH_ENDPOINT;
  if (env.CMS_APP_ID) {
    backend.app_id = env.CMS_APP_ID;
    backend.auth_type = 'pkce';
  }
  return {
    backend: backend as unknown as CmsBackend,
    // An editor running `npm run dev` against a hosted setup still edits local files.
    localBackend: env.CMS_LOCAL_BACKEND === '1',
    editorialWorkflow: env.CMS_EDITORIAL_WORKFLOW !== '0',
  };
}

/** Origins the CMS talks to, for the admin pages' connect-src. */
export function backendOrigins(choice: BackendChoice): string[] {
  const b = choice.backend as unknown as Record<string, string | undefined>;
  const urls = [b.proxy_url, b.api_root, b.base_url, choice.localBackend ? 'http://localhost:8081' : undefined];
  if (b.name === 'github' && !b.api_root) urls.push('https://api.github.com');
  if (b.name === 'gitlab' && !b.api_root) urls.push('https://gitlab.com');
  return [...new Set(urls.filter((u): u is string => !!u).map((u) => new URL(u).origin))];
}
