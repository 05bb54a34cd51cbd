/**
 * A local stand-in for the GitHub REST API, enough for the submission store: repository metadata,
 * refs, contents, pull requests and labels, kept in memory. Octokit talks to it through `baseUrl`,
 * so the real client's requests (paths, methods, bodies) are what the test inspects.
 */
import { createServer, type Server } from 'node:http';

export interface FakeRepo {
  private: boolean;
  branches: Map<string, string>;
  /** branch → path → text */
  files: Map<string, Map<string, string>>;
  pulls: {
    number: number;
    head: string;
    base: string;
    title: string;
    body: string;
    labels: string[];
    html_url: string;
  }[];
  requests: string[];
}

export async function fakeGitHub(owner = 'vvsg', repo = 'kennisbank', options: { private?: boolean } = {}) {
  const state: FakeRepo = {
    private: options.private ?? true,
    branches: new Map([['main', 'sha-main']]),
    files: new Map([['main', new Map()]]),
    pulls: [],
    requests: [],
  };
  const prefix = `/repos/${owner}/${repo}`;
  const server: Server = createServer(async (req, res) => {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const body = raw ? JSON.parse(raw) : {};
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    state.requests.push(`${req.method} ${path}`);
    const send = (status: number, data: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(data));
    };
    if (req.headers.authorization !== 'token geheim') return send(401, { message: 'Bad credentials' });
    if (req.method === 'GET' && path === prefix)
      return send(200, { private: state.private, full_name: `${owner}/${repo}` });
    let m = /^\/repos\/[^/]+\/[^/]+\/git\/ref\/heads\/(.+)$/.exec(path);
    if (req.method === 'GET' && m) {
      const sha = state.branches.get(m[1]);
      return sha ? send(200, { ref: `refs/heads/${m[1]}`, object: { sha } }) : send(404, { message: 'Not Found' });
    }
    if (req.method === 'POST' && path === `${prefix}/git/refs`) {
      const branch = String(body.ref).replace(/^refs\/heads\//, '');
      if (state.branches.has(branch)) return send(422, { message: 'Reference already exists' });
      state.branches.set(branch, body.sha);
      state.files.set(branch, new Map(state.files.get('main')));
      return send(201, { ref: body.ref, object: { sha: body.sha } });
    }
    m = /^\/repos\/[^/]+\/[^/]+\/contents\/(.+)$/.exec(path);
    if (m && req.method === 'GET') {
      const text = state.files.get(url.searchParams.get('ref') ?? 'main')?.get(m[1]);
      return text === undefined
        ? send(404, { message: 'Not Found' })
        : send(200, { type: 'file', content: Buffer.from(text).toString('base64') });
    }
    if (m && req.method === 'PUT') {
      const files = state.files.get(body.branch);
      if (!files) return send(404, { message: 'Branch not found' });
      files.set(m[1], Buffer.from(body.content, 'base64').toString('utf8'));
      return send(201, { content: { path: m[1] } });
    }
    if (path === `${prefix}/pulls` && req.method === 'POST') {
      const pull = {
        number: state.pulls.length + 1,
        head: body.head,
        base: body.base,
        title: body.title,
        body: body.body,
        labels: [],
        html_url: `https://github.example/${owner}/${repo}/pull/${state.pulls.length + 1}`,
      };
      state.pulls.push(pull);
      return send(201, pull);
    }
    if (path === `${prefix}/pulls` && req.method === 'GET') {
      const head = url.searchParams.get('head')?.split(':')[1];
      return send(
        200,
        state.pulls.filter((p) => p.head === head),
      );
    }
    m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/labels$/.exec(path);
    if (m && req.method === 'POST') {
      const pull = state.pulls.find((p) => p.number === Number(m![1]));
      if (!pull) return send(404, { message: 'Not Found' });
      pull.labels.push(...body.labels);
      return send(
        200,
        pull.labels.map((name) => ({ name })),
      );
    }
    send(404, { message: `Geen nepversie van ${req.method} ${path}` });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  return {
    state,
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
