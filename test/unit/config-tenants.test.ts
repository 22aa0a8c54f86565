/** The tenants a deployed bot admits: its own and ALLOWED_TENANTS, never «any» by omission. */
import { loadConfig } from '../../src/config';

const deployed = {
  MICROSOFT_APP_ID: '00000000-0000-0000-0000-000000000001',
  MICROSOFT_APP_PASSWORD: 'secret',
  PUBLIC_BASE_URL: 'https://skate-bot.example.no',
  LINK_SECRET: 'a-long-enough-secret',
};

describe('allowed tenants', () => {
  it('are the app tenant and ALLOWED_TENANTS, lower case and without repeats', () => {
    const config = loadConfig({
      ...deployed,
      MICROSOFT_APP_TENANT_ID: 'AAAA-1111',
      ALLOWED_TENANTS: ' bbbb-2222 , aaaa-1111,CCCC-3333 ',
    });
    expect(config.microsoft?.allowedTenants).toEqual(['aaaa-1111', 'bbbb-2222', 'cccc-3333']);
  });

  it('must name at least one tenant: a multi-tenant app without any is refused', () => {
    expect(() => loadConfig({ ...deployed, MICROSOFT_APP_TYPE: 'MultiTenant' })).toThrow(/ALLOWED_TENANTS/);
    const listed = loadConfig({ ...deployed, MICROSOFT_APP_TYPE: 'MultiTenant', ALLOWED_TENANTS: 'dddd-4444' });
    expect(listed.microsoft?.allowedTenants).toEqual(['dddd-4444']);
  });

  it('rejects a malformed list', () => {
    expect(() => loadConfig({ ...deployed, MICROSOFT_APP_TENANT_ID: 't', ALLOWED_TENANTS: 'a,,b' })).toThrow(
      /ALLOWED_TENANTS/,
    );
  });
});
