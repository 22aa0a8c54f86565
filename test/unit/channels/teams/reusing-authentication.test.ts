import type { Activity } from 'botbuilder';
import { ReusingBotFrameworkAuthentication } from '../../../../src/channels/teams/reusing-authentication';

/** An activity as the Agents Playground sends it in local mode (no credentials, no token). */
const activity = (serviceUrl: string): Activity =>
  ({
    type: 'message',
    channelId: 'msteams',
    serviceUrl,
    from: { id: 'user-1' },
    recipient: { id: 'bot' },
    conversation: { id: 'conv-1' },
  }) as Activity;

describe('ReusingBotFrameworkAuthentication', () => {
  it('gives every turn for one service URL the same connector client, and another URL its own', async () => {
    const auth = new ReusingBotFrameworkAuthentication({});
    const clientFor = async (url: string) => {
      const result = await auth.authenticateRequest(activity(url), '');
      return await result.connectorFactory?.create(url, result.audience);
    };
    const first = await clientFor('http://127.0.0.1:56000/');
    const again = await clientFor('http://127.0.0.1:56000/');
    const other = await clientFor('http://127.0.0.1:56001/');
    expect(first).toBeDefined();
    expect(again).toBe(first);
    expect(other).not.toBe(first);
    expect(auth.connectorClients).toBe(2);
  });

  it('reuses the user-token client of one bot identity, and the clients of a proactive send', async () => {
    const auth = new ReusingBotFrameworkAuthentication({});
    const result = await auth.authenticateRequest(activity('http://127.0.0.1:56000/'), '');
    expect(await auth.createUserTokenClient(result.claimsIdentity)).toBe(
      await auth.createUserTokenClient(result.claimsIdentity),
    );
    const proactive = auth.createConnectorFactory(result.claimsIdentity);
    expect(await proactive.create('http://127.0.0.1:56000/', result.audience)).toBe(
      await result.connectorFactory?.create('http://127.0.0.1:56000/', result.audience),
    );
  });
});
