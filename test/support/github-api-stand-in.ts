import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { listenOnLoopback } from "./loopback.js";

/** One request the stand-in received, as the test asserts on it. */
export interface GitHubCall {
  method: string;
  /** The path without the query. */
  path: string;
  query: Record<string, string>;
  body: Record<string, unknown> | undefined;
  authorization: string | undefined;
}

export interface StandInComment {
  id: number;
  issue: number;
  body: string;
}

export interface StandInIssue {
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  state_reason?: string;
  labels: string[];
  pull_request?: object;
}

/**
 * A loopback stand-in for the part of GitHub's REST API the Action uses (issue comments,
 * issues, labels) for one repository: it keeps what was created, answers in GitHub's shapes
 * and records every call. A call it does not know (the search API, say) is answered 404 and
 * recorded, so a test can assert that none was made.
 */
export async function startGitHubStandIn(repository = "octo-org/blacklist") {
  const calls: GitHubCall[] = [];
  const comments: StandInComment[] = [];
  const issues: StandInIssue[] = [];
  const labels = new Set<string>();
  let nextId = 1000;
  // Issues and pull requests share numbers on GitHub; the tests' pull requests are below 100.
  let nextNumber = 100;
  const prefix = `/repos/${repository}`;
  const html = (path: string) => `https://github.com/${repository}${path}`;
  const commentJson = (c: StandInComment) => ({
    id: c.id,
    body: c.body,
    html_url: html(`/pull/${c.issue}#issuecomment-${c.id}`),
  });
  const issueJson = (i: StandInIssue) => ({
    ...i,
    labels: i.labels.map((name) => ({ name })),
    html_url: html(`/issues/${i.number}`),
  });

  const server = createServer((req, res) => {
    void handle(req, res);
  });
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://stand-in");
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
    const method = req.method ?? "GET";
    calls.push({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body,
      authorization: req.headers.authorization,
    });
    const send = (status: number, json: unknown) => {
      res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
      res.end(JSON.stringify(json));
    };
    const route = `${method} ${url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname}`;
    let match: RegExpMatchArray | null;
    if ((match = route.match(/^GET \/issues\/(\d+)\/comments$/))) {
      return send(200, comments.filter((c) => c.issue === Number(match![1])).map(commentJson));
    }
    if ((match = route.match(/^POST \/issues\/(\d+)\/comments$/))) {
      const comment = { id: nextId++, issue: Number(match[1]), body: String(body?.body) };
      comments.push(comment);
      return send(201, commentJson(comment));
    }
    if ((match = route.match(/^PATCH \/issues\/comments\/(\d+)$/))) {
      const comment = comments.find((c) => c.id === Number(match![1]));
      if (!comment) return send(404, { message: "Not Found" });
      comment.body = String(body?.body);
      return send(200, commentJson(comment));
    }
    if (route === "GET /issues") {
      const label = url.searchParams.get("labels");
      const state = url.searchParams.get("state") ?? "open";
      return send(
        200,
        issues
          .filter(
            (i) => (state === "all" || i.state === state) && (!label || i.labels.includes(label)),
          )
          .map(issueJson),
      );
    }
    if (route === "POST /issues") {
      const wanted = (body?.labels as string[] | undefined) ?? [];
      for (const name of wanted) labels.add(name);
      const issue: StandInIssue = {
        number: nextNumber++,
        title: String(body?.title),
        body: String(body?.body ?? ""),
        state: "open",
        labels: wanted,
      };
      issues.push(issue);
      return send(201, issueJson(issue));
    }
    if ((match = route.match(/^PATCH \/issues\/(\d+)$/))) {
      const issue = issues.find((i) => i.number === Number(match![1]));
      if (!issue) return send(404, { message: "Not Found" });
      Object.assign(issue, body);
      return send(200, issueJson(issue));
    }
    if ((match = route.match(/^GET \/labels\/([^/]+)$/))) {
      const name = decodeURIComponent(match[1]!);
      return labels.has(name) ? send(200, { name }) : send(404, { message: "Not Found" });
    }
    if (route === "POST /labels") {
      labels.add(String(body?.name));
      return send(201, body);
    }
    return send(404, { message: "Not Found (not served by the stand-in)" });
  }

  const loopback = await listenOnLoopback(server);
  return {
    url: loopback.url,
    close: loopback.close,
    calls,
    comments,
    issues,
    labels,
    /** Calls other than reads: what changed on GitHub. */
    writes: () => calls.filter((c) => c.method !== "GET"),
  };
}

export type GitHubStandIn = Awaited<ReturnType<typeof startGitHubStandIn>>;
