import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Me } from '../api/types';
import { I18nProvider } from '../i18n/I18n';
import type { Language } from '../i18n/languages';

export function renderIn(ui: ReactElement, language: Language = 'en') {
  return render(
    <I18nProvider language={language} onLanguageChange={() => undefined}>
      {ui}
    </I18nProvider>,
  );
}

export function me(overrides: Partial<Me> = {}): Me {
  return {
    username: 'marc.advisor',
    name: 'Marc Dubois',
    email: 'marc.advisor@demo.poles.brussels',
    agency: '/hub/impulse',
    agencies: ['/hub/impulse'],
    roles: ['advisor'],
    ...overrides,
  };
}

/** A fetch stand-in answering by URL; unknown URLs fail the test loudly. */
export function answer(routes: Record<string, () => Response>) {
  return vi.fn(async (input: RequestInfo | URL, _init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    for (const [prefix, respond] of Object.entries(routes)) {
      if (url.startsWith(prefix)) {
        return respond();
      }
    }
    throw new Error(`unexpected call ${url}`);
  });
}

export function json(status: number, body: unknown, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}
