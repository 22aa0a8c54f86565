/**
 * The Web API methods the double answers, with Slack's shapes and error codes. A method it
 * does not know answers `unknown_method`, as Slack does.
 */
import type { SlackApiDouble } from './slack-api-double';
import type { Json } from './slack-double-state';

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Channels that answer with a permanent failure, for the error-classification tests. */
export const BROKEN_CHANNELS: Record<string, string> = {
  CGONE: 'channel_not_found',
  COUTSIDE: 'not_in_channel',
  COLD: 'is_archived',
};

export function answerMethod(double: SlackApiDouble, method: string, args: Json): Json {
  const s = double.state;
  switch (method) {
    case 'auth.test':
      return { ok: true, user_id: 'UBOTSKATE', bot_id: 'BBOTSKATE', team_id: 'T0SKATE', user: 'skate-boten' };
    case 'users.info': {
      const user = s.userIn(str(args.team_id), str(args.user));
      if (!user) return { ok: false, error: 'user_not_found' };
      return {
        ok: true,
        user: {
          id: user.id,
          team_id: user.teamId,
          name: user.name,
          deleted: user.deleted === true,
          profile: { email: user.email, real_name: user.name },
        },
      };
    }
    case 'conversations.open': {
      const id = str(args.users);
      const user = s.users.get(id);
      if (!user) return { ok: false, error: 'user_not_found' };
      if (user.deleted) return { ok: false, error: 'account_inactive' };
      return { ok: true, channel: { id: s.dmOf(id) } };
    }
    case 'chat.postMessage': {
      const channel = str(args.channel);
      const broken = BROKEN_CHANNELS[channel];
      if (broken) return { ok: false, error: broken };
      if (!args.text && !args.blocks) return { ok: false, error: 'no_text' };
      const posted = s.post(channel, args);
      return { ok: true, channel, ts: posted.ts, message: { text: posted.text, ts: posted.ts } };
    }
    case 'chat.update': {
      const message = s.find(str(args.channel), str(args.ts));
      if (!message) return { ok: false, error: 'message_not_found' };
      s.update(message, args);
      return { ok: true, channel: message.channel, ts: message.ts };
    }
    case 'chat.postEphemeral': {
      s.ephemeral.push({
        channel: str(args.channel),
        user: str(args.user),
        threadTs: str(args.thread_ts) || null,
        text: str(args.text),
        blocks: Array.isArray(args.blocks) ? (args.blocks as Json[]) : [],
      });
      return { ok: true, message_ts: s.nextTs() };
    }
    case 'views.open': {
      const opened = s.openView((args.view ?? {}) as Json, str(args.trigger_id) || null, null);
      return { ok: true, view: { ...opened.view, id: opened.id, hash: opened.hash } };
    }
    case 'views.update': {
      const opened = s.views.get(str(args.view_id));
      if (!opened) return { ok: false, error: 'not_found' };
      if (args.hash && args.hash !== opened.hash) return { ok: false, error: 'hash_conflict' };
      opened.history.push(opened.view);
      opened.view = (args.view ?? {}) as Json;
      opened.hash = s.nextId('h');
      return { ok: true, view: { ...opened.view, id: opened.id, hash: opened.hash } };
    }
    case 'views.publish':
      s.homes.set(str(args.user_id), (args.view ?? {}) as Json);
      return { ok: true, view: { id: s.nextId('V'), ...(args.view as Json) } };
    case 'files.getUploadURLExternal': {
      const id = s.nextId('F');
      s.files.push({ id, channel: '', threadTs: null, filename: str(args.filename), title: '', bytes: 0 });
      return { ok: true, upload_url: `${double.url}/upload/${id}`, file_id: id };
    }
    case 'files.completeUploadExternal': {
      const listed = Array.isArray(args.files) ? (args.files as Json[]) : [];
      for (const f of listed) {
        const file = s.files.find((x) => x.id === str(f.id));
        if (!file) return { ok: false, error: 'file_not_found' };
        file.title = str(f.title);
        file.channel = str(args.channel_id);
        file.threadTs = str(args.thread_ts) || null;
      }
      return { ok: true, files: listed.map((f) => ({ id: str(f.id), title: str(f.title) })) };
    }
    case 'apps.connections.open':
      return double.socketUrl ? { ok: true, url: double.socketUrl } : { ok: false, error: 'invalid_auth' };
    default:
      return { ok: false, error: 'unknown_method' };
  }
}
