import { type Activity, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type {
  AuthenticateRequestResult,
  ClaimsIdentity,
  ConnectorClient,
  ConnectorFactory,
  UserTokenClient,
} from 'botframework-connector';

/** How many clients of each kind are kept: one per bot identity, service URL and audience in use. */
export const MAX_REUSED_CLIENTS = 64;

/** The claims that decide which credentials a client sends (botframework-connector's `getAppId`). */
const identityKey = (claims: ClaimsIdentity): string =>
  ['aud', 'appid', 'azp'].map((type) => `${type}=${claims.claims.find((c) => c.type === type)?.value ?? ''}`).join('&');

/** A bounded map of promised clients; a client that failed to be made is forgotten, so the next turn tries again. */
class ClientCache<T> {
  private readonly entries = new Map<string, Promise<T>>();

  get(key: string, make: () => Promise<T>): Promise<T> {
    const kept = this.entries.get(key);
    if (kept) return kept;
    const made = make();
    made.catch(() => this.entries.delete(key));
    if (this.entries.size >= MAX_REUSED_CLIENTS) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, made);
    return made;
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * botbuilder's configuration authentication, but reusing the connector and user-token clients it
 * would build again for every activity: each build assembles a fresh HTTP pipeline of a dozen
 * policies (a tenth of an invoke's cost in the submit benchmark). A client holds no per-turn
 * state; the credentials it sends depend only on the bot identity in the claims, the service URL
 * and the audience, which make the key.
 */
export class ReusingBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectors = new ClientCache<ConnectorClient>();
  private readonly userTokenClients = new ClientCache<UserTokenClient>();

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(activity, authHeader);
    const made = result.connectorFactory;
    if (!made) return result;
    return { ...result, connectorFactory: this.reusing(made, result.claimsIdentity) };
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.reusing(super.createConnectorFactory(claimsIdentity), claimsIdentity);
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.userTokenClients.get(identityKey(claimsIdentity), () => super.createUserTokenClient(claimsIdentity));
  }

  /** How many connector clients are kept now (for tests). */
  get connectorClients(): number {
    return this.connectors.size;
  }

  private reusing(factory: ConnectorFactory, claimsIdentity: ClaimsIdentity): ConnectorFactory {
    const identity = identityKey(claimsIdentity);
    return {
      create: (serviceUrl: string, audience?: string) =>
        this.connectors.get(`${identity}|${serviceUrl}|${audience ?? ''}`, () => factory.create(serviceUrl, audience)),
    };
  }
}
