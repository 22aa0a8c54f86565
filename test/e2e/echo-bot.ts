/**
 * A throwaway bot that only proves the Agents Playground harness (scripts/playground/prove.ts).
 * No credentials, so botbuilder's auth is off; it listens on loopback only. Every inbound
 * activity is appended to `logPath` as one JSON line, so the activity shapes can be read.
 * Text commands: anything → "Echo: …"; "card" → an Adaptive Card whose Action.Execute is answered
 * with an updated card; "member" → TeamsInfo.getMember; "later" → a proactive
 * continueConversationAsync 1 s after the turn; "update" → a message then updateActivity;
 * "dm <userId>" → createConversationAsync with another user; "post <channelId>" → a new channel post
 * and a proactive reply in its thread; "refresh" → a card with Universal Actions `refresh.userIds`.
 */
import { appendFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import {
  type Activity,
  type Attachment,
  CardFactory,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConversationParameters,
  type ConversationReference,
  MessageFactory,
  TeamsInfo,
  TurnContext as Turn,
  type TurnContext,
} from 'botbuilder';

export function echoCard(title: string, refreshFor?: string): Attachment {
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    ...(refreshFor && {
      refresh: { action: { type: 'Action.Execute', verb: 'echo.refresh' }, userIds: [refreshFor] },
    }),
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: title, weight: 'Bolder', wrap: true },
      { type: 'Input.Text', id: 'name', label: 'Navn', placeholder: 'Skriv navnet ditt' },
      { type: 'Input.Date', id: 'due', label: 'Frist' },
      { type: 'Input.Number', id: 'count', label: 'Antall', min: 0, max: 100 },
      {
        type: 'Input.ChoiceSet',
        id: 'status',
        label: 'Status',
        value: 'green',
        choices: [
          { title: 'Grønn', value: 'green' },
          { title: 'Gul', value: 'yellow' },
          { title: 'Rød', value: 'red' },
        ],
      },
    ],
    actions: [{ type: 'Action.Execute', title: 'Send inn', verb: 'echo.submit', data: { probe: 1 } }],
  });
}

async function onTurn(adapter: CloudAdapter, context: TurnContext, logPath?: string): Promise<void> {
  const a = context.activity;
  if (logPath) appendFileSync(logPath, `${JSON.stringify(a)}\n`);
  if (a.type === 'invoke' && a.name === 'adaptiveCard/action') {
    const value = a.value as { trigger?: string; action?: { verb?: string; data?: Record<string, unknown> } };
    const data = value.action?.data ?? {};
    const card =
      value.action?.verb === 'echo.refresh'
        ? echoCard(`Refreshed (trigger=${String(value.trigger)})`)
        : echoCard(
            `Mottatt: ${String(data.name)} / ${String(data.due)} / ${String(data.count)} / ${String(data.status)}`,
          );
    await context.sendActivity({
      type: 'invokeResponse',
      value: {
        status: 200,
        body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card.content },
      },
    });
    return;
  }
  if (a.type !== 'message') return;
  const text = Turn.removeRecipientMention(a)?.trim() ?? '';
  const ref = Turn.getConversationReference(a);
  const [command, arg] = text.split(/\s+/, 2);
  if (command === 'card' || command === 'refresh') {
    const refreshFor = command === 'refresh' ? a.from.id : undefined;
    await context.sendActivity(MessageFactory.attachment(echoCard('Fyll ut kortet', refreshFor)));
  } else if (command === 'member') {
    const m = await TeamsInfo.getMember(context, a.from.id);
    await context.sendActivity(`Member: ${m.name} <${m.email}> upn=${m.userPrincipalName} aad=${m.aadObjectId}`);
  } else if (command === 'later') {
    setTimeout(() => {
      void adapter.continueConversationAsync('', ref, (c) => c.sendActivity('Proactive: hello later').then(() => {}));
    }, 1000);
    await context.sendActivity('Will write back in 1 s');
  } else if (command === 'update') {
    const sent = await context.sendActivity('Update: before');
    await context.updateActivity({ ...MessageFactory.text('Update: after'), id: sent?.id ?? '' });
  } else if (command === 'dm' || command === 'post') {
    const params = {
      isGroup: command === 'post',
      bot: a.recipient,
      members: command === 'dm' ? [{ id: arg ?? '', name: '' }] : undefined,
      channelData: command === 'post' ? { channel: { id: arg ?? '' } } : undefined,
      activity: MessageFactory.text(`${command === 'dm' ? 'Direct' : 'Channel post'}: proactive`) as Activity,
      tenantId: a.conversation.tenantId,
    } as ConversationParameters;
    const serviceUrl = a.serviceUrl;
    await adapter.createConversationAsync('', 'msteams', serviceUrl, '', params, async (c) => {
      const created: Partial<ConversationReference> = c.activity.conversation
        ? Turn.getConversationReference(c.activity)
        : {};
      if (command === 'dm') await c.sendActivity('Direct: proactive');
      await context.sendActivity(`Created conversation ${created.conversation?.id ?? '?'}`);
      if (command === 'post' && created.conversation) {
        // A later reply in that post's thread, the way a stored `…;messageid=` reference is used.
        await adapter.continueConversationAsync('', created, (t) =>
          t.sendActivity('Thread: proactive reply').then(() => {}),
        );
      }
    });
  } else {
    await context.sendActivity(`Echo: ${text}`);
  }
}

/** Starts the bot on 127.0.0.1:`port` (default 3978), POST /api/messages. */
export function startEchoBot(opts: { port?: number; logPath?: string } = {}): Promise<Server> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  adapter.onTurnError = async (context, error) => {
    process.stderr.write(`echo-bot turn error: ${error.stack ?? error.message}\n`);
    await context.sendActivity(`Error: ${error.message}`).catch(() => undefined);
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/api/messages') return void res.writeHead(404).end();
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      const response = {
        socket: res.socket,
        header: (name: string, value: unknown) => void res.setHeader(name, String(value)),
        status: (code: number) => {
          res.statusCode = code;
        },
        send: (b: unknown) => void (b === undefined ? 0 : res.write(typeof b === 'string' ? b : JSON.stringify(b))),
        end: () => void res.end(),
      };
      void adapter.process({ body, headers: req.headers, method: req.method }, response, (context) =>
        onTurn(adapter, context, opts.logPath),
      );
    });
  });
  return new Promise((resolve) => server.listen(opts.port ?? 3978, '127.0.0.1', () => resolve(server)));
}

if (require.main === module) {
  void startEchoBot({ logPath: process.env.ECHO_BOT_LOG }).then(() => process.stdout.write('echo bot on 3978\n'));
}
