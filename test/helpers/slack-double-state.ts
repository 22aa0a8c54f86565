/**
 * What the Slack Web API double keeps, as Slack would: the users it knows, the messages posted
 * (with every version an update made), ephemeral messages, opened and published views, uploaded
 * files, and what was posted to response URLs. Tests read it to see what a person would see.
 */

export type Json = Record<string, unknown>;

export interface DoubleUser {
  id: string;
  teamId: string;
  email: string;
  name: string;
  deleted?: boolean;
}

export interface PostedMessage {
  channel: string;
  ts: string;
  threadTs: string | null;
  text: string;
  blocks: Json[];
  /** Earlier versions, oldest first, before chat.update replaced them. */
  history: { text: string; blocks: Json[] }[];
}

export interface EphemeralMessage {
  channel: string;
  user: string;
  threadTs: string | null;
  text: string;
  blocks: Json[];
}

export interface OpenedView {
  id: string;
  hash: string;
  triggerId: string | null;
  user: string | null;
  view: Json;
  /** Earlier versions (views.update), oldest first. */
  history: Json[];
}

export interface ResponsePost {
  url: string;
  body: Json;
}

export interface UploadedFile {
  id: string;
  channel: string;
  threadTs: string | null;
  filename: string;
  title: string;
  bytes: number;
}

/** The double's memory; `ts` values increase like Slack's. */
export class DoubleState {
  readonly users = new Map<string, DoubleUser>();
  /** Users of other workspaces (Enterprise Grid), by `team:user`: the same user id can be someone else there. */
  readonly otherTeams = new Map<string, DoubleUser>();
  readonly messages: PostedMessage[] = [];
  readonly ephemeral: EphemeralMessage[] = [];
  readonly views = new Map<string, OpenedView>();
  readonly homes = new Map<string, Json>();
  readonly responses: ResponsePost[] = [];
  readonly files: UploadedFile[] = [];
  readonly dms = new Map<string, string>();
  private seq = 0;

  nextTs(): string {
    this.seq += 1;
    return `1700000000.${String(this.seq).padStart(6, '0')}`;
  }

  nextId(prefix: string): string {
    this.seq += 1;
    return `${prefix}${String(this.seq).padStart(8, '0')}`;
  }

  /** The DM channel of a user, opened on first use. */
  dmOf(user: string): string {
    let channel = this.dms.get(user);
    if (!channel) {
      channel = `D${user.slice(1)}`;
      this.dms.set(user, channel);
    }
    return channel;
  }

  post(channel: string, args: Json): PostedMessage {
    const message: PostedMessage = {
      channel,
      ts: this.nextTs(),
      threadTs: typeof args.thread_ts === 'string' ? args.thread_ts : null,
      text: typeof args.text === 'string' ? args.text : '',
      blocks: Array.isArray(args.blocks) ? (args.blocks as Json[]) : [],
      history: [],
    };
    this.messages.push(message);
    return message;
  }

  find(channel: string, ts: string): PostedMessage | undefined {
    return this.messages.find((m) => m.channel === channel && m.ts === ts);
  }

  update(message: PostedMessage, args: Json): void {
    message.history.push({ text: message.text, blocks: message.blocks });
    message.text = typeof args.text === 'string' ? args.text : message.text;
    message.blocks = Array.isArray(args.blocks) ? (args.blocks as Json[]) : message.blocks;
  }

  openView(view: Json, triggerId: string | null, user: string | null): OpenedView {
    const opened: OpenedView = { id: this.nextId('V'), hash: this.nextId('h'), triggerId, user, view, history: [] };
    this.views.set(opened.id, opened);
    return opened;
  }

  /** The user `id` as the workspace `team` knows them (no team: the main workspace). */
  userIn(team: string, id: string): DoubleUser | undefined {
    const main = this.users.get(id);
    if (!team || main?.teamId === team) return main;
    return this.otherTeams.get(`${team}:${id}`);
  }
}
