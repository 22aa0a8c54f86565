/**
 * A loopback HTTP server playing the Bot Framework connector (the Teams
 * `serviceUrl`): it records what the bot sends, answers member look-ups from a
 * table, and hands out message ids as Teams does. Activities sent to the bot
 * carry its address as `serviceUrl`, so replies and proactive sends land here.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A Teams user as `GET /v3/conversations/:id/members/:userId` returns them (a TeamsChannelAccount). */
export interface TeamsMember {
  id: string;
  name: string;
  aadObjectId: string;
  email: string;
  userPrincipalName: string;
  givenName?: string;
  surname?: string;
  tenantId?: string;
  userRole?: 'user' | 'guest';
}

/** The part of an activity the bot sends that the tests look at. */
export interface SentActivity {
  type: string;
  id?: string;
  text?: string;
  summary?: string;
  replyToId?: string;
  conversation?: { id: string };
  attachments?: { contentType: string; content: Record<string, unknown> }[];
}

export type ConnectorCallKind = 'send' | 'reply' | 'update' | 'member' | 'create-conversation' | 'other';

/** One request the bot made to the connector, with the path's ids decoded. */
export interface ConnectorCall {
  kind: ConnectorCallKind;
  method: string;
  path: string;
  conversationId: string | null;
  /** The activity replied to (`reply`), updated (`update`) or the member asked for (`member`). */
  targetId: string | null;
  body: SentActivity | null;
  /** The status the mock answered with, and the id it gave a new message. */
  status: number;
  messageId: string | null;
}

const ROUTES: { kind: ConnectorCallKind; method: string; pattern: RegExp }[] = [
  { kind: 'send', method: 'POST', pattern: /^\/v3\/conversations\/([^/]+)\/activities$/ },
  { kind: 'reply', method: 'POST', pattern: /^\/v3\/conversations\/([^/]+)\/activities\/([^/]+)$/ },
  { kind: 'update', method: 'PUT', pattern: /^\/v3\/conversations\/([^/]+)\/activities\/([^/]+)$/ },
  { kind: 'member', method: 'GET', pattern: /^\/v3\/conversations\/([^/]+)\/members\/([^/]+)$/ },
  { kind: 'create-conversation', method: 'POST', pattern: /^\/v3\/conversations$/ },
];

/** Teams message ids are epoch milliseconds; these stay unique and increasing within a run. */
let nextMessageId = 1_795_400_000_000;

export class MockConnector {
  readonly calls: ConnectorCall[] = [];
  private readonly members = new Map<string, TeamsMember>();

  private constructor(
    private readonly server: Server,
    /** The `serviceUrl` to put in activities: like Teams' `https://smba.trafficmanager.net/emea/`. */
    readonly serviceUrl: string,
  ) {}

  /** Starts the connector on a free loopback port, knowing `members` (everyone else is a 404). */
  static async start(members: TeamsMember[] = []): Promise<MockConnector> {
    let connector: MockConnector | null = null;
    const server = createServer((req, res) => {
      void connector?.handle(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    connector = new MockConnector(server, `http://127.0.0.1:${port}/emea/`);
    for (const m of members) connector.addMember(m);
    return connector;
  }

  addMember(member: TeamsMember): void {
    this.members.set(member.id, member);
  }

  /** Activities the bot posted (new messages and replies), oldest first. */
  posted(): ConnectorCall[] {
    return this.calls.filter((c) => c.kind === 'send' || c.kind === 'reply');
  }

  /** Activities posted to one conversation (the id as the bot addressed it, `;messageid=` included). */
  postedTo(conversationId: string): ConnectorCall[] {
    return this.posted().filter((c) => c.conversationId === conversationId);
  }

  /** Calls made from index `mark` on: take `calls.length` before acting, then look at what followed. */
  since(mark: number): ConnectorCall[] {
    return this.calls.slice(mark);
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://connector');
    // The serviceUrl has a region prefix (`/emea/`); the API starts at `/v3/`.
    const start = url.pathname.indexOf('/v3/');
    const path = start < 0 ? url.pathname : url.pathname.slice(start);
    const method = req.method ?? 'GET';
    const route = ROUTES.find((r) => r.method === method && r.pattern.test(path));
    const match = route ? route.pattern.exec(path) : null;
    const kind: ConnectorCallKind = route?.kind ?? 'other';
    const conversationId = match?.[1] ? decodeURIComponent(match[1]) : null;
    const targetId = match?.[2] ? decodeURIComponent(match[2]) : null;
    const body = raw === '' ? null : (JSON.parse(raw) as SentActivity);
    const call: ConnectorCall = { kind, method, path, conversationId, targetId, body, status: 200, messageId: null };
    this.calls.push(call);
    const answer = (status: number, payload: unknown) => {
      call.status = status;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(payload));
    };
    switch (kind) {
      case 'send':
      case 'reply':
      case 'create-conversation': {
        call.messageId = String(nextMessageId++);
        if (kind === 'create-conversation') {
          answer(201, { id: `a:1new${call.messageId}`, activityId: call.messageId, serviceUrl: this.serviceUrl });
        } else {
          answer(201, { id: call.messageId });
        }
        return;
      }
      case 'update':
        answer(200, { id: targetId });
        return;
      case 'member': {
        const member = this.members.get(targetId ?? '');
        if (member) answer(200, { ...member, userRole: member.userRole ?? 'user' });
        else answer(404, { error: { code: 'NotFound', message: 'The user is not a member of this conversation.' } });
        return;
      }
      default:
        answer(404, { error: { code: 'BadSyntax', message: `No route for ${method} ${path}` } });
    }
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The Adaptive Card of a sent activity (its first card attachment), or null. */
export function cardOf(activity: SentActivity | null): Record<string, unknown> | null {
  const attachment = activity?.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
  return attachment?.content ?? null;
}
