/**
 * Client-side routes on the History API (the gateway serves index.html for every such path). Small on
 * purpose: a handful of screens, each with its parameters; links are real <a href> so that a middle
 * click or "open in new tab" works.
 */
import { useEffect, useState, type AnchorHTMLAttributes, type MouseEvent } from 'react';

export type Route =
  | { name: 'home' }
  | { name: 'company'; number: string }
  | { name: 'openGuidanceFile'; number: string }
  | { name: 'recordApplication'; number: string }
  | { name: 'recordLocationRequest'; number: string }
  | { name: 'guidanceFiles' }
  | { name: 'applications' }
  | { name: 'locationRequests' }
  | { name: 'referrals' }
  | { name: 'keyAccounts' }
  | { name: 'kboImport' }
  | { name: 'dashboard' }
  | { name: 'notFound'; path: string };

const PATTERNS: Array<[RegExp, (m: RegExpExecArray) => Route]> = [
  [/^\/$/, () => ({ name: 'home' })],
  [/^\/companies\/([^/]+)$/, (m) => ({ name: 'company', number: decodeURIComponent(m[1]) })],
  [/^\/companies\/([^/]+)\/guidance-files\/new$/, (m) => ({ name: 'openGuidanceFile', number: decodeURIComponent(m[1]) })],
  [/^\/companies\/([^/]+)\/financing-applications\/new$/, (m) => ({ name: 'recordApplication', number: decodeURIComponent(m[1]) })],
  [/^\/companies\/([^/]+)\/location-requests\/new$/, (m) => ({ name: 'recordLocationRequest', number: decodeURIComponent(m[1]) })],
  [/^\/guidance-files$/, () => ({ name: 'guidanceFiles' })],
  [/^\/financing-applications$/, () => ({ name: 'applications' })],
  [/^\/location-requests$/, () => ({ name: 'locationRequests' })],
  [/^\/referrals$/, () => ({ name: 'referrals' })],
  [/^\/key-accounts$/, () => ({ name: 'keyAccounts' })],
  [/^\/kbo-imports$/, () => ({ name: 'kboImport' })],
  [/^\/dashboard$/, () => ({ name: 'dashboard' })],
];

export function parseRoute(path: string): Route {
  const clean = path.length > 1 ? path.replace(/\/+$/, '') : path;
  for (const [pattern, build] of PATTERNS) {
    const match = pattern.exec(clean);
    if (match) {
      return build(match);
    }
  }
  return { name: 'notFound', path };
}

export function pathOf(route: Route): string {
  switch (route.name) {
    case 'home':
      return '/';
    case 'company':
      return `/companies/${encodeURIComponent(route.number)}`;
    case 'openGuidanceFile':
      return `/companies/${encodeURIComponent(route.number)}/guidance-files/new`;
    case 'recordApplication':
      return `/companies/${encodeURIComponent(route.number)}/financing-applications/new`;
    case 'recordLocationRequest':
      return `/companies/${encodeURIComponent(route.number)}/location-requests/new`;
    case 'guidanceFiles':
      return '/guidance-files';
    case 'applications':
      return '/financing-applications';
    case 'locationRequests':
      return '/location-requests';
    case 'referrals':
      return '/referrals';
    case 'keyAccounts':
      return '/key-accounts';
    case 'kboImport':
      return '/kbo-imports';
    case 'dashboard':
      return '/dashboard';
    case 'notFound':
      return route.path;
  }
}

const NAVIGATE = 'poles:navigate';

export function navigate(route: Route | string): void {
  const path = typeof route === 'string' ? route : pathOf(route);
  if (path !== window.location.pathname + window.location.search) {
    window.history.pushState(null, '', path);
  }
  window.dispatchEvent(new Event(NAVIGATE));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.pathname));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.pathname));
    window.addEventListener('popstate', update);
    window.addEventListener(NAVIGATE, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(NAVIGATE, update);
    };
  }, []);
  return route;
}

/** An in-app link: a plain click navigates without a reload; modified clicks behave as usual. */
export function Link(props: { to: Route } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  const { to, onClick, ...rest } = props;
  const href = pathOf(to);
  const click = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    navigate(to);
  };
  return <a href={href} onClick={click} {...rest} />;
}
